#include "LinkedInQueuePanel.h"

#include "CampaignRepository.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "SendQueueRepository.h"
#include "SenderRepository.h"
#include "sending/SendPolicy.h"
#include "sending/SendScheduler.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

LinkedInQueuePanel::LinkedInQueuePanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_scheduler(std::make_unique<SendScheduler>(db, m_clock, QRandomGenerator::system()->generate64()))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("LinkedIn assisted queue"));
    outer->addWidget(box);
    auto *layout = new QVBoxLayout(box);
    m_lead = new QLabel;
    m_lead->setObjectName(u"linkedInLead"_s);
    m_lead->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QPlainTextEdit;
    m_message->setObjectName(u"linkedInMessage"_s);
    m_message->setReadOnly(true);
    m_message->setMaximumHeight(110);
    m_info = new QLabel;
    m_info->setObjectName(u"linkedInInfo"_s);
    m_info->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_next = new QPushButton(tr("&Next lead"));
    m_next->setObjectName(u"linkedInNextButton"_s);
    m_copy = new QPushButton(tr("C&opy message"));
    m_copy->setObjectName(u"linkedInCopyButton"_s);
    m_open = new QPushButton(tr("O&pen profile"));
    m_open->setObjectName(u"linkedInOpenButton"_s);
    m_markSent = new QPushButton(tr("Mar&k as sent"));
    m_markSent->setObjectName(u"linkedInMarkSentButton"_s);
    for (QPushButton *b : {m_next, m_copy, m_open, m_markSent})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addWidget(m_lead);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_info);
    connect(m_next, &QPushButton::clicked, this, &LinkedInQueuePanel::nextLead);
    connect(m_copy, &QPushButton::clicked, this, &LinkedInQueuePanel::copyMessage);
    connect(m_open, &QPushButton::clicked, this, &LinkedInQueuePanel::openProfile);
    connect(m_markSent, &QPushButton::clicked, this, &LinkedInQueuePanel::markSent);
    clearLead(QString());
}

LinkedInQueuePanel::~LinkedInQueuePanel() = default;

QString LinkedInQueuePanel::messageText() const
{
    return m_text;
}

QString LinkedInQueuePanel::profileUrl() const
{
    return m_entry ? m_entry->recipient : QString();
}

void LinkedInQueuePanel::setCampaign(const Campaign *campaign)
{
    const qint64 id = campaign ? campaign->id : 0;
    if (id == m_campaignId)
        return;
    m_campaignId = id;
    clearLead(QString());
    if (id <= 0)
        return;
    // A lead this app claimed earlier (before switching campaigns) comes back.
    const auto claimed = SendQueueRepository(m_db).list(id, SendState::Claimed);
    if (claimed) {
        for (const QueueEntry &e : claimed.value()) {
            if (e.claimedBy == m_scheduler->owner()) {
                show(e);
                return;
            }
        }
    }
    m_info->setText(tr("Next lead claims the next message; send it on LinkedIn, then mark it as sent."));
}

void LinkedInQueuePanel::clearLead(const QString &info)
{
    m_entry.reset();
    m_text.clear();
    m_lead->setText(tr("No lead claimed."));
    m_message->clear();
    m_info->setText(info);
    m_next->setEnabled(m_campaignId > 0);
    m_copy->setEnabled(false);
    m_open->setEnabled(false);
    m_markSent->setEnabled(false);
}

void LinkedInQueuePanel::nextLead()
{
    if (m_campaignId <= 0 || m_entry)
        return;
    // As every sender start does: claims of a process that is gone become in doubt.
    if (auto recovered = m_scheduler->recoverAbandonedClaims(); !recovered) {
        clearLead(recovered.errorMessage());
        return;
    }
    auto refreshed = m_scheduler->refresh(m_campaignId);
    if (!refreshed) {
        clearLead(refreshed.errorMessage());
        return;
    }
    auto decision = m_scheduler->next(m_campaignId);
    if (!decision) {
        clearLead(decision.errorMessage());
        return;
    }
    if (!decision->entry) {
        clearLead(decision->wakeAt.isValid()
                      ? tr("No lead now (%1); the next one at %2.")
                            .arg(decision->waitReason,
                                 QLocale().toString(decision->wakeAt.toLocalTime(), QLocale::ShortFormat))
                      : tr("No lead left: %1.").arg(decision->waitReason));
        return;
    }
    show(*decision->entry);
}

void LinkedInQueuePanel::show(const QueueEntry &entry)
{
    auto message = MessageRepository(m_db).get(entry.messageId);
    auto lead = message ? LeadRepository(m_db).get(message->leadId) : DbResult<Lead>(message.error());
    auto campaign = CampaignRepository(m_db).get(entry.campaignId);
    auto settings = SenderRepository(m_db).settings(entry.campaignId);
    if (!lead || !campaign || !settings) {
        clearLead(!lead       ? lead.errorMessage()
                  : !campaign ? campaign.errorMessage()
                              : settings.errorMessage());
        return;
    }
    const ComposedText text =
        sendpolicy::compose(campaign.value(), settings.value(), message.value(), lead.value());
    m_entry = entry;
    m_text = text.body;
    m_lead->setText(
        lead->company.isEmpty()
            ? tr("<b>%1</b>").arg(lead->fullName().toHtmlEscaped())
            : tr("<b>%1</b>, %2").arg(lead->fullName().toHtmlEscaped(), lead->company.toHtmlEscaped()));
    m_message->setPlainText(m_text);
    m_info->setText(tr("Profile: %1").arg(entry.recipient));
    m_next->setEnabled(false);
    m_copy->setEnabled(true);
    m_open->setEnabled(true);
    m_markSent->setEnabled(true);
}

void LinkedInQueuePanel::copyMessage()
{
    if (!m_entry)
        return;
    QGuiApplication::clipboard()->setText(m_text);
    m_info->setText(tr("Message copied. Paste it into the LinkedIn message to %1.").arg(m_entry->recipient));
}

void LinkedInQueuePanel::openProfile()
{
    if (m_entry)
        QDesktopServices::openUrl(QUrl(m_entry->recipient));
}

void LinkedInQueuePanel::markSent()
{
    if (!m_entry)
        return;
    const qint64 id = m_entry->id;
    const DbStatus status = SendQueueRepository(m_db).markSent(
        id, m_clock.now(), tr("sent by hand on LinkedIn"), QString(), u"linkedin"_s);
    if (!status) {
        m_info->setText(tr("Not recorded: %1").arg(status.errorMessage()));
        return;
    }
    clearLead(tr("Recorded as sent."));
    emit recorded(id);
}

} // namespace outreach
