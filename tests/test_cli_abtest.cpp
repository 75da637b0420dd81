// The A/B test from the command line, end to end through the real `outreach`
// binary: a campaign with generated messages (made through the repositories)
// is activated, gets events from a CSV file, is analysed and exported; exit
// codes and JSON keys are checked on the way.
#include "TestDatabase.h"
#include "db/AbTestFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run outreachCli(const QString &db, QStringList args)
{
    args << u"--db"_s << db;
    QProcess p;
    p.start(QStringLiteral(OUTREACH_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestCliAbTest : public QObject
{
    Q_OBJECT

private slots:
    void generatedToActiveToAnalysed()
    {
        OUTREACH_TEST_DB(t);
        QTemporaryDir dir;
        const AbCampaign c = makeAbCampaign(t.db(), 30);
        const QString id = QString::number(c.campaignId);
        const QString db = t.url();

        Run pin = outreachCli(
            db, {u"messages"_s, u"pin"_s, QString::number(c.messageIds[0]), u"--variant"_s, u"1"_s});
        QCOMPARE(pin.exitCode, 0);
        Run activate =
            outreachCli(db, {u"campaigns"_s, u"activate"_s, id, u"--seed"_s, u"17"_s, u"--json"_s});
        QVERIFY2(activate.exitCode == 0, activate.err.constData());
        const QJsonObject report = activate.json();
        QCOMPARE(report.value(u"seed"_s).toInteger(), 17);
        QCOMPARE(report.value(u"pinned"_s).toInteger(), 1);
        const QJsonObject assigned = report.value(u"assigned"_s).toObject();
        QCOMPARE(assigned.value(u"0"_s).toInteger() + assigned.value(u"1"_s).toInteger() +
                     assigned.value(u"2"_s).toInteger(),
                 29);
        Run again = outreachCli(db, {u"campaigns"_s, u"activate"_s, id});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains("already active"));

        // Every lead was sent; the first ten replied (SendGrid-style names).
        QFile csv(dir.filePath(u"events.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,event,timestamp\n");
        for (int i = 0; i < 30; ++i) {
            csv.write(u"lead%1@example.com,processed,1740837900\n"_s.arg(i).toUtf8());
            if (i < 10)
                csv.write(u"lead%1@example.com,reply,2025-03-02T10:00:00Z\n"_s.arg(i).toUtf8());
        }
        csv.write("nobody@example.com,open,1740837900\n");
        csv.close();
        Run import = outreachCli(db, {u"events"_s, u"import"_s, id, csv.fileName(), u"--json"_s});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        QCOMPARE(import.json().value(u"imported"_s).toInteger(), 40);
        QCOMPARE(import.json().value(u"duplicates"_s).toInteger(), 0);
        const QJsonArray errors = import.json().value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().value(u"line"_s).toInt(), 42);
        Run reimport = outreachCli(db, {u"events"_s, u"import"_s, id, csv.fileName(), u"--json"_s});
        QCOMPARE(reimport.json().value(u"imported"_s).toInteger(), 0);
        QCOMPARE(reimport.json().value(u"duplicates"_s).toInteger(), 40);

        Run analytics = outreachCli(db, {u"analytics"_s, id, u"--json"_s});
        QVERIFY2(analytics.exitCode == 0, analytics.err.constData());
        const QJsonObject a = analytics.json();
        for (const char *key : {"campaign_id", "metric", "alpha", "variants", "chi_square", "pairwise", "srm",
                                "winner", "sends_needed", "verdict", "mode", "decision", "rollout"})
            QVERIFY2(a.contains(QString::fromLatin1(key)), key);
        QCOMPARE(a.value(u"mode"_s).toString(), u"sequential"_s);
        QVERIFY(a.value(u"decision"_s).isNull());
        QCOMPARE(a.value(u"rollout"_s)[u"state"_s].toString(), u"none"_s);
        const QJsonObject firstPair = a.value(u"pairwise"_s).toArray().first().toObject();
        QVERIFY(firstPair.value(u"always_valid_p"_s).isDouble());
        QVERIFY(firstPair.value(u"confidence_sequence"_s)[u"low"_s].isDouble());
        QVERIFY(firstPair.value(u"confidence_sequence"_s)[u"high"_s].isDouble());
        QCOMPARE(a.value(u"campaign_id"_s).toInteger(), c.campaignId);
        QCOMPARE(a.value(u"metric"_s).toString(), u"reply"_s);
        qint64 sent = 0, replied = 0;
        for (const QJsonValue &v : a.value(u"variants"_s).toArray()) {
            sent += v[u"sent"_s].toInteger();
            replied += v[u"replied"_s].toInteger();
            QVERIFY(v.toObject().contains(u"prob_best"_s));
            QVERIFY(v.toObject().value(u"expected_loss"_s).isDouble());
        }
        QCOMPARE(sent, 30);
        QCOMPARE(replied, 10);
        QVERIFY(a.value(u"winner"_s).toObject().value(u"variant"_s).isNull());
        Run table = outreachCli(db, {u"analytics"_s, id, u"--metric"_s, u"open"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Verdict"));

        Run status = outreachCli(db, {u"messages"_s, u"set-status"_s, QString::number(c.messageIds[29]),
                                      u"clicked"_s, u"--json"_s});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.json().value(u"recorded"_s).toBool(), true);

        const QString exportPath = dir.filePath(u"out.csv"_s);
        Run exported = outreachCli(db, {u"export"_s, id, exportPath, u"--json"_s});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.json().value(u"exported"_s).toInteger(), 30);
        QVERIFY(QFile::exists(exportPath));

        QCOMPARE(outreachCli(db, {u"campaigns"_s, u"pause"_s, id}).exitCode, 0);
        QCOMPARE(outreachCli(db, {u"campaigns"_s, u"resume"_s, id}).exitCode, 0);
        QCOMPARE(outreachCli(db, {u"campaigns"_s, u"complete"_s, id}).exitCode, 0);
        Run resume = outreachCli(db, {u"campaigns"_s, u"resume"_s, id});
        QCOMPARE(resume.exitCode, 2);
        QCOMPARE(outreachCli(db, {u"campaigns"_s, u"archive"_s, id}).exitCode, 0);
    }

    void testShareHoldsLeadsBack()
    {
        OUTREACH_TEST_DB(t);
        const QString db = t.url();
        Run created =
            outreachCli(db, {u"campaigns"_s, u"create"_s, u"--name"_s, u"Share"_s, u"--channel"_s, u"email"_s,
                             u"--template"_s, u"Hi {{first_name|there}}"_s, u"--test-share"_s, u"0.3"_s,
                             u"--deadline"_s, u"2030-01-31"_s, u"--json"_s});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const qint64 id = created.json().value(u"id"_s).toInteger();
        auto campaign = CampaignRepository(t.db()).get(id);
        QCOMPARE(campaign->testShare, 0.3);
        QCOMPARE(campaign->deadline, QDateTime(QDate(2030, 1, 31), QTime(23, 59, 59), Qt::UTC));
        QVERIFY(campaign->testMode == TestMode::Sequential);
    }

    void createValidatesTheTestOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("names");
        QTest::newRow("share nan") << QStringList{u"--test-share"_s, u"nan"_s} << u"--test-share"_s;
        QTest::newRow("share inf") << QStringList{u"--test-share"_s, u"inf"_s} << u"--test-share"_s;
        QTest::newRow("share 0") << QStringList{u"--test-share"_s, u"0"_s} << u"--test-share"_s;
        QTest::newRow("share 1.5") << QStringList{u"--test-share"_s, u"1.5"_s} << u"--test-share"_s;
        QTest::newRow("share text") << QStringList{u"--test-share"_s, u"most"_s} << u"--test-share"_s;
        QTest::newRow("deadline") << QStringList{u"--deadline"_s, u"next friday"_s} << u"--deadline"_s;
        QTest::newRow("mode") << QStringList{u"--mode"_s, u"bayes"_s} << u"bayes"_s;
        QTest::newRow("fixed without plan") << QStringList{u"--mode"_s, u"fixed"_s} << u"--planned-sends"_s;
    }
    void createValidatesTheTestOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, names);
        OUTREACH_TEST_DB(t);
        const Run run = outreachCli(
            t.url(),
            QStringList{u"campaigns"_s, u"create"_s, u"--name"_s, u"X"_s, u"--channel"_s, u"email"_s} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(names), run.err.constData());
        QVERIFY(CampaignRepository(t.db()).list()->isEmpty());
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("missing event file")
            << QStringList{u"events"_s, u"import"_s, u"1"_s, u"/nonexistent.csv"_s};
        QTest::newRow("bad header") << QStringList{u"events"_s, u"import"_s, u"1"_s, u"@HEADER@"_s};
        QTest::newRow("bad metric") << QStringList{u"analytics"_s, u"1"_s, u"--metric"_s, u"ctr"_s};
        QTest::newRow("unknown campaign") << QStringList{u"analytics"_s, u"999"_s};
        QTest::newRow("bad seed") << QStringList{u"campaigns"_s, u"activate"_s, u"1"_s, u"--seed"_s, u"x"_s};
        QTest::newRow("bad variants")
            << QStringList{u"export"_s, u"1"_s, u"/tmp/x.csv"_s, u"--variants"_s, u"some"_s};
        QTest::newRow("bad status") << QStringList{u"messages"_s, u"set-status"_s, u"1"_s, u"liked"_s};
        QTest::newRow("pin without variant") << QStringList{u"messages"_s, u"pin"_s, u"1"_s};
        QTest::newRow("resume a ready campaign") << QStringList{u"campaigns"_s, u"resume"_s, u"1"_s};
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        OUTREACH_TEST_DB(t);
        QTemporaryDir dir;
        makeAbCampaign(t.db(), 3);
        QVERIFY(CampaignRepository(t.db()).get(1).ok());
        const QString header = dir.filePath(u"header.csv"_s);
        QFile file(header);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("who,what\na,b\n");
        file.close();
        args.replaceInStrings(u"@HEADER@"_s, header);
        if (args.first() == u"events"_s) // import needs an active campaign to reach the header check
            QCOMPARE(outreachCli(t.url(), {u"campaigns"_s, u"activate"_s, u"1"_s}).exitCode, 0);
        const Run run = outreachCli(t.url(), args);
        QVERIFY2(run.exitCode == 2, run.err.constData());
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAbTest)
#include "test_cli_abtest.moc"
