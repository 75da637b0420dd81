#include "SendRunner.h"

#include "SenderRepository.h"
#include "secrets/SenderSecrets.h"
#include "sending/Clock.h"

#include <QRandomGenerator>

namespace outreach {

// Lives on the runner's thread: the database connection of that thread and
// the engine over it, made on first use and closed there.
class SendWorker : public QObject
{
public:
    explicit SendWorker(Database &guiDb)
        : m_guiDb(guiDb)
    {}

    // Runs on the worker thread.
    DbResult<SendEngine *> engine()
    {
        if (!m_engine) {
            auto db = m_guiDb.openAnother();
            if (!db)
                return db.error();
            m_db = std::move(db).value();
            m_engine = std::make_unique<SendEngine>(*m_db, m_clock, QRandomGenerator::system()->generate64());
        }
        return m_engine.get();
    }
    void close()
    {
        m_engine.reset();
        m_db.reset();
    }

private:
    Database &m_guiDb;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SendEngine> m_engine;
};

namespace {
// A wait is re-checked at least this often: the user may resume a sender,
// raise a cap or approve messages meanwhile.
constexpr qint64 kMaxWaitMs = 60 * 1000;
} // namespace

SendRunner::SendRunner(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_worker(new SendWorker(db))
{
    m_thread.setObjectName(QStringLiteral("SendRunner"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, [this] { runStep(false); });
}

SendRunner::~SendRunner()
{
    // The current send finishes; the worker's connection closes on its own thread.
    SendWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void SendRunner::post(std::function<void(SendWorker &)> job)
{
    SendWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, job = std::move(job)] { job(*worker); });
}

void SendRunner::resolveSecrets(QList<Sender> pending, std::function<void()> then)
{
    // Only senders that log in need one; each resolved in turn, asynchronously.
    while (!pending.isEmpty() && pending.first().login.isEmpty() && pending.first().kind != SenderKind::Phone)
        pending.removeFirst();
    if (pending.isEmpty()) {
        then();
        return;
    }
    const Sender s = pending.takeFirst();
    SenderSecrets(m_store).resolve(s, SenderSecrets::Purpose::Send, this,
                                   [this, s, pending, then](const ApiKeyResult &r) {
                                       if (r.ok())
                                           m_secrets.insert(s.id, r.key);
                                       resolveSecrets(pending, then);
                                   });
}

bool SendRunner::start(qint64 campaignId)
{
    if (m_running || campaignId <= 0)
        return false;
    const auto senders = SenderRepository(m_db).campaignSenders(campaignId);
    if (!senders) {
        emit problem(campaignId, senders.errorMessage());
        return false;
    }
    m_running = true;
    m_stopRequested = false;
    m_campaignId = campaignId;
    m_waitUntil = {};
    emit started(campaignId);
    resolveSecrets(senders.value(), [this] {
        if (m_stopRequested) {
            finish();
            return;
        }
        runStep(true);
    });
    return true;
}

void SendRunner::stop()
{
    if (!m_running)
        return;
    m_stopRequested = true;
    m_wake.stop();
    if (!m_stepInFlight)
        finish();
}

void SendRunner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_waitUntil = {};
    m_wake.stop();
    emit finished(m_campaignId);
}

void SendRunner::runStep(bool refresh)
{
    if (!m_running || m_stepInFlight)
        return;
    m_stepInFlight = true;
    m_waitUntil = {};
    const qint64 campaignId = m_campaignId;
    const auto secrets = m_secrets;
    const QString caFile = m_caFile;
    const bool ignoreWindow = m_ignoreWindow;
    // The destructor waits for the worker's current job, so `self` is alive
    // while a job runs; an answer posted to a runner deleted afterwards is
    // dropped by Qt with it.
    SendRunner *self = this;
    post([self, campaignId, secrets, caFile, ignoreWindow, refresh](SendWorker &worker) {
        DbResult<SendStep> result = DbError{DbError::Kind::Query, QString()};
        bool refreshed = false;
        auto engine = worker.engine();
        if (!engine) {
            result = engine.error();
        } else {
            SendEngine &e = *engine.value();
            e.setSecrets(secrets);
            e.setCaFile(caFile);
            e.scheduler().setIgnoreWindow(ignoreWindow);
            DbStatus ready = Ok{};
            if (refresh) {
                // As `outreach send` does: claims of a process that died become
                // in doubt, then the campaign's messages join the queue.
                auto recovered = e.scheduler().recoverAbandonedClaims();
                if (!recovered)
                    ready = recovered.error();
                else if (auto filled = e.scheduler().refresh(campaignId); !filled)
                    ready = filled.error();
                else
                    refreshed = true;
            }
            result = ready ? e.step(campaignId) : DbResult<SendStep>(ready.error());
        }
        QMetaObject::invokeMethod(self, [self, result, refreshed, campaignId] {
            if (refreshed)
                emit self->queueRefreshed(campaignId);
            self->onStep(result);
        });
    });
}

void SendRunner::onStep(const DbResult<SendStep> &result)
{
    m_stepInFlight = false;
    if (!m_running)
        return;
    if (!result) {
        emit problem(m_campaignId, result.errorMessage());
        finish();
        return;
    }
    const SendStep &s = result.value();
    emit stepped(m_campaignId, s);
    if (m_stopRequested || s.kind == SendStep::Kind::Done) {
        finish();
        return;
    }
    if (s.kind == SendStep::Kind::SenderPaused) {
        const auto senders = SenderRepository(m_db).campaignSenders(m_campaignId);
        if (senders &&
            std::all_of(senders->begin(), senders->end(), [](const Sender &x) { return x.paused; })) {
            emit problem(m_campaignId, tr("Every sender of this campaign is paused: %1").arg(s.detail));
            finish();
            return;
        }
    }
    if (s.kind == SendStep::Kind::Waiting) {
        m_waitUntil = s.wakeAt;
        emit waiting(m_campaignId, s.wakeAt, s.detail);
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(s.wakeAt);
        m_wake.start(int(std::clamp<qint64>(ms, 0, kMaxWaitMs)));
        return;
    }
    // Sent, failed, held, ...: the next one at once (the scheduler keeps the gaps).
    runStep(false);
}

void SendRunner::sendTest(qint64 campaignId, const Sender &sender, const QString &to)
{
    resolveSecrets({sender}, [this, campaignId, sender, to] {
        const QString secret = m_secrets.value(sender.id);
        const QString caFile = m_caFile;
        SendRunner *self = this; // alive while the job runs (see runStep)
        post([self, campaignId, sender, to, secret, caFile](SendWorker &worker) {
            bool ok = false;
            QString message;
            auto engine = worker.engine();
            if (!engine) {
                message = engine.errorMessage();
            } else {
                SendEngine &e = *engine.value();
                e.setSecrets({{sender.id, secret}});
                e.setCaFile(caFile);
                const auto step = e.sendTest(campaignId, sender, to);
                ok = step && step->kind == SendStep::Kind::Sent;
                message = step ? step->detail : step.errorMessage();
            }
            QMetaObject::invokeMethod(self, [self, ok, message] { emit self->testFinished(ok, message); });
        });
    });
}

} // namespace outreach
