#include "LeadRemoval.h"

#include "CampaignLifecycle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outreach {

DbResult<LeadRemovalReport> LeadRemoval::preview(const QList<qint64> &leadIds) const
{
    return run(leadIds, false);
}

DbResult<LeadRemovalReport> LeadRemoval::remove(const QList<qint64> &leadIds)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    auto report = run(leadIds, true);
    if (!report)
        return report;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

DbResult<LeadRemovalReport> LeadRemoval::run(const QList<qint64> &leadIds, bool apply) const
{
    const QString started = CampaignLifecycle::testStartedSqlList();
    const auto failed = [this](const QSqlQuery &q, qint64 id) -> DbError {
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot delete lead %1").arg(id));
    };
    LeadRemovalReport report;
    for (const qint64 id : leadIds) {
        QSqlQuery count = m_db.prepare(
            u"SELECT count(CASE WHEN c.status IN (%1) THEN 1 END), count(CASE WHEN c.status NOT IN (%1) "
            "THEN 1 END) FROM campaign_messages m JOIN campaigns c ON c.id = m.campaign_id WHERE m.lead_id = ?"_s
                .arg(started));
        count.addBindValue(id);
        if (!count.exec() || !count.next())
            return failed(count, id);
        const qint64 kept = count.value(0).toLongLong();
        const qint64 dropped = count.value(1).toLongLong();
        report.messagesDeleted += dropped;
        if (kept > 0)
            ++report.excluded;
        else
            ++report.deleted;
        if (!apply)
            continue;
        QSqlQuery drop = m_db.prepare(u"DELETE FROM campaign_messages WHERE lead_id = ? AND campaign_id IN "
                                      "(SELECT id FROM campaigns WHERE status NOT IN (%1))"_s.arg(started));
        drop.addBindValue(id);
        if (!drop.exec())
            return failed(drop, id);
        QSqlQuery change = m_db.prepare(
            kept > 0 ? u"UPDATE leads SET excluded_from_sending = ?, updated_at = ?, version = version + 1 "
                       "WHERE id = ?"_s
                     : u"DELETE FROM leads WHERE id = ?"_s);
        if (kept > 0) {
            change.addBindValue(true);
            change.addBindValue(QDateTime::currentDateTimeUtc());
        }
        change.addBindValue(id);
        if (!change.exec())
            return failed(change, id);
        if (change.numRowsAffected() == 0)
            return DbError{DbError::Kind::NotFound,
                           QCoreApplication::translate("Database", "There is no lead with id %1.").arg(id)};
    }
    return report;
}

} // namespace outreach
