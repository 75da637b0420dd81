// The Replies tab over a real database: a campaign's replies, auto-replies
// and bounces newest first (another campaign's not among them), filtered by
// kind, and the whole mail of the selected row below.
#include "InboxRepository.h"
#include "MainWindow.h"
#include "RepliesPane.h"
#include "ReplyListModel.h"
#include "TestDatabase.h"
#include "db/SendingFixture.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {
ReplyRecord reply(const SendingCampaign &c, int message, const QString &kind, int minutesAgo,
                  const QString &body)
{
    ReplyRecord r;
    r.mailKey = u"<%1.%2.%3@mail.test>"_s.arg(kind).arg(message).arg(c.ab.campaignId);
    r.senderId = c.senders.first().id;
    r.folder = u"INBOX"_s;
    r.uid = quint32(message + 1);
    r.messageId = c.ab.messageIds.at(message);
    r.campaignId = c.ab.campaignId;
    r.kind = kind;
    r.fromAddress = c.ab.leads.at(message).email;
    r.fromName = c.ab.leads.at(message).fullName();
    r.subject = u"Re: hello"_s;
    r.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    r.snippet = body.section(u'\n', 0, 0);
    r.body = body;
    if (kind == u"bounce") {
        r.statusCode = u"5.1.1"_s;
        r.diagnostic = u"550 5.1.1 User unknown"_s;
    }
    return r;
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
        SendingCampaign other{makeAbCampaign(t.db(), 1, Channel::Email, 100), c.senders};
        InboxRepository inbox(t.db());
        QList<ReplyRecord> records{
            reply(c, 0, u"reply"_s, 30, u"Sounds good, let's talk Tuesday.\nAda"_s),
            reply(c, 1, u"auto_reply"_s, 20, u"I am out of office until Monday."_s),
            reply(c, 2, u"bounce"_s, 10, u"Delivery failed."_s),
            reply(other, 0, u"reply"_s, 5, u"Another campaign's answer"_s),
        };
        for (ReplyRecord &r : records)
            QVERIFY(inbox.addReply(r).value());

        RepliesPane pane(t.db());
        pane.setCampaign(c.ab.campaignId);
        ReplyListModel *model = pane.model();
        QCOMPARE(model->rowCount(), 3);
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

        pane.kindFilter()->setCurrentIndex(pane.kindFilter()->findData(u"auto_reply"_s));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->replyAt(0)->kind, u"auto_reply"_s);
        QCOMPARE(model->index(0, ReplyListModel::KindColumn).data().toString(), u"Auto-reply"_s);
    }

    void mainWindowHasARepliesTab()
    {
        OUTREACH_TEST_DB(t);
        MainWindow window(t.db());
        QCOMPARE(window.tabs()->indexOf(window.repliesPane()), 4);
        QCOMPARE(window.tabs()->tabText(4).remove(u'&'), u"Replies"_s);
    }
};

QTEST_MAIN(TestRepliesPane)
#include "test_replies_pane.moc"
