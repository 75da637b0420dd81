#include "SendingPane.h"

#include "CampaignSendSettingsRow.h"
#include "CampaignSendersBox.h"
#include "CompactWidgets.h"
#include "DisplayNames.h"
#include "LinkedInQueuePanel.h"
#include "Prompt.h"
#include "SendQueueModel.h"
#include "SendQueueRepository.h"
#include "SendRunner.h"
#include "SenderRepository.h"
#include "sending/SendScheduler.h"
#include "sending/SendingStatus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
// How often the tab re-reads the queue while shown: `outreach send` or a
// second app may be sending the same campaign.
constexpr int kPollMs = 15 * 1000;

QTableView *queueTable(QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setColumnWidth(SendQueueModel::RecipientColumn, 230);
    view->setColumnWidth(SendQueueModel::StateColumn, 120);
    view->setColumnWidth(SendQueueModel::WhenColumn, 130);
    view->setColumnWidth(SendQueueModel::AttemptsColumn, 70);
    return view;
}
} // namespace

SendingPane::SendingPane(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_runner(new SendRunner(db, this))
    , m_queue(new SendQueueModel(db, this))
    , m_inDoubt(new SendQueueModel(db, this))
    , m_poll(new QTimer(this))
{
    m_inDoubt->setStateFilter(SendState::InDoubt);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_run = new QPushButton(tr("Start sending"));
    m_run->setObjectName(u"runSendingButton"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"sendingProgress"_s);
    m_progress->setFormat(tr("%v of %m sent"));
    m_progress->setMinimumWidth(170);
    m_progress->setMaximumWidth(260);
    m_status = new ElidedLabel;
    m_status->setObjectName(u"sendingStatus"_s);
    top->addWidget(m_run);
    top->addWidget(m_progress);
    top->addWidget(m_status, 1);
    layout->addLayout(top);
    auto *note =
        new QLabel(tr("Messages go out only while Outreach Studio (or “outreach send”) runs, one at a "
                      "time, inside the send windows and caps."));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setEnabled(false); // drawn as secondary text
    layout->addWidget(note);
    m_settingsRow = new CampaignSendSettingsRow(db);
    layout->addWidget(m_settingsRow);

    m_linkedIn = new LinkedInQueuePanel(db);
    layout->addWidget(m_linkedIn);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"sendingSplitter"_s);
    m_senders = new CampaignSendersBox(db);
    splitter->addWidget(m_senders);
    splitter->addWidget(createQueueBox());
    splitter->addWidget(createInDoubtBox());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({150, 400, 180});
    layout->addWidget(splitter, 1);
    m_testRow = createTestRow();
    layout->addWidget(m_testRow);

    connect(m_run, &QPushButton::clicked, this, &SendingPane::toggleSending);
    connect(m_runner, &SendRunner::started, this, [this] {
        m_status->setText(tr("Starting…"));
        updateRunButton();
    });
    connect(m_runner, &SendRunner::queueRefreshed, this, [this] { refresh(); });
    connect(m_runner, &SendRunner::stepped, this, &SendingPane::onStepped);
    connect(m_runner, &SendRunner::waiting, this,
            [this](qint64 id, const QDateTime &until, const QString &why) {
                if (id == m_campaignId)
                    m_status->setText(
                        tr("Waiting until %1: %2")
                            .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat), why));
                m_senders->refresh();
            });
    connect(m_runner, &SendRunner::problem, this, [this](qint64, const QString &message) {
        m_status->setText(tr("Sending stopped: %1").arg(message));
        emit statusMessage(m_status->text());
    });
    connect(m_runner, &SendRunner::finished, this, [this] {
        updateRunButton();
        refresh();
    });
    connect(m_runner, &SendRunner::testFinished, this, [this](bool ok, const QString &message) {
        m_test->setEnabled(true);
        m_testResult->setText(ok ? tr("Test sent: %1").arg(message) : tr("Test not sent: %1").arg(message));
    });
    connect(m_settingsRow, &CampaignSendSettingsRow::saved, this, [this] {
        emit statusMessage(tr("Send settings saved; held messages are checked again at the next send."));
    });
    // Not from inside the table's own signal: its rows are rebuilt.
    connect(m_senders, &CampaignSendersBox::changed, this, &SendingPane::refresh, Qt::QueuedConnection);
    connect(m_linkedIn, &LinkedInQueuePanel::recorded, this, [this] {
        refresh();
        emit eventsRecorded();
    });
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (isVisible() && m_campaignId > 0)
            refresh();
    });
    m_poll->start();
    setCampaign(nullptr);
}

QWidget *SendingPane::createQueueBox()
{
    auto *box = new QGroupBox(tr("Queue"));
    auto *layout = new QVBoxLayout(box);
    auto *row = new QHBoxLayout;
    m_stateFilter = new QComboBox;
    m_stateFilter->setObjectName(u"queueStateFilter"_s);
    m_stateFilter->addItem(tr("All states"), QString());
    for (SendState s : {SendState::Queued, SendState::Claimed, SendState::Sent, SendState::Failed,
                        SendState::Held, SendState::Suppressed, SendState::InDoubt})
        m_stateFilter->addItem(displayName(s), toString(s));
    row->addWidget(new QLabel(tr("Show:")));
    row->addWidget(m_stateFilter);
    row->addStretch(1);
    layout->addLayout(row);
    m_queueView = queueTable(m_queue, u"queueView"_s);
    layout->addWidget(m_queueView);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_queue->setStateFilter(sendStateFromString(m_stateFilter->currentData().toString()));
    });
    return box;
}

QWidget *SendingPane::createInDoubtBox()
{
    m_inDoubtBox = new QGroupBox(tr("In doubt: may or may not have gone out"));
    auto *layout = new QVBoxLayout(m_inDoubtBox);
    auto *explain = new QLabel(tr("Sending stopped between handing the message over and the server's answer. "
                                  "Look in your Sent folder, then decide; nothing is resent by itself."));
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_inDoubtView = queueTable(m_inDoubt, u"inDoubtView"_s);
    layout->addWidget(m_inDoubtView);
    auto *buttons = new QHBoxLayout;
    m_markSent = new QPushButton(tr("Mar&k as sent"));
    m_markSent->setObjectName(u"markSentButton"_s);
    m_sendAgain = new QPushButton(tr("Sen&d again"));
    m_sendAgain->setObjectName(u"sendAgainButton"_s);
    m_sendAgain->setToolTip(
        tr("Queue it again with the same Message-ID, so a mail client that gets both copies "
           "shows one"));
    buttons->addWidget(m_markSent);
    buttons->addWidget(m_sendAgain);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_markSent, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_sendAgain, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    auto updateButtons = [this] {
        const bool has = m_inDoubtView->selectionModel()->hasSelection();
        m_markSent->setEnabled(has);
        m_sendAgain->setEnabled(has);
    };
    connect(m_inDoubtView->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_inDoubt, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();
    return m_inDoubtBox;
}

QWidget *SendingPane::createTestRow()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_testAddress = new QLineEdit;
    m_testAddress->setObjectName(u"testAddressEdit"_s);
    m_testAddress->setPlaceholderText(tr("your own address"));
    m_test = new QPushButton(tr("Send a test to &me"));
    m_test->setObjectName(u"sendTestButton"_s);
    m_test->setToolTip(tr("One message of this campaign to your own address, through its first sender; not "
                          "queued and not counted"));
    m_testResult = new ElidedLabel;
    m_testResult->setObjectName(u"testResultLabel"_s);
    layout->addWidget(m_test);
    layout->addWidget(m_testAddress);
    layout->addWidget(m_testResult, 1);
    connect(m_test, &QPushButton::clicked, this, &SendingPane::sendTest);
    return row;
}

void SendingPane::setCampaign(const Campaign *campaign)
{
    m_campaignId = campaign ? campaign->id : 0;
    m_channel = campaign ? campaign->channel : Channel::Email;
    m_active = campaign && campaign->status == CampaignStatus::Active;
    const bool linkedIn = campaign && m_channel == Channel::LinkedIn;
    m_linkedIn->setVisible(linkedIn);
    m_linkedIn->setCampaign(linkedIn ? campaign : nullptr);
    m_run->setVisible(!linkedIn);
    m_testRow->setVisible(campaign && m_channel == Channel::Email);
    m_testResult->clear();
    m_senders->setCampaign(m_campaignId, m_channel);
    m_settingsRow->setCampaign(m_campaignId);
    m_queue->setCampaign(m_campaignId);
    m_inDoubt->setCampaign(m_campaignId);
    refresh();
}

void SendingPane::refresh()
{
    if (m_campaignId > 0) {
        const auto settings = SenderRepository(m_db).settings(m_campaignId);
        m_paused = settings && settings->paused;
    }
    m_senders->refresh();
    refreshCounts();
    (void)m_queue->refresh();
    (void)m_inDoubt->refresh();
    m_inDoubtBox->setVisible(m_inDoubt->rowCount() > 0);
    updateRunButton();
}

void SendingPane::refreshCounts()
{
    QMap<SendState, qint64> counts;
    if (m_campaignId > 0) {
        if (auto read = SendQueueRepository(m_db).counts(m_campaignId))
            counts = read.value();
    }
    qint64 total = 0;
    for (qint64 n : counts)
        total += n;
    m_progress->setRange(0, int(std::max<qint64>(total, 1)));
    m_progress->setValue(int(counts.value(SendState::Sent)));
    m_progress->setVisible(total > 0);
    if (m_runner->isRunning() && m_runner->campaignId() == m_campaignId)
        return; // the status line follows the run
    if (m_campaignId <= 0) {
        m_status->clear();
    } else if (!m_active) {
        m_status->setText(tr("Only an active campaign sends: activate its A/B test first."));
    } else if (total == 0) {
        m_status->setText(tr("Nothing queued yet: Start sending puts the campaign's messages in the queue."));
    } else {
        m_status->setText(tr("%1 sent · %2 queued · %3 held · %4 suppressed · %5 failed · %6 in doubt")
                              .arg(counts.value(SendState::Sent))
                              .arg(counts.value(SendState::Queued) + counts.value(SendState::Claimed))
                              .arg(counts.value(SendState::Held))
                              .arg(counts.value(SendState::Suppressed))
                              .arg(counts.value(SendState::Failed))
                              .arg(counts.value(SendState::InDoubt)) +
                          (m_paused ? tr(" · paused") : QString()));
    }
}

void SendingPane::updateRunButton()
{
    const bool running = m_runner->isRunning();
    const bool here = running && m_runner->campaignId() == m_campaignId;
    if (here)
        m_run->setText(tr("Pa&use sending"));
    else if (m_paused)
        m_run->setText(tr("Res&ume sending"));
    else
        m_run->setText(tr("S&tart sending"));
    m_run->setEnabled(here || (!running && m_active && m_campaignId > 0));
    m_run->setToolTip(running && !here ? tr("The app is sending another campaign; pause it there first.")
                      : !m_active      ? tr("Only an active campaign sends.")
                                       : QString());
}

void SendingPane::setPaused(bool paused)
{
    SenderRepository repo(m_db);
    const auto stored = repo.settings(m_campaignId);
    QString error = stored.errorMessage();
    if (stored) {
        CampaignSendSettings settings = stored.value();
        settings.campaignId = m_campaignId;
        settings.paused = paused;
        error = repo.saveSettings(settings).errorMessage();
    }
    if (!error.isEmpty()) {
        Prompt::error(this, tr("Sending was not paused or resumed"), error);
        return;
    }
    m_paused = paused;
}

void SendingPane::toggleSending()
{
    if (m_campaignId <= 0)
        return;
    if (m_runner->isRunning() && m_runner->campaignId() == m_campaignId) {
        // Paused for every sending process (`outreach send` too), not only this one.
        setPaused(true);
        m_runner->stop();
        m_status->setText(tr("Paused: no message of this campaign goes out until you resume."));
    } else if (!m_runner->isRunning()) {
        if (m_paused)
            setPaused(false);
        m_runner->start(m_campaignId);
    }
    updateRunButton();
}

void SendingPane::onStepped(qint64 campaignId, const SendStep &step)
{
    if (campaignId != m_campaignId)
        return;
    switch (step.kind) {
    case SendStep::Kind::Sent:
        m_status->setText(tr("Sent to %1").arg(step.recipient));
        break;
    case SendStep::Kind::Done:
        m_status->setText(tr("Nothing more to send now: %1").arg(step.detail));
        break;
    case SendStep::Kind::Waiting:
        return; // waiting() says it
    case SendStep::Kind::Retry:
    case SendStep::Kind::Failed:
    case SendStep::Kind::Bounced:
    case SendStep::Kind::Held:
    case SendStep::Kind::Suppressed:
    case SendStep::Kind::InDoubt:
    case SendStep::Kind::SenderPaused:
        m_status->setText(tr("%1: %2 (%3)").arg(step.recipient, stepKindName(step.kind), step.detail));
        break;
    }
    refresh();
    if (step.kind == SendStep::Kind::Sent || step.kind == SendStep::Kind::Bounced)
        emit eventsRecorded();
}

void SendingPane::resolveSelected(bool asSent)
{
    const QModelIndexList rows = m_inDoubtView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = rows.first().data(SendQueueModel::IdRole).toLongLong();
    const auto after = sendingstatus::resolveInDoubt(m_db, id,
                                                     asSent ? sendingstatus::InDoubtDecision::MarkSent
                                                            : sendingstatus::InDoubtDecision::SendAgain,
                                                     QDateTime::currentDateTimeUtc());
    if (!after) {
        Prompt::error(this, tr("The message in doubt was not changed"), after.errorMessage());
        return;
    }
    emit statusMessage(asSent ? tr("Recorded as sent: %1").arg(after->recipient)
                              : tr("Queued again with the same Message-ID: %1").arg(after->recipient));
    refresh();
    if (asSent)
        emit eventsRecorded();
}

void SendingPane::sendTest()
{
    if (m_campaignId <= 0)
        return;
    const auto senders = SenderRepository(m_db).campaignSenders(m_campaignId);
    const Sender *sender = nullptr;
    if (senders) {
        for (const Sender &s : senders.value()) {
            if (s.kind == SenderKind::Mailbox) {
                sender = &s;
                break;
            }
        }
    }
    if (!sender) {
        m_testResult->setText(tr("Tick a mailbox above first: the test goes out through it."));
        return;
    }
    // The user's own address: the sender's unless another is given.
    QString to = m_testAddress->text().trimmed();
    if (to.isEmpty())
        to = sender->fromAddress;
    if (!to.contains(u'@')) {
        m_testResult->setText(tr("\"%1\" is not an email address.").arg(to));
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Sending a test to %1…").arg(to));
    m_runner->sendTest(m_campaignId, *sender, to);
}

QTableWidget *SendingPane::sendersTable() const
{
    return m_senders->table();
}

int SendingPane::scheduledByThisApp() const
{
    if (!m_runner->isRunning())
        return 0;
    const auto counts = SendQueueRepository(m_db).counts(m_runner->campaignId());
    if (!counts)
        return 0;
    return int(counts->value(SendState::Queued) + counts->value(SendState::Claimed));
}

} // namespace outreach
