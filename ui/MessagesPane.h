// The Messages tab: the campaign's messages with status, flags, cost,
// latency and assigned variant, filtered by status, and the variant editor
// for the selected message below them.
#pragma once

#include "Campaign.h"
#include "Database.h"
#include "Message.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QSplitter;
class QTableView;
class QUndoStack;

namespace outreach {

class MessageListModel;
class VariantEditor;

class MessagesPane : public QWidget
{
    Q_OBJECT
public:
    MessagesPane(Database &db, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setCampaign(const Campaign *campaign);
    MessageListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    VariantEditor *editor() const { return m_editor; }
    QSplitter *splitter() const { return m_splitter; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *flagFilter() const { return m_flagFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *historyLabel() const { return m_history; }
    QLabel *failureLabel() const { return m_failure; }
    QPushButton *retryButton() const { return m_retry; }
    QStackedWidget *detailStack() const { return m_detailStack; }
    // The selected rows' messages (the current one when none is selected).
    QList<qint64> selectedMessageIds() const;
    // Approve the selected messages (one: and move to the next, Ctrl+Return),
    // and take approvals back.
    QAction *approveAction() const { return m_approve; }
    QAction *withdrawApprovalAction() const { return m_withdraw; }

public slots:
    void refresh();
    // A message the generation just stored; rows are added or updated on the
    // next event-loop turn, all that arrived in this one together.
    void addStoredMessage(const outreach::Message &message);
    void nextMessage();
    void previousMessage();
    // Appends one event (sent, opened, replied, ...) for the selected
    // message to the event log, as `outreach messages set-status` does.
    void recordEvent(outreach::EventType type);
    void approveAndNext();
    void withdrawApproval();

signals:
    void generateRequested(qint64 campaignId);
    void currentMessageChanged(qint64 messageId); // 0: none
    void eventRecorded(qint64 messageId);
    void retryRequested(qint64 messageId); // a failed message's Retry
    void statusMessage(const QString &text);

private:
    void moveBy(int delta);
    void insertStored();
    bool setApproved(const QList<qint64> &ids, bool approved);
    // History line, and the variants or the failure reason with Retry.
    void showDetail();

    Database &m_db;
    MessageListModel *m_model;
    QComboBox *m_status;
    QComboBox *m_flagFilter;
    QLineEdit *m_search;
    QTimer m_searchDelay;
    QLabel *m_history;
    QStackedWidget *m_detailStack;
    QLabel *m_failure;
    QPushButton *m_retry;
    QTableView *m_view;
    VariantEditor *m_editor;
    QSplitter *m_splitter;
    qint64 m_campaignId = 0;
    QList<Message> m_stored; // waiting for insertStored()
    QTimer m_storeTimer;
    QAction *m_approve = nullptr;
    QAction *m_withdraw = nullptr;
};

} // namespace outreach
