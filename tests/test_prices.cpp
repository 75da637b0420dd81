// The price table: built-in defaults, lookups, cost per message, and the
// refresh from Cerebras's public model list (served by the fake server).
#include "support/FakeLlmServer.h"

#include "llm/OpenAiCompatibleProvider.h"
#include "llm/PriceTable.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

class TestPrices : public QObject
{
    Q_OBJECT

private slots:
    void builtInKnowsTheCerebrasModels_data();
    void builtInKnowsTheCerebrasModels();
    void lookupIgnoresCaseAndVendorPrefix();
    void costIsTokensTimesPrice();
    void parsesCerebrasModelList_data();
    void parsesCerebrasModelList();
    void rejectsDocumentsThatAreNotModelLists_data();
    void rejectsDocumentsThatAreNotModelLists();
    void refreshFromFakeServer();
    void failedRefreshKeepsTheTable();
};

void TestPrices::builtInKnowsTheCerebrasModels_data()
{
    QTest::addColumn<QString>("model");
    for (const auto model :
         {u"gpt-oss-120b", u"llama3.1-8b", u"llama-3.3-70b", u"qwen-3-32b", u"gpt-4o-mini"})
        QTest::newRow(QString::fromUtf16(model).toLatin1().constData()) << QString::fromUtf16(model);
}

void TestPrices::builtInKnowsTheCerebrasModels()
{
    QFETCH(QString, model);
    const auto price = PriceTable::builtIn().find(model);
    QVERIFY(price);
    // Plausible per-token prices: between 1 cent and 20 dollars per million tokens.
    QVERIFY(price->promptUsdPerToken > 1e-8 && price->promptUsdPerToken < 2e-5);
    QVERIFY(price->completionUsdPerToken >= price->promptUsdPerToken);
}

void TestPrices::lookupIgnoresCaseAndVendorPrefix()
{
    const PriceTable table = PriceTable::builtIn();
    QVERIFY(table.find(u"GPT-OSS-120B"_s));
    QVERIFY(table.find(u"openai/gpt-4o-mini"_s));
    QVERIFY(!table.find(u"no-such-model"_s));
    QCOMPARE(table.cost(u"no-such-model"_s, 1000, 1000), 0.0);
}

void TestPrices::costIsTokensTimesPrice()
{
    PriceTable table;
    table.set(u"m"_s, {0.25e-6, 0.69e-6});
    QVERIFY(qFuzzyCompare(table.cost(u"m"_s, 1'000'000, 0), 0.25));
    QVERIFY(qFuzzyCompare(table.cost(u"m"_s, 400, 600), 400 * 0.25e-6 + 600 * 0.69e-6));
    QCOMPARE(table.cost(u"m"_s, -5, 0), 0.0);

    OpenAiCompatibleProvider provider(u"cerebras"_s, u"key"_s);
    provider.setPriceTable(table);
    QCOMPARE(provider.costUsd(400, 600), 0.0); // the default model is not in this table
    table.set(u"gpt-oss-120b"_s, {1e-6, 2e-6});
    provider.setPriceTable(table);
    QVERIFY(qFuzzyCompare(provider.costUsd(100, 50), 100 * 1e-6 + 50 * 2e-6));
}

void TestPrices::parsesCerebrasModelList_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("updated");
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("prompt");
    QTest::addColumn<double>("completion");

    QTest::newRow("documented shape, strings")
        << QByteArray(
               R"({"data":[{"id":"gpt-oss-120b","pricing":{"prompt":"0.00000035","completion":"0.00000075"}}]})")
        << 1 << u"gpt-oss-120b"_s << 0.35e-6 << 0.75e-6;
    QTest::newRow("numbers") << QByteArray(
                                    R"({"data":[{"id":"x","pricing":{"prompt":1e-6,"completion":3e-6}}]})")
                             << 1 << u"x"_s << 1e-6 << 3e-6;
    QTest::newRow("bare array, input/output")
        << QByteArray(R"([{"id":"y","pricing":{"input":"2e-7","output":"4e-7"}}])") << 1 << u"y"_s << 2e-7
        << 4e-7;
    QTest::newRow("models key")
        << QByteArray(R"({"models":[{"model":"z","pricing":{"prompt":"0","completion":"0"}}]})") << 1
        << u"z"_s << 0.0 << 0.0;
    QTest::newRow("unreadable entries skipped")
        << QByteArray(R"({"data":[{"id":"a"},{"id":"b","pricing":{"prompt":"n/a","completion":"1"}},
                     {"pricing":{"prompt":"1","completion":"1"}},{"id":"c","pricing":{"prompt":"-1","completion":"1"}},
                     {"id":"ok","pricing":{"prompt":"1e-7","completion":"2e-7"}}]})")
        << 1 << u"ok"_s << 1e-7 << 2e-7;
}

void TestPrices::parsesCerebrasModelList()
{
    QFETCH(QByteArray, json);
    QFETCH(int, updated);
    QFETCH(QString, model);
    QFETCH(double, prompt);
    QFETCH(double, completion);

    PriceTable table;
    QString error;
    QCOMPARE(table.updateFromCerebrasModels(json, &error), updated);
    QVERIFY(error.isEmpty());
    const auto price = table.find(model);
    QVERIFY(price);
    QVERIFY(qFuzzyCompare(1 + price->promptUsdPerToken, 1 + prompt));
    QVERIFY(qFuzzyCompare(1 + price->completionUsdPerToken, 1 + completion));
    QCOMPARE(table.models().size(), updated);
}

void TestPrices::rejectsDocumentsThatAreNotModelLists_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("html") << QByteArray("<html>maintenance</html>") << u"not valid JSON"_s;
    QTest::newRow("object without data") << QByteArray(R"({"object":"list"})") << u"no \"data\" array"_s;
}

void TestPrices::rejectsDocumentsThatAreNotModelLists()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    PriceTable table = PriceTable::builtIn();
    const int before = int(table.models().size());
    QString error;
    QCOMPARE(table.updateFromCerebrasModels(json, &error), -1);
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QCOMPARE(table.models().size(), before);
}

void TestPrices::refreshFromFakeServer()
{
    FakeLlmServer server;
    QVERIFY(server.listen());
    OpenAiCompatibleProvider provider(u"cerebras"_s, u"key"_s, server.baseUrl());
    const double before = provider.costUsd(1'000'000, 0);

    PriceRefreshCall *call = provider.refreshPrices(server.publicModelsUrl());
    QSignalSpy spy(call, &PriceRefreshCall::finished);
    QVERIFY(spy.wait(5000));
    QVERIFY2(spy.at(0).at(1).toString().isEmpty(), qPrintable(spy.at(0).at(1).toString()));
    QCOMPARE(spy.at(0).at(0).toInt(), 3); // gpt-oss-120b, llama3.1-8b, brand-new-model
    QCOMPARE(server.requests().constFirst().path, u"/public/v1/models"_s);

    QVERIFY(qFuzzyCompare(provider.costUsd(1'000'000, 0), 0.35));
    QVERIFY(before != provider.costUsd(1'000'000, 0));
    QVERIFY(provider.priceTable().find(u"brand-new-model"_s));
    QVERIFY(provider.priceTable().find(u"qwen-3-32b"_s)); // built-ins not in the list stay
}

void TestPrices::failedRefreshKeepsTheTable()
{
    FakeLlmServer server;
    QVERIFY(server.listen());
    server.enqueue(Fault::ServiceUnavailable);
    OpenAiCompatibleProvider provider(u"cerebras"_s, u"key"_s, server.baseUrl());
    const QStringList before = provider.priceTable().models();

    PriceRefreshCall *call = provider.refreshPrices(server.publicModelsUrl());
    QSignalSpy spy(call, &PriceRefreshCall::finished);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.at(0).at(0).toInt(), 0);
    QVERIFY(spy.at(0).at(1).toString().contains(u"answered 503"));
    QCOMPARE(provider.priceTable().models(), before);
}

QTEST_GUILESS_MAIN(TestPrices)
#include "test_prices.moc"
