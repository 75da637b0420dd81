// The generation engine end to end: real loopback HTTP against the fake
// server, results in the database under test (SQLite and PostgreSQL).
#include "CampaignRepository.h"
#include "FakeLlmServer.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "generation/GenerationEngine.h"
#include "generation/VariantParser.h"
#include "llm/OfflineProvider.h"
#include "llm/OpenAiCompatibleProvider.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

Q_DECLARE_METATYPE(outreach::test::Fault)

namespace {

const QString kKey = u"sk-test-key-123"_s;

qint64 addCampaign(Database &db, int leads, Channel channel = Channel::Email, int minScore = 0)
{
    LeadRepository leadRepo(db);
    for (int i = 1; i <= leads; ++i) {
        Lead lead = makeLead(i, 50 + (i % 50));
        if (!leadRepo.insert(lead).ok())
            return 0;
    }
    Campaign c = makeCampaign(u"Gen"_s, channel, minScore);
    if (channel == Channel::Custom)
        c.customCharLimit = 500;
    const auto id = CampaignRepository(db).create(c);
    return id ? id.value() : 0;
}

GenerationOptions fastOptions(int concurrency = 4)
{
    GenerationOptions o;
    o.concurrency = concurrency;
    o.backoffBaseMs = 50;
    o.backoffMaxMs = 400;
    o.rngSeed = 42;
    o.requestTimeoutMs = 5000;
    return o;
}

// Runs the engine to its end and returns the summary.
GenerationSummary runToEnd(GenerationEngine &engine, qint64 campaignId, const GenerationOptions &options,
                           int timeoutMs = 30000)
{
    QSignalSpy finished(&engine, &GenerationEngine::finished);
    if (!engine.start(campaignId, options)) {
        GenerationSummary s;
        s.error = u"start: "_s + engine.error();
        return s;
    }
    if (!finished.wait(timeoutMs))
        return GenerationSummary{.error = u"timed out"_s};
    return finished.first().first().value<GenerationSummary>();
}

QList<MessageWithLead> stored(Database &db, qint64 campaignId)
{
    const auto list = MessageRepository(db).list(campaignId);
    return list ? list.value() : QList<MessageWithLead>();
}

} // namespace

class TestGeneration : public QObject
{
    Q_OBJECT

private slots:
    void requestCarriesModelFormatLeadDataAndKey()
    {
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setRequiredApiKey(kKey);
        const qint64 id = addCampaign(t.db(), 3);
        QVERIFY(id > 0);
        OpenAiCompatibleProvider provider(u"openai"_s, kKey, server.baseUrl(), u"test-model"_s);
        GenerationEngine engine(t.db(), &provider);
        const GenerationSummary s = runToEnd(engine, id, fastOptions());
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.generated, 3);
        QCOMPARE(s.requests, 3);
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 3);
        QStringList names;
        for (const FakeRequest &r : requests) {
            QCOMPARE(r.json.value(u"model"_s).toString(), u"test-model"_s);
            QCOMPARE(r.responseFormatType(), u"json_schema"_s);
            QCOMPARE(r.header("authorization"), QByteArray("Bearer ") + kKey.toUtf8());
            QVERIFY(r.allMessageText().contains(u"Company "_s));
            names << r.leadName;
        }
        names.sort();
        QCOMPARE(names, (QStringList{u"First1"_s, u"First2"_s, u"First3"_s}));
        const auto messages = stored(t.db(), id);
        QCOMPARE(messages.size(), 3);
        for (const MessageWithLead &m : messages) {
            QCOMPARE(m.message.status, GenerationStatus::Generated);
            QCOMPARE(m.message.variants.size(), 3);
            QVERIFY(m.message.variants.at(0).body.contains(m.lead.firstName));
            QCOMPARE(m.message.attempts, 1);
            QVERIFY(m.message.costUsd == 0); // "test-model" has no known price
            QCOMPARE(m.message.promptTokens, 150);
        }
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Ready);
    }

    void concurrencyIsReached_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("16") << 16;
        QTest::newRow("32") << 32;
    }

    void concurrencyIsReached()
    {
        QFETCH(int, concurrency);
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(300);
        const qint64 id = addCampaign(t.db(), concurrency * 2);
        OpenAiCompatibleProvider provider(u"openai"_s, kKey, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        const GenerationSummary s = runToEnd(engine, id, fastOptions(concurrency));
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.generated, concurrency * 2);
        QCOMPARE(server.maxInFlight(), concurrency);
    }

    void faultIsRetriedOnce_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("minGapMs");
        QTest::newRow("429 Retry-After 2") << Fault::RateLimited << 1900;
        QTest::newRow("500") << Fault::ServerError << 0;
        QTest::newRow("503") << Fault::ServiceUnavailable << 0;
        QTest::newRow("malformed JSON") << Fault::MalformedJson << 0;
        QTest::newRow("two variants") << Fault::WrongSchemaTwoVariants << 0;
        QTest::newRow("bad tones") << Fault::WrongSchemaBadTones << 0;
        QTest::newRow("empty content") << Fault::EmptyContent << 0;
        QTest::newRow("reset connection") << Fault::ResetConnection << 0;
    }

    void faultIsRetriedOnce()
    {
        QFETCH(Fault, fault);
        QFETCH(int, minGapMs);
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        const qint64 id = addCampaign(t.db(), 1);
        server.enqueue(fault);
        QList<qint64> times;
        QElapsedTimer clock;
        clock.start();
        connect(&server, &FakeLlmServer::requestReceived, this,
                [&](const FakeRequest &) { times << clock.elapsed(); });
        OpenAiCompatibleProvider provider(u"openai"_s, kKey, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        const GenerationSummary s = runToEnd(engine, id, fastOptions());
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.generated, 1);
        QCOMPARE(s.requests, 2);
        QCOMPARE(s.retries, 1);
        QCOMPARE(times.size(), 2);
        QVERIFY2(times.at(1) - times.at(0) >= minGapMs,
                 qPrintable(QString::number(times.at(1) - times.at(0))));
        const auto messages = stored(t.db(), id);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().message.attempts, 2);
        QCOMPARE(messages.first().message.status, GenerationStatus::Generated);
    }

    void persistentFailureStopsAfterMaxAttempts()
    {
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        const qint64 id = addCampaign(t.db(), 1);
        server.enqueue(Fault::ServerError, 4);
        OpenAiCompatibleProvider provider(u"openai"_s, kKey, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        const GenerationSummary s = runToEnd(engine, id, fastOptions());
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.requests, 4);
        QCOMPARE(server.chatRequestCount(), 4);
        const auto messages = stored(t.db(), id);
        QCOMPARE(messages.first().message.status, GenerationStatus::Failed);
        QCOMPARE(messages.first().message.attempts, 4);
        QVERIFY(messages.first().message.error.contains(u"4 attempts"_s));
        // Nothing qualifies without --retry-failed; with it the lead is done.
        QCOMPARE(runToEnd(engine, id, fastOptions()).requests, 0);
        GenerationOptions retry = fastOptions();
        retry.retryFailed = true;
        const GenerationSummary again = runToEnd(engine, id, retry);
        QCOMPARE(again.generated, 1);
        const auto after = stored(t.db(), id);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().message.status, GenerationStatus::Generated);
        QCOMPARE(after.first().message.attempts, 5); // the books keep every attempt
    }

    void overlongSmsGetsOneRepairThenFlag_data()
    {
        QTest::addColumn<int>("overlongAnswers");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("repaired") << 1 << false;
        QTest::newRow("still too long") << 2 << true;
    }

    void overlongSmsGetsOneRepairThenFlag()
    {
        QFETCH(int, overlongAnswers);
        QFETCH(bool, flagged);
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setChannel(u"sms"_s);
        const qint64 id = addCampaign(t.db(), 1, Channel::Sms);
        server.enqueue(Fault::OverlongBody, overlongAnswers);
        OpenAiCompatibleProvider provider(u"openai"_s, kKey, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        const GenerationSummary s = runToEnd(engine, id, fastOptions());
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.requests, 2); // exactly one repair, never more
        QVERIFY(server.requests().at(1).allMessageText().contains(u"broke these channel rules"_s));
        const Message m = stored(t.db(), id).first().message;
        QCOMPARE(m.status, GenerationStatus::Generated);
        QCOMPARE(m.attempts, 2);
        for (const Variant &v : m.variants) {
            QCOMPARE(v.flags.contains(VariantParser::kOverLimitFlag), flagged);
            if (flagged)
                QCOMPARE(v.body.size(), 2100); // stored whole, never truncated
            else
                QVERIFY(v.flags.contains(u"repaired"_s));
        }
    }

    void unauthorizedStopsAtOnce()
    {
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setRequiredApiKey(kKey);
        server.setLatencyMs(50);
        const qint64 id = addCampaign(t.db(), 30);
        OpenAiCompatibleProvider provider(u"cerebras"_s, u"sk-wrong"_s, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        const GenerationSummary s = runToEnd(engine, id, fastOptions(4));
        QVERIFY(!s.ok());
        QVERIFY(s.error.contains(u"401"_s));
        QVERIFY(s.error.contains(u"CEREBRAS_API_KEY"_s));
        QVERIFY(!s.error.contains(u"sk-wrong"_s));
        QVERIFY2(server.chatRequestCount() <= 4, qPrintable(QString::number(server.chatRequestCount())));
        QCOMPARE(s.retries, 0);
        QVERIFY(stored(t.db(), id).isEmpty());
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Draft);
    }

    void neverAnsweringRequestHitsDeadlineAndIsRetried()
    {
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        const qint64 id = addCampaign(t.db(), 1);
        server.enqueue(Fault::NeverAnswer);
        OpenAiCompatibleProvider provider(u"openai"_s, kKey, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        GenerationOptions o = fastOptions();
        o.requestTimeoutMs = 400;
        QElapsedTimer clock;
        clock.start();
        const GenerationSummary s = runToEnd(engine, id, o);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.generated, 1);
        QCOMPARE(s.requests, 2);
        QVERIFY(clock.elapsed() >= 400); // the timeout was waited for, not skipped
    }

    // Issue 11 item 2: a server that closes the connection without
    // answering gets exactly the requests the engine counted.
    void closedConnectionIsOneCountedAttempt()
    {
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        const qint64 id = addCampaign(t.db(), 1);
        server.enqueue(Fault::CloseWithoutAnswer, 5);
        OpenAiCompatibleProvider provider(u"openai"_s, kKey, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        GenerationOptions o = fastOptions();
        o.maxAttempts = 1;
        const GenerationSummary s = runToEnd(engine, id, o);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.requests, 1);
        QCOMPARE(server.chatRequestCount(), 1);
        QCOMPARE(stored(t.db(), id).first().message.attempts, 1);
    }

    void secondRunSkipsWhatIsStored()
    {
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        const qint64 id = addCampaign(t.db(), 20);
        OpenAiCompatibleProvider provider(u"openai"_s, kKey, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        GenerationOptions o = fastOptions(8);
        o.limit = 12;
        QCOMPARE(runToEnd(engine, id, o).generated, 12);
        const GenerationSummary rest = runToEnd(engine, id, fastOptions(8));
        QCOMPARE(rest.generated, 8);
        QCOMPARE(rest.skipped, 12);
        const GenerationSummary none = runToEnd(engine, id, fastOptions(8));
        QCOMPARE(none.requests, 0);
        QCOMPARE(none.skipped, 20);
        QCOMPARE(server.chatRequestCount(), 20);
        QCOMPARE(server.answeredLeads().removeDuplicates(), 0);
        QCOMPARE(stored(t.db(), id).size(), 20);
    }

    void budgetCapHolds()
    {
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(30);
        const qint64 id = addCampaign(t.db(), 40);
        OpenAiCompatibleProvider provider(u"cerebras"_s, kKey, server.baseUrl(), u"gpt-oss-120b"_s);
        GenerationEngine engine(t.db(), &provider);
        GenerationOptions o = fastOptions(8);
        o.budgetUsd = 0.003;
        const GenerationSummary s = runToEnd(engine, id, o);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QVERIFY(s.budgetReached);
        QVERIFY(s.generated > 0);
        QVERIFY(s.generated < 40);
        QVERIFY(s.costUsd <= o.budgetUsd);
        double storedCost = 0;
        for (const MessageWithLead &m : stored(t.db(), id))
            storedCost += m.message.costUsd;
        QVERIFY(storedCost > 0);
        QVERIFY(storedCost <= o.budgetUsd);
        QCOMPARE(stored(t.db(), id).size(), s.generated);
        QVERIFY(qAbs(CampaignRepository(t.db()).get(id)->costTotal - storedCost) < 1e-9);
    }

    void pauseResumeAndCancel()
    {
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(100);
        const qint64 id = addCampaign(t.db(), 40);
        OpenAiCompatibleProvider provider(u"openai"_s, kKey, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        QSignalSpy storedSpy(&engine, &GenerationEngine::messageStored);
        QVERIFY(engine.start(id, fastOptions(4)));
        QVERIFY(storedSpy.wait(5000));
        engine.pause();
        QVERIFY(engine.isPaused());
        QTRY_COMPARE_WITH_TIMEOUT(engine.progress().inFlight, 0, 5000); // in flight: finished and stored
        const int sentWhilePaused = server.chatRequestCount();
        QSignalSpy received(&server, &FakeLlmServer::requestReceived);
        QVERIFY(!received.wait(400)); // paused: nothing goes out while we listen
        QCOMPARE(server.chatRequestCount(), sentWhilePaused);
        QCOMPARE(finished.size(), 0);
        engine.resume();
        QTRY_VERIFY_WITH_TIMEOUT(server.chatRequestCount() > sentWhilePaused + 4, 5000);
        engine.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(5000));
        const auto s = finished.first().first().value<GenerationSummary>();
        QVERIFY(s.cancelled);
        QVERIFY(s.generated > 0 && s.generated < 40);
        QCOMPARE(stored(t.db(), id).size(), s.generated);
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Ready);

        // Cancelled before anything was stored: back to draft.
        const qint64 other = addCampaign(t.db(), 0);
        QVERIFY(MessageRepository(t.db()).leadsToGenerate(other, 0, false)->size() == 40);
        server.setLatencyMs(2000);
        QVERIFY(engine.start(other, fastOptions(4)));
        QTRY_COMPARE_WITH_TIMEOUT(CampaignRepository(t.db()).get(other)->status, CampaignStatus::Generating,
                                  2000);
        QTRY_VERIFY_WITH_TIMEOUT(server.inFlight() > 0, 5000); // cancelled with requests in flight
        engine.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(CampaignRepository(t.db()).get(other)->status, CampaignStatus::Draft);
        QVERIFY(stored(t.db(), other).isEmpty());
    }

    void offlineProviderWritesValidVariantsForEveryChannel_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::newRow("email") << Channel::Email;
        QTest::newRow("linkedin") << Channel::LinkedIn;
        QTest::newRow("sms") << Channel::Sms;
        QTest::newRow("custom") << Channel::Custom;
    }

    void offlineProviderWritesValidVariantsForEveryChannel()
    {
        QFETCH(Channel, channel);
        OUTREACH_TEST_DB(t);
        const qint64 id = addCampaign(t.db(), 12, channel);
        OfflineProvider provider;
        GenerationEngine engine(t.db(), &provider);
        const GenerationSummary s = runToEnd(engine, id, fastOptions(8));
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.generated, 12);
        QCOMPARE(s.costUsd, 0.0);
        const Campaign campaign = CampaignRepository(t.db()).get(id).value();
        for (MessageWithLead &m : stored(t.db(), id)) {
            QCOMPARE(m.message.variants.size(), 3);
            QVERIFY(VariantParser::checkRules(m.message.variants, ChannelRules::forCampaign(campaign), false)
                        .isEmpty());
            for (const Variant &v : m.message.variants)
                QVERIFY(!v.flags.contains(VariantParser::kOverLimitFlag));
        }
    }

    void eventLoopKeepsRunningDuringAThousandOfflineMessages()
    {
        // Behaviour, not speed (the 50 ms stall target is measured by
        // bench_eventloop): the engine never holds the event loop for the
        // whole run, so timers and queued work go on while it writes.
        OUTREACH_TEST_DB(t);
        const int n = 1000;
        const qint64 id = addCampaign(t.db(), n);
        OfflineProvider provider;
        GenerationEngine engine(t.db(), &provider);
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        QSignalSpy stored(&engine, &GenerationEngine::messageStored);
        QVERIFY(engine.start(id, fastOptions(8)));
        bool queuedRanDuringRun = false;
        QTimer::singleShot(0, this, [&] { queuedRanDuringRun = engine.isRunning(); });
        int ticksWhileRunning = 0;
        int storedAtFirstTick = -1;
        QTimer tick;
        tick.setInterval(1);
        connect(&tick, &QTimer::timeout, this, [&] {
            if (!engine.isRunning())
                return;
            ++ticksWhileRunning;
            if (storedAtFirstTick < 0)
                storedAtFirstTick = int(stored.size());
        });
        tick.start();
        QVERIFY(finished.wait(120000));
        const auto s = finished.first().first().value<GenerationSummary>();
        QCOMPARE(s.generated, n);
        QVERIFY(queuedRanDuringRun);
        QVERIFY2(ticksWhileRunning >= 2,
                 qPrintable(u"timer ran %1 times during the run"_s.arg(ticksWhileRunning)));
        QVERIFY2(storedAtFirstTick < n, "the first timer tick came only after every message was stored");
        QCOMPARE(MessageRepository(t.db()).count(id, GenerationStatus::Generated).value(), qint64(n));
    }

    void regenerateOneVariantKeepsTheOthers()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = addCampaign(t.db(), 1);
        OfflineProvider offline;
        GenerationEngine first(t.db(), &offline);
        QCOMPARE(runToEnd(first, id, fastOptions()).generated, 1);
        const Message before = stored(t.db(), id).first().message;

        FakeLlmServer server;
        QVERIFY(server.listen());
        OpenAiCompatibleProvider provider(u"openai"_s, kKey, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        QVERIFY(engine.regenerate(before.id, 1, fastOptions()));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().value<GenerationSummary>().ok());
        QVERIFY(server.requests().first().allMessageText().contains(before.variants.at(0).body.left(12)));
        const Message after = MessageRepository(t.db()).get(before.id).value();
        QCOMPARE(after.variants.at(0).body, before.variants.at(0).body);
        QCOMPARE(after.variants.at(2).body, before.variants.at(2).body);
        QVERIFY(after.variants.at(1).body != before.variants.at(1).body);
        QCOMPARE(after.attempts, 2);
        QCOMPARE(after.status, GenerationStatus::Generated);
        QVERIFY(!engine.regenerate(before.id, 5, fastOptions()));
    }
};

QTEST_GUILESS_MAIN(TestGeneration)
#include "test_generation.moc"
