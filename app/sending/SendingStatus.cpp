#include "sending/SendingStatus.h"
#include "SendQueueRepository.h"
#include "sending/LocalTime.h"
#include "sending/SendPolicy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach::sendingstatus {

DbResult<SenderDay> senderDay(Database &db, const Sender &sender, const QDateTime &now)
{
    const QTimeZone zone = localtime::zone(sender.timeZone);
    const QDate day = localtime::localDate(now, zone);
    auto sent = SendQueueRepository(db).sentSince(sender.id, localtime::dayStart(day, zone));
    if (!sent)
        return sent.error();
    SenderDay result;
    result.sent = sent.value();
    result.cap = sendpolicy::capOn(sender, day);
    if (sender.nextSendAt.isValid() && sender.nextSendAt > now)
        result.nextSendAt = sender.nextSendAt;
    return result;
}

DbResult<QueueEntry> resolveInDoubt(Database &db, qint64 sendId, InDoubtDecision decision,
                                    const QDateTime &now)
{
    SendQueueRepository queue(db);
    const auto row = queue.get(sendId);
    if (!row)
        return row.error();
    if (row->state != SendState::InDoubt)
        return DbError{DbError::Kind::Invalid,
                       QCoreApplication::translate("Sending", "Send %1 is %2, not in doubt.")
                           .arg(sendId)
                           .arg(toString(row->state))};
    const DbStatus status =
        decision == InDoubtDecision::MarkSent
            ? queue.markSent(sendId, row->claimedAt.isValid() ? row->claimedAt : now,
                             QCoreApplication::translate("Sending", "marked as sent by hand"), QString(),
                             u"manual"_s)
            : queue.requeueInDoubt(sendId, now);
    if (!status)
        return status.error();
    return queue.get(sendId);
}

} // namespace outreach::sendingstatus
