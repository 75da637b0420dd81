// Reads and writes leads. Prepared statements only; updates are guarded by
// the row's version so a stale edit fails with a conflict instead of
// overwriting someone else's change.
#pragma once

#include "Database.h"
#include "Lead.h"

#include <QList>

namespace outreach {

struct LeadFilter
{
    std::optional<int> minScore;
    QString search; // matched against names, email, company and title
    enum class Sort { Score, Name, Company, Title, Email, Created };
    Sort sort = Sort::Score;
    bool descending = true;
    int limit = -1;
    qint64 offset = 0;
};

class LeadRepository
{
public:
    explicit LeadRepository(Database &db)
        : m_db(db)
    {}

    DbResult<qint64> insert(Lead &lead); // Constraint error if the email exists
    // Inserts unless the email exists (then returns nullopt, nothing written).
    DbResult<std::optional<qint64>> insertIfNew(Lead &lead);
    DbStatus update(Lead &lead); // bumps lead.version on success
    DbResult<Lead> get(qint64 id) const;
    DbResult<std::optional<Lead>> findByEmail(const QString &email) const;
    DbResult<QList<Lead>> list(const LeadFilter &filter) const;
    DbResult<qint64> count(const LeadFilter &filter) const;
    DbStatus remove(qint64 id);

    enum class Upserted { Inserted, Updated, Skipped };
    enum class OnDuplicate { Update, Skip };
    // Inserts, or handles a lead whose email already exists (case-insensitive).
    // The caller wraps many calls in one Transaction.
    DbResult<Upserted> upsert(Lead &lead, OnDuplicate onDuplicate);

    // Custom field names seen on any lead, for template validation.
    DbResult<QStringList> customFieldNames() const;

    static QString selectColumns();
    static Lead fromQuery(const QSqlQuery &query, int firstColumn = 0);

private:
    QString whereClause(const LeadFilter &filter, QVariantList &binds) const;
    void bindFields(QSqlQuery &query, const Lead &lead) const;
    QVariant timestamp(const QDateTime &now);

    Database &m_db;
    QSqlQuery *m_insertQuery = nullptr; // Database::cached() statement, kept for bulk inserts
    qint64 m_stampMs = -1;
    QString m_stampText;
};

} // namespace outreach
