// A keychain answer that arrives after the settings dialog was sized (here:
// no unlocked keyring, a long explanation) makes the dialog grow: every row
// keeps the height its text needs instead of being squashed.
#include "SettingsDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"

#include <QLabel>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {
// Answers every call, later, as the Secret Service does without a keyring.
class LockedStore : public SecretStore
{
public:
    void read(const QString &, QObject *context, Callback done) override { answer(context, done); }
    void write(const QString &, const QString &, QObject *context, Callback done) override
    {
        answer(context, done);
    }
    void remove(const QString &, QObject *context, Callback done) override { answer(context, done); }
    // Answers every call so far, as the keychain does some time later.
    void release()
    {
        const auto pending = std::exchange(m_pending, {});
        for (const auto &[context, done] : pending) {
            if (!context)
                continue;
            SecretResult r;
            r.errorMessage = KeychainSecretStore::failureMessage(
                u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s, u"key"_s,
                u"read"_s);
            done(r);
        }
    }

private:
    void answer(QObject *context, Callback done) { m_pending.append({QPointer<QObject>(context), done}); }
    QList<std::pair<QPointer<QObject>, Callback>> m_pending;
};
} // namespace

class TestSettingsKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void lateKeychainErrorGrowsTheDialog()
    {
        qunsetenv("CEREBRAS_API_KEY");
        qunsetenv("OUTREACH_API_KEY");
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        settings.setProvider(u"cerebras"_s);
        LockedStore store;
        SettingsDialog dialog(settings, &store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        store.release();
        auto *status = dialog.findChild<QLabel *>(u"keyStatusLabel"_s);
        QVERIFY(status);
        QTRY_COMPARE(status->text(), KeychainSecretStore::noUnlockedKeyringMessage());
        QVERIFY(!status->text().contains(u"/org/freedesktop"_s));
        // Every wrapped label is as tall as its text needs at its width.
        QTRY_VERIFY2(
            status->height() >= status->heightForWidth(status->width()),
            qPrintable(u"%1 < %2"_s.arg(status->height()).arg(status->heightForWidth(status->width()))));
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
        }
    }
};

QTEST_MAIN(TestSettingsKeyring)
#include "test_settings_keyring.moc"
