// Keeps a generation run's per-lead database work off the calling (GUI)
// thread: a writer thread with its own database connection makes the lead
// claims and budget reservations (answered through claimed()) and stores the
// finished results. Results that arrive in the same event-loop turn (or flush
// interval) go to it together and are written in transactions of at most
// batchSize. A result counts as done only after its
// transaction committed, and its claim and budget reservation are settled in
// that same transaction; the caller hears of it through queued signals, in
// the order the results were added.
#pragma once

#include "DatabaseUrl.h"
#include "ResultWriterWorker.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace outreach {

// Where one transaction of results was written.
struct WrittenBatch
{
    int size = 0;
    QThread *thread = nullptr; // the thread that ran the transaction
    QString connectionName;    // the connection it ran on
};

class ResultWriter : public QObject
{
    Q_OBJECT
public:
    // url: the database to open a connection of its own to. claimOwner: the
    // run's claim token; each stored lead's claim is settled in the same
    // transaction (empty: no claims, a regeneration).
    ResultWriter(const DatabaseUrl &url, qint64 campaignId, int batchSize, int flushIntervalMs,
                 const QString &claimOwner = {}, QObject *parent = nullptr);
    // Waits for the batch being written, if any; results not yet written are
    // dropped (as a crash would drop them: their claims stay, their spend is
    // booked when another run buys them again).
    ~ResultWriter() override;

    // Claims and reserves for one request on the writer thread; claimed()
    // answers. Made after the results handed over before it.
    void claim(const ClaimRequest &request);
    void add(PendingResult result);
    // Hands everything waiting to the writer thread; flushed() follows when
    // all results added so far are written (or the database refused them).
    void flush();
    // Ends the writer thread and closes its connection once what it was
    // given is written or dropped; the engine calls it when a run is over.
    void close();
    // Added, not yet reported written.
    int pending() const { return m_added - m_written; }
    const QThread *writerThread() const { return &m_thread; }

signals:
    // After a commit: the stored messages, in the order they were added.
    void written(const QList<outreach::Message> &messages);
    void batchWritten(const outreach::WrittenBatch &batch);
    // A write failed; the results stay waiting and are tried again.
    void failed(const QString &error);
    void flushed(bool ok, const QString &error);
    void claimed(const outreach::ClaimAnswer &answer);

private:
    void handOver();
    void onBatchWritten(const QList<Message> &messages, const QString &connectionName, QThread *thread);

    QThread m_thread;
    ResultWriterWorker *m_worker;
    int m_batchSize;
    QList<PendingResult> m_waiting; // not yet handed over
    QTimer m_timer;
    int m_added = 0;
    int m_written = 0;
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::WrittenBatch)
