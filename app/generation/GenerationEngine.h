// Runs a campaign's generation: one request per qualifying lead for all
// three variants, many at once, with retries, pause/resume/cancel. It only
// orchestrates: ConcurrencyLimiter decides how many requests fly and when
// the next may leave, BudgetGuard keeps the run under its cap, lead claims
// (ClaimRepository) keep runs from buying a lead twice, ResultWriter makes
// those claims and stores the results on its own thread, LatencyStats sums
// up. Lives in the thread that owns the Database and never waits for it
// while the run goes on: only start and the end of a run use it.
#pragma once

#include "BudgetGuard.h"
#include "ConcurrencyLimiter.h"
#include "GenerationTypes.h"
#include "LatencyStats.h"
#include "Lead.h"
#include "Message.h"
#include "ResultWriter.h"
#include "llm/LlmProvider.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <map>
#include <vector>

namespace outreach {

class Database;

class GenerationEngine : public QObject
{
    Q_OBJECT
public:
    // The provider must outlive the run; the engine does not own it.
    GenerationEngine(Database &db, LlmProvider *provider, QObject *parent = nullptr);
    ~GenerationEngine() override;

    // Starts generating the campaign's leads without a stored result. Returns
    // false with error() when it cannot start (unknown campaign, wrong status,
    // database error); then no signal follows. Otherwise finished() follows.
    bool start(qint64 campaignId, const GenerationOptions &options = {});
    // Writes one message again: all three variants, or only `variant` (0..2)
    // keeping the other two. Same contract as start().
    bool regenerate(qint64 messageId, std::optional<int> variant, const GenerationOptions &options = {});

    void pause(); // in-flight requests finish and are stored; nothing new is sent
    void resume();
    void cancel(); // aborts in-flight requests (they are not stored) and finishes
    // Sends nothing more, stores the answers to requests in flight that arrive
    // within graceMs, then aborts the rest and finishes (summary: cancelled,
    // abandoned). What Ctrl-C in `outreach generate` does.
    void stopGracefully(int graceMs);

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    QString error() const { return m_startError; }
    GenerationProgress progress() const;
    LlmProvider *provider() const { return m_provider; }
    // The current (or last) run's result writer; null before the first run.
    const ResultWriter *resultWriter() const { return m_writer; }

signals:
    void progressChanged(const outreach::GenerationProgress &progress);
    // A lead's result is final (generated or failed) and goes to the writer;
    // messageStored() follows once it is in the database. For decisions that
    // must not wait for the write, such as giving up after failures.
    void resultReady(const outreach::Message &message);
    // A result was stored (generated or failed).
    void messageStored(const outreach::Message &message);
    void finished(const outreach::GenerationSummary &summary);

private:
    struct Job
    {
        Lead lead;
        QString rendered;
        QStringList blankVariables;
        QStringList cutFields;           // lead data shortened for the prompt (LeadDataLimits)
        std::optional<qint64> messageId; // regeneration
        GenerationStatus existingStatus = GenerationStatus::Pending;
        std::optional<int> onlyVariant;
        QList<Variant> currentVariants;
        int attempts = 0; // requests answered or failed, repairs included
        int failures = 0; // attempts that count toward maxAttempts
        int promptTokens = 0;
        int completionTokens = 0;
        double costUsd = 0;
        int latencyMs = 0;
        QString lastError;
        std::optional<QList<Variant>> violating; // answer awaiting its repair
        QStringList violations;
        QPointer<ChatCall> call;
        qint64 seq = 0;
        qint64 sentMs = 0;
        double reservedUsd = 0;
        bool claimed = false; // this run holds the lead's claim
        double lostUsd = 0;   // a dead run's reservation on it, not yet bought again
        double heldUsd = 0;   // reserved in the database for a request that has not left
    };

    bool prepare(qint64 campaignId, const GenerationOptions &options);
    Job makeJob(const Lead &lead) const;
    void begin();
    void schedule();
    bool dispatch(int jobIndex);
    void send(int jobIndex, const ChatRequest &request, double reserveUsd);
    void onClaimed(const ClaimAnswer &answer);
    void onReply(int jobIndex, const ChatReply &reply);
    void onAnswer(int jobIndex, const ChatReply &reply);
    void retryLater(int jobIndex, const QString &error, std::optional<double> retryAfterSeconds);
    void complete(int jobIndex, GenerationStatus status, QList<Variant> variants, const QString &error);
    void onWritten(const QList<Message> &messages);
    void onFlushed(bool ok, const QString &error);
    void stop(const QString &error);
    void drop(bool heldElsewhere);
    // Gives back reservations of requests that never left (end of a run).
    void releaseHeld();
    void finishIfDone();
    void emitProgress(bool force);
    double estimateCost(const ChatRequest &request) const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    Database &m_db;
    QPointer<LlmProvider> m_provider;
    GenerationOptions m_options;
    Campaign m_campaign;
    bool m_regeneration = false;
    bool m_running = false;
    bool m_paused = false;
    bool m_stopping = false;
    bool m_draining = false;  // stopGracefully(): waiting for the answers in flight
    bool m_finishing = false; // waiting for the writer thread to store the last results
    QString m_startError;

    std::vector<Job> m_jobs;
    std::deque<int> m_ready;
    std::multimap<qint64, int> m_delayed; // due time -> job
    int m_inFlight = 0;
    int m_claiming = -1;           // the job whose claim the writer thread is making
    ChatRequest m_claimingRequest; // its request, sent once the claim is made
    double m_claimingUsd = 0;      // and what that request may cost
    ConcurrencyLimiter m_limiter;
    BudgetGuard m_budget;
    QTimer m_wakeup;
    QTimer m_grace;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1000000;
    ResultWriter *m_writer = nullptr;

    GenerationSummary m_summary;
    int m_writtenCount = 0; // results committed (generated + failed)
    QString m_owner;        // this run's name in its lead claims
    int m_dropped = 0;      // jobs left to another run or found done by one
    LatencyStats m_latencies;
};

} // namespace outreach
