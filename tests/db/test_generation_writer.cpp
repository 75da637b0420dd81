// Generation results are written off the engine's (GUI) thread: on the
// result writer's thread, through its own connection, in transactions of
// the configured batch size, each result exactly once; the engine hears
// back in order and finishes only after the last one is stored. And a write
// the database refuses ends the run with the reason, as before. Lead claims
// and budget reservations are made on that thread too: the engine's thread
// keeps turning while the database makes them wait, and a claim answered
// after a pause or a cancel sends nothing and keeps no reservation.
#include "CampaignRepository.h"
#include "ClaimRepository.h"
#include "FakeLlmServer.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "generation/GenerationEngine.h"
#include "llm/OpenAiCompatibleProvider.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
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

// Holds the write lock on the lead claims from a connection of its own, so
// every claim waits until release() (or the database's own lock timeout).
class ClaimLock
{
public:
    explicit ClaimLock(TestDatabase &t)
    {
        auto other = t.db().openAnother();
        if (!other)
            return;
        m_db = std::move(other.value());
        QSqlQuery q(m_db->connection());
        m_held = t.isPostgres() ? q.exec(u"BEGIN"_s) &&
                                      q.exec(u"LOCK TABLE generation_claims IN ACCESS EXCLUSIVE MODE"_s)
                                : q.exec(u"BEGIN IMMEDIATE"_s);
    }
    ~ClaimLock() { release(); }
    bool held() const { return m_held; }
    void release()
    {
        if (std::exchange(m_held, false))
            QSqlQuery(m_db->connection()).exec(u"COMMIT"_s);
    }

private:
    std::unique_ptr<Database> m_db;
    bool m_held = false;
};

int claimRows(Database &db, qint64 campaignId)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT COUNT(*) FROM generation_claims WHERE campaign_id = ?"_s);
    q.addBindValue(campaignId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestGenerationWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<WrittenBatch>();
        qRegisterMetaType<ClaimAnswer>();
    }

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
        QSignalSpy claimed(writer, &ResultWriter::claimed);
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
        // One claim per request, each made there too.
        QCOMPARE(claimed.size(), leads);
        for (const QList<QVariant> &args : claimed) {
            const auto answer = args.first().value<ClaimAnswer>();
            QVERIFY2(answer.ok(), qPrintable(answer.error));
            QCOMPARE(answer.thread, writer->writerThread());
            QVERIFY(!answer.connectionName.isEmpty());
            QVERIFY(answer.connectionName != t.db().connection().connectionName());
        }
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

    // While the database makes the claims wait (another connection holds
    // the lock), the engine's thread keeps handling events: the run can be
    // watched and controlled, nothing has left, and once the lock goes the
    // run completes. With claims made on the engine's thread, this thread
    // would sit in the database until its lock timeout.
    void theEnginesThreadNeverWaitsForALockedDatabase()
    {
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        const qint64 id = addCampaign(t.db(), 3);
        QVERIFY(id > 0);
        OpenAiCompatibleProvider provider(u"cerebras"_s, kKey, server.baseUrl(), u"gpt-oss-120b"_s);
        GenerationEngine engine(t.db(), &provider);
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        QVERIFY(engine.start(id, options(1)));
        ClaimLock lock(t);
        QVERIFY(lock.held());
        // The first claim is on its way to the locked table.
        QTRY_VERIFY(engine.progress().inFlight > 0);
        bool turned = false;
        QTimer::singleShot(20, this, [&] { turned = true; });
        QTRY_VERIFY(turned);
        QVERIFY(engine.isRunning());
        QCOMPARE(finished.size(), 0);
        QCOMPARE(server.chatRequestCount(), 0);
        lock.release();
        QVERIFY(finished.wait(30000));
        const auto summary = finished.first().first().value<GenerationSummary>();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.generated, 3);
        QCOMPARE(server.chatRequestCount(), 3);
    }

    void aClaimAnsweredAfterTheRunHaltedSendsNothing_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("paused, then resumed") << false;
        QTest::newRow("cancelled") << true;
    }

    // The run is paused or cancelled while its claim waits for the database.
    // The claim, once made, sends nothing; a resumed run uses its reservation
    // for the request (not reserving twice), a cancelled one gives it back.
    // Either way the campaign ends with no reservation and no claim left.
    void aClaimAnsweredAfterTheRunHaltedSendsNothing()
    {
        QFETCH(bool, cancel);
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        const qint64 id = addCampaign(t.db(), 3);
        QVERIFY(id > 0);
        Campaign campaign = CampaignRepository(t.db()).get(id).value();
        campaign.budgetUsd = 5.0; // reservations are checked against a budget
        QVERIFY(CampaignRepository(t.db()).update(campaign).ok());
        OpenAiCompatibleProvider provider(u"cerebras"_s, kKey, server.baseUrl(), u"gpt-oss-120b"_s);
        GenerationEngine engine(t.db(), &provider);
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        QVERIFY(engine.start(id, options(1)));
        const ResultWriter *writer = engine.resultWriter();
        QSignalSpy claimed(writer, &ResultWriter::claimed);
        ClaimLock lock(t);
        QVERIFY(lock.held());
        QTRY_VERIFY(engine.progress().inFlight > 0);
        if (cancel)
            engine.cancel();
        else
            engine.pause();
        lock.release();
        QVERIFY(claimed.wait(30000));
        const auto answer = claimed.first().first().value<ClaimAnswer>();
        QVERIFY2(answer.ok(), qPrintable(answer.error));
        QCOMPARE(answer.claim.kind, ClaimOutcome::Claimed);
        QCOMPARE(answer.reservation, Reservation::Reserved);
        // Handled (the engine hears first): nothing left, nothing in flight.
        QCOMPARE(engine.progress().inFlight, 0);
        if (!cancel) {
            QVERIFY(engine.isPaused());
            QVERIFY(ClaimRepository(t.db()).reservedUsd(id).value() > 0);
            engine.resume();
        }
        QVERIFY(finished.wait(30000));
        const auto summary = finished.first().first().value<GenerationSummary>();
        QCOMPARE(summary.cancelled, cancel);
        QCOMPARE(summary.generated, cancel ? 0 : 3);
        QCOMPARE(server.chatRequestCount(), cancel ? 0 : 3);
        QCOMPARE(ClaimRepository(t.db()).reservedUsd(id).value(), 0.0);
        QCOMPARE(claimRows(t.db(), id), 0);
        const auto after = CampaignRepository(t.db()).get(id);
        double storedCost = 0;
        for (const MessageWithLead &m : MessageRepository(t.db()).list(id).value())
            storedCost += m.message.costUsd;
        QVERIFY(qAbs(after->costTotal - storedCost) < 1e-9);
        QVERIFY(qAbs(summary.costUsd - storedCost) < 1e-9);
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
