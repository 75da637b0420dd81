// Manual corrections of what inbox sync made of a mail ("not a reply",
// "is a reply", or any other kind). A correction changes the reply's kind
// and the event it stands for, keeps the history, and recomputes the
// campaign's counters, in one transaction:
// - the event of the old kind stays in message_events but is voided
//   (voided_events), so the counts ignore it while its idempotency key still
//   makes a re-import or re-sync of it a duplicate;
// - the event of the new kind is appended with source `manual` at the mail's
//   time (or, when it is an event an earlier correction voided, un-voided);
// - reply_corrections records who, when, the kind before and after and both
//   events; replies.kind and replies.corrected follow;
// - the counters of the campaign are rebuilt from the log.
// It takes the campaign's event lock first, so a sync or an import running
// at the same time waits or goes first, never half. A recorded A/B decision
// is never touched: like any later event, a correction is shown beside it.
// Suppressions are only ever added (a correction to opt-out or bounce adds
// one); one already there stays until the user lifts it.
#pragma once

#include "Database.h"
#include "Enums.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace outreach {

struct ReplyCorrection
{
    qint64 id = 0;
    qint64 replyId = 0;
    qint64 campaignId = 0;
    qint64 messageId = 0;
    QString fromKind;
    QString toKind;
    qint64 voidedEventId = 0; // 0: the old kind had no event (soft bounce)
    qint64 addedEventId = 0;  // 0: the new kind has none
    QString correctedBy;
    QDateTime correctedAt;
    bool suppressionKept = false; // an opt-out / hard-bounce suppression stays
    bool suppressionAdded = false;
};

class ReplyCorrectionRepository
{
public:
    explicit ReplyCorrectionRepository(Database &db)
        : m_db(db)
    {}

    // Every kind a recorded mail can have (replies.kind), in display order;
    // a mail can be corrected to any of them.
    static QStringList kinds();
    // The event a kind stands for: reply -> replied, auto_reply ->
    // auto_replied, bounce -> bounced, opt_out -> unsubscribed; soft_bounce
    // none.
    static std::optional<EventType> eventFor(const QString &kind);

    // Corrects reply `replyId` to `toKind`. NotFound for an unknown reply,
    // Invalid for an unknown kind or when the reply already is `toKind`.
    DbResult<ReplyCorrection> correct(qint64 replyId, const QString &toKind, const QString &by);
    // Every correction of a reply, oldest first.
    DbResult<QList<ReplyCorrection>> history(qint64 replyId) const;

private:
    DbResult<std::optional<qint64>> findEvent(qint64 messageId, EventType type, const QDateTime &at,
                                              bool *voided) const;
    DbStatus run(QSqlQuery &q, const QString &what) const;
    Database &m_db;
};

} // namespace outreach
