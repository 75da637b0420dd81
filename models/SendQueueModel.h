// The send queue of one campaign for the Sending tab: recipient, state,
// when (scheduled or sent), attempts and the reason or last server answer
// per row, read through SendQueueRepository. Raw values (state string, ISO
// times) in RawRole for sorting and filtering; the row's queue id in IdRole.
#pragma once

#include "Database.h"
#include "Sending.h"

#include <QAbstractTableModel>

namespace outreach {

class SendQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RecipientColumn, StateColumn, WhenColumn, AttemptsColumn, ReasonColumn, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, IdRole, StateRole };

    explicit SendQueueModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0: empty. `state` limits the rows to one state (the in-doubt list).
    void setCampaign(qint64 campaignId);
    void setStateFilter(std::optional<SendState> state);
    qint64 campaignId() const { return m_campaignId; }
    // Re-reads the rows; changed rows get dataChanged, others a reset.
    DbStatus refresh();
    const QueueEntry *entryAt(int row) const;

private:
    Database &m_db;
    qint64 m_campaignId = 0;
    std::optional<SendState> m_state;
    QList<QueueEntry> m_rows;
};

} // namespace outreach
