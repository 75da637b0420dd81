// Settings › Interface: how the app looks and speaks (the UI language, which
// applies at the next start) and how often the open app reads the mailboxes.
// load()/save() move the values between the
// fields and AppSettings.
#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace outreach {

class AppSettings;

class InterfaceSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit InterfaceSettingsPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings);
    void save(AppSettings &settings) const;

private:
    QComboBox *m_language;
    QSpinBox *m_inboxSync;
};

} // namespace outreach
