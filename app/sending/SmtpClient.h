// One SMTP conversation over libcurl: implicit TLS (465), STARTTLS (587,
// required, never downgraded) or plain text to a loopback server only; AUTH
// PLAIN / LOGIN or XOAUTH2 when the server offers AUTH. Blocking: call it on
// a worker thread, never the GUI thread. The outcome says exactly how far
// the message got, which is what "never twice" needs: nothing sent (retry),
// refused (failed or bounced), accepted (250), or in doubt (the message was
// handed over but no final answer came). The secret is given to libcurl
// only; it never appears in an outcome, a log or an error.
#pragma once

#include "Sending.h"

#include <QByteArray>
#include <QString>

namespace outreach {

struct SmtpSettings
{
    QString host;
    int port = 0;
    Security security = Security::Tls;
    QString login;
    QString secret; // password, app password or OAuth2 bearer token
    bool xoauth2 = false;
    QString caFile; // extra trusted CA (tests' throwaway certificate); empty: the system's
    int connectTimeoutSeconds = 30;
    int timeoutSeconds = 180;

    static SmtpSettings fromSender(const Sender &sender, const QString &secret);
};

struct SmtpOutcome
{
    enum class Kind {
        Accepted,          // 250 after the message
        Temporary,         // 4xx, or a network error before the message was handed over: retry later
        Rejected,          // 5xx at MAIL or after DATA: failed
        RecipientRejected, // 5xx at RCPT: bounced
        AuthFailed,        // the server refused the login
        TlsFailed,         // TLS could not be set up (certificate, STARTTLS missing)
        Unreachable,       // no connection at all (name, refused, timeout)
        InDoubt,           // the message was handed over, no final answer came
        Refused,           // our own refusal before connecting (plain text to a remote host)
    };
    Kind kind = Kind::Temporary;
    int code = 0;           // last SMTP reply code
    QString enhancedStatus; // "5.1.1" when the server gave one
    QString answer;         // the last server reply line
    QString error;          // plain words for people
    QString serverName;     // from the greeting (test connection)

    bool retryable() const { return kind == Kind::Temporary || kind == Kind::Unreachable; }
};

class SmtpClient
{
public:
    static SmtpOutcome send(const SmtpSettings &settings, const QString &from, const QString &to,
                            const QByteArray &message);
    // Connects, says EHLO, starts TLS and logs in, sends no mail.
    static SmtpOutcome test(const SmtpSettings &settings);
    static bool isLoopback(const QString &host);
};

} // namespace outreach
