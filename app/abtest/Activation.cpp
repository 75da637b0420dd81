#include "Activation.h"
#include "AnalyticsRepository.h"
#include "CampaignLifecycle.h"
#include "CampaignRepository.h"
#include "LeadQualification.h"
#include "MessageRepository.h"
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
    QSqlQuery q = db.prepare(u"SELECT campaign_id FROM campaign_messages WHERE id = ?"_s);
    q.addBindValue(messageId);
    if (!q.exec())
        return db.errorFrom(q.lastError(),
                            QCoreApplication::translate("AbTest", "Cannot read message %1").arg(messageId));
    if (!q.next())
        return DbError{
            DbError::Kind::NotFound,
            QCoreApplication::translate("AbTest", "There is no message with id %1.").arg(messageId)};
    auto campaign = CampaignRepository(db).get(q.value(0).toLongLong());
    if (!campaign)
        return campaign.error();
    const CampaignStatus s = campaign->status;
    if (s == CampaignStatus::Active || s == CampaignStatus::Paused || s == CampaignStatus::Completed ||
        s == CampaignStatus::Archived)
        return invalid(QCoreApplication::translate(
                           "AbTest",
                           "Cannot %1 message %2: its campaign %3 is %4, and the test must not change once "
                           "it has started.")
                           .arg(what)
                           .arg(messageId)
                           .arg(campaign->id)
                           .arg(toString(s)));
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
    QSqlQuery open = db.prepare(
        u"SELECT COALESCE(m.status, 'pending'), count(*) FROM leads l LEFT JOIN campaign_messages m ON "
        "m.lead_id = l.id AND m.campaign_id = ? WHERE "_s +
        LeadQualification::sqlQualifies(campaign->channel, u"?"_s, u"l"_s) +
        u" AND (m.id IS NULL OR "
        "m.status NOT IN ('generated', 'excluded')) GROUP BY COALESCE(m.status, 'pending')"_s);
    open.addBindValue(campaignId);
    open.addBindValue(campaign->minScore);
    if (!open.exec())
        return db.errorFrom(open.lastError(),
                            QCoreApplication::translate("AbTest", "Cannot check the messages of campaign %1")
                                .arg(campaignId));
    qint64 pending = 0;
    qint64 failed = 0;
    while (open.next())
        (open.value(0).toString() == u"failed"_s ? failed : pending) += open.value(1).toLongLong();
    if (pending + failed > 0)
        return invalid(QCoreApplication::translate(
                           "AbTest",
                           "Campaign %1 cannot be activated yet: %2 qualifying lead(s) have no generated "
                           "message (%3 pending, %4 failed). Generate them, or exclude them with "
                           "\"outreach messages exclude ID\".")
                           .arg(campaignId)
                           .arg(pending + failed)
                           .arg(pending)
                           .arg(failed));

    ActivationReport report;
    report.campaignId = campaignId;
    report.seed = seed;
    QSqlQuery rows = db.prepare(u"SELECT id, status, assigned_variant, pinned FROM campaign_messages WHERE "
                                "campaign_id = ? ORDER BY id"_s);
    rows.setForwardOnly(true);
    rows.addBindValue(campaignId);
    if (!rows.exec())
        return db.errorFrom(
            rows.lastError(),
            QCoreApplication::translate("AbTest", "Cannot read the messages of campaign %1").arg(campaignId));
    QList<qint64> free;
    std::array<qint64, 3> pinned{0, 0, 0};
    while (rows.next()) {
        const QString status = rows.value(1).toString();
        if (status == u"excluded"_s) {
            ++report.excluded;
        } else if (status == u"generated"_s) {
            if (rows.value(3).toBool() && !rows.isNull(2) && rows.value(2).toInt() >= 0 &&
                rows.value(2).toInt() < 3)
                ++pinned[rows.value(2).toInt()];
            else
                free.append(rows.value(0).toLongLong());
        }
    }
    rows.finish();
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
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery set = db.prepare(
        u"UPDATE campaign_messages SET assigned_variant = ?, pinned = ?, holdout = ?, updated_at = ?, "
        "version = version + 1 WHERE id = ?"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const qint64 id : holdout) {
        set.addBindValue(QVariant(QMetaType::fromType<int>()));
        set.addBindValue(false);
        set.addBindValue(true);
        set.addBindValue(now);
        set.addBindValue(id);
        if (!set.exec())
            return db.errorFrom(set.lastError(), QCoreApplication::translate(
                                                     "AbTest", "Cannot hold message %1 back for the roll-out")
                                                     .arg(id));
    }
    for (qsizetype i = 0; i < free.size(); ++i) {
        set.addBindValue(variants.at(i));
        set.addBindValue(false);
        set.addBindValue(false);
        set.addBindValue(now);
        set.addBindValue(free.at(i));
        if (!set.exec())
            return db.errorFrom(set.lastError(),
                                QCoreApplication::translate("AbTest", "Cannot assign a variant to message %1")
                                    .arg(free.at(i)));
        ++report.assigned[variants.at(i)];
    }
    // Excluded messages take no part in the test.
    QSqlQuery clear =
        db.prepare(u"UPDATE campaign_messages SET assigned_variant = NULL, pinned = ? WHERE "
                   "campaign_id = ? AND status <> 'generated' AND assigned_variant IS NOT NULL"_s);
    clear.addBindValue(false);
    clear.addBindValue(campaignId);
    if (!clear.exec())
        return db.errorFrom(clear.lastError(),
                            QCoreApplication::translate("AbTest", "Cannot assign the variants of campaign %1")
                                .arg(campaignId));
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
