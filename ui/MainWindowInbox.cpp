// MainWindow's inbox sync: the poller, its status-bar line and banner, the
// "Sync inbox now" action, and the panes re-reading what a pass brought.
#include "MainWindow.h"

#include "AnalyticsPane.h"
#include "CampaignListModel.h"
#include "CampaignPane.h"
#include "InboxStatusView.h"
#include "InlineBanner.h"
#include "MessagesPane.h"
#include "RepliesPane.h"
#include "SendingPane.h"
#include "inbox/InboxPoller.h"

#include <QAction>
#include <QLabel>
#include <QShowEvent>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

void MainWindow::createInboxSync(QVBoxLayout *centreLayout)
{
    m_inbox = new inbox::InboxPoller(m_db, this);
    m_inbox->setSecretStore(m_secrets);
    m_inboxStatus = new InboxStatusView(m_inbox, this);
    centreLayout->addWidget(m_inboxStatus->banner());
    statusBar()->addPermanentWidget(m_inboxStatus->label(), 1);
    m_syncInboxAction = new QAction(tr("S&ync inbox now"), this);
    m_syncInboxAction->setObjectName(u"syncInboxAction"_s);
    m_syncInboxAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncInboxAction->setToolTip(
        tr("Read replies, bounces and opt-outs from every mailbox with IMAP settings"));
    connect(m_syncInboxAction, &QAction::triggered, this, [this] {
        if (!m_inbox->syncNow())
            statusBar()->showMessage(tr("Inbox sync is already running."), 4000);
    });
    connect(m_inbox, &inbox::InboxPoller::eventsArrived, this, &MainWindow::inboxEventsArrived);
    connect(m_inboxStatus, &InboxStatusView::settingsRequested, this, [this] {
        if (m_settingsAction->isEnabled())
            m_settingsAction->trigger();
    });
    // Deferred while the user edited a message: refreshed when seen again.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_messagesStale && m_tabs->currentWidget() == m_messages) {
            m_messagesStale = false;
            m_messages->refresh();
        }
    });
    // The SMS part of a pass (Twilio statuses and answers) has no mailbox
    // line; a problem with it is said in the status bar.
    connect(m_inbox, &inbox::InboxPoller::smsPassFinished, this, [this](const SmsSyncSummary &sms) {
        if (!sms.errors.isEmpty())
            statusBar()->showMessage(tr("SMS statuses: %1").arg(sms.errors.constFirst()), 15000);
    });
}

void MainWindow::inboxEventsArrived()
{
    m_campaigns->model()->refresh();
    m_analytics->refresh();
    m_replies->refresh();
    m_sending->refresh();
    // Re-reading the list under a message being edited would move the
    // cursor away: wait until the user looks at the list again.
    const QWidget *focus = focusWidget();
    if (m_tabs->currentWidget() == m_messages && focus && m_messages->isAncestorOf(focus))
        m_messagesStale = true;
    else
        m_messages->refresh();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The first pass once the window is on screen (the poller waits for
    // the next turn of the event loop), then every interval.
    if (!event->spontaneous() && !m_inbox->isActive())
        m_inbox->start();
}

} // namespace outreach
