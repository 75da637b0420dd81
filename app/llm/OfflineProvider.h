// The provider that needs no network, key or money: OfflineComposer writes
// the three tone variants, and this adapter answers with the same JSON a
// model would, on the next event-loop turn, so its output flows through
// VariantParser like any other.
#pragma once

#include "LlmProvider.h"
#include "Message.h"

namespace outreach {

class OfflineProvider : public LlmProvider
{
    Q_OBJECT
public:
    explicit OfflineProvider(QObject *parent = nullptr);

    QString name() const override;  // "offline"
    QString model() const override; // "templates"
    bool isOffline() const override { return true; }
    // Answers on the next event-loop turn, never synchronously.
    ChatCall *complete(const ChatRequest &request) override;
    double costUsd(int, int) const override { return 0; }

    // The answer text: {"variants":[{tone, subject, body} x 3]}.
    static QString answerJson(const QList<Variant> &variants);

private:
    quint64 m_regenerations = 0;
};

} // namespace outreach
