#include "CampaignSendSettingsRow.h"

#include "SenderRepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

CampaignSendSettingsRow::CampaignSendSettingsRow(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_window = new QLineEdit;
    m_window->setObjectName(u"campaignWindowEdit"_s);
    m_window->setPlaceholderText(SendWindow().toText()); // the default window
    m_zone = new QLineEdit;
    m_zone->setObjectName(u"campaignZoneEdit"_s);
    m_zone->setPlaceholderText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_approval = new QCheckBox(tr("Only appro&ved messages"));
    m_approval->setObjectName(u"approvalCheck"_s);
    m_apply = new QPushButton(tr("Appl&y"));
    m_apply->setObjectName(u"applySendSettingsButton"_s);
    auto *windowLabel = new QLabel(tr("Leads' &window:"));
    windowLabel->setBuddy(m_window);
    windowLabel->setToolTip(tr("When messages may arrive, in each lead's local time"));
    auto *zoneLabel = new QLabel(tr("&Zone without one:"));
    zoneLabel->setBuddy(m_zone);
    row->addWidget(windowLabel);
    row->addWidget(m_window, 2);
    row->addWidget(zoneLabel);
    row->addWidget(m_zone, 1);
    row->addWidget(m_approval);
    row->addWidget(m_apply);
    outer->addLayout(row);
    m_error = new QLabel;
    m_error->setObjectName(u"sendSettingsError"_s);
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    outer->addWidget(m_error);
    connect(m_apply, &QPushButton::clicked, this, &CampaignSendSettingsRow::apply);
    connect(m_window, &QLineEdit::returnPressed, this, &CampaignSendSettingsRow::apply);
    connect(m_zone, &QLineEdit::returnPressed, this, &CampaignSendSettingsRow::apply);
}

void CampaignSendSettingsRow::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    m_error->hide();
    setEnabled(campaignId > 0);
    const auto settings = campaignId > 0 ? SenderRepository(m_db).settings(campaignId)
                                         : DbResult<CampaignSendSettings>(CampaignSendSettings{});
    const CampaignSendSettings s = settings ? settings.value() : CampaignSendSettings{};
    m_window->setText(s.window.toText());
    m_zone->setText(QString::fromUtf8(s.timeZone));
    m_approval->setChecked(s.approvalRequired);
}

bool CampaignSendSettingsRow::apply()
{
    if (m_campaignId <= 0)
        return false;
    auto fail = [this](const QString &why) {
        m_error->setText(why);
        m_error->show();
        return false;
    };
    QString why;
    const auto window = SendWindow::parse(m_window->text().trimmed(), &why);
    if (!window)
        return fail(tr("Leads' window: %1").arg(why));
    const QByteArray zone = m_zone->text().trimmed().toUtf8();
    if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone))
        return fail(
            tr("Zone: \"%1\" is not a known zone (e.g. Europe/Berlin).").arg(QString::fromUtf8(zone)));
    SenderRepository repo(m_db);
    const auto stored = repo.settings(m_campaignId);
    if (!stored)
        return fail(stored.errorMessage());
    CampaignSendSettings s = stored.value();
    s.campaignId = m_campaignId;
    s.window = *window;
    s.timeZone = zone;
    s.approvalRequired = m_approval->isChecked();
    if (auto status = repo.saveSettings(s); !status)
        return fail(status.errorMessage());
    m_error->hide();
    emit saved();
    return true;
}

} // namespace outreach
