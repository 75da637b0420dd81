// Turns a campaign, a lead and the campaign template rendered for that lead
// into one chat request asking for three tone variants as strict JSON. Lead
// data goes into a fenced, JSON-encoded data block that text inside it cannot
// close, so a lead's fields can never become instructions.
#pragma once

#include "Message.h"
#include "channels/ChannelRules.h"
#include "llm/LlmProvider.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace outreach {

struct PromptOptions
{
    // Regenerate this variant index (0..2) only; the others are returned as
    // given in currentVariants.
    std::optional<int> onlyVariant;
    QList<Variant> currentVariants;
    // Rule violations of the previous answer (from VariantParser): the
    // request becomes a repair request naming them.
    QStringList repairViolations;
    // Template variables that were blank for this lead with no fallback.
    QStringList blankVariables;
    std::optional<qint64> seed;
    double temperature = 0.7;
    int timeoutMs = 60000;
};

class PromptBuilder
{
public:
    static constexpr const char *kLeadDataTag = "lead_data";
    static constexpr const char *kTemplateTag = "message_template";

    static ChatRequest build(const Campaign &campaign, const Lead &lead, const QString &renderedTemplate,
                             const PromptOptions &options = {});

    static QString schemaName(); // "outreach_variants"
    // {variants: exactly 3 × {tone, subject (string|null), body}}, strict.
    static QJsonObject responseSchema();

    static QString systemPrompt(const Campaign &campaign);
    // The lead's fields as they appear inside the data block.
    static QJsonObject leadData(const Lead &lead);
    // Completion budget per channel: three variants of the channel's typical
    // length plus JSON overhead and a reasoning allowance, kept tight because
    // providers such as Cerebras reserve it against the token rate limit.
    static int maxCompletionTokens(const ChannelRules &rules);

    // JSON text that cannot contain '<' or '>', so no "</tag>" can appear in
    // it; JSON readers decode \u003c back to '<'.
    static QString fencedJson(const QJsonObject &object);
};

} // namespace outreach
