// Generation results are written off the engine's (GUI) thread: on the
// result writer's thread, through its own connection, in transactions of
// the configured batch size, each result exactly once; the engine hears
// back in order and finishes only after the last one is stored. And a write
// the database refuses ends the run with the reason, as before.
#include "CampaignRepository.h"
#include "FakeLlmServer.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "generation/GenerationEngine.h"
#include "llm/OpenAiCompatibleProvider.h"

#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

const QString kKey = u"sk-test-key-123"_s;

qint64 addCampaign(Database &db, int leads)
{
    LeadRepository leadRepo(db);
    for (int i = 1; i <= leads; ++i) {
        Lead lead = makeLead(i, 60);
        if (!leadRepo.insert(lead).ok())
            return 0;
    }
    Campaign campaign = makeCampaign(u"Writer"_s, Channel::Email);
    const auto id = CampaignRepository(db).create(campaign);
    return id ? id.value() : 0;
}

GenerationOptions options(int batchSize)
{
    GenerationOptions o;
    o.concurrency = 4;
    o.rngSeed = 42;
    o.batchSize = batchSize;
    // Batches form by size only; the rest goes with the final flush.
    o.flushIntervalMs = 3600 * 1000;
    return o;
}

} // namespace

class TestGenerationWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<WrittenBatch>(); }

    void resultsAreWrittenOnTheWriterThreadInBatchesExactlyOnce_data()
    {
        QTest::addColumn<int>("leads");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<QList<int>>("batches");
        QTest::newRow("two full batches and the rest") << 10 << 4 << QList<int>{4, 4, 2};
        QTest::newRow("full batches only") << 12 << 4 << QList<int>{4, 4, 4};
        QTest::newRow("all in the final flush") << 7 << 50 << QList<int>{7};
        QTest::newRow("one at a time") << 5 << 1 << QList<int>{1, 1, 1, 1, 1};
    }

    void resultsAreWrittenOnTheWriterThreadInBatchesExactlyOnce()
    {
        QFETCH(int, leads);
        QFETCH(int, batchSize);
        QFETCH(QList<int>, batches);
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        const qint64 id = addCampaign(t.db(), leads);
        QVERIFY(id > 0);
        OpenAiCompatibleProvider provider(u"cerebras"_s, kKey, server.baseUrl(), u"gpt-oss-120b"_s);
        GenerationEngine engine(t.db(), &provider);
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        QList<qint64> storedIds;
        int storedWhenFinished = -1;
        connect(&engine, &GenerationEngine::messageStored, this,
                [&](const Message &m) { storedIds.append(m.id); });
        connect(&engine, &GenerationEngine::finished, this,
                [&] { storedWhenFinished = int(storedIds.size()); });
        QVERIFY2(engine.start(id, options(batchSize)), qPrintable(engine.error()));
        const ResultWriter *writer = engine.resultWriter();
        QVERIFY(writer);
        QSignalSpy written(writer, &ResultWriter::batchWritten);
        QVERIFY(finished.wait(30000));
        const auto summary = finished.first().first().value<GenerationSummary>();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.generated, leads);

        // Every transaction ran on the writer's thread and connection, never
        // on this (the GUI) thread or its connection.
        QList<int> sizes;
        for (const QList<QVariant> &args : written) {
            const auto batch = args.first().value<WrittenBatch>();
            sizes << batch.size;
            QVERIFY(batch.thread);
            QCOMPARE(batch.thread, writer->writerThread());
            QVERIFY(batch.thread != QThread::currentThread());
            QVERIFY(!batch.connectionName.isEmpty());
            QVERIFY(batch.connectionName != t.db().connection().connectionName());
        }
        QCOMPARE(sizes, batches);
        // The writer thread ends with the run: nothing outlives it.
        QVERIFY(writer->writerThread()->isFinished());

        // Heard back in order, all of them before finished().
        QCOMPARE(storedWhenFinished, leads);
        QCOMPARE(QSet<qint64>(storedIds.cbegin(), storedIds.cend()).size(), leads);

        // Stored exactly once: a second write of a lead would add its
        // attempts and cost again (the upsert accumulates them).
        const auto messages = MessageRepository(t.db()).list(id);
        QVERIFY(messages.ok());
        QCOMPARE(messages->size(), leads);
        double storedCost = 0;
        for (const MessageWithLead &m : messages.value()) {
            QCOMPARE(m.message.attempts, 1);
            QCOMPARE(m.message.variants.size(), 3);
            QVERIFY(storedIds.contains(m.message.id));
            storedCost += m.message.costUsd;
        }
        QVERIFY(storedCost > 0);
        QVERIFY(qAbs(storedCost - summary.costUsd) < 1e-9);
        const auto campaign = CampaignRepository(t.db()).get(id);
        QVERIFY(qAbs(campaign->costTotal - storedCost) < 1e-9);
        QCOMPARE(campaign->status, CampaignStatus::Ready);
        QCOMPARE(server.chatRequestCount(), leads);
    }

    // A write the database refuses (here a trigger) stops the run with the
    // reason in the summary, the campaign goes back to draft, and finished()
    // comes once.
    void aRefusedWriteEndsTheRunWithTheReason()
    {
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        const qint64 id = addCampaign(t.db(), 6);
        QVERIFY(id > 0);
        if (t.isPostgres()) {
            QVERIFY(t.db().exec(u"CREATE FUNCTION refuse_message() RETURNS trigger AS $$ BEGIN RAISE "
                                "EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql"_s));
            QVERIFY(t.db().exec(u"CREATE TRIGGER refuse BEFORE INSERT ON campaign_messages FOR EACH ROW "
                                "EXECUTE FUNCTION refuse_message()"_s));
        } else {
            QVERIFY(t.db().exec(u"CREATE TRIGGER refuse BEFORE INSERT ON campaign_messages BEGIN SELECT "
                                "RAISE(ABORT, 'refused by the test'); END"_s));
        }
        OpenAiCompatibleProvider provider(u"cerebras"_s, kKey, server.baseUrl(), u"gpt-oss-120b"_s);
        GenerationEngine engine(t.db(), &provider);
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        QSignalSpy stored(&engine, &GenerationEngine::messageStored);
        QVERIFY(engine.start(id, options(1)));
        QVERIFY(finished.wait(30000));
        const auto summary = finished.first().first().value<GenerationSummary>();
        QVERIFY2(summary.error.contains(u"Cannot store generated messages"_s), qPrintable(summary.error));
        QVERIFY2(summary.error.contains(u"refused by the test"_s), qPrintable(summary.error));
        QCOMPARE(stored.size(), 0);
        QCOMPARE(MessageRepository(t.db()).count(id).value(), 0);
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Draft);
        QVERIFY(!finished.wait(200)); // once
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGenerationWriter)
#include "test_generation_writer.moc"
