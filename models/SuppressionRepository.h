// The suppression list shared by all campaigns: addresses, phone numbers and
// domains that are never sent to (unsubscribed, hard-bounced, complained,
// do not contact). Values are stored normalized (lower-case email and
// domain, E.164 phone) by normalize(), so every caller matches the same way.
#pragma once

#include "Database.h"
#include "Sending.h"

#include <QList>

namespace outreach {

class SuppressionRepository
{
public:
    explicit SuppressionRepository(Database &db)
        : m_db(db)
    {}

    // The stored form of a value ("Ada@Example.COM " -> "ada@example.com").
    static QString normalize(SuppressionKind kind, const QString &value);
    // email / phone / domain from the value's shape ("@" = email, leading "+"
    // or digits = phone, else domain).
    static SuppressionKind guessKind(const QString &value);

    // Idempotent: adding a suppressed value again keeps the first entry and
    // returns false; true when it was new.
    DbResult<bool> add(SuppressionKind kind, const QString &value, SuppressionReason reason,
                       const QString &source);
    // True when removed, false when it was not on the list.
    DbResult<bool> remove(SuppressionKind kind, const QString &value);
    DbResult<QList<Suppression>> list() const;
    // An email is suppressed by itself or its domain; a phone by itself.
    DbResult<std::optional<Suppression>> find(const QString &email, const QString &phone) const;
    DbResult<bool> isSuppressed(const QString &email, const QString &phone) const;

private:
    Database &m_db;
};

} // namespace outreach
