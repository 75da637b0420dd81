// The knobs, the running totals and the final account of a generation run,
// shared by the engine, the CLI and the GUI's progress display.
#pragma once

#include <QMetaType>
#include <QString>
#include <optional>

namespace outreach {

struct GenerationOptions
{
    int concurrency = 8; // requests in flight at most (1..64)
    int limit = -1;      // leads in this run; -1 = all that qualify
    bool retryFailed = false;
    double budgetUsd = 0; // this run's cap; 0 = none (the campaign's own cap applies too)
    int maxAttempts = 4;  // per lead, for retryable failures and invalid answers
    int requestTimeoutMs = 60000;
    int backoffBaseMs = 500; // first retry waits up to this long (full jitter)
    int backoffMaxMs = 30000;
    std::optional<quint64> rngSeed; // jitter, for reproducible tests
    std::optional<qint64> promptSeed;
    double temperature = 0.7;
    // Results are written together when this many are waiting, or on the next
    // event-loop turn after the first one (flushIntervalMs later if > 0).
    // Writing promptly is what keeps a killed run from losing paid answers.
    int batchSize = 50;
    int flushIntervalMs = 0;
    int progressIntervalMs = 250;
    // How long a claimed lead stays this run's without a new request. A run
    // on another machine that died leaves its leads for this long; one on
    // this machine is noticed at once.
    qint64 leaseMs = 10 * 60 * 1000;
};

struct GenerationProgress
{
    int done = 0;             // stored as generated
    int failed = 0;           // stored as failed
    int remaining = 0;        // not yet stored
    int total = 0;            // leads in this run
    int inFlight = 0;         // requests out, and answers not yet stored
    int concurrencyLimit = 0; // the adaptive limit right now
    double messagesPerMinute = 0;
    double etaSeconds = -1; // -1 = unknown
    double costUsd = 0;     // spent in this run
    bool paused = false;
};

struct GenerationSummary
{
    qint64 campaignId = 0;
    int generated = 0;
    int failed = 0;
    int skipped = 0; // qualifying leads that already had a stored result
    int requests = 0;
    int retries = 0;
    int rateLimited = 0;      // answers that were 429
    int claimedElsewhere = 0; // leads another run was generating, left to it
    // Leads whose earlier request (by a run that died before storing the
    // answer) may have been billed, bought again; reboughtUsd is what those
    // earlier requests had reserved, now booked as spent on the lead.
    int rebought = 0;
    double reboughtUsd = 0;
    double elapsedSeconds = 0;
    double messagesPerMinute = 0;
    int latencyP50Ms = 0;
    int latencyP95Ms = 0;
    int latencyMaxMs = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double costUsd = 0;
    bool cancelled = false;
    int abandoned = 0; // requests in flight given up when the run was stopped (not stored)
    bool budgetReached = false;
    QString error; // why the run stopped early (e.g. the key was refused); empty otherwise
    bool ok() const { return error.isEmpty(); }
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::GenerationProgress)
Q_DECLARE_METATYPE(outreach::GenerationSummary)
