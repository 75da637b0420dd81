// The headers of a folder's new mail, window by window, each parsed for
// InboxSync's triage (parseMailHeader) when taken. They are read through
// the sync's own connection when asked for, or, when the folder holds more
// than one window of new mail (a first sync), ahead of the sync on a second
// connection and thread that does nothing but wait for the server: the
// server then serves the next windows while the sync decides about and
// records the current one, so the server's time and ours overlap instead
// of adding up. The read-ahead stays at most kWindowsAhead windows in
// front, which bounds its memory.
#pragma once

#include "ImapClient.h"
#include "ParsedMail.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace outreach::inbox {

struct TriagedHeader
{
    quint32 uid = 0;
    ParsedMail head; // the fields parseMailHeader() fills
};

class HeaderStream
{
public:
    static constexpr int kWindowsAhead = 2;

    // client has the folder examined with status.
    HeaderStream(ImapClient &client, quint32 firstUid, const FolderStatus &status, quint32 windowUids);
    ~HeaderStream(); // stops a read-ahead and waits for its thread
    HeaderStream(const HeaderStream &) = delete;
    HeaderStream &operator=(const HeaderStream &) = delete;

    // Reads ahead on a connection of its own to account, with folder
    // examined there. Returns false, and reading stays on the sync's
    // connection, when that connection cannot be had or the folder's
    // UIDVALIDITY differs there; why then says why. Call before next().
    bool readAhead(const ImapAccount &account, const QString &folder, QString *why = nullptr);
    bool readsAhead() const { return m_ahead != nullptr; }

    // The next window with mail in it, in UID order. std::nullopt at the
    // end, or on failure: error() is then not empty.
    std::optional<QList<TriagedHeader>> next();
    QString error() const { return m_error; }
    // Time spent waiting for the server's answers (not parsing them).
    qint64 nsWaited() const { return m_nsWaited; }

private:
    struct Ahead;

    ImapClient &m_client;
    FolderStatus m_status;
    UidWindows m_windows;
    std::unique_ptr<Ahead> m_ahead;
    QString m_error;
    qint64 m_nsWaited = 0;
};

} // namespace outreach::inbox
