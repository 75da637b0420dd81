// The senders box of the Sending tab: every sender of the campaign's kind,
// the campaign's own ticked (in rotation order, first) with today's sent /
// cap, the next send time and the state (paused with its reason). Ticking
// or unticking changes the senders the campaign rotates over.
#pragma once

#include "Campaign.h"
#include "Database.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace outreach {

class CampaignSendersBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit CampaignSendersBox(Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_senders; }
    void setCampaign(qint64 campaignId, Channel channel);

public slots:
    void refresh();

signals:
    // The campaign's senders were changed by ticking.
    void changed();

private:
    void save();

    Database &m_db;
    qint64 m_campaignId = 0;
    Channel m_channel = Channel::Email;
    bool m_fillingSenders = false;
    QTableWidget *m_senders;
    QLabel *m_sendersHint;
};

} // namespace outreach
