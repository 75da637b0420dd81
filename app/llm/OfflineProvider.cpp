#include "OfflineProvider.h"
#include "Enums.h"

#include "OfflineComposer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// One answer, delivered on the next event-loop turn so callers see the same
// asynchronous contract as with a network provider.
class OfflineCall : public ChatCall
{
public:
    OfflineCall(const ChatReply &reply, QObject *parent)
        : ChatCall(parent)
        , m_reply(reply)
    {
        QTimer::singleShot(0, this, [this] { finish(m_reply); });
    }

    void abort() override
    {
        ChatReply reply;
        reply.requestsSent = 0;
        reply.error = ChatErrorKind::Cancelled;
        reply.errorMessage = QCoreApplication::translate("OfflineProvider", "The request was cancelled.");
        finish(reply);
    }

private:
    void finish(const ChatReply &reply)
    {
        if (m_done)
            return;
        m_done = true;
        emit finished(reply);
        deleteLater();
    }

    ChatReply m_reply;
    bool m_done = false;
};

} // namespace

OfflineProvider::OfflineProvider(QObject *parent)
    : LlmProvider(parent)
{}

QString OfflineProvider::name() const
{
    return toString(ProviderId::Offline);
}

QString OfflineProvider::model() const
{
    return u"templates"_s;
}

QString OfflineProvider::answerJson(const QList<Variant> &variants)
{
    QJsonArray array;
    for (const Variant &v : variants) {
        array.append(QJsonObject{{u"tone"_s, toString(v.tone)},
                                 {u"subject"_s, v.subject ? QJsonValue(*v.subject) : QJsonValue()},
                                 {u"body"_s, v.body}});
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"variants"_s, array}}).toJson(QJsonDocument::Compact));
}

ChatCall *OfflineProvider::complete(const ChatRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    quint64 variation = quint64(request.seed.value_or(0));
    if (request.onlyVariant)
        variation += ++m_regenerations; // a regeneration should read differently
    ChatReply reply;
    reply.content = answerJson(
        OfflineComposer::compose(request.campaign, request.lead, request.renderedTemplate, variation));
    // Rough token counts (four characters a token) so statistics stay
    // meaningful; the cost is zero regardless.
    int promptChars = 0;
    for (const ChatMessage &m : request.messages)
        promptChars += int(m.content.size());
    reply.promptTokens = promptChars / 4;
    reply.completionTokens = int(reply.content.size()) / 4;
    reply.latencyMs = int(timer.elapsed());
    return new OfflineCall(reply, this);
}

} // namespace outreach
