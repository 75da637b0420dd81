// Hands out QNetworkAccessManagers so that many requests to one host really
// run at once: Qt 6.4 opens at most 6 HTTP/1.1 connections per host and
// manager, so N parallel calls need about N/6 managers.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace outreach {

class OneShotBody;

class NetworkPool : public QObject
{
    Q_OBJECT
public:
    static constexpr int ConnectionsPerManager = 6;
    static constexpr int MaxManagers = 16; // 96 connections, above the engine's cap of 64

    explicit NetworkPool(QObject *parent = nullptr);

    // Starts the request on the least-loaded manager, creating a new manager
    // when every existing one already has all its connections busy.
    QNetworkReply *get(const QNetworkRequest &request);
    QNetworkReply *post(const QNetworkRequest &request, const QByteArray &body);
    // Posts a body Qt cannot rewind (see OneShotBody): no hidden resend. The
    // body becomes the reply's child.
    QNetworkReply *postOnce(const QNetworkRequest &request, OneShotBody *body);

    int managerCount() const { return int(m_managers.size()); }

private:
    QNetworkAccessManager *pick();
    QNetworkReply *track(QNetworkAccessManager *manager, QNetworkReply *reply);

    QList<QNetworkAccessManager *> m_managers;
    QHash<QNetworkAccessManager *, int> m_load;
};

} // namespace outreach
