// What the Sending tab and the `outreach sends` commands share about a
// campaign's sending: a sender's day (sent today in its own zone, the cap of
// that day with ramp-up, when it may send next), and the user's decision on
// a message in doubt ("mark as sent" or "send again"), written once so the
// GUI and the CLI resolve it the same way.
#pragma once

#include "Database.h"
#include "Sending.h"

namespace outreach::sendingstatus {

struct SenderDay
{
    int sent = 0;
    int cap = 0;
    QDateTime nextSendAt; // invalid: free now
};

DbResult<SenderDay> senderDay(Database &db, const Sender &sender, const QDateTime &now);

enum class InDoubtDecision { MarkSent, SendAgain };

// Marks the in-doubt send as sent (event source "manual", at its claim
// time) or queues it again with the same Message-ID. Refuses (Invalid) a
// send that is not in doubt. Returns the row afterwards.
DbResult<QueueEntry> resolveInDoubt(Database &db, qint64 sendId, InDoubtDecision decision,
                                    const QDateTime &now);

} // namespace outreach::sendingstatus
