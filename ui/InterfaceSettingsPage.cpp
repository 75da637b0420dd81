#include "InterfaceSettingsPage.h"

#include "settings/AppSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace outreach {

InterfaceSettingsPage::InterfaceSettingsPage(QWidget *parent)
    : QWidget(parent)
{
    m_language = new QComboBox;
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System language"), QString());
    // Language names are shown in their own language on purpose.
    m_language->addItem(u"English"_s, u"en"_s); // notr
    m_language->addItem(u"Deutsch"_s, u"de"_s); // notr
    auto *note = new QLabel;
    note->setObjectName(u"languageNote"_s);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->setText(tr("The language changes the next time Outreach Studio starts. Numbers, percentages and "
                     "dates follow the same language."));
    // Inbox sync runs while the app is open; 0 leaves only "Sync inbox now".
    m_inboxSync = new QSpinBox;
    m_inboxSync->setObjectName(u"inboxSyncMinutes"_s);
    m_inboxSync->setRange(0, 24 * 60);
    m_inboxSync->setSuffix(tr(" min"));
    m_inboxSync->setSpecialValueText(tr("Only at start and on demand"));
    auto *inboxNote = new QLabel;
    inboxNote->setObjectName(u"inboxSyncNote"_s);
    inboxNote->setWordWrap(true);
    inboxNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    inboxNote->setText(tr("While Outreach Studio is open it reads the replies in every mailbox with IMAP "
                          "settings this often, and once at start. Your mail is never changed."));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    form->addRow(tr("Check &mailboxes every:"), m_inboxSync);
    form->addRow(inboxNote);
}

void InterfaceSettingsPage::load(const AppSettings &settings)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_inboxSync->setValue(settings.inboxSyncMinutes());
}

void InterfaceSettingsPage::save(AppSettings &settings) const
{
    settings.setLanguage(m_language->currentData().toString());
    settings.setInboxSyncMinutes(m_inboxSync->value());
}

} // namespace outreach
