// Setting up, controlling and finishing a run; dispatching and handling the
// answers is in GenerationScheduler.cpp.
#include "GenerationEngine.h"

#include "CampaignLifecycle.h"
#include "CampaignRepository.h"
#include "ClaimRepository.h"
#include "Database.h"
#include "LeadDataLimits.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "RunOwner.h"
#include "templates/TemplateEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <limits>
#include <random>

namespace outreach {

GenerationEngine::GenerationEngine(Database &db, LlmProvider *provider, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_provider(provider)
{
    qRegisterMetaType<GenerationProgress>();
    qRegisterMetaType<GenerationSummary>();
    m_wakeup.setSingleShot(true);
    m_wakeup.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeup, &QTimer::timeout, this, &GenerationEngine::schedule);
    m_grace.setSingleShot(true);
    connect(&m_grace, &QTimer::timeout, this, [this] { stop({}); });
}

GenerationEngine::~GenerationEngine()
{
    // Calls belong to the provider; make sure none reports to a dead engine.
    for (Job &job : m_jobs)
        if (job.call)
            disconnect(job.call, nullptr, this, nullptr);
}

bool GenerationEngine::prepare(qint64 campaignId, const GenerationOptions &options)
{
    m_startError.clear();
    if (m_running) {
        m_startError = tr("A generation run is already going on.");
        return false;
    }
    if (!m_provider) {
        m_startError = tr("No message provider is set up.");
        return false;
    }
    const auto campaign = CampaignRepository(m_db).get(campaignId);
    if (!campaign) {
        m_startError = campaign.errorMessage();
        return false;
    }
    m_campaign = campaign.value();
    m_options = options;
    m_options.concurrency = std::clamp(options.concurrency, 1, 64);
    m_options.maxAttempts = std::max(1, options.maxAttempts);
    m_jobs.clear();
    m_ready.clear();
    m_delayed.clear();
    m_latencies = LatencyStats();
    m_summary = GenerationSummary{};
    m_summary.campaignId = campaignId;
    m_inFlight = 0;
    m_claiming = -1;
    m_limiter = ConcurrencyLimiter({m_options.concurrency, m_options.backoffBaseMs, m_options.backoffMaxMs,
                                    options.rngSeed ? *options.rngSeed : std::random_device{}()});
    m_budget = BudgetGuard(m_options.budgetUsd);
    m_writtenCount = 0;
    m_owner = RunOwner::create();
    m_dropped = 0;
    m_paused = false;
    m_stopping = false;
    m_draining = false;
    m_finishing = false;
    return true;
}

GenerationEngine::Job GenerationEngine::makeJob(const Lead &lead) const
{
    Job job;
    // The prompt and the template see the lead within LeadDataLimits.
    CappedLead capped = LeadDataLimits::cap(lead);
    job.lead = std::move(capped.lead);
    job.cutFields = std::move(capped.cutFields);
    const RenderResult rendered = TemplateEngine::render(m_campaign.templateText, m_campaign, job.lead);
    job.rendered = rendered.text;
    job.blankVariables = rendered.blankVariables;
    return job;
}

bool GenerationEngine::start(qint64 campaignId, const GenerationOptions &options)
{
    if (!prepare(campaignId, options))
        return false;
    m_regeneration = false;
    const CampaignStatus status = m_campaign.status;
    if (!CampaignLifecycle::canGenerate(status)) {
        m_startError = tr("Campaign %1 is %2: messages can be generated only while it is a draft or ready.")
                           .arg(m_campaign.id)
                           .arg(toString(status));
        return false;
    }
    // Claims of a run on this machine that died (kill -9, a crash) need not
    // wait for their leases to run out.
    ClaimRepository claims(m_db);
    const auto owners = claims.liveOwners(campaignId, QDateTime::currentMSecsSinceEpoch());
    if (!owners) {
        m_startError = owners.errorMessage();
        return false;
    }
    for (const QString &owner : owners.value()) {
        if (!RunOwner::isDeadLocalProcess(owner))
            continue;
        if (auto expired = claims.expireOwner(campaignId, owner); !expired) {
            m_startError = expired.errorMessage();
            return false;
        }
    }
    MessageRepository messages(m_db);
    auto leads = messages.leadsToGenerate(campaignId, m_campaign.minScore, options.retryFailed);
    const auto qualifying = CampaignRepository(m_db).countQualifying(m_campaign);
    if (!leads || !qualifying) {
        m_startError = !leads ? leads.errorMessage() : qualifying.errorMessage();
        return false;
    }
    m_summary.skipped = int(qualifying.value() - leads->size());
    if (options.limit >= 0 && leads->size() > options.limit)
        leads.value().resize(options.limit);
    m_jobs.reserve(leads->size());
    for (const Lead &lead : leads.value())
        m_jobs.push_back(makeJob(lead));
    if (!m_jobs.empty() && status != CampaignStatus::Generating) {
        CampaignRepository campaigns(m_db);
        const auto moved = campaigns.setStatus(campaignId, CampaignStatus::Generating);
        // Two runs started together both read the old status and both make
        // the move; the one that comes second finds it made and shares the
        // work through the claims.
        const bool movedByOther = moved.isConflict() && [&] {
            const auto now = campaigns.get(campaignId);
            return now && now->status == CampaignStatus::Generating;
        }();
        if (!moved && !movedByOther) {
            m_startError = moved.errorMessage();
            return false;
        }
    }
    begin();
    return true;
}

bool GenerationEngine::regenerate(qint64 messageId, std::optional<int> variant,
                                  const GenerationOptions &options)
{
    const auto message = MessageRepository(m_db).get(messageId);
    if (!message) {
        m_startError = message.errorMessage();
        return false;
    }
    if (variant && (*variant < 0 || *variant >= kVariantCount || message->variants.size() != kVariantCount)) {
        m_startError =
            message->variants.size() != kVariantCount
                ? tr("Message %1 has no variants yet; regenerate the whole message.").arg(messageId)
                : tr("Variant %1 does not exist: use 0, 1 or 2.").arg(*variant);
        return false;
    }
    const auto lead = LeadRepository(m_db).get(message->leadId);
    if (!lead) {
        m_startError = lead.errorMessage();
        return false;
    }
    if (!prepare(message->campaignId, options))
        return false;
    m_regeneration = true;
    Job job = makeJob(lead.value());
    job.messageId = messageId;
    job.existingStatus = message->status;
    job.onlyVariant = variant;
    job.currentVariants = message->variants;
    m_jobs.push_back(std::move(job));
    begin();
    return true;
}

void GenerationEngine::begin()
{
    m_running = true;
    for (int i = 0; i < int(m_jobs.size()); ++i)
        m_ready.push_back(i);
    delete m_writer;
    m_writer = new ResultWriter(m_db.url(), m_campaign.id, m_options.batchSize, m_options.flushIntervalMs,
                                m_regeneration ? QString() : m_owner, this);
    connect(m_writer, &ResultWriter::written, this, &GenerationEngine::onWritten);
    connect(m_writer, &ResultWriter::failed, this, [this](const QString &error) { stop(error); });
    connect(m_writer, &ResultWriter::flushed, this, &GenerationEngine::onFlushed);
    connect(m_writer, &ResultWriter::claimed, this, &GenerationEngine::onClaimed);
    m_clock.start();
    m_lastProgressMs = std::numeric_limits<qint64>::min() / 2;
    // Signals only after start() has returned.
    QTimer::singleShot(0, this, [this] {
        emitProgress(true);
        schedule();
    });
}

void GenerationEngine::pause()
{
    if (!m_running || m_paused)
        return;
    m_paused = true;
    emitProgress(true);
}

void GenerationEngine::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    emitProgress(true);
    schedule();
}

void GenerationEngine::cancel()
{
    if (!m_running || m_stopping)
        return;
    m_summary.cancelled = true;
    stop({});
}

void GenerationEngine::stopGracefully(int graceMs)
{
    if (!m_running || m_stopping || m_draining)
        return;
    m_summary.cancelled = true;
    m_draining = true;
    m_wakeup.stop();
    m_grace.start(std::max(0, graceMs));
    emitProgress(true);
    finishIfDone(); // nothing in flight: finished now
}

void GenerationEngine::stop(const QString &error)
{
    if (!m_stopping && !error.isEmpty())
        m_summary.error = error;
    m_stopping = true;
    m_wakeup.stop();
    QList<QPointer<ChatCall>> calls;
    for (Job &job : m_jobs)
        if (job.call)
            calls.append(job.call);
    for (const QPointer<ChatCall> &call : calls)
        if (call)
            call->abort(); // each reports Cancelled to onReply
    finishIfDone();
}

void GenerationEngine::finishIfDone()
{
    if (!m_running || m_finishing || m_inFlight > 0 || m_claiming >= 0)
        return;
    const bool halted = m_stopping || m_draining || m_summary.budgetReached;
    if (!halted && (!m_ready.empty() || !m_delayed.empty()))
        return;
    if (halted) {
        // Attempts already paid for are kept in the books: a waiting repair
        // keeps its answer, a waiting retry is stored as failed.
        std::vector<int> waiting(m_ready.begin(), m_ready.end());
        for (const auto &[due, index] : m_delayed)
            waiting.push_back(index);
        m_ready.clear();
        m_delayed.clear();
        // The reason it stopped comes first: a lead the budget stopped is
        // "budget reached", whatever its last attempt said.
        const QString reason = m_summary.budgetReached ? tr("Budget reached before this lead was retried.")
                                                       : tr("The run stopped before this lead was retried.");
        for (int index : waiting) {
            Job &job = m_jobs[size_t(index)];
            if (job.violating)
                complete(index, GenerationStatus::Generated, *job.violating, {});
            else if (job.attempts > 0)
                complete(index, GenerationStatus::Failed, {},
                         job.lastError.isEmpty() ? reason
                                                 : reason + u' ' + tr("Last attempt: %1").arg(job.lastError));
        }
    }
    if (!m_running || m_finishing)
        return; // a nested call is finishing already
    // Finished only after everything is written: the writer thread reports
    // back with flushed(), after the messageStored() of every result.
    m_finishing = true;
    m_writer->flush();
}

void GenerationEngine::onFlushed(bool ok, const QString &error)
{
    if (!m_finishing)
        return;
    m_finishing = false;
    if (!ok && m_summary.error.isEmpty())
        m_summary.error = error;
    m_writer->close(); // everything is written: no thread outlives the run
    m_running = false;
    m_paused = false;
    m_draining = false;
    m_wakeup.stop();
    m_grace.stop();
    if (!m_regeneration) {
        releaseHeld();
        ClaimRepository claims(m_db);
        if (auto released = claims.releaseAll(m_campaign.id, m_owner); !released && m_summary.error.isEmpty())
            m_summary.error = released.errorMessage();
        // Another run still working on the campaign keeps it "generating".
        const auto others = claims.liveOwners(m_campaign.id, QDateTime::currentMSecsSinceEpoch());
        const bool othersRunning = others && !others->isEmpty();
        CampaignRepository campaigns(m_db);
        const auto current = campaigns.get(m_campaign.id);
        if (current && current->status == CampaignStatus::Generating && !othersRunning) {
            const auto generated = MessageRepository(m_db).count(m_campaign.id, GenerationStatus::Generated);
            const bool any = generated && generated.value() > 0;
            const auto moved = campaigns.setStatus(m_campaign.id, CampaignLifecycle::afterGeneration(any));
            // Two runs that end together both see the other's claims gone and
            // both make the move; the one that comes second finds it made.
            const bool movedByOther = moved.isConflict() && [&] {
                const auto now = campaigns.get(m_campaign.id);
                return now && now->status != CampaignStatus::Generating;
            }();
            if (!moved && !movedByOther && m_summary.error.isEmpty())
                m_summary.error = moved.errorMessage();
        }
    }
    m_summary.elapsedSeconds = m_clock.elapsed() / 1000.0;
    if (m_summary.elapsedSeconds > 0)
        m_summary.messagesPerMinute = m_summary.generated * 60.0 / m_summary.elapsedSeconds;
    if (!m_latencies.isEmpty()) {
        m_summary.latencyP50Ms = m_latencies.percentile(0.5);
        m_summary.latencyP95Ms = m_latencies.percentile(0.95);
        m_summary.latencyMaxMs = m_latencies.maximum();
    }
    m_summary.costUsd = m_budget.spent();
    emitProgress(true);
    emit finished(m_summary);
}

void GenerationEngine::releaseHeld()
{
    ClaimRepository claims(m_db);
    for (Job &job : m_jobs) {
        const double held = std::exchange(job.heldUsd, 0.0);
        if (held <= 0 || !job.claimed)
            continue;
        if (auto given = claims.unreserve(m_campaign.id, job.lead.id, m_owner, held);
            !given && m_summary.error.isEmpty())
            m_summary.error = given.errorMessage();
    }
}

GenerationProgress GenerationEngine::progress() const
{
    GenerationProgress p;
    p.done = m_summary.generated;
    p.failed = m_summary.failed;
    p.total = int(m_jobs.size()) - m_dropped;
    p.remaining = std::max(0, p.total - p.done - p.failed);
    // Answered but not yet stored still counts: "nothing in flight" means
    // every answer is in the database.
    p.inFlight = m_inFlight + (m_claiming >= 0 ? 1 : 0) + (m_writer ? m_writer->pending() : 0);
    p.concurrencyLimit = m_limiter.limit();
    p.costUsd = m_budget.spent();
    p.paused = m_paused;
    const double minutes = m_clock.isValid() ? m_clock.elapsed() / 60000.0 : 0;
    if (minutes > 0 && p.done + p.failed > 0) {
        p.messagesPerMinute = (p.done + p.failed) / minutes;
        p.etaSeconds = p.remaining * 60.0 / p.messagesPerMinute;
    }
    return p;
}

void GenerationEngine::emitProgress(bool force)
{
    const qint64 now = m_clock.isValid() ? nowMs() : 0;
    if (!force && now - m_lastProgressMs < m_options.progressIntervalMs)
        return;
    m_lastProgressMs = now;
    emit progressChanged(progress());
}

void GenerationEngine::onWritten(const QList<Message> &messages)
{
    for (const Message &m : messages) {
        const bool failedRegeneration = m_regeneration && !m_summary.error.isEmpty();
        if (m.status == GenerationStatus::Failed || failedRegeneration)
            ++m_summary.failed;
        else
            ++m_summary.generated;
        ++m_writtenCount;
        emit messageStored(m);
    }
    emitProgress(false);
}

} // namespace outreach
