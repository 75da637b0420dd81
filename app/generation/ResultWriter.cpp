#include "ResultWriter.h"

#include "CampaignRepository.h"
#include "ClaimRepository.h"
#include "Database.h"
#include "MessageRepository.h"

#include <QCoreApplication>

namespace outreach {

ResultWriter::ResultWriter(Database &db, qint64 campaignId, int batchSize, int flushIntervalMs,
                           const QString &claimOwner, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_campaignId(campaignId)
    , m_claimOwner(claimOwner)
    , m_batchSize(std::max(1, batchSize))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::max(0, flushIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!flush())
            emit failed(m_error);
    });
}

void ResultWriter::add(PendingResult result)
{
    m_pending.append(std::move(result));
    if (m_pending.size() >= m_batchSize) {
        if (!flush())
            emit failed(m_error);
    } else if (!m_timer.isActive()) {
        m_timer.start();
    }
}

bool ResultWriter::flush()
{
    m_timer.stop();
    while (!m_pending.isEmpty()) {
        const int n = std::min<int>(m_batchSize, int(m_pending.size()));
        QList<Message> stored;
        stored.reserve(n);
        MessageRepository messages(m_db);
        Transaction tx(m_db);
        DbStatus status = tx.status();
        for (int i = 0; status.ok() && i < n; ++i) {
            PendingResult &r = m_pending[i];
            status = messages.saveResult(r.message);
            if (status.ok() && r.onlyVariant)
                status = messages.replaceVariant(r.message.id, *r.onlyVariant);
            if (status.ok() && !m_claimOwner.isEmpty())
                status =
                    ClaimRepository(m_db).settle(m_campaignId, r.message.leadId, r.message.id, m_claimOwner);
            stored.append(r.message);
        }
        if (status.ok())
            status = CampaignRepository(m_db).refreshCostTotal(m_campaignId);
        if (status.ok())
            status = tx.commit();
        if (!status.ok()) {
            m_error = QCoreApplication::translate("Generation", "Cannot store generated messages: %1")
                          .arg(status.errorMessage());
            return false;
        }
        m_pending.remove(0, n);
        emit written(stored);
    }
    return true;
}

} // namespace outreach
