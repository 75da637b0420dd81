#include "SuppressionRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

Suppression fromQuery(const QSqlQuery &q)
{
    Suppression s;
    s.id = q.value(0).toLongLong();
    s.kind = suppressionKindFromString(q.value(1).toString()).value_or(SuppressionKind::Email);
    s.value = q.value(2).toString();
    s.reason = suppressionReasonFromString(q.value(3).toString()).value_or(SuppressionReason::DoNotContact);
    s.source = q.value(4).toString();
    s.createdAt = sendtime::read(q.value(5));
    return s;
}

} // namespace

QString SuppressionRepository::normalize(SuppressionKind kind, const QString &value)
{
    QString v = value.trimmed();
    switch (kind) {
    case SuppressionKind::Email:
        return v.toLower();
    case SuppressionKind::Domain:
        if (v.startsWith(u'@'))
            v.remove(0, 1);
        return v.toLower();
    case SuppressionKind::Phone: {
        QString digits;
        for (const QChar c : v) {
            if (c.isDigit())
                digits.append(c);
        }
        return digits.isEmpty() ? QString() : u"+"_s + digits;
    }
    }
    return v;
}

SuppressionKind SuppressionRepository::guessKind(const QString &value)
{
    const QString v = value.trimmed();
    if (v.contains(u'@') && !v.startsWith(u'@'))
        return SuppressionKind::Email;
    if (v.startsWith(u'+') || (!v.isEmpty() && v.front().isDigit() && !v.contains(u'.')))
        return SuppressionKind::Phone;
    return SuppressionKind::Domain;
}

DbResult<bool> SuppressionRepository::add(SuppressionKind kind, const QString &value,
                                          SuppressionReason reason, const QString &source)
{
    const QString normalized = normalize(kind, value);
    if (normalized.isEmpty())
        return DbError{DbError::Kind::Invalid,
                       QCoreApplication::translate("Database", "\"%1\" is not a %2 to suppress.")
                           .arg(value, toString(kind))};
    // Cached: inbox sync suppresses per bounce and opt-out in bulk.
    QSqlQuery &q = m_db.cached(u"INSERT INTO suppressions (kind, value, reason, source, created_at) VALUES "
                               "(?, ?, ?, ?, ?) ON CONFLICT (kind, value) DO NOTHING"_s);
    q.addBindValue(toString(kind));
    q.addBindValue(normalized);
    q.addBindValue(toString(reason));
    q.addBindValue(sqlText(source));
    q.addBindValue(sendtime::bind(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("Database", "Cannot suppress \"%1\"").arg(normalized));
    return q.numRowsAffected() > 0;
}

DbResult<bool> SuppressionRepository::remove(SuppressionKind kind, const QString &value)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM suppressions WHERE kind = ? AND value = ?"_s);
    q.addBindValue(toString(kind));
    q.addBindValue(normalize(kind, value));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot remove \"%1\" from the suppression list")
                                                 .arg(value));
    return q.numRowsAffected() > 0;
}

DbResult<QList<Suppression>> SuppressionRepository::list() const
{
    QSqlQuery q = m_db.prepare(
        u"SELECT id, kind, value, reason, source, created_at FROM suppressions ORDER BY kind, value"_s);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read the suppression list"));
    QList<Suppression> list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

DbResult<std::optional<Suppression>> SuppressionRepository::find(const QString &email,
                                                                 const QString &phone) const
{
    const QString e = normalize(SuppressionKind::Email, email);
    const QString domain = e.contains(u'@') ? e.section(u'@', -1) : QString();
    const QString p = normalize(SuppressionKind::Phone, phone);
    QSqlQuery &q = m_db.cached(u"SELECT id, kind, value, reason, source, created_at FROM suppressions WHERE "
                               "(kind = 'email' AND value = ?) OR (kind = 'domain' AND value = ?) OR "
                               "(kind = 'phone' AND value = ?) ORDER BY id LIMIT 1"_s);
    // Empty values match nothing: CHECK (value <> '') keeps them out.
    q.addBindValue(sqlText(e));
    q.addBindValue(sqlText(domain));
    q.addBindValue(sqlText(p));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read the suppression list"));
    std::optional<Suppression> found;
    if (q.next())
        found = fromQuery(q);
    q.finish();
    return found;
}

DbResult<bool> SuppressionRepository::isSuppressed(const QString &email, const QString &phone) const
{
    auto found = find(email, phone);
    if (!found)
        return found.error();
    return found->has_value();
}

} // namespace outreach
