#include "ResultWriter.h"

namespace outreach {

ResultWriter::ResultWriter(const DatabaseUrl &url, qint64 campaignId, int batchSize, int flushIntervalMs,
                           const QString &claimOwner, QObject *parent)
    : QObject(parent)
    , m_worker(new ResultWriterWorker(url, campaignId, batchSize, claimOwner))
    , m_batchSize(std::max(1, batchSize))
{
    qRegisterMetaType<QList<outreach::Message>>();
    qRegisterMetaType<outreach::WrittenBatch>();
    qRegisterMetaType<outreach::ClaimAnswer>();
    m_thread.setObjectName(QStringLiteral("outreach-result-writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Queued: the worker's signals come from the writer thread.
    connect(m_worker, &ResultWriterWorker::batchWritten, this, &ResultWriter::onBatchWritten,
            Qt::QueuedConnection);
    connect(m_worker, &ResultWriterWorker::failed, this, &ResultWriter::failed, Qt::QueuedConnection);
    connect(m_worker, &ResultWriterWorker::flushed, this, &ResultWriter::flushed, Qt::QueuedConnection);
    connect(m_worker, &ResultWriterWorker::claimed, this, &ResultWriter::claimed, Qt::QueuedConnection);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ResultWriterWorker::open, Qt::QueuedConnection);

    m_timer.setSingleShot(true);
    m_timer.setInterval(std::max(0, flushIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &ResultWriter::handOver);
}

ResultWriter::~ResultWriter()
{
    close();
}

void ResultWriter::close()
{
    m_timer.stop();
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr; // deleted on its thread as that ended
}

void ResultWriter::add(PendingResult result)
{
    m_waiting.append(std::move(result));
    ++m_added;
    if (m_waiting.size() >= m_batchSize)
        handOver();
    else if (!m_timer.isActive())
        m_timer.start();
}

void ResultWriter::handOver()
{
    m_timer.stop();
    if (m_waiting.isEmpty() || !m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, results = std::exchange(m_waiting, {})]() mutable {
            worker->write(std::move(results));
        },
        Qt::QueuedConnection);
}

void ResultWriter::claim(const ClaimRequest &request)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, request] { worker->claim(request); }, Qt::QueuedConnection);
}

void ResultWriter::flush()
{
    handOver();
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &ResultWriterWorker::flush, Qt::QueuedConnection);
}

void ResultWriter::onBatchWritten(const QList<Message> &messages, const QString &connectionName,
                                  QThread *thread)
{
    m_written += int(messages.size());
    emit written(messages);
    emit batchWritten(WrittenBatch{int(messages.size()), thread, connectionName});
}

} // namespace outreach
