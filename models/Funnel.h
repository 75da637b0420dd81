// How a message's funnel stages follow from the set of event types in its
// append-only log. The rules live here, applied when counts are read, so the
// stored data is only "which event types were seen" and can never disagree
// with the log about interpretation.
#pragma once

#include "Enums.h"

#include <QtGlobal>

namespace outreach {

// Bit of an event type in a funnel set (campaign_messages.funnel).
constexpr int funnelBit(EventType type)
{
    return 1 << static_cast<int>(type);
}
constexpr int kFunnelBitCount = 8;

// The stages a message reached. Rules (docs/CLI-abtest.md, "Funnel"):
// - any event at all means the message was sent;
// - opened, clicked or replied prove delivery and count as opened;
// - a bounce without such proof means not delivered, even after a
//   "delivered" event (providers report late bounces after accepting);
// - a bounce followed by an open, click or reply is not counted as bounced;
// - an automatic reply (out of office) proves delivery like a delivered
//   event, and is never a reply or a bounce.
struct FunnelStages
{
    bool sent = false;
    bool delivered = false;
    bool opened = false;
    bool clicked = false;
    bool replied = false;
    bool bounced = false;
    bool unsubscribed = false;
    bool autoReplied = false;

    static FunnelStages fromBits(int bits);
};

// Funnel counts of one variant of a campaign: what the repositories count
// and what the statistics judge.
struct FunnelCounts
{
    int index = 0;
    qint64 assigned = 0;
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 opened = 0;
    qint64 clicked = 0;
    qint64 replied = 0;
    qint64 bounced = 0;
    qint64 unsubscribed = 0;
    qint64 autoReplied = 0;

    Tone tone() const { return toneOfIndex(index); }
    // Adds `messages` messages whose event set is `bits`.
    void add(int bits, qint64 messages);
    bool operator==(const FunnelCounts &other) const = default;
};

inline FunnelStages FunnelStages::fromBits(int bits)
{
    const auto has = [bits](EventType t) { return (bits & funnelBit(t)) != 0; };
    FunnelStages s;
    s.clicked = has(EventType::Clicked);
    s.replied = has(EventType::Replied);
    s.opened = has(EventType::Opened) || s.clicked || s.replied;
    const bool engaged = s.opened;
    s.bounced = has(EventType::Bounced) && !engaged;
    s.autoReplied = has(EventType::AutoReplied);
    s.delivered = engaged || ((has(EventType::Delivered) || s.autoReplied) && !has(EventType::Bounced));
    s.unsubscribed = has(EventType::Unsubscribed);
    s.sent = bits != 0;
    return s;
}

inline void FunnelCounts::add(int bits, qint64 messages)
{
    const FunnelStages s = FunnelStages::fromBits(bits);
    assigned += messages;
    sent += s.sent ? messages : 0;
    delivered += s.delivered ? messages : 0;
    opened += s.opened ? messages : 0;
    clicked += s.clicked ? messages : 0;
    replied += s.replied ? messages : 0;
    bounced += s.bounced ? messages : 0;
    unsubscribed += s.unsubscribed ? messages : 0;
    autoReplied += s.autoReplied ? messages : 0;
}

} // namespace outreach
