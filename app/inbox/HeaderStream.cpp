#include "HeaderStream.h"

#include "MailParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace outreach::inbox {
namespace {

QList<TriagedHeader> triaged(const QList<FetchedMessage> &messages)
{
    QList<TriagedHeader> heads;
    heads.reserve(messages.size());
    for (const FetchedMessage &m : messages)
        heads.append(TriagedHeader{m.uid, parseMailHeader(m.raw)});
    return heads;
}

} // namespace

// The read-ahead: its own connection, used only by its thread once started.
struct HeaderStream::Ahead
{
    ImapClient client;
    std::thread thread;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QList<FetchedMessage>> ready; // windows read, not yet taken
    bool finished = false;                   // no more windows: the end, or error
    bool stop = false;                       // the sync needs no more
    QString error;

    void run(UidWindows windows)
    {
        while (const auto window = windows.take()) {
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || ready.size() < size_t(kWindowsAhead); });
                if (stop)
                    return;
            }
            auto messages = client.fetchWindow(*window, FetchPart::Header);
            if (!messages) {
                finish(client.error().message);
                return;
            }
            if (messages->isEmpty())
                continue;
            std::lock_guard lock(mutex);
            ready.push_back(std::move(*messages));
            changed.notify_all();
        }
        finish(QString());
    }

    void finish(const QString &message)
    {
        std::lock_guard lock(mutex);
        finished = true;
        error = message;
        changed.notify_all();
    }
};

HeaderStream::HeaderStream(ImapClient &client, quint32 firstUid, const FolderStatus &status,
                           quint32 windowUids)
    : m_client(client)
    , m_status(status)
    , m_windows(firstUid, status, windowUids)
{}

HeaderStream::~HeaderStream()
{
    if (!m_ahead)
        return;
    {
        std::lock_guard lock(m_ahead->mutex);
        m_ahead->stop = true;
        m_ahead->changed.notify_all();
    }
    // At most the window being fetched is still read to its end.
    m_ahead->thread.join();
}

bool HeaderStream::readAhead(const ImapAccount &account, const QString &folder, QString *why)
{
    if (m_ahead)
        return true;
    auto ahead = std::make_unique<Ahead>();
    const auto fail = [&](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    if (!ahead->client.open(account))
        return fail(ahead->client.error().message);
    const auto status = ahead->client.examine(folder);
    if (!status)
        return fail(ahead->client.error().message);
    if (status->uidValidity != m_status.uidValidity)
        return fail(QCoreApplication::translate("HeaderStream",
                                                "The folder \"%1\" changed its UIDVALIDITY during the sync.")
                        .arg(folder));
    Ahead *a = ahead.get();
    a->thread = std::thread([a, windows = m_windows] { a->run(windows); });
    m_ahead = std::move(ahead);
    return true;
}

std::optional<QList<TriagedHeader>> HeaderStream::next()
{
    QElapsedTimer waiting;
    waiting.start();
    if (!m_ahead) {
        while (const auto window = m_windows.take()) {
            waiting.restart();
            const auto messages = m_client.fetchWindow(*window, FetchPart::Header);
            m_nsWaited += waiting.nsecsElapsed();
            if (!messages) {
                m_error = m_client.error().message;
                return std::nullopt;
            }
            if (!messages->isEmpty())
                return triaged(*messages);
        }
        return std::nullopt;
    }
    std::unique_lock lock(m_ahead->mutex);
    m_ahead->changed.wait(lock, [&] { return !m_ahead->ready.empty() || m_ahead->finished; });
    m_nsWaited += waiting.nsecsElapsed();
    if (m_ahead->ready.empty()) {
        m_error = m_ahead->error;
        return std::nullopt;
    }
    const QList<FetchedMessage> window = std::move(m_ahead->ready.front());
    m_ahead->ready.pop_front();
    m_ahead->changed.notify_all();
    lock.unlock();
    // Parsed here: the reader only waits for the server, the sync has time.
    return triaged(window);
}

} // namespace outreach::inbox
