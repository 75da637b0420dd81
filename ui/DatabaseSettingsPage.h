// Settings › Database: an SQLite file or a PostgreSQL server whose password
// lives in the system keychain, and a "Test" that connects on a worker
// thread (an unreachable server must not freeze the window) and can be
// cancelled. load() fills the fields from the stored URL; the dialog asks
// for the URL, the typed password and whether it changed.
#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace outreach {

class AppSettings;
class SecretStore;

class DatabaseSettingsPage : public QWidget
{
    Q_OBJECT
public:
    // store may be nullptr: a typed password is then only used, not kept.
    explicit DatabaseSettingsPage(SecretStore *store, QWidget *parent = nullptr);

    void load(const AppSettings &settings);
    void save(AppSettings &settings) const; // the URL, never the password

    // The database URL the fields describe, without password ("" = the
    // default SQLite file).
    QString databaseUrl() const;
    // The password typed for a PostgreSQL server ("" for SQLite).
    QString typedPassword() const;
    // The URL differs from the stored one, or a password was typed.
    bool changed() const;
    // Puts the typed password into the keychain; done(false) after showing
    // why it could not be stored.
    void storePassword(QObject *context, std::function<void(bool ok)> done);
    void showResult(const QString &text, bool ok);

public slots:
    void testDatabase(); // or cancels the test under way

signals:
    void databaseTested(bool ok);

private:
    void chooseSqliteFile(bool createNew);

    SecretStore *m_store;
    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QStackedWidget *m_stack;
    QLineEdit *m_sqlitePath;
    QLineEdit *m_pgHost;
    QSpinBox *m_pgPort;
    QLineEdit *m_pgDatabase;
    QLineEdit *m_pgUser;
    QLineEdit *m_pgPassword;
    QPushButton *m_test;
    QLabel *m_result;
    bool m_probeRunning = false;
    quint64 m_probeGeneration = 0; // a test's answer counts only while it is the latest
    QString m_initialUrl;
};

} // namespace outreach
