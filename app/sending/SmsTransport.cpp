#include "sending/SmsTransport.h"

#include <future>
#include <memory>

namespace outreach {

SmsTransport::SmsTransport()
{
    m_thread.setObjectName(QStringLiteral("SmsTransport"));
    m_client = new TwilioClient;
    m_client->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_client, &QObject::deleteLater);
    m_thread.start();
}

SmsTransport::~SmsTransport()
{
    m_thread.quit();
    m_thread.wait();
}

TwilioOutcome SmsTransport::call(std::function<void(TwilioClient &, TwilioClient::Done)> start)
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    auto promise = std::make_shared<std::promise<TwilioOutcome>>();
    std::future<TwilioOutcome> future = promise->get_future();
    const int timeoutMs = m_timeoutMs;
    TwilioClient *client = m_client;
    QMetaObject::invokeMethod(
        client,
        [client, timeoutMs, start = std::move(start), promise] {
            client->setTimeoutMs(timeoutMs);
            start(*client, [promise](const TwilioOutcome &out) { promise->set_value(out); });
        },
        Qt::QueuedConnection);
    return future.get();
}

TwilioOutcome SmsTransport::send(const TwilioAccount &account, const SmsMessage &message)
{
    return call([account, message](TwilioClient &client, TwilioClient::Done done) {
        client.sendSms(account, message, std::move(done));
    });
}

TwilioOutcome SmsTransport::fetchAccount(const TwilioAccount &account)
{
    return call([account](TwilioClient &client, TwilioClient::Done done) {
        client.fetchAccount(account, std::move(done));
    });
}

TwilioOutcome SmsTransport::fetchMessage(const TwilioAccount &account, const QString &messageSid)
{
    return call([account, messageSid](TwilioClient &client, TwilioClient::Done done) {
        client.fetchMessage(account, messageSid, std::move(done));
    });
}

TwilioOutcome SmsTransport::fetchPage(const TwilioAccount &account, const QUrl &pageUrl)
{
    return call([account, pageUrl](TwilioClient &client, TwilioClient::Done done) {
        client.fetchPage(account, pageUrl, std::move(done));
    });
}

} // namespace outreach
