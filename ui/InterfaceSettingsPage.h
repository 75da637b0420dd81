// Settings › Language: how the app looks and speaks (the UI language, which
// applies at the next start). load()/save() move the values between the
// fields and AppSettings.
#pragma once

#include <QWidget>

class QComboBox;

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
};

} // namespace outreach
