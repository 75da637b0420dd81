#include "MessagesPane.h"
#include "DisplayNames.h"
#include "InlineBanner.h"

#include "CompactWidgets.h"
#include "EventRepository.h"
#include "Icons.h"
#include "MessageListModel.h"
#include "Prompt.h"
#include "VariantEditor.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

MessagesPane::MessagesPane(Database &db, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new MessageListModel(db, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(u"messageStatusFilter"_s);
    m_status->addItem(tr("All statuses"), -1);
    for (auto s : {GenerationStatus::Pending, GenerationStatus::Generated, GenerationStatus::Failed,
                   GenerationStatus::Excluded})
        m_status->addItem(displayName(s), int(s));
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_status);
    m_flagFilter = new QComboBox(this);
    m_flagFilter->setObjectName(u"messageFlagFilter"_s);
    m_flagFilter->addItem(tr("All flags"), int(MessageListModel::FlagFilter::Any));
    m_flagFilter->addItem(tr("Over limit"), int(MessageListModel::FlagFilter::OverLimit));
    m_flagFilter->addItem(tr("Edited"), int(MessageListModel::FlagFilter::Edited));
    m_flagFilter->addItem(tr("Failed"), int(MessageListModel::FlagFilter::Failed));
    m_flagFilter->addItem(tr("Not approved"), int(MessageListModel::FlagFilter::Unapproved));
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"messageSearch"_s);
    m_search->setPlaceholderText(tr("Search lead, company, text…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(80);
    auto *generate = new QPushButton(Icons::named(u"generate"_s), tr("&Generate"), this);
    generate->setObjectName(u"generateButton"_s);
    generate->setToolTip(tr("Write the three variants for every qualifying lead (Ctrl+G)"));
    bar->addWidget(label);
    bar->addWidget(m_status);
    bar->addWidget(m_flagFilter);
    bar->addWidget(m_search, 1);
    // What happened to a sent message, recorded by hand; CSV exports of
    // sending platforms come in through the Analytics tab.
    auto *events = new QMenu(this);
    const QList<QPair<EventType, QString>> kinds = {{EventType::Sent, tr("Mark as &sent")},
                                                    {EventType::Delivered, tr("Mark as &delivered")},
                                                    {EventType::Opened, tr("Mark as &opened")},
                                                    {EventType::Clicked, tr("Mark as &clicked")},
                                                    {EventType::Replied, tr("Mark as &replied")},
                                                    {EventType::Bounced, tr("Mark as &bounced")},
                                                    {EventType::Unsubscribed, tr("Mark as &unsubscribed")}};
    for (const auto &[type, text] : kinds) {
        QAction *action = events->addAction(text, this, [this, type] { recordEvent(type); });
        action->setObjectName(u"recordEvent_"_s + toString(type));
    }
    auto *record = new QToolButton(this);
    record->setObjectName(u"recordEventButton"_s);
    record->setText(tr("&Record event"));
    record->setToolTip(tr("Record what happened to the selected message: sent, opened, replied, ..."));
    record->setPopupMode(QToolButton::InstantPopup);
    record->setMenu(events);
    bar->addWidget(record);
    bar->addWidget(generate);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setObjectName(u"messageTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for bulk approval; the editor follows the current row.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnWidth(MessageListModel::LeadColumn, 160);
    m_view->setColumnWidth(MessageListModel::CompanyColumn, 160);
    m_view->setColumnWidth(MessageListModel::FlagsColumn, 160);
    m_view->setColumnWidth(MessageListModel::EventColumn, 130);
    m_approve = new QAction(tr("&Approve and go to next"), this);
    m_approve->setObjectName(u"approveAction"_s);
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approve->setToolTip(tr("Mark the selected messages as reviewed and approved; with one selected, "
                             "show the next one"));
    connect(m_approve, &QAction::triggered, this, &MessagesPane::approveAndNext);
    m_withdraw = new QAction(tr("&Withdraw approval"), this);
    m_withdraw->setObjectName(u"withdrawApprovalAction"_s);
    connect(m_withdraw, &QAction::triggered, this, &MessagesPane::withdrawApproval);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_approve, m_withdraw});
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addActions(events->actions());

    m_editor = new VariantEditor(m_model, undoStack, this);
    m_editor->setObjectName(u"variantEditor"_s);
    // Below the table: the message's event history, then its variants, or
    // why it failed with a way to try again where the variants would be.
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_history = new ElidedLabel(detail);
    m_history->setObjectName(u"messageHistory"_s);
    detailLayout->addWidget(m_history);
    m_detailStack = new QStackedWidget(detail);
    m_detailStack->addWidget(m_editor);
    auto *failure = new QWidget(m_detailStack);
    failure->setObjectName(u"failurePage"_s);
    auto *failureLayout = new QVBoxLayout(failure);
    auto *failureBanner = new InlineBanner(failure);
    failureBanner->setObjectName(u"failureBanner"_s);
    failureBanner->setKind(InlineBanner::Kind::Error);
    m_failure = failureBanner->textLabel();
    m_failure->setObjectName(u"failureReason"_s);
    m_retry = failureBanner->addButton(tr("&Retry"), u"retryButton"_s);
    m_retry->setIcon(Icons::named(u"generate"_s));
    m_retry->setToolTip(tr("Generate this message again"));
    failureLayout->addWidget(failureBanner);
    failureLayout->addStretch(1);
    m_detailStack->addWidget(failure);
    detailLayout->addWidget(m_detailStack, 1);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_editor->messageId() > 0)
            emit retryRequested(m_editor->messageId());
    });
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"messagesSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_status->currentData().toInt();
        m_model->setStatusFilter(value < 0 ? std::nullopt : std::optional(GenerationStatus(value)));
    });
    connect(m_flagFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFlagFilter(MessageListModel::FlagFilter(m_flagFilter->currentData().toInt()));
    });
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200); // one pass per pause in typing
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    // A reset (filter, search, reload) keeps no current row: show the first.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        showDetail();
    });
    connect(m_model, &MessageListModel::messageReloaded, this, [this](qint64 id) {
        if (id == m_editor->messageId())
            showDetail();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id =
                    current.isValid() ? current.data(MessageListModel::MessageIdRole).toLongLong() : 0;
                m_editor->setMessage(id);
                showDetail();
                emit currentMessageChanged(id);
            });
    m_storeTimer.setSingleShot(true);
    m_storeTimer.setInterval(0);
    connect(&m_storeTimer, &QTimer::timeout, this, &MessagesPane::insertStored);
    connect(generate, &QPushButton::clicked, this, [this] {
        if (m_campaignId > 0)
            emit generateRequested(m_campaignId);
    });
}

void MessagesPane::setCampaign(const Campaign *campaign)
{
    m_campaignId = campaign ? campaign->id : 0;
    m_stored.clear();
    if (campaign)
        m_editor->setCampaign(*campaign);
    m_model->setCampaign(m_campaignId);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

QList<qint64> MessagesPane::selectedMessageIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(MessageListModel::MessageIdRole).toLongLong();
    // The row the editor shows, unless it is part of a bigger selection: the
    // keyboard can move the current row without selecting it.
    const qint64 current = m_editor->messageId();
    if (current > 0 && !ids.contains(current))
        ids = {current};
    std::sort(ids.begin(), ids.end());
    return ids;
}

void MessagesPane::recordEvent(EventType type)
{
    const qint64 id = m_editor->messageId();
    if (id <= 0)
        return;
    const auto result =
        EventRepository(m_db).append({NewEvent{id, type, QDateTime::currentDateTimeUtc()}}, u"manual"_s);
    if (!result) {
        Prompt::error(this, tr("The event was not recorded"), result.errorMessage());
        return;
    }
    m_model->refreshEvents();
    showDetail();
    emit eventRecorded(id);
}

void MessagesPane::approveAndNext()
{
    const QList<qint64> ids = selectedMessageIds();
    if (ids.isEmpty())
        return;
    m_editor->commitPending(); // approve what is on screen, edits included
    if (!setApproved(ids, true))
        return;
    if (ids.size() == 1)
        nextMessage();
}

void MessagesPane::withdrawApproval()
{
    setApproved(selectedMessageIds(), false);
}

bool MessagesPane::setApproved(const QList<qint64> &ids, bool approved)
{
    for (const qint64 id : ids) {
        const MessageWithLead *row = m_model->messageById(id);
        // Only generated messages can be approved; a bulk selection may hold others.
        if (approved && row && row->message.status != GenerationStatus::Generated)
            continue;
        if (auto status = m_model->setApproved(id, approved); !status) {
            Prompt::error(
                this, approved ? tr("The message was not approved") : tr("The approval was not withdrawn"),
                status.errorMessage());
            return false;
        }
    }
    if (ids.size() > 1)
        emit statusMessage(approved
                               ? tr("Approved %n message(s).", nullptr, int(ids.size()))
                               : tr("Withdrew the approval of %n message(s).", nullptr, int(ids.size())));
    return true;
}

void MessagesPane::showDetail()
{
    const MessageWithLead *row = m_model->messageById(m_editor->messageId());
    const bool failed = row && row->message.status == GenerationStatus::Failed;
    m_detailStack->setCurrentIndex(failed ? 1 : 0);
    if (failed)
        m_failure->setText(row->message.error.isEmpty()
                               ? tr("The generation of this message failed.")
                               : tr("The generation of this message failed: %1").arg(row->message.error));
    QStringList history;
    if (row) {
        const auto events = EventRepository(m_db).forMessage(row->message.id);
        if (events) {
            const QLocale locale;
            for (const MessageEvent &e : events.value())
                history << tr("%1 %2").arg(displayName(e.type),
                                           locale.toString(e.occurredAt.toLocalTime(), QLocale::ShortFormat));
        }
    }
    m_history->setText(history.isEmpty() ? tr("No events recorded.")
                                         : tr("Events: %1").arg(history.join(u" · "_s)));
    m_history->setToolTip(history.join(u'\n'));
    m_history->setVisible(row != nullptr);
}

void MessagesPane::refresh()
{
    const qint64 current = m_editor->messageId();
    m_editor->commitPending();
    m_model->refresh();
    const int row = m_model->rowOfMessage(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void MessagesPane::addStoredMessage(const Message &message)
{
    if (message.campaignId != m_campaignId)
        return;
    m_stored.append(message);
    m_storeTimer.start();
}

void MessagesPane::insertStored()
{
    const QList<Message> stored = std::exchange(m_stored, {});
    m_model->messagesStored(stored);
    // The first message of a run shows in the editor at once.
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void MessagesPane::nextMessage()
{
    moveBy(1);
}

void MessagesPane::previousMessage()
{
    moveBy(-1);
}

void MessagesPane::moveBy(int delta)
{
    if (m_model->rowCount() == 0)
        return;
    const int row = qBound(0, m_view->currentIndex().row() + delta, m_model->rowCount() - 1);
    m_view->setCurrentIndex(m_model->index(row, 0));
}

} // namespace outreach
