#include "CampaignRepository.h"
#include "CampaignLifecycle.h"
#include "LeadQualification.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

const QString kColumns =
    u"id, name, channel, status, min_score, template, custom_context, provider, model, "
    "sender_name, sender_signature, winner_metric, min_sample, min_detectable_lift, alpha, "
    "budget_usd, custom_char_limit, custom_has_subject, cost_total, created_at, updated_at, "
    "version, test_mode, planned_sends, test_share, deadline"_s;
constexpr int kColumnCount = 26;

Campaign fromQuery(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.channel = channelFromString(q.value(2).toString()).value_or(Channel::Email);
    c.status = campaignStatusFromString(q.value(3).toString()).value_or(CampaignStatus::Draft);
    c.minScore = q.value(4).toInt();
    c.templateText = q.value(5).toString();
    c.customContext = q.value(6).toString();
    c.provider = q.value(7).toString();
    c.model = q.value(8).toString();
    c.senderName = q.value(9).toString();
    c.senderSignature = q.value(10).toString();
    c.winnerMetric = winnerMetricFromString(q.value(11).toString()).value_or(WinnerMetric::Reply);
    c.minSample = q.value(12).toInt();
    c.minDetectableLift = q.value(13).toDouble();
    c.alpha = q.value(14).toDouble();
    c.budgetUsd = q.value(15).toDouble();
    c.customCharLimit = q.value(16).toInt();
    c.customHasSubject = q.value(17).toBool();
    c.costTotal = q.value(18).toDouble();
    c.createdAt = q.value(19).toDateTime();
    c.updatedAt = q.value(20).toDateTime();
    c.version = q.value(21).toInt();
    c.testMode = testModeFromString(q.value(22).toString()).value_or(TestMode::Sequential);
    c.plannedSends = q.value(23).toLongLong();
    c.testShare = q.value(24).toDouble();
    c.deadline = q.isNull(25) ? QDateTime() : q.value(25).toDateTime().toUTC();
    return c;
}

void bindEditable(QSqlQuery &q, const Campaign &c)
{
    q.addBindValue(sqlText(c.name));
    q.addBindValue(toString(c.channel));
    q.addBindValue(c.minScore);
    q.addBindValue(sqlText(c.templateText));
    q.addBindValue(sqlText(c.customContext));
    q.addBindValue(sqlText(c.provider));
    q.addBindValue(sqlText(c.model));
    q.addBindValue(sqlText(c.senderName));
    q.addBindValue(sqlText(c.senderSignature));
    q.addBindValue(toString(c.winnerMetric));
    q.addBindValue(c.minSample);
    q.addBindValue(c.minDetectableLift);
    q.addBindValue(c.alpha);
    q.addBindValue(c.budgetUsd);
    q.addBindValue(c.customCharLimit);
    q.addBindValue(c.customHasSubject);
    q.addBindValue(toString(c.testMode));
    q.addBindValue(c.plannedSends);
    q.addBindValue(c.testShare);
    q.addBindValue(c.deadline.isValid() ? QVariant(c.deadline.toUTC())
                                        : QVariant(QMetaType::fromType<QDateTime>()));
}

QString summarySelect()
{
    const QString scored = LeadQualification::sqlScoredAndSendable(u"c.min_score"_s, u"l"_s);
    const QString contact = LeadQualification::sqlHasContactFor(u"c.channel"_s, u"l"_s);
    return u"SELECT c.id, c.name, c.channel, c.status, c.min_score, c.template, c.custom_context, "
           "c.provider, c.model, c.sender_name, c.sender_signature, c.winner_metric, c.min_sample, "
           "c.min_detectable_lift, c.alpha, c.budget_usd, c.custom_char_limit, c.custom_has_subject, "
           "c.cost_total, c.created_at, c.updated_at, c.version, c.test_mode, c.planned_sends, c.test_share, "
           "c.deadline, (SELECT count(*) FROM leads l WHERE "_s +
           scored + u" AND "_s + contact +
           u"), "
           "(SELECT count(*) FROM campaign_messages m WHERE m.campaign_id = c.id AND m.status = "
           "'generated'), "
           "(SELECT count(*) FROM campaign_messages m WHERE m.campaign_id = c.id AND m.status = 'failed'), "
           "(SELECT count(*) FROM leads l WHERE "_s +
           scored + u" AND NOT "_s + contact + u") FROM campaigns c"_s;
}

CampaignSummary summaryFromQuery(const QSqlQuery &q)
{
    CampaignSummary s{fromQuery(q), q.value(kColumnCount).toLongLong(),
                      q.value(kColumnCount + 1).toLongLong(), q.value(kColumnCount + 2).toLongLong()};
    s.leftOut = q.value(kColumnCount + 3).toLongLong();
    return s;
}

} // namespace

DbResult<qint64> CampaignRepository::create(Campaign &c)
{
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO campaigns (name, channel, min_score, template, custom_context, provider, "
        u"model, sender_name, "
        "sender_signature, winner_metric, min_sample, min_detectable_lift, alpha, budget_usd, "
        "custom_char_limit, "
        "custom_has_subject, test_mode, planned_sends, test_share, deadline, status, created_at, "
        "updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"_s);
    bindEditable(q, c);
    q.addBindValue(toString(c.status));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot create the campaign \"%1\"").arg(c.name));
    c.id = q.value(0).toLongLong();
    c.createdAt = c.updatedAt = now;
    c.version = 1;
    return c.id;
}

DbResult<Campaign> CampaignRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM campaigns WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read campaign %1").arg(id));
    if (!q.next())
        return DbError{DbError::Kind::NotFound,
                       QCoreApplication::translate("Database", "There is no campaign with id %1.").arg(id)};
    return fromQuery(q);
}

DbResult<QList<Campaign>> CampaignRepository::list() const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM campaigns ORDER BY id"_s);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot list campaigns"));
    QList<Campaign> result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

DbResult<QList<CampaignSummary>> CampaignRepository::summaries() const
{
    QSqlQuery q = m_db.prepare(summarySelect() + u" ORDER BY c.id"_s);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot list campaigns"));
    QList<CampaignSummary> result;
    while (q.next())
        result.append(summaryFromQuery(q));
    return result;
}

DbResult<CampaignSummary> CampaignRepository::summary(qint64 id) const
{
    QSqlQuery q = m_db.prepare(summarySelect() + u" WHERE c.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read campaign %1").arg(id));
    if (!q.next())
        return DbError{DbError::Kind::NotFound,
                       QCoreApplication::translate("Database", "There is no campaign with id %1.").arg(id)};
    return summaryFromQuery(q);
}

DbStatus CampaignRepository::update(Campaign &c)
{
    QSqlQuery q = m_db.prepare(
        u"UPDATE campaigns SET name = ?, channel = ?, min_score = ?, template = ?, custom_context = ?, "
        u"provider = ?, "
        "model = ?, sender_name = ?, sender_signature = ?, winner_metric = ?, min_sample = ?, "
        "min_detectable_lift = ?, alpha = ?, budget_usd = ?, custom_char_limit = ?, custom_has_subject = ?, "
        "test_mode = ?, planned_sends = ?, test_share = ?, deadline = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    bindEditable(q, c);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    q.addBindValue(now);
    q.addBindValue(c.id);
    q.addBindValue(c.version);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot update the campaign \"%1\"").arg(c.name));
    if (q.numRowsAffected() == 0) {
        auto current = get(c.id);
        if (!current)
            return current.error();
        return DbError{
            DbError::Kind::Conflict,
            QCoreApplication::translate(
                "Database",
                "The campaign \"%1\" was changed by someone else (version %2, you edited version %3).")
                .arg(c.name)
                .arg(current->version)
                .arg(c.version)};
    }
    ++c.version;
    c.updatedAt = now;
    return Ok{};
}

DbStatus CampaignRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM campaigns WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot delete campaign %1").arg(id));
    if (q.numRowsAffected() == 0)
        return DbError{DbError::Kind::NotFound,
                       QCoreApplication::translate("Database", "There is no campaign with id %1.").arg(id)};
    return Ok{};
}

DbStatus CampaignRepository::setStatus(qint64 id, CampaignStatus to)
{
    auto current = get(id);
    if (!current)
        return current.error();
    const CampaignStatus from = current->status;
    if (const QString refusal = CampaignLifecycle::refusal(from, to); !refusal.isEmpty())
        return DbError{DbError::Kind::Invalid, refusal};
    // Guarded by the old status, so two clients cannot both make the same move.
    QSqlQuery q = m_db.prepare(u"UPDATE campaigns SET status = ?, updated_at = ?, version = version + 1 "
                               "WHERE id = ? AND status = ?"_s);
    q.addBindValue(toString(to));
    q.addBindValue(QDateTime::currentDateTimeUtc());
    q.addBindValue(id);
    q.addBindValue(toString(from));
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot change the status of campaign %1").arg(id));
    if (q.numRowsAffected() == 0)
        return DbError{DbError::Kind::Conflict,
                       QCoreApplication::translate(
                           "Database", "Campaign %1 changed status while this change was being made.")
                           .arg(id)};
    return Ok{};
}

DbResult<qint64> CampaignRepository::countQualifying(const Campaign &campaign) const
{
    QSqlQuery q = m_db.prepare(u"SELECT count(*) FROM leads l WHERE "_s +
                               LeadQualification::sqlQualifies(campaign.channel, u"?"_s, u"l"_s));
    q.addBindValue(campaign.minScore);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot count qualifying leads"));
    return q.value(0).toLongLong();
}

DbResult<qint64> CampaignRepository::countLeftOut(const Campaign &campaign) const
{
    QSqlQuery q = m_db.prepare(u"SELECT count(*) FROM leads l WHERE "_s +
                               LeadQualification::sqlScoredAndSendable(u"?"_s, u"l"_s) + u" AND NOT "_s +
                               LeadQualification::sqlHasContact(campaign.channel, u"l"_s));
    q.addBindValue(campaign.minScore);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot count qualifying leads"));
    return q.value(0).toLongLong();
}

DbStatus CampaignRepository::refreshCostTotal(qint64 id)
{
    QSqlQuery &q = m_db.cached(u"UPDATE campaigns SET cost_total = (SELECT COALESCE(SUM(cost_usd), 0) FROM "
                               "campaign_messages WHERE campaign_id = ?) WHERE id = ?"_s);
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot update the cost of campaign %1").arg(id));
    return Ok{};
}

} // namespace outreach
