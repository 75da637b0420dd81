// The campaigns with their counts (qualifying leads, generated messages), for
// the campaign list. refresh() merges a reload into the rows with precise
// insert/remove/dataChanged calls, so a view keeps its selection.
#pragma once

#include "CampaignRepository.h"

#include <QAbstractListModel>

namespace outreach {

class CampaignListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CampaignIdRole = Qt::UserRole + 1,
        ChannelRole,    // Channel as int
        StatusRole,     // CampaignStatus as int
        QualifyingRole, // qint64
        GeneratedRole,  // qint64
        FailedRole,     // qint64
        DetailRole,     // "Draft · 48 qualifying · 12 generated"
        LeftOutRole,    // qint64: leads with the score but not the channel's contact
        CostRole,       // double: USD spent on generation
    };

    explicit CampaignListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const CampaignSummary *summaryAt(int row) const;
    int rowOfCampaign(qint64 id) const;
    QString lastError() const { return m_lastError; }

public slots:
    void refresh();
    // Reloads one campaign's row (after an edit or a generation batch).
    void refreshCampaign(qint64 id);

signals:
    void errorOccurred(const QString &message);

private:
    void updateRow(int row, const CampaignSummary &summary);

    Database &m_db;
    QList<CampaignSummary> m_rows;
    QString m_lastError;
};

} // namespace outreach
