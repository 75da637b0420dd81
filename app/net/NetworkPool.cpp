#include "NetworkPool.h"
#include "OneShotBody.h"

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

QNetworkReply *NetworkPool::postOnce(const QNetworkRequest &request, OneShotBody *body)
{
    auto *manager = pick();
    return track(manager, OneShotBody::post(manager, request, body));
}

} // namespace outreach
