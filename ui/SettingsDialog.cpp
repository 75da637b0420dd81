#include "SettingsDialog.h"

#include "DatabaseSettingsPage.h"
#include "InterfaceSettingsPage.h"
#include "ProviderSettingsPage.h"
#include "SendersPage.h"

#include "settings/AppSettings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace outreach {

SettingsDialog::SettingsDialog(AppSettings &settings, SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_store(store)
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"SettingsDialog"_s);
    m_providerPage = new ProviderSettingsPage(store);
    m_databasePage = new DatabaseSettingsPage(store);
    m_interfacePage = new InterfaceSettingsPage;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->addTab(m_providerPage, tr("Generation"));
    m_tabs->addTab(m_databasePage, tr("Database"));
    m_tabs->addTab(m_interfacePage, tr("Interface"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"buttonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    connect(m_providerPage, &ProviderSettingsPage::keyChanged, this, &SettingsDialog::keyChanged);
    connect(m_providerPage, &ProviderSettingsPage::keyStatusUpdated, this, &SettingsDialog::keyStatusUpdated);
    connect(m_providerPage, &ProviderSettingsPage::keyStoreFailed, this, &SettingsDialog::keyStoreFailed);
    connect(m_providerPage, &ProviderSettingsPage::connectionTested, this, &SettingsDialog::connectionTested);
    connect(m_providerPage, &ProviderSettingsPage::busyChanged, m_buttons,
            [this](bool busy) { m_buttons->setEnabled(!busy); });
    connect(m_providerPage, &ProviderSettingsPage::statusShown, this, &SettingsDialog::growToFit);
    // OK with a typed key closes once the key is safe, and stays open if not.
    connect(m_providerPage, &ProviderSettingsPage::keyStored, this, [this] {
        if (std::exchange(m_closeAfterStore, false))
            accept();
    });
    connect(m_providerPage, &ProviderSettingsPage::keyStoreFailed, this,
            [this] { m_closeAfterStore = false; });
    connect(m_databasePage, &DatabaseSettingsPage::databaseTested, this, &SettingsDialog::databaseTested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    m_providerPage->load(settings);
    m_databasePage->load(settings);
    m_interfacePage->load(settings);
    resize(620, sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

SendersPage *SettingsDialog::addSendersPage(Database &db)
{
    auto *page = new SendersPage(db, m_store);
    m_tabs->insertTab(1, page, tr("Senders"));
    resize(std::max(width(), 760), height());
    return page;
}

QString SettingsDialog::databaseUrl() const
{
    return m_databasePage->databaseUrl();
}

bool SettingsDialog::keyStatusKnown() const
{
    return m_providerPage->keyStatusKnown();
}

void SettingsDialog::accept()
{
    // A typed key or password is stored before closing, never dropped
    // silently and never written anywhere but the keychain. A key that
    // cannot be stored keeps the dialog open, the key still in its field.
    if (m_providerPage->takesTypedKey()) {
        m_closeAfterStore = true;
        m_providerPage->storeKey();
        return;
    }
    if (!m_databasePage->typedPassword().isEmpty() && m_store && m_providerPage->keychainAvailable()) {
        m_buttons->setEnabled(false);
        m_databasePage->storePassword(this, [this](bool ok) {
            m_buttons->setEnabled(true);
            if (ok)
                finishAccept();
        });
        return;
    }
    finishAccept();
}

void SettingsDialog::finishAccept()
{
    m_providerPage->save(m_settings);
    m_interfacePage->save(m_settings);
    const bool switching = m_databasePage->changed();
    const QString url = m_databasePage->databaseUrl();
    const QString password = m_databasePage->typedPassword();
    m_databasePage->save(m_settings);
    m_settings.sync();
    if (switching) {
        QUrl full(url);
        if (!password.isEmpty())
            full.setPassword(password);
        emit databaseChangeRequested(password.isEmpty() ? url : full.toString());
    }
    QDialog::accept();
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

} // namespace outreach
