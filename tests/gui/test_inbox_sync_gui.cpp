// Inbox sync in the window, against a real Dovecot and a real keyring: the
// window syncs its mailboxes by itself once shown, the status bar then shows
// the mailbox with its time and the Analytics tab's reply count goes up
// without a click; a wrong password puts up a banner naming the mailbox,
// and Retry after the password was fixed takes it away. The suite runs
// inside a private keyring session (KeyringSession); without Dovecot it
// skips, except under CI=true, where it fails.
// OUTREACH_SCREENSHOTS_DIR=DIR OUTREACH_SCREENSHOT_LANG=en|de writes
// inbox-status-<lang>.png instead (scripts/screenshots-inbox).
#include "AnalyticsPane.h"
#include "CampaignListModel.h"
#include "CampaignPane.h"
#include "DovecotServer.h"
#include "InboxStatusView.h"
#include "InlineBanner.h"
#include "KeyringSession.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "db/InboxFixture.h"
#include "inbox/InboxPoller.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SenderSecrets.h"
#include "settings/Translators.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace outreach;
using namespace outreach::test;
namespace keyring = outreach::test::keyring;

namespace {

bool storeSecret(SecretStore &store, qint64 senderId, const QString &secret)
{
    std::optional<bool> ok;
    SenderSecrets(&store).store(senderId, secret, nullptr, [&ok](const SecretResult &r) { ok = r.ok; });
    return QTest::qWaitFor([&] { return ok.has_value(); }, 20000) && *ok;
}

QByteArray replyTo(const Send &send, const QString &to, const QString &id)
{
    return "From: Lead <" + send.recipient.toUtf8() + ">\nTo: " + to.toUtf8() +
           "\nSubject: Re: hello\nDate: Thu, 3 Dec 2026 09:00:00 +0000\nMessage-ID: <" + id.toUtf8() +
           ">\nIn-Reply-To: <" + send.rfcId.toUtf8() + ">\nReferences: <" + send.rfcId.toUtf8() +
           ">\nContent-Type: text/plain; charset=utf-8\n\nYes, let's talk on Monday.\n";
}

qint64 repliesShown(const AnalyticsPane *pane)
{
    qint64 n = 0;
    for (const VariantResult &v : pane->result().variants)
        n += v.counts.replied;
    return n;
}

void selectCampaign(MainWindow &window, qint64 campaignId)
{
    CampaignListModel *model = window.campaignPane()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->summaryAt(row) && model->summaryAt(row)->campaign.id == campaignId)
            window.campaignPane()->view()->setCurrentIndex(model->index(row));
    }
}

int writeScreenshots(const QString &dir);

} // namespace

class TestInboxSyncGui : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_server;
    int m_folders = 0;
    QString newFolder() { return u"G%1"_s.arg(++m_folders); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OutreachStudioTest"_s);
        QCoreApplication::setApplicationName(u"test_inbox_sync_gui"_s);
        QSettings().clear();
        OUTREACH_TEST_DOVECOT(m_server);
    }

    void theWindowSyncsByItselfAndAnalyticsFollow()
    {
        OUTREACH_TEST_DB(t);
        const QString folder = newFolder();
        const Sender sender = makeInboxSender(t.db(), m_server, folder);
        const QList<Send> sends = {{u"gui-1.a1@mail.acme-outreach.test"_s, u"lead1@example.test"_s},
                                   {u"gui-2.b2@mail.acme-outreach.test"_s, u"lead2@example.test"_s}};
        const AbCampaign c = makeSends(t.db(), sender, sends);
        QVERIFY(
            m_server.deliver(replyTo(sends.at(0), sender.fromAddress, u"gui-reply@lead.example"_s), folder));
        KeychainSecretStore store;
        QVERIFY(storeSecret(store, sender.id, m_server.password()));

        MainWindow window(t.db());
        window.inboxPoller()->setSecretStore(&store);
        window.inboxPoller()->setInterval(1h);
        selectCampaign(window, c.campaignId);
        window.tabs()->setCurrentWidget(window.analyticsPane());
        QCOMPARE(repliesShown(window.analyticsPane()), 0);
        QLabel *line = window.inboxStatus()->label();
        QVERIFY(line->text().contains(u"not synced yet"_s));

        window.show(); // nothing else: the window starts the first pass itself
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(repliesShown(window.analyticsPane()), 1, 30000);
        QTRY_VERIFY(!window.inboxPoller()->isRunning());
        const auto status = window.inboxPoller()->mailboxes().first().status;
        QVERIFY2(status.lastError.isEmpty(), qPrintable(status.lastError));
        const QString time =
            QLocale().toString(status.lastSuccessAt.toLocalTime().time(), QLocale::ShortFormat);
        QCOMPARE(line->text(), u"Inbox: %1 %2"_s.arg(sender.fromAddress, time));
        QVERIFY(line->toolTip().contains(sender.fromAddress));
        QVERIFY(!line->toolTip().contains(m_server.password()));
        QVERIFY(window.statusBar()->isAncestorOf(line));
        QVERIFY(!window.inboxStatus()->banner()->isVisible());
        QVERIFY(window.inboxPoller()->isPassScheduled()); // the next pass in an hour

        // File › Sync inbox now brings the next reply without waiting for it.
        QVERIFY(m_server.deliver(replyTo(sends.at(1), sender.fromAddress, u"gui-reply-2@lead.example"_s),
                                 folder));
        QCOMPARE(window.syncInboxAction()->shortcut(), QKeySequence(Qt::Key_F5));
        window.syncInboxAction()->trigger();
        QVERIFY(window.inboxPoller()->isRunning());
        QVERIFY(!window.inboxPoller()->syncNow()); // never two passes at once
        QTRY_COMPARE_WITH_TIMEOUT(repliesShown(window.analyticsPane()), 2, 30000);
    }

    void aWrongPasswordNamesTheMailboxAndRetryClearsIt()
    {
        OUTREACH_TEST_DB(t);
        const Sender sender = makeInboxSender(t.db(), m_server, u"INBOX"_s);
        KeychainSecretStore store;
        const QString wrong = u"wrong-secret-5b1e"_s;
        QVERIFY(storeSecret(store, sender.id, wrong));

        MainWindow window(t.db());
        window.inboxPoller()->setSecretStore(&store);
        window.inboxPoller()->setInterval(1h);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        InlineBanner *banner = window.inboxStatus()->banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
        QVERIFY2(banner->text().contains(sender.fromAddress), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(m_server.user()), qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(wrong));
        QVERIFY(window.inboxStatus()->label()->text().contains(u"sign-in failed"_s));
        QVERIFY(!window.inboxStatus()->label()->toolTip().contains(wrong));
        QVERIFY(window.inboxStatus()->settingsButton()->isVisible());

        QVERIFY(storeSecret(store, sender.id, m_server.password()));
        QTRY_VERIFY(window.inboxStatus()->retryButton()->isEnabled());
        QTest::mouseClick(window.inboxStatus()->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 30000);
        QTRY_VERIFY(!window.inboxPoller()->isRunning());
        QVERIFY(window.inboxPoller()->mailboxes().first().status.lastError.isEmpty());
        QVERIFY(!window.inboxStatus()->label()->text().contains(u"sign-in failed"_s));
    }

    void closingTheWindowDuringAPassIsClean()
    {
        OUTREACH_TEST_DB(t);
        const Sender sender = makeInboxSender(t.db(), m_server, u"INBOX"_s);
        KeychainSecretStore store;
        QVERIFY(storeSecret(store, sender.id, m_server.password()));
        auto window = std::make_unique<MainWindow>(t.db());
        window->inboxPoller()->setSecretStore(&store);
        QSignalSpy started(window->inboxPoller(), &inbox::InboxPoller::passStarted);
        window->show();
        QVERIFY(started.wait(10000));
        QVERIFY(window->inboxPoller()->isRunning()); // its worker cannot have reported yet
        window->close();
        QVERIFY(!window->inboxPoller()->isActive());
        window.reset(); // waits for the mailbox being read; the database outlives it
        QVERIFY(InboxRepository(t.db()).mailboxSyncStatuses().ok());
    }
};

namespace {

// Two mailboxes on the test Dovecot as a user sees them after a pass: one
// synced, one whose password is wrong, with the banner above the tabs.
int writeScreenshots(const QString &dir)
{
    const QString language = qEnvironmentVariable("OUTREACH_SCREENSHOT_LANG", u"en"_s);
    installTranslators(*qApp, language);
    QApplication::setStyle(u"Fusion"_s);
    QStandardPaths::setTestModeEnabled(true);
    DovecotServer server;
    TestDatabase t;
    if (!t.unavailableReason().isEmpty() || !server.start())
        return 1;
    Sender sales = makeInboxSender(t.db(), server, u"INBOX"_s);
    Sender ops = sales;
    ops.fromAddress = u"ops@acme-outreach.test"_s;
    ops.name = u"Ops"_s;
    if (!SenderRepository(t.db()).add(ops))
        return 1;
    const QList<Send> sends = {{u"shot-1@mail.acme-outreach.test"_s, u"lead1@example.test"_s}};
    const AbCampaign c = makeSends(t.db(), sales, sends);
    server.deliver(replyTo(sends.first(), sales.fromAddress, u"shot-reply@lead.example"_s));
    KeychainSecretStore store;
    if (!storeSecret(store, sales.id, server.password()) || !storeSecret(store, ops.id, u"wrong"_s))
        return 1;
    MainWindow window(t.db());
    window.inboxPoller()->setSecretStore(&store);
    window.inboxPoller()->setInterval(1h);
    selectCampaign(window, c.campaignId);
    window.tabs()->setCurrentWidget(window.analyticsPane());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) ||
        !QTest::qWaitFor([&] { return window.inboxStatus()->banner()->isVisible(); }, 30000) ||
        !QTest::qWaitFor([&] { return !window.inboxPoller()->isRunning(); }, 30000))
        return 1;
    return window.grab().save(QDir(dir).filePath(u"inbox-status-%1.png"_s.arg(language))) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (!keyring::insideSession())
        return keyring::relaunchInSession(argc, argv, "TestInboxSyncGui");
    if (qEnvironmentVariableIsSet("OUTREACH_SCREENSHOTS_DIR"))
        return writeScreenshots(qEnvironmentVariable("OUTREACH_SCREENSHOTS_DIR"));
    TestInboxSyncGui suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "test_inbox_sync_gui.moc"
