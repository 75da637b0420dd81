// The Sending tab against a real SQLite/PostgreSQL database and the real
// aiosmtpd SMTP server: Start sends the campaign on the runner's worker
// thread with live progress, Pause stops every sender process and Resume
// goes on without sending anything twice, messages in doubt are resolved
// with the same decision as `outreach sends mark-sent / retry`, "Send a test
// to me" sends one uncounted message, closing the window while sends are
// scheduled says sending stops, and the LinkedIn assisted queue records
// sends by hand under the account's daily cap.
#include "CampaignPane.h"
#include "CampaignRepository.h"
#include "CampaignSendSettingsRow.h"
#include "EventRepository.h"
#include "FakeTwilioServer.h"
#include "LinkedInQueuePanel.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "ReceivedMail.h"
#include "SendQueueModel.h"
#include "SendQueueRepository.h"
#include "SendRunner.h"
#include "SendingPane.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"
#include "db/SendingFixture.h"
#include "sending/SendEngine.h"
#include "settings/Translators.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {
constexpr int kSendTimeoutMs = 30000;

Campaign campaignOf(Database &db, qint64 id)
{
    return CampaignRepository(db).get(id).value();
}

// Points the campaign's first sender at `port`.
void useServer(Database &db, SendingCampaign &c, quint16 port)
{
    Sender s = c.senders.first();
    s.smtpPort = port;
    QVERIFY(SenderRepository(db).update(s).ok());
    c.senders.first() = s;
}

QSet<QString> messageIds(const QList<QByteArray> &mails)
{
    QSet<QString> ids;
    for (const QByteArray &m : mails)
        ids.insert(ReceivedMail::parse(m).messageId);
    return ids;
}
} // namespace

class TestSendingPane : public QObject
{
    Q_OBJECT

public slots:
    // QDesktopServices hands https URLs here instead of a browser.
    void openUrl(const QUrl &url) { m_opened.append(url); }

private:
    QList<QUrl> m_opened;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OutreachStudioTest"_s);
        QCoreApplication::setApplicationName(u"test_sending_pane"_s);
        QSettings().clear();
        QDesktopServices::setUrlHandler(u"https"_s, this, "openUrl");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"https"_s); }

    void init()
    {
        Prompt::clearAsked();
        m_opened.clear();
    }

    void startSendsTheCampaignWithProgress()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_SMTP_SERVER(server);
        SendingCampaign c = makeSendingCampaign(t.db(), 4);
        useServer(t.db(), c, server.port());
        const Campaign campaign = campaignOf(t.db(), c.ab.campaignId);
        SendingPane pane(t.db());
        pane.setCampaign(&campaign);
        pane.show();
        QCOMPARE(pane.sendersTable()->rowCount(), 1);
        QCOMPARE(pane.sendersTable()->item(0, 0)->checkState(), Qt::Checked);
        QVERIFY(pane.runButton()->isEnabled());
        QSignalSpy finished(pane.runner(), &SendRunner::finished);
        QSignalSpy recorded(&pane, &SendingPane::eventsRecorded);
        QTest::mouseClick(pane.runButton(), Qt::LeftButton);
        QVERIFY(pane.runner()->isRunning());
        QVERIFY(finished.wait(kSendTimeoutMs));
        QCOMPARE(server.received().size(), 4);
        QCOMPARE(recorded.size(), 4);
        // The progress and the queue show what went out.
        QCOMPARE(pane.progressBar()->value(), 4);
        QCOMPARE(pane.progressBar()->maximum(), 4);
        QCOMPARE(pane.queueModel()->rowCount(), 4);
        for (int r = 0; r < 4; ++r)
            QCOMPARE(pane.queueModel()->entryAt(r)->state, SendState::Sent);
        QCOMPARE(pane.sendersTable()->item(0, 1)->text(), u"4 / 1000 sent"_s);
        // Every stored Message-ID is the one the server received.
        QSet<QString> stored;
        for (const QueueEntry &e : SendQueueRepository(t.db()).list(c.ab.campaignId).value())
            stored.insert(e.rfcMessageId);
        QCOMPARE(messageIds(server.received()), stored);
        QVERIFY(pane.statusLabel()->text().contains(u"4 sent"_s));
    }

    // An SMS campaign from the tab: the same runner sends through a Twilio
    // phone number (the fake Twilio on loopback), each message once, and the
    // queue keeps each message's Twilio SID. The token comes from the
    // environment here, as headless users give it.
    void startSendsAnSmsCampaignThroughTwilio()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        SendingCampaign c = makeSendingCampaign(t.db(), 3, 1, Channel::Sms);
        for (Sender &s : c.senders) {
            s.accountSid = twilio.accountSid();
            s.baseUrl = twilio.baseUrl().toString();
            QVERIFY(SenderRepository(t.db()).update(s).ok());
        }
        qputenv("OUTREACH_TWILIO_TOKEN", twilio.token().toUtf8());
        const auto unsetToken = qScopeGuard([] { qunsetenv("OUTREACH_TWILIO_TOKEN"); });
        const Campaign campaign = campaignOf(t.db(), c.ab.campaignId);
        SendingPane pane(t.db());
        pane.setCampaign(&campaign);
        pane.show();
        QCOMPARE(pane.sendersTable()->rowCount(), 1);
        QSignalSpy finished(pane.runner(), &SendRunner::finished);
        QTest::mouseClick(pane.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kSendTimeoutMs));
        QCOMPARE(twilio.messagePosts(), 3);
        const QList<FakeSms> received = twilio.messages();
        QCOMPARE(received.size(), 3);
        QSet<QString> sids;
        for (const FakeSms &sms : received)
            sids.insert(sms.sid);
        QCOMPARE(pane.queueModel()->rowCount(), 3);
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(pane.queueModel()->entryAt(r)->state, SendState::Sent);
            QVERIFY(sids.contains(pane.queueModel()->entryAt(r)->providerId));
        }
        QCOMPARE(pane.progressBar()->value(), 3);
    }

    void pauseStopsAndResumeSendsTheRestOnce()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_SMTP_SERVER(server);
        SendingCampaign c = makeSendingCampaign(t.db(), 5);
        useServer(t.db(), c, server.port());
        const Campaign campaign = campaignOf(t.db(), c.ab.campaignId);
        SendingPane pane(t.db());
        pane.setCampaign(&campaign);
        QSignalSpy finished(pane.runner(), &SendRunner::finished);
        // Pause as soon as the first message went out: the run stops after it.
        auto pauseAfterFirst = connect(pane.runner(), &SendRunner::stepped, &pane, [&pane] {
            QCOMPARE(pane.runButton()->text().remove(u'&'), u"Pause sending"_s);
            pane.runButton()->click();
        });
        pane.runButton()->click();
        QVERIFY(finished.wait(kSendTimeoutMs));
        disconnect(pauseAfterFirst);
        QCOMPARE(server.received().size(), 1);
        QVERIFY(SenderRepository(t.db()).settings(c.ab.campaignId)->paused);
        QCOMPARE(pane.runButton()->text().remove(u'&'), u"Resume sending"_s);
        QVERIFY(pane.statusLabel()->text().startsWith(u"Paused"_s));

        // Resume: the other four go out, none twice.
        pane.runButton()->click();
        QVERIFY(!SenderRepository(t.db()).settings(c.ab.campaignId)->paused);
        QVERIFY(finished.wait(kSendTimeoutMs));
        QCOMPARE(server.received().size(), 5);
        QCOMPARE(messageIds(server.received()).size(), 5);
    }

    void inDoubtDecision_data()
    {
        QTest::addColumn<bool>("markSent");
        QTest::newRow("mark as sent") << true;
        QTest::newRow("send again") << false;
    }

    void inDoubtDecision()
    {
        QFETCH(bool, markSent);
        OUTREACH_TEST_DB(t);
        // The server stores the message and drops the line before its answer.
        SmtpServerOptions dropping;
        dropping.dropAfterData = true;
        OUTREACH_SMTP_SERVER(lost, dropping);
        OUTREACH_SMTP_SERVER(good);
        SendingCampaign c = makeSendingCampaign(t.db(), 1);
        useServer(t.db(), c, lost.port());
        const Campaign campaign = campaignOf(t.db(), c.ab.campaignId);
        SendingPane pane(t.db());
        pane.setCampaign(&campaign);
        pane.show();
        QSignalSpy finished(pane.runner(), &SendRunner::finished);
        pane.runButton()->click();
        QVERIFY(finished.wait(kSendTimeoutMs));
        QCOMPARE(pane.inDoubtModel()->rowCount(), 1);
        QVERIFY(pane.inDoubtView()->isVisible());
        QVERIFY(!pane.markSentButton()->isEnabled());
        const QueueEntry doubt = *pane.inDoubtModel()->entryAt(0);
        QCOMPARE(doubt.state, SendState::InDoubt);
        pane.inDoubtView()->selectRow(0);
        QVERIFY(pane.markSentButton()->isEnabled());
        (markSent ? pane.markSentButton() : pane.sendAgainButton())->click();
        QCOMPARE(pane.inDoubtModel()->rowCount(), 0);
        QVERIFY(!pane.inDoubtView()->isVisible());
        const QueueEntry after = SendQueueRepository(t.db()).get(doubt.id).value();
        QCOMPARE(after.rfcMessageId, doubt.rfcMessageId);
        const auto events = EventRepository(t.db()).forMessage(doubt.messageId).value();
        if (markSent) {
            QCOMPARE(after.state, SendState::Sent);
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().type, EventType::Sent);
            QCOMPARE(events.first().source, u"manual"_s);
            return;
        }
        // Sent again through a working server, with the same Message-ID.
        QCOMPARE(after.state, SendState::Queued);
        QVERIFY(events.isEmpty());
        useServer(t.db(), c, good.port());
        pane.runButton()->click();
        QVERIFY(finished.wait(kSendTimeoutMs));
        QCOMPARE(good.received().size(), 1);
        QCOMPARE(ReceivedMail::parse(good.received().first()).messageId, doubt.rfcMessageId);
        QCOMPARE(SendQueueRepository(t.db()).get(doubt.id)->state, SendState::Sent);
    }

    void sendTestToMeIsNotCounted()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_SMTP_SERVER(server);
        SendingCampaign c = makeSendingCampaign(t.db(), 2);
        useServer(t.db(), c, server.port());
        const Campaign campaign = campaignOf(t.db(), c.ab.campaignId);
        SendingPane pane(t.db());
        pane.setCampaign(&campaign);
        pane.show();
        QVERIFY(pane.testButton()->isVisible());
        QSignalSpy done(pane.runner(), &SendRunner::testFinished);
        QTest::keyClicks(pane.testAddressEdit(), u"me@outreach.test"_s);
        pane.testButton()->click();
        QVERIFY(!pane.testButton()->isEnabled()); // while it goes out
        QVERIFY(done.wait(kSendTimeoutMs));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY(pane.testButton()->isEnabled());
        QCOMPARE(server.received().size(), 1);
        const ReceivedMail mail = ReceivedMail::parse(server.received().first());
        QCOMPARE(mail.toAddress, u"me@outreach.test"_s);
        QVERIFY(mail.subject.startsWith(u"[Test]"_s));
        // Not queued, not counted.
        QVERIFY(SendQueueRepository(t.db()).list(c.ab.campaignId)->isEmpty());
        for (qint64 id : c.ab.messageIds)
            QVERIFY(EventRepository(t.db()).forMessage(id)->isEmpty());
    }

    void closingWhileSendsAreScheduledSaysSendingStops()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_SMTP_SERVER(server);
        SendingCampaign c = makeSendingCampaign(t.db(), 3);
        Sender s = c.senders.first();
        s.smtpPort = server.port();
        s.gapMinMs = s.gapMaxMs = 3600 * 1000;
        QVERIFY(SenderRepository(t.db()).update(s).ok());
        MainWindow window(t.db());
        window.show();
        window.campaignPane()->selectCampaign(c.ab.campaignId);
        window.tabs()->setCurrentWidget(window.sendingPane());
        QSignalSpy waiting(window.sendingPane()->runner(), &SendRunner::waiting);
        window.sendingPane()->runButton()->click();
        QVERIFY(waiting.wait(kSendTimeoutMs));
        QCOMPARE(window.sendingPane()->scheduledByThisApp(), 2);

        Prompt::setNextAnswers({1}); // keep sending
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(window.sendingPane()->runner()->isRunning());
        QCOMPARE(Prompt::askedTexts().size(), 1);
        QVERIFY2(Prompt::askedTexts().last().contains(u"continues only while"_s),
                 qPrintable(Prompt::askedTexts().last()));

        Prompt::setNextAnswers({0}); // close anyway
        QVERIFY(window.close());
        QVERIFY(!window.sendingPane()->runner()->isRunning());
        QCOMPARE(server.received().size(), 1);
    }

    void campaignSendSettings_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("approval");
        QTest::addColumn<QString>("error"); // empty: saved
        QTest::newRow("saved") << u"mon-fri 08:30-18:00"_s << u"Europe/Berlin"_s << true << QString();
        QTest::newRow("across midnight, system zone")
            << u"daily 22:00-06:00"_s << QString() << false << QString();
        QTest::newRow("bad window") << u"someday 09:00"_s << u"UTC"_s << false << u"Leads' window:"_s;
        QTest::newRow("bad zone") << u"mon-fri 09:00-17:00"_s << u"Atlantis/Capital"_s << false
                                  << u"Zone: \"Atlantis/Capital\""_s;
    }

    void campaignSendSettings()
    {
        QFETCH(QString, window);
        QFETCH(QString, zone);
        QFETCH(bool, approval);
        QFETCH(QString, error);
        OUTREACH_TEST_DB(t);
        SendingCampaign c = makeSendingCampaign(t.db(), 1);
        const CampaignSendSettings before = SenderRepository(t.db()).settings(c.ab.campaignId).value();
        const Campaign campaign = campaignOf(t.db(), c.ab.campaignId);
        SendingPane pane(t.db());
        pane.setCampaign(&campaign);
        CampaignSendSettingsRow *row = pane.settingsRow();
        QCOMPARE(row->windowEdit()->text(), before.window.toText());
        row->windowEdit()->setText(window);
        row->zoneEdit()->setText(zone);
        row->approvalBox()->setChecked(approval);
        row->applyButton()->click();
        const CampaignSendSettings after = SenderRepository(t.db()).settings(c.ab.campaignId).value();
        if (!error.isEmpty()) {
            QVERIFY2(row->errorLabel()->text().startsWith(error), qPrintable(row->errorLabel()->text()));
            QCOMPARE(after.window, before.window);
            QCOMPARE(after.timeZone, before.timeZone);
            QCOMPARE(after.approvalRequired, before.approvalRequired);
            return;
        }
        QVERIFY(row->errorLabel()->isHidden());
        QCOMPARE(after.window, SendWindow::parse(window).value());
        QCOMPARE(after.timeZone, zone.toUtf8());
        QCOMPARE(after.approvalRequired, approval);
    }

    void linkedInAssistedQueue()
    {
        OUTREACH_TEST_DB(t);
        SendingCampaign c = makeSendingCampaign(t.db(), 3, 0, Channel::LinkedIn);
        Sender account;
        account.kind = SenderKind::LinkedIn;
        account.name = u"Ada on LinkedIn"_s;
        account.dailyCap = 2;
        account.gapMinMs = account.gapMaxMs = 0;
        account.window = SendWindow{0x7F, 0, 0};
        account.timeZone = "UTC";
        QVERIFY(SenderRepository(t.db()).add(account).ok());
        QVERIFY(SenderRepository(t.db()).setCampaignSenders(c.ab.campaignId, {account.id}).ok());
        const Campaign campaign = campaignOf(t.db(), c.ab.campaignId);
        SendingPane pane(t.db());
        pane.setCampaign(&campaign);
        pane.show();
        LinkedInQueuePanel *panel = pane.linkedInPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(!pane.runButton()->isVisible());
        QVERIFY(!pane.testButton()->isVisible());
        QVERIFY(!panel->markSentButton()->isEnabled());

        QSet<QString> profiles;
        for (int i = 0; i < 2; ++i) {
            panel->nextButton()->click();
            QVERIFY2(panel->currentSendId() > 0, qPrintable(panel->infoLabel()->text()));
            const QueueEntry claimed = SendQueueRepository(t.db()).get(panel->currentSendId()).value();
            QCOMPARE(claimed.state, SendState::Claimed);
            QVERIFY(panel->profileUrl().startsWith(u"https://www.linkedin.com/in/lead"_s));
            profiles.insert(panel->profileUrl());
            QVERIFY(!panel->messageText().isEmpty());
            panel->copyButton()->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), panel->messageText());
            panel->openButton()->click();
            QCOMPARE(m_opened.size(), i + 1);
            QCOMPARE(m_opened.last(), QUrl(panel->profileUrl()));
            QSignalSpy recorded(panel, &LinkedInQueuePanel::recorded);
            panel->markSentButton()->click();
            QCOMPARE(recorded.size(), 1);
            const QueueEntry sent = SendQueueRepository(t.db()).get(claimed.id).value();
            QCOMPARE(sent.state, SendState::Sent);
            const auto events = EventRepository(t.db()).forMessage(sent.messageId).value();
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().source, u"linkedin"_s);
        }
        QCOMPARE(profiles.size(), 2);
        // The daily cap of 2 holds: no third lead today.
        panel->nextButton()->click();
        QCOMPARE(panel->currentSendId(), 0);
        QVERIFY2(panel->infoLabel()->text().contains(u"daily cap"_s), qPrintable(panel->infoLabel()->text()));
        QCOMPARE(pane.sendersTable()->item(0, 1)->text(), u"2 / 2 sent"_s);
    }
};

namespace {
// scripts/screenshots-sending: the Sending tab of a campaign part-way sent
// to aiosmtpd (one bounce, one message in doubt, the rest queued), as
// sending-<lang>.png at 1280 x 800.
int writeScreenshot(const QString &dir)
{
    const QString language = qEnvironmentVariable("OUTREACH_SCREENSHOT_LANG", u"en"_s);
    installTranslators(*qApp, language);
    QApplication::setStyle(u"Fusion"_s);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"OutreachStudioScreenshots"_s);
    QSettings().clear();
    TestDatabase t;
    SmtpServerOptions options;
    options.rejectRcpt = u"lead3@"_s;
    SmtpTestServer server(options);
    if (!t.unavailableReason().isEmpty() || !server.unavailableReason().isEmpty())
        return 1;
    SendingCampaign c = makeSendingCampaign(t.db(), 14, 2);
    Campaign campaign = campaignOf(t.db(), c.ab.campaignId);
    campaign.name = u"Q1 founders outreach"_s;
    (void)CampaignRepository(t.db()).update(campaign);
    const QStringList names{u"Ada Lovelace"_s, u"Grace Hopper"_s};
    const QStringList addresses{u"ada@example.com"_s, u"grace@example.com"_s};
    for (int i = 0; i < 2; ++i) {
        Sender &s = c.senders[i];
        s.name = names[i];
        s.fromAddress = addresses[i];
        s.smtpPort = server.port();
        s.dailyCap = 30;
        (void)SenderRepository(t.db()).update(s);
    }
    SystemClock clock;
    SendEngine engine(t.db(), clock, 7);
    (void)engine.scheduler().refresh(c.ab.campaignId);
    for (int i = 0; i < 6; ++i)
        (void)engine.step(c.ab.campaignId);
    // One message whose answer never came: in doubt.
    if (auto d = engine.scheduler().next(c.ab.campaignId); d && d->entry)
        (void)SendQueueRepository(t.db()).markInDoubt(
            d->entry->id,
            QCoreApplication::translate(
                "Sending",
                "The connection to %1 ended after the message was handed over and before the server "
                "confirmed it (%2): it may or may not have been delivered.")
                .arg(u"127.0.0.1:%1"_s.arg(server.port()), u"Connection reset by peer"_s));
    // A weekday window in Berlin, as a campaign would have it (set after the
    // sends above, which ran whatever the clock says).
    CampaignSendSettings settings = SenderRepository(t.db()).settings(c.ab.campaignId).value();
    settings.window = SendWindow::parse(u"mon-fri 09:00-17:00"_s).value();
    settings.timeZone = "Europe/Berlin";
    (void)SenderRepository(t.db()).saveSettings(settings);
    // A gap after the last send, as sending leaves it.
    for (int i = 0; i < 2; ++i) {
        Sender s = SenderRepository(t.db()).get(c.senders[i].id).value();
        (void)SenderRepository(t.db()).reserveSlot(s.id, clock.now(), clock.now().addSecs(95 + 40 * i));
    }
    MainWindow window(t.db());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.campaignPane()->model()->refresh();
    window.campaignPane()->selectCampaign(c.ab.campaignId);
    window.tabs()->setCurrentWidget(window.sendingPane());
    window.sendingPane()->inDoubtView()->selectRow(0);
    // Ready once the queue is shown and the message in doubt is selected.
    SendingPane *pane = window.sendingPane();
    if (!QTest::qWaitFor(
            [pane] {
                return pane->queueModel()->rowCount() > 0 &&
                       pane->inDoubtView()->selectionModel()->hasSelection();
            },
            10000))
        return 1;
    return window.grab().save(QDir(dir).filePath(u"sending-%1.png"_s.arg(language))) ? 0 : 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("OUTREACH_SCREENSHOTS_DIR"))
        return writeScreenshot(qEnvironmentVariable("OUTREACH_SCREENSHOTS_DIR"));
    TestSendingPane suite;
    return QTest::qExec(&suite, argc, argv);
}
#include "test_sending_pane.moc"
