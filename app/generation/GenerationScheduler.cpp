// The dispatch side of GenerationEngine: which lead goes next and when, what
// an answer means for its lead, retries with backoff, the shared slow-down
// on rate limits, and the budget reservation.
#include "GenerationEngine.h"

#include "ClaimRepository.h"
#include "LeadDataLimits.h"
#include "PromptBuilder.h"
#include "VariantParser.h"
#include "channels/ChannelRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace outreach {

namespace {
constexpr qint64 kCutSpacingMs = 1000; // one rate-limit burst halves the limit once
} // namespace

double GenerationEngine::estimateCost(const ChatRequest &request) const
{
    qint64 chars = 0;
    for (const ChatMessage &m : request.messages)
        chars += m.content.size();
    // Two characters a token over-counts English prompts on purpose: the
    // reservation must not be smaller than the bill.
    return m_provider->costUsd(int(chars / 2 + 32), request.maxCompletionTokens);
}

double GenerationEngine::budgetLeft() const
{
    // This run's own cap; the campaign's budget is checked in the database
    // (claimAndReserve), where every run and every crash left its mark.
    if (m_options.budgetUsd > 0)
        return m_options.budgetUsd - m_spentUsd - m_reservedUsd;
    return std::numeric_limits<double>::infinity();
}

bool GenerationEngine::claimAndReserve(int index, double reserveUsd)
{
    Job &job = m_jobs[size_t(index)];
    ClaimRepository claims(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!job.claimed) {
        const auto claim = claims.claim(m_campaign.id, job.lead.id, m_owner, now, now + m_options.leaseMs,
                                        m_options.retryFailed);
        if (!claim) {
            stop(claim.errorMessage());
            return false;
        }
        if (claim->kind != ClaimOutcome::Claimed) {
            drop(index, claim->kind == ClaimOutcome::HeldElsewhere);
            return true;
        }
        job.claimed = true;
        job.lostUsd = claim->lostUsd;
    }
    const auto reserved =
        claims.reserve(m_campaign.id, job.lead.id, m_owner, reserveUsd, now + m_options.leaseMs);
    if (!reserved) {
        stop(reserved.errorMessage());
        return false;
    }
    if (reserved.value() == Reservation::BudgetReached) {
        m_summary.budgetReached = true;
        return false;
    }
    if (reserved.value() == Reservation::ClaimLost) {
        // The lease ran out while the lead waited and another run took it.
        job.claimed = false;
        drop(index, true);
        return true;
    }
    if (job.lostUsd > 0) {
        // Counted when it is really bought again, not when merely claimed.
        ++m_summary.rebought;
        m_summary.reboughtUsd += std::exchange(job.lostUsd, 0.0);
    }
    return true;
}

void GenerationEngine::drop(int index, bool heldElsewhere)
{
    // Called for the job at the front of the ready queue.
    if (!m_ready.empty() && m_ready.front() == index)
        m_ready.pop_front();
    ++m_dropped;
    if (heldElsewhere)
        ++m_summary.claimedElsewhere;
    else
        ++m_summary.skipped;
}

void GenerationEngine::schedule()
{
    if (!m_running || m_stopping)
        return;
    if (m_draining) {
        finishIfDone(); // nothing new is sent; done when the last answer is in
        return;
    }
    const qint64 now = nowMs();
    while (!m_delayed.empty() && m_delayed.begin()->first <= now) {
        m_ready.push_back(m_delayed.begin()->second);
        m_delayed.erase(m_delayed.begin());
    }
    qint64 wake = -1;
    while (!m_paused && !m_summary.budgetReached && !m_ready.empty() && m_inFlight < m_limit) {
        const qint64 allowed = std::max(m_pauseUntilMs, m_pacer.nextAllowedMs(now));
        if (allowed > now) {
            wake = allowed;
            break;
        }
        if (!dispatch(m_ready.front()))
            break;
        if (!m_running || m_stopping)
            return;
    }
    if (!m_delayed.empty())
        wake = wake < 0 ? m_delayed.begin()->first : std::min(wake, m_delayed.begin()->first);
    if (wake >= 0 && !m_paused)
        m_wakeup.start(int(std::clamp<qint64>(wake - now, 0, std::numeric_limits<int>::max())));
    finishIfDone();
}

bool GenerationEngine::dispatch(int index)
{
    Job &job = m_jobs[size_t(index)];
    PromptOptions options;
    options.onlyVariant = job.onlyVariant;
    options.currentVariants = job.violating ? *job.violating : job.currentVariants;
    if (job.violating)
        options.repairViolations = job.violations;
    options.blankVariables = job.blankVariables;
    options.seed = m_options.promptSeed;
    options.temperature = m_options.temperature;
    options.timeoutMs = m_options.requestTimeoutMs;
    const ChatRequest request = PromptBuilder::build(m_campaign, job.lead, job.rendered, options);
    const double reserve = estimateCost(request);
    if (reserve > budgetLeft()) {
        m_summary.budgetReached = true;
        return false;
    }
    if (!m_regeneration) {
        // Claimed and reserved, committed, before anything leaves.
        const int dropped = m_dropped;
        if (!claimAndReserve(index, reserve))
            return false;
        if (m_dropped != dropped)
            return true; // another run has it; on to the next lead
    }
    m_ready.pop_front();
    job.reservedUsd = reserve;
    m_reservedUsd += reserve;
    const qint64 now = nowMs();
    job.seq = m_pacer.dispatched(now);
    job.sentMs = now;
    ++m_inFlight;
    ChatCall *call = m_provider->complete(request);
    job.call = call;
    connect(call, &ChatCall::finished, this,
            [this, index](const ChatReply &reply) { onReply(index, reply); });
    return true;
}

void GenerationEngine::onReply(int index, const ChatReply &reply)
{
    Job &job = m_jobs[size_t(index)];
    if (!job.call)
        return;
    job.call = nullptr;
    --m_inFlight;
    m_reservedUsd -= job.reservedUsd;
    job.reservedUsd = 0;
    // Counted from what went out, not from what was started: a request Qt
    // never managed to send costs nothing, a fallback step is a second one.
    m_summary.requests += reply.requestsSent;
    if (reply.error == ChatErrorKind::Cancelled) {
        // Only the engine aborts calls, when it stops; nothing arrived to store.
        ++m_summary.abandoned;
        finishIfDone();
        return;
    }
    ++job.attempts;
    const double cost = m_provider ? m_provider->costUsd(reply.promptTokens, reply.completionTokens) : 0;
    job.promptTokens += reply.promptTokens;
    job.completionTokens += reply.completionTokens;
    job.costUsd += cost;
    job.latencyMs = reply.latencyMs;
    m_spentUsd += cost;
    m_summary.promptTokens += reply.promptTokens;
    m_summary.completionTokens += reply.completionTokens;
    m_latencies.push_back(reply.latencyMs);
    m_pacer.observed(job.seq, job.sentMs, reply.remainingRequests, reply.error == ChatErrorKind::RateLimited);

    switch (reply.error) {
    case ChatErrorKind::None:
        onAnswer(index, reply);
        break;
    case ChatErrorKind::Unauthorized:
        // The reply's message already says which key to check: once is enough.
        stop(tr("The provider %1 refused the API key (HTTP %2): %3")
                 .arg(m_provider ? m_provider->name() : QString())
                 .arg(reply.httpStatus)
                 .arg(reply.errorMessage));
        return;
    case ChatErrorKind::RateLimited:
        onRateLimited(reply);
        retryLater(index, reply.errorMessage, reply.retryAfterSeconds);
        break;
    default:
        if (reply.retryable())
            retryLater(index, reply.errorMessage, reply.retryAfterSeconds);
        else if (job.violating)
            complete(index, GenerationStatus::Generated, *job.violating, {});
        else
            complete(index, GenerationStatus::Failed, {}, reply.errorMessage);
        break;
    }
    schedule();
}

void GenerationEngine::onAnswer(int index, const ChatReply &reply)
{
    Job &job = m_jobs[size_t(index)];
    const ChannelRules rules = ChannelRules::forCampaign(m_campaign);
    ParsedAnswer answer = VariantParser::parse(reply.content, rules);
    if (!answer.ok()) {
        retryLater(index, tr("The answer was unusable: %1").arg(answer.errors.join(u' ')), std::nullopt);
        return;
    }
    QList<Variant> variants = answer.variants;
    QStringList violations = answer.violations;
    if (job.onlyVariant) {
        // Only the one variant is new; the others stay exactly as stored.
        QList<Variant> one{variants.at(*job.onlyVariant)};
        violations = VariantParser::checkRules(one, rules, true);
        variants = job.currentVariants;
        variants[*job.onlyVariant] = one.first();
    }
    if (!violations.isEmpty() && !job.violating) {
        job.violating = variants;
        job.violations = violations;
        m_ready.push_front(index); // one repair request, ahead of new leads
        return;
    }
    if (job.violating) {
        for (int i = 0; i < variants.size() && i < job.violating->size(); ++i)
            if (job.violating->at(i).flags.contains(VariantParser::kOverLimitFlag) &&
                !variants.at(i).flags.contains(VariantParser::kOverLimitFlag))
                variants[i].flags.append(QStringLiteral("repaired"));
    }
    if (++m_successSinceCut >= m_limit && m_limit < m_options.concurrency) {
        ++m_limit; // additive recovery after a rate-limit cut
        m_successSinceCut = 0;
    }
    complete(index, GenerationStatus::Generated, variants, {});
}

void GenerationEngine::retryLater(int index, const QString &error, std::optional<double> retryAfterSeconds)
{
    Job &job = m_jobs[size_t(index)];
    job.lastError = error;
    if (++job.failures >= m_options.maxAttempts) {
        if (job.violating)
            complete(index, GenerationStatus::Generated, *job.violating, {});
        else
            complete(index, GenerationStatus::Failed, {},
                     tr("Gave up after %1 attempts: %2").arg(job.failures).arg(error));
        return;
    }
    ++m_summary.retries;
    // Exponential backoff with full jitter, never shorter than the endpoint asked.
    const double cap =
        std::min<double>(m_options.backoffMaxMs, m_options.backoffBaseMs * std::pow(2.0, job.failures - 1));
    double delay = std::uniform_real_distribution<double>(0, std::max(1.0, cap))(m_rng);
    if (retryAfterSeconds)
        delay = std::max(delay, *retryAfterSeconds * 1000.0);
    const qint64 due = std::max(m_pauseUntilMs, nowMs() + qint64(delay));
    m_delayed.emplace(due, index);
}

void GenerationEngine::onRateLimited(const ChatReply &reply)
{
    ++m_summary.rateLimited;
    const qint64 now = nowMs();
    if (now - m_lastCutMs >= kCutSpacingMs) {
        m_limit = std::max(1, m_limit / 2);
        m_lastCutMs = now;
        m_successSinceCut = 0;
    }
    const double waitMs =
        reply.retryAfterSeconds ? *reply.retryAfterSeconds * 1000.0 : m_options.backoffBaseMs;
    m_pauseUntilMs = std::max(m_pauseUntilMs, now + qint64(waitMs));
}

void GenerationEngine::complete(int index, GenerationStatus status, QList<Variant> variants,
                                const QString &error)
{
    Job &job = m_jobs[size_t(index)];
    Message m;
    m.id = job.messageId.value_or(0);
    m.campaignId = m_campaign.id;
    m.leadId = job.lead.id;
    m.status = status;
    m.error = error;
    m.attempts = job.attempts;
    m.latencyMs = job.latencyMs;
    m.promptTokens = job.promptTokens;
    m.completionTokens = job.completionTokens;
    m.costUsd = job.costUsd;
    if (m_regeneration && status == GenerationStatus::Failed) {
        // A failed rewrite keeps the message as it was, with the reason.
        m_summary.error = tr("Regenerating message %1 failed: %2").arg(*job.messageId).arg(error);
        m.status = job.existingStatus;
        m.error = m_summary.error;
        variants.clear();
    }
    // Notes per lead, kept with the message: what the model had to work around.
    const auto flagAll = [&variants](const QString &flag) {
        for (Variant &v : variants)
            if (!v.flags.contains(flag))
                v.flags.append(flag);
    };
    QStringList notes;
    if (!job.blankVariables.isEmpty() && status == GenerationStatus::Generated) {
        notes.append(tr("Blank for this lead, written around: %1").arg(job.blankVariables.join(u", ")));
        flagAll(QStringLiteral("blank_variable"));
    }
    if (!job.cutFields.isEmpty() && status == GenerationStatus::Generated) {
        notes.append(tr("Lead data shortened for the prompt: %1").arg(job.cutFields.join(u", ")));
        flagAll(QString::fromLatin1(LeadDataLimits::kCutFlag));
    }
    if (!notes.isEmpty())
        m.error = notes.join(u' ');
    for (int i = 0; i < variants.size(); ++i) {
        variants[i].index = i;
        variants[i].tone = toneOfIndex(i);
    }
    PendingResult result;
    if (job.onlyVariant && !variants.isEmpty())
        result.onlyVariant = variants.at(*job.onlyVariant);
    else
        m.variants = variants;
    result.message = std::move(m);
    job.violating.reset();
    m_writer->add(std::move(result));
}

} // namespace outreach
