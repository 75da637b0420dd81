// The main window remembers its geometry, splitters and column widths across
// starts, and opens on the demo campaign with its leads on a first start.
#include "CampaignPane.h"
#include "LeadsPane.h"
#include "MainWindow.h"
#include "MessagesPane.h"
#include "TestDatabase.h"
#include "demo/DemoSeeder.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OutreachStudioTest"_s);
        QCoreApplication::setApplicationName(u"test_mainwindow"_s);
    }

    void init() { QSettings().clear(); }

    void windowStateSurvivesARestart()
    {
        OUTREACH_TEST_DB(t);
        QList<int> mainSizes;
        QList<int> messageSizes;
        int leadColumn = 0;
        {
            MainWindow window(t.db());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1111, 777);
            window.findChild<QSplitter *>(u"mainSplitter"_s)->setSizes({333, 778});
            window.messagesPane()->splitter()->setSizes({150, 400});
            window.leadsPane()->view()->horizontalHeader()->resizeSection(1, 211);
            window.tabs()->setCurrentIndex(1);
            QTRY_COMPARE(window.size(), QSize(1111, 777)); // the resize has been handled
            mainSizes = window.findChild<QSplitter *>(u"mainSplitter"_s)->sizes();
            messageSizes = window.messagesPane()->splitter()->sizes();
            leadColumn = window.leadsPane()->view()->horizontalHeader()->sectionSize(1);
            QVERIFY(window.close());
        }
        MainWindow again(t.db());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1111, 777));
        QCOMPARE(again.findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), mainSizes);
        QCOMPARE(again.messagesPane()->splitter()->sizes(), messageSizes);
        QCOMPARE(again.leadsPane()->view()->horizontalHeader()->sectionSize(1), leadColumn);
        QCOMPARE(again.tabs()->currentIndex(), 1);
    }

    void firstStartShowsTheDemoCampaignWithItsLeads()
    {
        OUTREACH_TEST_DB(t);
        const DemoSeedResult seeded = DemoSeeder::seedIfEmpty(t.db());
        QVERIFY2(seeded.error.isEmpty(), qPrintable(seeded.error));
        QVERIFY(seeded.seeded && seeded.leads > 0);
        // How fast this is lives in bench_gui (docs/BENCHMARKS.md), not here.
        MainWindow window(t.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.campaignPane()->currentCampaignId(), seeded.campaignId);
        QTRY_VERIFY(window.leadsPane()->view()->model()->rowCount() > 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
