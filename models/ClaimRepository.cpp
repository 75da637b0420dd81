#include "ClaimRepository.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

QString doneStatuses(bool retryFailed)
{
    return retryFailed ? u"'generated', 'excluded'"_s : u"'generated', 'excluded', 'failed'"_s;
}

} // namespace

DbResult<ClaimOutcome> ClaimRepository::claim(qint64 campaignId, qint64 leadId, const QString &owner,
                                              qint64 nowMs, qint64 expiresAtMs, bool retryFailed)
{
    const QString what =
        QCoreApplication::translate("Database", "Cannot claim lead %1 of campaign %2 for generation")
            .arg(leadId)
            .arg(campaignId);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    // One statement: a new claim, or the takeover of an expired one (its
    // reservations become lost spend), or nothing when someone holds it.
    QSqlQuery &q = m_db.cached(
        u"INSERT INTO generation_claims (campaign_id, lead_id, owner, expires_at_ms, reserved_usd, lost_usd) "
        "SELECT ?, ?, ?, ?, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM campaign_messages m WHERE m.campaign_id = ? "
        "AND m.lead_id = ? AND m.status IN ("_s +
        doneStatuses(retryFailed) +
        u")) ON CONFLICT (campaign_id, lead_id) DO UPDATE SET owner = excluded.owner, expires_at_ms = "
        "excluded.expires_at_ms, lost_usd = generation_claims.lost_usd + generation_claims.reserved_usd, "
        "reserved_usd = 0 WHERE generation_claims.expires_at_ms <= ? RETURNING lost_usd"_s);
    for (const QVariant &v : {QVariant(campaignId), QVariant(leadId), QVariant(owner), QVariant(expiresAtMs),
                              QVariant(campaignId), QVariant(leadId), QVariant(nowMs)})
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), what);
    ClaimOutcome outcome;
    const bool claimed = q.next();
    if (claimed)
        outcome.lostUsd = q.value(0).toDouble();
    q.finish();
    // Whether it is done, read in a statement of its own: on PostgreSQL it
    // sees a result another run committed while the insert waited for it.
    QSqlQuery &done = m_db.cached(u"SELECT 1 FROM campaign_messages WHERE campaign_id = ? AND lead_id = ? "
                                  "AND status IN ("_s +
                                  doneStatuses(retryFailed) + u")"_s);
    done.addBindValue(campaignId);
    done.addBindValue(leadId);
    if (!done.exec())
        return m_db.errorFrom(done.lastError(), what);
    const bool isDone = done.next();
    done.finish(); // cached: the next claim runs it again
    if (isDone) {
        m_db.rollback();
        outcome.kind = ClaimOutcome::AlreadyDone;
        return outcome;
    }
    if (!claimed) {
        m_db.rollback();
        outcome.kind = ClaimOutcome::HeldElsewhere;
        return outcome;
    }
    if (auto status = tx.commit(); !status)
        return DbError{status.error().kind, what + u": "_s + status.errorMessage()};
    return outcome;
}

DbResult<Reservation> ClaimRepository::reserve(qint64 campaignId, qint64 leadId, const QString &owner,
                                               double usd, qint64 expiresAtMs)
{
    const QString what =
        QCoreApplication::translate("Database", "Cannot reserve the budget for lead %1").arg(leadId);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery &lease = m_db.cached(u"UPDATE generation_claims SET reserved_usd = reserved_usd + ?, "
                                   "expires_at_ms = ? WHERE campaign_id = ? AND lead_id = ? AND owner = ?"_s);
    lease.addBindValue(usd);
    lease.addBindValue(expiresAtMs);
    lease.addBindValue(campaignId);
    lease.addBindValue(leadId);
    lease.addBindValue(owner);
    if (!lease.exec())
        return m_db.errorFrom(lease.lastError(), what);
    if (lease.numRowsAffected() == 0) {
        m_db.rollback();
        return Reservation::ClaimLost;
    }
    // Checked and added in one statement: concurrent runs cannot both fit
    // into the same remaining budget.
    QSqlQuery &budget = m_db.cached(u"UPDATE campaigns SET reserved_usd = reserved_usd + ? WHERE id = ? AND "
                                    "(budget_usd <= 0 OR cost_total + reserved_usd + ? <= budget_usd)"_s);
    budget.addBindValue(usd);
    budget.addBindValue(campaignId);
    budget.addBindValue(usd);
    if (!budget.exec())
        return m_db.errorFrom(budget.lastError(), what);
    if (budget.numRowsAffected() == 0) {
        m_db.rollback();
        return Reservation::BudgetReached;
    }
    if (auto status = tx.commit(); !status)
        return status.error();
    return Reservation::Reserved;
}

DbStatus ClaimRepository::unreserve(qint64 campaignId, qint64 leadId, const QString &owner, double usd)
{
    const QString what =
        QCoreApplication::translate("Database", "Cannot release the budget reservation of lead %1")
            .arg(leadId);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    // What is within a rounding error of usd counts as all of it, so a claim
    // that reserved nothing else is left with exactly 0 (releaseAll drops it).
    QSqlQuery lease =
        m_db.prepare(u"UPDATE generation_claims SET reserved_usd = CASE WHEN reserved_usd > ? "
                     "THEN reserved_usd - ? ELSE 0 END WHERE campaign_id = ? AND lead_id = ? AND "
                     "owner = ?"_s);
    lease.addBindValue(usd + 1e-9);
    lease.addBindValue(usd);
    lease.addBindValue(campaignId);
    lease.addBindValue(leadId);
    lease.addBindValue(owner);
    if (!lease.exec())
        return m_db.errorFrom(lease.lastError(), what);
    if (lease.numRowsAffected() == 0)
        return Ok{}; // no longer ours: whoever took it settles it
    QSqlQuery budget = m_db.prepare(u"UPDATE campaigns SET reserved_usd = CASE WHEN reserved_usd > ? THEN "
                                    "reserved_usd - ? ELSE 0 END WHERE id = ?"_s);
    budget.addBindValue(usd + 1e-9);
    budget.addBindValue(usd);
    budget.addBindValue(campaignId);
    if (!budget.exec())
        return m_db.errorFrom(budget.lastError(), what);
    return tx.commit();
}

DbStatus ClaimRepository::settle(qint64 campaignId, qint64 leadId, qint64 messageId, const QString &owner)
{
    const QString what =
        QCoreApplication::translate("Database", "Cannot settle the budget reservation of lead %1")
            .arg(leadId);
    // Cached: run once per stored result, thousands of times in a run.
    QSqlQuery &del = m_db.cached(u"DELETE FROM generation_claims WHERE campaign_id = ? AND lead_id = ? AND "
                                 "owner = ? RETURNING reserved_usd, lost_usd"_s);
    del.addBindValue(campaignId);
    del.addBindValue(leadId);
    del.addBindValue(owner);
    if (!del.exec()) {
        const DbError error = m_db.errorFrom(del.lastError(), what);
        del.finish();
        return error;
    }
    if (!del.next()) {
        del.finish();
        return Ok{};
    }
    const double reserved = del.value(0).toDouble();
    const double lost = del.value(1).toDouble();
    del.finish();
    if (lost > 0) {
        QSqlQuery &book = m_db.cached(u"UPDATE campaign_messages SET cost_usd = cost_usd + ? WHERE id = ?"_s);
        book.addBindValue(lost);
        book.addBindValue(messageId);
        if (!book.exec())
            return m_db.errorFrom(book.lastError(), what);
    }
    QSqlQuery &release = m_db.cached(u"UPDATE campaigns SET reserved_usd = CASE WHEN reserved_usd > ? THEN "
                                     "reserved_usd - ? ELSE 0 END WHERE id = ?"_s);
    release.addBindValue(reserved + lost);
    release.addBindValue(reserved + lost);
    release.addBindValue(campaignId);
    if (!release.exec())
        return m_db.errorFrom(release.lastError(), what);
    return Ok{};
}

DbStatus ClaimRepository::releaseAll(qint64 campaignId, const QString &owner)
{
    const QString what =
        QCoreApplication::translate("Database", "Cannot release the claims of a generation run");
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QSqlQuery del = m_db.prepare(u"DELETE FROM generation_claims WHERE campaign_id = ? AND owner = ? AND "
                                 "reserved_usd = 0 AND lost_usd = 0"_s);
    del.addBindValue(campaignId);
    del.addBindValue(owner);
    if (!del.exec())
        return m_db.errorFrom(del.lastError(), what);
    if (auto status = expireOwner(campaignId, owner); !status)
        return status;
    return tx.commit();
}

DbStatus ClaimRepository::expireOwner(qint64 campaignId, const QString &owner)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE generation_claims SET expires_at_ms = 0 WHERE campaign_id = ? AND owner = ?"_s);
    q.addBindValue(campaignId);
    q.addBindValue(owner);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot release the claims of a generation run"));
    return Ok{};
}

DbResult<QStringList> ClaimRepository::liveOwners(qint64 campaignId, qint64 nowMs) const
{
    QSqlQuery q = m_db.prepare(u"SELECT DISTINCT owner FROM generation_claims WHERE campaign_id = ? AND "
                               "expires_at_ms > ? ORDER BY owner"_s);
    q.addBindValue(campaignId);
    q.addBindValue(nowMs);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read the generation claims"));
    QStringList owners;
    while (q.next())
        owners.append(q.value(0).toString());
    return owners;
}

DbResult<double> ClaimRepository::reservedUsd(qint64 campaignId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT reserved_usd FROM campaigns WHERE id = ?"_s);
    q.addBindValue(campaignId);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot read the campaign's budget reservations"));
    return q.value(0).toDouble();
}

} // namespace outreach
