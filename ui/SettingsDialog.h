// The preferences a campaign manager trusts us with: provider and limits of
// generation, the API key (system keychain only, never plain text, never
// shown again once stored), the database (SQLite file or PostgreSQL with its
// password in the keychain) and the UI language. Non-secret values go to
// AppSettings when the dialog is accepted; keys are stored when asked.
#pragma once

#include <QDialog>
#include <memory>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace outreach {

class AppSettings;
class Database;
class SendersPage;
class ModelListCall;
class OpenAiCompatibleProvider;
class SecretStore;
struct ModelListResult;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // store may be nullptr: the dialog then says no keychain is available.
    SettingsDialog(AppSettings &settings, SecretStore *store, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The database URL the fields describe, without password.
    QString databaseUrl() const;
    // Adds the Senders page (second tab) over the open database.
    SendersPage *addSendersPage(Database &db);
    QTabWidget *tabs() const { return m_tabs; }
    // True once the key status has been read from the keychain.
    bool keyStatusKnown() const { return m_keyStatusKnown; }

public slots:
    void accept() override;
    void storeKey();
    void clearKey();
    void testConnection();
    void testDatabase();

signals:
    // Accepted with another database: the URL to open, with the password
    // when one was entered (main reads a stored one via DatabaseCredentials).
    void databaseChangeRequested(const QString &url);
    // A key was stored or cleared (for a status bar or a pending run).
    void keyChanged(const QString &provider);
    // After storeKey/clearKey/refreshKeyStatus finished; for tests.
    void keyStatusUpdated();
    // The keychain did not take the typed key (the dialog stays open).
    void keyStoreFailed(const QString &why);
    void connectionTested(bool ok);
    void databaseTested(bool ok);

private:
    QWidget *createGenerationPage();
    QWidget *createDatabasePage();
    QWidget *createLanguagePage();
    void load();
    void save();
    QString currentProvider() const;
    void providerChanged();
    void refreshKeyStatus();
    void showKeyStatus(const QString &text, bool problem);
    void growToFit();
    void showNoKeychain(const QString &why);
    void finishConnectionTest(const ModelListResult &result);
    void chooseSqliteFile(bool createNew);
    void updateDatabaseFields();
    void showDatabaseResult(const QString &text, bool ok);

    AppSettings &m_settings;
    SecretStore *m_store;
    bool m_keyStatusKnown = false;
    bool m_closeAfterStore = false; // OK pressed with a typed key: close once it is stored
    bool m_keychainAvailable = true;

    QComboBox *m_provider;
    QLineEdit *m_baseUrl;
    QComboBox *m_model;
    QSpinBox *m_concurrency;
    QSpinBox *m_attempts;
    QSpinBox *m_timeout;
    QDoubleSpinBox *m_budget;
    QLineEdit *m_apiKey;
    QPushButton *m_storeKey;
    QPushButton *m_clearKey;
    QLabel *m_keyStatus;
    QLabel *m_keyHelp;
    QPushButton *m_testConnection;
    QLabel *m_connectionResult;
    std::unique_ptr<OpenAiCompatibleProvider> m_testProvider;
    ModelListCall *m_modelCall = nullptr;

    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QStackedWidget *m_databaseStack;
    QLineEdit *m_sqlitePath;
    QLineEdit *m_pgHost;
    QSpinBox *m_pgPort;
    QLineEdit *m_pgDatabase;
    QLineEdit *m_pgUser;
    QLineEdit *m_pgPassword;
    QLabel *m_pgPasswordStatus;
    QPushButton *m_testDatabase;
    bool m_databaseProbeRunning = false;
    quint64 m_databaseProbeGeneration = 0; // a test's answer counts only while it is the latest
    QLabel *m_databaseResult;
    QString m_initialDatabaseUrl;

    QComboBox *m_language;
    QSpinBox *m_inboxSync;
    QDialogButtonBox *m_buttons;
    QTabWidget *m_tabs;
};

} // namespace outreach
