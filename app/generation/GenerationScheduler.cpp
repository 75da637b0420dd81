// The dispatch side of GenerationEngine: which lead goes next (when the
// ConcurrencyLimiter and the BudgetGuard let it), what an answer means for
// its lead, and its claim in the database.
#include "GenerationEngine.h"

#include "ClaimRepository.h"
#include "LeadDataLimits.h"
#include "PromptBuilder.h"
#include "VariantParser.h"
#include "channels/ChannelRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <limits>
#include <utility>

namespace outreach {

double GenerationEngine::estimateCost(const ChatRequest &request) const
{
    return m_provider->costUsd(BudgetGuard::estimatedPromptTokens(request), request.maxCompletionTokens);
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
    while (!m_paused && !m_summary.budgetReached && !m_ready.empty() && m_limiter.hasRoom(m_inFlight)) {
        const qint64 allowed = m_limiter.nextAllowedMs(now);
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
    // This run's own cap here; the campaign's budget is checked in the
    // database (claimAndReserve), where every run and every crash left its mark.
    if (!m_budget.fits(reserve)) {
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
    m_budget.reserve(reserve);
    const qint64 now = nowMs();
    job.seq = m_limiter.dispatched(now);
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
    const double reserved = std::exchange(job.reservedUsd, 0.0);
    // Counted from what went out, not from what was started: a request Qt
    // never managed to send costs nothing, a fallback step is a second one.
    m_summary.requests += reply.requestsSent;
    if (reply.error == ChatErrorKind::Cancelled) {
        // Only the engine aborts calls, when it stops; nothing arrived to store.
        m_budget.release(reserved);
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
    m_budget.commit(reserved, cost);
    m_summary.promptTokens += reply.promptTokens;
    m_summary.completionTokens += reply.completionTokens;
    m_latencies.add(reply.latencyMs);
    m_limiter.answered(job.seq, job.sentMs, reply.remainingRequests,
                       reply.error == ChatErrorKind::RateLimited);

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
        ++m_summary.rateLimited;
        m_limiter.rateLimited(nowMs(), reply.retryAfterSeconds);
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
    m_limiter.succeeded();
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
    m_delayed.emplace(m_limiter.retryDueMs(nowMs(), job.failures, retryAfterSeconds), index);
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
    const Message ready = result.message;
    m_writer->add(std::move(result));
    // Last: a receiver may stop the run, whose final flush must include it.
    emit resultReady(ready);
}

} // namespace outreach
