// The inline banner every pane uses (kind, text, buttons, dismiss) and the
// inbox status texts as tables of cases: what the status-bar line says per
// mailbox outcome, and which outcomes put up the banner, naming the mailbox.
#include "InboxStatusView.h"
#include "InlineBanner.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using Mailbox = outreach::inbox::InboxPoller::Mailbox;
Q_DECLARE_METATYPE(outreach::inbox::InboxPoller::Mailbox)

namespace {

const QDateTime kAt = QDateTime::currentDateTimeUtc();

Mailbox mailbox(const QString &address, const QString &error, const QString &kind, int failures,
                bool succeededBefore = true)
{
    Mailbox m;
    m.senderId = 7;
    m.address = address;
    m.status.senderId = 7;
    m.status.lastAttemptAt = kAt;
    if (succeededBefore)
        m.status.lastSuccessAt = kAt.addSecs(-600);
    m.status.lastError = error;
    m.status.errorKind = kind;
    m.status.failures = failures;
    return m;
}

QString timeOf(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

class TestInboxStatus : public QObject
{
    Q_OBJECT

private slots:
    void bannerShowsReplacesAndDismisses()
    {
        QWidget parent;
        auto *banner = new InlineBanner(&parent);
        QPushButton *retry = banner->addButton(u"Retry"_s, u"retry"_s);
        QCOMPARE(retry->parent(), banner);
        QCOMPARE(banner->findChild<QPushButton *>(u"retry"_s), retry);
        banner->hide();
        parent.show();
        QVERIFY(!banner->dismissButton()->isVisibleTo(banner));
        banner->setDismissible(true);
        banner->showMessage(u"first"_s, InlineBanner::Kind::Warning);
        banner->showMessage(u"second"_s, InlineBanner::Kind::Error);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), u"second"_s); // replaced, not stacked
        QCOMPARE(banner->kind(), InlineBanner::Kind::Error);
        QCOMPARE(banner->textLabel()->textFormat(), Qt::PlainText);
        QSignalSpy dismissed(banner, &InlineBanner::dismissed);
        QTest::mouseClick(banner->dismissButton(), Qt::LeftButton);
        QCOMPARE(dismissed.count(), 1);
        QVERIFY(!banner->isVisible());
        QVERIFY(banner->text().isEmpty());
    }

    void statusLine_data()
    {
        QTest::addColumn<QList<Mailbox>>("mailboxes");
        QTest::addColumn<bool>("running");
        QTest::addColumn<QString>("expected");
        const Mailbox ok = mailbox(u"sales@acme.test"_s, {}, {}, 0);
        const QString okText = u"sales@acme.test "_s + timeOf(ok.status.lastSuccessAt);
        QTest::newRow("no mailbox: no line") << QList<Mailbox>{} << false << QString();
        QTest::newRow("synced: its time") << QList<Mailbox>{ok} << false << u"Inbox: "_s + okText;
        QTest::newRow("never synced") << QList<Mailbox>{Mailbox{3, u"new@acme.test"_s, {}}} << false
                                      << u"Inbox: new@acme.test not synced yet"_s;
        QTest::newRow("sign-in refused")
            << QList<Mailbox>{ok, mailbox(u"ops@acme.test"_s, u"refused"_s, u"authentication"_s, 1)} << false
            << u"Inbox: "_s + okText + u" · ops@acme.test sign-in failed"_s;
        QTest::newRow("no password") << QList<Mailbox>{mailbox(u"ops@acme.test"_s, u"x"_s, u"secret"_s, 1)}
                                     << false << u"Inbox: ops@acme.test no password"_s;
        QTest::newRow("unreachable") << QList<Mailbox>{mailbox(u"ops@acme.test"_s, u"x"_s, u"connection"_s,
                                                               1)}
                                     << false << u"Inbox: ops@acme.test unreachable"_s;
        QTest::newRow("running") << QList<Mailbox>{ok} << true << u"Inbox: "_s + okText + u" (syncing…)"_s;
    }

    void statusLine()
    {
        QFETCH(QList<Mailbox>, mailboxes);
        QFETCH(bool, running);
        QFETCH(QString, expected);
        QCOMPARE(InboxStatusView::lineFor(mailboxes, running), expected);
    }

    void bannerWhenAMailboxNeedsTheUser_data()
    {
        QTest::addColumn<Mailbox>("box");
        QTest::addColumn<QString>("expected"); // empty: no banner
        const QString error = u"The IMAP server imap.acme.test:993 refused the login for ops"_s;
        QTest::newRow("synced") << mailbox(u"ops@acme.test"_s, {}, {}, 0) << QString();
        QTest::newRow("sign-in refused once") << mailbox(u"ops@acme.test"_s, error, u"authentication"_s, 1)
                                              << u"Inbox sync cannot sign in to ops@acme.test: "_s + error;
        QTest::newRow("no password") << mailbox(u"ops@acme.test"_s, u"none stored"_s, u"secret"_s, 1)
                                     << u"Inbox sync has no password for ops@acme.test: none stored"_s;
        QTest::newRow("certificate refused") << mailbox(u"ops@acme.test"_s, u"untrusted"_s, u"tls"_s, 1)
                                             << u"Inbox sync cannot read ops@acme.test: untrusted"_s;
        QTest::newRow("unreachable twice: not yet")
            << mailbox(u"ops@acme.test"_s, u"down"_s, u"connection"_s, 2) << QString();
        QTest::newRow("unreachable three times") << mailbox(u"ops@acme.test"_s, u"down"_s, u"connection"_s, 3)
                                                 << u"Inbox sync cannot read ops@acme.test: down"_s;
    }

    void bannerWhenAMailboxNeedsTheUser()
    {
        QFETCH(Mailbox, box);
        QFETCH(QString, expected);
        const QString problem = InboxStatusView::problemFor({box});
        if (expected.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.startsWith(expected + u'\n'), qPrintable(problem));
        const QString tip = InboxStatusView::toolTipFor({box});
        QVERIFY(tip.startsWith(box.address));
        QCOMPARE(tip.contains(u"last error"_s), !box.status.lastError.isEmpty());
        QVERIFY(tip.contains(box.status.lastError));
    }
};

QTEST_MAIN(TestInboxStatus)
#include "test_inbox_status.moc"
