// The mails that came back for one campaign or for all of them, newest
// first, for the Replies tab: lead, campaign, variant, received time, kind
// (reply, auto-reply, opt-out, bounce, soft bounce; marked when corrected by
// hand) and the snippet without the quoted part, read through
// InboxRepository. The whole record of a row is replyAt() (its full text
// for the detail view).
#pragma once

#include "InboxRepository.h"

#include <QAbstractTableModel>

namespace outreach {

class ReplyListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LeadColumn,
        CampaignColumn,
        VariantColumn,
        ReceivedColumn,
        KindColumn,
        SnippetColumn,
        ColumnCount
    };
    enum Role { RawRole = Qt::UserRole + 1, IdRole };

    explicit ReplyListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCampaign(qint64 campaignId);
    // All campaigns instead of the one set with setCampaign().
    void setAllCampaigns(bool all);
    bool allCampaigns() const { return m_all; }
    // "reply", "auto_reply", "opt_out", "bounce", "soft_bounce"; empty: all.
    void setKind(const QString &kind);
    DbStatus refresh();
    const ReplyRecord *replyAt(int row) const;

    // The translated name of a stored kind.
    static QString kindDisplayName(const QString &kind);
    static QStringList kinds();

private:
    Database &m_db;
    qint64 m_campaignId = 0;
    bool m_all = false;
    QString m_kind;
    QList<ReplyRecord> m_rows;
};

} // namespace outreach
