// Edits one lead's contact and qualification fields. Saving is checked
// against the version the dialog was opened with: when someone else changed
// the lead meanwhile, the user is told and can reload their version instead
// of overwriting it unseen.
#pragma once

#include "Database.h"
#include "Lead.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace outreach {

class LeadDialog : public QDialog
{
    Q_OBJECT
public:
    LeadDialog(Database &db, const Lead &lead, QWidget *parent = nullptr);

    // The lead as edited (not saved); after accept(): as stored.
    Lead lead() const;
    QLineEdit *field(const QString &name) const; // by column name: "email", "phone", ...
    QSpinBox *scoreSpin() const { return m_score; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    void load(const Lead &lead);
    QString problem() const;

    Database &m_db;
    Lead m_lead;
    QHash<QString, QLineEdit *> m_fields;
    QSpinBox *m_score;
    QPlainTextEdit *m_reasoning;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace outreach
