// The Messages tab's everyday actions, offscreen through the real widgets:
// search by lead, company and text; filter by flag; approve and withdraw a
// selection at once; each message's latest event in the table and its
// history in the detail; a failed message's reason where the variants
// would be, with Retry; undo back to the generated text clears "edited".
#include "CampaignPane.h"
#include "CampaignRepository.h"
#include "DisplayNames.h"
#include "GenerationRunner.h"
#include "LeadRepository.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "MessageRepository.h"
#include "MessagesPane.h"
#include "Prompt.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "VariantEditor.h"
#include "VariantPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {
// Four messages: 0 plain, 1 over the limit, 2 edited, 3 failed.
qint64 seed(Database &db, QList<qint64> &messageIds)
{
    Campaign campaign = makeCampaign(u"Spring"_s, Channel::Email, 0);
    campaign.provider = u"offline"_s;
    if (!CampaignRepository(db).create(campaign).ok())
        return 0;
    const QStringList companies = {u"Acme"_s, u"Globex"_s, u"Initech"_s, u"Umbrella"_s};
    for (int n = 0; n < 4; ++n) {
        Lead lead = makeLead(n + 1, 90);
        lead.company = companies.at(n);
        if (!LeadRepository(db).insert(lead).ok())
            return 0;
        Message m;
        m.campaignId = campaign.id;
        m.leadId = lead.id;
        m.status = n == 3 ? GenerationStatus::Failed : GenerationStatus::Generated;
        m.error = n == 3 ? u"The provider answered 500: upstream timeout."_s : QString();
        for (int i = 0; n < 3 && i < kVariantCount; ++i) {
            Variant v;
            v.index = i;
            v.tone = toneOfIndex(i);
            v.subject = u"Subject %1"_s.arg(i);
            v.body = n == 0 ? u"Let us talk about pipelines %1."_s.arg(i) : u"Hello %1."_s.arg(i);
            if (n == 1 && i == 2)
                v.flags = {u"over_limit"_s};
            v.edited = n == 2 && i == 0;
            m.variants << v;
        }
        if (!MessageRepository(db).saveResult(m).ok())
            return 0;
        messageIds << m.id;
    }
    return campaign.id;
}

QList<qint64> shownIds(const MessageListModel *model)
{
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->messageAt(row)->message.id;
    return ids;
}
} // namespace

class TestMessageActions : public QObject
{
    Q_OBJECT

    struct Window
    {
        QList<qint64> ids;
        std::unique_ptr<MainWindow> window;
        MessagesPane *pane = nullptr;
    };

    bool open(Database &db, Window &w)
    {
        const qint64 campaignId = seed(db, w.ids);
        if (campaignId <= 0)
            return false;
        w.window = std::make_unique<MainWindow>(db);
        w.window->resize(1280, 800);
        w.window->show();
        w.window->campaignPane()->selectCampaign(campaignId);
        w.pane = w.window->messagesPane();
        w.window->tabs()->setCurrentWidget(w.pane);
        return QTest::qWaitForWindowExposed(w.window.get()) && w.pane->model()->rowCount() == 4;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OutreachStudioTest"_s);
        QCoreApplication::setApplicationName(u"test_message_actions"_s);
    }

    void init()
    {
        QSettings().clear();
        Prompt::setNextAnswers({});
        Prompt::clearAsked();
    }

    void searchAndFlagFilter_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("flag");
        QTest::addColumn<QList<int>>("rows"); // indexes into the seeded messages
        QTest::newRow("company") << u"glob"_s << 0 << QList<int>{1};
        QTest::newRow("lead name") << u"first3"_s << 0 << QList<int>{2};
        QTest::newRow("message text") << u"PIPELINES"_s << 0 << QList<int>{0};
        QTest::newRow("over limit") << QString() << int(MessageListModel::FlagFilter::OverLimit)
                                    << QList<int>{1};
        QTest::newRow("edited") << QString() << int(MessageListModel::FlagFilter::Edited) << QList<int>{2};
        QTest::newRow("failed") << QString() << int(MessageListModel::FlagFilter::Failed) << QList<int>{3};
        QTest::newRow("search and flag")
            << u"hello"_s << int(MessageListModel::FlagFilter::Edited) << QList<int>{2};
        QTest::newRow("nothing") << u"no such text"_s << 0 << QList<int>{};
    }

    void searchAndFlagFilter()
    {
        QFETCH(QString, search);
        QFETCH(int, flag);
        QFETCH(QList<int>, rows);
        OUTREACH_TEST_DB(t);
        Window w;
        QVERIFY(open(t.db(), w));
        w.pane->flagFilter()->setCurrentIndex(w.pane->flagFilter()->findData(flag));
        QTest::keyClicks(w.pane->searchEdit(), search);
        QList<qint64> expected;
        for (int i : rows)
            expected << w.ids.at(i);
        QTRY_COMPARE(shownIds(w.pane->model()), expected);
    }

    void bulkApproveAndWithdraw()
    {
        OUTREACH_TEST_DB(t);
        Window w;
        QVERIFY(open(t.db(), w));
        w.pane->view()->setFocus();
        w.pane->view()->selectAll();
        w.pane->approveAction()->trigger();
        // Generated messages are approved; the failed one cannot be.
        for (int i = 0; i < 3; ++i)
            QVERIFY2(MessageRepository(t.db()).get(w.ids.at(i))->approved, qPrintable(QString::number(i)));
        QVERIFY(!MessageRepository(t.db()).get(w.ids.at(3))->approved);
        w.pane->view()->selectAll();
        w.pane->withdrawApprovalAction()->trigger();
        for (int i = 0; i < 4; ++i)
            QVERIFY(!MessageRepository(t.db()).get(w.ids.at(i))->approved);
    }

    void latestEventInTableAndHistoryInDetail()
    {
        OUTREACH_TEST_DB(t);
        Window w;
        QVERIFY(open(t.db(), w));
        w.pane->view()->setCurrentIndex(w.pane->model()->index(0, 0));
        QCOMPARE(w.pane->historyLabel()->text(), u"No events recorded."_s);
        w.pane->recordEvent(EventType::Sent);
        w.pane->recordEvent(EventType::Replied);
        const QModelIndex event = w.pane->model()->index(0, MessageListModel::EventColumn);
        QCOMPARE(event.data().toString(), displayName(EventType::Replied));
        QVERIFY(w.pane->model()->index(1, MessageListModel::EventColumn).data().toString().isEmpty());
        const QString history = w.pane->historyLabel()->text();
        QVERIFY2(history.contains(u"sent"_s) && history.contains(u"replied"_s), qPrintable(history));
        QVERIFY(history.indexOf(u"sent"_s) < history.indexOf(u"replied"_s));
        // A reload (another campaign and back) still shows it.
        w.pane->refresh();
        QCOMPARE(w.pane->model()->index(0, MessageListModel::EventColumn).data().toString(),
                 displayName(EventType::Replied));
    }

    void failedMessageShowsItsReasonWithRetry()
    {
        OUTREACH_TEST_DB(t);
        Window w;
        QVERIFY(open(t.db(), w));
        w.pane->view()->setCurrentIndex(w.pane->model()->index(0, 0));
        QCOMPARE(w.pane->detailStack()->currentWidget(), w.pane->editor());
        w.pane->view()->setCurrentIndex(w.pane->model()->index(3, 0));
        QCOMPARE(w.pane->detailStack()->currentWidget()->objectName(), u"failurePage"_s);
        QVERIFY2(w.pane->failureLabel()->text().contains(u"upstream timeout"_s),
                 qPrintable(w.pane->failureLabel()->text()));
        QVERIFY(w.pane->retryButton()->isVisible());
        QSignalSpy finished(w.window->generationRunner(), &GenerationRunner::finished);
        QTest::mouseClick(w.pane->retryButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(MessageRepository(t.db()).get(w.ids.at(3))->status, GenerationStatus::Generated);
        QTRY_COMPARE(w.pane->detailStack()->currentWidget(), w.pane->editor());
        QVERIFY(!w.pane->editor()->panel(0)->body().isEmpty());
    }

    void undoBackToTheGeneratedTextIsNotEdited()
    {
        OUTREACH_TEST_DB(t);
        Window w;
        QVERIFY(open(t.db(), w));
        w.pane->view()->setCurrentIndex(w.pane->model()->index(0, 0));
        QPlainTextEdit *body = w.pane->editor()->panel(1)->bodyEdit();
        body->setFocus();
        QTest::keyClicks(body, u" More."_s);
        w.pane->editor()->commitPending();
        QTRY_VERIFY(MessageRepository(t.db()).get(w.ids.at(0))->variants.at(1).edited);
        QVERIFY(
            w.pane->model()->index(0, MessageListModel::FlagsColumn).data().toString().contains(u"edited"_s));
        w.window->undoStack()->undo();
        const auto stored = MessageRepository(t.db()).get(w.ids.at(0));
        QCOMPARE(stored->variants.at(1).body, u"Let us talk about pipelines 1."_s);
        QVERIFY(!stored->variants.at(1).edited);
        QVERIFY(!w.pane->model()
                     ->index(0, MessageListModel::FlagsColumn)
                     .data()
                     .toString()
                     .contains(u"edited"_s));
        w.window->undoStack()->redo();
        QVERIFY(MessageRepository(t.db()).get(w.ids.at(0))->variants.at(1).edited);
    }
};

QTEST_MAIN(TestMessageActions)
#include "test_message_actions.moc"
