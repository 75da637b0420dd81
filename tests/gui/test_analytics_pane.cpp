// The Analytics tab over a seeded A/B/C test, offscreen: the rate chart has
// one bar set per metric with the analyzer's rates, the winner is marked on
// the chosen metric, the verdict is the statistics engine's, the funnel
// shows the counts, events imported from CSV update everything, and the
// chart and the messages can be written to files.
#include "AnalyticsPane.h"
#include "DecisionPanel.h"
#include "DecisionRepository.h"
#include "EventRepository.h"
#include "MessageRepository.h"
#include "Prompt.h"
#include "TestDatabase.h"
#include "abtest/Activation.h"
#include "abtest/AnalyticsService.h"
#include "charts/FunnelChartView.h"
#include "charts/RateChartView.h"
#include "charts/ResultTable.h"
#include "db/AbTestFixture.h"
#include "settings/Translators.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

struct Seeded
{
    qint64 campaignId = 0;
    QList<qint64> messagesOf[3];
};

// An active campaign of `perVariant` * 3 messages; every message sent, and
// per variant the given numbers opened, clicked and replied.
Seeded seed(Database &db, int perVariant, const QList<std::array<int, 3>> &openClickReply)
{
    Seeded s;
    const AbCampaign c = makeAbCampaign(db, perVariant * 3);
    s.campaignId = c.campaignId;
    const auto report = Activation::activate(db, c.campaignId, 42);
    if (!report)
        qFatal("activate: %s", qPrintable(report.errorMessage()));
    for (qint64 id : c.messageIds) {
        const auto m = MessageRepository(db).get(id);
        if (!m || !m->assignedVariant)
            qFatal("message without variant");
        s.messagesOf[*m->assignedVariant] << id;
    }
    QList<NewEvent> events;
    const QDateTime t0 = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    for (int v = 0; v < 3; ++v) {
        const auto [opened, clicked, replied] = openClickReply.at(v);
        for (int i = 0; i < s.messagesOf[v].size(); ++i) {
            const qint64 id = s.messagesOf[v].at(i);
            events << NewEvent{id, EventType::Sent, t0};
            events << NewEvent{id, EventType::Delivered, t0.addSecs(30)};
            if (i < opened)
                events << NewEvent{id, EventType::Opened, t0.addSecs(60)};
            if (i < clicked)
                events << NewEvent{id, EventType::Clicked, t0.addSecs(120)};
            if (i < replied)
                events << NewEvent{id, EventType::Replied, t0.addSecs(180)};
        }
    }
    if (auto r = EventRepository(db).append(events, u"test"_s); !r)
        qFatal("append: %s", qPrintable(r.errorMessage()));
    return s;
}

} // namespace

class TestAnalyticsPane : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Prompt::setNextAnswers({});
        Prompt::setNextFileNames({});
        Prompt::clearAsked();
    }

    void chartShowsTheAnalyzersRatesAndMarksTheWinner()
    {
        OUTREACH_TEST_DB(t);
        // Direct (variant 2) replies far more often: a clear winner on reply rate.
        const Seeded s = seed(t.db(), 150, {{60, 20, 3}, {55, 18, 4}, {70, 30, 40}});
        AnalyticsPane pane(t.db());
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setCampaign(s.campaignId);

        const auto expected = AnalyticsService::analyze(t.db(), s.campaignId);
        QVERIFY2(expected.ok(), qPrintable(expected.errorMessage()));
        const AbTestResult &r = expected->result;
        QVERIFY(r.winner.has_value());
        QCOMPARE(*r.winner, 2);

        auto *chart = pane.rateChart();
        QCOMPARE(chart->series()->count(), 3);
        QCOMPARE(chart->categories().size(), 3);
        for (int pos = 0; pos < 3; ++pos) {
            const VariantResult &v = r.variants.at(pos);
            QCOMPARE(chart->barSet(WinnerMetric::Open)->at(pos), v.openRate * 100);
            QCOMPARE(chart->barSet(WinnerMetric::Click)->at(pos), v.clickRate * 100);
            QCOMPARE(chart->barSet(WinnerMetric::Reply)->at(pos), v.replyRate * 100);
            QVERIFY(chart->categories().at(pos).startsWith(toneDisplayName(v.counts.tone())));
            const auto [low, high] = chart->whisker(WinnerMetric::Reply, pos);
            QCOMPARE(low, v.replyInterval.low * 100);
            QCOMPARE(high, v.replyInterval.high * 100);
        }
        // 150 sent, 40 replied: 26.7 %.
        QCOMPARE(chart->barSet(WinnerMetric::Reply)->at(2), 40.0 / 150 * 100);
        QCOMPARE(chart->highlightedVariant(), std::optional<int>(2));
        QVERIFY(chart->barSet(WinnerMetric::Reply)->isBarSelected(2));
        QVERIFY(!chart->barSet(WinnerMetric::Reply)->isBarSelected(0));
        QVERIFY(!chart->barSet(WinnerMetric::Open)->isBarSelected(2));
        QVERIFY(chart->categories().at(2).contains(u"winner"_s));

        QCOMPARE(pane.verdictLabel()->text(), r.verdict);
        // The first look recorded the decision; the verdict speaks of it.
        QVERIFY2(pane.verdictLabel()->text().startsWith(u"Direct won on reply rate on "_s),
                 qPrintable(pane.verdictLabel()->text()));
        QVERIFY(expected->decision.has_value());
        DecisionPanel *panel = pane.decisionPanel();
        QVERIFY(panel->decisionLabel()->text().contains(u"Direct"_s));
        QVERIFY(panel->modeLabel()->text().startsWith(u"Sequential"_s));
        QVERIFY(panel->lossLabel()->text().startsWith(u"Expected loss"_s));
        QVERIFY(panel->rolloutLabel()->text().startsWith(u"Roll-out: none"_s));
        QVERIFY(panel->reopenButton()->isVisibleTo(&pane));
        // Reopening is explicit and recorded; the next look decides again.
        QTest::mouseClick(panel->reopenButton(), Qt::LeftButton);
        const auto history = DecisionRepository(t.db()).history(s.campaignId);
        QCOMPARE(history->size(), 2);
        QVERIFY(history->at(0).reopenedAt.isValid());
        QCOMPARE(history->at(1).round, 2);
        QVERIFY(!pane.srmLabel()->isVisibleTo(&pane));

        // Funnel: one bar set per variant, "sent" is the top (last) category.
        const QList<QBarSet *> funnel = pane.funnelChart()->series()->barSets();
        QCOMPARE(funnel.size(), 3);
        QCOMPARE(funnel.at(2)->at(4), 150.0);
        QCOMPARE(funnel.at(2)->at(0), 40.0);

        // Table: the counts and the rates with intervals, per variant.
        auto *table = pane.resultTable();
        QCOMPARE(table->columnCount(), 3);
        // Rows are found by their label, so a new count row does not shift the checks.
        const auto rowOf = [table](const QString &label) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->verticalHeaderItem(row)->text() == label)
                    return row;
            }
            return -1;
        };
        const int replied = rowOf(charts::ResultTable::tr("Replied"));
        const int replyRate = rowOf(charts::ResultTable::tr("Reply rate"));
        QVERIFY(replied >= 0 && replyRate >= 0);
        QCOMPARE(table->item(replied, 2)->text(), QLocale().toString(40));
        QCOMPARE(table->item(replyRate, 2)->text(), charts::ResultTable::percent(r.variants.at(2).replyRate));
        QCOMPARE(table->item(replyRate + 1, 2)->text(),
                 charts::ResultTable::interval(r.variants.at(2).replyInterval));
        QVERIFY(table->item(replyRate, 2)->font().bold());
        QVERIFY(!table->item(replyRate, 0)->font().bold());

        // In a narrow window nothing in the table is clipped or wrapped: each
        // column is at least as wide as its widest cell and its header.
        pane.resize(820, 600);
        for (int col = 0; col < table->columnCount(); ++col)
            QTRY_VERIFY2(table->columnWidth(col) >= table->contentWidth(col),
                         qPrintable(QString::number(col)));
    }

    void metricChoiceMovesTheHighlight()
    {
        OUTREACH_TEST_DB(t);
        // Professional opens most, Direct replies most.
        const Seeded s = seed(t.db(), 150, {{120, 10, 2}, {40, 10, 3}, {40, 10, 40}});
        AnalyticsPane pane(t.db());
        pane.setCampaign(s.campaignId);
        QCOMPARE(pane.rateChart()->highlightedVariant(), std::optional<int>(2));
        auto *metric = pane.metricCombo();
        metric->setCurrentIndex(metric->findData(int(WinnerMetric::Open)));
        emit metric->activated(metric->currentIndex());
        const auto expected = AnalyticsService::analyze(t.db(), s.campaignId, WinnerMetric::Open);
        QCOMPARE(pane.verdictLabel()->text(), expected->result.verdict);
        QCOMPARE(pane.rateChart()->highlightedVariant(), std::optional<int>(0));
        QVERIFY(pane.rateChart()->barSet(WinnerMetric::Open)->isBarSelected(0));
    }

    void noWinnerYetSaysHowManyMoreSends()
    {
        OUTREACH_TEST_DB(t);
        const Seeded s = seed(t.db(), 20, {{5, 1, 1}, {6, 1, 1}, {5, 1, 2}});
        AnalyticsPane pane(t.db());
        pane.setCampaign(s.campaignId);
        QCOMPARE(pane.rateChart()->highlightedVariant(), std::nullopt);
        const auto expected = AnalyticsService::analyze(t.db(), s.campaignId);
        QCOMPARE(pane.verdictLabel()->text(), expected->result.verdict);
        QVERIFY2(pane.verdictLabel()->text().startsWith(u"No winner"_s),
                 qPrintable(pane.verdictLabel()->text()));
    }

    void importedEventsUpdateTheChart()
    {
        OUTREACH_TEST_DB(t);
        const Seeded s = seed(t.db(), 10, {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}});
        AnalyticsPane pane(t.db());
        pane.setCampaign(s.campaignId);
        QCOMPARE(pane.rateChart()->barSet(WinnerMetric::Reply)->at(1), 0.0);

        QTemporaryDir dir;
        const QString csv = dir.filePath(u"events.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "message_id,event,time\n";
        for (int i = 0; i < 5; ++i)
            text += QByteArray::number(s.messagesOf[1].at(i)) + ",reply,2025-03-02T10:00:00Z\n";
        text += "999999,open,2025-03-02T10:00:00Z\n";
        file.write(text);
        file.close();

        QSignalSpy imported(&pane, &AnalyticsPane::eventsImported);
        Prompt::setNextFileNames({csv});
        auto *button = pane.findChild<QPushButton *>(u"importEventsButton"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        // On a worker thread: the button waits for it, the window does not.
        QVERIFY(!button->isEnabled());
        QVERIFY(pane.messageLabel()->text().contains(u"Importing events"_s));
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QVERIFY(button->isEnabled());
        QCOMPARE(pane.rateChart()->barSet(WinnerMetric::Reply)->at(1), 50.0);
        const QString message = pane.messageLabel()->text();
        QVERIFY2(message.contains(u"Imported 5 events"_s) && message.contains(u"line 7"_s),
                 qPrintable(message));
    }

    void exportAndSavePng()
    {
        OUTREACH_TEST_DB(t);
        const Seeded s = seed(t.db(), 10, {{3, 1, 1}, {3, 1, 1}, {3, 1, 1}});
        AnalyticsPane pane(t.db());
        pane.resize(1000, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setCampaign(s.campaignId);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"out.csv"_s);
        const QString png = dir.filePath(u"chart.png"_s);
        Prompt::setNextFileNames({csv, png});
        QTest::mouseClick(pane.findChild<QPushButton *>(u"exportMessagesButton"_s), Qt::LeftButton);
        QTest::mouseClick(pane.findChild<QPushButton *>(u"saveChartButton"_s), Qt::LeftButton);
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll().count('\n'), 31); // header + 30 messages
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200);
    }

    void withoutActivationTheTabExplains()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 3);
        AnalyticsPane pane(t.db());
        pane.setCampaign(c.campaignId);
        auto *empty = pane.findChild<QLabel *>(u"analyticsEmpty"_s);
        QVERIFY(empty->text().contains(u"activate"_s));
        pane.setCampaign(0);
        QVERIFY(empty->text().contains(u"Select a campaign"_s));
    }
};

// scripts/screenshots-analytics: with OUTREACH_SCREENSHOTS_DIR set, writes
// analytics-<lang>[-dark].png of a seeded test instead of running the suite.
int writeScreenshot(const QString &dir)
{
    const QString language = qEnvironmentVariable("OUTREACH_SCREENSHOT_LANG", u"en"_s);
    installTranslators(*qApp, language);
    const bool dark = qEnvironmentVariableIsSet("OUTREACH_SCREENSHOT_DARK");
    QApplication::setStyle(u"Fusion"_s);
    if (dark) {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
        p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x41));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
        QApplication::setPalette(p);
    }
    qputenv("OUTREACH_TEST_BACKEND", "sqlite");
    TestDatabase t;
    if (!t.unavailableReason().isEmpty())
        return 1;
    const Seeded s = seed(t.db(), 400, {{178, 41, 16}, {171, 38, 15}, {196, 57, 31}});
    AnalyticsPane pane(t.db());
    pane.resize(1280, 760);
    pane.setCampaign(s.campaignId);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane))
        return 1;
    // Charts draw without animation; the picture is ready once the table holds the result.
    if (!QTest::qWaitFor([&pane] { return pane.resultTable()->rowCount() > 0; }, 10000))
        return 1;
    const QString name = u"analytics-%1%2.png"_s.arg(language, dark ? u"-dark"_s : QString());
    return pane.grab().save(QDir(dir).filePath(name)) ? 0 : 1;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("OUTREACH_SCREENSHOTS_DIR"))
        return writeScreenshot(qEnvironmentVariable("OUTREACH_SCREENSHOTS_DIR"));
    TestAnalyticsPane suite;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&suite, argc, argv);
}
#include "test_analytics_pane.moc"
