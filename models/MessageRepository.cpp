#include "MessageRepository.h"
#include "LeadQualification.h"
#include "LeadRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

const QString kColumns = u"m.id, m.campaign_id, m.lead_id, m.status, m.error, m.attempts, m.latency_ms, "
                         "m.prompt_tokens, m.completion_tokens, m.cost_usd, m.assigned_variant, m.pinned, "
                         "m.created_at, m.updated_at, m.version, m.approved"_s;
constexpr int kColumnCount = 16;

Message fromQuery(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.campaignId = q.value(1).toLongLong();
    m.leadId = q.value(2).toLongLong();
    m.status = generationStatusFromString(q.value(3).toString()).value_or(GenerationStatus::Pending);
    m.error = q.value(4).toString();
    m.attempts = q.value(5).toInt();
    m.latencyMs = q.value(6).toInt();
    m.promptTokens = q.value(7).toInt();
    m.completionTokens = q.value(8).toInt();
    m.costUsd = q.value(9).toDouble();
    if (!q.isNull(10))
        m.assignedVariant = q.value(10).toInt();
    m.pinned = q.value(11).toBool();
    m.createdAt = q.value(12).toDateTime();
    m.updatedAt = q.value(13).toDateTime();
    m.version = q.value(14).toInt();
    m.approved = q.value(15).toBool();
    return m;
}

QString flagsJson(const QStringList &flags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(flags)).toJson(QJsonDocument::Compact));
}

QStringList flagsFrom(const QVariant &value)
{
    QStringList flags;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        flags.append(item.toString());
    return flags;
}

Variant variantFromQuery(const QSqlQuery &q, int c)
{
    Variant v;
    v.id = q.value(c).toLongLong();
    v.index = q.value(c + 1).toInt();
    v.tone = toneFromString(q.value(c + 2).toString()).value_or(Tone::Professional);
    if (!q.isNull(c + 3))
        v.subject = q.value(c + 3).toString();
    v.body = q.value(c + 4).toString();
    v.edited = q.value(c + 5).toBool();
    v.flags = flagsFrom(q.value(c + 6));
    v.version = q.value(c + 7).toInt();
    return v;
}

const QString kVariantColumns = u"id, variant_index, tone, subject, body, edited, flags, version"_s;

QVariant nullableText(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

DbResult<QList<Variant>> MessageRepository::variantsOf(qint64 messageId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kVariantColumns +
                               u" FROM message_variants WHERE message_id = ? ORDER BY variant_index"_s);
    q.addBindValue(messageId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot read the variants of message %1").arg(messageId));
    QList<Variant> variants;
    while (q.next())
        variants.append(variantFromQuery(q, 0));
    return variants;
}

DbStatus MessageRepository::loadVariants(QList<Message *> messages) const
{
    if (messages.isEmpty())
        return Ok{};
    // One query per page of messages rather than one per message.
    QHash<qint64, Message *> byId;
    QStringList placeholders;
    for (Message *m : messages) {
        byId.insert(m->id, m);
        placeholders << u"?"_s;
    }
    QSqlQuery q = m_db.prepare(u"SELECT message_id, "_s + kVariantColumns +
                               u" FROM message_variants WHERE message_id IN ("_s + placeholders.join(u',') +
                               u") ORDER BY message_id, variant_index"_s);
    for (Message *m : messages)
        q.addBindValue(m->id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read message variants"));
    while (q.next()) {
        if (Message *m = byId.value(q.value(0).toLongLong()))
            m->variants.append(variantFromQuery(q, 1));
    }
    return Ok{};
}

DbResult<Message> MessageRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM campaign_messages m WHERE m.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read message %1").arg(id));
    if (!q.next())
        return DbError{DbError::Kind::NotFound,
                       QCoreApplication::translate("Database", "There is no message with id %1.").arg(id)};
    Message message = fromQuery(q);
    auto variants = variantsOf(id);
    if (!variants)
        return variants.error();
    message.variants = variants.value();
    return message;
}

DbResult<std::optional<Message>> MessageRepository::find(qint64 campaignId, qint64 leadId) const
{
    QSqlQuery q =
        m_db.prepare(u"SELECT m.id FROM campaign_messages m WHERE m.campaign_id = ? AND m.lead_id = ?"_s);
    q.addBindValue(campaignId);
    q.addBindValue(leadId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot look up a message"));
    if (!q.next())
        return std::optional<Message>();
    auto message = get(q.value(0).toLongLong());
    if (!message)
        return message.error();
    return std::optional<Message>(message.value());
}

DbResult<QList<MessageWithLead>> MessageRepository::list(qint64 campaignId, const MessageFilter &filter) const
{
    QString sql = u"SELECT "_s + kColumns + u", "_s;
    QString leadColumns = LeadRepository::selectColumns();
    leadColumns.replace(u", "_s, u", l."_s);
    sql += u"l."_s + leadColumns +
           u" FROM campaign_messages m JOIN leads l ON l.id = m.lead_id WHERE m.campaign_id = ?"_s;
    if (filter.status)
        sql += u" AND m.status = ?"_s;
    sql += u" ORDER BY m.id"_s;
    if (filter.limit >= 0)
        sql += u" LIMIT ? OFFSET ?"_s;
    QSqlQuery q = m_db.prepare(sql);
    q.addBindValue(campaignId);
    if (filter.status)
        q.addBindValue(toString(*filter.status));
    if (filter.limit >= 0) {
        q.addBindValue(filter.limit);
        q.addBindValue(filter.offset);
    }
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("Database", "Cannot list the messages of campaign %1")
                               .arg(campaignId));
    QList<MessageWithLead> result;
    while (q.next())
        result.append(MessageWithLead{fromQuery(q), LeadRepository::fromQuery(q, kColumnCount)});
    QList<Message *> pointers;
    pointers.reserve(result.size());
    for (MessageWithLead &item : result)
        pointers.append(&item.message);
    // Bound the IN list: SQLite allows 32766 parameters, PostgreSQL 65535.
    for (qsizetype i = 0; i < pointers.size(); i += 500) {
        if (auto status = loadVariants(pointers.mid(i, 500)); !status)
            return status.error();
    }
    return result;
}

DbResult<qint64> MessageRepository::count(qint64 campaignId, std::optional<GenerationStatus> status) const
{
    QSqlQuery q = m_db.prepare(u"SELECT count(*) FROM campaign_messages WHERE campaign_id = ?"_s +
                               (status ? u" AND status = ?"_s : QString()));
    q.addBindValue(campaignId);
    if (status)
        q.addBindValue(toString(*status));
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot count messages"));
    return q.value(0).toLongLong();
}

DbResult<QList<Lead>> MessageRepository::leadsToGenerate(qint64 campaignId, int minScore, bool retryFailed,
                                                         int limit) const
{
    const QString done = retryFailed ? u"'generated', 'excluded'"_s : u"'generated', 'excluded', 'failed'"_s;
    // The campaign's channel decides which contact a lead needs to qualify.
    QString sql =
        u"SELECT "_s + LeadRepository::selectColumns() + u" FROM leads l WHERE "_s +
        LeadQualification::sqlScoredAndSendable(u"?"_s, u"l"_s) + u" AND "_s +
        LeadQualification::sqlHasContactFor(u"(SELECT c.channel FROM campaigns c WHERE c.id = ?)"_s, u"l"_s) +
        u" AND NOT EXISTS (SELECT 1 FROM "
        "campaign_messages m WHERE m.campaign_id = ? AND m.lead_id = l.id AND m.status IN ("_s +
        done + u")) ORDER BY l.qualification_score DESC, l.id"_s;
    if (limit >= 0)
        sql += u" LIMIT ?"_s;
    QSqlQuery q = m_db.prepare(sql);
    q.addBindValue(minScore);
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    if (limit >= 0)
        q.addBindValue(limit);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot find the leads to generate"));
    QList<Lead> leads;
    while (q.next())
        leads.append(LeadRepository::fromQuery(q));
    return leads;
}

DbStatus MessageRepository::saveResult(Message &message)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // One statement, insert or accumulate: two runs storing the same lead
    // (a lease that ran out while its run still went on) meet in the
    // UNIQUE (campaign_id, lead_id) index instead of failing on it. Cached:
    // a generation run stores thousands of these on one connection.
    QSqlQuery &q = m_db.cached(
        u"INSERT INTO campaign_messages (campaign_id, lead_id, status, error, attempts, latency_ms, "
        "prompt_tokens, completion_tokens, cost_usd, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, 1) ON CONFLICT (campaign_id, lead_id) DO UPDATE SET status = excluded.status, "
        "error = excluded.error, attempts = campaign_messages.attempts + excluded.attempts, latency_ms = "
        "excluded.latency_ms, prompt_tokens = campaign_messages.prompt_tokens + excluded.prompt_tokens, "
        "completion_tokens = campaign_messages.completion_tokens + excluded.completion_tokens, cost_usd = "
        "campaign_messages.cost_usd + excluded.cost_usd, updated_at = excluded.updated_at, version = "
        "campaign_messages.version + 1 RETURNING id, attempts, prompt_tokens, completion_tokens, cost_usd, "
        "version"_s);
    q.addBindValue(message.campaignId);
    q.addBindValue(message.leadId);
    q.addBindValue(toString(message.status));
    q.addBindValue(sqlText(message.error));
    q.addBindValue(message.attempts);
    q.addBindValue(message.latencyMs);
    q.addBindValue(message.promptTokens);
    q.addBindValue(message.completionTokens);
    q.addBindValue(message.costUsd);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec() || !q.next()) {
        const DbError error = m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("Database", "Cannot store the message for lead %1")
                               .arg(message.leadId));
        q.finish();
        return error;
    }
    message.id = q.value(0).toLongLong();
    message.attempts = q.value(1).toInt();
    message.promptTokens = q.value(2).toInt();
    message.completionTokens = q.value(3).toInt();
    message.costUsd = q.value(4).toDouble();
    message.version = q.value(5).toInt();
    q.finish();
    if (message.variants.isEmpty())
        return Ok{};
    // Each variant is written over the one stored at its index (UNIQUE
    // (message_id, variant_index)), nothing is read or deleted first. A
    // rewritten variant starts again at version 1, as a new one would.
    QSqlQuery &ins = m_db.cached(
        u"INSERT INTO message_variants (message_id, variant_index, tone, subject, body, edited, flags, "
        "version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (message_id, variant_index) DO UPDATE SET "
        "tone = excluded.tone, subject = excluded.subject, body = excluded.body, edited = excluded.edited, "
        "flags = excluded.flags, version = 1 RETURNING id"_s);
    for (Variant &v : message.variants) {
        ins.addBindValue(message.id);
        ins.addBindValue(v.index);
        ins.addBindValue(toString(v.tone));
        ins.addBindValue(nullableText(v.subject));
        ins.addBindValue(sqlText(v.body));
        ins.addBindValue(v.edited);
        ins.addBindValue(flagsJson(v.flags));
        if (!ins.exec() || !ins.next()) {
            const DbError error =
                m_db.errorFrom(ins.lastError(),
                               QCoreApplication::translate("Database", "Cannot store a variant of message %1")
                                   .arg(message.id));
            ins.finish();
            return error;
        }
        v.id = ins.value(0).toLongLong();
        v.version = 1;
        ins.finish();
    }
    return Ok{};
}

DbResult<Variant> MessageRepository::updateVariant(qint64 messageId, int index,
                                                   const std::optional<QString> &subject, const QString &body,
                                                   int expectedVersion, bool edited)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE message_variants SET subject = ?, body = ?, edited = ?, version = version + 1 "
                     "WHERE message_id = ? AND variant_index = ? AND version = ?"_s);
    q.addBindValue(nullableText(subject));
    q.addBindValue(sqlText(body));
    q.addBindValue(edited);
    q.addBindValue(messageId);
    q.addBindValue(index);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot save variant %1 of message %2")
                                  .arg(index)
                                  .arg(messageId));
    auto variants = variantsOf(messageId);
    if (!variants)
        return variants.error();
    for (const Variant &v : variants.value()) {
        if (v.index != index)
            continue;
        if (q.numRowsAffected() == 0)
            return DbError{DbError::Kind::Conflict,
                           QCoreApplication::translate(
                               "Database",
                               "Variant %1 of message %2 was changed by someone else (version %3, you edited "
                               "version %4).")
                               .arg(index)
                               .arg(messageId)
                               .arg(v.version)
                               .arg(expectedVersion)};
        return v;
    }
    return DbError{
        DbError::Kind::NotFound,
        QCoreApplication::translate("Database", "Message %1 has no variant %2.").arg(messageId).arg(index)};
}

DbStatus MessageRepository::replaceVariant(qint64 messageId, const Variant &v)
{
    QSqlQuery &q = m_db.cached(u"UPDATE message_variants SET subject = ?, body = ?, edited = ?, flags = ?, "
                               "version = version + 1 WHERE message_id = ? AND variant_index = ?"_s);
    q.addBindValue(nullableText(v.subject));
    q.addBindValue(sqlText(v.body));
    q.addBindValue(false);
    q.addBindValue(flagsJson(v.flags));
    q.addBindValue(messageId);
    q.addBindValue(v.index);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("Database", "Cannot replace variant %1 of message %2")
                               .arg(v.index)
                               .arg(messageId));
    if (q.numRowsAffected() == 0)
        return DbError{DbError::Kind::NotFound,
                       QCoreApplication::translate("Database", "Message %1 has no variant %2.")
                           .arg(messageId)
                           .arg(v.index)};
    return Ok{};
}

DbStatus MessageRepository::setAssignedVariant(qint64 messageId, std::optional<int> index, bool pinned)
{
    // Once the test runs, assignments are fixed: changing one would move
    // events between variants and corrupt the comparison.
    QSqlQuery q =
        m_db.prepare(u"UPDATE campaign_messages SET assigned_variant = ?, pinned = ?, updated_at = ?, "
                     "version = version + 1 WHERE id = ? AND (SELECT c.status FROM campaigns c WHERE "
                     "c.id = campaign_messages.campaign_id) IN ('draft', 'generating', 'ready')"_s);
    q.addBindValue(index ? QVariant(*index) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(pinned);
    q.addBindValue(QDateTime::currentDateTimeUtc());
    q.addBindValue(messageId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot assign a variant to message %1").arg(messageId));
    if (q.numRowsAffected() == 0) {
        auto message = get(messageId);
        if (!message)
            return message.error();
        return DbError{
            DbError::Kind::Invalid,
            QCoreApplication::translate(
                "Database",
                "Message %1 belongs to a campaign whose A/B test has started; its variant can no longer "
                "be changed.")
                .arg(messageId)};
    }
    return Ok{};
}

DbStatus MessageRepository::setApproved(qint64 messageId, bool approved)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE campaign_messages SET approved = ?, updated_at = ?, version = version + 1 "
                     "WHERE id = ?"_s);
    q.addBindValue(approved);
    q.addBindValue(QDateTime::currentDateTimeUtc());
    q.addBindValue(messageId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot approve message %1").arg(messageId));
    if (q.numRowsAffected() == 0)
        return DbError{
            DbError::Kind::NotFound,
            QCoreApplication::translate("Database", "There is no message with id %1.").arg(messageId)};
    return Ok{};
}

DbStatus MessageRepository::setStatus(qint64 messageId, GenerationStatus status)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE campaign_messages SET status = ?, updated_at = ?, version = version + 1 "
                     "WHERE id = ?"_s);
    q.addBindValue(toString(status));
    q.addBindValue(QDateTime::currentDateTimeUtc());
    q.addBindValue(messageId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot change message %1").arg(messageId));
    if (q.numRowsAffected() == 0)
        return DbError{
            DbError::Kind::NotFound,
            QCoreApplication::translate("Database", "There is no message with id %1.").arg(messageId)};
    return Ok{};
}

} // namespace outreach
