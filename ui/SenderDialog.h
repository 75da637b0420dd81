// Adds or edits one sender: a mailbox (SMTP server, security, login, the
// secret, IMAP server and folders), a Twilio phone number (account SID,
// From number or Messaging Service, base URL, pace, the auth token) or a
// LinkedIn account, with its daily cap, ramp-up, gap and send window. The secret typed here is handed
// to the caller for the keychain (SenderSecrets), never kept in the Sender.
#pragma once

#include "Sending.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace outreach {

class SenderDialog : public QDialog
{
    Q_OBJECT
public:
    // `sender.id` 0: a new sender of `sender.kind` (Mailbox, Phone or LinkedIn).
    explicit SenderDialog(const Sender &sender, QWidget *parent = nullptr);

    // The sender as the fields describe it (valid after accept()).
    Sender sender() const { return m_sender; }
    // The secret typed (empty: keep the stored one).
    QString secret() const;
    // Why the fields cannot be saved (empty: they can), naming the field.
    QString validate(Sender *out = nullptr) const;

    QLineEdit *field(const QString &objectName) const;
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    QWidget *createMailboxBox();
    QWidget *createSmtpBox();
    QWidget *createImapBox();
    QWidget *createTwilioBox();
    QWidget *createScheduleBox();
    void load(const Sender &s);

    Sender m_sender;
    bool m_mailbox;
    bool m_phone;
    QLineEdit *m_name;
    QLineEdit *m_from;
    QLineEdit *m_smtpHost;
    QSpinBox *m_smtpPort;
    QComboBox *m_smtpSecurity;
    QLineEdit *m_login;
    QComboBox *m_auth;
    QLineEdit *m_secret;
    QLineEdit *m_imapHost;
    QSpinBox *m_imapPort;
    QComboBox *m_imapSecurity;
    QLineEdit *m_imapLogin;
    QLineEdit *m_imapFolders;
    QLineEdit *m_sentFolder;
    QLineEdit *m_accountSid = nullptr;
    QLineEdit *m_serviceSid = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QDoubleSpinBox *m_perSecond = nullptr;
    QLineEdit *m_token = nullptr;
    QSpinBox *m_cap;
    QSpinBox *m_rampStart;
    QSpinBox *m_rampStep;
    QSpinBox *m_gapMin;
    QSpinBox *m_gapMax;
    QLineEdit *m_window;
    QLineEdit *m_zone;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace outreach
