// The preferences a campaign manager trusts us with, one page per concern:
// Generation (provider, limits and API key), Senders (added over an open
// database), Database and Language. Each page loads and saves its own
// values; the dialog composes them, and on OK stores a typed key or database
// password in the keychain first (staying open, nothing lost, when that
// fails), then saves every page and asks for a database switch if needed.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTabWidget;

namespace outreach {

class AppSettings;
class Database;
class DatabaseSettingsPage;
class InterfaceSettingsPage;
class ProviderSettingsPage;
class SecretStore;
class SendersPage;

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
    ProviderSettingsPage *providerPage() const { return m_providerPage; }
    DatabaseSettingsPage *databasePage() const { return m_databasePage; }
    InterfaceSettingsPage *interfacePage() const { return m_interfacePage; }
    // True once the key status has been read from the keychain.
    bool keyStatusKnown() const;

public slots:
    void accept() override;

signals:
    // Accepted with another database: the URL to open, with the password
    // when one was entered (the Workspace reads a stored one via
    // DatabaseCredentials).
    void databaseChangeRequested(const QString &url);
    // A key was stored or cleared (for a status bar or a pending run).
    void keyChanged(const QString &provider);
    // After a key was stored or cleared or its status read; for tests.
    void keyStatusUpdated();
    // The keychain did not take the typed key (the dialog stays open).
    void keyStoreFailed(const QString &why);
    void connectionTested(bool ok);
    void databaseTested(bool ok);

private:
    void finishAccept();
    void growToFit();

    AppSettings &m_settings;
    SecretStore *m_store;
    bool m_closeAfterStore = false; // OK pressed with a typed key: close once it is stored
    ProviderSettingsPage *m_providerPage;
    DatabaseSettingsPage *m_databasePage;
    InterfaceSettingsPage *m_interfacePage;
    QDialogButtonBox *m_buttons;
    QTabWidget *m_tabs;
};

} // namespace outreach
