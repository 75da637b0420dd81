// One chat-completions attempt against an OpenAI-compatible endpoint: sends
// the request, steps down the structured-output ladder when the endpoint
// rejects it, enforces the deadline and reports one ChatReply.
#pragma once

#include "LlmProvider.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace outreach {

class OneShotBody;
class OpenAiCompatibleProvider;
enum class ResponseFormatLevel;

class OpenAiChatCall : public ChatCall
{
    Q_OBJECT
public:
    OpenAiChatCall(OpenAiCompatibleProvider *provider, const ChatRequest &request);
    ~OpenAiChatCall() override;

    void start();
    void abort() override;

    // The JSON body for the given structured-output level (public for tests).
    static QByteArray requestBody(const QString &model, const ChatRequest &request,
                                  ResponseFormatLevel level);

private:
    void send();
    void onReplyFinished();
    void onDeadline();
    void finish(ChatReply reply);
    void dropReply();
    void countSentBody();
    ChatReply parseSuccess(const QByteArray &body) const;

    OpenAiCompatibleProvider *m_provider;
    ChatRequest m_request;
    ResponseFormatLevel m_level;
    QPointer<QNetworkReply> m_reply;
    QPointer<OneShotBody> m_body;
    int m_requestsSent = 0;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace outreach
