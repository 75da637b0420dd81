// A request body that can be read once and never rewound. Qt's HTTP/1
// channel silently sends a request again when the server closes the
// connection before any answer byte arrived; it does so only if it can
// rewind the body. Given this one (unbuffered, with a Content-Length), it
// reports an error instead, so every request that leaves the process is one
// the engine decided to send and counted. It also tells whether any of the
// body went out, which is what an attempt is counted from.
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QNetworkRequest>

class QNetworkAccessManager;
class QNetworkReply;

namespace outreach {

class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    // Never rewinds, and says so without QIODevice's warning.
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 size() const override { return m_data.size(); }

    // Some of the body was handed to the network stack.
    bool started() const { return m_position > 0; }

    // Posts `body` on `manager` so that Qt cannot send it twice; the body
    // becomes the reply's child.
    static QNetworkReply *post(QNetworkAccessManager *manager, QNetworkRequest request, OneShotBody *body);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace outreach
