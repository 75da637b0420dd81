#include "TemplateEngine.h"
#include "FieldKey.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

struct Token
{
    enum class Kind { Placeholder, Unclosed, Unopened };
    Kind kind = Kind::Placeholder;
    Placeholder placeholder;
};

// One pass over the text that both validation and rendering share, so they
// can never disagree about what a placeholder is. Linear in the text: the
// search for a "}}" never runs past the next "{{", and the position of the
// next "{{" is looked up once, not once per brace pair before it.
QList<Token> scan(const QString &text)
{
    QList<Token> tokens;
    const QLatin1StringView open("{{");
    const QLatin1StringView close("}}");
    const QStringView view(text);
    qsizetype openSearchedFrom = -1;
    qsizetype openFound = -1; // the first "{{" at or after openSearchedFrom, -1 for none
    const auto nextOpen = [&](qsizetype from) {
        if (openSearchedFrom < 0 || from < openSearchedFrom || (openFound >= 0 && openFound < from)) {
            openSearchedFrom = from;
            openFound = view.indexOf(open, from);
        }
        return openFound;
    };
    qsizetype i = 0;
    while (i + 1 < text.size()) {
        const QChar c = text.at(i);
        if (c != u'{' && c != u'}') {
            ++i;
            continue;
        }
        if (view.mid(i, 2) == open) {
            const qsizetype following = nextOpen(i + 2);
            const qsizetype limit = following < 0 ? text.size() : following;
            const qsizetype found = view.mid(i + 2, limit - i - 2).indexOf(close);
            if (found < 0) {
                Token token;
                token.kind = Token::Kind::Unclosed;
                token.placeholder.position = int(i);
                token.placeholder.length = 2;
                tokens.append(token);
                i += 2;
                continue;
            }
            const qsizetype end = i + 2 + found;
            const QStringView inner = view.mid(i + 2, end - i - 2);
            Token token;
            token.placeholder.position = int(i);
            token.placeholder.length = int(end + 2 - i);
            const qsizetype bar = inner.indexOf(u'|');
            if (bar >= 0) {
                token.placeholder.name = inner.left(bar).trimmed().toString();
                token.placeholder.fallback = inner.mid(bar + 1).trimmed().toString();
            } else {
                token.placeholder.name = inner.trimmed().toString();
            }
            tokens.append(token);
            i = end + 2;
        } else if (view.mid(i, 2) == close) {
            Token token;
            token.kind = Token::Kind::Unopened;
            token.placeholder.position = int(i);
            token.placeholder.length = 2;
            tokens.append(token);
            i += 2;
        } else {
            ++i;
        }
    }
    return tokens;
}

// Line and column of positions visited in increasing order, counted
// incrementally (counting from the start for each one was quadratic).
class LineCounter
{
public:
    explicit LineCounter(const QString &text)
        : m_text(text)
    {}
    void locate(int position, int *line, int *column)
    {
        for (; m_position < position && m_position < m_text.size(); ++m_position) {
            if (m_text.at(m_position) == u'\n') {
                ++m_line;
                m_lineStart = m_position + 1;
            }
        }
        *line = m_line;
        *column = position - m_lineStart + 1;
    }

private:
    const QString &m_text;
    int m_position = 0;
    int m_line = 1;
    int m_lineStart = 0;
};

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString closestName(const QString &name, const QStringList &known)
{
    QString best;
    int bestDistance = 3; // further than two edits is a different word, not a typo
    for (const QString &candidate : known) {
        const int d = editDistance(name, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace

QString TemplateEngine::normalizedName(const QString &name)
{
    return fieldKey(name);
}

QStringList TemplateEngine::knownVariables(const QStringList &customFieldNames)
{
    QStringList names = Lead::fieldNames() + Campaign::fieldNames();
    for (const QString &custom : customFieldNames) {
        const QString normalized = normalizedName(custom);
        if (!normalized.isEmpty() && !names.contains(normalized))
            names.append(normalized);
    }
    return names;
}

QList<Placeholder> TemplateEngine::placeholders(const QString &templateText)
{
    QList<Placeholder> result;
    for (const Token &token : scan(templateText)) {
        if (token.kind == Token::Kind::Placeholder)
            result.append(token.placeholder);
    }
    return result;
}

QList<TemplateProblem> TemplateEngine::validate(const QString &templateText,
                                                const QStringList &knownCustomFieldNames, int maxReported)
{
    const QStringList known = knownVariables(knownCustomFieldNames);
    const QSet<QString> knownSet(known.cbegin(), known.cend());
    QList<TemplateProblem> problems;
    LineCounter lines(templateText);
    int notReported = 0;
    int firstNotReported = -1;
    for (const Token &token : scan(templateText)) {
        if (token.kind == Token::Kind::Placeholder && !token.placeholder.name.isEmpty() &&
            knownSet.contains(normalizedName(token.placeholder.name)))
            continue;
        if (problems.size() >= maxReported) {
            // Counted, not described: 10,000 stray braces are one line, not 10,000.
            if (notReported++ == 0)
                firstNotReported = token.placeholder.position;
            continue;
        }
        TemplateProblem problem;
        problem.position = token.placeholder.position;
        problem.length = token.placeholder.length;
        lines.locate(problem.position, &problem.line, &problem.column);
        const QString where = QCoreApplication::translate("TemplateEngine", "line %1, column %2")
                                  .arg(problem.line)
                                  .arg(problem.column);
        switch (token.kind) {
        case Token::Kind::Unclosed:
            problem.kind = TemplateProblem::Kind::UnclosedBraces;
            problem.message =
                QCoreApplication::translate("TemplateEngine", "\"{{\" at %1 has no closing \"}}\".")
                    .arg(where);
            break;
        case Token::Kind::Unopened:
            problem.kind = TemplateProblem::Kind::UnopenedBraces;
            problem.message =
                QCoreApplication::translate("TemplateEngine", "\"}}\" at %1 has no opening \"{{\".")
                    .arg(where);
            break;
        case Token::Kind::Placeholder: {
            const QString &name = token.placeholder.name;
            if (name.isEmpty()) {
                problem.kind = TemplateProblem::Kind::EmptyVariable;
                problem.message =
                    QCoreApplication::translate("TemplateEngine", "Empty variable \"{{}}\" at %1.")
                        .arg(where);
                break;
            }
            problem.kind = TemplateProblem::Kind::UnknownVariable;
            problem.variable = name;
            const QString suggestion = closestName(normalizedName(name), known);
            if (suggestion.isEmpty()) {
                problem.message =
                    QCoreApplication::translate("TemplateEngine", "Unknown variable \"{{%1}}\" at %2.")
                        .arg(name, where);
            } else {
                problem.message =
                    QCoreApplication::translate("TemplateEngine",
                                                "Unknown variable \"{{%1}}\" at %2; did you mean \"{{%3}}\"?")
                        .arg(name, where, suggestion);
            }
            break;
        }
        }
        problems.append(problem);
    }
    if (notReported > 0) {
        TemplateProblem more;
        more.kind = TemplateProblem::Kind::MoreProblems;
        more.position = firstNotReported;
        lines.locate(more.position, &more.line, &more.column);
        more.count = notReported;
        more.message = QCoreApplication::translate(
            "TemplateEngine", "…and %n more problem(s) in the template.", nullptr, notReported);
        problems.append(more);
    }
    return problems;
}

QStringList TemplateEngine::problemMessages(const QList<TemplateProblem> &problems)
{
    QStringList messages;
    messages.reserve(problems.size());
    for (const TemplateProblem &problem : problems)
        messages.append(problem.message);
    return messages;
}

RenderResult TemplateEngine::render(const QString &templateText, const Campaign &campaign, const Lead &lead)
{
    RenderResult result;
    QSet<QString> unknown; // the lists' contents, for lookups in constant time
    QSet<QString> blank;
    int copied = 0;
    for (const Token &token : scan(templateText)) {
        if (token.kind != Token::Kind::Placeholder)
            continue; // stray braces are text; validate() reports them
        const Placeholder &p = token.placeholder;
        result.text += QStringView(templateText).mid(copied, p.position - copied);
        copied = p.position + p.length;
        const QStringView original = QStringView(templateText).mid(p.position, p.length);

        std::optional<QString> value = lead.fieldValue(p.name);
        if (!value)
            value = campaign.fieldValue(p.name);
        if (!value || p.name.isEmpty()) {
            if (!unknown.contains(p.name)) {
                unknown.insert(p.name);
                result.unknownVariables.append(p.name);
            }
            result.text += original;
            continue;
        }
        const QString trimmed = value->trimmed();
        if (!trimmed.isEmpty()) {
            result.text += trimmed;
        } else if (p.fallback) {
            result.text += *p.fallback;
        } else {
            if (!blank.contains(p.name)) {
                blank.insert(p.name);
                result.blankVariables.append(p.name);
            }
            result.text += original;
        }
    }
    result.text += QStringView(templateText).mid(copied);
    return result;
}

QStringList TemplateEngine::unresolvedPlaceholders(const QString &text)
{
    QStringList found;
    for (const Token &token : scan(text)) {
        if (token.kind == Token::Kind::Unopened)
            continue; // "}}" alone is odd text, not a placeholder
        found.append(text.mid(token.placeholder.position, token.placeholder.length));
    }
    return found;
}

} // namespace outreach
