// Help > About: what the app is, its version, and the licenses of the
// libraries it ships with (Qt LGPLv3, QtKeychain BSD-3-Clause, Boost BSL-1.0).
#pragma once

#include <QDialog>

class QLabel;

namespace outreach {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    QString versionText() const;

private:
    QLabel *m_version;
};

} // namespace outreach
