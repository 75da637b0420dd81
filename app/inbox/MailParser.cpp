// GMime (through glib) must come before any Qt header that defines the
// `signals` keyword.
#include <gmime/gmime.h>

#include "MailParser.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <cstring>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

namespace outreach::inbox {
namespace {

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// Unrefs a GObject when it goes out of scope.
template<typename T> struct Ref
{
    T *p = nullptr;
    explicit Ref(T *ptr)
        : p(ptr)
    {}
    ~Ref()
    {
        if (p)
            g_object_unref(p);
    }
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
};

QString stripBrackets(QString id)
{
    id = id.trimmed();
    if (id.startsWith(u'<') && id.endsWith(u'>'))
        id = id.mid(1, id.size() - 2);
    return id;
}

QStringList referenceList(const char *value)
{
    QStringList ids;
    if (!value)
        return ids;
    GMimeReferences *refs = g_mime_references_parse(nullptr, value);
    if (!refs)
        return ids;
    for (int i = 0; i < g_mime_references_length(refs); ++i)
        ids.append(QString::fromUtf8(g_mime_references_get_message_id(refs, i)));
    g_mime_references_free(refs);
    return ids;
}

QStringList mailboxes(InternetAddressList *list, QString *firstName = nullptr)
{
    QStringList out;
    if (!list)
        return out;
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            // (GMime keeps the line break of a folded quoted name.)
            if (firstName && out.isEmpty() && internet_address_get_name(address))
                *firstName = QString::fromUtf8(internet_address_get_name(address)).simplified();
            out.append(QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))
                           .toLower());
        } else if (INTERNET_ADDRESS_IS_GROUP(address)) {
            out += mailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)));
        }
    }
    return out;
}

// The decoded content of a leaf part in UTF-8, converted from its charset.
QString partText(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return QString();
    Ref<GMimeStream> mem(g_mime_stream_mem_new());
    Ref<GMimeStream> filtered(g_mime_stream_filter_new(mem.p));
    const char *charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
    if (charset && g_ascii_strcasecmp(charset, "utf-8") != 0 &&
        g_ascii_strcasecmp(charset, "us-ascii") != 0) {
        if (GMimeFilter *filter = g_mime_filter_charset_new(charset, "UTF-8")) {
            g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.p), filter);
            g_object_unref(filter);
        }
    }
    g_mime_data_wrapper_write_to_stream(content, filtered.p);
    g_mime_stream_flush(filtered.p);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.p));
    return QString::fromUtf8(reinterpret_cast<const char *>(bytes->data), static_cast<qsizetype>(bytes->len));
}

void readOriginal(GMimeMessage *original, ParsedMail &mail)
{
    if (!original)
        return;
    if (const char *id = g_mime_message_get_message_id(original))
        mail.originalMessageId = QString::fromUtf8(id);
    mail.originalRecipients = mailboxes(g_mime_message_get_addresses(original, GMIME_ADDRESS_TYPE_TO));
}

GMimeMessage *messageFromBytes(const QByteArray &raw)
{
    Ref<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(raw.constData(), static_cast<size_t>(raw.size())));
    Ref<GMimeParser> parser(g_mime_parser_new_with_stream(stream.p));
    return g_mime_parser_construct_message(parser.p, nullptr);
}

struct Walk
{
    QString plain;
    QString html;
    QString deliveryStatus;
};

void walk(GMimeObject *object, ParsedMail &mail, Walk &w, int depth)
{
    if (!object || depth > 20)
        return;
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i)
            walk(g_mime_multipart_get_part(multipart, i), mail, w, depth + 1);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        // The enclosed original (of a report, or a forward): never its text.
        if (mail.originalMessageId.isEmpty())
            readOriginal(g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)), mail);
        return;
    }
    if (!GMIME_IS_PART(object))
        return;
    GMimePart *part = GMIME_PART(object);
    if (g_mime_content_type_is_type(type, "message", "delivery-status") ||
        g_mime_content_type_is_type(type, "message", "global-delivery-status")) {
        w.deliveryStatus += partText(part) + u"\n\n"_s;
    } else if (g_mime_content_type_is_type(type, "text", "rfc822-headers")) {
        const QByteArray headers = partText(part).toUtf8() + "\n\n";
        if (GMimeMessage *original = messageFromBytes(headers)) {
            readOriginal(original, mail);
            g_object_unref(original);
        }
    } else if (g_mime_part_is_attachment(part)) {
        return;
    } else if (g_mime_content_type_is_type(type, "text", "plain")) {
        if (w.plain.isEmpty())
            w.plain = partText(part);
    } else if (g_mime_content_type_is_type(type, "text", "html")) {
        if (w.html.isEmpty())
            w.html = partText(part);
    }
}

} // namespace

QString htmlToText(const QString &htmlIn, bool cutQuote)
{
    QString html = htmlIn;
    static const QRegularExpression dropped(u"<(head|style|script)\\b.*?</\\1\\s*>"_s,
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    html.remove(dropped);
    if (cutQuote) {
        static const QRegularExpression quote(
            uR"(<blockquote\b|<div[^>]*class="?[^">]*(gmail_quote|gmail_attr)|<div[^>]*id="?(divRplyFwdMsg|appendonsend)|<hr\b[^>]*id="?stopSpelling)"_s,
            QRegularExpression::CaseInsensitiveOption);
        const auto match = quote.match(html);
        if (match.hasMatch())
            html.truncate(match.capturedStart());
    }
    static const QRegularExpression breaks(u"<(br|/p|/div|/tr|/li|/h[1-6])\\b[^>]*>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    html.replace(breaks, u"\n"_s);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    html.remove(tags);
    html.replace(u"&nbsp;"_s, u" "_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    html.replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&apos;"_s, u"'"_s);
    static const QRegularExpression numeric(u"&#(x?)([0-9a-fA-F]+);"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code < 0x110000)
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    out.replace(u"&amp;"_s, u"&"_s);
    // Collapse the blank runs HTML layout leaves behind.
    QStringList lines;
    for (const QString &line : out.split(u'\n'))
        lines.append(line.simplified());
    static const QRegularExpression blankRuns(u"\n{3,}"_s);
    return lines.join(u'\n').replace(blankRuns, u"\n\n"_s).trimmed();
}

QList<QHash<QString, QString>> parseFieldBlocks(const QString &text)
{
    QList<QHash<QString, QString>> blocks;
    QHash<QString, QString> current;
    QString lastName;
    const QStringList lines = QString(text).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                blocks.append(current);
            current.clear();
            lastName.clear();
            continue;
        }
        if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !lastName.isEmpty()) {
            current[lastName] += u' ' + line.trimmed(); // folded continuation
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        lastName = line.left(colon).trimmed().toLower();
        if (!current.contains(lastName))
            current.insert(lastName, line.mid(colon + 1).trimmed());
    }
    if (!current.isEmpty())
        blocks.append(current);
    return blocks;
}

namespace {

// multipart/report; report-type=delivery-status (RFC 3464).
bool isDeliveryReport(GMimeContentType *type)
{
    if (!g_mime_content_type_is_type(type, "multipart", "report"))
        return false;
    const char *reportType = g_mime_content_type_get_parameter(type, "report-type");
    return reportType && g_ascii_strcasecmp(reportType, "delivery-status") == 0;
}

// The fields parseMailHeader() promises.
void readTriageFields(GMimeMessage *message, ParsedMail &mail)
{
    GMimeObject *object = GMIME_OBJECT(message);
    mail.valid = true;
    if (const char *id = g_mime_message_get_message_id(message))
        mail.messageId = QString::fromUtf8(id);
    mail.inReplyTo = referenceList(g_mime_object_get_header(object, "In-Reply-To"));
    mail.references = referenceList(g_mime_object_get_header(object, "References"));
    const QStringList from = mailboxes(g_mime_message_get_from(message), &mail.fromName);
    mail.fromAddress = from.value(0);
    if (const char *subject = g_mime_message_get_subject(message))
        mail.subject = QString::fromUtf8(subject).simplified();
    if (GMimeObject *body = g_mime_message_get_mime_part(message)) {
        mail.deliveryReport = isDeliveryReport(g_mime_object_get_content_type(body));
    }
}

} // namespace

namespace {

// The fields of a header block the triage reads, each unfolded and as
// sent, when the block is plain: every line a field ("Name: value") or the
// continuation of one, 7-bit, and none of these fields given twice.
struct TriageFields
{
    enum Field { From, Subject, MessageId, InReplyTo, References, ContentType, Count };
    QByteArray value[Count];
    bool present[Count] = {};
};

int triageField(QByteArrayView name)
{
    static constexpr std::pair<const char *, int> names[] = {{"from", TriageFields::From},
                                                             {"subject", TriageFields::Subject},
                                                             {"message-id", TriageFields::MessageId},
                                                             {"in-reply-to", TriageFields::InReplyTo},
                                                             {"references", TriageFields::References},
                                                             {"content-type", TriageFields::ContentType}};
    for (const auto &[n, field] : names) {
        if (name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0)
            return field;
    }
    return -1;
}

std::optional<TriageFields> plainTriageFields(const QByteArray &header)
{
    TriageFields fields;
    QByteArray *continued = nullptr; // the value a folded line belongs to
    bool anyField = false;
    const char *p = header.constData();
    const char *const end = p + header.size();
    while (p < end) {
        const char *newline = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = newline ? newline : end;
        if (lineEnd > p && lineEnd[-1] == '\r')
            --lineEnd;
        const QByteArrayView line(p, lineEnd - p);
        p = newline ? newline + 1 : end;
        if (line.isEmpty())
            break; // the end of the header
        for (const char c : line) {
            if (c == 0 || uchar(c) > 127 || c == '\r')
                return std::nullopt;
        }
        if (line.front() == ' ' || line.front() == '\t') {
            if (!anyField)
                return std::nullopt;
            if (continued)
                continued->append(line); // unfolding keeps the white space
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        const QByteArrayView name = line.first(colon);
        for (const char c : name) {
            if (c <= ' ')
                return std::nullopt;
        }
        anyField = true;
        continued = nullptr;
        const int field = triageField(name);
        if (field < 0)
            continue;
        if (fields.present[field])
            return std::nullopt; // which one counts is GMime's to say
        fields.present[field] = true;
        continued = &fields.value[field];
        *continued = line.sliced(colon + 1).toByteArray();
    }
    if (!anyField)
        return std::nullopt;
    // Encoded words where only GMime's whole parse decodes them.
    for (const int f : {TriageFields::MessageId, TriageFields::InReplyTo, TriageFields::References}) {
        if (fields.value[f].contains("=?"))
            return std::nullopt;
    }
    return fields;
}

QString decodedOwned(char *text)
{
    const QString s = QString::fromUtf8(text);
    g_free(text);
    return s;
}

} // namespace

std::optional<ParsedMail> parsePlainMailHeader(const QByteArray &header)
{
    const auto fields = plainTriageFields(header);
    if (!fields)
        return std::nullopt;
    initGMime();
    const auto value = [&](TriageFields::Field f) {
        return fields->present[f] ? fields->value[f].constData() : nullptr;
    };
    ParsedMail mail;
    mail.valid = true;
    if (const char *id = value(TriageFields::MessageId))
        mail.messageId = decodedOwned(g_mime_utils_decode_message_id(id));
    mail.inReplyTo = referenceList(value(TriageFields::InReplyTo));
    mail.references = referenceList(value(TriageFields::References));
    if (const char *from = value(TriageFields::From)) {
        if (InternetAddressList *list = internet_address_list_parse(nullptr, from)) {
            Ref<InternetAddressList> owner(list);
            mail.fromAddress = mailboxes(list, &mail.fromName).value(0);
        }
    }
    if (const char *subject = value(TriageFields::Subject))
        mail.subject = decodedOwned(g_mime_utils_header_decode_text(nullptr, subject)).simplified();
    // Only a content type that names a report is worth an object.
    if (const char *type = value(TriageFields::ContentType);
        type && fields->value[TriageFields::ContentType].toLower().contains("report")) {
        if (GMimeContentType *parsed = g_mime_content_type_parse(nullptr, type)) {
            Ref<GMimeContentType> owner(parsed);
            mail.deliveryReport = isDeliveryReport(parsed);
        }
    }
    return mail;
}

ParsedMail parseMailHeader(const QByteArray &header)
{
    if (auto plain = parsePlainMailHeader(header))
        return std::move(*plain);
    initGMime();
    ParsedMail mail;
    GMimeMessage *message = messageFromBytes(header);
    if (!message)
        return mail;
    Ref<GMimeMessage> owner(message);
    readTriageFields(message, mail);
    return mail;
}

ParsedMail parseMail(const QByteArray &raw)
{
    initGMime();
    ParsedMail mail;
    GMimeMessage *message = messageFromBytes(raw);
    if (!message)
        return mail;
    Ref<GMimeMessage> owner(message);
    GMimeObject *object = GMIME_OBJECT(message);
    readTriageFields(message, mail);
    mail.toAddresses = mailboxes(g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_TO));
    if (GDateTime *date = g_mime_message_get_date(message))
        mail.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);

    GMimeHeaderList *headers = g_mime_object_get_header_list(object);
    for (int i = 0; i < g_mime_header_list_get_count(headers); ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
        const QString name = QString::fromUtf8(g_mime_header_get_name(header)).toLower();
        if (!mail.headers.contains(name)) {
            const char *value = g_mime_header_get_value(header);
            mail.headers.insert(name, value ? QString::fromUtf8(value).simplified() : QString());
        }
    }

    GMimeObject *body = g_mime_message_get_mime_part(message);
    Walk w;
    walk(body, mail, w, 0);
    if (!w.plain.isEmpty()) {
        mail.text = QString(w.plain).replace(u"\r\n"_s, u"\n"_s);
    } else if (!w.html.isEmpty()) {
        mail.htmlOnly = true;
        mail.text = htmlToText(w.html);
        mail.quoteHtmlCut = htmlToText(w.html, true);
    }
    if (mail.deliveryReport) {
        const auto blocks = parseFieldBlocks(w.deliveryStatus);
        // The first block is per-message; the others are per-recipient.
        for (qsizetype i = 1; i < blocks.size(); ++i) {
            const auto &b = blocks.at(i);
            DeliveryStatus status;
            QString recipient = b.value(u"final-recipient"_s, b.value(u"original-recipient"_s));
            if (const qsizetype semi = recipient.indexOf(u';'); semi >= 0)
                recipient = recipient.mid(semi + 1);
            status.finalRecipient = stripBrackets(recipient).toLower();
            status.action = b.value(u"action"_s).toLower();
            status.status = b.value(u"status"_s).section(u' ', 0, 0);
            QString diagnostic = b.value(u"diagnostic-code"_s);
            if (const qsizetype semi = diagnostic.indexOf(u';'); semi >= 0)
                diagnostic = diagnostic.mid(semi + 1);
            status.diagnostic = diagnostic.trimmed();
            if (!status.finalRecipient.isEmpty() || !status.action.isEmpty())
                mail.deliveryStatuses.append(status);
        }
    }
    return mail;
}

} // namespace outreach::inbox
