#include "TerminalText.h"

namespace outreach {
namespace {

bool isBidiControl(char16_t c)
{
    // LRM/RLM/ALM are harmless marks; embeddings, overrides and isolates
    // reorder the text around them ("Trojan Source").
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char16_t c, TerminalText::Lines lines)
{
    if (c == u'\n' || c == u'\t')
        return lines == TerminalText::Lines::Escape;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

QString escapeFor(char16_t c)
{
    switch (c) {
    case u'\n':
        return QStringLiteral("\\n");
    case u'\t':
        return QStringLiteral("\\t");
    case u'\r':
        return QStringLiteral("\\r");
    default:
        break;
    }
    if (c <= 0xFF)
        return QStringLiteral("\\x") + QString::number(c, 16).toUpper().rightJustified(2, u'0');
    return QStringLiteral("\\u") + QString::number(c, 16).toUpper().rightJustified(4, u'0');
}

} // namespace

QString TerminalText::neutralized(const QString &text, Lines lines)
{
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text.at(first).unicode(), lines))
        ++first;
    if (first == text.size())
        return text; // the common case: nothing to do, no copy
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (needsEscape(c, lines))
            out += escapeFor(c);
        else
            out += QChar(c);
    }
    return out;
}

} // namespace outreach
