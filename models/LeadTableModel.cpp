#include "LeadTableModel.h"
#include "LeadQualification.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
std::optional<LeadFilter::Sort> sqlSortOf(int column)
{
    switch (column) {
    case LeadTableModel::ScoreColumn:
        return LeadFilter::Sort::Score;
    case LeadTableModel::NameColumn:
        return LeadFilter::Sort::Name;
    case LeadTableModel::TitleColumn:
        return LeadFilter::Sort::Title;
    case LeadTableModel::CompanyColumn:
        return LeadFilter::Sort::Company;
    case LeadTableModel::EmailColumn:
        return LeadFilter::Sort::Email;
    default:
        return std::nullopt;
    }
}
} // namespace

LeadTableModel::LeadTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    m_filter.sort = LeadFilter::Sort::Score;
    m_filter.descending = true;
    refresh();
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LeadTableModel::isQualifying(const Lead &lead) const
{
    if (!m_qualifying)
        return false;
    Campaign campaign;
    campaign.minScore = *m_qualifying;
    campaign.channel = m_channel;
    return LeadQualification::qualifies(lead, campaign);
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lead &lead = m_rows.at(index.row());
    if (role == LeadIdRole)
        return lead.id;
    if (role == QualifyingRole)
        return isQualifying(lead);
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ScoreColumn:
        if (!lead.qualificationScore)
            return role == RawRole ? QVariant() : QVariant(u"–"_s);
        return role == RawRole ? QVariant(*lead.qualificationScore)
                               : QVariant(QString::number(*lead.qualificationScore));
    case NameColumn:
        return lead.fullName();
    case TitleColumn:
        return lead.title;
    case CompanyColumn:
        return lead.company;
    case EmailColumn:
        return lead.email;
    case LocationColumn:
        return lead.location;
    default:
        return {};
    }
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScoreColumn:
        return tr("Score");
    case NameColumn:
        return tr("Name");
    case TitleColumn:
        return tr("Title");
    case CompanyColumn:
        return tr("Company");
    case EmailColumn:
        return tr("Email");
    case LocationColumn:
        return tr("Location");
    default:
        return {};
    }
}

QHash<int, QByteArray> LeadTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(RawRole, "raw");
    names.insert(LeadIdRole, "leadId");
    names.insert(QualifyingRole, "qualifying");
    return names;
}

bool LeadTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void LeadTableModel::fetchMore(const QModelIndex &parent)
{
    // Re-entrant calls come from slots connected to our own reset/insert
    // signals; the rows are not settled yet, and views ask again afterwards.
    if (parent.isValid() || m_rows.size() >= m_total || m_busy)
        return;
    m_busy = true;
    loadPage();
    m_busy = false;
}

void LeadTableModel::loadPage()
{
    LeadFilter page = m_filter;
    page.limit = m_pageSize;
    page.offset = m_rows.size();
    auto result = LeadRepository(m_db).list(page);
    if (!result) {
        fail(result.errorMessage());
        m_total = m_rows.size(); // stop asking for pages that cannot be read
        return;
    }
    QList<Lead> leads = std::move(result).value();
    if (leads.isEmpty()) {
        m_total = m_rows.size(); // rows were deleted meanwhile
        return;
    }
    if (m_resetting) { // the first page is part of the reset
        m_rows = std::move(leads);
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(leads.size()) - 1);
    m_rows.append(std::move(leads));
    endInsertRows();
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sqlSort = sqlSortOf(column);
    if (!sqlSort)
        return; // not sortable in SQL: keep the current order
    m_sortColumn = column;
    m_sortOrder = order;
    m_filter.sort = *sqlSort;
    m_filter.descending = order == Qt::DescendingOrder;
    refresh();
}

void LeadTableModel::setFilter(std::optional<int> minScore, const QString &search)
{
    m_filter.minScore = minScore;
    m_filter.search = search.trimmed();
    refresh();
}

void LeadTableModel::setQualifyingScore(std::optional<int> score, Channel channel)
{
    if (m_qualifying == score && m_channel == channel)
        return;
    m_qualifying = score;
    m_channel = channel;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {QualifyingRole});
}

const Lead *LeadTableModel::leadAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int LeadTableModel::rowOfLead(qint64 leadId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == leadId)
            return row;
    }
    return -1;
}

void LeadTableModel::refresh()
{
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    auto total = LeadRepository(m_db).count(m_filter);
    if (total) {
        m_total = total.value();
        m_lastError.clear();
        m_resetting = true; // a view shows the first screen without another round trip
        loadPage();
        m_resetting = false;
    } else {
        m_total = 0;
    }
    endResetModel();
    m_busy = false;
    if (!total)
        fail(total.errorMessage());
    emit totalCountChanged(m_total);
}

void LeadTableModel::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

} // namespace outreach
