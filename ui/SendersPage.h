// Settings › Senders: the user's mailboxes, phone numbers and LinkedIn
// accounts; add, edit and remove each (the secret goes to the system
// keychain through SenderSecrets, never to the database or QSettings), and
// "Test connection" for a mailbox (SMTP on a worker thread) or a phone
// number (Twilio, asynchronously), with the same plain answer as
// `outreach senders test`.
#pragma once

#include "Database.h"
#include "Sending.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace outreach {

class SecretStore;
struct SmtpOutcome;

class SendersPage : public QWidget
{
    Q_OBJECT
public:
    // store may be null: secrets then come from the environment only.
    SendersPage(Database &db, SecretStore *store, QWidget *parent = nullptr);
    ~SendersPage() override;

    QTableWidget *table() const { return m_table; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *removeButton() const { return m_remove; }
    qint64 currentSenderId() const;
    void selectSender(qint64 id);

    // Adds (id 0) or updates the sender, then stores a non-empty secret in
    // the keychain; secretStored() follows when one was given. Returns the id.
    qint64 saveSender(Sender sender, const QString &secret);

public slots:
    void refresh();
    void addMailbox();
    void addPhone();
    void addLinkedIn();
    void editSelected();
    void removeSelected();
    void testSelected();

signals:
    void connectionTested(bool ok, const QString &message);
    void secretStored(bool ok, const QString &message);
    void sendersChanged();

private:
    void edit(const Sender &sender);
    void testPhone(const Sender &sender);
    void showResult(const QString &text, bool problem);
    void updateButtons();

    Database &m_db;
    SecretStore *m_store;
    QList<Sender> m_senders;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_result;
    QFutureWatcher<SmtpOutcome> *m_watcher;
    bool m_twilioTesting = false;
};

} // namespace outreach
