#include "SenderDialog.h"

#include "DisplayNames.h"
#include "sending/PhoneSender.h"
#include "sending/TwilioClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
QLineEdit *lineEdit(const QString &objectName, const QString &placeholder = {})
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QSpinBox *spin(const QString &objectName, int min, int max, const QString &suffix = {})
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(min, max);
    box->setSuffix(suffix);
    return box;
}

QComboBox *securityCombo(const QString &objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    for (Security s : {Security::Tls, Security::StartTls, Security::None})
        combo->addItem(displayName(s), int(s));
    return combo;
}

// The usual port of a security mode: SMTP 465 / 587 / 25, IMAP 993 / 143 / 143.
int defaultPort(Security s, bool imap)
{
    switch (s) {
    case Security::Tls:
        return imap ? 993 : 465;
    case Security::StartTls:
        return imap ? 143 : 587;
    case Security::None:
        return imap ? 143 : 25;
    }
    return 0;
}

// Follows the security choice while the port is still one of the defaults.
void linkPort(QComboBox *security, QSpinBox *port, bool imap)
{
    QObject::connect(security, &QComboBox::currentIndexChanged, port, [security, port, imap] {
        const int current = port->value();
        bool isDefault = current == 0;
        for (Security s : {Security::Tls, Security::StartTls, Security::None})
            isDefault = isDefault || current == defaultPort(s, imap);
        if (isDefault)
            port->setValue(defaultPort(Security(security->currentData().toInt()), imap));
    });
}
} // namespace

SenderDialog::SenderDialog(const Sender &sender, QWidget *parent)
    : QDialog(parent)
    , m_sender(sender)
    , m_mailbox(sender.kind == SenderKind::Mailbox)
    , m_phone(sender.kind == SenderKind::Phone)
{
    setObjectName(u"SenderDialog"_s);
    if (m_mailbox)
        setWindowTitle(sender.id > 0 ? tr("Edit mailbox") : tr("Add mailbox"));
    else if (m_phone)
        setWindowTitle(sender.id > 0 ? tr("Edit phone number") : tr("Add phone number"));
    else
        setWindowTitle(sender.id > 0 ? tr("Edit LinkedIn account") : tr("Add LinkedIn account"));
    auto *grid = new QGridLayout;
    grid->addWidget(createMailboxBox(), 0, 0);
    grid->addWidget(createScheduleBox(), 0, 1);
    QWidget *smtp = createSmtpBox();
    QWidget *imap = createImapBox();
    grid->addWidget(smtp, 1, 0);
    grid->addWidget(imap, 1, 1);
    smtp->setVisible(m_mailbox);
    imap->setVisible(m_mailbox);
    if (m_phone)
        grid->addWidget(createTwilioBox(), 1, 0, 1, 2);
    // Both columns share the width, so the name and address fields never
    // shrink to a few characters next to the schedule.
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    const int fieldWidth = m_name->fontMetrics().averageCharWidth() * 24;
    m_name->setMinimumWidth(fieldWidth);
    m_from->setMinimumWidth(fieldWidth);
    m_error = new QLabel;
    m_error->setObjectName(u"senderErrorLabel"_s);
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SenderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SenderDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    load(sender);
}

QWidget *SenderDialog::createMailboxBox()
{
    auto *box = new QGroupBox(m_mailbox ? tr("Mailbox")
                              : m_phone ? tr("Phone number")
                                        : tr("LinkedIn account"));
    auto *form = new QFormLayout(box);
    m_name = lineEdit(u"nameEdit"_s, tr("Ada Lovelace"));
    m_from = lineEdit(u"fromEdit"_s, m_mailbox ? tr("ada@example.com")
                                     : m_phone ? tr("+4915112345678 (empty with a Messaging Service)")
                                               : tr("https://www.linkedin.com/in/…"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_mailbox ? tr("&From address:") : m_phone ? tr("&From number:") : tr("&Profile:"), m_from);
    return box;
}

QWidget *SenderDialog::createSmtpBox()
{
    auto *box = new QGroupBox(tr("Outgoing mail (SMTP)"));
    auto *form = new QFormLayout(box);
    m_smtpHost = lineEdit(u"smtpHostEdit"_s, tr("smtp.example.com"));
    m_smtpPort = spin(u"smtpPortSpin"_s, 1, 65535);
    m_smtpSecurity = securityCombo(u"smtpSecurityCombo"_s);
    m_login = lineEdit(u"loginEdit"_s, tr("usually the address"));
    m_auth = new QComboBox;
    m_auth->setObjectName(u"authCombo"_s);
    m_auth->addItem(tr("Password or app password"), u"password"_s);
    m_auth->addItem(tr("OAuth2 token (XOAUTH2)"), u"xoauth2"_s);
    m_secret = lineEdit(u"secretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    linkPort(m_smtpSecurity, m_smtpPort, false);
    form->addRow(tr("&Server:"), m_smtpHost);
    form->addRow(tr("P&ort:"), m_smtpPort);
    form->addRow(tr("S&ecurity:"), m_smtpSecurity);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("Sign-in &method:"), m_auth);
    form->addRow(tr("Pass&word:"), m_secret);
    return box;
}

QWidget *SenderDialog::createImapBox()
{
    auto *box = new QGroupBox(tr("Incoming mail (IMAP, for replies)"));
    auto *form = new QFormLayout(box);
    m_imapHost = lineEdit(u"imapHostEdit"_s, tr("empty: no inbox sync"));
    m_imapPort = spin(u"imapPortSpin"_s, 0, 65535);
    m_imapSecurity = securityCombo(u"imapSecurityCombo"_s);
    m_imapLogin = lineEdit(u"imapLoginEdit"_s, tr("empty: the SMTP login"));
    m_imapFolders = lineEdit(u"imapFoldersEdit"_s, u"INBOX"_s);
    m_sentFolder = lineEdit(u"sentFolderEdit"_s, u"Sent"_s);
    linkPort(m_imapSecurity, m_imapPort, true);
    form->addRow(tr("Se&rver:"), m_imapHost);
    form->addRow(tr("Po&rt:"), m_imapPort);
    form->addRow(tr("Securit&y:"), m_imapSecurity);
    form->addRow(tr("Lo&gin:"), m_imapLogin);
    form->addRow(tr("&Folders:"), m_imapFolders);
    form->addRow(tr("Sen&t folder:"), m_sentFolder);
    return box;
}

QWidget *SenderDialog::createTwilioBox()
{
    auto *box = new QGroupBox(tr("Twilio"));
    auto *form = new QFormLayout(box);
    m_accountSid = lineEdit(u"accountSidEdit"_s, u"AC…"_s);
    m_serviceSid = lineEdit(u"messagingServiceEdit"_s, tr("MG…, instead of a From number"));
    m_baseUrl = lineEdit(u"baseUrlEdit"_s, TwilioAccount::defaultBaseUrl());
    m_perSecond = new QDoubleSpinBox;
    m_perSecond->setObjectName(u"perSecondSpin"_s);
    m_perSecond->setRange(0.01, 100);
    m_perSecond->setDecimals(2);
    m_perSecond->setSuffix(tr(" messages a second"));
    m_token = lineEdit(u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Account SID:"), m_accountSid);
    form->addRow(tr("Messaging &Service SID:"), m_serviceSid);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Pace:"), m_perSecond);
    form->addRow(tr("Auth &token:"), m_token);
    return box;
}

QWidget *SenderDialog::createScheduleBox()
{
    auto *box = new QGroupBox(tr("Schedule"));
    auto *form = new QFormLayout(box);
    m_cap = spin(u"dailyCapSpin"_s, 1, 10000, tr(" a day"));
    m_rampStart = spin(u"rampStartSpin"_s, 0, 10000);
    m_rampStart->setSpecialValueText(tr("no ramp-up"));
    m_rampStep = spin(u"rampStepSpin"_s, 0, 10000, tr(" more a day"));
    m_gapMin = spin(u"gapMinSpin"_s, 0, 86400, tr(" s"));
    m_gapMax = spin(u"gapMaxSpin"_s, 0, 86400, tr(" s"));
    m_window = lineEdit(u"windowEdit"_s, SendWindow().toText());
    m_zone = lineEdit(u"timeZoneEdit"_s, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    auto *gap = new QHBoxLayout;
    gap->addWidget(m_gapMin);
    gap->addWidget(new QLabel(tr("to")));
    gap->addWidget(m_gapMax);
    auto *ramp = new QHBoxLayout;
    ramp->addWidget(m_rampStart);
    ramp->addWidget(m_rampStep);
    form->addRow(tr("Daily &cap:"), m_cap);
    // Rows holding two fields: a label with a buddy keeps the mnemonic working.
    auto *rampLabel = new QLabel(tr("Ra&mp-up:"));
    rampLabel->setBuddy(m_rampStart);
    auto *gapLabel = new QLabel(tr("&Gap between sends:"));
    gapLabel->setBuddy(m_gapMin);
    form->addRow(rampLabel, ramp);
    form->addRow(gapLabel, gap);
    if (m_phone) // a phone number is paced in messages a second (the Twilio box)
        form->setRowVisible(gapLabel, false);
    form->addRow(tr("Send &window:"), m_window);
    form->addRow(tr("Time &zone:"), m_zone);
    return box;
}

void SenderDialog::load(const Sender &s)
{
    m_name->setText(s.name);
    m_from->setText(s.fromAddress);
    m_smtpHost->setText(s.smtpHost);
    m_smtpSecurity->setCurrentIndex(m_smtpSecurity->findData(int(s.smtpSecurity)));
    m_smtpPort->setValue(s.smtpPort > 0 ? s.smtpPort : defaultPort(s.smtpSecurity, false));
    m_login->setText(s.login);
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(s.authMethod)));
    m_secret->setPlaceholderText(s.id > 0 ? tr("empty: keep the stored one")
                                          : tr("kept in the system keychain"));
    m_imapHost->setText(s.imapHost);
    m_imapSecurity->setCurrentIndex(m_imapSecurity->findData(int(s.imapSecurity)));
    m_imapPort->setValue(s.imapPort > 0 ? s.imapPort : defaultPort(s.imapSecurity, true));
    m_imapLogin->setText(s.imapLogin);
    m_imapFolders->setText(s.imapFolders);
    m_sentFolder->setText(s.sentFolder);
    m_cap->setValue(s.dailyCap);
    m_rampStart->setValue(s.rampStart);
    m_rampStep->setValue(s.rampStep);
    m_gapMin->setValue(int(s.gapMinMs / 1000));
    m_gapMax->setValue(int(s.gapMaxMs / 1000));
    m_window->setText(s.window.toText());
    m_zone->setText(QString::fromUtf8(s.timeZone));
    if (m_phone) {
        m_accountSid->setText(s.accountSid);
        m_serviceSid->setText(s.messagingServiceSid);
        m_baseUrl->setText(s.baseUrl);
        m_perSecond->setValue(s.gapMinMs > 0 ? 1000.0 / double(s.gapMinMs) : 1.0);
        m_token->setPlaceholderText(s.id > 0 ? tr("empty: keep the stored one")
                                             : tr("kept in the system keychain"));
    }
}

QLineEdit *SenderDialog::field(const QString &objectName) const
{
    return findChild<QLineEdit *>(objectName);
}

QString SenderDialog::secret() const
{
    if (m_phone)
        return m_token->text().trimmed();
    return m_mailbox ? m_secret->text() : QString();
}

QString SenderDialog::validate(Sender *out) const
{
    Sender s = m_sender;
    s.name = m_name->text().trimmed();
    s.fromAddress = m_from->text().trimmed();
    if (s.name.isEmpty())
        return tr("Name: give the name recipients see.");
    if (m_mailbox) {
        if (!s.fromAddress.contains(u'@'))
            return tr("From address: \"%1\" is not an email address.").arg(s.fromAddress);
        s.smtpHost = m_smtpHost->text().trimmed();
        if (s.smtpHost.isEmpty())
            return tr("SMTP server: give the host name of your provider's outgoing server.");
        s.smtpPort = m_smtpPort->value();
        s.smtpSecurity = Security(m_smtpSecurity->currentData().toInt());
        s.login = m_login->text().trimmed();
        s.authMethod = m_auth->currentData().toString();
        s.imapHost = m_imapHost->text().trimmed();
        s.imapPort = s.imapHost.isEmpty() ? 0 : m_imapPort->value();
        s.imapSecurity = Security(m_imapSecurity->currentData().toInt());
        s.imapLogin = m_imapLogin->text().trimmed();
        s.imapFolders =
            m_imapFolders->text().trimmed().isEmpty() ? u"INBOX"_s : m_imapFolders->text().trimmed();
        s.sentFolder = m_sentFolder->text().trimmed().isEmpty() ? u"Sent"_s : m_sentFolder->text().trimmed();
    } else if (m_phone) {
        s.accountSid = m_accountSid->text();
        s.messagingServiceSid = m_serviceSid->text();
        s.baseUrl = m_baseUrl->text().trimmed();
        if (const QString problem = phonesender::check(s); !problem.isEmpty())
            return problem;
    } else if (!s.fromAddress.isEmpty() && !s.fromAddress.startsWith(u"https://"_s)) {
        return tr("Profile: \"%1\" is not a profile address (https://…).").arg(s.fromAddress);
    }
    s.dailyCap = m_cap->value();
    s.rampStart = m_rampStart->value();
    s.rampStep = m_rampStep->value();
    if (m_gapMin->value() > m_gapMax->value())
        return tr("Gap between sends: the shortest (%1 s) is longer than the longest (%2 s).")
            .arg(m_gapMin->value())
            .arg(m_gapMax->value());
    s.gapMinMs = qint64(m_gapMin->value()) * 1000;
    s.gapMaxMs = qint64(m_gapMax->value()) * 1000;
    if (m_phone)
        phonesender::setPerSecond(s, m_perSecond->value());
    QString why;
    const auto window = SendWindow::parse(m_window->text().trimmed(), &why);
    if (!window)
        return tr("Send window: %1").arg(why);
    s.window = *window;
    const QByteArray zone = m_zone->text().trimmed().toUtf8();
    if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone))
        return tr("Time zone: \"%1\" is not a known zone (e.g. Europe/Berlin).").arg(QString::fromUtf8(zone));
    s.timeZone = zone;
    if (out)
        *out = s;
    return {};
}

void SenderDialog::accept()
{
    const QString problem = validate(&m_sender);
    m_error->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace outreach
