#include "TestAssignmentRepository.h"

#include "LeadQualification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outreach {

DbResult<UngeneratedLeads> TestAssignmentRepository::ungeneratedLeads(const Campaign &campaign) const
{
    // A lead without a message has a NULL status: pending.
    QSqlQuery q = m_db.prepare(u"SELECT m.status, count(*) FROM leads l LEFT JOIN campaign_messages m ON "
                               "m.lead_id = l.id AND m.campaign_id = ? WHERE "_s +
                               LeadQualification::sqlQualifies(campaign.channel, u"?"_s, u"l"_s) +
                               u" AND (m.id IS NULL OR m.status NOT IN (?, ?)) GROUP BY m.status"_s);
    q.addBindValue(campaign.id);
    q.addBindValue(campaign.minScore);
    q.addBindValue(toString(GenerationStatus::Generated));
    q.addBindValue(toString(GenerationStatus::Excluded));
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("AbTest", "Cannot check the messages of campaign %1")
                               .arg(campaign.id));
    UngeneratedLeads leads;
    const QString failed = toString(GenerationStatus::Failed);
    while (q.next())
        (q.value(0).toString() == failed ? leads.failed : leads.pending) += q.value(1).toLongLong();
    return leads;
}

DbResult<TestCandidates> TestAssignmentRepository::candidates(qint64 campaignId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT id, status, assigned_variant, pinned FROM campaign_messages WHERE "
                               "campaign_id = ? ORDER BY id"_s);
    q.setForwardOnly(true);
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("AbTest", "Cannot read the messages of campaign %1").arg(campaignId));
    TestCandidates candidates;
    const QString excluded = toString(GenerationStatus::Excluded);
    const QString generated = toString(GenerationStatus::Generated);
    while (q.next()) {
        const QString status = q.value(1).toString();
        if (status == excluded) {
            ++candidates.excluded;
        } else if (status == generated) {
            const int variant = q.isNull(2) ? -1 : q.value(2).toInt();
            if (q.value(3).toBool() && variant >= 0 && variant < kVariantCount)
                ++candidates.pinnedPerVariant[variant];
            else
                candidates.free.append(q.value(0).toLongLong());
        }
    }
    return candidates;
}

DbStatus TestAssignmentRepository::assign(qint64 campaignId, const QList<qint64> &holdout,
                                          const QList<qint64> &ids, const QList<int> &variants)
{
    Q_ASSERT(ids.size() == variants.size());
    QSqlQuery set = m_db.prepare(
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
            return m_db.errorFrom(
                set.lastError(),
                QCoreApplication::translate("AbTest", "Cannot hold message %1 back for the roll-out")
                    .arg(id));
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        set.addBindValue(variants.at(i));
        set.addBindValue(false);
        set.addBindValue(false);
        set.addBindValue(now);
        set.addBindValue(ids.at(i));
        if (!set.exec())
            return m_db.errorFrom(set.lastError(), QCoreApplication::translate(
                                                       "AbTest", "Cannot assign a variant to message %1")
                                                       .arg(ids.at(i)));
    }
    // Excluded messages take no part in the test.
    QSqlQuery clear = m_db.prepare(u"UPDATE campaign_messages SET assigned_variant = NULL, pinned = ? WHERE "
                                   "campaign_id = ? AND status <> ? AND assigned_variant IS NOT NULL"_s);
    clear.addBindValue(false);
    clear.addBindValue(campaignId);
    clear.addBindValue(toString(GenerationStatus::Generated));
    if (!clear.exec())
        return m_db.errorFrom(clear.lastError(), QCoreApplication::translate(
                                                     "AbTest", "Cannot assign the variants of campaign %1")
                                                     .arg(campaignId));
    return Ok{};
}

} // namespace outreach
