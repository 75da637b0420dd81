// The Replies tab: what inbox sync found for our sends — replies,
// auto-replies, opt-outs and bounces — for the current campaign or for all
// campaigns, newest first, filtered by kind, with the whole mail of the
// selected row below. "Not a reply" / "Is a reply" (buttons and context
// menu) correct the selected mail through ReplyCorrectionRepository; the
// pane then says what changed (and that a suppression stays) in a line of
// its own and emits correctionMade so the Analytics and Messages tabs reload.
#pragma once

#include "Database.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace outreach {

class ReplyListModel;

class RepliesPane : public QWidget
{
    Q_OBJECT
public:
    explicit RepliesPane(Database &db, QWidget *parent = nullptr);

    ReplyListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *scope() const { return m_scope; }
    QComboBox *kindFilter() const { return m_kind; }
    QPlainTextEdit *detail() const { return m_detail; }
    QAction *notReplyAction() const { return m_notReply; }
    QAction *isReplyAction() const { return m_isReply; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    void setCampaign(qint64 campaignId);
    void refresh();
    // Corrects the selected mail to `kind` ("reply", "auto_reply", ...).
    void correctSelected(const QString &kind);

signals:
    // A correction changed the events and counts of `campaignId`.
    void correctionMade(qint64 campaignId);

private:
    void showSelected();
    void updateActions();
    void selectReply(qint64 replyId);

    Database &m_db;
    ReplyListModel *m_model;
    QComboBox *m_scope;
    QComboBox *m_kind;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
    QAction *m_notReply;
    QAction *m_isReply;
    QLabel *m_message;
};

} // namespace outreach
