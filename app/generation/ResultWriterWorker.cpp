#include "ResultWriterWorker.h"

#include "CampaignRepository.h"
#include "ClaimRepository.h"
#include "Database.h"
#include "MessageRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

namespace outreach {

ResultWriterWorker::ResultWriterWorker(DatabaseUrl url, qint64 campaignId, int batchSize, QString claimOwner)
    : m_url(std::move(url))
    , m_campaignId(campaignId)
    , m_batchSize(std::max(1, batchSize))
    , m_claimOwner(std::move(claimOwner))
{}

// The connection is closed here, on the writer thread (QThread::finished
// deletes the worker there): a connection belongs to the thread that opened it.
ResultWriterWorker::~ResultWriterWorker() = default;

bool ResultWriterWorker::ensureOpen()
{
    if (m_db)
        return true;
    auto db = Database::open(m_url);
    if (!db) {
        m_error = QCoreApplication::translate("Generation", "Cannot store generated messages: %1")
                      .arg(db.errorMessage());
        return false;
    }
    m_db = std::move(db.value());
    return true;
}

void ResultWriterWorker::open()
{
    // An error here is reported with the first write, where it matters.
    (void)ensureOpen();
}

void ResultWriterWorker::write(QList<PendingResult> results)
{
    m_waiting.append(std::move(results));
    if (!writeWaiting())
        emit failed(m_error);
}

void ResultWriterWorker::flush()
{
    const bool ok = writeWaiting();
    emit flushed(ok, ok ? QString() : m_error);
}

void ResultWriterWorker::claim(const ClaimRequest &request)
{
    ClaimAnswer answer;
    answer.job = request.job;
    answer.thread = QThread::currentThread();
    const auto done = [&] { emit claimed(answer); };
    if (!ensureOpen()) {
        answer.error = m_error;
        return done();
    }
    answer.connectionName = m_db->connection().connectionName();
    ClaimRepository claims(*m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Claim and reservation commit together: one commit per request instead
    // of two. A reservation refused rolls the claim back with it.
    Transaction tx(*m_db);
    if (!tx.status()) {
        answer.error = tx.status().errorMessage();
        return done();
    }
    if (request.claim) {
        const auto claim = claims.claim(m_campaignId, request.leadId, m_claimOwner, now,
                                        now + request.leaseMs, request.retryFailed);
        if (!claim) {
            answer.error = claim.errorMessage();
            return done();
        }
        answer.claim = claim.value();
        // Not claimed: claim() has rolled back what it began, and with it
        // this transaction; nothing was written.
        if (answer.claim.kind != ClaimOutcome::Claimed)
            return done();
    }
    const auto reserved =
        claims.reserve(m_campaignId, request.leadId, m_claimOwner, request.reserveUsd, now + request.leaseMs);
    if (!reserved) {
        answer.error = reserved.errorMessage();
    } else {
        // Refused, reserve() has rolled the whole transaction back (a new
        // claim included): nothing to commit.
        answer.reservation = reserved.value();
        if (answer.reservation == Reservation::Reserved) {
            if (auto committed = tx.commit(); !committed)
                answer.error = committed.errorMessage();
        }
    }
    done();
}

bool ResultWriterWorker::writeWaiting()
{
    if (m_waiting.isEmpty())
        return true;
    if (!ensureOpen())
        return false;
    Database &db = *m_db;
    MessageRepository messages(db);
    ClaimRepository claims(db);
    while (!m_waiting.isEmpty()) {
        const int n = std::min<int>(m_batchSize, int(m_waiting.size()));
        QList<Message> stored;
        stored.reserve(n);
        Transaction tx(db);
        DbStatus status = tx.status();
        for (int i = 0; status.ok() && i < n; ++i) {
            PendingResult &r = m_waiting[i];
            status = messages.saveResult(r.message);
            if (status.ok() && r.onlyVariant)
                status = messages.replaceVariant(r.message.id, *r.onlyVariant);
            stored.append(r.message);
        }
        // Settled last: settling updates the campaign's row, which the
        // engine's budget reservations need too; holding it only for the end
        // of the transaction keeps them from waiting for the whole batch.
        for (int i = 0; status.ok() && !m_claimOwner.isEmpty() && i < n; ++i)
            status = claims.settle(m_campaignId, stored.at(i).leadId, stored.at(i).id, m_claimOwner);
        if (status.ok())
            status = CampaignRepository(db).refreshCostTotal(m_campaignId);
        if (status.ok())
            status = tx.commit();
        if (!status.ok()) {
            m_error = QCoreApplication::translate("Generation", "Cannot store generated messages: %1")
                          .arg(status.errorMessage());
            return false;
        }
        m_waiting.remove(0, n);
        emit batchWritten(stored, db.connection().connectionName(), QThread::currentThread());
    }
    return true;
}

} // namespace outreach
