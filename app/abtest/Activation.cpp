#include "Activation.h"
#include "AnalyticsRepository.h"
#include "CampaignLifecycle.h"
#include "CampaignRepository.h"
#include "LeadQualification.h"
#include "MessageRepository.h"
#include "TestAssignmentRepository.h"
#include "abtest/VariantAssignment.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// Moves a seeded random share of `free` (1 - testShare of all tested
// messages, pinned ones included) out of it and returns them; `free` keeps
// its order so the variant assignment stays what it was without a share.
QList<qint64> drawHoldout(QList<qint64> &free, qint64 pinned, double testShare, quint64 seed)
{
    if (!(testShare < 1) || free.isEmpty())
        return {};
    const qint64 total = free.size() + pinned;
    const qint64 tested = std::max<qint64>(pinned, qint64(std::ceil(testShare * double(total) - 1e-9)));
    const qint64 held = std::clamp<qint64>(total - tested, 0, free.size());
    // A stream of its own (all 64 seed bits plus a constant word) so that
    // the holdout draw does not shift the variant assignment's numbers.
    const quint32 words[3] = {quint32(seed), quint32(seed >> 32), 0x9E3779B9u};
    QRandomGenerator rng(words, 3);
    QList<qsizetype> order(free.size());
    std::iota(order.begin(), order.end(), 0);
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[qsizetype(rng.bounded(quint64(i + 1)))]);
    QSet<qsizetype> heldIndexes(order.begin(), order.begin() + held);
    QList<qint64> holdout;
    QList<qint64> kept;
    for (qsizetype i = 0; i < free.size(); ++i)
        (heldIndexes.contains(i) ? holdout : kept).append(free.at(i));
    free = kept;
    return holdout;
}

DbError invalid(const QString &message)
{
    return DbError{DbError::Kind::Invalid, message};
}

// The campaign of a message, refusing when its test already started.
DbResult<Campaign> campaignBeforeTest(Database &db, qint64 messageId, const QString &what)
{
    auto message = MessageRepository(db).get(messageId);
    if (!message)
        return message.error();
    auto campaign = CampaignRepository(db).get(message->campaignId);
    if (!campaign)
        return campaign.error();
    if (CampaignLifecycle::testStarted(campaign->status))
        return invalid(QCoreApplication::translate(
                           "AbTest",
                           "Cannot %1 message %2: its campaign %3 is %4, and the test must not change once "
                           "it has started.")
                           .arg(what)
                           .arg(messageId)
                           .arg(campaign->id)
                           .arg(toString(campaign->status)));
    return campaign;
}

} // namespace

QJsonObject ActivationReport::toJson() const
{
    return QJsonObject{
        {u"campaign_id"_s, campaignId},
        {u"assigned"_s, QJsonObject{{u"0"_s, assigned[0]}, {u"1"_s, assigned[1]}, {u"2"_s, assigned[2]}}},
        {u"pinned"_s, pinned},
        {u"excluded"_s, excluded},
        {u"holdout"_s, holdout},
        // Seeds are limited to kMaxSeed, so the JSON number (a double) is exact.
        {u"seed"_s, qint64(seed)},
    };
}

quint64 Activation::randomSeed()
{
    // Short enough to type back in.
    return QRandomGenerator::global()->bounded(quint64(1) << 31);
}

DbResult<ActivationReport> Activation::activate(Database &db, qint64 campaignId, quint64 seed)
{
    CampaignRepository campaigns(db);
    auto campaign = campaigns.get(campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign->status == CampaignStatus::Active)
        return invalid(
            QCoreApplication::translate(
                "AbTest", "Campaign %1 is already active; its variants were assigned when it was activated.")
                .arg(campaignId));
    if (const QString refusal = CampaignLifecycle::refusal(campaign->status, CampaignStatus::Active);
        !refusal.isEmpty())
        return invalid(refusal);

    // Qualifying leads whose message is not generated or excluded yet.
    TestAssignmentRepository tests(db);
    const auto open = tests.ungeneratedLeads(campaign.value());
    if (!open)
        return open.error();
    if (open->total() > 0)
        return invalid(QCoreApplication::translate(
                           "AbTest",
                           "Campaign %1 cannot be activated yet: %2 qualifying lead(s) have no generated "
                           "message (%3 pending, %4 failed). Generate them, or exclude them with "
                           "\"outreach messages exclude ID\".")
                           .arg(campaignId)
                           .arg(open->total())
                           .arg(open->pending)
                           .arg(open->failed));

    ActivationReport report;
    report.campaignId = campaignId;
    report.seed = seed;
    auto candidates = tests.candidates(campaignId);
    if (!candidates)
        return candidates.error();
    QList<qint64> free = candidates->free;
    const std::array<qint64, 3> &pinned = candidates->pinnedPerVariant;
    report.excluded = candidates->excluded;
    report.pinnedPerVariant = pinned;
    report.pinned = pinned[0] + pinned[1] + pinned[2];
    if (free.isEmpty() && report.pinned == 0)
        return invalid(QCoreApplication::translate("AbTest", "Campaign %1 has no generated messages to test.")
                           .arg(campaignId));

    // Test-then-roll-out: only the test share is assigned now; the rest
    // wait as holdout for the winner. Pinned messages are always tested.
    const QList<qint64> holdout = drawHoldout(free, report.pinned, campaign->testShare, seed);
    report.holdout = holdout.size();
    const QList<int> variants = VariantAssignment::assign(free.size(), pinned, seed);
    for (const int variant : variants)
        ++report.assigned[variant];
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    if (auto status = tests.assign(campaignId, holdout, free, variants); !status)
        return status.error();
    if (auto status = AnalyticsRepository(db).rebuild(campaignId); !status)
        return status.error();
    if (auto status = campaigns.setStatus(campaignId, CampaignStatus::Active); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return report;
}

DbStatus Activation::pin(Database &db, qint64 messageId, int variant)
{
    if (variant < 0 || variant >= kVariantCount)
        return invalid(
            QCoreApplication::translate("AbTest", "Variant %1 does not exist: use 0, 1 or 2.").arg(variant));
    auto campaign = campaignBeforeTest(db, messageId, QCoreApplication::translate("AbTest", "pin"));
    if (!campaign)
        return campaign.error();
    auto message = MessageRepository(db).get(messageId);
    if (!message)
        return message.error();
    if (message->status != GenerationStatus::Generated)
        return invalid(QCoreApplication::translate(
                           "AbTest", "Message %1 is %2: only a generated message can be pinned to a variant.")
                           .arg(messageId)
                           .arg(toString(message->status)));
    return MessageRepository(db).setAssignedVariant(messageId, variant, true);
}

DbStatus Activation::exclude(Database &db, qint64 messageId)
{
    auto campaign = campaignBeforeTest(db, messageId, QCoreApplication::translate("AbTest", "exclude"));
    if (!campaign)
        return campaign.error();
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    MessageRepository messages(db);
    if (auto status = messages.setAssignedVariant(messageId, std::nullopt, false); !status)
        return status;
    if (auto status = messages.setStatus(messageId, GenerationStatus::Excluded); !status)
        return status;
    return transaction.commit();
}

} // namespace outreach
