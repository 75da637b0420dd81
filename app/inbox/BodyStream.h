// The whole of the mails InboxSync chose by their headers, fetched and
// parsed (parseMail) window by window on the sync's connection. During a
// backlog this runs on a thread of its own, one window behind the sync's
// decisions: while it fetches and parses the bodies of one window, the
// sync records the window before, so the server's time, the parsing and
// the database work overlap.
#pragma once

#include "ImapClient.h"
#include "ParsedMail.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace outreach::inbox {

struct FetchedMail
{
    quint32 uid = 0;
    QByteArray raw;
    ParsedMail mail; // parseMail(raw)
};

class BodyStream
{
public:
    // client has the folder examined; while a thread reads through it,
    // nothing else may use it (until take() has answered every request).
    BodyStream(ImapClient &client, bool onItsOwnThread);
    ~BodyStream(); // waits for a fetch under way
    BodyStream(const BodyStream &) = delete;
    BodyStream &operator=(const BodyStream &) = delete;

    // Asks for the mails with these UIDs (one FETCH); answered in order.
    void request(const QList<quint32> &uids);
    // The answer to the oldest request not yet taken, by UID (a UID no
    // longer on the server is missing). std::nullopt on failure: error().
    std::optional<QHash<quint32, FetchedMail>> take();
    QString error() const { return m_error; }
    // Time spent waiting for the server's answers (not parsing them).
    qint64 nsWaited() const { return m_nsWaited; }

private:
    struct Worker;

    ImapClient &m_client;
    std::unique_ptr<Worker> m_worker;
    QList<QList<quint32>> m_requests; // without a thread: asked, not yet fetched
    int m_outstanding = 0;            // asked, not yet taken
    QString m_error;
    qint64 m_nsWaited = 0;
};

} // namespace outreach::inbox
