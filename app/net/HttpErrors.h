// Turns what went wrong with an HTTP call (to a model endpoint, Twilio, ...)
// into a sentence a campaign manager can act on, naming the host and quoting
// the server's own message (flat Cerebras or nested OpenAI form).
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace outreach::HttpErrors {

// "api.cerebras.ai" or "127.0.0.1:8080": how the endpoint is named in messages.
QString hostLabel(const QUrl &url);

// The "message" of {"error":{"message":…}}, {"message":…} or {"error":"…"};
// otherwise the start of a short plain-text body; empty for HTML and noise.
QString serverMessage(const QByteArray &body);

// "api.cerebras.ai answered 401: Wrong API key."
QString describeHttpError(const QUrl &url, int httpStatus, const QByteArray &body,
                          const QString &reasonPhrase);

// Connection refused, host not found, TLS, reset, ... in plain words.
QString describeNetworkError(const QUrl &url, QNetworkReply::NetworkError error, const QString &qtMessage);

QString describeTimeout(const QUrl &url, int timeoutMs);

// Removes every occurrence of the secret, so a key echoed back by a server
// never reaches a message, a log or a database row.
QString scrub(QString text, const QString &secret);

} // namespace outreach::HttpErrors
