// Posts SMS for the blocking send engine (the CLI's loop, the app's sending
// worker thread) and reads statuses for SmsStatusSync: runs a TwilioClient on a thread of its own and waits
// for its outcome, so the caller needs no event loop and none is nested. One request at a time per transport;
// the pacing is the scheduler's. Not for the GUI thread: there, use TwilioClient directly.
#pragma once

#include "sending/TwilioClient.h"

#include <QThread>

#include <functional>

namespace outreach {

class SmsTransport
{
public:
    SmsTransport();
    ~SmsTransport();
    SmsTransport(const SmsTransport &) = delete;
    SmsTransport &operator=(const SmsTransport &) = delete;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    TwilioOutcome send(const TwilioAccount &account, const SmsMessage &message);
    // "Test connection": reads the account, sends nothing.
    TwilioOutcome fetchAccount(const TwilioAccount &account);
    // Status sync (SmsStatusSync): one message, one page of the list.
    TwilioOutcome fetchMessage(const TwilioAccount &account, const QString &messageSid);
    TwilioOutcome fetchPage(const TwilioAccount &account, const QUrl &pageUrl);

private:
    TwilioOutcome call(std::function<void(TwilioClient &, TwilioClient::Done)> start);

    QThread m_thread;
    TwilioClient *m_client = nullptr; // lives in m_thread, deleted when it finishes
    int m_timeoutMs = 30000;
};

} // namespace outreach
