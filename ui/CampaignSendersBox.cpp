#include "CampaignSendersBox.h"

#include "DisplayNames.h"
#include "Prompt.h"
#include "SenderRepository.h"
#include "sending/SendScheduler.h"
#include "sending/SendingStatus.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
enum SenderColumn { NameColumn, TodayColumn, NextColumn, StateColumn, SenderColumnCount };
} // namespace

CampaignSendersBox::CampaignSendersBox(Database &db, QWidget *parent)
    : QGroupBox(tr("Senders of this campaign"), parent)
    , m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    m_senders = new QTableWidget(0, SenderColumnCount);
    m_senders->setObjectName(u"sendersTable"_s);
    m_senders->setHorizontalHeaderLabels(
        {tr("Sender (tick to use)"), tr("Today"), tr("Next send"), tr("State")});
    m_senders->verticalHeader()->hide();
    m_senders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_senders->setSelectionMode(QAbstractItemView::NoSelection);
    m_senders->horizontalHeader()->setStretchLastSection(true);
    m_senders->setColumnWidth(NameColumn, 300);
    m_senders->setColumnWidth(TodayColumn, 110);
    m_senders->setColumnWidth(NextColumn, 140);
    m_sendersHint = new QLabel;
    m_sendersHint->setObjectName(u"sendersHint"_s);
    m_sendersHint->setWordWrap(true);
    layout->addWidget(m_sendersHint);
    layout->addWidget(m_senders);
    connect(m_senders, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_fillingSenders && item->column() == NameColumn)
            save();
    });
}

void CampaignSendersBox::setCampaign(qint64 campaignId, Channel channel)
{
    m_campaignId = campaignId;
    m_channel = channel;
    refresh();
}

void CampaignSendersBox::refresh()
{
    m_fillingSenders = true;
    m_senders->setRowCount(0);
    const auto kind = SendScheduler::senderKindFor(m_channel);
    if (m_campaignId <= 0 || !kind) {
        m_sendersHint->setText(m_campaignId > 0 ? tr("Custom campaigns are exported, not sent.") : QString());
        m_fillingSenders = false;
        return;
    }
    SenderRepository repo(m_db);
    const auto all = repo.list();
    const auto chosen = repo.campaignSenders(m_campaignId);
    if (!all || !chosen) {
        m_sendersHint->setText(all ? chosen.errorMessage() : all.errorMessage());
        m_fillingSenders = false;
        return;
    }
    // The campaign's senders first, in rotation order, then the others of its kind.
    QList<Sender> rows = chosen.value();
    QSet<qint64> used;
    for (const Sender &s : rows)
        used.insert(s.id);
    for (const Sender &s : all.value()) {
        if (s.kind == *kind && !used.contains(s.id))
            rows.append(s);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    for (const Sender &s : rows) {
        const int r = m_senders->rowCount();
        m_senders->insertRow(r);
        auto *name = new QTableWidgetItem(
            s.fromAddress.isEmpty() ? s.name
                                    : tr("%1 <%2>", "sender name and address").arg(s.name, s.fromAddress));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(used.contains(s.id) ? Qt::Checked : Qt::Unchecked);
        name->setData(Qt::UserRole, s.id);
        m_senders->setItem(r, NameColumn, name);
        const auto day = sendingstatus::senderDay(m_db, s, now);
        m_senders->setItem(
            r, TodayColumn,
            new QTableWidgetItem(day ? tr("%1 / %2 sent").arg(day->sent).arg(day->cap) : day.errorMessage()));
        const QString next = !day || !day->nextSendAt.isValid()
                                 ? tr("now")
                                 : locale.toString(day->nextSendAt.toLocalTime(), QLocale::ShortFormat);
        m_senders->setItem(r, NextColumn, new QTableWidgetItem(next));
        auto *state = new QTableWidgetItem(s.paused ? tr("paused: %1").arg(s.pauseReason) : tr("ready"));
        state->setToolTip(state->text());
        m_senders->setItem(r, StateColumn, state);
    }
    // As tall as its rows (up to five), so the queue gets the room.
    const int shown = std::clamp(int(rows.size()), 1, 5);
    m_senders->setMaximumHeight(m_senders->horizontalHeader()->height() +
                                shown * m_senders->verticalHeader()->defaultSectionSize() +
                                2 * m_senders->frameWidth() + 2);
    if (rows.isEmpty())
        m_sendersHint->setText(
            tr("No %1 sender yet: add one in Settings › Senders.").arg(displayName(m_channel)));
    else if (used.isEmpty())
        m_sendersHint->setText(tr("Tick the senders this campaign sends through; it rotates over them."));
    else
        m_sendersHint->setText(
            tr("Sends rotate over the ticked senders: the one free the longest goes first."));
    m_fillingSenders = false;
}

void CampaignSendersBox::save()
{
    QList<qint64> ids;
    for (int r = 0; r < m_senders->rowCount(); ++r) {
        const QTableWidgetItem *item = m_senders->item(r, NameColumn);
        if (item && item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toLongLong());
    }
    if (auto status = SenderRepository(m_db).setCampaignSenders(m_campaignId, ids); !status)
        Prompt::error(this, tr("The campaign's senders were not changed"), status.errorMessage());
    emit changed();
}

} // namespace outreach
