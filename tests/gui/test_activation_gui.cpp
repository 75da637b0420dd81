// Activating a campaign's A/B test from the main window: it asks first,
// assigns balanced variants, moves the campaign to active, and shows the
// Analytics tab for it; a refused activation says why in one message.
#include "AnalyticsPane.h"
#include "CampaignPane.h"
#include "CampaignRepository.h"
#include "EventRepository.h"
#include "LeadRepository.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "MessageRepository.h"
#include "MessagesPane.h"
#include "Prompt.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "abtest/AnalyticsService.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

class TestActivationGui : public QObject
{
    Q_OBJECT

    qint64 makeCampaign(Database &db, int generated, int pending)
    {
        LeadRepository leads(db);
        CampaignRepository campaigns(db);
        MessageRepository messages(db);
        Campaign c = test::makeCampaign(u"Spring"_s, Channel::Email, 0);
        if (!campaigns.create(c).ok())
            return 0;
        for (int i = 0; i < generated + pending; ++i) {
            Lead lead = makeLead(i);
            if (!leads.insert(lead).ok())
                return 0;
            if (i >= generated)
                continue;
            Message m;
            m.campaignId = c.id;
            m.leadId = lead.id;
            m.status = GenerationStatus::Generated;
            for (int k = 0; k < kVariantCount; ++k)
                m.variants.append(Variant{0, k, toneOfIndex(k), u"S"_s, u"Body %1"_s.arg(k), false, {}, 0});
            if (!messages.saveResult(m).ok())
                return 0;
        }
        for (CampaignStatus s : {CampaignStatus::Generating, CampaignStatus::Ready})
            (void)campaigns.setStatus(c.id, s);
        return c.id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OutreachStudioTest"_s);
        QCoreApplication::setApplicationName(u"test_activation_gui"_s);
        QSettings().clear();
    }

    void init() { Prompt::clearAsked(); }

    void activatesAfterConfirmation()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = makeCampaign(t.db(), 9, 0);
        QVERIFY(id > 0);
        MainWindow window(t.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.campaignPane()->selectCampaign(id);
        auto *activate = window.findChild<QAction *>(u"activateAction"_s);
        QVERIFY(activate);

        Prompt::setNextAnswers({-1}); // dismissed: nothing happens
        activate->trigger();
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Ready);

        Prompt::setNextAnswers({0});
        activate->trigger();
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Active);
        QList<int> perVariant{0, 0, 0};
        for (const MessageWithLead &m : MessageRepository(t.db()).list(id).value()) {
            QVERIFY(m.message.assignedVariant.has_value());
            ++perVariant[*m.message.assignedVariant];
        }
        QCOMPARE(perVariant, (QList<int>{3, 3, 3}));
        QCOMPARE(window.tabs()->currentWidget(), window.analyticsPane());
        QCOMPARE(window.analyticsPane()->campaignId(), id);
    }

    void recordedEventReachesTheLogAndTheAnalytics()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = makeCampaign(t.db(), 6, 0);
        QVERIFY(id > 0);
        MainWindow window(t.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.campaignPane()->selectCampaign(id);
        Prompt::setNextAnswers({0});
        window.findChild<QAction *>(u"activateAction"_s)->trigger();
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Active);

        MessagesPane *pane = window.messagesPane();
        window.tabs()->setCurrentWidget(pane);
        pane->view()->setCurrentIndex(pane->model()->index(1, 0));
        const qint64 messageId =
            pane->model()->index(1, 0).data(MessageListModel::MessageIdRole).toLongLong();
        QVERIFY(messageId > 0);
        QSignalSpy recorded(pane, &MessagesPane::eventRecorded);
        pane->findChild<QAction *>(u"recordEvent_replied"_s)->trigger();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().first().toLongLong(), messageId);

        const auto events = EventRepository(t.db()).forMessage(messageId).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().type, EventType::Replied);
        QCOMPARE(events.first().source, u"manual"_s);
        // A reply implies sent, delivered and opened in every count.
        const auto analytics = AnalyticsService::analyze(t.db(), id, WinnerMetric::Reply);
        QVERIFY2(analytics.ok(), qPrintable(analytics.errorMessage()));
        qint64 replied = 0, opened = 0, sent = 0;
        for (const VariantResult &v : analytics->result.variants) {
            replied += v.counts.replied;
            opened += v.counts.opened;
            sent += v.counts.sent;
        }
        QCOMPARE(replied, 1);
        QCOMPARE(opened, 1);
        QCOMPARE(sent, 1);
    }

    void approveMarksTheMessageAndMovesOn()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = makeCampaign(t.db(), 3, 0);
        QVERIFY(id > 0);
        MainWindow window(t.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.campaignPane()->selectCampaign(id);
        MessagesPane *pane = window.messagesPane();
        window.tabs()->setCurrentWidget(pane);
        pane->view()->setCurrentIndex(pane->model()->index(0, 0));
        pane->view()->setFocus();
        const qint64 first = pane->model()->index(0, 0).data(MessageListModel::MessageIdRole).toLongLong();

        QTest::keyClick(pane->view(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(pane->view()->currentIndex().row(), 1);
        QVERIFY(MessageRepository(t.db()).get(first)->approved);
        QVERIFY(
            pane->model()->index(0, MessageListModel::FlagsColumn).data().toString().contains(u"approved"_s));
        const qint64 second = pane->model()->index(1, 0).data(MessageListModel::MessageIdRole).toLongLong();
        QVERIFY(!MessageRepository(t.db()).get(second)->approved);

        pane->view()->setCurrentIndex(pane->model()->index(0, 0));
        pane->withdrawApprovalAction()->trigger();
        QVERIFY(!MessageRepository(t.db()).get(first)->approved);
    }

    void refusalIsOneClearMessage()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = makeCampaign(t.db(), 2, 3); // three qualifying leads not generated yet
        QVERIFY(id > 0);
        MainWindow window(t.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.campaignPane()->selectCampaign(id);
        Prompt::setNextAnswers({0, 0});
        window.findChild<QAction *>(u"activateAction"_s)->trigger();
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Ready);
        const QStringList asked = Prompt::askedTexts();
        QCOMPARE(asked.size(), 2); // the confirmation, then one error
        QVERIFY2(asked.last().contains(u"3"_s), qPrintable(asked.last()));
    }
};

QTEST_MAIN(TestActivationGui)
#include "test_activation_gui.moc"
