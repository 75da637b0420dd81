// The Sending tab of a campaign: which senders it rotates over (with today's
// sent / cap and the next send time), Start / Pause / Resume sending, live
// progress while the app sends (SendRunner: the scheduler of `outreach
// send` on a worker thread), the queue with states and reasons, messages in
// doubt with "Mark as sent" / "Send again", and "Send a test to me". A
// LinkedIn campaign gets the assisted queue instead of the sender run.
#pragma once

#include "Campaign.h"
#include "Database.h"
#include "Sending.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace outreach {

class CampaignSendSettingsRow;
class CampaignSendersBox;
class LinkedInQueuePanel;
class SendQueueModel;
class SendRunner;
struct SendStep;

class SendingPane : public QWidget
{
    Q_OBJECT
public:
    SendingPane(Database &db, QWidget *parent = nullptr);

    SendRunner *runner() const { return m_runner; }
    qint64 campaignId() const { return m_campaignId; }
    QPushButton *runButton() const { return m_run; }
    QTableWidget *sendersTable() const;
    QTableView *queueView() const { return m_queueView; }
    QTableView *inDoubtView() const { return m_inDoubtView; }
    SendQueueModel *queueModel() const { return m_queue; }
    SendQueueModel *inDoubtModel() const { return m_inDoubt; }
    QPushButton *markSentButton() const { return m_markSent; }
    QPushButton *sendAgainButton() const { return m_sendAgain; }
    QLineEdit *testAddressEdit() const { return m_testAddress; }
    QPushButton *testButton() const { return m_test; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    LinkedInQueuePanel *linkedInPanel() const { return m_linkedIn; }
    CampaignSendSettingsRow *settingsRow() const { return m_settingsRow; }

    // Messages of the campaign the app is sending still waiting to go out
    // (0 when the app is not sending).
    int scheduledByThisApp() const;

public slots:
    void setCampaign(const outreach::Campaign *campaign);
    // Re-reads senders, counts, queue and in-doubt rows.
    void refresh();
    // Start (or resume) when idle, pause when the app is sending this campaign.
    void toggleSending();
    void resolveSelected(bool asSent);
    void sendTest();

signals:
    // Events were recorded (sent): analytics and the campaign list follow.
    void eventsRecorded();
    void statusMessage(const QString &text);

private:
    QWidget *createQueueBox();
    QWidget *createInDoubtBox();
    QWidget *createTestRow();
    void refreshCounts();
    void updateRunButton();
    void onStepped(qint64 campaignId, const SendStep &step);
    void setPaused(bool paused);

    Database &m_db;
    SendRunner *m_runner;
    qint64 m_campaignId = 0;
    Channel m_channel = Channel::Email;
    bool m_active = false;
    bool m_paused = false;

    QPushButton *m_run;
    QProgressBar *m_progress;
    QLabel *m_status;
    CampaignSendersBox *m_senders;
    CampaignSendSettingsRow *m_settingsRow;
    QComboBox *m_stateFilter;
    SendQueueModel *m_queue;
    QTableView *m_queueView;
    SendQueueModel *m_inDoubt;
    QTableView *m_inDoubtView;
    QWidget *m_inDoubtBox;
    QPushButton *m_markSent;
    QPushButton *m_sendAgain;
    QWidget *m_testRow;
    QLineEdit *m_testAddress;
    QPushButton *m_test;
    QLabel *m_testResult;
    LinkedInQueuePanel *m_linkedIn;
    QTimer *m_poll;
};

} // namespace outreach
