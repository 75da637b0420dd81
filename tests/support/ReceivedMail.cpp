// GLib's headers before Qt's: Qt's `signals` keyword would break them.
#include <gmime/gmime.h>

#include "ReceivedMail.h"

#include <mutex>

using namespace Qt::StringLiterals;

namespace outreach::test {
namespace {

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

void readPart(GMimeObject *part, ReceivedMail &mail)
{
    if (GMIME_IS_MULTIPART(part)) {
        GMimeMultipart *multi = GMIME_MULTIPART(part);
        for (int i = 0; i < g_mime_multipart_get_count(multi); ++i)
            readPart(g_mime_multipart_get_part(multi, i), mail);
        return;
    }
    if (!GMIME_IS_TEXT_PART(part))
        return;
    GMimeContentType *type = g_mime_object_get_content_type(part);
    char *body = g_mime_text_part_get_text(GMIME_TEXT_PART(part));
    QString decoded = text(body).replace(u"\r\n"_s, u"\n"_s);
    g_free(body);
    if (g_mime_content_type_is_type(type, "text", "plain")) {
        mail.plainBody = decoded;
        mail.plainTransferEncoding =
            text(g_mime_content_encoding_to_string(g_mime_part_get_content_encoding(GMIME_PART(part))));
    } else if (g_mime_content_type_is_type(type, "text", "html")) {
        mail.htmlBody = decoded;
    }
}

void readMailbox(InternetAddressList *list, QString &name, QString &address)
{
    if (!list || internet_address_list_length(list) == 0)
        return;
    InternetAddress *a = internet_address_list_get_address(list, 0);
    name = text(internet_address_get_name(a));
    if (INTERNET_ADDRESS_IS_MAILBOX(a))
        address = text(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)));
}

} // namespace

ReceivedMail ReceivedMail::parse(const QByteArray &bytes)
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
    ReceivedMail mail;
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    GMimeMessage *message = g_mime_parser_construct_message(parser, nullptr);
    g_object_unref(parser);
    g_object_unref(stream);
    if (!message)
        return mail;
    readMailbox(g_mime_message_get_from(message), mail.fromName, mail.fromAddress);
    readMailbox(g_mime_message_get_to(message), mail.toName, mail.toAddress);
    mail.subject = text(g_mime_message_get_subject(message));
    mail.messageId = text(g_mime_message_get_message_id(message));
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    for (int i = 0; i < g_mime_header_list_get_count(headers); ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(headers, i);
        const QString name = text(g_mime_header_get_name(h)).toLower();
        mail.headers.insert(name, text(g_mime_header_get_value(h)));
        if (name == u"subject")
            mail.rawSubjectHeader = text(g_mime_header_get_raw_value(h)).trimmed();
    }
    GMimeObject *part = g_mime_message_get_mime_part(message);
    if (part) {
        char *type = g_mime_content_type_get_mime_type(g_mime_object_get_content_type(part));
        mail.contentType = text(type);
        g_free(type);
        readPart(part, mail);
    }
    g_object_unref(message);
    return mail;
}

} // namespace outreach::test
