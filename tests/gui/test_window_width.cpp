// The main window never widens itself: the Messages tab of an SMS campaign,
// in German, with long flags and counters, keeps the window at 1280 px while
// variants load, are pinned and regenerated, and Generate / Pause stay on
// screen. Labels elide, tool buttons drop their text before that happens.
#include "CampaignPane.h"
#include "CampaignRepository.h"
#include "GenerationPanel.h"
#include "GenerationRunner.h"
#include "LeadRepository.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "MessageRepository.h"
#include "MessagesPane.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "VariantEditor.h"
#include "VariantPanel.h"
#include "settings/Translators.h"

#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {
constexpr int kWidth = 1280;

// An SMS campaign (offline provider) whose messages carry every flag and
// bodies long enough for multi-segment UCS-2 counters.
qint64 seedSmsCampaign(Database &db, int leads)
{
    Campaign campaign =
        makeCampaign(u"SMS-Frühjahrsaktion für Bestandskunden im DACH-Raum"_s, Channel::Sms, 50);
    campaign.provider = u"offline"_s;
    if (!CampaignRepository(db).create(campaign).ok())
        return 0;
    for (int n = 1; n <= leads; ++n) {
        Lead lead = makeLead(n, 90);
        lead.company = u"Müller & Söhne Logistikdienstleistungen GmbH & Co. KG Niederlassung %1"_s.arg(n);
        if (!LeadRepository(db).insert(lead).ok())
            return 0;
        Message m;
        m.campaignId = campaign.id;
        m.leadId = lead.id;
        m.status = GenerationStatus::Generated;
        for (int i = 0; i < kVariantCount; ++i) {
            Variant v;
            v.index = i;
            v.tone = toneOfIndex(i);
            v.body = u"Hallo First%1, 😀 "_s.arg(n) + QString(200 + 40 * i, u'ä');
            v.flags = {u"over_limit"_s, u"repaired"_s, u"unresolved_placeholder"_s, u"blank_variable"_s};
            v.edited = true;
            m.variants << v;
        }
        if (!MessageRepository(db).saveResult(m).ok())
            return 0;
    }
    return campaign.id;
}

bool onScreen(QWidget *widget, QWidget *window)
{
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return widget->isVisible() && window->rect().contains(inWindow);
}
} // namespace

class TestWindowWidth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OutreachStudioTest"_s);
        QCoreApplication::setApplicationName(u"test_window_width"_s);
        QCOMPARE(installTranslators(*QCoreApplication::instance(), u"de"_s), u"de"_s);
    }

    void init() { QSettings().clear(); }

    void smsMessagesTabKeepsTheWindowWidth()
    {
        OUTREACH_TEST_DB(t);
        const qint64 campaignId = seedSmsCampaign(t.db(), 3);
        QVERIFY(campaignId > 0);
        MainWindow window(t.db());
        window.resize(kWidth, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.campaignPane()->selectCampaign(campaignId);
        window.tabs()->setCurrentWidget(window.messagesPane());
        MessagesPane *pane = window.messagesPane();
        QTRY_COMPARE(pane->model()->rowCount(), 3);
        VariantEditor *editor = pane->editor();
        const auto checkWidth = [&](const char *step) {
            QVERIFY2(window.minimumSizeHint().width() <= kWidth,
                     qPrintable(u"%1: the window needs %2 px"_s.arg(QLatin1String(step))
                                    .arg(window.minimumSizeHint().width())));
            QTRY_COMPARE(window.width(), kWidth);
            QVERIFY2(onScreen(window.generationPanel()->generateButton(), &window), step);
            QVERIFY2(onScreen(window.generationPanel()->pauseButton(), &window), step);
            QVERIFY2(onScreen(editor->panel(kVariantCount - 1), &window), step);
        };

        // Variants load, one message after the other.
        for (int row = 0; row < 3; ++row) {
            pane->view()->setCurrentIndex(pane->model()->index(row, 0));
            QTRY_VERIFY(!editor->panel(0)->body().isEmpty());
            checkWidth("load");
            if (QTest::currentTestFailed())
                return;
        }
        // Pin a variant.
        auto *pin = editor->panel(2)->findChildren<QToolButton *>().value(1);
        QVERIFY(pin && pin->isCheckable());
        QTest::mouseClick(pin, Qt::LeftButton);
        QTRY_VERIFY(pin->isChecked());
        checkWidth("pin");
        if (QTest::currentTestFailed())
            return;
        // Regenerate one variant with the offline provider.
        GenerationRunner *runner = window.generationRunner();
        QSignalSpy finished(runner, &GenerationRunner::finished);
        auto *regenerate = editor->panel(1)->findChildren<QToolButton *>().value(2);
        QVERIFY(regenerate);
        QTest::mouseClick(regenerate, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        checkWidth("regenerate");
        // And a whole run of the campaign: the campaign list keeps its width
        // (it jumped when the run's numbers appeared).
        const int sideWidth = window.campaignPane()->width();
        window.generationPanel()->generate(GenerationRunner::Scope::Campaign);
        QTRY_VERIFY(!runner->isBusy());
        checkWidth("generate");
        QCOMPARE(window.campaignPane()->width(), sideWidth);
    }

    void firstWindowFitsTheScreen_data()
    {
        QTest::addColumn<QSize>("available");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("large screen") << QSize(2560, 1400) << QSize(1280, 800);
        QTest::newRow("1920 at 1.5") << QSize(1280, 680) << QSize(1280, 680);
        QTest::newRow("1366 at 1.5") << QSize(910, 480) << QSize(910, 480);
    }

    void firstWindowFitsTheScreen()
    {
        QFETCH(QSize, available);
        QFETCH(QSize, expected);
        QCOMPARE(MainWindow::initialSize(available), expected);
    }

    void firstWindowIsNoLargerThanItsScreen()
    {
        OUTREACH_TEST_DB(t);
        MainWindow window(t.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QCOMPARE(available.size(), QSize(1280, 720));
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(u"%1x%2 on %3x%4"_s.arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
    }
};

int main(int argc, char *argv[])
{
    // As a user of a 1920 x 1080 screen with QT_SCALE_FACTOR=1.5: the
    // screen is 1280 x 720 device-independent pixels, less than 1280 x 800.
    QTemporaryDir dir;
    QFile config(dir.filePath(u"screen.json"_s));
    if (!config.open(QIODevice::WriteOnly) ||
        config.write(R"({"screens": [{"name": "test", "x": 0, "y": 0, "width": 1920, "height": 1080,
                         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") < 0)
        return 1;
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
    qputenv("QT_SCALE_FACTOR", "1.5");
    QApplication app(argc, argv);
    TestWindowWidth test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_window_width.moc"
