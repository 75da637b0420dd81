// A campaign: one channel, the leads that qualify for it, and how its
// messages are generated and judged.
#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace outreach {

// How the A/B/C test decides: always-valid sequential tests at every look
// (the default), or one fixed-horizon test once the planned sample is sent.
enum class TestMode { Sequential, Fixed };
QString toString(TestMode mode);
std::optional<TestMode> testModeFromString(const QString &text);

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
    TestMode testMode = TestMode::Sequential;
    qint64 plannedSends = 0;       // per variant, from the planner; 0 = no plan
    double testShare = 1;          // share of qualifying leads in the test; the rest wait for the roll-out
    QDateTime deadline;            // invalid = none; then the most likely best variant is rolled out
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
