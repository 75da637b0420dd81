// The writer thread's half of ResultWriter: owns that thread's own database
// connection, makes the run's lead claims and budget reservations, and writes
// generation results in batched transactions with the repositories' cached
// statements. Lives on the writer thread and is driven only by queued calls,
// handled in the order they were made; it reports back through queued signals.
#pragma once

#include "ClaimRepository.h"
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

// Before a lead's request leaves: claim the lead (unless the run holds it)
// and reserve what the request may cost, renewing the lease.
struct ClaimRequest
{
    int job = -1; // the engine's job, echoed in the answer
    qint64 leadId = 0;
    bool claim = true; // false: the run holds the claim already
    double reserveUsd = 0;
    qint64 leaseMs = 0;
    bool retryFailed = false;
};

struct ClaimAnswer
{
    int job = -1;
    QString error; // the database failed; nothing else is set
    ClaimOutcome claim;
    Reservation reservation = Reservation::Reserved; // when claim.kind is Claimed
    QThread *thread = nullptr;                       // where it ran, and on which connection (for tests)
    QString connectionName;

    bool ok() const { return error.isEmpty(); }
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
    // Claims and reserves, each in its own short transaction; claimed() follows.
    void claim(const ClaimRequest &request);

signals:
    // One committed transaction: its messages in the order they were added,
    // and where they were written (for tests and benchmarks).
    void batchWritten(const QList<outreach::Message> &messages, const QString &connectionName,
                      QThread *thread);
    void failed(const QString &error);
    void flushed(bool ok, const QString &error);
    void claimed(const outreach::ClaimAnswer &answer);

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

Q_DECLARE_METATYPE(outreach::ClaimAnswer)
