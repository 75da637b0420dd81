// The analytics charts at small counts and the PNG export: the funnel axis
// has whole-number ticks (it read "0 0 0 1 1 1" for a count of one), a
// variant with nothing sent draws no 0-100 % whisker, and the saved PNG is
// the whole analytics view at twice its size under the campaign's name and
// verdict, in a file named after the campaign.
#include "AnalyticsPane.h"
#include "EventRepository.h"
#include "MessageRepository.h"
#include "Prompt.h"
#include "TestDatabase.h"
#include "abtest/Activation.h"
#include "charts/FunnelChartView.h"
#include "charts/RateChartView.h"
#include "db/AbTestFixture.h"

#include <QChart>
#include <QImage>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {
// An active campaign of three messages; `sent` of them sent.
qint64 seed(Database &db, int sent)
{
    const AbCampaign c = makeAbCampaign(db, 3);
    if (!Activation::activate(db, c.campaignId, 7))
        return 0;
    QList<NewEvent> events;
    for (int i = 0; i < sent; ++i)
        events << NewEvent{c.messageIds.at(i), EventType::Sent,
                           QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC)};
    if (!events.isEmpty() && !EventRepository(db).append(events, u"test"_s))
        return 0;
    return c.campaignId;
}

QStringList tickLabels(QValueAxis *axis)
{
    QStringList labels;
    for (double v = axis->min(); v <= axis->max() + 1e-9; v += axis->tickInterval())
        labels << QString::number(v, 'f', 0);
    return labels;
}
} // namespace

class TestAnalyticsCharts : public QObject
{
    Q_OBJECT

private slots:
    void funnelTicksAreWholeNumbers_data()
    {
        QTest::addColumn<int>("sent");
        QTest::addColumn<QStringList>("ticks");
        QTest::newRow("one") << 1 << QStringList{u"0"_s, u"1"_s};
        QTest::newRow("three") << 3 << QStringList{u"0"_s, u"1"_s};
    }

    void funnelTicksAreWholeNumbers()
    {
        QFETCH(int, sent);
        QFETCH(QStringList, ticks);
        OUTREACH_TEST_DB(t);
        const qint64 id = seed(t.db(), sent);
        QVERIFY(id > 0);
        AnalyticsPane pane(t.db());
        pane.setCampaign(id);
        auto *axis = qobject_cast<QValueAxis *>(pane.funnelChart()->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(axis->tickInterval(), std::round(axis->tickInterval()));
        QVERIFY(axis->tickInterval() >= 1);
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), std::round(axis->max()));
        // Each variant got one message; one was sent at most per variant.
        QCOMPARE(tickLabels(axis), ticks);
    }

    void nothingSentDrawsNoWhiskers()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = seed(t.db(), 1);
        QVERIFY(id > 0);
        AnalyticsPane pane(t.db());
        pane.setCampaign(id);
        const AbTestResult &result = pane.result();
        int withoutSends = 0;
        for (int pos = 0; pos < result.variants.size(); ++pos) {
            if (result.variants.at(pos).counts.sent > 0)
                continue;
            ++withoutSends;
            for (WinnerMetric m : {WinnerMetric::Open, WinnerMetric::Click, WinnerMetric::Reply})
                QCOMPARE(pane.rateChart()->whisker(m, pos), (QPair<double, double>(0, 0)));
        }
        QCOMPARE(withoutSends, 2);
    }

    void pngIsTheWholeViewAtTwiceTheSize()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = seed(t.db(), 3);
        QVERIFY(id > 0);
        AnalyticsPane pane(t.db());
        pane.resize(1000, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setCampaign(id);
        QCOMPARE(pane.suggestedPngName(), u"a-b-0-ab-test.png"_s); // campaign "A/B 0"
        QTemporaryDir dir;
        const QString png = dir.filePath(pane.suggestedPngName());
        Prompt::setNextFileNames({png});
        QTest::mouseClick(pane.findChild<QPushButton *>(u"saveChartButton"_s), Qt::LeftButton);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QWidget *view = pane.rateChart()->parentWidget();
        while (view && !qobject_cast<QStackedWidget *>(view->parentWidget()))
            view = view->parentWidget();
        QVERIFY(view);
        // Twice the view's width, and taller than the view (title and verdict on top).
        QCOMPARE(image.width(), 2 * qMax(view->width(), 640));
        QVERIFY(image.height() > 2 * view->height());
    }
};

QTEST_MAIN(TestAnalyticsCharts)
#include "test_analytics_charts.moc"
