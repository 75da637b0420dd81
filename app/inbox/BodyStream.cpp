#include "BodyStream.h"

#include "MailParser.h"

#include <QElapsedTimer>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace outreach::inbox {
namespace {

// One request's mails, or the failure's text.
struct Answer
{
    QHash<quint32, FetchedMail> mails;
    std::optional<QString> failure;
};

// nsFetching: the time the FETCH took, parsing aside.
Answer fetchAndParse(ImapClient &client, const QList<quint32> &uids, qint64 *nsFetching = nullptr)
{
    Answer answer;
    QList<FetchedMessage> fetched;
    QElapsedTimer fetching;
    fetching.start();
    const bool ok = client.fetchUids(uids, [&](const FetchedMessage &m) {
        fetched.append(m);
        return true;
    });
    if (nsFetching)
        *nsFetching += fetching.nsecsElapsed();
    if (!ok)
        answer.failure = client.error().message;
    for (const FetchedMessage &m : std::as_const(fetched))
        answer.mails.insert(m.uid, FetchedMail{m.uid, m.raw, parseMail(m.raw)});
    return answer;
}

} // namespace

struct BodyStream::Worker
{
    ImapClient &client;
    std::thread thread;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QList<quint32>> requests;
    std::deque<Answer> answers;
    bool stop = false;
    bool failed = false; // it stopped after a failed FETCH

    explicit Worker(ImapClient &c)
        : client(c)
    {}

    void run()
    {
        while (true) {
            QList<quint32> uids;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || !requests.empty(); });
                if (stop)
                    return;
                uids = std::move(requests.front());
                requests.pop_front();
            }
            Answer answer = fetchAndParse(client, uids);
            std::lock_guard lock(mutex);
            failed = answer.failure.has_value();
            answers.push_back(std::move(answer));
            changed.notify_all();
            if (failed)
                return; // the connection is in no state for more; take() reports it
        }
    }
};

BodyStream::BodyStream(ImapClient &client, bool onItsOwnThread)
    : m_client(client)
{
    if (!onItsOwnThread)
        return;
    m_worker = std::make_unique<Worker>(client);
    Worker *w = m_worker.get();
    m_worker->thread = std::thread([w] { w->run(); });
}

BodyStream::~BodyStream()
{
    if (!m_worker)
        return;
    {
        std::lock_guard lock(m_worker->mutex);
        m_worker->stop = true;
        m_worker->changed.notify_all();
    }
    m_worker->thread.join();
}

void BodyStream::request(const QList<quint32> &uids)
{
    ++m_outstanding;
    if (!m_worker) {
        m_requests.append(uids);
        return;
    }
    std::lock_guard lock(m_worker->mutex);
    m_worker->requests.push_back(uids);
    m_worker->changed.notify_all();
}

std::optional<QHash<quint32, FetchedMail>> BodyStream::take()
{
    if (m_outstanding == 0)
        return QHash<quint32, FetchedMail>();
    --m_outstanding;
    Answer answer;
    if (!m_worker) {
        answer = fetchAndParse(m_client, m_requests.takeFirst(), &m_nsWaited);
    } else {
        QElapsedTimer waiting;
        waiting.start();
        std::unique_lock lock(m_worker->mutex);
        m_worker->changed.wait(lock, [&] { return !m_worker->answers.empty() || m_worker->failed; });
        m_nsWaited += waiting.nsecsElapsed();
        if (m_worker->answers.empty())
            return std::nullopt; // after the failure already reported
        answer = std::move(m_worker->answers.front());
        m_worker->answers.pop_front();
    }
    if (answer.failure) {
        m_error = *answer.failure;
        return std::nullopt;
    }
    return std::move(answer.mails);
}

} // namespace outreach::inbox
