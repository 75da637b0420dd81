#include "CampaignListModel.h"
#include "DisplayNames.h"
#include "LeadQualification.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
QList<int> changedRoles(const CampaignSummary &a, const CampaignSummary &b)
{
    QList<int> roles;
    if (a.campaign.name != b.campaign.name)
        roles << Qt::DisplayRole << Qt::EditRole;
    if (a.campaign.channel != b.campaign.channel)
        roles << CampaignListModel::ChannelRole << Qt::DecorationRole; // a proxy draws the icon from it
    if (a.campaign.status != b.campaign.status)
        roles << CampaignListModel::StatusRole;
    if (a.qualifying != b.qualifying)
        roles << CampaignListModel::QualifyingRole;
    if (a.generated != b.generated)
        roles << CampaignListModel::GeneratedRole;
    if (a.failed != b.failed)
        roles << CampaignListModel::FailedRole;
    if (a.leftOut != b.leftOut)
        roles << CampaignListModel::LeftOutRole;
    if (a.campaign.costTotal != b.campaign.costTotal)
        roles << CampaignListModel::CostRole;
    if (!roles.isEmpty())
        roles << CampaignListModel::DetailRole;
    if (!roles.isEmpty() || a.campaign.minScore != b.campaign.minScore)
        roles << Qt::ToolTipRole;
    return roles;
}
} // namespace

CampaignListModel::CampaignListModel(Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
    refresh();
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return s.campaign.name;
    case Qt::ToolTipRole:
        return QString(tr("%1 — %2 campaign, minimum score %3")
                           .arg(s.campaign.name, displayName(s.campaign.channel))
                           .arg(s.campaign.minScore) +
                       (s.leftOut > 0
                            ? u"\n"_s + LeadQualification::leftOutText(s.campaign.channel, s.leftOut)
                            : QString()));
    case CampaignIdRole:
        return s.campaign.id;
    case ChannelRole:
        return int(s.campaign.channel);
    case StatusRole:
        return int(s.campaign.status);
    case QualifyingRole:
        return s.qualifying;
    case GeneratedRole:
        return s.generated;
    case FailedRole:
        return s.failed;
    case LeftOutRole:
        return s.leftOut;
    case CostRole:
        return s.campaign.costTotal;
    case DetailRole:
        return tr("%1 · %2 qualifying · %3 generated")
            .arg(displayName(s.campaign.status))
            .arg(s.qualifying)
            .arg(s.generated);
    default:
        return {};
    }
}

QHash<int, QByteArray> CampaignListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(CampaignIdRole, "campaignId");
    names.insert(ChannelRole, "channel");
    names.insert(StatusRole, "status");
    names.insert(QualifyingRole, "qualifying");
    names.insert(GeneratedRole, "generated");
    names.insert(FailedRole, "failed");
    names.insert(DetailRole, "detail");
    return names;
}

const CampaignSummary *CampaignListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CampaignListModel::rowOfCampaign(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).campaign.id == id)
            return row;
    }
    return -1;
}

void CampaignListModel::updateRow(int row, const CampaignSummary &summary)
{
    const QList<int> roles = changedRoles(m_rows.at(row), summary);
    m_rows[row] = summary;
    if (!roles.isEmpty())
        emit dataChanged(index(row), index(row), roles);
}

void CampaignListModel::refresh()
{
    auto result = CampaignRepository(m_db).summaries();
    if (!result) {
        m_lastError = result.errorMessage();
        emit errorOccurred(m_lastError);
        return;
    }
    const QList<CampaignSummary> fresh = std::move(result).value();
    QSet<qint64> freshIds;
    for (const auto &s : fresh)
        freshIds.insert(s.campaign.id);

    // Both lists are ordered by id, so a merge keeps every surviving row in place.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshIds.contains(m_rows.at(row).campaign.id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).campaign.id == fresh.at(i).campaign.id) {
            updateRow(i, fresh.at(i));
        } else if (rowOfCampaign(fresh.at(i).campaign.id) < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh.at(i));
            endInsertRows();
        } else { // order changed in a way a merge cannot express
            beginResetModel();
            m_rows = fresh;
            endResetModel();
            return;
        }
    }
    m_lastError.clear();
}

void CampaignListModel::refreshCampaign(qint64 id)
{
    const int row = rowOfCampaign(id);
    if (row < 0) {
        refresh();
        return;
    }
    auto result = CampaignRepository(m_db).summary(id);
    if (result.isNotFound()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    if (!result) {
        m_lastError = result.errorMessage();
        emit errorOccurred(m_lastError);
        return;
    }
    updateRow(row, result.value());
}

} // namespace outreach
