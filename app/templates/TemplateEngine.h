// Campaign templates: checks them when a campaign is created or edited and
// fills {{variables}} from a lead and its campaign. Syntax: {{name}},
// {{ name }}, {{name|fallback}}; names are lead fields, custom CSV fields and
// campaign fields such as {{sender_name}}.
#pragma once

#include "Campaign.h"
#include "Lead.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace outreach {

struct TemplateProblem
{
    // MoreProblems is last and only once: it stands for `count` problems
    // found but not described.
    enum class Kind { UnknownVariable, EmptyVariable, UnclosedBraces, UnopenedBraces, MoreProblems };
    Kind kind = Kind::UnknownVariable;
    int position = 0; // offset in the template text
    int line = 1;     // 1-based
    int column = 1;   // 1-based
    int length = 0;   // of the offending text
    QString variable; // the name, for unknown variables
    QString message;  // translated, names what and where
    int count = 1;    // problems this entry stands for
};

struct RenderResult
{
    QString text;
    // Variables with a blank value and no fallback. Their {{placeholder}} is
    // left in the text, so a blank can never be sent as an empty gap; the
    // caller reports them per lead.
    QStringList blankVariables;
    QStringList unknownVariables; // also left in place
    bool complete() const { return blankVariables.isEmpty() && unknownVariables.isEmpty(); }
};

struct Placeholder
{
    int position = 0;
    int length = 0;
    QString name; // trimmed as written
    std::optional<QString> fallback;
};

class TemplateEngine
{
public:
    // At most this many problems are described; the rest are one MoreProblems entry.
    static constexpr int kMaxReportedProblems = 5;

    // Problems with a template; empty when it is fine. Custom field names are
    // the CSV headers the campaign's leads carry. Linear in the text; the
    // first maxReported problems are described, any further ones are counted
    // in a last MoreProblems entry ("…and 9,995 more problems").
    static QList<TemplateProblem> validate(const QString &templateText,
                                           const QStringList &knownCustomFieldNames = {},
                                           int maxReported = kMaxReportedProblems);
    static QStringList problemMessages(const QList<TemplateProblem> &problems);

    static RenderResult render(const QString &templateText, const Campaign &campaign, const Lead &lead);

    // Every "{{...}}" (or dangling "{{") still in a text, e.g. a model's answer.
    static QStringList unresolvedPlaceholders(const QString &text);

    // Well-formed placeholders in order of appearance.
    static QList<Placeholder> placeholders(const QString &templateText);
    // Every variable name a template may use, given the custom field names.
    static QStringList knownVariables(const QStringList &customFieldNames = {});
    // Lower case with spaces as underscores: how names are compared.
    static QString normalizedName(const QString &name);
};

} // namespace outreach
