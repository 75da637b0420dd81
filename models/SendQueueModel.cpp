#include "SendQueueModel.h"
#include "DisplayNames.h"
#include "SendQueueRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace outreach {

SendQueueModel::SendQueueModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

int SendQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SendQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QDateTime whenOf(const QueueEntry &e)
{
    return e.sentAt.isValid() ? e.sentAt : e.scheduledAt;
}
} // namespace

QVariant SendQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QueueEntry &e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == StateRole)
        return toString(e.state);
    if (role == RawRole) {
        switch (index.column()) {
        case RecipientColumn:
            return e.recipient;
        case StateColumn:
            return toString(e.state);
        case WhenColumn:
            return whenOf(e);
        case AttemptsColumn:
            return e.attempts;
        case ReasonColumn:
            return e.reason.isEmpty() ? e.lastAnswer : e.reason;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn) {
        QStringList parts;
        if (!e.reason.isEmpty())
            parts << e.reason;
        if (!e.lastAnswer.isEmpty() && e.lastAnswer != e.reason)
            parts << QCoreApplication::translate("SendQueueModel", "Last answer: %1").arg(e.lastAnswer);
        return parts.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RecipientColumn:
        return e.recipient;
    case StateColumn:
        return displayName(e.state);
    case WhenColumn: {
        const QDateTime when = whenOf(e);
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    case AttemptsColumn:
        return e.attempts;
    case ReasonColumn:
        return e.reason.isEmpty() ? e.lastAnswer : e.reason;
    }
    return {};
}

QVariant SendQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecipientColumn:
        return QCoreApplication::translate("SendQueueModel", "Recipient");
    case StateColumn:
        return QCoreApplication::translate("SendQueueModel", "State");
    case WhenColumn:
        return QCoreApplication::translate("SendQueueModel", "Scheduled / sent");
    case AttemptsColumn:
        return QCoreApplication::translate("SendQueueModel", "Attempts");
    case ReasonColumn:
        return QCoreApplication::translate("SendQueueModel", "Reason or answer");
    }
    return {};
}

void SendQueueModel::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    (void)refresh();
}

void SendQueueModel::setStateFilter(std::optional<SendState> state)
{
    m_state = state;
    (void)refresh();
}

DbStatus SendQueueModel::refresh()
{
    QList<QueueEntry> rows;
    if (m_campaignId > 0) {
        auto read = SendQueueRepository(m_db).list(m_campaignId, m_state);
        if (!read)
            return read.error();
        rows = std::move(read).value();
    }
    // The same rows in the same order (the usual case while sending): only
    // the changed ones are repainted, so selections and scroll stay put.
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i].id == m_rows[i].id;
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return Ok{};
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QueueEntry &a = m_rows[i];
        const QueueEntry &b = rows[i];
        const bool changed = a.state != b.state || a.updatedAt != b.updatedAt || a.attempts != b.attempts ||
                             a.reason != b.reason || a.lastAnswer != b.lastAnswer || a.sentAt != b.sentAt ||
                             a.scheduledAt != b.scheduledAt;
        m_rows[i] = b;
        if (changed)
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
    return Ok{};
}

const QueueEntry *SendQueueModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace outreach
