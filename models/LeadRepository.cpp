#include "LeadRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

QJsonObject fromJson(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString escapeLike(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'%', u"\\%"_s);
    text.replace(u'_', u"\\_"_s);
    return u'%' + text + u'%';
}

} // namespace

QString LeadRepository::selectColumns()
{
    return u"id, email, first_name, last_name, title, company, industry, linkedin_url, phone, website, "
           "location, qualification_score, qualification_reasoning, research, enrichment, custom_fields, "
           "created_at, updated_at, version, excluded_from_sending"_s;
}

Lead LeadRepository::fromQuery(const QSqlQuery &q, int c)
{
    Lead lead;
    lead.id = q.value(c + 0).toLongLong();
    lead.email = q.value(c + 1).toString();
    lead.firstName = q.value(c + 2).toString();
    lead.lastName = q.value(c + 3).toString();
    lead.title = q.value(c + 4).toString();
    lead.company = q.value(c + 5).toString();
    lead.industry = q.value(c + 6).toString();
    lead.linkedinUrl = q.value(c + 7).toString();
    lead.phone = q.value(c + 8).toString();
    lead.website = q.value(c + 9).toString();
    lead.location = q.value(c + 10).toString();
    if (!q.isNull(c + 11))
        lead.qualificationScore = q.value(c + 11).toInt();
    lead.qualificationReasoning = q.value(c + 12).toString();
    lead.setResearchJson(fromJson(q.value(c + 13)));
    lead.setEnrichmentJson(fromJson(q.value(c + 14)));
    lead.customFields = fromJson(q.value(c + 15));
    lead.createdAt = q.value(c + 16).toDateTime();
    lead.updatedAt = q.value(c + 17).toDateTime();
    lead.version = q.value(c + 18).toInt();
    lead.excludedFromSending = q.value(c + 19).toBool();
    return lead;
}

void LeadRepository::bindFields(QSqlQuery &q, const Lead &lead) const
{
    // Named placeholders: QtSql formats a name for every positional value it
    // binds, which a bulk import pays for 17 times per row.
    q.bindValue(u":email"_s,
                lead.email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(lead.email));
    q.bindValue(u":first_name"_s, sqlText(lead.firstName));
    q.bindValue(u":last_name"_s, sqlText(lead.lastName));
    q.bindValue(u":title"_s, sqlText(lead.title));
    q.bindValue(u":company"_s, sqlText(lead.company));
    q.bindValue(u":industry"_s, sqlText(lead.industry));
    q.bindValue(u":linkedin_url"_s, sqlText(lead.linkedinUrl));
    q.bindValue(u":phone"_s, sqlText(lead.phone));
    q.bindValue(u":website"_s, sqlText(lead.website));
    q.bindValue(u":location"_s, sqlText(lead.location));
    q.bindValue(u":qualification_score"_s, lead.qualificationScore ? QVariant(*lead.qualificationScore)
                                                                   : QVariant(QMetaType::fromType<int>()));
    q.bindValue(u":qualification_reasoning"_s, sqlText(lead.qualificationReasoning));
    q.bindValue(u":research"_s, lead.researchJsonText());
    q.bindValue(u":enrichment"_s, lead.enrichmentJsonText());
    q.bindValue(u":custom_fields"_s, Lead::jsonText(lead.customFields));
}

QVariant LeadRepository::timestamp(const QDateTime &now)
{
    if (!m_db.dialect().bindsTimestampsAsText())
        return now;
    // The text QSQLite makes of a QDateTime, made once per millisecond instead
    // of twice per row: a bulk import writes thousands of rows per millisecond.
    if (now.toMSecsSinceEpoch() != m_stampMs) {
        m_stampMs = now.toMSecsSinceEpoch();
        m_stampText = now.toString(Qt::ISODateWithMs);
    }
    return m_stampText;
}

DbResult<qint64> LeadRepository::insert(Lead &lead)
{
    auto id = insertIfNew(lead);
    if (!id)
        return id.error();
    if (!id.value())
        return DbError{DbError::Kind::Constraint,
                       QCoreApplication::translate("Database", "A lead with the email %1 already exists.")
                           .arg(lead.email)};
    return *id.value();
}

DbResult<std::optional<qint64>> LeadRepository::insertIfNew(Lead &lead)
{
    // DO NOTHING without a target covers the case-insensitive email index;
    // other constraint failures still raise.
    // SQLite runs RETURNING through a temporary table per statement, which
    // costs more than the insert: there the row count and rowid say the same.
    static const QString insertSql =
        u"INSERT INTO leads (email, first_name, last_name, title, company, industry, linkedin_url, phone, "
        "website, location, qualification_score, qualification_reasoning, research, enrichment, "
        "custom_fields, "
        "created_at, updated_at, version) VALUES (:email, :first_name, :last_name, :title, :company, "
        ":industry, "
        ":linkedin_url, :phone, :website, :location, :qualification_score, :qualification_reasoning, "
        ":research, "
        ":enrichment, :custom_fields, :created_at, :updated_at, 1) "
        "ON CONFLICT DO NOTHING"_s;
    static const QString returningSql = insertSql + u" RETURNING id"_s;
    const bool returning = m_db.dialect().returningIsCheap();
    // Held for the repository's life: looking the statement up by its text
    // costs a hash of the whole SQL per row.
    if (!m_insertQuery)
        m_insertQuery = &m_db.cached(returning ? returningSql : insertSql);
    QSqlQuery &q = *m_insertQuery;
    bindFields(q, lead);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVariant stamp = timestamp(now);
    q.bindValue(u":created_at"_s, stamp);
    q.bindValue(u":updated_at"_s, stamp);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("Database", "Cannot add the lead %1").arg(lead.email));
    if (returning) {
        const bool inserted = q.next();
        if (inserted)
            lead.id = q.value(0).toLongLong();
        q.finish();
        if (!inserted)
            return std::optional<qint64>();
    } else {
        if (q.numRowsAffected() == 0)
            return std::optional<qint64>();
        lead.id = q.lastInsertId().toLongLong();
    }
    lead.createdAt = now;
    lead.updatedAt = now;
    lead.version = 1;
    return std::optional<qint64>(lead.id);
}

DbStatus LeadRepository::update(Lead &lead)
{
    QSqlQuery &q = m_db.cached(
        u"UPDATE leads SET email = :email, first_name = :first_name, last_name = :last_name, title = :title, "
        "company = :company, industry = :industry, linkedin_url = :linkedin_url, phone = :phone, "
        "website = :website, location = :location, qualification_score = :qualification_score, "
        "qualification_reasoning = :qualification_reasoning, research = :research, enrichment = :enrichment, "
        "custom_fields = :custom_fields, updated_at = :updated_at, version = version + 1 "
        "WHERE id = :id AND version = :version"_s);
    bindFields(q, lead);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    q.bindValue(u":updated_at"_s, timestamp(now));
    q.bindValue(u":id"_s, lead.id);
    q.bindValue(u":version"_s, lead.version);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot update the lead %1").arg(lead.email));
    if (q.numRowsAffected() == 0) {
        auto current = get(lead.id);
        if (!current)
            return current.error();
        return DbError{
            DbError::Kind::Conflict,
            QCoreApplication::translate(
                "Database", "The lead %1 was changed by someone else (version %2, you edited version %3).")
                .arg(lead.email)
                .arg(current->version)
                .arg(lead.version)};
    }
    ++lead.version;
    lead.updatedAt = now;
    return Ok{};
}

DbResult<Lead> LeadRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + selectColumns() + u" FROM leads WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read lead %1").arg(id));
    if (!q.next())
        return DbError{DbError::Kind::NotFound,
                       QCoreApplication::translate("Database", "There is no lead with id %1.").arg(id)};
    return fromQuery(q);
}

DbResult<std::optional<Lead>> LeadRepository::findByEmail(const QString &email) const
{
    QSqlQuery &q = m_db.cached(u"SELECT "_s + selectColumns() +
                               u" FROM leads WHERE email IS NOT NULL AND lower(email) = lower(?)"_s);
    q.addBindValue(email);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("Database", "Cannot look up the lead %1").arg(email));
    std::optional<Lead> found;
    if (q.next())
        found = fromQuery(q);
    q.finish();
    return found;
}

QString LeadRepository::whereClause(const LeadFilter &filter, QVariantList &binds) const
{
    // Leads deleted while a started test needs them are gone for the user.
    QStringList conditions{u"NOT excluded_from_sending"_s};
    if (filter.minScore) {
        conditions << u"qualification_score >= ?"_s;
        binds << *filter.minScore;
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const QString like = m_db.dialect().caseInsensitiveLike();
        QStringList any;
        for (const char *column : {"first_name", "last_name", "email", "company", "title"}) {
            any << QString::fromLatin1(column) + u' ' + like + u" ? ESCAPE '\\'"_s;
            binds << escapeLike(search);
        }
        conditions << u'(' + any.join(u" OR "_s) + u')';
    }
    return u" WHERE "_s + conditions.join(u" AND "_s);
}

DbResult<QList<Lead>> LeadRepository::list(const LeadFilter &filter) const
{
    QVariantList binds;
    QString sql = u"SELECT "_s + selectColumns() + u" FROM leads"_s + whereClause(filter, binds);
    const QString dir = filter.descending ? u" DESC"_s : u" ASC"_s;
    switch (filter.sort) {
    case LeadFilter::Sort::Score:
        // NULL scores last in both directions, on both backends.
        sql += u" ORDER BY (qualification_score IS NULL), qualification_score"_s + dir + u", id"_s + dir;
        break;
    case LeadFilter::Sort::Name:
        sql += u" ORDER BY last_name"_s + dir + u", first_name"_s + dir + u", id"_s + dir;
        break;
    case LeadFilter::Sort::Company:
        sql += u" ORDER BY company"_s + dir + u", id"_s + dir;
        break;
    case LeadFilter::Sort::Title:
        sql += u" ORDER BY title"_s + dir + u", id"_s + dir;
        break;
    case LeadFilter::Sort::Email:
        sql += u" ORDER BY email"_s + dir + u", id"_s + dir;
        break;
    case LeadFilter::Sort::Created:
        sql += u" ORDER BY id"_s + dir;
        break;
    }
    if (filter.limit >= 0) {
        sql += u" LIMIT ? OFFSET ?"_s;
        binds << filter.limit << filter.offset;
    }
    QSqlQuery q = m_db.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate("Database", "Cannot list leads"));
    QList<Lead> leads;
    while (q.next())
        leads.append(fromQuery(q));
    return leads;
}

DbResult<qint64> LeadRepository::count(const LeadFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q = m_db.prepare(u"SELECT count(*) FROM leads"_s + whereClause(filter, binds));
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate("Database", "Cannot count leads"));
    return q.value(0).toLongLong();
}

DbStatus LeadRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM leads WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot delete lead %1").arg(id));
    if (q.numRowsAffected() == 0)
        return DbError{DbError::Kind::NotFound,
                       QCoreApplication::translate("Database", "There is no lead with id %1.").arg(id)};
    return Ok{};
}

DbResult<LeadRepository::Upserted> LeadRepository::upsert(Lead &lead, OnDuplicate onDuplicate)
{
    // Most rows of an import are new: try the insert first and look the
    // existing lead up only when the email is taken.
    auto inserted = insertIfNew(lead);
    if (!inserted)
        return inserted.error();
    if (inserted.value())
        return Upserted::Inserted;
    {
        auto existing = findByEmail(lead.email);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            if (onDuplicate == OnDuplicate::Skip)
                return Upserted::Skipped;
            // A re-import updates what the file says and keeps what it does
            // not: a file without research columns must not erase research.
            Lead merged = *existing.value();
            const auto take = [](QString &into, const QString &from) {
                if (!from.isEmpty())
                    into = from;
            };
            const auto takeList = [](QStringList &into, const QStringList &from) {
                if (!from.isEmpty())
                    into = from;
            };
            take(merged.firstName, lead.firstName);
            take(merged.lastName, lead.lastName);
            take(merged.title, lead.title);
            take(merged.company, lead.company);
            take(merged.industry, lead.industry);
            take(merged.linkedinUrl, lead.linkedinUrl);
            take(merged.phone, lead.phone);
            take(merged.website, lead.website);
            take(merged.location, lead.location);
            if (lead.qualificationScore)
                merged.qualificationScore = lead.qualificationScore;
            take(merged.qualificationReasoning, lead.qualificationReasoning);
            takeList(merged.painPoints, lead.painPoints);
            takeList(merged.buyingSignals, lead.buyingSignals);
            take(merged.researchNotes, lead.researchNotes);
            takeList(merged.technologies, lead.technologies);
            takeList(merged.recentNews, lead.recentNews);
            take(merged.companySize, lead.companySize);
            take(merged.annualRevenue, lead.annualRevenue);
            takeList(merged.keywords, lead.keywords);
            for (auto it = lead.customFields.begin(); it != lead.customFields.end(); ++it)
                merged.customFields.insert(it.key(), it.value());
            if (auto status = update(merged); !status)
                return status.error();
            lead = merged;
            return Upserted::Updated;
        }
    }
    // The conflict was not on the email (cannot happen with today's schema).
    return DbError{
        DbError::Kind::Constraint,
        QCoreApplication::translate("Database", "Cannot add the lead %1: it conflicts with an existing lead.")
            .arg(lead.email)};
}

DbResult<QStringList> LeadRepository::customFieldNames() const
{
    // Custom fields are per import, so a sample of recent leads finds them all
    // without scanning a million rows.
    QSqlQuery q = m_db.prepare(u"SELECT custom_fields FROM leads ORDER BY id DESC LIMIT 1000"_s);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read custom fields"));
    QSet<QString> seen;
    QStringList names;
    while (q.next()) {
        const QJsonObject object = fromJson(q.value(0));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                names.append(it.key());
            }
        }
    }
    return names;
}

} // namespace outreach
