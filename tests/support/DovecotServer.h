// A real Dovecot IMAP server for one test suite: its own configuration,
// base/state directories and log in a temporary directory, one passwd-file
// user with a Maildir, listening on free loopback ports: plain with STARTTLS, and implicit TLS,
// with a throwaway certificate.
// Mail is "delivered" by dropping files into Maildir/new, which leaves it
// unread (an IMAP APPEND through curl would set \Seen). Dovecot must be
// started as root; without root or the binary the suite skips, except under
// CI=true, where it fails.
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace outreach::test {

class DovecotServer
{
public:
    DovecotServer();
    ~DovecotServer();
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    // Starts Dovecot and waits until it accepts connections.
    bool start();
    void stop();
    QString unavailableReason() const { return m_unavailable; }
    static bool mustFailInsteadOfSkip();

    quint16 port() const { return m_port; }               // plain IMAP, STARTTLS offered
    quint16 tlsPort() const { return m_tlsPort; }         // implicit TLS (IMAPS)
    QString certificate() const { return m_certificate; } // the throwaway CA/server certificate
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString user() const { return QStringLiteral("owner@example.test"); }
    QString password() const { return QStringLiteral("imap-test-secret"); }

    // Drops one message file into the folder's Maildir/new (unread, no flags).
    // folder "INBOX" or a subfolder name such as "Sent" (created if needed).
    bool deliver(const QByteArray &raw, const QString &folder = QStringLiteral("INBOX"));
    // Gives the folder a new UIDVALIDITY, as a server does after a rebuild.
    bool changeUidValidity(const QString &folder = QStringLiteral("INBOX"));
    QString folderPath(const QString &folder) const;
    QString logText() const;
    // CPU seconds the server has used so far: its master process, the
    // processes it runs (imap, auth, ...) and those that have ended. For
    // benchmarks: who a sync waits for, the server or the client.
    double cpuSeconds() const;
    // Kills every IMAP session process of this server (SIGKILL): to the
    // client, the server crashed mid-answer. Returns how many there were.
    int killSessions() const;
    // Waits until no IMAP session process is left (each one's CPU time is
    // then in cpuSeconds()); false when one still runs after timeoutMs.
    bool waitForSessionsToEnd(int timeoutMs) const;

private:
    bool fail(const QString &reason);
    bool chownToDovecot(const QString &path) const;
    bool waitForPort() const;

    QTemporaryDir m_dir;
    QString m_conf;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    QString m_certificate;
    uint m_uid = 0;
    uint m_gid = 0;
    bool m_running = false;
    int m_serial = 0;
    QString m_unavailable;
};

} // namespace outreach::test

// Use in initTestCase(): skips or fails the suite when Dovecot is unavailable.
#define OUTREACH_TEST_DOVECOT(server)                                                                        \
    if (!(server).start()) {                                                                                 \
        if (::outreach::test::DovecotServer::mustFailInsteadOfSkip())                                        \
            QFAIL(qPrintable((server).unavailableReason()));                                                 \
        QSKIP(qPrintable((server).unavailableReason()));                                                     \
    }
