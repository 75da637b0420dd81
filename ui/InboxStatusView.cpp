#include "InboxStatusView.h"

#include "CompactWidgets.h"
#include "InlineBanner.h"

#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

using Mailbox = inbox::InboxPoller::Mailbox;

QString timeText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

// A few words for the status bar; the whole error is in the tooltip.
QString shortProblem(const MailboxSyncStatus &s)
{
    if (s.errorKind == u"authentication")
        return InboxStatusView::tr("sign-in failed");
    if (s.errorKind == u"secret")
        return InboxStatusView::tr("no password");
    if (s.errorKind == u"tls")
        return InboxStatusView::tr("certificate refused");
    if (s.errorKind == u"connection")
        return InboxStatusView::tr("unreachable");
    return InboxStatusView::tr("sync failed");
}

} // namespace

InboxStatusView::InboxStatusView(inbox::InboxPoller *poller, QWidget *parent)
    : QObject(parent)
    , m_poller(poller)
{
    // Elided: many mailboxes must not widen the window; the tooltip has all.
    m_label = new ElidedLabel(parent);
    m_label->setObjectName(u"inboxStatusLabel"_s);
    m_banner = new InlineBanner(parent);
    m_banner->setObjectName(u"inboxBanner"_s);
    m_banner->setKind(InlineBanner::Kind::Error);
    m_banner->setDismissible(true);
    m_settings = m_banner->addButton(tr("Open &settings…"), u"inboxSettingsButton"_s);
    m_retry = m_banner->addButton(tr("Re&try"), u"inboxRetryButton"_s);
    m_banner->hide();
    connect(m_settings, &QPushButton::clicked, this, &InboxStatusView::settingsRequested);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_poller->syncNow())
            update();
    });
    connect(m_banner, &InlineBanner::dismissed, this,
            [this] { m_dismissed = problemFor(m_poller->mailboxes()); });
    connect(m_poller, &inbox::InboxPoller::statusChanged, this, &InboxStatusView::update);
    connect(m_poller, &inbox::InboxPoller::passStarted, this, &InboxStatusView::update);
    connect(m_poller, &inbox::InboxPoller::passFinished, this, &InboxStatusView::update);
    update();
}

QString InboxStatusView::lineFor(const QList<Mailbox> &mailboxes, bool running)
{
    if (mailboxes.isEmpty())
        return QString();
    QStringList parts;
    for (const Mailbox &m : mailboxes) {
        if (!m.status.lastError.isEmpty())
            parts.append(u"%1 %2"_s.arg(m.address, shortProblem(m.status)));
        else if (m.status.lastSuccessAt.isValid())
            parts.append(u"%1 %2"_s.arg(m.address, timeText(m.status.lastSuccessAt)));
        else
            parts.append(tr("%1 not synced yet").arg(m.address));
    }
    const QString line = tr("Inbox: %1").arg(parts.join(u" · "_s));
    return running ? tr("%1 (syncing…)").arg(line) : line;
}

QString InboxStatusView::toolTipFor(const QList<Mailbox> &mailboxes)
{
    QStringList lines;
    for (const Mailbox &m : mailboxes) {
        const QString success =
            m.status.lastSuccessAt.isValid()
                ? QLocale().toString(m.status.lastSuccessAt.toLocalTime(), QLocale::ShortFormat)
                : tr("never");
        QString line = tr("%1 — last success: %2").arg(m.address, success);
        if (!m.status.lastError.isEmpty())
            line += u'\n' +
                    tr("    last error (%1): %2")
                        .arg(QLocale().toString(m.status.lastAttemptAt.toLocalTime(), QLocale::ShortFormat),
                             m.status.lastError);
        lines.append(line);
    }
    return lines.join(u'\n');
}

QString InboxStatusView::problemFor(const QList<Mailbox> &mailboxes)
{
    QStringList problems;
    for (const Mailbox &m : mailboxes) {
        if (!m.needsAttention())
            continue;
        if (m.status.errorKind == u"authentication")
            problems.append(tr("Inbox sync cannot sign in to %1: %2").arg(m.address, m.status.lastError));
        else if (m.status.errorKind == u"secret")
            problems.append(tr("Inbox sync has no password for %1: %2").arg(m.address, m.status.lastError));
        else
            problems.append(tr("Inbox sync cannot read %1: %2").arg(m.address, m.status.lastError));
    }
    if (problems.isEmpty())
        return QString();
    return problems.join(u'\n') + u'\n' +
           tr("Until it is fixed, replies there are not counted. Fix it in Settings › Senders, then Retry.");
}

void InboxStatusView::update()
{
    const QList<Mailbox> &mailboxes = m_poller->mailboxes();
    m_label->setText(lineFor(mailboxes, m_poller->isRunning()));
    m_label->setToolTip(toolTipFor(mailboxes));
    m_label->setVisible(!mailboxes.isEmpty());
    const QString problem = problemFor(mailboxes);
    m_retry->setEnabled(!m_poller->isRunning());
    if (problem.isEmpty()) {
        m_dismissed.clear();
        m_banner->hide();
        m_banner->setText(QString());
    } else if (problem != m_dismissed) {
        m_banner->showMessage(problem, InlineBanner::Kind::Error);
    }
}

} // namespace outreach
