// The messages of one campaign with their lead and three variants, for the
// Messages tab and the variant editor. Variant writes go through here so the
// cached version stays the one the next edit is checked against.
#pragma once

#include "MessageRepository.h"

#include <QAbstractTableModel>

namespace outreach {

class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LeadColumn,
        CompanyColumn,
        StatusColumn,
        EventColumn, // the latest recorded event: sent, opened, replied, ...
        FlagsColumn,
        CostColumn,
        LatencyColumn,
        VariantColumn,
        ColumnCount
    };
    enum Role { RawRole = Qt::UserRole + 1, MessageIdRole, StatusRole };

    explicit MessageListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_campaignId; }
    void setStatusFilter(std::optional<GenerationStatus> status);
    // Text matched against the lead's name, email and company and the
    // variants' subjects and bodies (case-insensitive); empty: all.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    enum class FlagFilter { Any, OverLimit, Edited, Failed, Unapproved };
    void setFlagFilter(FlagFilter filter);
    FlagFilter flagFilter() const { return m_flagFilter; }
    // Re-reads the latest event of every message (after recording one).
    void refreshEvents();
    std::optional<EventType> latestEvent(qint64 messageId) const;

    const MessageWithLead *messageAt(int row) const;
    const MessageWithLead *messageById(qint64 id) const;
    int rowOfMessage(qint64 id) const;

    // Saves one variant's text, checked against the version this model last
    // read; a Conflict error leaves the row as it was.
    // `edited` false: the text is the generated one again (an undo).
    DbResult<Variant> writeVariant(qint64 messageId, int index, const std::optional<QString> &subject,
                                   const QString &body, bool edited = true);
    // Saves over whatever is stored now (the user chose "overwrite with mine").
    DbResult<Variant> overwriteVariant(qint64 messageId, int index, const std::optional<QString> &subject,
                                       const QString &body);
    DbStatus pinVariant(qint64 messageId, int index);
    DbStatus setApproved(qint64 messageId, bool approved);
    // Re-reads one message (after a conflict or a regeneration).
    DbStatus reloadMessage(qint64 messageId);
    // Takes messages the generation just stored: a known row is updated in
    // place, a new one inserted where the list order puts it, without a reset.
    void messagesStored(const QList<Message> &messages);
    QString lastError() const { return m_lastError; }

public slots:
    void refresh();

signals:
    void variantChanged(qint64 messageId, int index);
    void messageReloaded(qint64 messageId);
    void errorOccurred(const QString &message);

private:
    static QString flagsText(const Message &message);
    void rowChanged(int row);
    bool passesFilter(const Message &message, const Lead &lead) const;
    bool matchesSearch(const Message &message, const Lead &lead) const;

    Database &m_db;
    qint64 m_campaignId = 0;
    std::optional<GenerationStatus> m_status;
    QString m_search;
    FlagFilter m_flagFilter = FlagFilter::Any;
    QHash<qint64, EventType> m_latestEvents;
    QList<MessageWithLead> m_rows;
    QString m_lastError;
};

} // namespace outreach
