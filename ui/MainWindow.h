// The workspace: campaigns on the left, Leads / Messages / Analytics / Sending / Replies tabs for
// the selected campaign, and a status bar with the database, the provider
// and generation progress. Panes do the work; this class wires them.
#pragma once

#include "Database.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTimer;
class QUndoStack;
class QVBoxLayout;

namespace outreach {
namespace inbox {
class InboxPoller;
}

class AnalyticsPane;
class AppSettings;
class InboxStatusView;
class CampaignPane;
class GenerationPanel;
class GenerationRunner;
class LeadsPane;
class MessagesPane;
class RepliesPane;
class SecretStore;
class SendingPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // A window whose Settings action edits `settings` and stores keys in
    // `secrets` (nullptr: the dialog says no keychain is available); runs
    // read their keys from `secrets` too.
    MainWindow(Database &db, AppSettings &settings, SecretStore *secrets, QWidget *parent = nullptr);
    // A window without settings (tests, tools): Settings is disabled.
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return m_db; }
    CampaignPane *campaignPane() const { return m_campaigns; }
    LeadsPane *leadsPane() const { return m_leads; }
    MessagesPane *messagesPane() const { return m_messages; }
    QTabWidget *tabs() const { return m_tabs; }
    QUndoStack *undoStack() const { return m_undo; }
    AnalyticsPane *analyticsPane() const { return m_analytics; }
    SendingPane *sendingPane() const { return m_sending; }
    RepliesPane *repliesPane() const { return m_replies; }
    // Inbox sync while the window is open: starts when the window is first
    // shown; main gives it the secret store and the interval.
    inbox::InboxPoller *inboxPoller() const { return m_inbox; }
    InboxStatusView *inboxStatus() const { return m_inboxStatus; }
    QAction *syncInboxAction() const { return m_syncInboxAction; }

    GenerationRunner *generationRunner() const { return m_runner; }
    GenerationPanel *generationPanel() const { return m_panel; }
    // Opens the settings dialog; disabled in a window built without settings.
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    void setProviderInfo(const QString &provider, const QString &model);
    // The size of a first window (no saved geometry) on a screen whose
    // available area is `available`.
    static QSize initialSize(const QSize &available);

public slots:
    void importLeads(const QString &path = {});
    void reloadCampaign();
    // After the database behind the panes changed (or was switched): re-read all.
    void reloadAll();
    // The settings dialog over this window's settings and database.
    void openSettings();

signals:
    // Settings were accepted with another database: the URL to open (with
    // the password when one was typed); the Workspace switches.
    void databaseSwitchRequested(const QString &url);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void restoreState();
    void saveState() const;
    void createGenerationMenu(QMenu *campaign);
    void onRunFinished();
    void activateCampaign();
    void createInboxSync(QVBoxLayout *centreLayout);
    void inboxEventsArrived();

    MainWindow(Database &db, AppSettings *settings, SecretStore *secrets, QWidget *parent);

    Database &m_db;
    AppSettings *m_settings;
    SecretStore *m_secrets;
    QUndoStack *m_undo;
    CampaignPane *m_campaigns;
    LeadsPane *m_leads;
    MessagesPane *m_messages;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QLabel *m_dbLabel;
    QLabel *m_providerLabel;
    QProgressBar *m_progress;
    // The campaign list's counts follow a run: its row is read again at
    // most this often while messages are stored, not once per message.
    QTimer *m_campaignRowRefresh;
    qint64 m_runCampaignId = 0;
    GenerationRunner *m_runner;
    GenerationPanel *m_panel;
    AnalyticsPane *m_analytics;
    SendingPane *m_sending;
    RepliesPane *m_replies;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    inbox::InboxPoller *m_inbox = nullptr;
    InboxStatusView *m_inboxStatus = nullptr;
    QAction *m_syncInboxAction = nullptr;
    bool m_messagesStale = false;    // events came while the user edited a message
    bool m_closeWhenStopped = false; // the user chose to close while a run went on
};

} // namespace outreach
