// The writer thread's half of ResultWriter: owns that thread's own database
// connection and writes generation results in batched transactions with the
// repositories' cached statements. Lives on the writer thread and is driven
// only by queued calls; it reports back through queued signals.
#pragma once

#include "DatabaseUrl.h"
#include "Message.h"

#include <QObject>
#include <memory>
#include <optional>

namespace outreach {

class Database;

struct PendingResult
{
    Message message;
    // Set for a one-variant regeneration: only this variant is replaced.
    std::optional<Variant> onlyVariant;
};

class ResultWriterWorker : public QObject
{
    Q_OBJECT
public:
    ResultWriterWorker(DatabaseUrl url, qint64 campaignId, int batchSize, QString claimOwner);
    ~ResultWriterWorker() override;

    // Opens the connection now, so the first batch does not wait for it.
    void open();
    // Stores these after whatever is still waiting; failed() on an error
    // (the results stay waiting and are tried again with the next call).
    void write(QList<PendingResult> results);
    // Stores whatever is still waiting, then flushed().
    void flush();

signals:
    // One committed transaction: its messages in the order they were added,
    // and where they were written (for tests and benchmarks).
    void batchWritten(const QList<outreach::Message> &messages, const QString &connectionName,
                      QThread *thread);
    void failed(const QString &error);
    void flushed(bool ok, const QString &error);

private:
    bool writeWaiting();
    bool ensureOpen();

    DatabaseUrl m_url;
    qint64 m_campaignId;
    int m_batchSize;
    QString m_claimOwner;
    std::unique_ptr<Database> m_db;
    QList<PendingResult> m_waiting;
    QString m_error;
};

} // namespace outreach
