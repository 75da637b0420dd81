// Creates or edits a campaign. Every change re-validates the form
// (CampaignValidator) and shows problems beside their field; Save stays
// disabled until the campaign is valid.
#pragma once

#include "Campaign.h"
#include "Database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CampaignDialog;
}

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QSpinBox;

namespace outreach {

class CampaignDialog : public QDialog
{
    Q_OBJECT
public:
    CampaignDialog(Database &db, std::optional<Campaign> existing, QWidget *parent = nullptr);
    ~CampaignDialog() override;

    Campaign campaign() const; // the form's current values
    qint64 savedCampaignId() const { return m_savedId; }
    bool canSave() const;

    void accept() override;

private:
    void load(const Campaign &campaign);
    void validate();
    void updateQualifying();
    void updateChannelFields();

    Database &m_db;
    std::unique_ptr<Ui::CampaignDialog> m_ui;
    Campaign m_base;
    QStringList m_customFields;
    qint64 m_savedId = 0;
    // Test-then-roll-out and the decision mode (issue 16), built in code
    // beside the form's A/B test row.
    QComboBox *m_modeCombo = nullptr;
    QSpinBox *m_plannedSpin = nullptr;
    QDoubleSpinBox *m_shareSpin = nullptr;
    QCheckBox *m_deadlineCheck = nullptr;
    QDateTimeEdit *m_deadlineEdit = nullptr;
    void addTestFields();
};

} // namespace outreach
