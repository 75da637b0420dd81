// The dispatch side of GenerationEngine: which lead goes next (when the
// ConcurrencyLimiter and the BudgetGuard let it), its claim (made on the
// writer thread), and what an answer means for its lead.
#include "GenerationEngine.h"

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

void GenerationEngine::drop(bool heldElsewhere)
{
    ++m_dropped;
    if (heldElsewhere)
        ++m_summary.claimedElsewhere;
    else
        ++m_summary.skipped;
}

void GenerationEngine::schedule()
{
    if (!m_running)
        return;
    if (m_stopping || m_draining) {
        finishIfDone(); // nothing new is sent; done when the last answer is in
        return;
    }
    const qint64 now = nowMs();
    while (!m_delayed.empty() && m_delayed.begin()->first <= now) {
        m_ready.push_back(m_delayed.begin()->second);
        m_delayed.erase(m_delayed.begin());
    }
    qint64 wake = -1;
    while (!m_paused && !m_summary.budgetReached && m_claiming < 0 && !m_ready.empty() &&
           m_limiter.hasRoom(m_inFlight)) {
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
    // database (the claim), where every run and every crash left its mark.
    if (!m_budget.fits(reserve)) {
        m_summary.budgetReached = true;
        return false;
    }
    m_ready.pop_front();
    if (m_regeneration) {
        send(index, request, reserve);
        return true;
    }
    // Claimed and reserved, committed, before anything leaves: on the writer
    // thread, one claim at a time, so the scheduling rules stay as they are.
    m_claiming = index;
    m_claimingRequest = request;
    m_claimingUsd = reserve;
    ClaimRequest claim;
    claim.job = index;
    claim.leadId = job.lead.id;
    claim.claim = !job.claimed;
    claim.reserveUsd = std::max(0.0, reserve - job.heldUsd);
    claim.leaseMs = m_options.leaseMs;
    claim.retryFailed = m_options.retryFailed;
    m_writer->claim(claim);
    return false; // the schedule goes on in onClaimed()
}

void GenerationEngine::onClaimed(const ClaimAnswer &answer)
{
    if (answer.job != m_claiming)
        return;
    const int index = std::exchange(m_claiming, -1);
    Job &job = m_jobs[size_t(index)];
    const ChatRequest request = std::exchange(m_claimingRequest, {});
    if (!answer.ok()) {
        m_ready.push_front(index);
        stop(answer.error);
        return;
    }
    if (answer.claim.kind != ClaimOutcome::Claimed) {
        drop(answer.claim.kind == ClaimOutcome::HeldElsewhere); // another run has it, or had it
        schedule();
        return;
    }
    switch (answer.reservation) {
    case Reservation::BudgetReached:
        m_summary.budgetReached = true;
        m_ready.push_front(index);
        schedule();
        return;
    case Reservation::ClaimLost:
        // The lease ran out while the lead waited and another run took it.
        job.claimed = false;
        job.heldUsd = 0;
        drop(true);
        schedule();
        return;
    case Reservation::Reserved:
        break;
    }
    // Committed together with the reservation; a refused one was rolled back.
    if (!job.claimed) {
        job.claimed = true;
        job.lostUsd = answer.claim.lostUsd;
    }
    job.heldUsd = std::max(job.heldUsd, m_claimingUsd);
    // Paused, stopped or over this run's cap while the claim was made:
    // nothing leaves. The reservation stays with the lead for its next
    // request, or is given back when the run ends.
    if (m_paused || m_stopping || m_draining || !m_budget.fits(m_claimingUsd)) {
        if (!m_budget.fits(m_claimingUsd))
            m_summary.budgetReached = true;
        m_ready.push_front(index);
        schedule();
        return;
    }
    if (job.lostUsd > 0) {
        // Counted when it is really bought again, not when merely claimed.
        ++m_summary.rebought;
        m_summary.reboughtUsd += std::exchange(job.lostUsd, 0.0);
    }
    job.heldUsd = 0;
    send(index, request, m_claimingUsd);
    schedule();
}

void GenerationEngine::send(int index, const ChatRequest &request, double reserveUsd)
{
    Job &job = m_jobs[size_t(index)];
    job.reservedUsd = reserveUsd;
    m_budget.reserve(reserveUsd);
    const qint64 now = nowMs();
    job.seq = m_limiter.dispatched(now);
    job.sentMs = now;
    ++m_inFlight;
    ChatCall *call = m_provider->complete(request);
    job.call = call;
    connect(call, &ChatCall::finished, this,
            [this, index](const ChatReply &reply) { onReply(index, reply); });
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
