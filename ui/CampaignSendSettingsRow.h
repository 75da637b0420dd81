// The campaign's own send settings in the Sending tab: its window in each
// lead's local time, the zone used when a lead has none, and whether
// messages need approval before they go out (as `outreach campaigns
// send-settings`). Bad input is refused naming the field; nothing is
// changed then.
#pragma once

#include "Database.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace outreach {

class CampaignSendSettingsRow : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignSendSettingsRow(Database &db, QWidget *parent = nullptr);

    void setCampaign(qint64 campaignId);
    QLineEdit *windowEdit() const { return m_window; }
    QLineEdit *zoneEdit() const { return m_zone; }
    QCheckBox *approvalBox() const { return m_approval; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    // Saves the fields; false (and the reason shown) when one is wrong.
    bool apply();

signals:
    void saved();

private:
    Database &m_db;
    qint64 m_campaignId = 0;
    QLineEdit *m_window;
    QLineEdit *m_zone;
    QCheckBox *m_approval;
    QPushButton *m_apply;
    QLabel *m_error;
};

} // namespace outreach
