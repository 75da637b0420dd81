// Writes finished generation results in small transactions: everything that
// arrived in the same event-loop turn (or flush interval) goes in one,
// capped so no single write stalls the GUI. A result counts as done only
// after its transaction committed, and its claim and budget reservation are
// settled in that same transaction.
#pragma once

#include "Message.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace outreach {

class Database;

struct PendingResult
{
    Message message;
    // Set for a one-variant regeneration: only this variant is replaced.
    std::optional<Variant> onlyVariant;
};

class ResultWriter : public QObject
{
    Q_OBJECT
public:
    // claimOwner: the run's claim token; each stored lead's claim is settled
    // in the same transaction (empty: no claims, a regeneration).
    ResultWriter(Database &db, qint64 campaignId, int batchSize, int flushIntervalMs,
                 const QString &claimOwner = {}, QObject *parent = nullptr);

    void add(PendingResult result);
    // Writes what is waiting now; false (and error()) when the database refused.
    bool flush();
    int pending() const { return int(m_pending.size()); }
    QString error() const { return m_error; }

signals:
    // After a commit: the stored messages, in the order they were added.
    void written(const QList<outreach::Message> &messages);
    void failed(const QString &error);

private:
    Database &m_db;
    qint64 m_campaignId;
    QString m_claimOwner;
    int m_batchSize;
    QList<PendingResult> m_pending;
    QTimer m_timer;
    QString m_error;
};

} // namespace outreach
