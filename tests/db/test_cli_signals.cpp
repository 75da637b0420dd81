// `outreach generate` as a process meeting Ctrl-C, SIGTERM and a refused key
// (issue 11 items 5 and 11): the first signal stops sending, stores what
// arrives, prints the JSON with "cancelled": true and leaves the campaign
// ready; a second one ends it at once; a 401 is one clean message.
#include "CampaignRepository.h"
#include "FakeLlmServer.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "TestData.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

const QString kKey = u"sk-cli-signals"_s;

qint64 addCampaign(Database &db, int leads)
{
    LeadRepository repo(db);
    for (int i = 1; i <= leads; ++i) {
        Lead lead = makeLead(i);
        if (!repo.insert(lead).ok())
            return 0;
    }
    Campaign campaign = makeCampaign(u"Signals"_s, Channel::Email);
    const auto id = CampaignRepository(db).create(campaign);
    return id ? id.value() : 0;
}

// The CLI as a child process; stderr collected as it comes.
class Cli
{
public:
    Cli()
        : finished(&process, &QProcess::finished)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"CEREBRAS_API_KEY"_s);
        env.insert(u"OUTREACH_API_KEY"_s, kKey);
        process.setProcessEnvironment(env);
        QObject::connect(&process, &QProcess::readyReadStandardError,
                         [this] { err += process.readAllStandardError(); });
    }
    void start(const QStringList &args) { process.start(QStringLiteral(OUTREACH_CLI_PATH), args); }
    void signal(int number) { ::kill(pid_t(process.processId()), number); }

    QProcess process;
    QSignalSpy finished;
    QByteArray err;
};

QStringList generateArgs(qint64 id, const QString &db, const FakeLlmServer &server, int concurrency,
                         const QString &grace)
{
    return {u"generate"_s,      QString::number(id),
            u"--db"_s,          db,
            u"--provider"_s,    u"openai"_s,
            u"--base-url"_s,    server.baseUrl().toString(),
            u"--model"_s,       u"fake-model"_s,
            u"--concurrency"_s, QString::number(concurrency),
            u"--grace"_s,       grace,
            u"--json"_s};
}

} // namespace

class TestCliSignals : public QObject
{
    Q_OBJECT

private slots:
    void firstSignalStopsGracefully_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("Ctrl-C (SIGINT)") << int(SIGINT);
    }

    void firstSignalStopsGracefully()
    {
        QFETCH(int, signalNumber);
        OUTREACH_TEST_DB(t);
        const int leads = 40;
        const qint64 id = addCampaign(t.db(), leads);
        QVERIFY(id > 0);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(800); // the answers in flight arrive after the signal
        Cli cli;
        cli.start(generateArgs(id, t.url(), server, 4, u"60"_s));
        // Requests are in flight at the server: the run is under way.
        QTRY_VERIFY_WITH_TIMEOUT(server.inFlight() >= 4, 30000);
        cli.signal(signalNumber);
        QVERIFY(cli.finished.wait(60000));
        QCOMPARE(cli.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.process.exitCode(), 1); // stopped: the run did not do its whole job
        QVERIFY2(cli.err.contains("Stopping"), cli.err.constData());

        QJsonParseError parseError;
        const QJsonObject summary =
            QJsonDocument::fromJson(cli.process.readAllStandardOutput(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, cli.err.constData());
        QVERIFY(summary.value(u"cancelled"_s).toBool());
        QCOMPARE(summary.value(u"abandoned"_s).toInt(), 0);
        const int generated = summary.value(u"generated"_s).toInt();
        QVERIFY(generated >= 4 && generated < leads);
        // Every answer the server delivered was stored, and nothing was
        // requested that was not answered.
        QCOMPARE(int(server.answeredLeads().size()), generated);
        QCOMPARE(server.chatRequestCount(), generated);
        const auto messages = MessageRepository(t.db()).list(id);
        QVERIFY(messages.ok());
        QCOMPARE(int(messages->size()), generated);
        for (const MessageWithLead &m : messages.value())
            QVERIFY(server.answeredLeads().contains(m.lead.firstName));
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Ready);
    }

    void secondSignalEndsAtOnce()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = addCampaign(t.db(), 10);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.enqueue(Fault::NeverAnswer, 10);
        Cli cli;
        // A grace period far longer than any test: only the second signal can end it.
        cli.start(generateArgs(id, t.url(), server, 2, u"3600"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server.inFlight(), 2, 30000);
        cli.signal(SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(cli.err.contains("Stopping"), 30000);
        QVERIFY(cli.finished.isEmpty());
        cli.signal(SIGINT);
        QVERIFY(cli.finished.wait(30000));
        QCOMPARE(cli.process.exitCode(), 128 + SIGINT);
        QVERIFY(cli.process.readAllStandardOutput().isEmpty()); // no half summary
    }

    // Item 11: a refused key is one message: no Qt internal warning, the
    // key hint once, no key in the output.
    void refusedKeyIsOneCleanMessage()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = addCampaign(t.db(), 12);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setRequiredApiKey(u"sk-the-right-one"_s);
        server.setLatencyMs(50);
        Cli cli;
        cli.start(generateArgs(id, t.url(), server, 8, u"10"_s));
        QVERIFY(cli.finished.wait(60000));
        const QString err = QString::fromUtf8(cli.err);
        QCOMPARE(cli.process.exitCode(), 1);
        QVERIFY2(err.contains(u"401"_s), qPrintable(err));
        QVERIFY2(!err.contains(u"must only be called once"_s), qPrintable(err));
        QVERIFY2(!err.contains(u"QNetworkReply"_s), qPrintable(err));
        QCOMPARE(err.count(u"CEREBRAS_API_KEY"_s), 1);
        QVERIFY(!err.contains(kKey));
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Draft);
    }
};

QTEST_GUILESS_MAIN(TestCliSignals)
#include "test_cli_signals.moc"
