// GLib's headers before Qt's: Qt's `signals` keyword would break them.
#include <gmime/gmime.h>

#include "sending/MimeBuilder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <mutex>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

template<typename T> struct GObjectDeleter
{
    void operator()(T *p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template<typename T> using GRef = std::unique_ptr<T, GObjectDeleter<T>>;

GMimeTextPart *textPart(const char *subtype, const QString &text)
{
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
    const QByteArray utf8 = text.toUtf8();
    GRef<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(utf8.constData(), size_t(utf8.size())));
    GRef<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(GMIME_PART(part), wrapper.get());
    g_mime_text_part_set_charset(part, "utf-8");
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return part;
}

} // namespace

QString MimeBuilder::defaultUnsubscribeLine()
{
    return QCoreApplication::translate(
        "Sending", "If you would rather not hear from me again, reply \"unsubscribe\" and I "
                   "will not write to you again.");
}

QString MimeBuilder::listUnsubscribe(const QString &fromAddress, const QString &token)
{
    return u"<mailto:"_s + fromAddress + u"?subject=unsubscribe-"_s + token + u'>';
}

QString MimeBuilder::plainText(const MailContent &c)
{
    QString text = c.body.trimmed();
    const QString signature = c.signature.trimmed();
    if (!signature.isEmpty() && !text.endsWith(signature))
        text += u"\n\n-- \n"_s + signature;
    if (!c.unsubscribeLine.trimmed().isEmpty())
        text += u"\n\n"_s + c.unsubscribeLine.trimmed();
    return text + u'\n';
}

QString MimeBuilder::htmlFromText(const QString &text)
{
    static const QRegularExpression url(u"(https?://[^\\s<>\"]+[^\\s<>\".,;:!?)])"_s);
    QString html = u"<!DOCTYPE html>\n<html><body>\n"_s;
    const QStringList paragraphs =
        QString(text).replace(u"\r\n"_s, u"\n"_s).split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (const QString &p : paragraphs) {
        QString escaped = p.trimmed().toHtmlEscaped();
        escaped.replace(url, u"<a href=\"\\1\">\\1</a>"_s);
        escaped.replace(u'\n', u"<br>\n"_s);
        html += u"<p>"_s + escaped + u"</p>\n"_s;
    }
    return html + u"</body></html>\n"_s;
}

QByteArray MimeBuilder::build(const MailContent &c)
{
    initGMime();
    GRef<GMimeMessage> message(g_mime_message_new(TRUE));
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_FROM, c.fromName.toUtf8().constData(),
                               c.fromAddress.toUtf8().constData());
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_TO, c.toName.toUtf8().constData(),
                               c.toAddress.toUtf8().constData());
    g_mime_message_set_subject(message.get(), c.subject.toUtf8().constData(), "utf-8");
    const QDateTime date = c.date.isValid() ? c.date : QDateTime::currentDateTimeUtc();
    GDateTime *gdate = g_date_time_new_from_unix_utc(date.toSecsSinceEpoch());
    g_mime_message_set_date(message.get(), gdate);
    g_date_time_unref(gdate);
    g_mime_message_set_message_id(message.get(), c.messageId.toUtf8().constData());
    if (!c.unsubscribeToken.isEmpty())
        g_mime_object_set_header(GMIME_OBJECT(message.get()), "List-Unsubscribe",
                                 listUnsubscribe(c.fromAddress, c.unsubscribeToken).toUtf8().constData(),
                                 nullptr);

    const QString plain = plainText(c);
    GRef<GMimeTextPart> text(textPart("plain", plain));
    if (c.html) {
        GRef<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
        GRef<GMimeTextPart> html(textPart("html", htmlFromText(plain)));
        g_mime_multipart_add(alternative.get(), GMIME_OBJECT(text.get()));
        g_mime_multipart_add(alternative.get(), GMIME_OBJECT(html.get()));
        g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(alternative.get()));
    } else {
        g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(text.get()));
    }

    GMimeFormatOptions *options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    char *bytes = g_mime_object_to_string(GMIME_OBJECT(message.get()), options);
    g_mime_format_options_free(options);
    QByteArray result(bytes);
    g_free(bytes);
    return result;
}

} // namespace outreach
