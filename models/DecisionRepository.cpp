#include "DecisionRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

const QString kColumns =
    u"id, campaign_id, decision_round, variant_index, metric, test_mode, reason, decided_at, "
    "sends_per_variant, statistic, counts, reopened_at, reopen_note"_s;

QDateTime utc(const QVariant &value)
{
    return value.isNull() ? QDateTime() : value.toDateTime().toUTC();
}

TestDecision fromQuery(const QSqlQuery &q)
{
    TestDecision d;
    d.id = q.value(0).toLongLong();
    d.campaignId = q.value(1).toLongLong();
    d.round = q.value(2).toInt();
    d.variant = q.value(3).toInt();
    d.metric = q.value(4).toString();
    d.mode = q.value(5).toString();
    d.reason = q.value(6).toString();
    d.decidedAt = utc(q.value(7));
    d.sendsPerVariant = q.value(8).toLongLong();
    d.statistic = q.value(9).toDouble();
    d.counts = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    d.reopenedAt = utc(q.value(11));
    d.reopenNote = q.value(12).toString();
    return d;
}

} // namespace

DbResult<std::optional<TestDecision>> DecisionRepository::current(qint64 campaignId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns +
                               u" FROM ab_decisions WHERE campaign_id = ? AND reopened_at IS NULL"_s);
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("Database", "Cannot read the decision of campaign %1")
                               .arg(campaignId));
    if (!q.next())
        return std::optional<TestDecision>();
    return std::optional<TestDecision>(fromQuery(q));
}

DbResult<QList<TestDecision>> DecisionRepository::history(qint64 campaignId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns +
                               u" FROM ab_decisions WHERE campaign_id = ? ORDER BY decision_round"_s);
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("Database", "Cannot read the decisions of campaign %1")
                               .arg(campaignId));
    QList<TestDecision> list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

DbResult<TestDecision> DecisionRepository::record(const TestDecision &d)
{
    // One statement, no read before it: two clients that both saw the rule
    // met race on the unique indexes, and the loser's row is dropped by
    // ON CONFLICT DO NOTHING (PostgreSQL makes it wait for the winner's
    // commit first; SQLite's writer lock serializes the statements).
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO ab_decisions (campaign_id, decision_round, variant_index, metric, test_mode, reason, "
        "decided_at, sends_per_variant, statistic, counts, reopen_note) SELECT ?, "
        "COALESCE(MAX(decision_round), "
        "0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, '' FROM ab_decisions WHERE campaign_id = ? ON CONFLICT DO NOTHING"_s);
    q.addBindValue(d.campaignId);
    q.addBindValue(d.variant);
    q.addBindValue(d.metric);
    q.addBindValue(d.mode);
    q.addBindValue(d.reason);
    q.addBindValue(d.decidedAt.toUTC());
    q.addBindValue(d.sendsPerVariant);
    q.addBindValue(d.statistic);
    q.addBindValue(QString::fromUtf8(QJsonDocument(d.counts).toJson(QJsonDocument::Compact)));
    q.addBindValue(d.campaignId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot record the decision of campaign %1")
                                                 .arg(d.campaignId));
    auto standing = current(d.campaignId);
    if (!standing)
        return standing.error();
    if (!standing->has_value())
        return DbError{
            DbError::Kind::Conflict,
            QCoreApplication::translate(
                "Database", "The decision of campaign %1 was reopened while it was being recorded.")
                .arg(d.campaignId)};
    return standing->value();
}

DbResult<TestDecision> DecisionRepository::reopen(qint64 campaignId, const QString &note)
{
    auto standing = current(campaignId);
    if (!standing)
        return standing.error();
    if (!standing->has_value())
        return DbError{
            DbError::Kind::NotFound,
            QCoreApplication::translate("Database", "Campaign %1 has no recorded decision to reopen.")
                .arg(campaignId)};
    TestDecision d = standing->value();
    QSqlQuery q = m_db.prepare(
        u"UPDATE ab_decisions SET reopened_at = ?, reopen_note = ? WHERE id = ? AND reopened_at IS NULL"_s);
    d.reopenedAt = QDateTime::currentDateTimeUtc();
    d.reopenNote = note;
    q.addBindValue(d.reopenedAt);
    q.addBindValue(sqlText(note));
    q.addBindValue(d.id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot reopen the decision of campaign %1")
                                                 .arg(campaignId));
    if (q.numRowsAffected() == 0)
        return DbError{DbError::Kind::Conflict,
                       QCoreApplication::translate(
                           "Database", "The decision of campaign %1 was reopened by someone else.")
                           .arg(campaignId)};
    return d;
}

DbResult<RolloutState> DecisionRepository::rollout(qint64 campaignId) const
{
    RolloutState state;
    QSqlQuery c =
        m_db.prepare(u"SELECT rollout_variant, rollout_reason, rolled_out_at FROM campaigns WHERE id = ?"_s);
    c.addBindValue(campaignId);
    if (!c.exec())
        return m_db.errorFrom(
            c.lastError(), QCoreApplication::translate("Database", "Cannot read the roll-out of campaign %1")
                               .arg(campaignId));
    if (!c.next())
        return DbError{
            DbError::Kind::NotFound,
            QCoreApplication::translate("Database", "There is no campaign with id %1.").arg(campaignId)};
    if (!c.isNull(0))
        state.variant = c.value(0).toInt();
    state.reason = c.value(1).toString();
    state.rolledOutAt = utc(c.value(2));
    QSqlQuery m = m_db.prepare(
        u"SELECT CASE WHEN assigned_variant IS NULL THEN 0 ELSE 1 END, count(*) FROM campaign_messages WHERE "
        "campaign_id = ? AND holdout AND status = 'generated' GROUP BY CASE WHEN assigned_variant IS NULL "
        "THEN 0 "
        "ELSE 1 END"_s);
    m.addBindValue(campaignId);
    if (!m.exec())
        return m_db.errorFrom(
            m.lastError(), QCoreApplication::translate("Database", "Cannot read the roll-out of campaign %1")
                               .arg(campaignId));
    while (m.next())
        (m.value(0).toInt() == 0 ? state.waiting : state.assigned) = m.value(1).toLongLong();
    return state;
}

DbResult<bool> DecisionRepository::rollOut(qint64 campaignId, int variant, const QString &reason)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    // The guarded update comes first: it takes the write lock (SQLite) or
    // the row lock (PostgreSQL), so a second client waits here and then
    // finds rolled_out_at set and changes nothing.
    QSqlQuery claim = m_db.prepare(u"UPDATE campaigns SET rollout_variant = ?, rollout_reason = ?, "
                                   "rolled_out_at = ? WHERE id = ? AND rolled_out_at IS NULL"_s);
    claim.addBindValue(variant);
    claim.addBindValue(reason);
    claim.addBindValue(QDateTime::currentDateTimeUtc());
    claim.addBindValue(campaignId);
    if (!claim.exec())
        return m_db.errorFrom(
            claim.lastError(),
            QCoreApplication::translate("Database", "Cannot roll out campaign %1").arg(campaignId));
    if (claim.numRowsAffected() == 0)
        return false;
    if (auto assigned = assignWaiting(campaignId, variant); !assigned)
        return assigned.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return true;
}

DbResult<qint64> DecisionRepository::assignWaiting(qint64 campaignId, int variant)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE campaign_messages SET assigned_variant = ?, updated_at = ?, version = "
                     "version + 1 WHERE campaign_id = ? AND holdout AND assigned_variant IS NULL AND "
                     "status = 'generated'"_s);
    q.addBindValue(variant);
    q.addBindValue(QDateTime::currentDateTimeUtc());
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot assign the waiting leads of campaign %1")
                                                 .arg(campaignId));
    return qint64(q.numRowsAffected());
}

} // namespace outreach
