// The Messages tab: the campaign's messages with status, flags, cost,
// latency and assigned variant, filtered by status, and the variant editor
// for the selected message below them.
#pragma once

#include "Campaign.h"
#include "Database.h"

#include <QWidget>

class QComboBox;
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

public slots:
    void refresh();
    void nextMessage();
    void previousMessage();

signals:
    void generateRequested(qint64 campaignId);

private:
    void moveBy(int delta);

    MessageListModel *m_model;
    QComboBox *m_status;
    QTableView *m_view;
    VariantEditor *m_editor;
    QSplitter *m_splitter;
    qint64 m_campaignId = 0;
};

} // namespace outreach
