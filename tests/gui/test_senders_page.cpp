// Settings › Senders against a real database, a real keychain (a private
// gnome-keyring in its own D-Bus session: the suite re-runs itself inside
// one) and the real aiosmtpd server: the sender dialog refuses bad fields
// naming the field, a mailbox's password goes to the keychain and nowhere
// else, "Test connection" answers on a worker thread with the same words as
// `outreach senders test`, and Remove asks first and takes the secret along.
#include "FakeTwilioServer.h"
#include "KeyringSession.h"
#include "Prompt.h"
#include "SenderDialog.h"
#include "SenderRepository.h"
#include "SendersPage.h"
#include "SettingsDialog.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SenderSecrets.h"
#include "sending/PhoneSender.h"
#include "sending/SmtpClient.h"
#include "sending/TwilioClient.h"
#include "settings/AppSettings.h"
#include "settings/Translators.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {
const QString Canary = u"smtp-canary-9f27c1"_s;

Sender mailbox(quint16 port, const QString &login = {})
{
    Sender s;
    s.kind = SenderKind::Mailbox;
    s.name = u"Ada Lovelace"_s;
    s.fromAddress = u"ada@outreach.test"_s;
    s.smtpHost = u"127.0.0.1"_s;
    s.smtpPort = port;
    s.smtpSecurity = Security::None;
    s.login = login;
    return s;
}

// Reads a secret from the keychain (waits on the asynchronous answer).
SecretResult readSecret(SecretStore &store, const QString &key)
{
    std::optional<SecretResult> result;
    store.read(key, nullptr, [&](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {};
    return *result;
}
} // namespace

class TestSendersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OutreachStudioTest"_s);
        QCoreApplication::setApplicationName(u"test_senders_page"_s);
        QSettings().clear();
    }

    void init() { Prompt::clearAsked(); }

    void dialogRefusesBadFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("name") << u"nameEdit"_s << QString() << u"Name:"_s;
        QTest::newRow("from") << u"fromEdit"_s << u"ada.example.com"_s
                              << u"From address: \"ada.example.com\""_s;
        QTest::newRow("smtp host") << u"smtpHostEdit"_s << QString() << u"SMTP server:"_s;
        QTest::newRow("window") << u"windowEdit"_s << u"mon-fri 25:00-26:00"_s << u"Send window:"_s;
        QTest::newRow("zone") << u"timeZoneEdit"_s << u"Mars/Olympus"_s << u"Time zone: \"Mars/Olympus\""_s;
    }

    void dialogRefusesBadFields()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, error);
        SenderDialog dialog(mailbox(25));
        dialog.field(field)->setText(value);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorLabel()->text().startsWith(error), qPrintable(dialog.errorLabel()->text()));
    }

    void dialogDescribesTheSender()
    {
        Sender s;
        s.kind = SenderKind::Mailbox;
        SenderDialog dialog(s);
        QTest::keyClicks(dialog.field(u"nameEdit"_s), u"Ada Lovelace"_s);
        QTest::keyClicks(dialog.field(u"fromEdit"_s), u"ada@example.com"_s);
        QTest::keyClicks(dialog.field(u"smtpHostEdit"_s), u"smtp.example.com"_s);
        auto *security = dialog.findChild<QComboBox *>(u"smtpSecurityCombo"_s);
        security->setCurrentIndex(security->findData(int(Security::StartTls)));
        QCOMPARE(dialog.findChild<QSpinBox *>(u"smtpPortSpin"_s)->value(), 587); // follows the security
        QTest::keyClicks(dialog.field(u"loginEdit"_s), u"ada"_s);
        QTest::keyClicks(dialog.field(u"secretEdit"_s), Canary);
        QTest::keyClicks(dialog.field(u"imapHostEdit"_s), u"imap.example.com"_s);
        dialog.findChild<QSpinBox *>(u"dailyCapSpin"_s)->setValue(40);
        dialog.field(u"windowEdit"_s)->setText(u"mon-fri 08:00-18:00"_s);
        dialog.field(u"timeZoneEdit"_s)->setText(u"Europe/Berlin"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Sender out = dialog.sender();
        QCOMPARE(out.name, u"Ada Lovelace"_s);
        QCOMPARE(out.smtpPort, 587);
        QCOMPARE(out.smtpSecurity, Security::StartTls);
        QCOMPARE(out.imapPort, 993);
        QCOMPARE(out.dailyCap, 40);
        QCOMPARE(out.window.toText(), u"mon-fri 08:00-18:00"_s);
        QCOMPARE(out.timeZone, QByteArray("Europe/Berlin"));
        QCOMPARE(dialog.secret(), Canary);
    }

    void secretGoesToTheKeychainOnly()
    {
        OUTREACH_TEST_DB(t);
        KeychainSecretStore store;
        SendersPage page(t.db(), &store);
        QSignalSpy stored(&page, &SendersPage::secretStored);
        const qint64 id = page.saveSender(mailbox(25, u"ada"_s), Canary);
        QVERIFY(id > 0);
        QVERIFY(stored.wait(20000));
        QVERIFY2(stored.first().at(0).toBool(), qPrintable(stored.first().at(1).toString()));
        QCOMPARE(page.table()->rowCount(), 1);
        QCOMPARE(readSecret(store, SenderSecrets::keyFor(id)).value, Canary);
        // Not in the database (any file of it) and not in the settings.
        if (!t.isPostgres()) {
            const QDir dir = QFileInfo(t.url().mid(int(qstrlen("sqlite:")))).dir();
            for (const QFileInfo &file : dir.entryInfoList(QDir::Files)) {
                QFile f(file.filePath());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(Canary.toUtf8()), qPrintable(file.fileName()));
            }
        }
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(Canary));
    }

    void testConnection_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("stopped");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("answer");
        QTest::newRow("ok") << u"right-password"_s << false << true << u"OK: "_s;
        QTest::newRow("login refused")
            << u"wrong-password"_s << false << false << u"Authentication refused by "_s;
        QTest::newRow("unreachable") << u"right-password"_s << true << false << u"Host unreachable: "_s;
    }

    void testConnection()
    {
        QFETCH(QString, stored);
        QFETCH(bool, stopped);
        QFETCH(bool, ok);
        QFETCH(QString, answer);
        OUTREACH_TEST_DB(t);
        SmtpServerOptions options;
        options.user = u"ada"_s;
        options.password = u"right-password"_s;
        OUTREACH_SMTP_SERVER(server, options);
        KeychainSecretStore store;
        SendersPage page(t.db(), &store);
        QSignalSpy secret(&page, &SendersPage::secretStored);
        const Sender sender = mailbox(server.port(), u"ada"_s);
        page.selectSender(page.saveSender(sender, stored));
        QVERIFY(secret.wait(20000));
        if (stopped)
            server.stop();
        QVERIFY(page.testButton()->isEnabled());
        QSignalSpy tested(&page, &SendersPage::connectionTested);
        page.testButton()->click();
        QVERIFY(!page.testButton()->isEnabled()); // while it runs on the worker
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.first().at(0).toBool(), ok);
        const QString message = tested.first().at(1).toString();
        QVERIFY2(message.startsWith(answer), qPrintable(message));
        QVERIFY(!message.contains(stored));
        QCOMPARE(page.resultLabel()->text(), message);
        // The words of `outreach senders test`: SmtpClient::test's answer.
        QCOMPARE(message, SmtpClient::test(SmtpSettings::fromSender(sender, stored)).error);
        QVERIFY(page.testButton()->isEnabled());
    }

    // A Twilio phone number from the page: the same checks as `outreach
    // senders add-phone` (phonesender::check), the number in E.164, the pace
    // in messages a second, the token for the keychain only.
    void phoneDialog_data()
    {
        QTest::addColumn<QString>("sid");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("from number") << u"AC123"_s << u"+49 151 1234 5678"_s << QString() << QString()
                                     << QString();
        QTest::newRow("messaging service") << u"AC123"_s << QString() << u"MG42"_s << QString() << QString();
        QTest::newRow("not an account sid")
            << u"XY123"_s << u"+4915112345678"_s << QString() << QString() << u"\"XY123\" is not a Twilio"_s;
        QTest::newRow("both from and service")
            << u"AC123"_s << u"+4915112345678"_s << u"MG42"_s << QString() << u"Give either"_s;
        QTest::newRow("not a number")
            << u"AC123"_s << u"call me"_s << QString() << QString() << u"From number:"_s;
        QTest::newRow("plain http elsewhere") << u"AC123"_s << u"+4915112345678"_s << QString()
                                              << u"http://twilio.example.com"_s << u"The base URL"_s;
    }

    void phoneDialog()
    {
        QFETCH(QString, sid);
        QFETCH(QString, from);
        QFETCH(QString, service);
        QFETCH(QString, baseUrl);
        QFETCH(QString, error);
        SenderDialog dialog(phonesender::defaults());
        QTest::keyClicks(dialog.field(u"nameEdit"_s), u"Sales line"_s);
        QTest::keyClicks(dialog.field(u"accountSidEdit"_s), sid);
        QTest::keyClicks(dialog.field(u"fromEdit"_s), from);
        QTest::keyClicks(dialog.field(u"messagingServiceEdit"_s), service);
        if (!baseUrl.isEmpty())
            dialog.field(u"baseUrlEdit"_s)->setText(baseUrl);
        dialog.findChild<QDoubleSpinBox *>(u"perSecondSpin"_s)->setValue(2.0);
        QTest::keyClicks(dialog.field(u"tokenEdit"_s), Canary);
        dialog.accept();
        if (!error.isEmpty()) {
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY2(dialog.errorLabel()->text().startsWith(error), qPrintable(dialog.errorLabel()->text()));
            return;
        }
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Sender out = dialog.sender();
        QCOMPARE(out.kind, SenderKind::Phone);
        QCOMPARE(out.fromAddress, from.isEmpty() ? QString() : u"+4915112345678"_s);
        QCOMPARE(out.messagingServiceSid, service);
        QCOMPARE(out.baseUrl, TwilioAccount::defaultBaseUrl());
        QCOMPARE(out.gapMinMs, 500);
        QCOMPARE(dialog.secret(), Canary);
        QVERIFY(!out.accountSid.contains(Canary) && !out.baseUrl.contains(Canary));
    }

    void testPhoneConnection_data()
    {
        QTest::addColumn<bool>("rightToken");
        QTest::newRow("ok") << true;
        QTest::newRow("token refused") << false;
    }

    void testPhoneConnection()
    {
        QFETCH(bool, rightToken);
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        KeychainSecretStore store;
        SendersPage page(t.db(), &store);
        QSignalSpy secret(&page, &SendersPage::secretStored);
        Sender phone = phonesender::defaults();
        phone.name = u"Sales line"_s;
        phone.accountSid = twilio.accountSid();
        phone.fromAddress = u"+4915112345678"_s;
        phone.baseUrl = twilio.baseUrl().toString();
        const QString token = rightToken ? twilio.token() : u"not-the-token"_s;
        page.selectSender(page.saveSender(phone, token));
        QVERIFY(secret.wait(20000));
        QVERIFY(page.testButton()->isEnabled());
        QSignalSpy tested(&page, &SendersPage::connectionTested);
        page.testButton()->click();
        QVERIFY(!page.testButton()->isEnabled());
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.first().at(0).toBool(), rightToken);
        const QString message = tested.first().at(1).toString();
        QVERIFY2(message.startsWith(rightToken ? u"OK: Twilio account \""_s + twilio.friendlyName()
                                               : u"Authentication refused by "_s),
                 qPrintable(message));
        QVERIFY(!message.contains(token));
        QCOMPARE(page.resultLabel()->text(), message);
        QVERIFY(page.testButton()->isEnabled());
    }

    void removeAsksFirstAndTakesTheSecret()
    {
        OUTREACH_TEST_DB(t);
        KeychainSecretStore store;
        SendersPage page(t.db(), &store);
        QSignalSpy secret(&page, &SendersPage::secretStored);
        const qint64 id = page.saveSender(mailbox(25, u"ada"_s), Canary);
        QVERIFY(secret.wait(20000));
        page.selectSender(id);
        Prompt::setNextAnswers({-1}); // dismissed: nothing removed
        page.removeButton()->click();
        QCOMPARE(page.table()->rowCount(), 1);
        Prompt::setNextAnswers({0});
        page.removeButton()->click();
        QCOMPARE(Prompt::askedTexts().size(), 2);
        QCOMPARE(page.table()->rowCount(), 0);
        QVERIFY(SenderRepository(t.db()).list()->isEmpty());
        QTRY_VERIFY(readSecret(store, SenderSecrets::keyFor(id)).notFound);
    }

    void settingsDialogHasASendersTab()
    {
        OUTREACH_TEST_DB(t);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"s.ini"_s));
        KeychainSecretStore store;
        SettingsDialog dialog(settings, &store);
        SendersPage *page = dialog.addSendersPage(t.db());
        QCOMPARE(dialog.tabs()->tabText(1), u"Senders"_s);
        QCOMPARE(dialog.tabs()->widget(1), page);
    }
};

namespace {
// scripts/screenshots-sending: writes senders-<lang>.png (the Senders page
// in the settings with two mailboxes, one paused, and a LinkedIn account)
// and sender-dialog-<lang>.png.
int writeScreenshots(const QString &dir)
{
    const QString language = qEnvironmentVariable("OUTREACH_SCREENSHOT_LANG", u"en"_s);
    installTranslators(*qApp, language);
    QApplication::setStyle(u"Fusion"_s);
    TestDatabase t;
    if (!t.unavailableReason().isEmpty())
        return 1;
    QTemporaryDir home;
    AppSettings settings(home.filePath(u"s.ini"_s));
    KeychainSecretStore store;
    SettingsDialog dialog(settings, &store);
    SendersPage *page = dialog.addSendersPage(t.db());
    Sender work = mailbox(587, u"ada@example.com"_s);
    work.smtpHost = u"smtp.example.com"_s;
    work.smtpSecurity = Security::StartTls;
    work.imapHost = u"imap.example.com"_s;
    work.imapPort = 993;
    work.fromAddress = u"ada@example.com"_s;
    Sender second = work;
    second.name = u"Ada (sales)"_s;
    second.fromAddress = u"ada@sales.example.com"_s;
    second.smtpHost = u"mail.sales.example.com"_s;
    second.imapHost.clear();
    second.dailyCap = 50;
    Sender linkedIn;
    linkedIn.kind = SenderKind::LinkedIn;
    linkedIn.name = u"Ada on LinkedIn"_s;
    linkedIn.fromAddress = u"https://www.linkedin.com/in/ada"_s;
    linkedIn.dailyCap = 20;
    Sender phone = phonesender::defaults();
    phone.name = u"Sales line"_s;
    phone.fromAddress = u"+4915112345678"_s;
    phone.accountSid = u"AC0123456789abcdef0123456789abcdef"_s;
    phone.dailyCap = 200;
    SenderRepository repo(t.db());
    for (Sender *s : {&work, &second, &phone, &linkedIn}) {
        if (!repo.add(*s))
            return 1;
    }
    (void)repo.setPaused(second.id, true,
                         QCoreApplication::translate("Sending", "Authentication refused by %1: %2")
                             .arg(u"mail.sales.example.com"_s, u"535 5.7.8 Bad credentials"_s));
    page->refresh();
    page->selectSender(work.id);
    dialog.tabs()->setCurrentWidget(page);
    dialog.resize(820, 520);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 1;
    if (!dialog.grab().save(QDir(dir).filePath(u"senders-%1.png"_s.arg(language))))
        return 1;
    SenderDialog edit(work);
    edit.show();
    if (!QTest::qWaitForWindowExposed(&edit))
        return 1;
    if (!edit.grab().save(QDir(dir).filePath(u"sender-dialog-%1.png"_s.arg(language))))
        return 1;
    SenderDialog editPhone(phone);
    editPhone.show();
    if (!QTest::qWaitForWindowExposed(&editPhone))
        return 1;
    return editPhone.grab().save(QDir(dir).filePath(u"phone-dialog-%1.png"_s.arg(language))) ? 0 : 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (!keyring::insideSession())
        return keyring::relaunchInSession(argc, argv, "TestSendersPage");
    if (qEnvironmentVariableIsSet("OUTREACH_SCREENSHOTS_DIR"))
        return writeScreenshots(qEnvironmentVariable("OUTREACH_SCREENSHOTS_DIR"));
    TestSendersPage suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "test_senders_page.moc"
