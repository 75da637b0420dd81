// One chat-completions attempt against an OpenAI-compatible endpoint: sends
// the request (an HttpCall), steps down the structured-output ladder when the
// endpoint rejects it, keeps one deadline over every step and reports one
// ChatReply.
#pragma once

#include "LlmProvider.h"
#include "net/HttpCall.h"

#include <QElapsedTimer>
#include <QPointer>

namespace outreach {

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
    void onAnswer(const HttpResult &answer);
    void finish(ChatReply reply);
    ChatReply parseSuccess(const QByteArray &body) const;

    OpenAiCompatibleProvider *m_provider;
    ChatRequest m_request;
    ResponseFormatLevel m_level;
    QPointer<HttpCall> m_http;
    int m_requestsSent = 0;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace outreach
