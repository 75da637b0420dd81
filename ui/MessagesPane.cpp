#include "MessagesPane.h"

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
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
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
        m_status->addItem(toString(s), int(s));
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_status);
    auto *generate = new QPushButton(Icons::named(u"generate"_s), tr("&Generate"), this);
    generate->setObjectName(u"generateButton"_s);
    generate->setToolTip(tr("Write the three variants for every qualifying lead (Ctrl+G)"));
    bar->addWidget(label);
    bar->addWidget(m_status);
    bar->addStretch(1);
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
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnWidth(MessageListModel::LeadColumn, 160);
    m_view->setColumnWidth(MessageListModel::CompanyColumn, 160);
    m_view->setColumnWidth(MessageListModel::FlagsColumn, 160);
    m_approve = new QAction(tr("&Approve and go to next"), this);
    m_approve->setObjectName(u"approveAction"_s);
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approve->setToolTip(tr("Mark the selected message as reviewed and approved, then show the next one"));
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
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"messagesSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_status->currentData().toInt();
        m_model->setStatusFilter(value < 0 ? std::nullopt : std::optional(GenerationStatus(value)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id =
                    current.isValid() ? current.data(MessageListModel::MessageIdRole).toLongLong() : 0;
                m_editor->setMessage(id);
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
    emit eventRecorded(id);
}

void MessagesPane::approveAndNext()
{
    const qint64 id = m_editor->messageId();
    if (id <= 0)
        return;
    m_editor->commitPending(); // approve what is on screen, edits included
    if (auto status = m_model->setApproved(id, true); !status) {
        Prompt::error(this, tr("The message was not approved"), status.errorMessage());
        return;
    }
    nextMessage();
}

void MessagesPane::withdrawApproval()
{
    const qint64 id = m_editor->messageId();
    if (id <= 0)
        return;
    if (auto status = m_model->setApproved(id, false); !status)
        Prompt::error(this, tr("The approval was not withdrawn"), status.errorMessage());
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
