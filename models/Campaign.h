// A campaign: one channel, the leads that qualify for it, and how its
// messages are generated and judged.
#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace outreach {

struct Campaign
{
    qint64 id = 0;
    QString name;
    Channel channel = Channel::Email;
    CampaignStatus status = CampaignStatus::Draft;
    int minScore = 0;
    QString templateText;
    QString customContext;
    QString provider; // empty: the application default
    QString model;    // empty: the provider default
    QString senderName;
    QString senderSignature;
    WinnerMetric winnerMetric = WinnerMetric::Reply;
    int minSample = 100;          // sends per variant before a winner may be declared
    double minDetectableLift = 0; // absolute rate difference; 0 = use the observed one
    double alpha = 0.05;
    double budgetUsd = 0;          // 0 = no cap
    int customCharLimit = 0;       // channel "custom" only; 0 = no limit
    bool customHasSubject = false; // channel "custom" only
    double costTotal = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    // Campaign-level template variables ({{sender_name}}, ...).
    std::optional<QString> fieldValue(const QString &name) const;
    static QStringList fieldNames();
};

} // namespace outreach
