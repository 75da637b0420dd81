// The generation engine's helpers that decide how fast and how much: the
// concurrency limiter (cuts on 429, Retry-After pauses, recovery, retry
// backoff with jitter), the budget guard (a cap that holds with requests in
// flight) and the latency statistics; and the lifecycle rule the engine
// asks before it starts and follows when it ends. Time is passed in as milliseconds;
// nothing here sleeps or reads a clock.
#include "CampaignLifecycle.h"
#include "generation/BudgetGuard.h"
#include "generation/ConcurrencyLimiter.h"
#include "generation/LatencyStats.h"
#include "llm/LlmProvider.h"

#include <QtTest>
#include <random>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {

// "r@T" a 429 at T ms (no Retry-After), "s" an accepted answer.
void play(ConcurrencyLimiter &limiter, const QString &script)
{
    for (const QString &step : script.split(u' ', Qt::SkipEmptyParts)) {
        if (step == u"s")
            limiter.succeeded();
        else if (step.startsWith(u"r@"))
            limiter.rateLimited(step.mid(2).toLongLong(), std::nullopt);
        else
            QFAIL(qPrintable(u"unknown step "_s + step));
    }
}

// "reserve X", "commit X Y" (reserved X, cost Y), "release X", comma-separated.
void play(BudgetGuard &budget, const QString &script)
{
    for (const QString &step : script.split(u',', Qt::SkipEmptyParts)) {
        const QStringList words = step.split(u' ', Qt::SkipEmptyParts);
        if (words.value(0) == u"reserve")
            budget.reserve(words.value(1).toDouble());
        else if (words.value(0) == u"commit")
            budget.commit(words.value(1).toDouble(), words.value(2).toDouble());
        else if (words.value(0) == u"release")
            budget.release(words.value(1).toDouble());
        else
            QFAIL(qPrintable(u"unknown step "_s + step));
    }
}

} // namespace

class TestGenerationGuards : public QObject
{
    Q_OBJECT

private slots:
    void limiterAdaptsToRateLimits_data()
    {
        QTest::addColumn<int>("maximum");
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("limit");
        QTest::newRow("starts at the maximum") << 8 << u""_s << 8;
        QTest::newRow("one 429 halves") << 8 << u"r@0"_s << 4;
        QTest::newRow("a burst of 429s halves once") << 8 << u"r@0 r@10 r@999"_s << 4;
        QTest::newRow("429s a second apart halve again") << 8 << u"r@0 r@1000"_s << 2;
        QTest::newRow("never below one") << 2 << u"r@0 r@1000 r@2000 r@3000"_s << 1;
        QTest::newRow("limit successes win one back") << 8 << u"r@0 s s s s"_s << 5;
        QTest::newRow("fewer successes win nothing") << 8 << u"r@0 s s s"_s << 4;
        QTest::newRow("never above the maximum") << 3 << u"s s s s s s s s s s"_s << 3;
        QTest::newRow("a cut starts the recovery count again") << 8 << u"r@0 s s s r@1000 s"_s << 2;
        QTest::newRow("recovers step by step") << 8 << u"r@0 s s s s s s s s s"_s << 6;
        QTest::newRow("a maximum below one is one") << 0 << u""_s << 1;
    }

    void limiterAdaptsToRateLimits()
    {
        QFETCH(int, maximum);
        QFETCH(QString, script);
        QFETCH(int, limit);
        ConcurrencyLimiter limiter({maximum, 500, 30000, 1});
        play(limiter, script);
        QCOMPARE(limiter.limit(), limit);
        QVERIFY(limiter.hasRoom(limit - 1));
        QVERIFY(!limiter.hasRoom(limit));
    }

    void limiterPausesAfterA429_data()
    {
        QTest::addColumn<int>("backoffBaseMs");
        QTest::addColumn<QList<qint64>>("refusedAtMs");
        QTest::addColumn<QList<double>>("retryAfterSeconds"); // < 0: none
        QTest::addColumn<qint64>("askedAtMs");
        QTest::addColumn<qint64>("allowedAtMs");
        QTest::newRow("nothing refused: now") << 500 << QList<qint64>{} << QList<double>{} << 70LL << 70LL;
        QTest::newRow("Retry-After 2 s")
            << 500 << QList<qint64>{1000} << QList<double>{2} << 1000LL << 3000LL;
        QTest::newRow("no Retry-After: the backoff base")
            << 500 << QList<qint64>{1000} << QList<double>{-1} << 1200LL << 1500LL;
        QTest::newRow("a shorter later pause does not shorten it")
            << 500 << QList<qint64>{0, 100} << QList<double>{5, 1} << 200LL << 5000LL;
        QTest::newRow("a longer later pause lengthens it")
            << 500 << QList<qint64>{0, 100} << QList<double>{1, 5} << 200LL << 5100LL;
        QTest::newRow("after the pause: now")
            << 500 << QList<qint64>{0} << QList<double>{2} << 2500LL << 2500LL;
    }

    void limiterPausesAfterA429()
    {
        QFETCH(int, backoffBaseMs);
        QFETCH(QList<qint64>, refusedAtMs);
        QFETCH(QList<double>, retryAfterSeconds);
        QFETCH(qint64, askedAtMs);
        QFETCH(qint64, allowedAtMs);
        ConcurrencyLimiter limiter({8, backoffBaseMs, 30000, 1});
        for (int i = 0; i < refusedAtMs.size(); ++i) {
            const double after = retryAfterSeconds.at(i);
            limiter.rateLimited(refusedAtMs.at(i), after < 0 ? std::nullopt : std::optional<double>(after));
        }
        QCOMPARE(limiter.nextAllowedMs(askedAtMs), allowedAtMs);
    }

    // The endpoint's headroom header reaches the pacer through the limiter.
    void limiterHoldsBackWhenTheEndpointHasNoHeadroom()
    {
        ConcurrencyLimiter limiter;
        const qint64 seq = limiter.dispatched(0);
        QCOMPARE(limiter.nextAllowedMs(0), qint64(0));
        limiter.answered(seq, 0, 0, false);
        QVERIFY(limiter.nextAllowedMs(10) > 10);
        // An accepted answer without the header: full speed again.
        limiter.answered(limiter.dispatched(300), 300, std::nullopt, false);
        QCOMPARE(limiter.nextAllowedMs(310), qint64(310));
    }

    void retryBackoffIsExponentialWithFullJitter_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("retryAfterSeconds"); // < 0: none
        QTest::addColumn<qint64>("lowestMs");
        QTest::addColumn<qint64>("highestMs");
        // base 500 ms, max 30 s, asked at 10 000 ms
        QTest::newRow("first retry: up to the base") << 1 << -1.0 << 0LL << 500LL;
        QTest::newRow("third retry: up to four times the base") << 3 << -1.0 << 0LL << 2000LL;
        QTest::newRow("capped at the maximum") << 12 << -1.0 << 0LL << 30000LL;
        QTest::newRow("never shorter than Retry-After") << 1 << 4.0 << 4000LL << 4000LL;
        QTest::newRow("jitter above a short Retry-After") << 3 << 0.5 << 500LL << 2000LL;
    }

    void retryBackoffIsExponentialWithFullJitter()
    {
        QFETCH(int, failures);
        QFETCH(double, retryAfterSeconds);
        QFETCH(qint64, lowestMs);
        QFETCH(qint64, highestMs);
        const qint64 now = 10000;
        const auto after = retryAfterSeconds < 0 ? std::nullopt : std::optional<double>(retryAfterSeconds);
        qint64 lowest = std::numeric_limits<qint64>::max();
        qint64 highest = 0;
        for (quint64 seed = 1; seed <= 300; ++seed) {
            ConcurrencyLimiter limiter({8, 500, 30000, seed});
            const qint64 delay = limiter.retryDueMs(now, failures, after) - now;
            lowest = std::min(lowest, delay);
            highest = std::max(highest, delay);
        }
        QVERIFY2(lowest >= lowestMs && highest <= highestMs,
                 qPrintable(u"delays %1..%2 ms"_s.arg(lowest).arg(highest)));
        // Full jitter spreads over the whole range, not a fixed delay.
        QVERIFY(highest - lowest >= (highestMs - lowestMs) * 3 / 4);
    }

    void retryWaitsOutARateLimitPause()
    {
        ConcurrencyLimiter limiter({8, 500, 30000, 7});
        limiter.rateLimited(1000, 10.0);
        QVERIFY(limiter.retryDueMs(1000, 1, std::nullopt) >= 11000);
    }

    void retryBackoffIsReproducibleFromItsSeed()
    {
        ConcurrencyLimiter a({8, 500, 30000, 42});
        ConcurrencyLimiter b({8, 500, 30000, 42});
        for (int failures = 1; failures <= 6; ++failures)
            QCOMPARE(a.retryDueMs(0, failures, std::nullopt), b.retryDueMs(0, failures, std::nullopt));
    }

    void budgetBooks_data()
    {
        QTest::addColumn<double>("cap");
        QTest::addColumn<QString>("script");
        QTest::addColumn<double>("spent");
        QTest::addColumn<double>("reserved");
        QTest::addColumn<double>("probe");
        QTest::addColumn<bool>("fits");
        QTest::newRow("no cap: anything fits")
            << 0.0 << u"reserve 5, commit 5 4"_s << 4.0 << 0.0 << 1e9 << true;
        QTest::newRow("fits exactly at the cap") << 1.0 << u""_s << 0.0 << 0.0 << 1.0 << true;
        QTest::newRow("over the cap") << 1.0 << u""_s << 0.0 << 0.0 << 1.01 << false;
        QTest::newRow("requests in flight count")
            << 1.0 << u"reserve 0.4, reserve 0.4"_s << 0.0 << 0.8 << 0.3 << false;
        QTest::newRow("room beside requests in flight")
            << 1.0 << u"reserve 0.4, reserve 0.4"_s << 0.0 << 0.8 << 0.19 << true;
        QTest::newRow("an answer books its real cost")
            << 1.0 << u"reserve 0.4, commit 0.4 0.1"_s << 0.1 << 0.0 << 0.9 << true;
        QTest::newRow("an answer dearer than estimated still counts")
            << 1.0 << u"reserve 0.4, commit 0.4 0.7"_s << 0.7 << 0.0 << 0.4 << false;
        QTest::newRow("a cancelled request spends nothing")
            << 1.0 << u"reserve 0.6, release 0.6"_s << 0.0 << 0.0 << 1.0 << true;
    }

    void budgetBooks()
    {
        QFETCH(double, cap);
        QFETCH(QString, script);
        QFETCH(double, spent);
        QFETCH(double, reserved);
        QFETCH(double, probe);
        QFETCH(bool, fits);
        BudgetGuard budget(cap);
        play(budget, script);
        QCOMPARE(budget.spent(), spent);
        QVERIFY(qAbs(budget.reserved() - reserved) < 1e-12);
        QCOMPARE(budget.fits(probe), fits);
    }

    // The cap holds with many requests in flight whose answers come back in
    // any order and cost up to their estimate: the promise the engine makes.
    void budgetIsACapWithRequestsInFlight_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("concurrency");
        for (const int concurrency : {1, 8, 64})
            for (const quint64 seed : {1ULL, 2ULL, 3ULL})
                QTest::addRow("c%d seed %llu", concurrency, seed) << seed << concurrency;
    }

    void budgetIsACapWithRequestsInFlight()
    {
        QFETCH(quint64, seed);
        QFETCH(int, concurrency);
        const double cap = 1.0;
        BudgetGuard budget(cap);
        std::mt19937_64 rng(seed);
        std::uniform_real_distribution<double> estimate(0.001, 0.05);
        std::uniform_real_distribution<double> share(0.0, 1.0);
        std::vector<double> inFlight;
        int refused = 0;
        for (int step = 0; step < 5000; ++step) {
            if (int(inFlight.size()) < concurrency) {
                const double usd = estimate(rng);
                if (budget.fits(usd)) {
                    budget.reserve(usd);
                    inFlight.push_back(usd);
                } else {
                    ++refused;
                }
            }
            if (!inFlight.empty() && share(rng) < 0.6) {
                const size_t i = size_t(rng() % inFlight.size());
                const double usd = inFlight[i];
                inFlight.erase(inFlight.begin() + qsizetype(i));
                if (share(rng) < 0.1)
                    budget.release(usd);
                else
                    budget.commit(usd, usd * share(rng));
            }
            QVERIFY(budget.spent() + budget.reserved() <= cap + 1e-9);
        }
        QVERIFY(refused > 0); // the cap was reached, not merely approached
    }

    void estimateCountsTwoCharactersATokenPlusOverhead_data()
    {
        QTest::addColumn<QStringList>("contents");
        QTest::addColumn<int>("tokens");
        QTest::newRow("empty") << QStringList{} << 32;
        QTest::newRow("one message") << QStringList{QString(100, u'x')} << 82;
        QTest::newRow("several messages") << QStringList{QString(10, u'x'), QString(31, u'y')} << 52;
    }

    void estimateCountsTwoCharactersATokenPlusOverhead()
    {
        QFETCH(QStringList, contents);
        QFETCH(int, tokens);
        ChatRequest request;
        for (const QString &content : contents) {
            ChatMessage message;
            message.content = content;
            request.messages.append(message);
        }
        QCOMPARE(BudgetGuard::estimatedPromptTokens(request), tokens);
    }

    void generationFollowsTheLifecycle_data()
    {
        QTest::addColumn<CampaignStatus>("status");
        QTest::addColumn<bool>("canGenerate");
        QTest::newRow("draft") << CampaignStatus::Draft << true;
        QTest::newRow("generating (another run)") << CampaignStatus::Generating << true;
        QTest::newRow("ready (regenerate)") << CampaignStatus::Ready << true;
        QTest::newRow("active") << CampaignStatus::Active << false;
        QTest::newRow("paused") << CampaignStatus::Paused << false;
        QTest::newRow("completed") << CampaignStatus::Completed << false;
        QTest::newRow("archived") << CampaignStatus::Archived << false;
    }

    void generationFollowsTheLifecycle()
    {
        QFETCH(CampaignStatus, status);
        QFETCH(bool, canGenerate);
        QCOMPARE(CampaignLifecycle::canGenerate(status), canGenerate);
        // Where a run ends is always a move the lifecycle allows from "generating".
        for (const bool any : {true, false})
            QVERIFY(CampaignLifecycle::canMove(CampaignStatus::Generating,
                                               CampaignLifecycle::afterGeneration(any)));
        QCOMPARE(CampaignLifecycle::afterGeneration(true), CampaignStatus::Ready);
        QCOMPARE(CampaignLifecycle::afterGeneration(false), CampaignStatus::Draft);
    }

    void latencyPercentiles_data()
    {
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<int>("p50");
        QTest::addColumn<int>("p95");
        QTest::addColumn<int>("maximum");
        QList<int> hundred;
        for (int i = 100; i >= 1; --i)
            hundred << i;
        QTest::newRow("none") << QList<int>{} << 0 << 0 << 0;
        QTest::newRow("one") << QList<int>{120} << 120 << 120 << 120;
        QTest::newRow("two") << QList<int>{300, 100} << 300 << 300 << 300;
        QTest::newRow("1..100 in reverse") << hundred << 51 << 96 << 100;
        QTest::newRow("one slow outlier") << QList<int>{10, 10, 10, 10, 5000} << 10 << 5000 << 5000;
    }

    void latencyPercentiles()
    {
        QFETCH(QList<int>, values);
        QFETCH(int, p50);
        QFETCH(int, p95);
        QFETCH(int, maximum);
        LatencyStats stats;
        for (int value : values)
            stats.add(value);
        QCOMPARE(stats.isEmpty(), values.isEmpty());
        QCOMPARE(stats.count(), int(values.size()));
        QCOMPARE(stats.percentile(0.5), p50);
        QCOMPARE(stats.percentile(0.95), p95);
        QCOMPARE(stats.maximum(), maximum);
    }
};

QTEST_GUILESS_MAIN(TestGenerationGuards)
#include "test_generation_guards.moc"
