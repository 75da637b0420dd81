// The Replies tab of a campaign: what inbox sync found for its sends —
// replies, auto-replies, opt-outs and bounces — newest first, filtered by
// kind, with the whole mail of the selected row below. Read-only: the
// "not a reply" correction is not built yet (docs/INBOX.md).
#pragma once

#include "Database.h"

#include <QWidget>

class QComboBox;
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
    QComboBox *kindFilter() const { return m_kind; }
    QPlainTextEdit *detail() const { return m_detail; }

public slots:
    void setCampaign(qint64 campaignId);
    void refresh();

private:
    void showSelected();

    ReplyListModel *m_model;
    QComboBox *m_kind;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
};

} // namespace outreach
