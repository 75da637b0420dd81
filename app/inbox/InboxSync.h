// One pass of inbox sync for a mailbox: reads each configured folder from
// the last UID seen (everything again after a UIDVALIDITY change), reads
// the header of every new mail and the whole of those that may concern one
// of our sends, classifies them, matches them to sends, and records them
// window by window in one transaction: a reply row plus its event
// (replied, auto_replied, bounced, unsubscribed) through EventRepository,
// a suppression for hard bounces and opt-outs, and a stop on further sends
// after a reply. A mail already recorded (same Message-ID) adds nothing.
// Then in-doubt sends of the mailbox are looked up in its Sent folder.
// Blocking: run it on a worker thread with that thread's own Database
// (InboxSyncRunner does).
#pragma once

#include "BodyStream.h"
#include "Database.h"
#include "EventRepository.h"
#include "HeaderStream.h"
#include "ImapClient.h"
#include "MailClassifier.h"
#include "Sending.h"

#include <QHash>
#include <QJsonObject>

namespace outreach {
struct SyncPosition;
}

namespace outreach::inbox {

struct SyncSummary
{
    qint64 fetched = 0;
    qint64 replies = 0;
    qint64 autoReplies = 0;
    qint64 bounces = 0;
    qint64 softBounces = 0; // delayed / 4.x.x: recorded, not a bounce
    qint64 optOuts = 0;
    qint64 unmatched = 0; // fetched mail that is none of our sends' business
    qint64 inDoubtResolved = 0;
    qint64 inDoubtUnconfirmed = 0; // not in the Sent folder: offered for resend
    QStringList errors;
    bool authenticationFailed = false;
    // Why a mailbox could not be read at all: "authentication", "tls",
    // "connection" (or "secret", "other" from the runner); empty otherwise.
    QString failureKind;

    void add(const SyncSummary &other);
    QJsonObject toJson() const;
};

// What happened to one mail.
enum class RecordOutcome { Recorded, AlreadyKnown, Unmatched, SoftBounceRecorded };

class InboxSync
{
public:
    explicit InboxSync(Database &db);

    // The clock (tests pin it) and the reply fallback window.
    void setNow(const QDateTime &now) { m_now = now; }
    QDateTime now() const;

    SyncSummary syncSender(const Sender &sender, const QString &secret, bool oauth2 = false);

    // Records one received mail (the unit sync applies to every fetched
    // one): its reply row, suppression and stop-on-reply at once; its event
    // is added to events, for the caller to append in the same transaction.
    DbResult<RecordOutcome> record(const Sender &sender, const QString &folder, const FetchedMail &mail,
                                   SyncSummary &summary, QList<NewEvent> &events);

    // Whether a mail, by its header alone (parseMailHeader()), may be one
    // record() would match to a send: only then is its body fetched.
    // Whether we wrote to a sender is looked up once per address and pass.
    DbResult<bool> mayConcernUs(const Sender &sender, const ParsedMail &head);

    // How long the last syncSender() waited for the server's mail (the next
    // window of headers, a window's bodies), its own work aside.
    double secondsWaitedForMail() const { return m_waitedForMail / 1e9; }

    // UIDs per header FETCH (tests make it small to get many windows).
    void setHeaderWindow(quint32 uids) { m_headerWindow = std::max<quint32>(uids, 1); }

    // Stop on reply (inbox_settings stop_on_reply_days): no send to the
    // recipient in any campaign for that long. SMS replies use it too.
    static DbStatus stopAfterReply(Database &db, const QString &recipient, const QDateTime &receivedAt,
                                   const QDateTime &now);

    static ImapAccount accountFor(const Sender &sender, const QString &secret, bool oauth2);

private:
    void syncFolder(ImapClient &client, const ImapAccount &account, const Sender &sender,
                    const QString &folder, SyncSummary &summary);
    // The UIDs of a window whose bodies are worth fetching (mayConcernUs).
    DbResult<QList<quint32>> wantedOf(const Sender &sender, const QList<TriagedHeader> &heads);
    // Records a window, given the whole of its wanted mails, in one
    // transaction; on failure nothing of it stays, next is as before and
    // failure says why.
    bool recordWindow(const Sender &sender, const QString &folder, const QList<TriagedHeader> &heads,
                      const QHash<quint32, FetchedMail> &whole, SyncSummary &summary, SyncPosition &next,
                      QString &failure);
    void resolveInDoubt(ImapClient &client, const Sender &sender, SyncSummary &summary);

    Database &m_db;
    QDateTime m_now;
    quint32 m_headerWindow = 500;   // the bodies of a window's candidates follow in one more FETCH
    qint64 m_waitedForMail = 0;     // ns in the last syncSender()
    QHash<QString, bool> m_wroteTo; // lower-case sender address -> a recent send to it
};

} // namespace outreach::inbox
