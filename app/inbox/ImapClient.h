// A blocking, read-only IMAP session over libetpan for one mailbox account.
// It only ever EXAMINEs folders and fetches with BODY.PEEK, so it can never
// set \Seen, move, expunge or delete anything: the mailbox belongs to the
// user. Blocking by design: it runs on a worker thread (InboxSyncWorker),
// never on the GUI thread.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

struct mailimap;

namespace outreach::inbox {

enum class ImapSecurity { Tls, StartTls, None };

std::optional<ImapSecurity> imapSecurityFromString(const QString &text);

struct ImapAccount
{
    QString host;
    quint16 port = 993;
    ImapSecurity security = ImapSecurity::Tls;
    QString login;
    QString secret;      // password, or the OAuth2 access token when oauth2
    bool oauth2 = false; // AUTHENTICATE XOAUTH2 instead of LOGIN
    int timeoutSeconds = 60;
    QString caFile; // extra trusted CA certificates (PEM), e.g. a company CA; empty: the system's
};

struct ImapError
{
    enum class Kind { None, Unreachable, Tls, Authentication, NoSuchFolder, Protocol, Refused };
    Kind kind = Kind::None;
    QString message; // plain words naming the host; never the secret
};

struct FolderStatus
{
    quint32 uidValidity = 0;
    quint32 uidNext = 0; // 0 when the server did not say
    quint32 exists = 0;
};

// What a FETCH reads of each message: all of it, or the header only
// (which lets a caller decide whether the body is worth reading).
enum class FetchPart { Whole, Header };

// The UID windows a fetch of everything from firstUid walks through, so
// that each response (and its memory) stays bounded. The last window is
// open-ended ('*'), so mail that arrived after EXAMINE is read too.
class UidWindows
{
public:
    UidWindows(quint32 firstUid, const FolderStatus &status, quint32 batchUids);
    struct Window
    {
        quint32 from = 0;
        quint32 to = 0; // 0 means '*'
    };
    // The next window, std::nullopt when there is none (or nothing new).
    std::optional<Window> take();
    quint32 firstUid() const { return m_first; }

private:
    quint32 m_first;
    quint32 m_next;
    quint32 m_uidNext;
    quint32 m_batch;
    bool m_done;
};

struct FetchedMessage
{
    quint32 uid = 0;
    quint32 size = 0; // RFC822.SIZE of the whole message
    QByteArray raw;   // the whole message as stored on the server, or its header
};

class ImapClient
{
public:
    ImapClient();
    ~ImapClient();
    ImapClient(const ImapClient &) = delete;
    ImapClient &operator=(const ImapClient &) = delete;

    // Connects (TLS, STARTTLS, or plain to a loopback address only), checks
    // the server certificate against the system's trust store and logs in.
    bool open(const ImapAccount &account);
    // EXAMINE (read-only SELECT).
    std::optional<FolderStatus> examine(const QString &folder);
    // UID FETCH of every message with a UID >= firstUid in the examined
    // folder, in windows of batchUids UIDs, BODY.PEEK[] (or
    // BODY.PEEK[HEADER]) only. sink returns false to stop early. Returns
    // false on a protocol error.
    bool fetchFrom(quint32 firstUid, const FolderStatus &status,
                   const std::function<bool(const FetchedMessage &)> &sink, quint32 batchUids = 250,
                   FetchPart part = FetchPart::Whole);
    // The same, handing over each window's messages at once, in UID order.
    bool fetchWindowsFrom(quint32 firstUid, const FolderStatus &status, FetchPart part, quint32 batchUids,
                          const std::function<bool(QList<FetchedMessage> &&)> &windowSink);
    // One window: the messages with UIDs from..to (to 0: '*') and >= from, in
    // UID order; std::nullopt on a protocol error.
    std::optional<QList<FetchedMessage>> fetchWindow(const UidWindows::Window &window, FetchPart part);
    // UID FETCH of the whole messages (BODY.PEEK[]) with these UIDs, in one
    // command; a UID that no longer exists is left out.
    bool fetchUids(const QList<quint32> &uids, const std::function<bool(const FetchedMessage &)> &sink);
    // UID SEARCH HEADER Message-ID <id> in the examined folder.
    std::optional<QList<quint32>> searchMessageId(const QString &messageId);
    // The \Seen state and UIDs of a folder (tests check nothing changed).
    std::optional<QList<QPair<quint32, bool>>> uidsAndSeen();
    void close();

    const ImapError &error() const { return m_error; }

private:
    bool fail(ImapError::Kind kind, const QString &message);
    bool failReadingMessages(int r); // a failed UID FETCH of messages (libetpan's result r)
    bool failNotConnected();
    bool verifyCertificate();

    mailimap *m_imap = nullptr;
    ImapAccount m_account;
    ImapError m_error;
};

} // namespace outreach::inbox
