#include "OneShotBody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstring>

namespace outreach {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_position + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, qint64(m_data.size()) - m_position);
    if (n <= 0)
        return m_position >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_position, size_t(n));
    m_position += n;
    return n;
}

QNetworkReply *OneShotBody::post(QNetworkAccessManager *manager, QNetworkRequest request, OneShotBody *body)
{
    // Unbuffered, Qt reads the body straight from the device; a device that
    // cannot be reset makes Qt fail the request (ContentReSendError) where it
    // would otherwise send it again after the server closed the connection.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
    QNetworkReply *reply = manager->post(request, body);
    body->setParent(reply);
    return reply;
}

} // namespace outreach
