// Writes the three tone variants of one message without a model: the
// wordings of each tone filled with the lead's data (name, company, pain
// point, buying signal or news) and the campaign's rendered template, sized
// to the channel's limits. Pure text: no QObject, no network, no provider;
// OfflineProvider wraps it as an LlmProvider.
#pragma once

#include "Campaign.h"
#include "Lead.h"
#include "Message.h"

#include <QList>
#include <memory>

namespace outreach {

class OfflineComposer
{
public:
    // `variation` picks other wordings (a request's seed, a regeneration count).
    OfflineComposer(const Campaign &campaign, const Lead &lead, const QString &renderedTemplate,
                    quint64 variation = 0);
    ~OfflineComposer();

    // The variant written in one tone (index from the tone; subject where
    // the channel has one).
    Variant variant(Tone tone) const;
    // All three, professional, friendly, direct.
    QList<Variant> variants() const;

    // The same as OfflineComposer(...).variants().
    static QList<Variant> compose(const Campaign &campaign, const Lead &lead, const QString &renderedTemplate,
                                  quint64 variation = 0);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace outreach
