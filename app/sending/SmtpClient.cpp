#include "sending/SmtpClient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <curl/curl.h>
#include <mutex>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// What the debug callback saw: server reply lines and the verbs we sent
// (never the rest of a command line: AUTH carries the secret).
struct Conversation
{
    QByteArray upload;
    qsizetype uploaded = 0;
    bool handedOver = false; // the whole message was given to libcurl
    bool answeredAfter = false;
    bool quitting = false;
    QString lastVerb;
    QString lastLine;
    QString greeting;
};

size_t readBody(char *buffer, size_t size, size_t count, void *user)
{
    auto *c = static_cast<Conversation *>(user);
    const qsizetype left = c->upload.size() - c->uploaded;
    const size_t n = std::min<size_t>(size * count, size_t(left));
    memcpy(buffer, c->upload.constData() + c->uploaded, n);
    c->uploaded += qsizetype(n);
    // libcurl stops asking once it has the announced size.
    if (c->uploaded == c->upload.size())
        c->handedOver = true;
    return n;
}

int debugCallback(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    auto *c = static_cast<Conversation *>(user);
    if (c->quitting)
        return 0; // QUIT and its 221 say nothing about the message
    if (type == CURLINFO_HEADER_OUT) {
        const QByteArray line(data, qsizetype(size));
        const QString verb =
            QString::fromLatin1(line.left(line.indexOf(' ') < 0 ? 8 : line.indexOf(' ')).trimmed()).toUpper();
        if (verb == u"QUIT")
            c->quitting = true;
        else
            c->lastVerb = verb;
    } else if (type == CURLINFO_HEADER_IN) {
        const QString line = QString::fromUtf8(data, qsizetype(size)).trimmed();
        if (c->greeting.isEmpty() && line.startsWith(u"220"_s))
            c->greeting = line;
        // A 334 challenge may echo encoded credentials back; keep replies only.
        if (!line.startsWith(u"334"_s))
            c->lastLine = line;
        if (c->handedOver)
            c->answeredAfter = true;
    }
    return 0;
}

void splitReply(const QString &line, int &code, QString &enhanced)
{
    static const QRegularExpression re(u"^(\\d{3})[ -]((\\d\\.\\d{1,3}\\.\\d{1,3})\\s)?"_s);
    const auto m = re.match(line);
    code = m.hasMatch() ? m.captured(1).toInt() : 0;
    enhanced = m.captured(3);
}

struct CurlHandle
{
    CURL *curl = nullptr;
    curl_slist *recipients = nullptr;
    CurlHandle()
    {
        static std::once_flag once;
        std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
        curl = curl_easy_init();
    }
    ~CurlHandle()
    {
        curl_slist_free_all(recipients);
        if (curl)
            curl_easy_cleanup(curl);
    }
};

SmtpOutcome run(const SmtpSettings &s, const QString *from, const QString *to, const QByteArray *message)
{
    SmtpOutcome out;
    if (s.security == Security::None && !SmtpClient::isLoopback(s.host)) {
        out.kind = SmtpOutcome::Kind::Refused;
        out.error =
            QCoreApplication::translate(
                "Sending",
                "Plain-text SMTP is only allowed to this computer (localhost); %1 needs TLS or STARTTLS.")
                .arg(s.host);
        return out;
    }
    CurlHandle h;
    if (!h.curl) {
        out.error = QCoreApplication::translate("Sending", "libcurl could not start.");
        return out;
    }
    Conversation conv;
    char errorBuffer[CURL_ERROR_SIZE] = {0};
    const QByteArray url = ((s.security == Security::Tls ? u"smtps://"_s : u"smtp://"_s) + s.host + u':' +
                            QString::number(s.port))
                               .toUtf8();
    const QByteArray login = s.login.toUtf8();
    QByteArray secret = s.secret.toUtf8();
    const QByteArray caFile = s.caFile.toUtf8();
    const QByteArray mailFrom = from ? (u'<' + *from + u'>').toUtf8() : QByteArray();
    CURL *c = h.curl;
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(s.connectTimeoutSeconds));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(s.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, debugCallback);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &conv);
    curl_easy_setopt(c, CURLOPT_USE_SSL,
                     s.security == Security::None ? long(CURLUSESSL_NONE) : long(CURLUSESSL_ALL));
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    if (!login.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, login.constData());
        if (s.xoauth2) {
            curl_easy_setopt(c, CURLOPT_XOAUTH2_BEARER, secret.constData());
            curl_easy_setopt(c, CURLOPT_LOGIN_OPTIONS, "AUTH=XOAUTH2");
        } else {
            curl_easy_setopt(c, CURLOPT_PASSWORD, secret.constData());
        }
    }
    if (message) {
        conv.upload = *message;
        curl_easy_setopt(c, CURLOPT_MAIL_FROM, mailFrom.constData());
        h.recipients = curl_slist_append(nullptr, (u'<' + *to + u'>').toUtf8().constData());
        curl_easy_setopt(c, CURLOPT_MAIL_RCPT, h.recipients);
        curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(c, CURLOPT_READFUNCTION, readBody);
        curl_easy_setopt(c, CURLOPT_READDATA, &conv);
        curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message->size()));
    } else {
        curl_easy_setopt(c, CURLOPT_CONNECT_ONLY, 1L);
    }
    const CURLcode result = curl_easy_perform(c);
    secret.fill('\0');

    out.answer = conv.lastLine;
    splitReply(conv.lastLine, out.code, out.enhancedStatus);
    out.serverName = conv.greeting.section(u' ', 1, 1);
    const QString why = QString::fromUtf8(errorBuffer).trimmed();
    const QString where = s.host + u':' + QString::number(s.port);
    using K = SmtpOutcome::Kind;
    if (result == CURLE_OK) {
        out.kind = K::Accepted;
        return out;
    }
    switch (result) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        out.kind = K::Unreachable;
        out.error = QCoreApplication::translate("Sending", "Host unreachable: %1 (%2).").arg(where, why);
        return out;
    case CURLE_LOGIN_DENIED:
    case CURLE_AUTH_ERROR:
        out.kind = K::AuthFailed;
        out.error = QCoreApplication::translate("Sending", "Authentication refused by %1: %2")
                        .arg(where, conv.lastLine.isEmpty() ? why : conv.lastLine);
        return out;
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
        out.kind = K::TlsFailed;
        out.error = QCoreApplication::translate("Sending", "TLS failed with %1: %2").arg(where, why);
        return out;
    default:
        break;
    }
    if (conv.handedOver && !conv.answeredAfter) {
        out.kind = K::InDoubt;
        out.error = QCoreApplication::translate(
                        "Sending",
                        "The connection to %1 ended after the message was handed over and before the server "
                        "confirmed it (%2): it may or may not have been delivered.")
                        .arg(where, why);
        return out;
    }
    if (conv.lastVerb == u"AUTH" && out.code >= 500) {
        out.kind = K::AuthFailed;
        out.error = QCoreApplication::translate("Sending", "Authentication refused by %1: %2")
                        .arg(where, conv.lastLine);
        return out;
    }
    if (out.code >= 400 && out.code < 500) {
        out.kind = K::Temporary;
        out.error = QCoreApplication::translate("Sending", "%1 answered with a temporary failure: %2")
                        .arg(where, conv.lastLine);
        return out;
    }
    if (out.code >= 500) {
        out.kind = conv.lastVerb == u"RCPT" ? K::RecipientRejected : K::Rejected;
        out.error =
            QCoreApplication::translate("Sending", "%1 refused the message: %2").arg(where, conv.lastLine);
        return out;
    }
    if (result == CURLE_OPERATION_TIMEDOUT && conv.greeting.isEmpty()) {
        out.kind = K::Unreachable;
        out.error = QCoreApplication::translate("Sending", "Host unreachable: %1 (%2).").arg(where, why);
        return out;
    }
    out.kind = K::Temporary;
    out.error = QCoreApplication::translate("Sending", "Sending through %1 failed: %2")
                    .arg(where, why.isEmpty() ? QString::fromUtf8(curl_easy_strerror(result)) : why);
    return out;
}

} // namespace

SmtpSettings SmtpSettings::fromSender(const Sender &sender, const QString &secret)
{
    SmtpSettings s;
    s.host = sender.smtpHost;
    s.port = sender.smtpPort;
    s.security = sender.smtpSecurity;
    s.login = sender.login;
    s.secret = secret;
    s.xoauth2 = sender.authMethod == u"xoauth2";
    return s;
}

bool SmtpClient::isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

SmtpOutcome SmtpClient::send(const SmtpSettings &settings, const QString &from, const QString &to,
                             const QByteArray &message)
{
    return run(settings, &from, &to, &message);
}

SmtpOutcome SmtpClient::test(const SmtpSettings &settings)
{
    SmtpOutcome out = run(settings, nullptr, nullptr, nullptr);
    if (out.kind == SmtpOutcome::Kind::Accepted)
        out.error = QCoreApplication::translate("Sending", "OK: %1 answered and accepted the login.")
                        .arg(out.serverName.isEmpty() ? settings.host : out.serverName);
    return out;
}

} // namespace outreach
