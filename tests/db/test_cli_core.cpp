// The `outreach` CLI as a user runs it: a real process against the backend
// under test; JSON on stdout, diagnostics on stderr, exit codes 0/1/2.
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

class TestCliCore : public QObject
{
    Q_OBJECT

    Run run(const QString &db, QStringList args)
    {
        args << u"--db"_s << db;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"OUTREACH_DB"_s);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(OUTREACH_CLI_PATH), args);
        if (!process.waitForFinished(60000))
            return {};
        return Run{process.exitCode(), process.readAllStandardOutput(),
                   QString::fromUtf8(process.readAllStandardError())};
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    QTemporaryDir m_dir;

private slots:
    void initPrintsSchemaVersion()
    {
        OUTREACH_TEST_DB(t);
        const Run r = run(t.url(), {u"init"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(u"schema_version"_s).toInt(),
                 outreach::Database::latestSchemaVersion());
    }

    void importListCreateShowDelete()
    {
        OUTREACH_TEST_DB(t);
        const QString csv =
            writeFile(u"leads.csv"_s, "Email,First Name,Last Name,Company,Title,Qualification Score\n"
                                      "a@example.com,Ada,Lovelace,Analytical,CTO,91\n"
                                      "b@example.com,Bob,Builder,Acme,CEO,40\n"
                                      "broken,Bad,Row,X,Y,10\n"
                                      "c@example.com,Cy,Young,Acme,VP,75\n");
        Run r = run(t.url(), {u"leads"_s, u"import"_s, csv, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = r.json().object();
        QCOMPARE(o.value(u"imported"_s).toInt(), 3);
        QCOMPARE(o.value(u"updated"_s).toInt(), 0);
        QCOMPARE(o.value(u"skipped"_s).toInt(), 1);
        const QJsonObject error = o.value(u"errors"_s).toArray().at(0).toObject();
        QCOMPARE(error.value(u"line"_s).toInt(), 4);
        QCOMPARE(error.value(u"column"_s).toString(), u"Email"_s);
        QVERIFY(r.err.contains(u":4:"_s));

        r = run(t.url(), {u"leads"_s, u"import"_s, csv, u"--on-duplicate"_s, u"skip"_s, u"--json"_s});
        QCOMPARE(r.json().object().value(u"skipped"_s).toInt(), 4);

        r = run(t.url(), {u"leads"_s, u"list"_s, u"--min-score"_s, u"70"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray leads = r.json().array();
        QCOMPARE(leads.size(), 2);
        QCOMPARE(leads.at(0).toObject().value(u"email"_s).toString(), u"a@example.com"_s);
        for (const char *key :
             {"id", "email", "first_name", "last_name", "title", "company", "qualification_score"})
            QVERIFY2(leads.at(0).toObject().contains(QString::fromLatin1(key)), key);
        r = run(t.url(),
                {u"leads"_s, u"list"_s, u"--search"_s, u"acme"_s, u"--limit"_s, u"1"_s, u"--json"_s});
        QCOMPARE(r.json().array().size(), 1);

        r = run(t.url(),
                {u"campaigns"_s, u"create"_s, u"--name"_s, u"Q4"_s, u"--channel"_s, u"sms"_s,
                 u"--min-score"_s, u"70"_s, u"--template"_s, u"Hi {{first_name|there}}"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const int id = r.json().object().value(u"id"_s).toInt();
        QVERIFY(id > 0);
        r = run(t.url(), {u"campaigns"_s, u"show"_s, QString::number(id), u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        // The file has no phone numbers: nobody qualifies for SMS, and show says why.
        QCOMPARE(r.json().object().value(u"qualifying_leads"_s).toInt(), 0);
        const QJsonObject leftOut = r.json().object().value(u"left_out_leads"_s).toObject();
        QCOMPARE(leftOut.value(u"count"_s).toInt(), 2);
        QCOMPARE(leftOut.value(u"reason"_s).toString(), u"no phone number"_s);
        QCOMPARE(r.json().object().value(u"channel"_s).toString(), u"sms"_s);
        r = run(t.url(), {u"campaigns"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.json().array().size(), 1);
        r = run(t.url(), {u"campaigns"_s, u"delete"_s, QString::number(id)});
        QCOMPARE(r.exitCode, 0);
        r = run(t.url(), {u"campaigns"_s, u"show"_s, QString::number(id)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"no campaign"_s));
    }

    void badUsageAndBadInputExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
        QTest::newRow("missing file")
            << QStringList{u"leads"_s, u"import"_s, u"/nonexistent/x.csv"_s} << u"Cannot read"_s;
        QTest::newRow("unknown variable")
            << QStringList{u"campaigns"_s, u"create"_s, u"--name"_s,     u"X"_s,
                           u"--channel"_s, u"email"_s,  u"--template"_s, u"Hi {{frist_name}}"_s}
            << u"frist_name"_s;
        QTest::newRow("bad channel") << QStringList{u"campaigns"_s, u"create"_s,    u"--name"_s,
                                                    u"X"_s,         u"--channel"_s, u"fax"_s}
                                     << u"fax"_s;
        QTest::newRow("score out of range")
            << QStringList{u"leads"_s, u"list"_s, u"--min-score"_s, u"150"_s} << u"--min-score"_s;
        QTest::newRow("bad id") << QStringList{u"campaigns"_s, u"show"_s, u"abc"_s} << u"abc"_s;
        QTest::newRow("unknown option") << QStringList{u"leads"_s, u"list"_s, u"--bogus"_s} << u"bogus"_s;
    }

    void badUsageAndBadInputExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        OUTREACH_TEST_DB(t);
        const Run r = run(t.url(), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void noHeaderFileExitsTwo()
    {
        OUTREACH_TEST_DB(t);
        const QString csv = writeFile(u"nohdr.csv"_s, "Name,Company\nAda,Acme\n");
        const Run r = run(t.url(), {u"leads"_s, u"import"_s, csv});
        QCOMPARE(r.exitCode, 2);
    }

    // Issue 11 item 10: escape sequences in CSV cells reach the terminal
    // neither through import errors nor through `leads list`; the JSON keeps
    // the data as it was (escaped by JSON itself).
    void controlCharactersNeverReachTheTerminal()
    {
        OUTREACH_TEST_DB(t);
        const QByteArray attack = "\x1b]0;owned\x07\x1b[2J";
        const QString csv = writeFile(u"evil.csv"_s, "Email,First Name,Company\n" + attack +
                                                         ",Eve,Acme\n"
                                                         "ok@example.com,Mal" +
                                                         attack + ",Evil\u202e Corp\n");
        Run r = run(t.url(), {u"leads"_s, u"import"_s, csv});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u":2:"_s), qPrintable(r.err)); // the bad email, named by line
        const auto inert = [](const QByteArray &bytes) {
            return !bytes.contains('\x1b') && !bytes.contains('\x07') && !bytes.contains("\u202e");
        };
        QVERIFY2(inert(r.err.toUtf8()), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"\\x1B]0;owned\\x07\\x1B[2J"_s), qPrintable(r.err)); // shown, not run
        QVERIFY(inert(r.out));

        r = run(t.url(), {u"leads"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(inert(r.out), r.out.constData());
        QVERIFY2(r.out.contains("Mal\\x1B]0;owned"), r.out.constData());
        QVERIFY2(r.out.contains("Evil\\u202E Corp"), r.out.constData());

        r = run(t.url(), {u"leads"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.json().array().at(0).toObject().value(u"first_name"_s).toString(),
                 u"Mal"_s + QString::fromUtf8(attack));
    }

    // Issue 11 item 6: oversized cells (generated here: 100 KB and 4 MB) are
    // refused with file, line and column; the other rows import.
    void oversizedCellsAreRefusedByLine()
    {
        OUTREACH_TEST_DB(t);
        const QString csv = writeFile(u"big.csv"_s, "Email,Company,Notes\n"
                                                    "a@example.com,Acme,short\n"
                                                    "b@example.com,Acme,\"" +
                                                        QByteArray(100 * 1024, 'n') +
                                                        "\"\n"
                                                        "c@example.com," +
                                                        QByteArray(4 * 1024 * 1024, 'c') +
                                                        ",x\n"
                                                        "d@example.com,Acme,fine\n");
        const Run r = run(t.url(), {u"leads"_s, u"import"_s, csv});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(csv + u":3: column \"Notes\""_s), qPrintable(r.err.left(2000)));
        QVERIFY2(r.err.contains(csv + u":4: column \"Company\""_s), qPrintable(r.err.left(2000)));
        QVERIFY(r.err.size() < 2000); // the values are not quoted back
        const Run list = run(t.url(), {u"leads"_s, u"list"_s, u"--json"_s});
        QStringList emails;
        for (const QJsonValue &lead : list.json().array())
            emails.append(lead.toObject().value(u"email"_s).toString());
        emails.sort();
        QCOMPARE(emails, (QStringList{u"a@example.com"_s, u"d@example.com"_s}));
    }

    void unreachableDatabaseExitsOne()
    {
        const Run r = run(u"postgresql://nobody:hunter2@127.0.0.1:1/nodb"_s, {u"leads"_s, u"list"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"127.0.0.1"_s) && r.err.contains(u"nodb"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"hunter2"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliCore)
#include "test_cli_core.moc"
