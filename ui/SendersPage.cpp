#include "SendersPage.h"

#include "DisplayNames.h"
#include "Prompt.h"
#include "SenderDialog.h"
#include "SenderRepository.h"
#include "secrets/SenderSecrets.h"
#include "sending/PhoneSender.h"
#include "sending/SmtpClient.h"
#include "sending/TwilioClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
enum Column { NameColumn, KindColumn, AddressColumn, ServerColumn, CapColumn, StateColumn, ColumnCount };

QString kindName(SenderKind kind)
{
    switch (kind) {
    case SenderKind::Mailbox:
        return QCoreApplication::translate("SendersPage", "Mailbox");
    case SenderKind::Phone:
        return QCoreApplication::translate("SendersPage", "Phone number");
    case SenderKind::LinkedIn:
        return QCoreApplication::translate("SendersPage", "LinkedIn");
    }
    return toString(kind);
}

QString serverOf(const Sender &s)
{
    switch (s.kind) {
    case SenderKind::Mailbox:
        return s.imapHost.isEmpty()
                   ? u"%1:%2"_s.arg(s.smtpHost).arg(s.smtpPort)
                   : u"%1:%2 · %3:%4"_s.arg(s.smtpHost).arg(s.smtpPort).arg(s.imapHost).arg(s.imapPort);
    case SenderKind::Phone:
        return s.accountSid;
    case SenderKind::LinkedIn:
        return QString();
    }
    return QString();
}
} // namespace

SendersPage::SendersPage(Database &db, SecretStore *store, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_store(store)
    , m_watcher(new QFutureWatcher<SmtpOutcome>(this))
{
    setObjectName(u"SendersPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Campaigns send through your own mailboxes, phone numbers and LinkedIn accounts. "
                      "Passwords and tokens are kept in the system keychain."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(u"sendersList"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Address"), tr("Servers"), tr("Daily cap"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 120);
    m_table->setColumnWidth(KindColumn, 90);
    m_table->setColumnWidth(AddressColumn, 170);
    m_table->setColumnWidth(ServerColumn, 190);
    m_table->setColumnWidth(CapColumn, 80);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto *addMailbox = new QPushButton(tr("Add &mailbox…"));
    addMailbox->setObjectName(u"addMailboxButton"_s);
    auto *addPhone = new QPushButton(tr("Add &phone number…"));
    addPhone->setObjectName(u"addPhoneButton"_s);
    auto *addLinkedIn = new QPushButton(tr("Add Lin&kedIn account…"));
    addLinkedIn->setObjectName(u"addLinkedInButton"_s);
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setObjectName(u"editSenderButton"_s);
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(u"removeSenderButton"_s);
    m_test = new QPushButton(tr("&Test connection"));
    m_test->setObjectName(u"testSenderButton"_s);
    m_test->setToolTip(tr("Connect, start TLS and log in; nothing is sent"));
    for (QPushButton *b : {addMailbox, addPhone, addLinkedIn, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    layout->addLayout(buttons);
    m_result = new QLabel;
    m_result->setObjectName(u"senderResultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    connect(addMailbox, &QPushButton::clicked, this, &SendersPage::addMailbox);
    connect(addPhone, &QPushButton::clicked, this, &SendersPage::addPhone);
    connect(addLinkedIn, &QPushButton::clicked, this, &SendersPage::addLinkedIn);
    connect(m_edit, &QPushButton::clicked, this, &SendersPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &SendersPage::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &SendersPage::testSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SendersPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &SendersPage::editSelected);
    connect(m_watcher, &QFutureWatcher<SmtpOutcome>::finished, this, [this] {
        const SmtpOutcome out = m_watcher->result();
        const bool ok = out.kind == SmtpOutcome::Kind::Accepted;
        showResult(out.error, !ok);
        updateButtons();
        emit connectionTested(ok, out.error);
    });
    refresh();
}

SendersPage::~SendersPage()
{
    // The test holds no pointer to this page, but must not outlive it quietly.
    m_watcher->waitForFinished();
}

void SendersPage::refresh()
{
    const qint64 selected = currentSenderId();
    const auto senders = SenderRepository(m_db).list();
    if (!senders) {
        showResult(senders.errorMessage(), true);
        return;
    }
    m_senders = senders.value();
    m_table->setRowCount(0);
    for (const Sender &s : m_senders) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells{s.name,
                                kindName(s.kind),
                                s.fromAddress,
                                serverOf(s),
                                QString::number(s.dailyCap),
                                s.paused ? tr("paused: %1").arg(s.pauseReason) : tr("ready")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            item->setData(Qt::UserRole, s.id);
            m_table->setItem(r, c, item);
        }
    }
    selectSender(selected);
    updateButtons();
}

qint64 SendersPage::currentSenderId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(Qt::UserRole).toLongLong();
}

void SendersPage::selectSender(qint64 id)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(r);
            return;
        }
    }
}

void SendersPage::updateButtons()
{
    const qint64 id = currentSenderId();
    const auto it =
        std::find_if(m_senders.cbegin(), m_senders.cend(), [id](const Sender &s) { return s.id == id; });
    const bool has = it != m_senders.cend();
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
    m_test->setEnabled(has && it->kind != SenderKind::LinkedIn && !m_watcher->isRunning() &&
                       !m_twilioTesting);
}

void SendersPage::showResult(const QString &text, bool problem)
{
    m_result->setText(text);
    QFont font = m_result->font();
    font.setBold(problem);
    m_result->setFont(font);
}

void SendersPage::addMailbox()
{
    Sender s;
    s.kind = SenderKind::Mailbox;
    s.smtpSecurity = Security::StartTls;
    s.imapSecurity = Security::Tls;
    edit(s);
}

void SendersPage::addPhone()
{
    edit(phonesender::defaults());
}

void SendersPage::addLinkedIn()
{
    Sender s;
    s.kind = SenderKind::LinkedIn;
    s.dailyCap = 20;
    s.gapMinMs = s.gapMaxMs = 0; // the person sending is the pace
    edit(s);
}

void SendersPage::editSelected()
{
    const qint64 id = currentSenderId();
    for (const Sender &s : m_senders) {
        if (s.id == id)
            edit(s);
    }
}

void SendersPage::edit(const Sender &sender)
{
    SenderDialog dialog(sender, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveSender(dialog.sender(), dialog.secret());
}

qint64 SendersPage::saveSender(Sender sender, const QString &secret)
{
    SenderRepository repo(m_db);
    if (sender.id > 0) {
        if (auto status = repo.update(sender); !status) {
            showResult(status.errorMessage(), true);
            return 0;
        }
    } else if (auto added = repo.add(sender); !added) {
        showResult(added.errorMessage(), true);
        return 0;
    }
    refresh();
    selectSender(sender.id);
    showResult(tr("Saved %1.").arg(sender.name), false);
    emit sendersChanged();
    if (!secret.isEmpty()) {
        if (!m_store) {
            showResult(tr("Saved %1, but no keychain is available for its password: set %2 for headless use.")
                           .arg(sender.name, SenderSecrets::environmentVariable(sender.kind)),
                       true);
            emit secretStored(false, m_result->text());
            return sender.id;
        }
        const QString name = sender.name;
        SenderSecrets(m_store).store(sender.id, secret, this, [this, name](const SecretResult &r) {
            showResult(r.ok ? tr("Saved %1; its password is in the system keychain.").arg(name)
                            : tr("Saved %1, but its password was not stored: %2").arg(name, r.errorMessage),
                       !r.ok);
            emit secretStored(r.ok, m_result->text());
        });
    }
    return sender.id;
}

void SendersPage::removeSelected()
{
    const qint64 id = currentSenderId();
    const auto it =
        std::find_if(m_senders.cbegin(), m_senders.cend(), [id](const Sender &s) { return s.id == id; });
    if (it == m_senders.cend())
        return;
    if (!Prompt::confirm(
            this, tr("Remove sender"),
            tr("Remove “%1”? Campaigns stop sending through it; what it sent stays recorded.").arg(it->name),
            tr("Remove")))
        return;
    if (auto status = SenderRepository(m_db).remove(id); !status) {
        showResult(status.errorMessage(), true);
        return;
    }
    // The secret goes with it (nothing to report when none was stored).
    if (m_store)
        SenderSecrets(m_store).remove(id, this, [](const SecretResult &) {});
    refresh();
    showResult(tr("Removed."), false);
    emit sendersChanged();
}

void SendersPage::testSelected()
{
    const qint64 id = currentSenderId();
    const auto it =
        std::find_if(m_senders.cbegin(), m_senders.cend(), [id](const Sender &s) { return s.id == id; });
    if (it == m_senders.cend() || it->kind == SenderKind::LinkedIn || m_watcher->isRunning() ||
        m_twilioTesting)
        return;
    const Sender sender = *it;
    if (sender.kind == SenderKind::Phone) {
        testPhone(sender);
        return;
    }
    m_test->setEnabled(false);
    showResult(tr("Connecting to %1:%2…").arg(sender.smtpHost).arg(sender.smtpPort), false);
    auto run = [this, sender](const QString &secret) {
        const SmtpSettings settings = SmtpSettings::fromSender(sender, secret);
        // libcurl blocks: on a worker thread, never the window's.
        m_watcher->setFuture(QtConcurrent::run([settings] { return SmtpClient::test(settings); }));
    };
    if (sender.login.isEmpty()) {
        run(QString());
        return;
    }
    SenderSecrets(m_store).resolve(sender, SenderSecrets::Purpose::Send, this,
                                   [this, run](const ApiKeyResult &r) {
                                       if (!r.ok()) {
                                           showResult(r.errorMessage, true);
                                           updateButtons();
                                           emit connectionTested(false, r.errorMessage);
                                           return;
                                       }
                                       run(r.key);
                                   });
}

// Twilio's account read is asynchronous (QNetworkAccessManager): it runs on
// the window's thread without blocking it, and answers as the CLI does.
void SendersPage::testPhone(const Sender &sender)
{
    m_twilioTesting = true;
    m_test->setEnabled(false);
    showResult(tr("Connecting to %1…").arg(sender.baseUrl), false);
    const auto finish = [this](bool ok, const QString &text) {
        m_twilioTesting = false;
        showResult(text, !ok);
        updateButtons();
        emit connectionTested(ok, text);
    };
    SenderSecrets(m_store).resolve(
        sender, SenderSecrets::Purpose::Send, this, [this, sender, finish](const ApiKeyResult &r) {
            if (!r.ok()) {
                finish(false, r.errorMessage);
                return;
            }
            const TwilioAccount account = TwilioAccount::fromSender(sender, r.key);
            auto *client = new TwilioClient(this);
            client->fetchAccount(account, [client, account, finish](const TwilioOutcome &outcome) {
                finish(outcome.accepted(), TwilioClient::testAnswer(account, outcome));
                client->deleteLater();
            });
        });
}

} // namespace outreach
