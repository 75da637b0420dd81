// A real SMTP server for the sending suites: tests/support/smtp_test_server.py
// (Debian's aiosmtpd, run by /usr/bin/python3 — the python3 first on PATH
// may be another interpreter without aiosmtpd) on a free loopback port,
// saving what it accepts into a maildir the test reads back. Started per
// test, waited for by connecting (never by sleeping), killed on
// destruction. Under CI=true a server that cannot start fails the test.
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace outreach::test {

struct SmtpServerOptions
{
    bool startTls = false;      // STARTTLS required, with a throwaway certificate
    bool smtps = false;         // implicit TLS with that certificate
    QString user;               // AUTH required for this user ...
    QString password;           // ... with this password or OAuth2 token
    int tempfailFirst = 0;      // 451 for the first N messages
    QString rejectRcpt;         // 550 5.1.1 at RCPT for addresses containing this
    bool dropAfterData = false; // store, then drop the connection before 250
};

class SmtpTestServer
{
public:
    explicit SmtpTestServer(const SmtpServerOptions &options = {});
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer &) = delete;
    SmtpTestServer &operator=(const SmtpTestServer &) = delete;

    // Empty when running; otherwise why it could not start.
    QString unavailableReason() const { return m_unavailable; }
    static bool mustFailInsteadOfSkip();

    quint16 port() const { return m_port; }
    QString certificatePath() const { return m_certificate; }
    // Every message accepted so far, as received (CRLF or LF line ends).
    QList<QByteArray> received() const;
    // Stops the server (a later connection is refused).
    void stop();

private:
    bool start(const SmtpServerOptions &options);
    bool makeCertificate();

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_certificate;
    QString m_key;
    QString m_unavailable;
};

// A free TCP port on 127.0.0.1 (bound, read, released).
quint16 freeLoopbackPort();

} // namespace outreach::test

// Starts `var` with `options`; skips or (under CI=true) fails when it cannot.
#define OUTREACH_SMTP_SERVER(var, ...)                                                                       \
    ::outreach::test::SmtpTestServer var{__VA_ARGS__};                                                       \
    if (!var.unavailableReason().isEmpty()) {                                                                \
        if (::outreach::test::SmtpTestServer::mustFailInsteadOfSkip())                                       \
            QFAIL(qPrintable(var.unavailableReason()));                                                      \
        QSKIP(qPrintable(var.unavailableReason()));                                                          \
    }
