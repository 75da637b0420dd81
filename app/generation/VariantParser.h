// Reads a model's answer into three variants: tolerant about the wrapping
// (code fences, prose around the JSON), strict about the content. Structural
// errors make the answer unusable (the engine retries); channel-rule
// violations leave it usable but earn one repair request and, if they
// persist, the "over_limit" flag.
#pragma once

#include "Message.h"
#include "channels/ChannelRules.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace outreach {

struct ParsedAnswer
{
    QList<Variant> variants; // three, ordered professional, friendly, direct; empty on errors
    QStringList errors;      // structural, in plain words: the answer is invalid
    QStringList violations;  // channel rules, each naming its variant
    QStringList warnings;    // advice only (e.g. a subject above 60 characters)

    bool ok() const { return errors.isEmpty(); }
    bool hasViolations() const { return !violations.isEmpty(); }
};

class VariantParser
{
public:
    static inline const QString kOverLimitFlag = QStringLiteral("over_limit");

    static ParsedAnswer parse(const QString &content, const ChannelRules &rules);
    static ParsedAnswer parse(const QString &content, const Campaign &campaign);

    // The outermost JSON object in a text that may carry code fences or prose.
    static std::optional<QJsonObject> extractJsonObject(const QString &content, QString *error = nullptr);

    // Rule violations of already parsed (or edited) variants; flags each
    // violating variant with "over_limit" when markFlags is set.
    static QStringList checkRules(QList<Variant> &variants, const ChannelRules &rules, bool markFlags);
};

} // namespace outreach
