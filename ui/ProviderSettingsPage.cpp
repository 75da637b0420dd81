#include "ProviderSettingsPage.h"
#include "DisplayNames.h"

#include "llm/OpenAiCompatibleProvider.h"
#include "secrets/ApiKeyResolver.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
QLabel *wrappedLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Words the user recognises; "problem" text is drawn in the palette's
// error-ish colour only through a bold weight, so both themes stay legible.
void setStatus(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    QFont font = label->font();
    font.setBold(problem);
    label->setFont(font);
}
} // namespace

ProviderSettingsPage::ProviderSettingsPage(SecretStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_provider = new QComboBox;
    m_provider->setObjectName(u"providerCombo"_s);
    for (const ProviderId id : {ProviderId::Cerebras, ProviderId::OpenAi, ProviderId::Offline})
        m_provider->addItem(displayName(id), toString(id));
    m_baseUrl = new QLineEdit;
    m_baseUrl->setObjectName(u"baseUrlEdit"_s);
    m_model = new QComboBox;
    m_model->setObjectName(u"modelCombo"_s);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_concurrency = new QSpinBox;
    m_concurrency->setObjectName(u"concurrencySpin"_s);
    m_concurrency->setRange(1, 64);
    m_concurrency->setSuffix(tr(" requests", "concurrent requests at once"));
    m_attempts = new QSpinBox;
    m_attempts->setObjectName(u"attemptsSpin"_s);
    m_attempts->setRange(1, 10);
    m_attempts->setSuffix(tr(" attempts", "tries per lead, first try included"));
    m_timeout = new QSpinBox;
    m_timeout->setObjectName(u"timeoutSpin"_s);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s", "seconds"));
    m_budget = new QDoubleSpinBox;
    m_budget->setObjectName(u"budgetSpin"_s);
    m_budget->setRange(0, 100000);
    m_budget->setDecimals(2);
    m_budget->setPrefix(u"$ "_s);
    m_budget->setSpecialValueText(tr("No limit", "budget"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Concurrent requests:"), m_concurrency);
    form->addRow(tr("&Attempts per lead:"), m_attempts);
    form->addRow(tr("Request &timeout:"), m_timeout);
    form->addRow(tr("Default &budget per run:"), m_budget);

    // API key: typed once, then only its presence is shown.
    auto *keyBox = new QGroupBox(tr("API key"));
    m_apiKey = new QLineEdit;
    m_apiKey->setObjectName(u"apiKeyEdit"_s);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Paste a new key to store it"));
    m_storeKey = new QPushButton(tr("&Store key"));
    m_storeKey->setObjectName(u"storeKeyButton"_s);
    m_clearKey = new QPushButton(tr("C&lear"));
    m_clearKey->setObjectName(u"clearKeyButton"_s);
    m_clearKey->setToolTip(tr("Remove the stored key from the system keychain"));
    m_keyStatus = wrappedLabel(u"keyStatusLabel"_s);
    m_keyHelp = wrappedLabel(u"keyHelpLabel"_s);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_storeKey);
    keyRow->addWidget(m_clearKey);
    auto *keyLayout = new QVBoxLayout(keyBox);
    keyLayout->addLayout(keyRow);
    keyLayout->addWidget(m_keyStatus);
    keyLayout->addWidget(m_keyHelp);

    m_testConnection = new QPushButton(tr("&Test connection"));
    m_testConnection->setObjectName(u"testConnectionButton"_s);
    m_testConnection->setToolTip(tr("Ask the endpoint for its model list with the values above"));
    m_connectionResult = wrappedLabel(u"connectionResultLabel"_s);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testConnection);
    testRow->addWidget(m_connectionResult, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(keyBox);
    layout->addLayout(testRow);
    layout->addStretch();

    connect(m_provider, &QComboBox::currentIndexChanged, this, &ProviderSettingsPage::providerChanged);
    connect(m_storeKey, &QPushButton::clicked, this, &ProviderSettingsPage::storeKey);
    connect(m_clearKey, &QPushButton::clicked, this, &ProviderSettingsPage::clearKey);
    connect(m_testConnection, &QPushButton::clicked, this, &ProviderSettingsPage::testConnection);
    connect(m_apiKey, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_storeKey->setEnabled(m_keychainAvailable && !text.trimmed().isEmpty());
    });
}

ProviderSettingsPage::~ProviderSettingsPage()
{
    if (m_modelCall)
        m_modelCall->abort();
}

void ProviderSettingsPage::load(const AppSettings &settings)
{
    const QSignalBlocker quiet(m_provider); // one status read below, not two
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(settings.provider())));
    m_baseUrl->setText(settings.baseUrl());
    m_model->setCurrentText(settings.model());
    m_concurrency->setValue(settings.concurrency());
    m_attempts->setValue(settings.maxAttempts());
    m_timeout->setValue(settings.requestTimeoutSec());
    m_budget->setValue(settings.defaultBudgetUsd());
    providerChanged();
}

void ProviderSettingsPage::save(AppSettings &settings) const
{
    settings.setProvider(provider());
    settings.setBaseUrl(m_baseUrl->text());
    settings.setModel(m_model->currentText());
    settings.setConcurrency(m_concurrency->value());
    settings.setMaxAttempts(m_attempts->value());
    settings.setRequestTimeoutSec(m_timeout->value());
    settings.setDefaultBudgetUsd(m_budget->value());
}

QString ProviderSettingsPage::provider() const
{
    return m_provider->currentData().toString();
}

bool ProviderSettingsPage::takesTypedKey()
{
    if (m_apiKey->text().trimmed().isEmpty())
        m_apiKey->clear();
    return !m_apiKey->text().isEmpty() && m_store && m_keychainAvailable;
}

void ProviderSettingsPage::providerChanged()
{
    const QString current = provider();
    const bool online = providerIdFromString(current) != ProviderId::Offline;
    for (QWidget *w : {static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_model),
                       static_cast<QWidget *>(m_apiKey), static_cast<QWidget *>(m_testConnection)})
        w->setEnabled(online);
    m_baseUrl->setPlaceholderText(AppSettings::defaultBaseUrl(current));
    if (QLineEdit *edit = m_model->lineEdit())
        edit->setPlaceholderText(online ? AppSettings::defaultModel(current) : QString());
    m_connectionResult->clear();
    refreshKeyStatus();
}

void ProviderSettingsPage::showKeyStatus(const QString &text, bool problem)
{
    setStatus(m_keyStatus, text, problem);
    emit statusShown();
}

void ProviderSettingsPage::showNoKeychain(const QString &why)
{
    m_keychainAvailable = false;
    m_apiKey->clear();
    m_apiKey->setEnabled(false);
    m_storeKey->setEnabled(false);
    m_clearKey->setEnabled(false);
    showKeyStatus(why.isEmpty() ? KeychainSecretStore::noKeychainMessage() : why, true);
    m_keyHelp->setText(tr("Outreach Studio never stores keys in plain text. Without a keychain, start the "
                          "app with the key in the environment variable CEREBRAS_API_KEY (Cerebras) or "
                          "OUTREACH_API_KEY (any provider)."));
    emit statusShown();
}

void ProviderSettingsPage::refreshKeyStatus()
{
    const QString current = provider();
    m_keyStatusKnown = false;
    if (providerIdFromString(current) == ProviderId::Offline) {
        m_clearKey->setEnabled(false);
        m_storeKey->setEnabled(false);
        showKeyStatus(tr("The offline provider needs no key."), false);
        m_keyHelp->clear();
        m_keyStatusKnown = true;
        emit keyStatusUpdated();
        return;
    }
    const ApiKeyResult fromEnv = ApiKeyResolver::fromEnvironment(current);
    const QString envNote =
        fromEnv.ok() ? tr("The environment variable %1 is set and is used instead of the keychain.")
                           .arg(fromEnv.source)
                     : QString();
    if (!m_store) {
        showNoKeychain({});
        if (!envNote.isEmpty())
            m_keyHelp->setText(envNote);
        m_keyStatusKnown = true;
        emit keyStatusUpdated();
        return;
    }
    showKeyStatus(tr("Checking the system keychain…"), false);
    m_store->read(SecretStore::apiKeyName(current), this, [this, current, envNote](const SecretResult &r) {
        if (current != provider())
            return; // the user moved on; a newer read is under way
        m_keyStatusKnown = true;
        if (!r.ok && !r.notFound) {
            showNoKeychain(r.noKeychain ? QString() : r.errorMessage);
            if (!envNote.isEmpty())
                m_keyHelp->setText(envNote);
            emit keyStatusUpdated();
            return;
        }
        m_keychainAvailable = true;
        m_apiKey->setEnabled(true);
        m_storeKey->setEnabled(!m_apiKey->text().trimmed().isEmpty());
        m_clearKey->setEnabled(r.ok);
        showKeyStatus(r.ok ? tr("A key is stored in the system keychain.")
                           : tr("No key is stored for this provider."),
                      false);
        m_keyHelp->setText(envNote);
        emit keyStatusUpdated();
    });
}

void ProviderSettingsPage::storeKey()
{
    const QString key = m_apiKey->text().trimmed();
    if (key.isEmpty() || !m_store)
        return;
    const QString current = provider();
    m_storeKey->setEnabled(false);
    emit busyChanged(true);
    m_store->write(SecretStore::apiKeyName(current), key, this, [this, current](const SecretResult &r) {
        emit busyChanged(false);
        if (!r.ok) {
            // The typed key stays in its field, so nothing is lost; the user
            // sees why and can retry or copy it.
            showKeyStatus(r.noKeychain ? KeychainSecretStore::noKeychainMessage()
                                       : tr("The key was not stored: %1").arg(r.errorMessage),
                          true);
            m_storeKey->setEnabled(!r.noKeychain);
            emit keyStoreFailed(r.errorMessage);
            emit keyStatusUpdated();
            return;
        }
        // The key leaves the widget as soon as it is safe in the keychain.
        m_apiKey->clear();
        emit keyChanged(current);
        refreshKeyStatus();
        emit keyStored();
    });
}

void ProviderSettingsPage::clearKey()
{
    if (!m_store)
        return;
    const QString current = provider();
    m_clearKey->setEnabled(false);
    m_store->remove(SecretStore::apiKeyName(current), this, [this, current](const SecretResult &r) {
        if (!r.ok && !r.notFound) {
            showKeyStatus(r.errorMessage, true);
            emit keyStatusUpdated();
            return;
        }
        emit keyChanged(current);
        refreshKeyStatus();
    });
}

void ProviderSettingsPage::testConnection()
{
    const QString current = provider();
    if (providerIdFromString(current) == ProviderId::Offline) {
        setStatus(m_connectionResult, tr("The offline provider needs no connection."), false);
        return;
    }
    if (m_modelCall)
        m_modelCall->abort();
    m_testConnection->setEnabled(false);
    setStatus(m_connectionResult, tr("Connecting…"), false);

    auto run = [this, current](const QString &key) {
        m_testProvider = std::make_unique<OpenAiCompatibleProvider>(
            current, key, QUrl(m_baseUrl->text().trimmed()), m_model->currentText().trimmed());
        m_modelCall = m_testProvider->fetchModels(m_timeout->value() * 1000);
        connect(m_modelCall, &ModelListCall::finished, this, &ProviderSettingsPage::finishConnectionTest);
    };
    if (!m_apiKey->text().trimmed().isEmpty()) {
        run(m_apiKey->text().trimmed());
        return;
    }
    ApiKeyResolver(m_store).resolve(current, this, [run](const ApiKeyResult &r) { run(r.key); });
}

void ProviderSettingsPage::finishConnectionTest(const ModelListResult &result)
{
    m_modelCall = nullptr;
    m_testConnection->setEnabled(true);
    if (!result.ok()) {
        setStatus(m_connectionResult, result.errorMessage, true);
        emit connectionTested(false);
        return;
    }
    const QString current = m_model->currentText();
    m_model->clear();
    m_model->addItems(result.models);
    m_model->setCurrentText(current);
    setStatus(m_connectionResult,
              tr("Connected to %1: %n model(s) available.", nullptr, int(result.models.size()))
                  .arg(m_testProvider->baseUrl().host()),
              false);
    emit connectionTested(true);
}

} // namespace outreach
