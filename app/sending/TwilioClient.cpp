#include "sending/TwilioClient.h"
#include "net/HttpCall.h"
#include "net/HttpErrors.h"
#include "sending/SmtpClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// Our own words for the codes a campaign manager meets most; Twilio's
// English message for the rest. https://www.twilio.com/docs/api/errors
QString describeCode(int code, const QString &serverMessage)
{
    switch (code) {
    case 20003:
        return QCoreApplication::translate("Twilio", "Twilio refused the account SID or auth token");
    case 20404:
        return QCoreApplication::translate(
            "Twilio",
            "Twilio does not know this account or resource: check the account SID and the base URL");
    case 20429:
        return QCoreApplication::translate("Twilio", "too many requests: Twilio asked to slow down");
    case 21211:
        return QCoreApplication::translate("Twilio", "the number is not a valid phone number");
    case 21212:
    case 21606:
    case 21659:
    case 21660:
        return QCoreApplication::translate("Twilio",
                                           "the From number cannot send SMS from this Twilio account");
    case 21610:
        return QCoreApplication::translate("Twilio",
                                           "the recipient replied STOP to this sender and is unsubscribed");
    case 21614:
        return QCoreApplication::translate("Twilio",
                                           "the number is not a mobile number and cannot receive SMS");
    case 21703:
    case 21704:
    case 21705:
        return QCoreApplication::translate(
            "Twilio", "the Messaging Service cannot send: check its SID and its numbers");
    default:
        return serverMessage.isEmpty() ? QCoreApplication::translate("Twilio", "no reason given")
                                       : serverMessage;
    }
}

TwilioOutcome::Kind kindFor(int httpStatus, int code)
{
    using K = TwilioOutcome::Kind;
    switch (code) {
    case 21610:
        return K::Unsubscribed;
    case 20003:
        return K::AuthFailed;
    case 20429:
        return K::RateLimited;
    case 20404: // the account SID (or the base URL) is wrong
    case 20005: // account not active
    case 21212:
    case 21606:
    case 21659:
    case 21660:
    case 21703:
    case 21704:
    case 21705:
        return K::SenderProblem;
    default:
        break;
    }
    if (httpStatus == 401 || httpStatus == 403)
        return K::AuthFailed;
    if (httpStatus == 429)
        return K::RateLimited;
    if (httpStatus >= 500)
        return K::ServerError;
    if (httpStatus == 404)
        return K::SenderProblem;
    return K::Rejected;
}

QUrl endpoint(const TwilioAccount &account, const QString &tail)
{
    QString base = account.baseUrl.toString(QUrl::StripTrailingSlash);
    return QUrl(base + u"/2010-04-01/Accounts/"_s +
                QString::fromLatin1(QUrl::toPercentEncoding(account.accountSid)) + tail);
}

QNetworkRequest requestFor(const QUrl &url, const TwilioAccount &account)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "OutreachStudio/" OUTREACH_VERSION);
    request.setRawHeader("Authorization",
                         "Basic " + (account.accountSid + u':' + account.token).toUtf8().toBase64());
    // A POST is never followed to another address, and HTTP/1.1 is the path
    // whose no-resend behaviour the tests prove.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

} // namespace

TwilioAccount TwilioAccount::fromSender(const Sender &sender, const QString &token)
{
    TwilioAccount a;
    a.baseUrl = QUrl(sender.baseUrl.trimmed().isEmpty() ? defaultBaseUrl() : sender.baseUrl.trimmed());
    a.accountSid = sender.accountSid;
    a.token = token;
    return a;
}

QString twilioOutcomeKindName(TwilioOutcome::Kind kind)
{
    static const char *names[] = {"accepted",     "rejected",    "unsubscribed",     "rate_limited",
                                  "server_error", "auth_failed", "sender_problem",   "unreachable",
                                  "tls_failed",   "in_doubt",    "unexpected_answer"};
    return QString::fromLatin1(names[int(kind)]);
}

TwilioClient::TwilioClient(QObject *parent)
    : QObject(parent)
{}

QNetworkAccessManager *TwilioClient::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

QByteArray TwilioClient::formBody(const SmsMessage &message)
{
    QList<std::pair<const char *, QString>> fields{{"To", message.to}};
    if (!message.messagingServiceSid.isEmpty())
        fields.append({"MessagingServiceSid", message.messagingServiceSid});
    else
        fields.append({"From", message.from});
    fields.append({"Body", message.body});
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += name;
        body += '=';
        body += QUrl::toPercentEncoding(value);
    }
    return body;
}

std::optional<TwilioOutcome> TwilioClient::refuse(const TwilioAccount &account) const
{
    TwilioOutcome out;
    out.kind = TwilioOutcome::Kind::SenderProblem;
    const QUrl &url = account.baseUrl;
    if (account.accountSid.trimmed().isEmpty())
        out.error = QCoreApplication::translate("Twilio", "The sender has no Twilio account SID.");
    else if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        out.error = QCoreApplication::translate("Twilio", "The Twilio base URL \"%1\" is not a web address.")
                        .arg(url.toString());
    else if (url.scheme() == u"http" && !SmtpClient::isLoopback(url.host()))
        out.error =
            QCoreApplication::translate(
                "Twilio", "The Twilio base URL %1 is plain HTTP: the token would travel in clear. Use https "
                          "(plain http is only allowed to this computer).")
                .arg(url.toString());
    else
        return std::nullopt;
    return out;
}

void TwilioClient::sendSms(const TwilioAccount &account, const SmsMessage &message, Done done)
{
    HttpRequest spec;
    spec.request = requestFor(endpoint(account, u"/Messages.json"_s), account);
    spec.request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    spec.postBody = formBody(message); // one-shot: where Qt would send it again, it fails
    spec.freshConnection = true;
    start(account, std::move(spec), Resource::Message, std::move(done));
}

void TwilioClient::fetchAccount(const TwilioAccount &account, Done done)
{
    get(account, endpoint(account, u".json"_s), Resource::Account, std::move(done));
}

void TwilioClient::fetchMessage(const TwilioAccount &account, const QString &messageSid, Done done)
{
    get(account,
        endpoint(account,
                 u"/Messages/"_s + QString::fromLatin1(QUrl::toPercentEncoding(messageSid)) + u".json"_s),
        Resource::Message, std::move(done));
}

void TwilioClient::fetchPage(const TwilioAccount &account, const QUrl &pageUrl, Done done)
{
    get(account, pageUrl, Resource::Page, std::move(done));
}

QUrl TwilioClient::listUrl(const TwilioAccount &account, const QString &to, const QDate &since)
{
    // Encoded by hand: "+" must reach Twilio as %2B (not a space) and
    // "DateSent>" is the parameter's name, ">" included.
    QUrl url = endpoint(account, u"/Messages.json"_s);
    url.setQuery(u"To="_s + QString::fromLatin1(QUrl::toPercentEncoding(to)) + u"&DateSent%3E="_s +
                     since.toString(Qt::ISODate) + u"&PageSize=100"_s,
                 QUrl::StrictMode);
    return url;
}

QUrl TwilioClient::nextPageUrl(const TwilioAccount &account, const QString &nextPageUri)
{
    if (!nextPageUri.startsWith(u'/') || nextPageUri.startsWith(u"//"_s))
        return {};
    const QUrl relative(nextPageUri, QUrl::StrictMode);
    if (!relative.isValid() || !relative.isRelative())
        return {};
    QUrl url = account.baseUrl;
    url.setPath(relative.path(QUrl::FullyEncoded), QUrl::StrictMode);
    url.setQuery(relative.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void TwilioClient::get(const TwilioAccount &account, const QUrl &url, Resource expected, Done done)
{
    HttpRequest spec;
    spec.request = requestFor(url, account);
    start(account, std::move(spec), expected, std::move(done));
}

void TwilioClient::start(const TwilioAccount &account, HttpRequest spec, Resource expected, Done done)
{
    if (auto refused = refuse(account)) {
        QTimer::singleShot(0, this, [done, out = *refused] { done(out); });
        return;
    }
    spec.timeoutMs = m_timeoutMs;
    spec.secret = account.token;
    HttpCall::start(network(), std::move(spec), this,
                    [expected, secret = account.token, done](const HttpResult &result) {
                        done(outcomeOf(result, expected, secret));
                    });
}

TwilioOutcome TwilioClient::outcomeOf(const HttpResult &result, Resource expected, const QString &secret)
{
    TwilioOutcome out;
    if (!result.answered()) {
        out.httpStatus = result.httpStatus;
        out.answer = result.failureText;
        if (result.bodyLeft) {
            out.kind = TwilioOutcome::Kind::InDoubt;
            out.error = QCoreApplication::translate(
                            "Twilio",
                            "%1 The message may or may not have gone out, so it is not sent again by itself.")
                            .arg(out.answer);
        } else {
            out.kind = result.networkError == QNetworkReply::SslHandshakeFailedError
                           ? TwilioOutcome::Kind::TlsFailed
                           : TwilioOutcome::Kind::Unreachable;
            out.error = out.answer;
        }
        return out;
    }
    out = interpret(result.httpStatus, result.body, expected);
    out.retryAfterSeconds = result.rateLimits().retryAfterSeconds;
    out.answer = HttpErrors::scrub(out.answer, secret);
    out.error = HttpErrors::scrub(out.error, secret);
    return out;
}

QString TwilioClient::testAnswer(const TwilioAccount &account, const TwilioOutcome &out)
{
    const QString host = HttpErrors::hostLabel(account.baseUrl);
    switch (out.kind) {
    case TwilioOutcome::Kind::Accepted:
        return QCoreApplication::translate("Twilio", "OK: Twilio account \"%1\" (%2) at %3")
            .arg(out.friendlyName, out.status, host);
    case TwilioOutcome::Kind::AuthFailed:
        return QCoreApplication::translate("Twilio", "Authentication refused by %1: %2").arg(host, out.error);
    default:
        return out.error;
    }
}

TwilioOutcome TwilioClient::interpret(int httpStatus, const QByteArray &body, Resource expected)
{
    TwilioOutcome out;
    out.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = document.object();
    if (httpStatus >= 200 && httpStatus < 300) {
        out.sid = o.value(u"sid").toString();
        out.status = o.value(u"status").toString();
        out.friendlyName = o.value(u"friendly_name").toString();
        const bool sending = expected == Resource::Message;
        const bool shaped = expected == Resource::Page ? o.value(u"messages").isArray()
                            : expected == Resource::Message
                                ? (out.sid.startsWith(u"SM"_s) || out.sid.startsWith(u"MM"_s))
                                : out.sid.startsWith(u"AC"_s);
        if (parseError.error != QJsonParseError::NoError || !shaped) {
            out.kind = TwilioOutcome::Kind::UnexpectedAnswer;
            out.answer = u"%1 %2"_s.arg(httpStatus).arg(QString::fromUtf8(body.left(120)).simplified());
            out.error =
                (parseError.error != QJsonParseError::NoError
                     ? QCoreApplication::translate(
                           "Twilio", "The server answered %1 with something that is not Twilio's JSON (%2): "
                                     "check the base URL.")
                           .arg(httpStatus)
                           .arg(parseError.errorString())
                 : expected == Resource::Page
                     ? QCoreApplication::translate(
                           "Twilio", "The server answered %1 without a list of messages: check the base URL.")
                           .arg(httpStatus)
                 : sending
                     ? QCoreApplication::translate(
                           "Twilio", "The server answered %1 without a message SID: check the base URL.")
                           .arg(httpStatus)
                     : QCoreApplication::translate(
                           "Twilio", "The server answered %1 without an account SID: check the base URL.")
                           .arg(httpStatus));
            return out;
        }
        out.kind = TwilioOutcome::Kind::Accepted;
        out.resource = o;
        out.answer = u"%1 %2 %3"_s.arg(httpStatus).arg(out.status, out.sid);
        return out;
    }
    out.errorCode = o.value(u"code").toInt();
    const QString serverMessage = o.value(u"message").toString().simplified();
    out.kind = kindFor(httpStatus, out.errorCode);
    out.answer = out.errorCode
                     ? u"%1 %2: %3"_s.arg(httpStatus).arg(out.errorCode).arg(serverMessage)
                     : u"%1: %2"_s.arg(httpStatus)
                           .arg(serverMessage.isEmpty() ? QString::fromUtf8(body.left(120)).simplified()
                                                        : serverMessage);
    const QString why = describeCode(out.errorCode, serverMessage);
    out.error =
        out.errorCode
            ? QCoreApplication::translate("Twilio", "Twilio error %1: %2").arg(out.errorCode).arg(why)
            : QCoreApplication::translate("Twilio", "Twilio answered %1: %2").arg(httpStatus).arg(why);
    return out;
}

} // namespace outreach
