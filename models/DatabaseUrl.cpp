#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace outreach {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<DatabaseUrl> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("Database", "The database URL is empty."));

    DatabaseUrl result;
    // Schemes are case-insensitive (RFC 3986); anything that looks like one
    // and is not ours is an error, never a file named after the URL.
    static const QRegularExpression schemePattern(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_s);
    if (const auto m = schemePattern.match(trimmed); m.hasMatch()) {
        const QString scheme = m.captured(1).toLower();
        if (scheme != u"postgresql" && scheme != u"postgres" && scheme != u"sqlite")
            return fail(QCoreApplication::translate(
                            "Database", "Unknown database URL scheme \"%1\": use sqlite:PATH, a path, or "
                                        "postgresql://user@host:port/db.")
                            .arg(m.captured(1)));
    }
    const QString lower = trimmed.left(16).toLower();
    if (lower.startsWith(u"postgresql://") || lower.startsWith(u"postgres://")) {
        const qsizetype schemeEnd = trimmed.indexOf(u"://");
        const QString normalized = trimmed.left(schemeEnd).toLower() + trimmed.mid(schemeEnd);
        // libpq accepts a percent-encoded socket directory as the host
        // (postgresql://user@%2Fvar%2Frun%2Fpostgresql/db); QUrl does not.
        QString text = normalized;
        QString socketDir;
        const qsizetype authority = text.indexOf(u"//") + 2;
        const qsizetype pathStart = text.indexOf(u'/', authority);
        const qsizetype at = text.lastIndexOf(u'@', pathStart);
        const qsizetype hostStart = at >= authority ? at + 1 : authority;
        if (pathStart > hostStart && text.mid(hostStart, 3).compare(u"%2F", Qt::CaseInsensitive) == 0) {
            socketDir = QUrl::fromPercentEncoding(text.mid(hostStart, pathStart - hostStart).toUtf8());
            text.replace(hostStart, pathStart - hostStart, u"localhost"_s);
        }
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return fail(QCoreApplication::translate("Database", "The PostgreSQL URL is not valid: %1")
                            .arg(url.errorString()));
        result.backend = Backend::Postgresql;
        result.user = url.userName(QUrl::FullyDecoded);
        result.password = url.password(QUrl::FullyDecoded);
        result.host = url.host(QUrl::FullyDecoded);
        result.port = url.port(5432);
        result.database = url.path(QUrl::FullyDecoded).mid(1);
        const QUrlQuery query(url);
        if (query.hasQueryItem(u"host"_s))
            result.host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
        if (!socketDir.isEmpty())
            result.host = socketDir;
        if (result.host.isEmpty())
            result.host = u"localhost"_s;
        if (result.database.isEmpty())
            return fail(QCoreApplication::translate("Database", "The PostgreSQL URL names no database: "
                                                                "use postgresql://user@host:port/dbname."));
        return result;
    }
    result.backend = Backend::Sqlite;
    QString path = trimmed;
    if (lower.startsWith(u"sqlite://"))
        path = path.mid(9);
    else if (lower.startsWith(u"sqlite:"))
        path = path.mid(7);
    if (path.isEmpty())
        return fail(QCoreApplication::translate("Database", "The SQLite URL names no file."));
    result.path = path == u":memory:" ? path : QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return result;
}

QString DatabaseUrl::displayName() const
{
    if (isSqlite())
        return path;
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return u"postgresql://"_s + who + host + u':' + QString::number(port) + u'/' + database;
}

} // namespace outreach
