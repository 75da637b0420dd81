// Parsing of --db / OUTREACH_DB URLs, and that no password is ever displayed.
#include "DatabaseUrl.h"

#include <QDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("path");
        QTest::newRow("sqlite prefix") << u"sqlite:/tmp/a.sqlite"_s << false << u""_s << 5432 << u""_s
                                       << u""_s << u""_s << u"/tmp/a.sqlite"_s;
        QTest::newRow("plain path") << u"/var/data/x.db"_s << false << u""_s << 5432 << u""_s << u""_s
                                    << u""_s << u"/var/data/x.db"_s;
        QTest::newRow("relative path") << u"rel/x.db"_s << false << u""_s << 5432 << u""_s << u""_s << u""_s
                                       << QDir::current().absoluteFilePath(u"rel/x.db"_s);
        QTest::newRow("postgres full")
            << u"postgresql://bob:pw@db.internal:6543/outreach"_s << true << u"db.internal"_s << 6543
            << u"outreach"_s << u"bob"_s << u"pw"_s << u""_s;
        QTest::newRow("postgres default port") << u"postgres://bob@localhost/o"_s << true << u"localhost"_s
                                               << 5432 << u"o"_s << u"bob"_s << u""_s << u""_s;
        QTest::newRow("encoded password") << u"postgresql://bob:p%40ss%2Fw@h/db"_s << true << u"h"_s << 5432
                                          << u"db"_s << u"bob"_s << u"p@ss/w"_s << u""_s;
        QTest::newRow("socket host") << u"postgresql://postgres@%2Fvar%2Frun%2Fpostgresql/db"_s << true
                                     << u"/var/run/postgresql"_s << 5432 << u"db"_s << u"postgres"_s << u""_s
                                     << u""_s;
        // Issue 11 item 8: schemes are case-insensitive.
        QTest::newRow("capital scheme") << u"PostgreSQL://app:Secr3tPw@host/db"_s << true << u"host"_s << 5432
                                        << u"db"_s << u"app"_s << u"Secr3tPw"_s << u""_s;
        QTest::newRow("capital sqlite") << u"SQLite:/tmp/b.sqlite"_s << false << u""_s << 5432 << u""_s
                                        << u""_s << u""_s << u"/tmp/b.sqlite"_s;
        QTest::newRow("socket query") << u"postgresql://postgres@/db?host=/tmp/pg"_s << true << u"/tmp/pg"_s
                                      << 5432 << u"db"_s << u"postgres"_s << u""_s << u""_s;
    }

    void parses()
    {
        QFETCH(QString, text);
        QString error;
        const auto url = DatabaseUrl::parse(text, &error);
        QVERIFY2(url.has_value(), qPrintable(error));
        QFETCH(bool, postgres);
        QCOMPARE(!url->isSqlite(), postgres);
        if (postgres) {
            QTEST(url->host, "host");
            QTEST(url->port, "port");
            QTEST(url->database, "database");
            QTEST(url->user, "user");
            QTEST(url->password, "password");
            QVERIFY(!url->displayName().contains(u":pw@"_s));
            if (!url->password.isEmpty())
                QVERIFY(!url->displayName().contains(url->password));
        } else {
            QTEST(url->path, "path");
        }
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << u""_s;
        QTest::newRow("no database") << u"postgresql://bob@host:5432/"_s;
        QTest::newRow("sqlite without file") << u"sqlite:"_s;
        QTest::newRow("unknown scheme") << u"mysql://u@h/db"_s;
        QTest::newRow("unknown scheme, capitals") << u"MySQL://u:pw@h/db"_s;
    }

    void rejects()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!DatabaseUrl::parse(text, &error).has_value());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "test_databaseurl.moc"
