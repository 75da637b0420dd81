// The Replies tab over a real database: a campaign's replies, auto-replies
// and bounces newest first (another campaign's not among them), all
// campaigns with a Campaign column, filtered by kind, the whole mail of the
// selected row below, and "Not a reply" / "Is a reply" changing the counts
// the Analytics tab shows. With OUTREACH_SCREENSHOTS_DIR set it writes
// replies-<lang>.png (across campaigns) instead of running the tests.
#include "AnalyticsPane.h"
#include "InboxRepository.h"
#include "MainWindow.h"
#include "RepliesPane.h"
#include "ReplyListModel.h"
#include "TestDatabase.h"
#include "db/ReplyFixture.h"
#include "settings/Translators.h"
#include "stats/AbTestAnalyzer.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

int rowOf(const ReplyListModel *model, qint64 replyId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->replyAt(row)->id == replyId)
            return row;
    }
    return -1;
}

qint64 total(const AnalyticsPane *pane, qint64 FunnelCounts::*field)
{
    qint64 sum = 0;
    for (const auto &v : pane->result().variants)
        sum += v.counts.*field;
    return sum;
}

} // namespace

class TestRepliesPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OutreachStudioTest"_s);
        QCoreApplication::setApplicationName(u"test_replies_pane"_s);
        QSettings().clear();
    }

    void listsFiltersAndShowsTheMail()
    {
        OUTREACH_TEST_DB(t);
        SendingCampaign c = makeSendingCampaign(t.db(), 3);
        AbCampaign other = makeAbCampaign(t.db(), 1, Channel::Email, 100);
        recordMail(t.db(), c.ab, 0, u"reply"_s, 30, u"Sounds good, let's talk Tuesday.\nAda"_s);
        recordMail(t.db(), c.ab, 1, u"auto_reply"_s, 20, u"I am out of office until Monday."_s);
        recordMail(t.db(), c.ab, 2, u"bounce"_s, 10, u"Delivery failed."_s);
        recordMail(t.db(), other, 0, u"reply"_s, 5, u"Another campaign's answer"_s);

        RepliesPane pane(t.db());
        pane.setCampaign(c.ab.campaignId);
        ReplyListModel *model = pane.model();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(pane.view()->isColumnHidden(ReplyListModel::CampaignColumn));
        // Newest first.
        QCOMPARE(model->replyAt(0)->kind, u"bounce"_s);
        QCOMPARE(model->replyAt(2)->kind, u"reply"_s);
        QCOMPARE(model->index(2, ReplyListModel::KindColumn).data().toString(), u"Reply"_s);
        QCOMPARE(model->index(2, ReplyListModel::SnippetColumn).data().toString(),
                 u"Sounds good, let's talk Tuesday."_s);
        QCOMPARE(model->index(0, ReplyListModel::SnippetColumn).data().toString(),
                 u"5.1.1 550 5.1.1 User unknown"_s);

        pane.view()->selectRow(2);
        QVERIFY(pane.detail()->toPlainText().contains(u"Sounds good, let's talk Tuesday.\nAda"_s));
        QVERIFY(pane.detail()->toPlainText().contains(c.ab.leads.at(0).email));
        QVERIFY(pane.notReplyAction()->isEnabled());
        QVERIFY(!pane.isReplyAction()->isEnabled());

        pane.kindFilter()->setCurrentIndex(pane.kindFilter()->findData(u"auto_reply"_s));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->replyAt(0)->kind, u"auto_reply"_s);
        QCOMPARE(model->index(0, ReplyListModel::KindColumn).data().toString(), u"Auto-reply"_s);
    }

    void kindFilterOffersEveryKind()
    {
        OUTREACH_TEST_DB(t);
        RepliesPane pane(t.db());
        QStringList offered;
        for (int i = 1; i < pane.kindFilter()->count(); ++i)
            offered << pane.kindFilter()->itemData(i).toString();
        QCOMPARE(offered, ReplyCorrectionRepository::kinds());
        QCOMPARE(pane.kindFilter()->itemData(0).toString(), QString());
    }

    void allCampaignsCorrectionChangesTheAnalytics()
    {
        OUTREACH_TEST_DB(t);
        const SendingCampaign c = makeSendingCampaign(t.db(), 4);
        const SendingCampaign other{makeSecondCampaign(t.db(), 2), c.senders};
        markAllSent(t.db(), c.ab);
        markAllSent(t.db(), other.ab);
        const ReplyRecord outOfOffice =
            recordMail(t.db(), c.ab, 0, u"reply"_s, 40, u"I am away until 12 January.\nBest, Ada"_s);
        const ReplyRecord optOut =
            recordMail(t.db(), c.ab, 1, u"opt_out"_s, 30, u"Stop.\nBut do call me about the pilot."_s);
        recordMail(t.db(), c.ab, 2, u"bounce"_s, 20, u"Delivery failed."_s);
        const ReplyRecord elsewhere = recordMail(t.db(), other.ab, 0, u"reply"_s, 10, u"Happy to talk."_s);

        MainWindow window(t.db());
        AnalyticsPane *analytics = window.analyticsPane();
        analytics->setCampaign(c.ab.campaignId);
        QTRY_COMPARE(total(analytics, &FunnelCounts::replied), 1);
        QCOMPARE(total(analytics, &FunnelCounts::autoReplied), 0);

        RepliesPane *pane = window.repliesPane();
        ReplyListModel *model = pane->model();
        pane->setCampaign(other.ab.campaignId);
        QCOMPARE(model->rowCount(), 1);
        pane->scope()->setCurrentIndex(pane->scope()->findData(true));
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(!pane->view()->isColumnHidden(ReplyListModel::CampaignColumn));
        QCOMPARE(model->index(rowOf(model, elsewhere.id), ReplyListModel::CampaignColumn).data().toString(),
                 u"A/B 100"_s);
        QCOMPARE(model->index(rowOf(model, outOfOffice.id), ReplyListModel::CampaignColumn).data().toString(),
                 u"A/B 0"_s);

        // Filter: replies of both campaigns.
        pane->kindFilter()->setCurrentIndex(pane->kindFilter()->findData(u"reply"_s));
        QCOMPARE(model->rowCount(), 2);
        // Select -> the whole mail; "Not a reply" from the context menu's action.
        QCOMPARE(pane->view()->actions(), (QList<QAction *>{pane->notReplyAction(), pane->isReplyAction()}));
        pane->view()->selectRow(rowOf(model, outOfOffice.id));
        QVERIFY(pane->detail()->toPlainText().contains(u"I am away until 12 January.\nBest, Ada"_s));
        QVERIFY(pane->notReplyAction()->isEnabled());
        QSignalSpy corrected(pane, &RepliesPane::correctionMade);
        pane->notReplyAction()->trigger();
        QVERIFY2(corrected.size() == 1, qPrintable(pane->messageLabel()->text()));
        QCOMPARE(corrected.at(0).at(0).toLongLong(), c.ab.campaignId);
        QVERIFY2(!pane->messageLabel()->isHidden(), qPrintable(pane->messageLabel()->text()));
        QVERIFY(pane->messageLabel()->text().contains(u"Auto-reply"_s));
        QTRY_COMPARE(total(analytics, &FunnelCounts::replied), 0);
        QCOMPARE(total(analytics, &FunnelCounts::autoReplied), 1);
        QCOMPARE(model->rowCount(), 1); // the filter shows replies only

        // The opt-out was a real answer: it counts as a reply; the suppression stays, and the pane says so.
        pane->kindFilter()->setCurrentIndex(pane->kindFilter()->findData(u"opt_out"_s));
        QCOMPARE(model->rowCount(), 1);
        pane->view()->selectRow(0);
        QVERIFY(!pane->notReplyAction()->isEnabled());
        pane->isReplyAction()->trigger();
        QTRY_COMPARE(total(analytics, &FunnelCounts::replied), 1);
        QVERIFY2(pane->messageLabel()->text().contains(u"suppression list"_s) &&
                     pane->messageLabel()->text().contains(c.ab.leads.at(1).email),
                 qPrintable(pane->messageLabel()->text()));

        // Both are marked as corrected in the list.
        pane->kindFilter()->setCurrentIndex(0);
        const int row = rowOf(model, optOut.id);
        QCOMPARE(model->index(row, ReplyListModel::KindColumn).data().toString(), u"Reply (corrected)"_s);
        QVERIFY(model->index(row, ReplyListModel::KindColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Opt-out"_s));
        pane->view()->selectRow(row);
        QVERIFY(pane->detail()->toPlainText().contains(u"Corrected by hand"_s));
    }

    void mainWindowHasARepliesTab()
    {
        OUTREACH_TEST_DB(t);
        MainWindow window(t.db());
        QCOMPARE(window.tabs()->indexOf(window.repliesPane()), 4);
        QCOMPARE(window.tabs()->tabText(4).remove(u'&'), u"Replies"_s);
    }
};

namespace {

// Three campaigns with believable names and people, a week of answers.
int writeScreenshot(const QString &dir)
{
    const QString language = qEnvironmentVariable("OUTREACH_SCREENSHOT_LANG", u"en"_s);
    installTranslators(*qApp, language);
    QApplication::setStyle(u"Fusion"_s);
    qputenv("OUTREACH_TEST_BACKEND", "sqlite");
    TestDatabase t;
    if (!t.unavailableReason().isEmpty())
        return 1;
    const SendingCampaign q4 = makeSendingCampaign(t.db(), 4);
    const SendingCampaign webinar{makeSecondCampaign(t.db(), 3), q4.senders};
    const QList<std::array<const char *, 3>> people = {
        {"Ada", "Lindqvist", "ada.lindqvist@nordfracht.example"},
        {"Ben", "Fischer", "ben.fischer@hafenlogistik.example"},
        {"Lucía", "García", "lucia@garcia-sl.example"},
        {"Omar", "Haddad", "omar.haddad@cargoline.example"},
        {"Mei", "Tanaka", "mei.tanaka@pacificfreight.example"},
        {"Jonas", "Berg", "jonas.berg@bergtransport.example"},
        {"Chloé", "Martin", "c.martin@transalpes.example"},
    };
    // Mutable copies: recordMail takes the sender's name and address from them.
    AbCampaign q4ab = q4.ab;
    AbCampaign webinarAb = webinar.ab;
    const QList<Lead> leads = q4ab.leads + webinarAb.leads;
    for (int i = 0; i < leads.size(); ++i) {
        Lead &copy = i < q4ab.leads.size() ? q4ab.leads[i] : webinarAb.leads[i - q4ab.leads.size()];
        copy.firstName = QString::fromUtf8(people.at(i)[0]);
        copy.lastName = QString::fromUtf8(people.at(i)[1]);
        copy.email = QString::fromUtf8(people.at(i)[2]);
        QSqlQuery q(t.db().connection());
        q.prepare(u"UPDATE leads SET first_name = ?, last_name = ?, email = ? WHERE id = ?"_s);
        q.addBindValue(QString::fromUtf8(people.at(i)[0]));
        q.addBindValue(QString::fromUtf8(people.at(i)[1]));
        q.addBindValue(QString::fromUtf8(people.at(i)[2]));
        q.addBindValue(leads.at(i).id);
        if (!q.exec())
            return 1;
    }
    for (const auto &[id, name] : {std::pair{q4.ab.campaignId, "Q4 freight outreach"},
                                   std::pair{webinar.ab.campaignId, "Webinar follow-up"}}) {
        QSqlQuery q(t.db().connection());
        q.prepare(u"UPDATE campaigns SET name = ? WHERE id = ?"_s);
        q.addBindValue(QString::fromUtf8(name));
        q.addBindValue(id);
        if (!q.exec())
            return 1;
    }
    markAllSent(t.db(), q4ab);
    markAllSent(t.db(), webinarAb);
    recordMail(t.db(), q4ab, 0, u"reply"_s, 50,
               u"Thanks for reaching out. Tuesday at 10 works for a short call.\n\nBest,\nAda"_s);
    recordMail(t.db(), q4ab, 1, u"auto_reply"_s, 140, u"I am out of the office until 12 January."_s);
    const ReplyRecord stop =
        recordMail(t.db(), q4ab, 2, u"opt_out"_s, 600,
                   u"Stop the newsletters, please - but a call about the pilot next week works."_s);
    recordMail(t.db(), q4ab, 3, u"bounce"_s, 900, u"Delivery failed."_s);
    const ReplyRecord selected =
        recordMail(t.db(), webinarAb, 0, u"reply"_s, 20,
                   u"Hi Sam, the recording was useful. Could you send the pricing for 20 seats?\n\n"
                   "Mei Tanaka\nHead of Operations, Pacific Freight"_s);
    recordMail(t.db(), webinarAb, 1, u"auto_reply"_s, 300,
               u"Danke für Ihre Nachricht. Ich bin ab Montag zurück."_s);

    RepliesPane pane(t.db());
    pane.resize(1280, 640);
    pane.scope()->setCurrentIndex(pane.scope()->findData(true));
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane))
        return 1;
    // The opt-out that was an answer, corrected as a user does it: the note stays in view.
    pane.view()->selectRow(rowOf(pane.model(), stop.id));
    pane.isReplyAction()->trigger();
    QLabel *note = pane.messageLabel();
    if (note->isHidden() ||
        !QTest::qWaitFor([note] { return note->height() >= note->heightForWidth(note->width()); }))
        return 1;
    const int row = rowOf(pane.model(), selected.id);
    pane.view()->selectRow(row);
    if (!QTest::qWaitFor([&pane] { return !pane.detail()->toPlainText().isEmpty(); }, 10000))
        return 1;
    return pane.grab().save(QDir(dir).filePath(u"replies-%1.png"_s.arg(language))) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("OUTREACH_SCREENSHOTS_DIR"))
        return writeScreenshot(qEnvironmentVariable("OUTREACH_SCREENSHOTS_DIR"));
    TestRepliesPane suite;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&suite, argc, argv);
}
#include "test_replies_pane.moc"
