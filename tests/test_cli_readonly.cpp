// A SQLite database file the user may read but not write (issue 11 item 11):
// `leads list` and `campaigns list` work; a write fails with exit 1 and an
// error naming the file. SQLite only: PostgreSQL has no file to protect.
// Run as root, the CLI runs as "nobody" (root may write any file).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

uid_t g_uid = 0;
gid_t g_gid = 0;

Run run(QStringList args, const QString &db, bool asReader)
{
    args << u"--db"_s << db;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"OUTREACH_DB"_s);
    process.setProcessEnvironment(env);
    if (asReader && g_uid != 0) {
        process.setChildProcessModifier([] {
            // Between fork and exec: only async-signal-safe calls.
            if (::setgroups(0, nullptr) != 0 || ::setgid(g_gid) != 0 || ::setuid(g_uid) != 0)
                ::_exit(99);
        });
    }
    process.start(QString::fromUtf8(OUTREACH_CLI_PATH), args);
    if (!process.waitForFinished(60000))
        return {};
    return Run{process.exitCode(), process.readAllStandardOutput(),
               QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCliReadOnly : public QObject
{
    Q_OBJECT

private slots:
    void readsWorkWritesNameTheFile_data()
    {
        QTest::addColumn<bool>("folderWritable");
        QTest::addColumn<QString>("journal");
        QTest::newRow("WAL, folder writable") << true << u"WAL"_s;
        // SQLite cannot create the WAL's -shm file: read as the file is on disk.
        QTest::newRow("WAL, folder read-only too") << false << u"WAL"_s;
        QTest::newRow("rollback journal") << true << u"DELETE"_s;
    }

    void readsWorkWritesNameTheFile()
    {
        QFETCH(bool, folderWritable);
        QFETCH(QString, journal);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"team.sqlite"_s);
        QFile csv(dir.filePath(u"leads.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Email,First Name,Company,Qualification Score\n"
                  "a@example.com,Ada,Acme,90\nb@example.com,Bob,Acme,80\n");
        csv.close();
        QCOMPARE(run({u"leads"_s, u"import"_s, csv.fileName()}, db, false).exitCode, 0);
        QCOMPARE(
            run({u"campaigns"_s, u"create"_s, u"--name"_s, u"Q4"_s, u"--channel"_s, u"email"_s}, db, false)
                .exitCode,
            0);
        {
            QSqlDatabase sqlite = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"journal"_s);
            sqlite.setDatabaseName(db);
            QVERIFY(sqlite.open());
            QVERIFY(QSqlQuery(sqlite).exec(u"PRAGMA journal_mode = "_s + journal));
            sqlite.close();
        }
        QSqlDatabase::removeDatabase(u"journal"_s);

        const QByteArray folder = QFile::encodeName(dir.path());
        if (::geteuid() == 0) {
            const passwd *nobody = ::getpwnam("nobody");
            QVERIFY(nobody);
            g_uid = nobody->pw_uid;
            g_gid = nobody->pw_gid;
            // The reader owns the file, but it is read-only; the folder is
            // the reader's (SQLite may add its -shm file there) or root's.
            if (folderWritable)
                QVERIFY(::chown(folder.constData(), g_uid, g_gid) == 0);
            QVERIFY(::chown(QFile::encodeName(db).constData(), g_uid, g_gid) == 0);
        }
        QVERIFY(::chmod(folder.constData(), folderWritable ? 0755 : 0555) == 0);
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0444) == 0);

        Run r = run({u"leads"_s, u"list"_s, u"--json"_s}, db, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
        r = run({u"campaigns"_s, u"list"_s, u"--json"_s}, db, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        r = run({u"leads"_s, u"list"_s}, db, true);
        QVERIFY2(r.exitCode == 0 && r.out.contains("a@example.com"), qPrintable(r.err));

        const QList<QStringList> writes{
            {u"campaigns"_s, u"create"_s, u"--name"_s, u"Q1"_s, u"--channel"_s, u"email"_s},
            {u"leads"_s, u"import"_s, csv.fileName()},
            {u"campaigns"_s, u"delete"_s, u"1"_s}};
        for (const QStringList &write : writes) {
            r = run(write, db, true);
            QVERIFY2(r.exitCode == 1, qPrintable(write.join(u' ') + u": "_s + r.err));
            QVERIFY2(r.err.contains(QDir(dir.path()).absoluteFilePath(u"team.sqlite"_s)) &&
                         r.err.contains(u"read-only"_s),
                     qPrintable(write.join(u' ') + u": "_s + r.err));
        }
        r = run({u"campaigns"_s, u"list"_s, u"--json"_s}, db, true);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1); // nothing was written
        QVERIFY(::chmod(folder.constData(), 0755) == 0);            // for the clean-up
    }
};

QTEST_GUILESS_MAIN(TestCliReadOnly)
#include "test_cli_readonly.moc"
