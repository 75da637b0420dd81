#include "MainWindow.h"
#include "DisplayNames.h"

#include "AboutDialog.h"
#include "AnalyticsPane.h"
#include "CampaignListModel.h"
#include "CampaignPane.h"
#include "CompactWidgets.h"
#include "GenerationPanel.h"
#include "GenerationRunner.h"
#include "Icons.h"
#include "ImportDialog.h"
#include "LeadTableModel.h"
#include "LeadsPane.h"
#include "MessagesPane.h"
#include "Prompt.h"
#include "RepliesPane.h"
#include "SendRunner.h"
#include "SendersPage.h"
#include "SendingPane.h"
#include "SettingsDialog.h"
#include "VariantEditor.h"
#include "abtest/Activation.h"
#include "abtest/ActivationReview.h"
#include "inbox/InboxPoller.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

MainWindow::MainWindow(Database &db, AppSettings &settings, SecretStore *secrets, QWidget *parent)
    : MainWindow(db, &settings, secrets, parent)
{}

MainWindow::MainWindow(Database &db, QWidget *parent)
    : MainWindow(db, nullptr, nullptr, parent)
{}

MainWindow::MainWindow(Database &db, AppSettings *settings, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Outreach Studio"));
    setWindowIcon(Icons::named(u"app"_s));
    setAcceptDrops(true);
    m_campaigns = new CampaignPane(db, this);
    m_leads = new LeadsPane(db, this);
    m_messages = new MessagesPane(db, m_undo, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"centreTabs"_s);
    m_tabs->addTab(m_leads, tr("&Leads"));
    m_tabs->addTab(m_messages, tr("&Messages"));
    m_analytics = new AnalyticsPane(db, this);
    m_tabs->addTab(m_analytics, tr("&Analytics"));
    m_sending = new SendingPane(db, this);
    m_tabs->addTab(m_sending, tr("&Sending"));
    m_replies = new RepliesPane(db, this);
    m_tabs->addTab(m_replies, tr("&Replies"));
    // `outreach sync` may have brought mail since: read again when shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_replies)
            m_replies->refresh();
    });
    // Sends and in-doubt decisions record events: analytics and counts follow.
    connect(m_sending, &SendingPane::eventsRecorded, this, [this] {
        m_analytics->refresh();
        m_campaigns->model()->refresh();
    });
    connect(m_sending, &SendingPane::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    // Imported events change the counts shown in the campaign list too.
    connect(m_analytics, &AnalyticsPane::eventsImported, this, [this] { m_campaigns->model()->refresh(); });
    connect(m_messages, &MessagesPane::eventRecorded, m_analytics, &AnalyticsPane::refresh);
    // A reply corrected by hand changes events and counts: the other tabs follow.
    connect(m_replies, &RepliesPane::correctionMade, this, [this] {
        m_analytics->refresh();
        m_messages->refresh();
        m_campaigns->model()->refresh();
    });
    m_runner = new GenerationRunner(db, this);
    m_runner->setSecretStore(m_secrets);
    m_sending->runner()->setSecretStore(m_secrets);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    m_panel = new GenerationPanel(m_runner, centre);
    createInboxSync(centreLayout); // its banner goes above the tabs
    centreLayout->addWidget(m_tabs, 1);
    centreLayout->addWidget(m_panel);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_campaigns);
    m_splitter->addWidget(centre);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 940});
    setCentralWidget(m_splitter);

    // Elided: a long database path must not widen the window.
    m_dbLabel = new ElidedLabel(tr("Database: %1").arg(db.url().displayName()), this);
    m_dbLabel->setToolTip(m_dbLabel->text());
    m_dbLabel->setObjectName(u"databaseLabel"_s);
    m_providerLabel = new ElidedLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Generating %v of %m"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_providerLabel);
    statusBar()->addPermanentWidget(m_dbLabel);

    connect(m_campaigns, &CampaignPane::currentCampaignChanged, this, &MainWindow::reloadCampaign);
    connect(m_leads, &LeadsPane::importRequested, this, [this] { importLeads(); });
    connect(m_leads, &LeadsPane::leadsChanged, this, [this] {
        m_campaigns->model()->refresh();
        reloadCampaign();
    });
    connect(m_leads, &LeadsPane::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    connect(m_messages, &MessagesPane::generateRequested, m_panel, [this] { m_panel->generate(); });
    connect(m_messages, &MessagesPane::currentMessageChanged, m_panel,
            &GenerationPanel::setSelectedMessageId);
    connect(m_messages->editor(), &VariantEditor::regenerateRequested, m_panel, &GenerationPanel::regenerate);
    // A failed message's Retry regenerates that message (it is the selected one).
    connect(m_messages, &MessagesPane::retryRequested, m_panel, [this](qint64 messageId) {
        m_panel->setSelectedMessageId(messageId);
        m_panel->generate(GenerationRunner::Scope::Message);
    });
    connect(m_messages, &MessagesPane::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    connect(m_runner, &GenerationRunner::messageStored, m_messages, &MessagesPane::addStoredMessage);
    connect(m_runner, &GenerationRunner::started, this,
            [this](qint64, const QString &provider, const QString &model, int total) {
                setProviderInfo(provider, model);
                m_progress->setRange(0, qMax(1, total));
                m_progress->setValue(0);
                m_progress->show();
                m_campaigns->model()->refresh(); // the campaign is now "generating"
            });
    connect(m_runner, &GenerationRunner::progressChanged, this, [this](const GenerationProgress &p) {
        m_progress->setRange(0, qMax(1, p.total));
        m_progress->setValue(std::max(m_progress->value(), p.done + p.failed));
    });
    m_campaignRowRefresh = new QTimer(this);
    m_campaignRowRefresh->setSingleShot(true);
    m_campaignRowRefresh->setInterval(500);
    connect(m_campaignRowRefresh, &QTimer::timeout, this,
            [this] { m_campaigns->model()->refreshCampaign(m_runCampaignId); });
    connect(m_runner, &GenerationRunner::messageStored, this, [this](const Message &message) {
        // The progress signal is throttled; the bar follows every stored message.
        m_progress->setValue(m_progress->value() + 1);
        m_runCampaignId = message.campaignId;
        if (!m_campaignRowRefresh->isActive())
            m_campaignRowRefresh->start();
    });
    connect(m_runner, &GenerationRunner::finished, this, &MainWindow::onRunFinished);
    connect(m_panel, &GenerationPanel::settingsRequested, this, [this] {
        if (m_settingsAction->isEnabled())
            m_settingsAction->trigger();
    });
    connect(m_messages->editor(), &VariantEditor::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    createActions();
    restoreState();
    if (m_campaigns->model()->rowCount() > 0 && m_campaigns->currentCampaignId() == 0)
        m_campaigns->view()->setCurrentIndex(m_campaigns->model()->index(0));
}

MainWindow::~MainWindow() = default;

QSize MainWindow::initialSize(const QSize &available)
{
    // 1280 x 800 where it fits; on a small screen or at a large scale factor
    // (QT_SCALE_FACTOR=1.5 makes a 1920 px screen 1280 px wide) the
    // available area, so the first window never reaches past the screen.
    return QSize(1280, 800).boundedTo(available);
}

void MainWindow::createActions()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *import = file->addAction(Icons::named(u"leads-import"_s), tr("&Import leads…"), this,
                                   [this] { importLeads(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(m_syncInboxAction);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setEnabled(m_settings != nullptr);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    file->insertAction(quit, m_settingsAction);
    file->insertSeparator(quit);

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    auto *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    // Text fields keep their own undo while they have focus: the stack's
    // shortcuts apply to saved edits, from anywhere else in the window.
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    auto *find = edit->addAction(tr("&Find lead"), this, [this] {
        m_tabs->setCurrentWidget(m_leads);
        m_leads->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_leads->searchEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    edit->addAction(m_messages->approveAction());
    edit->addAction(m_messages->withdrawApprovalAction());

    auto *campaign = menuBar()->addMenu(tr("&Campaign"));
    campaign->addAction(m_campaigns->newAction());
    campaign->addAction(m_campaigns->editAction());
    campaign->addAction(m_campaigns->duplicateAction());
    campaign->addAction(m_campaigns->deleteAction());
    campaign->addSeparator();
    campaign->addAction(m_campaigns->pauseAction());
    campaign->addAction(m_campaigns->resumeAction());
    campaign->addAction(m_campaigns->completeAction());
    campaign->addAction(m_campaigns->archiveAction());
    campaign->addSeparator();
    auto *generate = campaign->addAction(Icons::named(u"generate"_s), tr("&Generate messages"), m_panel,
                                         [this] { m_panel->generate(GenerationRunner::Scope::Campaign); });
    generate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    createGenerationMenu(campaign);
    campaign->addSeparator();
    auto *activate = campaign->addAction(tr("&Activate A/B test…"), this, &MainWindow::activateCampaign);
    activate->setObjectName(u"activateAction"_s);
    activate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    auto *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Campaigns"), this, [this] {
          m_campaigns->view()->setFocus(Qt::ShortcutFocusReason);
      })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (int i = 0; i < m_tabs->count(); ++i) {
        go->addAction(m_tabs->tabText(i).remove(u'&'), this, [this, i] {
              m_tabs->setCurrentIndex(i);
          })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    go->addSeparator();
    go->addAction(tr("&Next message"), this, [this] {
          m_tabs->setCurrentWidget(m_messages);
          m_messages->nextMessage();
      })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    go->addAction(tr("&Previous message"), this, [this] {
          m_tabs->setCurrentWidget(m_messages);
          m_messages->previousMessage();
      })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    for (int i = 0; i < kVariantCount; ++i) {
        go->addAction(tr("Variant &%1 (%2)").arg(i + 1).arg(displayName(toneOfIndex(i))), this, [this, i] {
              m_tabs->setCurrentWidget(m_messages);
              m_messages->editor()->focusVariant(i);
          })->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    auto *help = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = help->addAction(tr("&About Outreach Studio"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createGenerationMenu(QMenu *campaign)
{
    campaign
        ->addAction(tr("Retry the &failed messages"), m_panel,
                    [this] { m_panel->generate(GenerationRunner::Scope::FailedOnly); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    campaign->addAction(tr("&Regenerate the selected message"), m_panel,
                        [this] { m_panel->generate(GenerationRunner::Scope::Message); });
    campaign
        ->addAction(tr("&Pause or resume generation"), m_panel,
                    [this] {
                        if (m_panel->pauseButton()->isEnabled())
                            m_panel->pauseButton()->click();
                    })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
}

void MainWindow::activateCampaign()
{
    const CampaignSummary *summary = m_campaigns->currentSummary();
    if (!summary)
        return;
    const qint64 id = summary->campaign.id;
    QString text = tr("Each generated message of \"%1\" gets one of its three variants, chosen at random "
                      "and balanced across the variants. Pinned variants are kept. Assignments cannot be "
                      "changed once the test runs.")
                       .arg(summary->campaign.name);
    // Unreviewed or too long messages are the manager's call, but asked about first.
    const auto review = ActivationReviewer::review(m_db, id);
    if (review && review->hasWarnings())
        text = tr("Warning: %1").arg(review->warningText()) + u"\n\n"_s + text;
    if (!Prompt::confirm(this, tr("Activate the A/B test"), text,
                         review && review->hasWarnings() ? tr("Activate anyway") : tr("Activate")))
        return;
    const auto report = Activation::activate(m_db, id, Activation::randomSeed());
    if (!report) {
        Prompt::error(this, tr("The A/B test was not activated"), report.errorMessage());
        return;
    }
    m_campaigns->model()->refresh();
    reloadCampaign();
    m_tabs->setCurrentWidget(m_analytics);
    statusBar()->showMessage(tr("A/B test active: %1 / %2 / %3 messages per variant (seed %4).")
                                 .arg(report->assigned[0] + report->pinnedPerVariant[0])
                                 .arg(report->assigned[1] + report->pinnedPerVariant[1])
                                 .arg(report->assigned[2] + report->pinnedPerVariant[2])
                                 .arg(report->seed),
                             10000);
}

void MainWindow::openSettings()
{
    if (!m_settings)
        return;
    SettingsDialog dialog(*m_settings, m_secrets, this);
    SendersPage *senders = dialog.addSendersPage(m_db);
    connect(senders, &SendersPage::sendersChanged, m_sending, &SendingPane::refresh);
    connect(senders, &SendersPage::sendersChanged, m_inbox, &inbox::InboxPoller::reloadStatus);
    connect(&dialog, &SettingsDialog::keyChanged, m_panel, &GenerationPanel::clearProblem);
    QString requested;
    connect(&dialog, &SettingsDialog::databaseChangeRequested, &dialog,
            [&requested](const QString &url) { requested = url; });
    dialog.exec();
    if (!requested.isEmpty())
        emit databaseSwitchRequested(requested);
}

void MainWindow::onRunFinished()
{
    m_progress->hide();
    m_campaigns->model()->refresh(); // counts, cost and status changed
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        // Not from inside the engine's signal: close once it has returned.
        QTimer::singleShot(0, this, &QWidget::close);
    }
}

void MainWindow::reloadAll()
{
    m_undo->clear();
    m_campaigns->model()->refresh();
    m_leads->refresh();
    reloadCampaign();
}

void MainWindow::setProviderInfo(const QString &provider, const QString &model)
{
    m_providerLabel->setText(tr("Provider: %1 / %2").arg(provider, model));
}

void MainWindow::reloadCampaign()
{
    const CampaignSummary *summary = m_campaigns->currentSummary();
    const Campaign *campaign = summary ? &summary->campaign : nullptr;
    m_messages->editor()->commitPending();
    // Undo entries refer to messages of the campaign shown; do not carry them over.
    if (!campaign || campaign->id != m_messages->model()->campaignId())
        m_undo->clear();
    m_leads->setCampaign(campaign);
    m_messages->setCampaign(campaign);
    m_panel->setCampaignId(campaign ? campaign->id : 0);
    m_analytics->setCampaign(campaign ? campaign->id : 0);
    m_sending->setCampaign(campaign);
    m_replies->setCampaign(campaign ? campaign->id : 0);
    if (campaign && !m_runner->isBusy()) {
        const ProviderChoice choice = m_runner->choiceFor(campaign->id);
        setProviderInfo(choice.provider, choice.model.isEmpty() ? tr("default model") : choice.model);
    }
    setWindowTitle(campaign ? tr("%1 — Outreach Studio").arg(campaign->name) : tr("Outreach Studio"));
}

void MainWindow::importLeads(const QString &path)
{
    ImportDialog dialog(m_db, path, this);
    dialog.exec();
    if (dialog.imported()) {
        m_leads->refresh();
        m_campaigns->model()->refresh();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() &&
        urls.first().toLocalFile().endsWith(u".csv"_s, Qt::CaseInsensitive))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Not inside the drop handler: the drag source waits until it returns.
    QMetaObject::invokeMethod(
        this, [this, path] { importLeads(path); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runner->isBusy()) {
        // Stop cleanly: cancel, let the writer store what was answered, and
        // close when the run reports it has finished.
        event->ignore();
        if (m_closeWhenStopped)
            return;
        const int answer =
            Prompt::choose(this, tr("Generation is running"),
                           tr("Messages are still being generated. Stop the run and close? Messages already "
                              "written are kept; the rest can be generated later."),
                           {tr("Stop and close")});
        if (answer != 0)
            return;
        m_closeWhenStopped = true;
        m_runner->cancel();
        if (!m_runner->isBusy() && m_closeWhenStopped)
            onRunFinished(); // stopped at once (it was still looking for its key)
        return;
    }
    if (const int scheduled = m_sending->scheduledByThisApp(); scheduled > 0) {
        // Nothing of ours sends while the app is closed: say so before it stops.
        const int answer = Prompt::choose(
            this, tr("Sending is scheduled"),
            tr("%n message(s) are still scheduled. Sending continues only while Outreach Studio (or "
               "outreach send) runs: after closing, they wait until you start sending again.",
               nullptr, scheduled),
            {tr("Close anyway"), tr("Keep sending")}, 1);
        if (answer != 0) {
            event->ignore();
            return;
        }
        m_sending->runner()->stop();
    }
    m_messages->editor()->commitPending();
    saveState();
    m_inbox->stop(); // the mailboxes not yet begun are skipped; the window waits for the current one
    event->accept();
}

void MainWindow::restoreState()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray()))
        resize(initialSize(screen()->availableGeometry().size()));
    QMainWindow::restoreState(settings.value(u"state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"mainSplitter"_s).toByteArray());
    m_leads->splitter()->restoreState(settings.value(u"leadsSplitter"_s).toByteArray());
    m_messages->splitter()->restoreState(settings.value(u"messagesSplitter"_s).toByteArray());
    m_leads->view()->horizontalHeader()->restoreState(settings.value(u"leadColumns"_s).toByteArray());
    m_messages->view()->horizontalHeader()->restoreState(settings.value(u"messageColumns"_s).toByteArray());
    m_tabs->setCurrentIndex(settings.value(u"tab"_s, 0).toInt());
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, QMainWindow::saveState());
    settings.setValue(u"mainSplitter"_s, m_splitter->saveState());
    settings.setValue(u"leadsSplitter"_s, m_leads->splitter()->saveState());
    settings.setValue(u"messagesSplitter"_s, m_messages->splitter()->saveState());
    settings.setValue(u"leadColumns"_s, m_leads->view()->horizontalHeader()->saveState());
    settings.setValue(u"messageColumns"_s, m_messages->view()->horizontalHeader()->saveState());
    settings.setValue(u"tab"_s, m_tabs->currentIndex());
}

} // namespace outreach
