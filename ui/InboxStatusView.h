// What the window shows of inbox sync: one status-bar line with each
// mailbox's last sync ("Inbox: sales@acme.test 14:05 · ops@acme.test
// sign-in failed"), a tooltip with each mailbox's last success and last
// error, and a banner when a mailbox needs the user (wrong password, no
// secret, certificate refused, failing again and again) with "Open
// settings" and "Retry". It only reads the poller's state and signals; the
// poller does the work. No secret is ever part of these texts: the errors
// come from the sync, which names host and user only.
#pragma once

#include "inbox/InboxPoller.h"

#include <QObject>

class QLabel;
class QPushButton;

namespace outreach {

class InlineBanner;

class InboxStatusView : public QObject
{
    Q_OBJECT
public:
    // The label and the banner are created with `parent` as their parent;
    // the caller puts them into its status bar and layout.
    InboxStatusView(inbox::InboxPoller *poller, QWidget *parent);

    QLabel *label() const { return m_label; }
    InlineBanner *banner() const { return m_banner; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *settingsButton() const { return m_settings; }

    static QString lineFor(const QList<inbox::InboxPoller::Mailbox> &mailboxes, bool running);
    static QString toolTipFor(const QList<inbox::InboxPoller::Mailbox> &mailboxes);
    static QString problemFor(const QList<inbox::InboxPoller::Mailbox> &mailboxes);

signals:
    void settingsRequested();

private:
    void update();

    inbox::InboxPoller *m_poller;
    QLabel *m_label;
    InlineBanner *m_banner;
    QPushButton *m_settings;
    QPushButton *m_retry;
    QString m_dismissed; // the problem text the user hid; shown again when it changes
};

} // namespace outreach
