// Settings › Generation: the provider, its endpoint and model, the limits of
// a run, and the provider's API key (system keychain only, never plain text,
// never shown again once stored), with a "Test connection" that asks the
// endpoint for its models. load()/save() move the non-secret values between
// the fields and AppSettings; keys are stored when asked.
#pragma once

#include <QWidget>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace outreach {

class AppSettings;
class ModelListCall;
class OpenAiCompatibleProvider;
class SecretStore;
struct ModelListResult;

class ProviderSettingsPage : public QWidget
{
    Q_OBJECT
public:
    // store may be nullptr: the page then says no keychain is available.
    explicit ProviderSettingsPage(SecretStore *store, QWidget *parent = nullptr);
    ~ProviderSettingsPage() override;

    void load(const AppSettings &settings);
    void save(AppSettings &settings) const;

    QString provider() const; // "cerebras", "openai" or "offline"
    // True once the key status has been read from the keychain.
    bool keyStatusKnown() const { return m_keyStatusKnown; }
    // A key typed and not yet stored that the keychain can take (spaces
    // alone are no key: they are cleared here).
    bool takesTypedKey();
    // False once the keychain turned out to be missing or unreadable.
    bool keychainAvailable() const { return m_store && m_keychainAvailable; }

public slots:
    void storeKey();
    void clearKey();
    void testConnection();

signals:
    // A key was stored or cleared (for a status bar or a pending run).
    void keyChanged(const QString &provider);
    // The typed key is safe in the keychain (and gone from the field).
    void keyStored();
    // The keychain did not take the typed key; it stays in its field.
    void keyStoreFailed(const QString &why);
    // After storeKey/clearKey/a status read finished; for tests.
    void keyStatusUpdated();
    void connectionTested(bool ok);
    // A key is being written: the dialog's OK/Cancel wait for it.
    void busyChanged(bool busy);
    // A status text changed; it may need more lines than it has.
    void statusShown();

private:
    void providerChanged();
    void refreshKeyStatus();
    void showKeyStatus(const QString &text, bool problem);
    void showNoKeychain(const QString &why);
    void finishConnectionTest(const ModelListResult &result);

    SecretStore *m_store;
    bool m_keyStatusKnown = false;
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
};

} // namespace outreach
