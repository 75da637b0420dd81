#include "MainWindow.h"

#include "CampaignPane.h"
#include "Icons.h"
#include "ImportDialog.h"
#include "LeadTableModel.h"
#include "LeadsPane.h"
#include "MessagesPane.h"
#include "Prompt.h"
#include "VariantEditor.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace outreach {

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
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
    auto *analytics = new QLabel(tr("Analytics for the selected campaign appear here."), this);
    analytics->setAlignment(Qt::AlignCenter);
    m_tabs->addTab(analytics, tr("&Analytics"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_campaigns);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 940});
    setCentralWidget(m_splitter);

    m_dbLabel = new QLabel(tr("Database: %1").arg(db.url().displayName()), this);
    m_dbLabel->setObjectName(u"databaseLabel"_s);
    m_providerLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Generating %v of %m"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_providerLabel);
    statusBar()->addPermanentWidget(m_dbLabel);
    setProviderInfo(u"offline"_s, u"templates"_s);

    connect(m_campaigns, &CampaignPane::currentCampaignChanged, this, &MainWindow::reloadCampaign);
    connect(m_leads, &LeadsPane::importRequested, this, [this] { importLeads(); });
    connect(m_messages, &MessagesPane::generateRequested, this, &MainWindow::generateRequested);
    connect(m_messages->editor(), &VariantEditor::regenerateRequested, this,
            &MainWindow::regenerateRequested);
    connect(m_messages->editor(), &VariantEditor::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    createActions();
    restoreState();
    if (m_campaigns->model()->rowCount() > 0 && m_campaigns->currentCampaignId() == 0)
        m_campaigns->view()->setCurrentIndex(m_campaigns->model()->index(0));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *import = file->addAction(Icons::named(u"leads-import"_s), tr("&Import leads…"), this,
                                   [this] { importLeads(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

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

    auto *campaign = menuBar()->addMenu(tr("&Campaign"));
    campaign->addAction(m_campaigns->newAction());
    campaign->addAction(m_campaigns->editAction());
    campaign->addAction(m_campaigns->duplicateAction());
    campaign->addAction(m_campaigns->deleteAction());
    campaign->addSeparator();
    auto *generate = campaign->addAction(Icons::named(u"generate"_s), tr("&Generate messages"), this, [this] {
        if (const qint64 id = m_campaigns->currentCampaignId())
            emit generateRequested(id);
    });
    generate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));

    auto *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Campaigns"), this, [this] {
          m_campaigns->view()->setFocus(Qt::ShortcutFocusReason);
      })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (int i = 0; i < 3; ++i) {
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
        go->addAction(tr("Variant &%1 (%2)").arg(i + 1).arg(toString(toneOfIndex(i))), this, [this, i] {
              m_tabs->setCurrentWidget(m_messages);
              m_messages->editor()->focusVariant(i);
          })->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
}

void MainWindow::setAnalyticsWidget(QWidget *widget)
{
    const QString title = m_tabs->tabText(2);
    QWidget *old = m_tabs->widget(2);
    m_tabs->removeTab(2);
    m_tabs->insertTab(2, widget, title);
    delete old;
}

void MainWindow::setProviderInfo(const QString &provider, const QString &model)
{
    m_providerLabel->setText(tr("Provider: %1 / %2").arg(provider, model));
}

void MainWindow::setGenerationProgress(int done, int total)
{
    m_progress->setVisible(total > 0);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
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
    m_messages->editor()->commitPending();
    saveState();
    event->accept();
}

void MainWindow::restoreState()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray()))
        resize(1280, 800);
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
