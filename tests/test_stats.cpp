// Known answers for the statistics building blocks (issue 4): values from
// scipy's documentation, Newcombe (1998) and independent computation.
#include "stats/Statistics.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace outreach::stats;

using Table = QList<QList<double>>;
using Arms = QList<QPair<qint64, qint64>>;

class TestStats : public QObject
{
    Q_OBJECT

private:
    static bool closeRel(double actual, double expected, double rel)
    {
        return std::abs(actual - expected) <= rel * std::abs(expected);
    }

private slots:
    void wilson_data()
    {
        QTest::addColumn<qint64>("successes");
        QTest::addColumn<qint64>("trials");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // Newcombe (1998), table I, method 3.
        QTest::newRow("81/263") << qint64(81) << qint64(263) << 0.2553 << 0.3662;
        QTest::newRow("15/148") << qint64(15) << qint64(148) << 0.0624 << 0.1605;
        QTest::newRow("0/20") << qint64(0) << qint64(20) << 0.0 << 0.1611;
        QTest::newRow("1/29") << qint64(1) << qint64(29) << 0.0061 << 0.1718;
        QTest::newRow("20/20 mirrors 0/20") << qint64(20) << qint64(20) << 1 - 0.1611 << 1.0;
        QTest::newRow("no trials: nothing known") << qint64(0) << qint64(0) << 0.0 << 1.0;
    }
    void wilson()
    {
        QFETCH(qint64, successes);
        QFETCH(qint64, trials);
        QFETCH(double, low);
        QFETCH(double, high);
        const Interval ci = wilsonInterval(successes, trials);
        QVERIFY2(std::abs(ci.low - low) < 1e-4, qPrintable(QString::number(ci.low, 'f', 6)));
        QVERIFY2(std::abs(ci.high - high) < 1e-4, qPrintable(QString::number(ci.high, 'f', 6)));
    }

    void wilsonNarrowsWithConfidence()
    {
        const Interval ci95 = wilsonInterval(81, 263, 0.95);
        const Interval ci80 = wilsonInterval(81, 263, 0.80);
        QVERIFY(ci80.low > ci95.low);
        QVERIFY(ci80.high < ci95.high);
    }

    void twoProportion_data()
    {
        QTest::addColumn<qint64>("x1");
        QTest::addColumn<qint64>("n1");
        QTest::addColumn<qint64>("x2");
        QTest::addColumn<qint64>("n2");
        QTest::addColumn<double>("z");
        QTest::addColumn<double>("p");
        QTest::newRow("200/1000 vs 250/1000")
            << qint64(200) << qint64(1000) << qint64(250) << qint64(1000) << 2.67740 << 0.0074196;
        QTest::newRow("reversed gives -z")
            << qint64(250) << qint64(1000) << qint64(200) << qint64(1000) << -2.67740 << 0.0074196;
    }
    void twoProportion()
    {
        QFETCH(qint64, x1);
        QFETCH(qint64, n1);
        QFETCH(qint64, x2);
        QFETCH(qint64, n2);
        QFETCH(double, z);
        QFETCH(double, p);
        const TestResult result = twoProportionZ(x1, n1, x2, n2);
        QVERIFY(result.valid);
        QVERIFY2(std::abs(result.statistic - z) < 1e-5,
                 qPrintable(QString::number(result.statistic, 'g', 10)));
        QVERIFY2(closeRel(result.pValue, p, 1e-5), qPrintable(QString::number(result.pValue, 'g', 10)));
    }

    void twoProportionUndefined_data()
    {
        QTest::addColumn<qint64>("x1");
        QTest::addColumn<qint64>("n1");
        QTest::addColumn<qint64>("x2");
        QTest::addColumn<qint64>("n2");
        QTest::newRow("no successes") << qint64(0) << qint64(100) << qint64(0) << qint64(100);
        QTest::newRow("all successes") << qint64(100) << qint64(100) << qint64(50) << qint64(50);
        QTest::newRow("nothing sent") << qint64(0) << qint64(0) << qint64(3) << qint64(10);
    }
    void twoProportionUndefined()
    {
        QFETCH(qint64, x1);
        QFETCH(qint64, n1);
        QFETCH(qint64, x2);
        QFETCH(qint64, n2);
        const TestResult result = twoProportionZ(x1, n1, x2, n2);
        QVERIFY(!result.valid);
        QCOMPARE(result.pValue, 1.0);
        QCOMPARE(result.statistic, 0.0);
    }

    void chiSquare_data()
    {
        QTest::addColumn<Table>("table");
        QTest::addColumn<double>("statistic");
        QTest::addColumn<int>("df");
        QTest::addColumn<double>("p");
        // scipy.stats.chi2_contingency documentation example.
        QTest::newRow("scipy 2x3") << Table{{10, 10, 20}, {20, 20, 20}} << 2.777778 << 2 << 0.249352;
        QTest::newRow("clicks 120/150/165 of 1000")
            << Table{{120, 880}, {150, 850}, {165, 835}} << 8.46945 << 2 << 0.014484;
        QTest::newRow("empty variant row is dropped")
            << Table{{120, 880}, {0, 0}, {150, 850}, {165, 835}} << 8.46945 << 2 << 0.014484;
    }
    void chiSquare()
    {
        QFETCH(Table, table);
        QFETCH(double, statistic);
        QFETCH(int, df);
        QFETCH(double, p);
        const TestResult result = chiSquareIndependence(table);
        QVERIFY(result.valid);
        QVERIFY2(closeRel(result.statistic, statistic, 1e-5),
                 qPrintable(QString::number(result.statistic, 'g', 10)));
        QCOMPARE(result.df, df);
        QVERIFY2(closeRel(result.pValue, p, 1e-4), qPrintable(QString::number(result.pValue, 'g', 10)));
    }

    void chiSquareUndefined_data()
    {
        QTest::addColumn<Table>("table");
        QTest::newRow("no successes anywhere") << Table{{0, 100}, {0, 100}, {0, 100}};
        QTest::newRow("one row") << Table{{5, 95}};
        QTest::newRow("all zero") << Table{{0, 0}, {0, 0}};
        QTest::newRow("empty") << Table{};
        QTest::newRow("ragged") << Table{{1, 2}, {3}};
    }
    void chiSquareUndefined()
    {
        QFETCH(Table, table);
        const TestResult result = chiSquareIndependence(table);
        QVERIFY(!result.valid);
        QCOMPARE(result.pValue, 1.0);
        QVERIFY(std::isfinite(result.statistic));
    }

    void fisher_data()
    {
        QTest::addColumn<qint64>("a");
        QTest::addColumn<qint64>("b");
        QTest::addColumn<qint64>("c");
        QTest::addColumn<qint64>("d");
        QTest::addColumn<double>("p");
        // scipy.stats.fisher_exact documentation example.
        QTest::newRow("[[8,2],[1,5]]") << qint64(8) << qint64(2) << qint64(1) << qint64(5) << 0.0349650;
        QTest::newRow("rows swapped") << qint64(1) << qint64(5) << qint64(8) << qint64(2) << 0.0349650;
        QTest::newRow("transposed") << qint64(8) << qint64(1) << qint64(2) << qint64(5) << 0.0349650;
        // Symmetric margins: the tolerance must include the mirror table, so p = 1.
        QTest::newRow("identical rows") << qint64(3) << qint64(7) << qint64(3) << qint64(7) << 1.0;
        QTest::newRow("nothing at all") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << 1.0;
        QTest::newRow("no successes") << qint64(0) << qint64(50) << qint64(0) << qint64(60) << 1.0;
        // Only tables (0,10|10,0) and (10,0|0,10) are as extreme: 2 / C(20,10).
        QTest::newRow("perfect separation")
            << qint64(10) << qint64(0) << qint64(0) << qint64(10) << 2.0 / 184756.0;
    }
    void fisher()
    {
        QFETCH(qint64, a);
        QFETCH(qint64, b);
        QFETCH(qint64, c);
        QFETCH(qint64, d);
        QFETCH(double, p);
        const double result = fisherExactTwoSided(a, b, c, d);
        QVERIFY2(closeRel(result, p, 1e-5), qPrintable(QString::number(result, 'g', 10)));
    }

    void holm_data()
    {
        QTest::addColumn<QList<double>>("p");
        QTest::addColumn<QList<double>>("adjusted");
        QTest::newRow("issue example")
            << QList<double>{0.01, 0.04, 0.03, 0.005} << QList<double>{0.03, 0.06, 0.06, 0.02};
        QTest::newRow("capped at 1") << QList<double>{0.5, 0.9} << QList<double>{1.0, 1.0};
        QTest::newRow("single test unchanged") << QList<double>{0.02} << QList<double>{0.02};
        QTest::newRow("empty") << QList<double>{} << QList<double>{};
    }
    void holm()
    {
        QFETCH(QList<double>, p);
        QFETCH(QList<double>, adjusted);
        const QList<double> result = holmAdjust(p);
        QCOMPARE(result.size(), adjusted.size());
        for (qsizetype i = 0; i < result.size(); ++i)
            QVERIFY2(std::abs(result[i] - adjusted[i]) < 1e-12, qPrintable(QString::number(result[i])));
    }

    void probabilityBest_data()
    {
        QTest::addColumn<Arms>("arms");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("P(B>A) 10/100 vs 15/100")
            << Arms{{10, 100}, {15, 100}} << QList<double>{1 - 0.853284, 0.853284};
        QTest::newRow("P(B>A) 200/1000 vs 250/1000")
            << Arms{{200, 1000}, {250, 1000}} << QList<double>{1 - 0.996283, 0.996283};
        QTest::newRow("120/150/165 of 1000")
            << Arms{{120, 1000}, {150, 1000}, {165, 1000}} << QList<double>{0.00071, 0.17869, 0.82059};
        QTest::newRow("identical arms share equally")
            << Arms{{5, 50}, {5, 50}, {5, 50}} << QList<double>{1.0 / 3, 1.0 / 3, 1.0 / 3};
        QTest::newRow("no data: uniform priors") << Arms{{0, 0}, {0, 0}} << QList<double>{0.5, 0.5};
        // Symmetry: Beta(6, 6) lies above a point mass at 0.5 half the time.
        QTest::newRow("small arm vs a certain 50 %")
            << Arms{{5, 10}, {500000, 1000000}} << QList<double>{0.5, 0.5};
        // A uniform posterior beats a near-certain 25 % with probability 1 - E[B].
        QTest::newRow("no data vs a certain 25 %")
            << Arms{{0, 0}, {250000, 1000000}} << QList<double>{1 - 250001.0 / 1000002, 250001.0 / 1000002};
        // Rates near 100 % over a million sends: narrow, steep posteriors.
        QTest::newRow("opens near 100 %")
            << Arms{{333000, 333334}, {333333, 333333}, {332000, 333333}} << QList<double>{0, 1, 0};
        QTest::newRow("single arm") << Arms{{3, 10}} << QList<double>{1.0};
    }
    void probabilityBest()
    {
        QFETCH(Arms, arms);
        QFETCH(QList<double>, expected);
        const QList<double> result = outreach::stats::probabilityBest(arms);
        QCOMPARE(result.size(), expected.size());
        for (qsizetype i = 0; i < result.size(); ++i) {
            // The issue allows 0.002; quadrature does far better, so hold it to 1e-5.
            QVERIFY2(std::abs(result[i] - expected[i]) < 1e-5,
                     qPrintable(QString::number(result[i], 'g', 8)));
        }
        QVERIFY(std::abs(std::accumulate(result.begin(), result.end(), 0.0) - 1) < 1e-12);
    }

    void srm_data()
    {
        QTest::addColumn<QList<qint64>>("observed");
        QTest::addColumn<QList<double>>("shares");
        QTest::addColumn<double>("statistic");
        QTest::addColumn<double>("p");
        QTest::newRow("50500/49500 at 50/50")
            << QList<qint64>{50500, 49500} << QList<double>{0.5, 0.5} << 10.0 << 0.0015654;
        QTest::newRow("shares are normalised")
            << QList<qint64>{50500, 49500} << QList<double>{1, 1} << 10.0 << 0.0015654;
        QTest::newRow("exact match") << QList<qint64>{100, 100, 100} << QList<double>{1, 1, 1} << 0.0 << 1.0;
        // 3 cells, df 2: (50^2/250 + 25^2/125 + 25^2/125) = 20, p = exp(-10).
        QTest::newRow("uneven plan, df 2")
            << QList<qint64>{200, 150, 150} << QList<double>{0.5, 0.25, 0.25} << 20.0 << std::exp(-10.0);
    }
    void srm()
    {
        QFETCH(QList<qint64>, observed);
        QFETCH(QList<double>, shares);
        QFETCH(double, statistic);
        QFETCH(double, p);
        const TestResult result = sampleRatioMismatch(observed, shares);
        QVERIFY(result.valid);
        QCOMPARE(result.df, int(observed.size() - 1));
        QVERIFY2(std::abs(result.statistic - statistic) < 1e-9,
                 qPrintable(QString::number(result.statistic)));
        QVERIFY2(closeRel(result.pValue, p, 1e-5), qPrintable(QString::number(result.pValue, 'g', 10)));
    }

    void srmUndefined()
    {
        QVERIFY(!sampleRatioMismatch({0, 0, 0}, {1, 1, 1}).valid);
        QVERIFY(!sampleRatioMismatch({10, 20}, {1, 1, 1}).valid);
        QVERIFY(!sampleRatioMismatch({10}, {1}).valid);
    }

    void sendsNeeded_data()
    {
        QTest::addColumn<double>("p1");
        QTest::addColumn<double>("p2");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("power");
        QTest::addColumn<qint64>("n");
        // Fleiss, Statistical Methods for Rates and Proportions, without
        // continuity correction: 10 % vs 15 % needs 686 per group.
        QTest::newRow("10% vs 15%") << 0.10 << 0.15 << 0.05 << 0.8 << qint64(686);
        QTest::newRow("order does not matter") << 0.15 << 0.10 << 0.05 << 0.8 << qint64(686);
        // 4 % vs 6 %: (1.959964*sqrt(0.098) + 0.841621*sqrt(0.0948))^2 / 0.0004 = 1862.93.
        QTest::newRow("4% vs 6%") << 0.04 << 0.06 << 0.05 << 0.8 << qint64(1863);
        QTest::newRow("more power needs more") << 0.10 << 0.15 << 0.05 << 0.9 << qint64(918);
    }
    void sendsNeeded()
    {
        QFETCH(double, p1);
        QFETCH(double, p2);
        QFETCH(double, alpha);
        QFETCH(double, power);
        QFETCH(qint64, n);
        const std::optional<qint64> result = sendsNeededPerVariant(p1, p2, alpha, power);
        QVERIFY(result.has_value());
        QCOMPARE(*result, n);
    }

    void sendsNeededUndefined()
    {
        QVERIFY(!sendsNeededPerVariant(0.1, 0.1).has_value());
        QVERIFY(!sendsNeededPerVariant(-0.1, 0.2).has_value());
        QVERIFY(!sendsNeededPerVariant(0.1, 0.2, 0.0).has_value());
    }
};

QTEST_APPLESS_MAIN(TestStats)
#include "test_stats.moc"
