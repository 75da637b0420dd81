// The A/B/C decision of the fixed-horizon rule (one look, chi-square and
// Holm-adjusted pairwise tests): which variant wins, when none does yet, and
// what `outreach analytics --json` reports for it. The sequential rule, the
// default, has its own suite (test_stats_sequential).
#include "stats/AbTestAnalyzer.h"
#include "stats/Statistics.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace outreach;
using namespace Qt::StringLiterals;

namespace {

// Three variants (professional, friendly, direct) with the given sent and
// replied counts; opens and clicks are filled in so the funnel is plausible.
QList<FunnelCounts> replies(const QList<qint64> &sent, const QList<qint64> &replied)
{
    QList<FunnelCounts> result;
    for (int i = 0; i < sent.size(); ++i) {
        FunnelCounts c;
        c.index = i;
        c.assigned = sent[i];
        c.sent = sent[i];
        c.delivered = sent[i];
        c.replied = replied[i];
        c.clicked = replied[i];
        c.opened = std::min(sent[i], 3 * replied[i]);
        result.append(c);
    }
    return result;
}

AbTestOptions fixedHorizon()
{
    AbTestOptions options;
    options.mode = TestMode::Fixed;
    return options;
}

} // namespace

class TestStatsVerdict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void clearWinner()
    {
        const AbTestResult r = analyzeAbTest(replies({2000, 2000, 2000}, {80, 76, 122}), fixedHorizon());
        QVERIFY(r.winner.has_value());
        QCOMPARE(*r.winner, 2);
        QCOMPARE(r.sendsNeeded, std::optional<qint64>(0));
        QVERIFY(!r.srmFlag);
        QVERIFY(r.chiSquare.valid && r.chiSquare.pValue < 0.05);
        QCOMPARE(r.pairwise.size(), 2);
        for (const PairwiseTest &t : r.pairwise) {
            QCOMPARE(t.a, 2);
            QCOMPARE(t.kind, PairwiseTest::Kind::Z);
            QVERIFY(t.pAdjusted >= t.pValue);
            QVERIFY(t.pAdjusted < 0.05);
        }
        QVERIFY(r.variants[2].probabilityBest > 0.99);
        QCOMPARE(r.verdict, u"Direct wins on reply rate: 6.1 % vs 4.0 % and 3.8 %, p = 0.0024."_s);
    }

    void noWinnerYetReportsSendsNeeded()
    {
        const AbTestResult r = analyzeAbTest(replies({1000, 1000, 1000}, {40, 45, 50}), fixedHorizon());
        QVERIFY(!r.winner.has_value());
        QCOMPARE(r.bestVariant, std::optional<int>(2));
        // The closest competitor (4.5 %) against the best (5.0 %) sets the size.
        const qint64 perVariant = *stats::sendsNeededPerVariant(0.045, 0.05);
        QCOMPARE(r.sendsNeeded, std::optional<qint64>(perVariant - 1000));
        QCOMPARE(r.verdict, u"No winner yet: about %1 more sends per variant needed."_s.arg(u"27,408"_s));
        QCOMPARE(perVariant, 28408);
    }

    void minimumSampleNotReached()
    {
        // Significant on every test, but only 50 sent per variant.
        const AbTestResult r = analyzeAbTest(replies({50, 50, 50}, {0, 0, 8}), fixedHorizon());
        QVERIFY(r.chiSquare.pValue < 0.01);
        for (const PairwiseTest &t : r.pairwise) {
            QCOMPARE(t.kind, PairwiseTest::Kind::Fisher);
            QVERIFY(t.pAdjusted < 0.05);
        }
        QVERIFY(!r.winner.has_value());
        QCOMPARE(r.sendsNeeded, std::optional<qint64>(50));
        QVERIFY2(r.verdict.contains(u"at least 100 sent"_s), qPrintable(r.verdict));

        AbTestOptions lower = fixedHorizon();
        lower.minSample = 50;
        QCOMPARE(analyzeAbTest(replies({50, 50, 50}, {0, 0, 8}), lower).winner, std::optional<int>(2));
    }

    void srmOverridesWinner()
    {
        const AbTestResult r =
            analyzeAbTest(replies({51000, 49000, 50000}, {2000, 1960, 3000}), fixedHorizon());
        QVERIFY(r.srmFlag);
        QVERIFY(std::abs(r.srm.statistic - 40.0) < 1e-9);
        QVERIFY(r.srm.pValue < 0.001);
        QVERIFY(!r.winner.has_value());
        QVERIFY2(r.verdict.startsWith(u"Warning: the sent counts (51,000 / 49,000 / 50,000) do not match"_s),
                 qPrintable(r.verdict));
        QVERIFY(r.verdict.contains(u"sample ratio mismatch, p < 0.001"_s));
    }

    void plannedSplitIsRespected()
    {
        AbTestOptions options = fixedHorizon();
        options.plannedSplit = {0.5, 0.25, 0.25};
        const AbTestResult planned = analyzeAbTest(replies({5000, 2500, 2500}, {200, 100, 100}), options);
        QVERIFY(!planned.srmFlag);
        QVERIFY(planned.srm.pValue > 0.99);
        QVERIFY(analyzeAbTest(replies({5000, 2500, 2500}, {200, 100, 100}), fixedHorizon()).srmFlag);
    }

    void zeroData()
    {
        const AbTestResult r = analyzeAbTest(replies({0, 0, 0}, {0, 0, 0}), fixedHorizon());
        QVERIFY(!r.winner.has_value());
        QVERIFY(!r.bestVariant.has_value());
        QVERIFY(!r.sendsNeeded.has_value());
        QVERIFY(!r.chiSquare.valid);
        QVERIFY(!r.srmFlag);
        QVERIFY(r.pairwise.isEmpty());
        QCOMPARE(r.verdict, u"No data yet: nothing has been sent."_s);
        for (const VariantResult &v : r.variants)
            QVERIFY(std::abs(v.probabilityBest - 1.0 / 3) < 1e-9);

        const QJsonObject json = r.toJson();
        QVERIFY(json[u"chi_square"_s][u"p_value"_s].isNull());
        QVERIFY(json[u"srm"_s][u"p_value"_s].isNull());
        QVERIFY(json[u"sends_needed"_s].isNull());
        QVERIFY(json[u"winner"_s][u"variant"_s].isNull());
        const QJsonObject first = json[u"variants"_s].toArray().first().toObject();
        QVERIFY(first[u"reply_rate"_s].isNull());
        QCOMPARE(first[u"ci_low"_s].toDouble(), 0.0);
        QCOMPARE(first[u"ci_high"_s].toDouble(), 1.0);
        const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact).toLower();
        QVERIFY(!text.contains("nan") && !text.contains("inf"));
    }

    void noSuccessesAnywhere()
    {
        const AbTestResult r = analyzeAbTest(replies({200, 200, 200}, {0, 0, 0}), fixedHorizon());
        QVERIFY(!r.chiSquare.valid);
        QVERIFY(r.toJson()[u"chi_square"_s][u"statistic"_s].isNull());
        QCOMPARE(r.pairwise.size(), 2);
        for (const PairwiseTest &t : r.pairwise) {
            QCOMPARE(t.kind, PairwiseTest::Kind::Fisher);
            QCOMPARE(t.pValue, 1.0);
        }
        QVERIFY(!r.winner.has_value());
        QVERIFY(!r.sendsNeeded.has_value());
        QCOMPARE(r.verdict, u"No winner yet: no difference in reply rate between the variants so far."_s);
    }

    void minimumDetectableLiftSetsTheSize()
    {
        AbTestOptions options = fixedHorizon();
        options.minDetectableLift = 0.05;
        const AbTestResult r = analyzeAbTest(replies({300, 300, 300}, {30, 30, 30}), options);
        QCOMPARE(r.sendsNeeded, std::optional<qint64>(686 - 300)); // 10 % vs 15 %
        QVERIFY(r.verdict.contains(u"386 more sends"_s));
    }

    void plannedSampleReachedWithoutDifference()
    {
        // A 5-point lift would need 686 per variant; 2000 were sent and the
        // variants barely differ, so the test has answered: no real difference.
        AbTestOptions options = fixedHorizon();
        options.minDetectableLift = 0.05;
        const AbTestResult r = analyzeAbTest(replies({2000, 2000, 2000}, {200, 205, 210}), options);
        QVERIFY(!r.winner.has_value());
        QCOMPARE(r.sendsNeeded, std::optional<qint64>(0));
        QVERIFY2(r.verdict.startsWith(u"No winner: the planned sample is reached"_s), qPrintable(r.verdict));
    }

    void metricSelectsTheCounts_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<int>("best");
        QTest::newRow("open") << int(WinnerMetric::Open) << 0;
        QTest::newRow("click") << int(WinnerMetric::Click) << 1;
        QTest::newRow("reply") << int(WinnerMetric::Reply) << 2;
    }
    void metricSelectsTheCounts()
    {
        QFETCH(int, metric);
        QFETCH(int, best);
        QList<FunnelCounts> counts = replies({1000, 1000, 1000}, {10, 10, 60});
        counts[0].opened = 600;
        counts[1].opened = 300;
        counts[2].opened = 300;
        counts[0].clicked = 50;
        counts[1].clicked = 150;
        counts[2].clicked = 60;
        AbTestOptions options = fixedHorizon();
        options.metric = WinnerMetric(metric);
        const AbTestResult r = analyzeAbTest(counts, options);
        QCOMPARE(r.winner, std::optional<int>(best));
        const QJsonObject json = r.toJson();
        QCOMPARE(json[u"metric"_s].toString(), toString(WinnerMetric(metric)));
        const QJsonObject winner = json[u"variants"_s].toArray().at(best).toObject();
        const stats::Interval ci = r.variants[best].interval(WinnerMetric(metric));
        QCOMPARE(winner[u"ci_low"_s].toDouble(), ci.low);
        QVERIFY(ci.low < r.variants[best].rate(WinnerMetric(metric)));
        QVERIFY(winner[u"prob_best"_s].toDouble() > 0.99);
    }

    void countsAboveSentAreCapped()
    {
        // A reply logged without a "sent" event must not push a rate past 100 %.
        QList<FunnelCounts> counts = replies({10, 10}, {3, 12});
        const AbTestResult r = analyzeAbTest(counts, fixedHorizon());
        QCOMPARE(r.variants[1].replyRate, 1.0);
        QCOMPARE(r.variants[1].replyInterval.high, 1.0);
    }

    void jsonLayout()
    {
        const QJsonObject json =
            analyzeAbTest(replies({2000, 2000, 2000}, {80, 76, 122}), fixedHorizon()).toJson();
        QStringList top = json.keys();
        top.sort();
        QCOMPARE(top, (QStringList{u"alpha"_s, u"chi_square"_s, u"interim"_s, u"metric"_s, u"mode"_s,
                                   u"pairwise"_s, u"planned_sends"_s, u"sends_needed"_s, u"srm"_s,
                                   u"variants"_s, u"verdict"_s, u"winner"_s}));
        QCOMPARE(json[u"mode"_s].toString(), u"fixed"_s);
        QCOMPARE(json[u"alpha"_s].toDouble(), 0.05);
        QCOMPARE(json[u"metric"_s].toString(), u"reply"_s);
        QStringList variantKeys = json[u"variants"_s].toArray().first().toObject().keys();
        variantKeys.sort();
        QCOMPARE(variantKeys,
                 (QStringList{u"assigned"_s, u"auto_replied"_s, u"bounced"_s, u"ci_high"_s, u"ci_low"_s,
                              u"click_rate"_s, u"clicked"_s, u"delivered"_s, u"expected_loss"_s, u"index"_s,
                              u"open_rate"_s, u"opened"_s, u"prob_best"_s, u"replied"_s, u"reply_rate"_s,
                              u"sent"_s, u"tone"_s}));
        const QJsonObject direct = json[u"variants"_s].toArray().at(2).toObject();
        QCOMPARE(direct[u"tone"_s].toString(), u"direct"_s);
        QCOMPARE(direct[u"replied"_s].toInteger(), 122);
        QCOMPARE(direct[u"reply_rate"_s].toDouble(), 0.061);
        QCOMPARE(json[u"chi_square"_s].toObject().keys(),
                 (QStringList{u"df"_s, u"p_value"_s, u"statistic"_s}));
        QCOMPARE(json[u"chi_square"_s][u"df"_s].toInt(), 2);
        const QJsonObject pair = json[u"pairwise"_s].toArray().first().toObject();
        QCOMPARE(pair.keys(),
                 (QStringList{u"a"_s, u"always_valid_p"_s, u"always_valid_p_adjusted"_s, u"b"_s,
                              u"confidence_sequence"_s, u"p_adjusted"_s, u"p_value"_s, u"test"_s}));
        QCOMPARE(pair[u"test"_s].toString(), u"z"_s);
        QCOMPARE(json[u"srm"_s].toObject().keys(), (QStringList{u"flag"_s, u"p_value"_s, u"statistic"_s}));
        QCOMPARE(json[u"srm"_s][u"flag"_s].toBool(), false);
        QCOMPARE(json[u"winner"_s].toObject().keys(), (QStringList{u"metric"_s, u"variant"_s}));
        QCOMPARE(json[u"winner"_s][u"variant"_s].toInt(), 2);
        QCOMPARE(json[u"sends_needed"_s].toInteger(), 0);
    }

    void germanNumberFormat()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const AbTestResult r = analyzeAbTest(replies({2000, 2000, 2000}, {80, 76, 122}), fixedHorizon());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(r.verdict.contains(u"6,1 %"_s), qPrintable(r.verdict));
    }
};

QTEST_GUILESS_MAIN(TestStatsVerdict)
#include "test_stats_verdict.moc"
