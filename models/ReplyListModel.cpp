#include "ReplyListModel.h"
#include "ReplyCorrectionRepository.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace outreach {

ReplyListModel::ReplyListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

int ReplyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReplyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ReplyListModel::kinds()
{
    return ReplyCorrectionRepository::kinds();
}

QString ReplyListModel::kindDisplayName(const QString &kind)
{
    if (kind == u"reply")
        return QCoreApplication::translate("ReplyListModel", "Reply");
    if (kind == u"auto_reply")
        return QCoreApplication::translate("ReplyListModel", "Auto-reply");
    if (kind == u"opt_out")
        return QCoreApplication::translate("ReplyListModel", "Opt-out");
    if (kind == u"bounce")
        return QCoreApplication::translate("ReplyListModel", "Bounce");
    if (kind == u"soft_bounce")
        return QCoreApplication::translate("ReplyListModel", "Delayed (soft bounce)");
    return kind;
}

QVariant ReplyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReplyRecord &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    const bool raw = role == RawRole;
    if (!raw && role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ReceivedColumn:
        return raw ? QVariant(r.receivedAt)
                   : QVariant(QLocale().toString(r.receivedAt.toLocalTime(), QLocale::ShortFormat));
    case LeadColumn:
        return r.leadName.isEmpty() ? r.leadEmail : u"%1 <%2>"_s.arg(r.leadName, r.leadEmail);
    case VariantColumn:
        if (raw)
            return r.variant;
        return r.variant < 0 ? QString() : QString(QChar(u'A' + r.variant));
    case CampaignColumn:
        return raw ? QVariant(r.campaignId) : QVariant(r.campaignName);
    case KindColumn:
        if (raw)
            return r.kind;
        if (!r.corrected)
            return kindDisplayName(r.kind);
        if (role == Qt::ToolTipRole && r.correctedAt.isValid())
            return QCoreApplication::translate("ReplyListModel", "Corrected by %1 on %2; was: %3")
                .arg(r.correctedBy, QLocale().toString(r.correctedAt.toLocalTime(), QLocale::ShortFormat),
                     kindDisplayName(r.correctedFrom));
        return QCoreApplication::translate("ReplyListModel", "%1 (corrected)").arg(kindDisplayName(r.kind));
    case SnippetColumn:
        if (r.kind == u"bounce" || r.kind == u"soft_bounce")
            return r.diagnostic.isEmpty() ? r.statusCode : u"%1 %2"_s.arg(r.statusCode, r.diagnostic);
        return r.snippet.isEmpty() ? r.subject : r.snippet;
    }
    return {};
}

QVariant ReplyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceivedColumn:
        return QCoreApplication::translate("ReplyListModel", "Received");
    case LeadColumn:
        return QCoreApplication::translate("ReplyListModel", "Lead");
    case CampaignColumn:
        return QCoreApplication::translate("ReplyListModel", "Campaign");
    case VariantColumn:
        return QCoreApplication::translate("ReplyListModel", "Variant");
    case KindColumn:
        return QCoreApplication::translate("ReplyListModel", "Kind");
    case SnippetColumn:
        return QCoreApplication::translate("ReplyListModel", "What it says");
    }
    return {};
}

void ReplyListModel::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    (void)refresh();
}

void ReplyListModel::setAllCampaigns(bool all)
{
    m_all = all;
    (void)refresh();
}

void ReplyListModel::setKind(const QString &kind)
{
    m_kind = kind;
    (void)refresh();
}

DbStatus ReplyListModel::refresh()
{
    QList<ReplyRecord> rows;
    if (m_all || m_campaignId > 0) {
        auto read = InboxRepository(m_db).replies(m_all ? 0 : m_campaignId, m_kind);
        if (!read)
            return read.error();
        rows = std::move(read).value();
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return Ok{};
}

const ReplyRecord *ReplyListModel::replyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace outreach
