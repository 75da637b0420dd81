// The generation engine at its limits (issue 11): oversized lead data is cut
// to the documented caps and flagged on the message; a graceful stop sends
// nothing new and stores every answer that arrives; leads the budget stopped
// say so; a refused key is reported once. Real loopback HTTP, both backends.
#include "CampaignRepository.h"
#include "FakeLlmServer.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "generation/GenerationEngine.h"
#include "generation/LeadDataLimits.h"
#include "llm/OpenAiCompatibleProvider.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

const QString kKey = u"sk-test-key-123"_s;

qint64 addCampaign(Database &db, const QList<Lead> &leads)
{
    LeadRepository repo(db);
    for (Lead lead : leads)
        if (!repo.insert(lead).ok())
            return 0;
    Campaign campaign = makeCampaign(u"Limits"_s, Channel::Email);
    const auto id = CampaignRepository(db).create(campaign);
    return id ? id.value() : 0;
}

QList<Lead> someLeads(int n)
{
    QList<Lead> leads;
    for (int i = 1; i <= n; ++i)
        leads.append(makeLead(i));
    return leads;
}

GenerationOptions fastOptions(int concurrency)
{
    GenerationOptions o;
    o.concurrency = concurrency;
    o.backoffBaseMs = 50;
    o.backoffMaxMs = 400;
    o.rngSeed = 42;
    o.requestTimeoutMs = 10000;
    return o;
}

GenerationSummary waitForSummary(QSignalSpy &finished, int timeoutMs = 30000)
{
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return GenerationSummary{.error = u"timed out"_s};
    return finished.first().first().value<GenerationSummary>();
}

QList<MessageWithLead> stored(Database &db, qint64 campaignId)
{
    const auto list = MessageRepository(db).list(campaignId);
    return list ? list.value() : QList<MessageWithLead>();
}

} // namespace

class TestGenerationLimits : public QObject
{
    Q_OBJECT

private slots:
    // Item 6: a 100 KB field and a multi-MB custom field reach the server
    // cut to the caps; the message is flagged and names what was cut.
    void oversizedLeadDataIsCutAndFlagged()
    {
        OUTREACH_TEST_DB(t);
        Lead big = makeLead(1);
        big.researchNotes = QString(100 * 1024, u'n');
        big.customFields.insert(u"Dump"_s, QString(3 * 1024 * 1024, u'd'));
        const qint64 id = addCampaign(t.db(), {big, makeLead(2)});
        QVERIFY(id > 0);
        FakeLlmServer server;
        QVERIFY(server.listen());
        OpenAiCompatibleProvider provider(u"openai"_s, kKey, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        QVERIFY(engine.start(id, fastOptions(2)));
        const GenerationSummary s = waitForSummary(finished);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.generated, 2);
        QCOMPARE(server.chatRequestCount(), 2);
        for (const FakeRequest &r : server.requests())
            QVERIFY2(r.body.size() < LeadDataLimits::kMaxLeadChars + 12000,
                     qPrintable(QString::number(r.body.size())));
        for (const MessageWithLead &m : stored(t.db(), id)) {
            const bool isBig = m.lead.email == big.email;
            for (const Variant &v : m.message.variants)
                QCOMPARE(v.flags.contains(QString::fromLatin1(LeadDataLimits::kCutFlag)), isBig);
            if (!isBig)
                continue;
            QVERIFY2(m.message.error.contains(u"research_notes"_s) && m.message.error.contains(u"Dump"_s),
                     qPrintable(m.message.error));
            // The stored lead keeps its data; only the prompt was cut.
            QCOMPARE(LeadRepository(t.db()).get(m.message.leadId)->researchNotes.size(), 100 * 1024);
        }
    }

    // Item 5 (engine side): after stopGracefully() nothing new is sent, the
    // answers in flight are stored, the campaign is ready again.
    void gracefulStopStoresWhatArrives()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = addCampaign(t.db(), someLeads(30));
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(300);
        OpenAiCompatibleProvider provider(u"openai"_s, kKey, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        QVERIFY(engine.start(id, fastOptions(4)));
        QTRY_VERIFY_WITH_TIMEOUT(server.inFlight() >= 4, 10000);
        const int sentAtStop = server.chatRequestCount();
        engine.stopGracefully(20000);
        const GenerationSummary s = waitForSummary(finished);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QVERIFY(s.cancelled);
        QCOMPARE(s.abandoned, 0);
        QCOMPARE(server.chatRequestCount(), sentAtStop);           // nothing new after the stop
        QCOMPARE(s.generated, int(server.answeredLeads().size())); // every delivered answer stored
        QCOMPARE(stored(t.db(), id).size(), s.generated);
        QVERIFY(s.generated < 30);
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Ready);
    }

    void graceRunsOutAbandonsTheRest()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = addCampaign(t.db(), someLeads(5));
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.enqueue(Fault::NeverAnswer, 5);
        OpenAiCompatibleProvider provider(u"openai"_s, kKey, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        QVERIFY(engine.start(id, fastOptions(2)));
        QTRY_COMPARE_WITH_TIMEOUT(server.inFlight(), 2, 10000);
        engine.stopGracefully(50);
        const GenerationSummary s = waitForSummary(finished);
        QVERIFY(s.cancelled);
        QCOMPARE(s.abandoned, 2);
        QCOMPARE(s.generated, 0);
        QCOMPARE(server.chatRequestCount(), 2);
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Draft);
    }

    // Item 11: leads whose retry the budget stopped are stored as failed
    // with "Budget reached" first, not their last attempt's complaint.
    void budgetStoppedLeadsSayBudgetReached()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = addCampaign(t.db(), someLeads(20));
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(20);
        server.enqueue(Fault::WrongSchemaTwoVariants,
                       1000); // every answer unusable: each lead waits for a retry
        OpenAiCompatibleProvider provider(u"cerebras"_s, kKey, server.baseUrl(), u"gpt-oss-120b"_s);
        GenerationEngine engine(t.db(), &provider);
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        GenerationOptions o = fastOptions(4);
        o.maxAttempts = 10;
        o.budgetUsd = 0.003;
        QVERIFY(engine.start(id, o));
        const GenerationSummary s = waitForSummary(finished);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QVERIFY(s.budgetReached);
        QCOMPARE(s.generated, 0);
        const QList<MessageWithLead> messages = stored(t.db(), id);
        QVERIFY(!messages.isEmpty());
        for (const MessageWithLead &m : messages) {
            QCOMPARE(m.message.status, GenerationStatus::Failed);
            QVERIFY2(m.message.error.startsWith(u"Budget reached"_s), qPrintable(m.message.error));
            QVERIFY2(m.message.error.contains(u"unusable"_s),
                     qPrintable(m.message.error)); // the last attempt, second
        }
    }

    // Item 11: a refused key stops the run with the key hint once.
    void refusedKeyIsReportedOnce()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = addCampaign(t.db(), someLeads(8));
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setRequiredApiKey(kKey);
        OpenAiCompatibleProvider provider(u"cerebras"_s, u"sk-wrong"_s, server.baseUrl(), u"m"_s);
        GenerationEngine engine(t.db(), &provider);
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        QVERIFY(engine.start(id, fastOptions(4)));
        const GenerationSummary s = waitForSummary(finished);
        QVERIFY(s.error.contains(u"401"_s));
        QCOMPARE(s.error.count(u"CEREBRAS_API_KEY"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestGenerationLimits)
#include "test_generation_limits.moc"
