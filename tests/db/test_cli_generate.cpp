// `outreach generate` as a process: killed mid-run and started again it
// finishes every lead exactly once, and the fake server (in this process)
// answered each lead once, except at most those in flight at the kill.
#include "CampaignRepository.h"
#include "ClaimRepository.h"
#include "FakeLlmServer.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "llm/PriceTable.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

const QString kKey = u"sk-cli-test"_s;

qint64 addCampaign(Database &db, int leads, Channel channel = Channel::Email)
{
    LeadRepository leadRepo(db);
    for (int i = 1; i <= leads; ++i) {
        Lead lead = makeLead(i);
        if (!leadRepo.insert(lead).ok())
            return 0;
    }
    Campaign campaign = makeCampaign(u"CLI"_s, channel);
    const auto id = CampaignRepository(db).create(campaign);
    return id ? id.value() : 0;
}

QProcessEnvironment environment(bool withKey)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"CEREBRAS_API_KEY"_s);
    env.remove(u"OUTREACH_API_KEY"_s);
    if (withKey)
        env.insert(u"OUTREACH_API_KEY"_s, kKey);
    return env;
}

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the CLI to its end while this process's event loop keeps serving.
Result runCli(const QStringList &args, bool withKey = true, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(environment(withKey));
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(OUTREACH_CLI_PATH), args);
    Result r;
    if (!done.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

qint64 storedCount(Database &db, qint64 campaignId)
{
    const auto n = MessageRepository(db).count(campaignId);
    return n ? n.value() : -1;
}

} // namespace

class TestCliGenerate : public QObject
{
    Q_OBJECT

private slots:
    void killedRunResumesWithoutPayingTwice()
    {
        OUTREACH_TEST_DB(t);
        const int leads = 60;
        const qint64 id = addCampaign(t.db(), leads);
        QVERIFY(id > 0);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(200);
        const QStringList args{
            u"generate"_s,   QString::number(id), u"--db"_s,          t.url(),
            u"--provider"_s, u"openai"_s,         u"--base-url"_s,    server.baseUrl().toString(),
            u"--model"_s,    u"fake-model"_s,     u"--concurrency"_s, u"8"_s,
            u"--json"_s};

        QProcess first;
        first.setProcessEnvironment(environment(true));
        first.start(QStringLiteral(OUTREACH_CLI_PATH), args);
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(storedCount(t.db(), id) >= 20, 30000);
        first.kill();
        QVERIFY(first.waitForFinished(5000));
        // Requests the killed process had sent may still sit unread in the
        // server's sockets: wait until the server has read them and seen
        // every connection close, they were in flight too.
        QTRY_VERIFY_WITH_TIMEOUT(server.openConnections() == 0, 10000);
        const qint64 storedAtKill = storedCount(t.db(), id);
        const int answeredAtKill = int(server.answeredLeads().size());
        const int unstoredAnswers = answeredAtKill - int(storedAtKill); // in flight when killed
        QVERIFY2(storedAtKill < leads, "the run finished before it could be killed");
        QVERIFY2(unstoredAnswers <= 10, qPrintable(QString::number(unstoredAnswers)));

        const Result second = runCli(args);
        QCOMPARE(second.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(summary.value(u"skipped"_s).toInt(), int(storedAtKill));
        QCOMPARE(summary.value(u"generated"_s).toInt(), leads - int(storedAtKill));
        for (const QString &key :
             {u"campaign_id"_s, u"failed"_s, u"requests"_s, u"retries"_s, u"elapsed_s"_s,
              u"messages_per_minute"_s, u"prompt_tokens"_s, u"completion_tokens"_s, u"cost_usd"_s})
            QVERIFY2(summary.contains(key), qPrintable(key));
        QVERIFY(summary.value(u"latency_ms"_s).toObject().contains(u"p95"_s));

        const auto messages = MessageRepository(t.db()).list(id);
        QVERIFY(messages.ok());
        QCOMPARE(messages->size(), leads);
        QSet<qint64> leadIds;
        int paidAnswers = 0;
        for (const MessageWithLead &m : messages.value()) {
            leadIds.insert(m.message.leadId);
            QCOMPARE(m.message.status, GenerationStatus::Generated);
            paidAnswers += m.message.attempts;
        }
        QCOMPARE(leadIds.size(), leads); // no lead stored twice
        QCOMPARE(paidAnswers, leads);    // one successful paid answer stored per lead
        QStringList answered = server.answeredLeads();
        const int duplicates = int(answered.size() - QSet<QString>(answered.begin(), answered.end()).size());
        QVERIFY2(duplicates <= unstoredAnswers,
                 qPrintable(u"%1 answered twice, %2 in flight"_s.arg(duplicates).arg(unstoredAnswers)));
        QCOMPARE(QSet<QString>(answered.begin(), answered.end()).size(), leads);
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Ready);
    }

    // Issue 11 item 3: two runs on one campaign, started together or one
    // while the other is under way, share the leads; the server sees every
    // lead's prompt exactly once and both runs print their JSON.
    void twoRunsShareTheWork_data()
    {
        QTest::addColumn<int>("startSecondAfterRequests");
        QTest::newRow("started together") << 0;
        QTest::newRow("second starts mid-run") << 25;
    }

    void twoRunsShareTheWork()
    {
        QFETCH(int, startSecondAfterRequests);
        OUTREACH_TEST_DB(t);
        const int leads = 100;
        const qint64 id = addCampaign(t.db(), leads);
        QVERIFY(id > 0);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(100);
        const QStringList args{
            u"generate"_s,   QString::number(id), u"--db"_s,          t.url(),
            u"--provider"_s, u"openai"_s,         u"--base-url"_s,    server.baseUrl().toString(),
            u"--model"_s,    u"fake-model"_s,     u"--concurrency"_s, u"4"_s,
            u"--json"_s};
        QProcess first;
        QProcess second;
        for (QProcess *p : {&first, &second})
            p->setProcessEnvironment(environment(true));
        QSignalSpy firstDone(&first, &QProcess::finished);
        QSignalSpy secondDone(&second, &QProcess::finished);
        first.start(QStringLiteral(OUTREACH_CLI_PATH), args);
        if (startSecondAfterRequests > 0)
            QTRY_VERIFY_WITH_TIMEOUT(server.chatRequestCount() >= startSecondAfterRequests, 30000);
        second.start(QStringLiteral(OUTREACH_CLI_PATH), args);
        QTRY_COMPARE_WITH_TIMEOUT(firstDone.size() + secondDone.size(), 2, 120000);

        int generated = 0;
        int leftToOther = 0;
        for (QProcess *p : {&first, &second}) {
            const QByteArray err = p->readAllStandardError();
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QVERIFY2(p->exitCode() == 0, err.constData());
            QJsonParseError parseError;
            const QJsonObject summary =
                QJsonDocument::fromJson(p->readAllStandardOutput(), &parseError).object();
            QVERIFY2(parseError.error == QJsonParseError::NoError, err.constData());
            QCOMPARE(summary.value(u"failed"_s).toInt(), 0);
            QVERIFY(summary.contains(u"claimed_elsewhere"_s));
            generated += summary.value(u"generated"_s).toInt();
            leftToOther += summary.value(u"claimed_elsewhere"_s).toInt();
            QVERIFY2(!err.contains("duplicate key") && !err.contains("aborted"), err.constData());
        }
        QCOMPARE(generated, leads);
        if (startSecondAfterRequests > 0)
            QVERIFY(leftToOther > 0); // the second run met the first one's claims and said so

        QHash<QString, int> prompts;
        for (const FakeRequest &r : server.requests())
            ++prompts[r.leadName];
        QCOMPARE(prompts.size(), leads);
        for (auto it = prompts.cbegin(); it != prompts.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(u"%1 was requested %2 times"_s.arg(it.key()).arg(it.value())));
        QCOMPARE(storedCount(t.db(), id), qint64(leads));
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Ready);
    }

    // Issue 11 item 4: a campaign budget holds although runs are killed
    // (kill -9) again and again mid-run: what the server billed never
    // exceeds it, and the books account for every billed answer.
    void killedRunsNeverOverspendTheBudget()
    {
        OUTREACH_TEST_DB(t);
        const int leads = 100;
        LeadRepository leadRepo(t.db());
        for (int i = 1; i <= leads; ++i) {
            Lead lead = makeLead(i);
            QVERIFY(leadRepo.insert(lead).ok());
        }
        Campaign campaign = makeCampaign(u"Budget"_s, Channel::Email);
        campaign.budgetUsd = 0.05;
        const auto id = CampaignRepository(t.db()).create(campaign);
        QVERIFY(id.ok());
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(300);
        const QString model = u"gpt-oss-120b"_s;
        const double perAnswer =
            PriceTable::builtIn().cost(model, 150, 240); // what FakeReply::completion bills
        QVERIFY(perAnswer > 0);
        const QStringList args{u"generate"_s,      QString::number(id.value()),
                               u"--db"_s,          t.url(),
                               u"--provider"_s,    u"openai"_s,
                               u"--base-url"_s,    server.baseUrl().toString(),
                               u"--model"_s,       model,
                               u"--concurrency"_s, u"8"_s,
                               u"--json"_s};
        int rebought = 0;
        for (int round = 0; round < 3; ++round) {
            QProcess run;
            run.setProcessEnvironment(environment(true));
            QSignalSpy done(&run, &QProcess::finished);
            const int before = server.chatRequestCount();
            run.start(QStringLiteral(OUTREACH_CLI_PATH), args);
            QVERIFY(run.waitForStarted());
            // Killed with requests in flight (300 ms each, 8 at once).
            QTRY_VERIFY_WITH_TIMEOUT(server.chatRequestCount() >= before + 6 || !done.isEmpty(), 30000);
            if (!done.isEmpty())
                break; // the budget ran out before this round could be killed
            run.kill();
            QVERIFY(done.wait(10000));
        }
        const Result last = runCli(args);
        QCOMPARE(last.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(last.out).object();
        QVERIFY2(summary.value(u"budget_reached"_s).toBool(), last.err.constData());
        rebought += summary.value(u"rebought"_s).toInt();
        QVERIFY(summary.contains(u"rebought_usd"_s));
        QVERIFY2(rebought > 0, last.out.constData()); // the killed runs' in-flight leads were bought again

        const double billed = server.answeredLeads().size() * perAnswer;
        qInfo("billed %g, %lld answers, summary %s", billed, qint64(server.answeredLeads().size()),
              QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
        const Campaign after = CampaignRepository(t.db()).get(id.value()).value();
        const double reserved = ClaimRepository(t.db()).reservedUsd(id.value()).value();
        QVERIFY2(billed <= campaign.budgetUsd + 1e-12,
                 qPrintable(u"billed %1 of a %2 budget"_s.arg(billed).arg(campaign.budgetUsd)));
        QVERIFY2(
            after.costTotal + reserved >= billed - 1e-12,
            qPrintable(
                u"recorded %1 + reserved %2 < billed %3"_s.arg(after.costTotal).arg(reserved).arg(billed)));
        QVERIFY2(after.costTotal + reserved <= campaign.budgetUsd + 1e-12,
                 qPrintable(u"recorded %1 + reserved %2"_s.arg(after.costTotal).arg(reserved)));
    }

    // Issue 11 items 7, 8, 12: bad numbers and database URLs are refused at
    // the door (exit 2, a clear message, no file created); global options
    // may come before the command.
    void badInputIsRefusedAtTheDoor_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("campaign budget nan")
            << QStringList{u"campaigns"_s, u"create"_s, u"--name"_s,   u"X"_s,
                           u"--channel"_s, u"email"_s,  u"--budget"_s, u"nan"_s}
            << u"--budget"_s;
        QTest::newRow("generate budget nan")
            << QStringList{u"generate"_s, u"1"_s, u"--budget"_s, u"nan"_s} << u"--budget"_s;
        QTest::newRow("generate budget inf")
            << QStringList{u"generate"_s, u"1"_s, u"--budget"_s, u"inf"_s} << u"--budget"_s;
        QTest::newRow("generate timeout nan")
            << QStringList{u"generate"_s, u"1"_s, u"--timeout"_s, u"NaN"_s} << u"--timeout"_s;
        QTest::newRow("unknown scheme")
            << QStringList{u"campaigns"_s, u"list"_s, u"--db"_s, u"mysql://u@h/db"_s} << u"mysql"_s;
        QTest::newRow("empty db") << QStringList{u"campaigns"_s, u"list"_s, u"--db"_s, u""_s} << u"--db"_s;
        QTest::newRow("missing folder")
            << QStringList{u"campaigns"_s, u"list"_s, u"--db"_s, u"@TMP@/no/such/folder/x.sqlite"_s}
            << u"does not exist"_s;
    }

    void badInputIsRefusedAtTheDoor()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        args.replaceInStrings(u"@TMP@"_s, dir.path());
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFileInfo::exists(dir.path() + u"/no"_s));
        QVERIFY(!QFileInfo::exists(u"mysql:"_s));
    }

    void globalOptionsBeforeTheCommand()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = addCampaign(t.db(), 1);
        const Result r = runCli({u"--db"_s, t.url(), u"--json"_s, u"campaigns"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray campaigns = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(campaigns.size(), 1);
        QCOMPARE(campaigns.first().toObject().value(u"id"_s).toInteger(), id);
    }

    void missingKeyIsOneClearMessage()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = addCampaign(t.db(), 2);
        const Result r = runCli({u"generate"_s, QString::number(id), u"--db"_s, t.url()}, false);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(u"CEREBRAS_API_KEY"_s) && err.contains(u"--provider offline"_s),
                 qPrintable(err));
        QCOMPARE(storedCount(t.db(), id), 0);
    }

    void offlineGenerateThenListShowEditRegenerate()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = addCampaign(t.db(), 5, Channel::Sms);
        const QStringList db{u"--db"_s, t.url()};
        const Result gen = runCli(
            QStringList{u"generate"_s, QString::number(id), u"--provider"_s, u"offline"_s, u"--json"_s} + db,
            false);
        QCOMPARE(gen.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(gen.out).object().value(u"generated"_s).toInt(), 5);

        const Result list =
            runCli(QStringList{u"messages"_s, u"list"_s, QString::number(id), u"--json"_s} + db);
        QCOMPARE(list.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(array.size(), 5);
        const QJsonObject first = array.first().toObject();
        for (const QString &key : {u"id"_s, u"lead_id"_s, u"email"_s, u"status"_s, u"variants"_s,
                                   u"latency_ms"_s, u"cost_usd"_s, u"error"_s})
            QVERIFY2(first.contains(key), qPrintable(key));
        QCOMPARE(first.value(u"variants"_s).toArray().size(), 3);
        const QString messageId = QString::number(first.value(u"id"_s).toInteger());

        const Result show = runCli(QStringList{u"messages"_s, u"show"_s, messageId, u"--json"_s} + db);
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(show.out).object().value(u"id"_s).toInteger(),
                 messageId.toLongLong());

        const QString longBody(200, u'x');
        const Result edit = runCli(
            QStringList{u"messages"_s, u"edit"_s, messageId, u"--variant"_s, u"1"_s, u"--body"_s, longBody} +
            db);
        QCOMPARE(edit.exitCode, 0);
        QVERIFY2(QString::fromUtf8(edit.err).contains(u"segment"_s),
                 edit.err.constData()); // SMS limit warning
        const Message edited = MessageRepository(t.db()).get(messageId.toLongLong()).value();
        QCOMPARE(edited.variants.at(1).body, longBody);
        QVERIFY(edited.variants.at(1).edited);

        const Result regen = runCli(QStringList{u"messages"_s, u"regenerate"_s, messageId, u"--variant"_s,
                                                u"1"_s, u"--provider"_s, u"offline"_s} +
                                        db,
                                    false);
        QCOMPARE(regen.exitCode, 0);
        const Message after = MessageRepository(t.db()).get(messageId.toLongLong()).value();
        QVERIFY(after.variants.at(1).body != longBody);
        QCOMPARE(after.variants.at(0).body, edited.variants.at(0).body);
        QCOMPARE(after.variants.at(2).body, edited.variants.at(2).body);

        QCOMPARE(runCli(QStringList{u"messages"_s, u"edit"_s, messageId, u"--variant"_s, u"7"_s, u"--body"_s,
                                    u"x"_s} +
                        db)
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliGenerate)
#include "test_cli_generate.moc"
