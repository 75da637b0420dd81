// The workspace: campaigns on the left, Leads / Messages / Analytics tabs for
// the selected campaign, and a status bar with the database, the provider
// and generation progress. Panes do the work; this class wires them.
#pragma once

#include "Database.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QUndoStack;

namespace outreach {

class CampaignPane;
class LeadsPane;
class MessagesPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    CampaignPane *campaignPane() const { return m_campaigns; }
    LeadsPane *leadsPane() const { return m_leads; }
    MessagesPane *messagesPane() const { return m_messages; }
    QTabWidget *tabs() const { return m_tabs; }
    QUndoStack *undoStack() const { return m_undo; }
    // The Analytics tab's page; the analytics issue replaces it.
    void setAnalyticsWidget(QWidget *widget);

    void setProviderInfo(const QString &provider, const QString &model);
    // done of total; total 0 hides the progress bar.
    void setGenerationProgress(int done, int total);

public slots:
    void importLeads(const QString &path = {});
    void reloadCampaign();

signals:
    // Connected to the generation engine (app/generation/GenerationEngine) by main.
    void generateRequested(qint64 campaignId);
    void regenerateRequested(qint64 messageId, int variantIndex);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void restoreState();
    void saveState() const;

    Database &m_db;
    QUndoStack *m_undo;
    CampaignPane *m_campaigns;
    LeadsPane *m_leads;
    MessagesPane *m_messages;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QLabel *m_dbLabel;
    QLabel *m_providerLabel;
    QProgressBar *m_progress;
};

} // namespace outreach
