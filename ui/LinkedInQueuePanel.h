// The assisted LinkedIn queue of a campaign (LinkedIn has no messaging
// API): shows the next lead with its message, copies the message to the
// clipboard, opens the profile in the browser, and "Mark as sent" records
// the send (event source "linkedin") through the send queue's exactly-once
// path. The next lead is claimed by the same scheduler as email, so the
// LinkedIn account's daily cap, gap and window hold.
#pragma once

#include "Campaign.h"
#include "Database.h"
#include "Sending.h"
#include "sending/Clock.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace outreach {

class SendScheduler;

class LinkedInQueuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit LinkedInQueuePanel(Database &db, QWidget *parent = nullptr);
    ~LinkedInQueuePanel() override;

    void setCampaign(const Campaign *campaign);
    // The claimed send shown now (0: none).
    qint64 currentSendId() const { return m_entry ? m_entry->id : 0; }
    QString messageText() const;
    QString profileUrl() const;
    QPushButton *nextButton() const { return m_next; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *markSentButton() const { return m_markSent; }
    QLabel *infoLabel() const { return m_info; }

public slots:
    void nextLead();
    void copyMessage();
    void openProfile();
    void markSent();

signals:
    void recorded(qint64 sendId);

private:
    void show(const QueueEntry &entry);
    void clearLead(const QString &info);

    Database &m_db;
    SystemClock m_clock;
    std::unique_ptr<SendScheduler> m_scheduler;
    qint64 m_campaignId = 0;
    std::optional<QueueEntry> m_entry;
    QString m_text;
    QLabel *m_lead;
    QPlainTextEdit *m_message;
    QLabel *m_info;
    QPushButton *m_next;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_markSent;
};

} // namespace outreach
