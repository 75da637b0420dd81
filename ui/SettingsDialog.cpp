#include "SettingsDialog.h"

#include "SendersPage.h"

#include "llm/OpenAiCompatibleProvider.h"
#include "secrets/ApiKeyResolver.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <utility>

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

SettingsDialog::SettingsDialog(AppSettings &settings, SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_store(store)
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"SettingsDialog"_s);
    auto *tabs = m_tabs = new QTabWidget;
    tabs->setObjectName(u"settingsTabs"_s);
    tabs->addTab(createGenerationPage(), tr("Generation"));
    tabs->addTab(createDatabasePage(), tr("Database"));
    tabs->addTab(createLanguagePage(), tr("Interface"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"buttonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_buttons);
    load();
    resize(620, sizeHint().height());
}

SendersPage *SettingsDialog::addSendersPage(Database &db)
{
    auto *page = new SendersPage(db, m_store);
    m_tabs->insertTab(1, page, tr("Senders"));
    resize(std::max(width(), 760), height());
    return page;
}

SettingsDialog::~SettingsDialog()
{
    if (m_modelCall)
        m_modelCall->abort();
}

QWidget *SettingsDialog::createGenerationPage()
{
    auto *page = new QWidget;
    m_provider = new QComboBox;
    m_provider->setObjectName(u"providerCombo"_s);
    m_provider->addItem(tr("Cerebras"), u"cerebras"_s);
    m_provider->addItem(tr("OpenAI-compatible endpoint"), u"openai"_s);
    m_provider->addItem(tr("Offline (templates, no network)"), u"offline"_s);
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

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(keyBox);
    layout->addLayout(testRow);
    layout->addStretch();

    connect(m_provider, &QComboBox::currentIndexChanged, this, &SettingsDialog::providerChanged);
    connect(m_storeKey, &QPushButton::clicked, this, &SettingsDialog::storeKey);
    connect(m_clearKey, &QPushButton::clicked, this, &SettingsDialog::clearKey);
    connect(m_testConnection, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_apiKey, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_storeKey->setEnabled(m_keychainAvailable && !text.trimmed().isEmpty());
    });
    return page;
}

QWidget *SettingsDialog::createLanguagePage()
{
    auto *page = new QWidget;
    m_language = new QComboBox;
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System language"), QString());
    // Language names are shown in their own language on purpose.
    m_language->addItem(u"English"_s, u"en"_s); // notr
    m_language->addItem(u"Deutsch"_s, u"de"_s); // notr
    auto *note = wrappedLabel(u"languageNote"_s);
    note->setText(tr("The language changes the next time Outreach Studio starts. Numbers, percentages and "
                     "dates follow the same language."));
    // Inbox sync runs while the app is open; 0 leaves only "Sync inbox now".
    m_inboxSync = new QSpinBox;
    m_inboxSync->setObjectName(u"inboxSyncMinutes"_s);
    m_inboxSync->setRange(0, 24 * 60);
    m_inboxSync->setSuffix(tr(" min"));
    m_inboxSync->setSpecialValueText(tr("Only at start and on demand"));
    auto *inboxNote = wrappedLabel(u"inboxSyncNote"_s);
    inboxNote->setText(tr("While Outreach Studio is open it reads the replies in every mailbox with IMAP "
                          "settings this often, and once at start. Your mail is never changed."));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    form->addRow(tr("Check &mailboxes every:"), m_inboxSync);
    form->addRow(inboxNote);
    return page;
}

void SettingsDialog::load()
{
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(m_settings.provider())));
    m_baseUrl->setText(m_settings.baseUrl());
    m_model->setCurrentText(m_settings.model());
    m_concurrency->setValue(m_settings.concurrency());
    m_attempts->setValue(m_settings.maxAttempts());
    m_timeout->setValue(m_settings.requestTimeoutSec());
    m_budget->setValue(m_settings.defaultBudgetUsd());
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_inboxSync->setValue(m_settings.inboxSyncMinutes());
    m_initialDatabaseUrl = m_settings.databaseUrl();
    providerChanged();
    updateDatabaseFields();
}

void SettingsDialog::save()
{
    m_settings.setProvider(currentProvider());
    m_settings.setBaseUrl(m_baseUrl->text());
    m_settings.setModel(m_model->currentText());
    m_settings.setConcurrency(m_concurrency->value());
    m_settings.setMaxAttempts(m_attempts->value());
    m_settings.setRequestTimeoutSec(m_timeout->value());
    m_settings.setDefaultBudgetUsd(m_budget->value());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setInboxSyncMinutes(m_inboxSync->value());
}

void SettingsDialog::accept()
{
    save();
    const QString url = databaseUrl();
    const QString password = m_postgres->isChecked() ? m_pgPassword->text() : QString();
    auto finish = [this, url, password] {
        m_settings.setDatabaseUrl(url);
        m_settings.sync();
        if (url != m_initialDatabaseUrl || !password.isEmpty()) {
            QUrl full(url);
            if (!password.isEmpty())
                full.setPassword(password);
            emit databaseChangeRequested(password.isEmpty() ? url : full.toString());
        }
        QDialog::accept();
    };
    // A typed key or password is stored before closing, never dropped
    // silently and never written anywhere but the keychain. A key that
    // cannot be stored keeps the dialog open, the key still in its field.
    // Spaces alone are no key.
    if (m_apiKey->text().trimmed().isEmpty())
        m_apiKey->clear();
    if (!m_apiKey->text().isEmpty() && m_store && m_keychainAvailable) {
        m_closeAfterStore = true;
        storeKey();
        return;
    }
    if (!password.isEmpty() && m_store && m_keychainAvailable) {
        m_buttons->setEnabled(false);
        m_store->write(AppSettings::databasePasswordKey(url), password, this,
                       [this, finish](const SecretResult &r) {
                           m_buttons->setEnabled(true);
                           if (!r.ok) {
                               showDatabaseResult(r.errorMessage, false);
                               return;
                           }
                           finish();
                       });
        return;
    }
    finish();
}

QString SettingsDialog::currentProvider() const
{
    return m_provider->currentData().toString();
}

void SettingsDialog::providerChanged()
{
    const QString provider = currentProvider();
    const bool online = provider != u"offline";
    for (QWidget *w : {static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_model),
                       static_cast<QWidget *>(m_apiKey), static_cast<QWidget *>(m_testConnection)})
        w->setEnabled(online);
    m_baseUrl->setPlaceholderText(AppSettings::defaultBaseUrl(provider));
    if (QLineEdit *edit = m_model->lineEdit())
        edit->setPlaceholderText(online ? AppSettings::defaultModel(provider) : QString());
    m_connectionResult->clear();
    refreshKeyStatus();
}

void SettingsDialog::showKeyStatus(const QString &text, bool problem)
{
    setStatus(m_keyStatus, text, problem);
    growToFit();
}

void SettingsDialog::growToFit()
{
    // A long status arriving after the dialog was sized wraps onto more
    // lines; a top-level layout does not grow for that by itself (it knows
    // no height-for-width through the tabs), and the rows were squashed.
    // Grow by what the wrapped labels lack, within the screen.
    if (!layout())
        return;
    const int limit = screen() ? screen()->availableGeometry().height() : QWIDGETSIZE_MAX;
    layout()->activate();
    int missing = 0;
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->isVisible() && label->wordWrap())
            missing = qMax(missing, label->heightForWidth(label->width()) - label->height());
    }
    if (missing <= 0 || height() >= limit)
        return;
    resize(width(), qMin(limit, height() + missing));
    // The labels get their new sizes once the resize is handled; look again
    // then (a label that wrapped onto one more line at the new width, say).
    QTimer::singleShot(0, this, [this] { growToFit(); });
}

void SettingsDialog::showNoKeychain(const QString &why)
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
    growToFit();
}

void SettingsDialog::refreshKeyStatus()
{
    const QString provider = currentProvider();
    m_keyStatusKnown = false;
    if (provider == u"offline") {
        m_clearKey->setEnabled(false);
        m_storeKey->setEnabled(false);
        showKeyStatus(tr("The offline provider needs no key."), false);
        m_keyHelp->clear();
        m_keyStatusKnown = true;
        emit keyStatusUpdated();
        return;
    }
    const ApiKeyResult fromEnv = ApiKeyResolver::fromEnvironment(provider);
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
    m_store->read(SecretStore::apiKeyName(provider), this, [this, provider, envNote](const SecretResult &r) {
        if (provider != currentProvider())
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

void SettingsDialog::storeKey()
{
    const QString key = m_apiKey->text().trimmed();
    if (key.isEmpty() || !m_store)
        return;
    const QString provider = currentProvider();
    m_storeKey->setEnabled(false);
    m_buttons->setEnabled(false);
    m_store->write(SecretStore::apiKeyName(provider), key, this, [this, provider](const SecretResult &r) {
        m_buttons->setEnabled(true);
        const bool close = std::exchange(m_closeAfterStore, false);
        if (!r.ok) {
            // The dialog stays open and the typed key stays in its field, so
            // nothing is lost; the user sees why and can retry or copy it.
            showKeyStatus(r.noKeychain ? KeychainSecretStore::noKeychainMessage()
                                       : tr("The key was not stored: %1").arg(r.errorMessage),
                          true);
            m_storeKey->setEnabled(!r.noKeychain);
            growToFit();
            emit keyStoreFailed(r.errorMessage);
            emit keyStatusUpdated();
            return;
        }
        // The key leaves the widget as soon as it is safe in the keychain.
        m_apiKey->clear();
        emit keyChanged(provider);
        refreshKeyStatus();
        if (close)
            accept();
    });
}

void SettingsDialog::clearKey()
{
    if (!m_store)
        return;
    const QString provider = currentProvider();
    m_clearKey->setEnabled(false);
    m_store->remove(SecretStore::apiKeyName(provider), this, [this, provider](const SecretResult &r) {
        if (!r.ok && !r.notFound) {
            showKeyStatus(r.errorMessage, true);
            emit keyStatusUpdated();
            return;
        }
        emit keyChanged(provider);
        refreshKeyStatus();
    });
}

void SettingsDialog::testConnection()
{
    const QString provider = currentProvider();
    if (provider == u"offline") {
        setStatus(m_connectionResult, tr("The offline provider needs no connection."), false);
        return;
    }
    if (m_modelCall)
        m_modelCall->abort();
    m_testConnection->setEnabled(false);
    setStatus(m_connectionResult, tr("Connecting…"), false);

    auto run = [this, provider](const QString &key) {
        m_testProvider = std::make_unique<OpenAiCompatibleProvider>(
            provider, key, QUrl(m_baseUrl->text().trimmed()), m_model->currentText().trimmed());
        m_modelCall = m_testProvider->fetchModels(m_timeout->value() * 1000);
        connect(m_modelCall, &ModelListCall::finished, this, &SettingsDialog::finishConnectionTest);
    };
    if (!m_apiKey->text().trimmed().isEmpty()) {
        run(m_apiKey->text().trimmed());
        return;
    }
    ApiKeyResolver(m_store).resolve(provider, this, [run](const ApiKeyResult &r) { run(r.key); });
}

void SettingsDialog::finishConnectionTest(const ModelListResult &result)
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
