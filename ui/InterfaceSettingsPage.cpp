#include "InterfaceSettingsPage.h"

#include "settings/AppSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

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
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
}

void InterfaceSettingsPage::load(const AppSettings &settings)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
}

void InterfaceSettingsPage::save(AppSettings &settings) const
{
    settings.setLanguage(m_language->currentData().toString());
}

} // namespace outreach
