// The pieces of the generation engine that need no database: request pacing
// under a rate limit, and how the provider is chosen and built.
#include "generation/ProviderFactory.h"
#include "generation/RequestPacer.h"
#include "llm/OpenAiCompatibleProvider.h"

#include <QtTest>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace outreach;

class TestGenerationUnits : public QObject
{
    Q_OBJECT

private slots:
    void pacerWithoutHeadroomHintsNeverWaits()
    {
        RequestPacer pacer;
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(pacer.nextAllowedMs(i), qint64(i));
            const qint64 seq = pacer.dispatched(i);
            pacer.observed(seq, i, std::nullopt, false);
        }
        QVERIFY(!pacer.ratePerSecond());
    }

    // A simulated token bucket (rate per second, burst) answering each request
    // at once: the pacer must keep it from running dry while using most of it.
    void pacerFollowsATokenBucket_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("burst");
        QTest::newRow("1000/min") << 1000.0 / 60 << 1000.0 / 60;
        QTest::newRow("100/min") << 100.0 / 60 << 5.0;
        QTest::newRow("6000/min") << 100.0 << 100.0;
    }

    void pacerFollowsATokenBucket()
    {
        QFETCH(double, rate);
        QFETCH(double, burst);
        RequestPacer pacer;
        double tokens = burst;
        qint64 last = 0;
        int sent = 0;
        int refused = 0;
        const qint64 durationMs = 60000;
        for (qint64 now = 0; now < durationMs; ++now) {
            tokens = std::min(burst, tokens + (now - last) * rate / 1000.0);
            last = now;
            while (pacer.nextAllowedMs(now) <= now) {
                const qint64 seq = pacer.dispatched(now);
                const bool ok = tokens >= 1;
                if (ok) {
                    tokens -= 1;
                    ++sent;
                } else {
                    ++refused;
                }
                pacer.observed(seq, now, qint64(std::floor(tokens)), !ok);
                if (!ok)
                    break;
            }
        }
        const double possible = burst + rate * durationMs / 1000.0;
        QVERIFY2(sent >= 0.95 * possible, qPrintable(u"%1 of %2"_s.arg(sent).arg(possible)));
        QVERIFY2(refused <= 0.01 * sent, qPrintable(u"%1 refused"_s.arg(refused)));
        QVERIFY(pacer.ratePerSecond());
        QVERIFY(std::abs(*pacer.ratePerSecond() - rate) < 0.2 * rate);
    }

    // Issue 11 item 1: an endpoint that reports "0 left" on its 429s and no
    // headroom at all on its 200s. The 0 must not become the bucket's size.
    void pacerRecoversFromARefusalWhenSuccessesCarryNoHeaders()
    {
        RequestPacer pacer;
        qint64 seq = pacer.dispatched(0);
        pacer.observed(seq, 0, 0, true);
        seq = pacer.dispatched(1000);
        pacer.observed(seq, 1000, std::nullopt, false);
        for (qint64 now = 1000; now < 1100; ++now) {
            QCOMPARE(pacer.nextAllowedMs(now), now);
            pacer.observed(pacer.dispatched(now), now, std::nullopt, false);
        }
    }

    // Requests that never bring a reading back (timeouts, resets) must not
    // hold the pacer below its threshold for ever, nor may a bucket of one.
    void pacerNeverWaitsForEver_data()
    {
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<int>("silentRequests");
        QTest::newRow("bucket of one") << qint64(0) << 0;
        QTest::newRow("silent requests after a full bucket") << qint64(9) << 30;
        QTest::newRow("silent requests after a refusal") << qint64(0) << 30;
    }

    void pacerNeverWaitsForEver()
    {
        QFETCH(qint64, remaining);
        QFETCH(int, silentRequests);
        RequestPacer pacer;
        qint64 now = 0;
        // Two readings a second apart teach it a rate of a few per second.
        for (int i = 0; i < 4; ++i, now += 400)
            pacer.observed(pacer.dispatched(now), now, remaining, false);
        for (int i = 0; i < silentRequests; ++i)
            pacer.dispatched(now);
        const qint64 next = pacer.nextAllowedMs(now);
        QVERIFY(next >= now);
        QVERIFY2(pacer.nextAllowedMs(next) <= next, qPrintable(QString::number(next - now)));
        QVERIFY2(next - now < 60000, qPrintable(QString::number(next - now)));
    }

    void providerChoice_data()
    {
        QTest::addColumn<QString>("campaignProvider");
        QTest::addColumn<QString>("campaignModel");
        QTest::addColumn<QString>("flagProvider");
        QTest::addColumn<QString>("flagModel");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::newRow("defaults") << ""
                                  << ""
                                  << ""
                                  << ""
                                  << "cerebras"
                                  << "";
        QTest::newRow("campaign override") << "openai"
                                           << "gpt-4o-mini"
                                           << ""
                                           << ""
                                           << "openai"
                                           << "gpt-4o-mini";
        QTest::newRow("flag wins") << "openai"
                                   << "gpt-4o-mini"
                                   << "offline"
                                   << ""
                                   << "offline"
                                   << "";
        QTest::newRow("flag model") << ""
                                    << "llama3.1-8b"
                                    << ""
                                    << "qwen-3-32b"
                                    << "cerebras"
                                    << "qwen-3-32b";
        // What the campaign dialog stored before providers had a type.
        QTest::newRow("old dialog spelling") << " openai-compatible"
                                             << "m"
                                             << ""
                                             << ""
                                             << "openai"
                                             << "m";
        QTest::newRow("same provider keeps model") << "openai"
                                                   << "gpt-4o"
                                                   << "OpenAI"
                                                   << ""
                                                   << "openai"
                                                   << "gpt-4o";
    }

    void providerChoice()
    {
        QFETCH(QString, campaignProvider);
        QFETCH(QString, campaignModel);
        QFETCH(QString, flagProvider);
        QFETCH(QString, flagModel);
        QFETCH(QString, provider);
        QFETCH(QString, model);
        Campaign c;
        c.provider = campaignProvider;
        c.model = campaignModel;
        const ProviderChoice choice = ProviderFactory::resolve(c, {flagProvider, {}, flagModel});
        QCOMPARE(choice.provider, provider);
        QCOMPARE(choice.model, model);
    }

    void createBuildsEachProvider()
    {
        QString error;
        auto cerebras = ProviderFactory::create({u"cerebras"_s, {}, {}}, u"sk-secret"_s, &error);
        QVERIFY(cerebras);
        QCOMPARE(cerebras->model(), u"gpt-oss-120b"_s);
        QCOMPARE(static_cast<OpenAiCompatibleProvider *>(cerebras.get())->baseUrl(),
                 QUrl(u"https://api.cerebras.ai/v1"_s));
        auto custom =
            ProviderFactory::create({u"openai"_s, QUrl(u"http://127.0.0.1:8080/v1"_s), u"m"_s}, u"k"_s);
        QVERIFY(custom);
        QCOMPARE(static_cast<OpenAiCompatibleProvider *>(custom.get())->baseUrl(),
                 QUrl(u"http://127.0.0.1:8080/v1"_s));
        auto offline = ProviderFactory::create({u"offline"_s, {}, {}}, {});
        QVERIFY(offline && offline->isOffline());

        QVERIFY(!ProviderFactory::create({u"cerebras"_s, {}, {}}, {}, &error));
        QVERIFY(error.contains(u"CEREBRAS_API_KEY"_s) && error.contains(u"--provider offline"_s));
        QVERIFY(!ProviderFactory::create({u"bogus"_s, {}, {}}, u"sk-secret"_s, &error));
        QVERIFY(error.contains(u"bogus"_s) && !error.contains(u"sk-secret"_s));
        QVERIFY(!ProviderFactory::create({u"openai"_s, QUrl(u"ftp://x"_s), {}}, u"sk-secret"_s, &error));
        QVERIFY(!error.contains(u"sk-secret"_s));
    }
};

QTEST_GUILESS_MAIN(TestGenerationUnits)
#include "test_generation_units.moc"
