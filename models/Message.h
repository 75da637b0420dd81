// A campaign message: the generation result for one (campaign, lead) pair,
// its three variants, and the variant the A/B test assigned to it.
#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace outreach {

struct Variant
{
    qint64 id = 0;
    int index = 0; // 0..2
    Tone tone = Tone::Professional;
    std::optional<QString> subject; // email (and custom with subject) only
    QString body;
    bool edited = false;
    QStringList flags; // "repaired", "over_limit", "unresolved_placeholder", ...
    int version = 0;
};

struct Message
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 leadId = 0;
    GenerationStatus status = GenerationStatus::Pending;
    QString error;
    int attempts = 0;
    int latencyMs = 0;
    int promptTokens = 0;
    int completionTokens = 0;
    double costUsd = 0;
    std::optional<int> assignedVariant; // 0..2 once the campaign is active
    bool pinned = false;                // assigned by hand, kept by activation
    bool approved = false;              // reviewed and approved by the campaign manager
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
    QList<Variant> variants; // 0 or 3, ordered by index
};

struct MessageEvent
{
    qint64 id = 0;
    qint64 messageId = 0;
    EventType type = EventType::Sent;
    QDateTime occurredAt;
    QString source; // "manual", "import:<file>", "send"
};

} // namespace outreach
