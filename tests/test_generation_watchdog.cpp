// The engine watchdog (issue 11 item 1): against a real rate-limited
// endpoint every run ends, whatever rate-limit headers the endpoint sends or
// leaves out, and it ends near the rate the endpoint allows. The fake server
// runs a token bucket and counts what it accepted; the engine talks to it
// over loopback HTTP and stores into a SQLite database.
#include "CampaignRepository.h"
#include "FakeLlmServer.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "generation/GenerationEngine.h"
#include "llm/OpenAiCompatibleProvider.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

using RetryAfter = RateLimitHeaderStyle::RetryAfter;
Q_DECLARE_METATYPE(outreach::test::RateLimitHeaderStyle::RetryAfter)

namespace {

constexpr int kLeads = 80;
constexpr int kRatePerSecond = 40; // the server's bucket refills this fast and holds one second's worth

} // namespace

class TestGenerationWatchdog : public QObject
{
    Q_OBJECT

private slots:
    void everyHeaderCombinationFinishesNearTheAllowedRate_data()
    {
        QTest::addColumn<bool>("headersOnSuccess");
        QTest::addColumn<bool>("remainingOn429");
        QTest::addColumn<bool>("resetOn429");
        QTest::addColumn<RetryAfter>("retryAfter");
        QTest::addColumn<int>("concurrency");
        for (const bool onSuccess : {true, false})
            for (const bool remaining : {true, false})
                for (const bool reset : {true, false})
                    for (const auto &[retry, retryName] :
                         {std::pair{RetryAfter::Seconds, "seconds"}, std::pair{RetryAfter::Date, "date"},
                          std::pair{RetryAfter::None, "none"}})
                        for (const int concurrency : {1, 8}) {
                            const QString name = u"200:%1 429-remaining:%2 429-reset:%3 retry-after:%4 c%5"_s
                                                     .arg(onSuccess ? u"headers"_s : u"bare"_s)
                                                     .arg(remaining ? u"yes"_s : u"no"_s)
                                                     .arg(reset ? u"yes"_s : u"no"_s)
                                                     .arg(QString::fromLatin1(retryName))
                                                     .arg(concurrency);
                            QTest::newRow(qPrintable(name))
                                << onSuccess << remaining << reset << retry << concurrency;
                        }
    }

    void everyHeaderCombinationFinishesNearTheAllowedRate()
    {
        QFETCH(bool, headersOnSuccess);
        QFETCH(bool, remainingOn429);
        QFETCH(bool, resetOn429);
        QFETCH(RetryAfter, retryAfter);
        QFETCH(int, concurrency);

        OUTREACH_TEST_DB(t);
        LeadRepository leads(t.db());
        for (int i = 1; i <= kLeads; ++i) {
            Lead lead = makeLead(i);
            QVERIFY(leads.insert(lead).ok());
        }
        Campaign campaign = makeCampaign(u"Watchdog"_s, Channel::Email);
        const auto campaignId = CampaignRepository(t.db()).create(campaign);
        QVERIFY(campaignId.ok());

        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setRpmLimit(kRatePerSecond * 60);
        RateLimitHeaderStyle style;
        style.onSuccess = headersOnSuccess;
        style.remainingOn429 = remainingOn429;
        style.resetOn429 = resetOn429;
        style.retryAfter = retryAfter;
        style.retryAfterMs = false;
        server.setRateLimitHeaders(style);
        // The server's own clock for the accepted requests, so the rate is
        // measured where the limit is enforced.
        QList<qint64> acceptedAt;
        server.setHandler([&acceptedAt](const FakeRequest &) -> std::optional<FakeReply> {
            acceptedAt.append(QDateTime::currentMSecsSinceEpoch());
            return std::nullopt;
        });

        OpenAiCompatibleProvider provider(u"openai"_s, u"sk-watchdog"_s, server.baseUrl(), u"fake-model"_s);
        GenerationEngine engine(t.db(), &provider);
        GenerationOptions options;
        options.concurrency = concurrency;
        options.maxAttempts = 10; // no lead may give up on 429s in this test
        options.rngSeed = 7;
        options.requestTimeoutMs = 20000;
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        QVERIFY2(engine.start(campaignId.value(), options), qPrintable(engine.error()));
        // Generous: the bucket allows the whole run in about one second.
        QVERIFY2(finished.wait(60000), "the run stalled");
        const auto summary = finished.first().first().value<GenerationSummary>();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.generated, kLeads);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(acceptedAt.size(), kLeads);
        QCOMPARE(server.chatRequestCount(), summary.requests);

        // The bucket starts full (one second's worth) and then allows
        // kRatePerSecond; a quarter of that is the floor, far above the
        // 4 requests per second of a pacer stuck probing.
        const double spanSeconds = std::max<qint64>(1, acceptedAt.last() - acceptedAt.first()) / 1000.0;
        const double rate = (kLeads - kRatePerSecond) / spanSeconds;
        QVERIFY2(rate >= kRatePerSecond / 4.0,
                 qPrintable(u"%1 accepted requests per second over %2 s, %3 refused"_s.arg(rate)
                                .arg(spanSeconds)
                                .arg(server.rateLimitedCount())));
        QCOMPARE(MessageRepository(t.db()).count(campaignId.value(), GenerationStatus::Generated).value(),
                 qint64(kLeads));
    }
};

QTEST_GUILESS_MAIN(TestGenerationWatchdog)
#include "test_generation_watchdog.moc"
