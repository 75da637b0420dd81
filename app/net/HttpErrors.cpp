#include "HttpErrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outreach::HttpErrors {

namespace {

constexpr qsizetype MaxQuotedLength = 300;

QString shorten(QString text)
{
    text = text.simplified();
    if (text.size() > MaxQuotedLength)
        text = text.left(MaxQuotedLength - 1) + u'…';
    return text;
}

} // namespace

QString hostLabel(const QUrl &url)
{
    const QString host = url.host().isEmpty() ? url.toString() : url.host();
    return url.port() > 0 ? host + u':' + QString::number(url.port()) : host;
}

QString serverMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue error = object.value(u"error");
        if (error.isObject() && !error.toObject().value(u"message").toString().isEmpty())
            return shorten(error.toObject().value(u"message").toString());
        if (error.isString() && !error.toString().isEmpty())
            return shorten(error.toString());
        for (const auto key : {u"message", u"detail"}) {
            if (object.value(key).isString() && !object.value(key).toString().isEmpty())
                return shorten(object.value(key).toString());
        }
        return {};
    }
    const QString text = QString::fromUtf8(body).trimmed();
    if (text.isEmpty() || text.startsWith(u'<') || text.startsWith(u'{') || text.startsWith(u'['))
        return {};
    return shorten(text);
}

QString describeHttpError(const QUrl &url, int httpStatus, const QByteArray &body,
                          const QString &reasonPhrase)
{
    QString detail = serverMessage(body);
    if (detail.isEmpty())
        detail = reasonPhrase.isEmpty() ? QCoreApplication::translate("HttpErrors", "no explanation given")
                                        : reasonPhrase;
    QString message = QCoreApplication::translate("HttpErrors", "%1 answered %2: %3")
                          .arg(hostLabel(url))
                          .arg(httpStatus)
                          .arg(detail);
    // "Wrong API Key" ends the sentence before the advice that follows.
    if (!message.isEmpty() && !QStringView(u".!?").contains(message.back()))
        message += u'.';
    if (httpStatus == 401 || httpStatus == 403)
        message +=
            u' ' + QCoreApplication::translate(
                       "HttpErrors", "Check the API key (Settings, or CEREBRAS_API_KEY / OUTREACH_API_KEY).");
    else if (httpStatus == 404)
        message += u' ' + QCoreApplication::translate("HttpErrors", "Check the base URL and the model name.");
    return message;
}

QString describeNetworkError(const QUrl &url, QNetworkReply::NetworkError error, const QString &qtMessage)
{
    const QString host = hostLabel(url);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate(
                   "HttpErrors",
                   "Could not connect to %1: the connection was refused. Is the server running, and is the "
                   "base URL right?")
            .arg(host);
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate(
                   "HttpErrors",
                   "The server %1 could not be found. Check the base URL and the network connection.")
            .arg(host);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed before answering; never sent twice
        return QCoreApplication::translate("HttpErrors", "%1 closed the connection before answering.")
            .arg(host);
    case QNetworkReply::TimeoutError:
        return QCoreApplication::translate("HttpErrors",
                                           "%1 stopped sending data and the connection timed out.")
            .arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate(
                   "HttpErrors",
                   "The secure (TLS) connection to %1 failed: %2. Check the base URL and the system's "
                   "certificates.")
            .arg(host, qtMessage);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QCoreApplication::translate("HttpErrors",
                                           "The network is not available, so %1 could not be reached.")
            .arg(host);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate("HttpErrors", "The proxy in the way to %1 failed: %2")
            .arg(host, qtMessage);
    default:
        return QCoreApplication::translate("HttpErrors", "The request to %1 failed: %2").arg(host, qtMessage);
    }
}

QString describeTimeout(const QUrl &url, int timeoutMs)
{
    return QCoreApplication::translate("HttpErrors", "%1 did not answer within %2 seconds.")
        .arg(hostLabel(url))
        .arg(timeoutMs / 1000.0, 0, 'g', 3);
}

QString scrub(QString text, const QString &secret)
{
    if (secret.size() >= 4)
        text.replace(secret, u"[hidden key]"_s);
    return text;
}

} // namespace outreach::HttpErrors
