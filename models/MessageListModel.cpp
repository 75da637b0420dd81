#include "MessageListModel.h"
#include "DisplayNames.h"

#include "EventRepository.h"
#include "LeadRepository.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outreach {

MessageListModel::MessageListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageListModel::flagsText(const Message &message)
{
    QSet<QString> flags;
    bool edited = false;
    for (const Variant &v : message.variants) {
        for (const QString &f : v.flags)
            flags.insert(variantFlagDisplayName(f));
        edited = edited || v.edited;
    }
    QStringList list(flags.begin(), flags.end());
    list.sort();
    if (edited)
        list.prepend(tr("edited"));
    if (message.approved)
        list.prepend(tr("approved"));
    return list.join(u", "_s);
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageWithLead &row = m_rows.at(index.row());
    const Message &m = row.message;
    if (role == MessageIdRole)
        return m.id;
    if (role == StatusRole)
        return int(m.status);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !m.error.isEmpty())
        return m.error;
    if (role == Qt::TextAlignmentRole && (index.column() == CostColumn || index.column() == LatencyColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case LeadColumn:
        return row.lead.fullName().isEmpty() ? row.lead.email : row.lead.fullName();
    case CompanyColumn:
        return row.lead.company;
    case StatusColumn:
        return raw ? QVariant(int(m.status)) : QVariant(displayName(m.status));
    case EventColumn: {
        const auto event = latestEvent(m.id);
        if (raw)
            return event ? QVariant(int(*event)) : QVariant();
        return event ? displayName(*event) : QString();
    }
    case FlagsColumn:
        return flagsText(m);
    case CostColumn:
        return raw ? QVariant(m.costUsd) : QVariant(formatMoney(m.costUsd));
    case LatencyColumn:
        return raw ? QVariant(m.latencyMs) : QVariant(tr("%1 ms").arg(m.latencyMs));
    case VariantColumn:
        if (!m.assignedVariant)
            return raw ? QVariant() : QVariant(u"–"_s);
        if (raw)
            return *m.assignedVariant;
        return QString(displayName(toneOfIndex(*m.assignedVariant)) +
                       (m.pinned ? tr(" (pinned)") : QString()));
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LeadColumn:
        return tr("Lead");
    case CompanyColumn:
        return tr("Company");
    case StatusColumn:
        return tr("Status");
    case EventColumn:
        return tr("Last event");
    case FlagsColumn:
        return tr("Flags");
    case CostColumn:
        return tr("Cost");
    case LatencyColumn:
        return tr("Latency");
    case VariantColumn:
        return tr("A/B variant");
    default:
        return {};
    }
}

void MessageListModel::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    refresh();
}

void MessageListModel::setStatusFilter(std::optional<GenerationStatus> status)
{
    m_status = status;
    refresh();
}

const MessageWithLead *MessageListModel::messageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const MessageWithLead *MessageListModel::messageById(qint64 id) const
{
    return messageAt(rowOfMessage(id));
}

int MessageListModel::rowOfMessage(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).message.id == id)
            return row;
    }
    return -1;
}

void MessageListModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

DbResult<Variant> MessageListModel::writeVariant(qint64 messageId, int index,
                                                 const std::optional<QString> &subject, const QString &body,
                                                 bool edited)
{
    const int row = rowOfMessage(messageId);
    if (row < 0 || index < 0 || index >= m_rows.at(row).message.variants.size())
        return DbError{DbError::Kind::NotFound,
                       tr("Message %1 has no variant %2.").arg(messageId).arg(index + 1)};
    Variant &cached = m_rows[row].message.variants[index];
    auto result =
        MessageRepository(m_db).updateVariant(messageId, index, subject, body, cached.version, edited);
    if (!result)
        return result;
    cached = result.value();
    rowChanged(row);
    emit variantChanged(messageId, index);
    return result;
}

DbResult<Variant> MessageListModel::overwriteVariant(qint64 messageId, int index,
                                                     const std::optional<QString> &subject,
                                                     const QString &body)
{
    auto stored = MessageRepository(m_db).get(messageId);
    if (!stored)
        return stored.error();
    const int row = rowOfMessage(messageId);
    if (row < 0 || index < 0 || index >= stored->variants.size())
        return DbError{DbError::Kind::NotFound,
                       tr("Message %1 has no variant %2.").arg(messageId).arg(index + 1)};
    m_rows[row].message.variants[index].version = stored->variants.at(index).version;
    return writeVariant(messageId, index, subject, body);
}

DbStatus MessageListModel::pinVariant(qint64 messageId, int index)
{
    auto status = MessageRepository(m_db).setAssignedVariant(messageId, index, true);
    if (!status)
        return status;
    return reloadMessage(messageId);
}

DbStatus MessageListModel::setApproved(qint64 messageId, bool approved)
{
    auto status = MessageRepository(m_db).setApproved(messageId, approved);
    if (!status)
        return status;
    return reloadMessage(messageId);
}

DbStatus MessageListModel::reloadMessage(qint64 messageId)
{
    const int row = rowOfMessage(messageId);
    auto stored = MessageRepository(m_db).get(messageId);
    if (!stored)
        return stored.error();
    if (row >= 0) {
        m_rows[row].message = stored.value();
        rowChanged(row);
    }
    emit messageReloaded(messageId);
    return Ok{};
}

bool MessageListModel::matchesSearch(const Message &message, const Lead &lead) const
{
    if (m_search.isEmpty())
        return true;
    const auto has = [this](const QString &text) { return text.contains(m_search, Qt::CaseInsensitive); };
    if (has(lead.fullName()) || has(lead.email) || has(lead.company))
        return true;
    return std::any_of(message.variants.cbegin(), message.variants.cend(),
                       [&has](const Variant &v) { return has(v.body) || (v.subject && has(*v.subject)); });
}

bool MessageListModel::passesFilter(const Message &message, const Lead &lead) const
{
    if (message.campaignId != m_campaignId || m_campaignId <= 0 || (m_status && *m_status != message.status))
        return false;
    const auto anyVariant = [&message](auto predicate) {
        return std::any_of(message.variants.cbegin(), message.variants.cend(), predicate);
    };
    switch (m_flagFilter) {
    case FlagFilter::Any:
        break;
    case FlagFilter::OverLimit:
        if (!anyVariant([](const Variant &v) { return v.flags.contains(u"over_limit"_s); }))
            return false;
        break;
    case FlagFilter::Edited:
        if (!anyVariant([](const Variant &v) { return v.edited; }))
            return false;
        break;
    case FlagFilter::Failed:
        if (message.status != GenerationStatus::Failed)
            return false;
        break;
    case FlagFilter::Unapproved:
        if (message.approved || message.status != GenerationStatus::Generated)
            return false;
        break;
    }
    return matchesSearch(message, lead);
}

void MessageListModel::setSearch(const QString &text)
{
    if (m_search == text.trimmed())
        return;
    m_search = text.trimmed();
    refresh();
}

void MessageListModel::setFlagFilter(FlagFilter filter)
{
    if (m_flagFilter == filter)
        return;
    m_flagFilter = filter;
    refresh();
}

std::optional<EventType> MessageListModel::latestEvent(qint64 messageId) const
{
    const auto it = m_latestEvents.constFind(messageId);
    return it == m_latestEvents.cend() ? std::nullopt : std::optional<EventType>(*it);
}

void MessageListModel::refreshEvents()
{
    if (m_campaignId <= 0)
        return;
    auto latest = EventRepository(m_db).latestPerMessage(m_campaignId);
    if (!latest) {
        m_lastError = latest.errorMessage();
        emit errorOccurred(m_lastError);
        return;
    }
    m_latestEvents = std::move(latest).value();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, EventColumn), index(int(m_rows.size()) - 1, EventColumn));
}

void MessageListModel::messagesStored(const QList<Message> &messages)
{
    LeadRepository leads(m_db);
    MessageRepository repository(m_db);
    for (const Message &written : messages) {
        // Re-read: the writer's copy may not carry the variant versions the
        // next edit is checked against.
        auto reread = repository.get(written.id);
        if (!reread) {
            m_lastError = reread.errorMessage();
            emit errorOccurred(m_lastError);
            continue;
        }
        const Message &stored = reread.value();
        const int row = rowOfMessage(stored.id);
        const Lead *known = row >= 0 ? &m_rows.at(row).lead : nullptr;
        if (row >= 0 && !passesFilter(stored, *known)) {
            // A status filter no longer matches (a failed one retried, say).
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            continue;
        }
        if (row >= 0) {
            m_rows[row].message = stored;
            rowChanged(row);
            emit messageReloaded(stored.id);
            continue;
        }
        auto lead = leads.get(stored.leadId);
        if (!lead) {
            m_lastError = lead.errorMessage();
            emit errorOccurred(m_lastError);
            continue;
        }
        if (!passesFilter(stored, lead.value()))
            continue;
        // The list is ordered by message id (MessageRepository::list).
        const auto at =
            std::lower_bound(m_rows.cbegin(), m_rows.cend(), stored.id,
                             [](const MessageWithLead &r, qint64 id) { return r.message.id < id; });
        const int position = int(at - m_rows.cbegin());
        beginInsertRows({}, position, position);
        m_rows.insert(position, MessageWithLead{stored, std::move(lead).value()});
        endInsertRows();
    }
}

void MessageListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_latestEvents.clear();
    if (m_campaignId > 0) {
        MessageFilter filter;
        filter.status = m_status;
        auto result = MessageRepository(m_db).list(m_campaignId, filter);
        auto latest = EventRepository(m_db).latestPerMessage(m_campaignId);
        if (result && latest) {
            // Search and flags filter the loaded campaign in memory: a
            // campaign's messages are all loaded anyway (variants included).
            for (MessageWithLead &row : result.value()) {
                if (passesFilter(row.message, row.lead))
                    m_rows.append(std::move(row));
            }
            m_latestEvents = std::move(latest).value();
            m_lastError.clear();
        } else {
            m_lastError = result ? latest.errorMessage() : result.errorMessage();
        }
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
}

} // namespace outreach
