#include "NetworkPool.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>
#include <utility>

namespace outreach {

NetworkPool::NetworkPool(QObject *parent)
    : QObject(parent)
{}

QNetworkAccessManager *NetworkPool::pick()
{
    QNetworkAccessManager *best = nullptr;
    for (auto *manager : std::as_const(m_managers)) {
        if (!best || m_load.value(manager) < m_load.value(best))
            best = manager;
    }
    const bool allBusy = !best || m_load.value(best) >= ConnectionsPerManager;
    if (allBusy && m_managers.size() < MaxManagers) {
        best = new QNetworkAccessManager(this);
        // The engine owns retries and deadlines; a silent automatic redirect
        // of a POST would hide a misconfigured base URL.
        best->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        m_managers.append(best);
        m_load.insert(best, 0);
    }
    return best;
}

QNetworkReply *NetworkPool::track(QNetworkAccessManager *manager, QNetworkReply *reply)
{
    ++m_load[manager];
    // A connection is free once the reply finishes, even if its owner deletes
    // it later; a reply deleted while running frees it too. Count it once.
    auto released = std::make_shared<bool>(false);
    auto release = [this, manager, released] {
        if (std::exchange(*released, true))
            return;
        auto it = m_load.find(manager);
        if (it != m_load.end() && it.value() > 0)
            --it.value();
    };
    connect(reply, &QNetworkReply::finished, this, release);
    connect(reply, &QObject::destroyed, this, release);
    return reply;
}

QNetworkReply *NetworkPool::get(const QNetworkRequest &request)
{
    auto *manager = pick();
    return track(manager, manager->get(request));
}

QNetworkReply *NetworkPool::post(const QNetworkRequest &request, const QByteArray &body)
{
    auto *manager = pick();
    return track(manager, manager->post(request, body));
}

QNetworkReply *NetworkPool::postOnce(QNetworkRequest request, QIODevice *body)
{
    // Unbuffered, Qt reads the body straight from the device; a device that
    // cannot be reset makes Qt fail the request (ContentReSendError) where it
    // would otherwise send it again after the server closed the connection.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
    auto *manager = pick();
    QNetworkReply *reply = manager->post(request, body);
    body->setParent(reply);
    return track(manager, reply);
}

} // namespace outreach
