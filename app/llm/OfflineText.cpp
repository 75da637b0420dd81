#include "OfflineText.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outreach::offline {

quint64 fnv1a(const QString &text, quint64 seed)
{
    quint64 h = 1469598103934665603ULL ^ seed;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

// Lead data is outside text: braces are made harmless and whitespace tidy.
QString cleanValue(QString text)
{
    text.replace(u"{{"_s, u"{"_s).replace(u"}}"_s, u"}"_s);
    // Emoji and pictographs belong in a CRM, not in the middle of a sentence.
    QString kept;
    kept.reserve(text.size());
    for (uint cp : text.toUcs4()) {
        if (QChar::category(char32_t(cp)) != QChar::Symbol_Other && cp != 0xFE0F && cp != 0x200D)
            kept.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1));
    }
    return kept.simplified();
}

QString cutAtWord(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = text.lastIndexOf(u' ', maxChars);
    if (cut < maxChars / 2)
        cut = maxChars;
    return text.left(cut).trimmed();
}

QString phrase(QString text, int maxChars)
{
    text = cutAtWord(cleanValue(text), maxChars);
    while (!text.isEmpty() && QStringView(u".!;:,\u2026\u201D\u2019\"' ").contains(text.back()))
        text.chop(1);
    while (!text.isEmpty() && QStringView(u"\u201C\u2018\"' ").contains(text.front()))
        text.remove(0, 1);
    text.remove(u'\u201C').remove(u'\u201D').remove(u'"');
    // "Hiring two engineers" reads as a phrase inside a sentence; "AWS cost"
    // keeps its acronym.
    if (text.size() > 1 && text.at(0).isUpper() && text.at(1).isLower())
        text[0] = text.at(0).toLower();
    return text;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// A template sentence that followed the greeting ("Hi {{first_name}}, one
// thing stood out...") starts a paragraph of its own here; "iOS" and "eBay"
// keep their spelling.
QString sentenceStart(QString text)
{
    if (text.size() > 1 && text.at(0).isLower() && !text.at(1).isUpper())
        text[0] = text.at(0).toUpper();
    return text;
}

QStringList pitchSentences(const QString &rendered)
{
    static const QRegularExpression greeting(
        u"^\\s*(hi|hello|hey|dear|good (morning|afternoon|evening))\\b[^,!:\\n]*[,!:]?\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression signOff(u"^\\s*(best|regards|kind regards|best regards|warm "
                                            u"regards|cheers|thanks|thank you|sincerely|all the "
                                            u"best)\\b[\\s,!.]*$"_s,
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::MultilineOption);
    static const QRegularExpression sentenceEnd(u"(?<=[.!?])\\s+"_s);

    QString text = rendered.trimmed();
    const QRegularExpressionMatch end = signOff.match(text);
    if (end.hasMatch())
        text = text.left(end.capturedStart());
    text.remove(greeting);
    QStringList sentences;
    for (const QString &s : text.simplified().split(sentenceEnd, Qt::SkipEmptyParts)) {
        if (!s.contains(u"{{") && !s.contains(u"}}") && s.size() <= 240)
            sentences.append(sentenceStart(cleanValue(s)));
    }
    return sentences.mid(0, 4);
}

// Different wordings for different leads, stable for the same lead.
QString pick(const Facts &f, int slot, const QStringList &options)
{
    return options.at(int((f.hash >> (slot * 5)) % quint64(options.size())));
}

namespace {
// After "Hi Ada," a note goes on in lower case ("we help..."); only the
// openings these templates use are touched, never a name.
QString continueAfterComma(const QString &text)
{
    static const QStringList openings = {u"We "_s,    u"Our "_s,  u"Is "_s,    u"Saw "_s,  u"Open "_s,
                                         u"Would "_s, u"Up "_s,   u"Let's "_s, u"Glad "_s, u"Worth "_s,
                                         u"The "_s,   u"This "_s, u"Always "_s};
    for (const QString &o : openings) {
        if (text.startsWith(o))
            return text.at(0).toLower() + text.mid(1);
    }
    return text;
}

QString assemble(const QList<Part> &parts, const QString &separator)
{
    QString text;
    for (const Part &p : parts) {
        if (p.dropped || p.wordings.isEmpty() || p.wordings.at(p.chosen).isEmpty())
            continue;
        const QString &piece = p.wordings.at(p.chosen);
        if (text.isEmpty())
            text = piece;
        else if (separator == u" " && text.endsWith(u','))
            text += separator + continueAfterComma(piece);
        else
            text += separator + piece;
    }
    return text;
}

} // namespace

// Drops optional parts and picks shorter wordings, in that alternation, until
// the text fits; only then cuts at a word boundary, which the short wordings
// make a last resort.
QString fit(QList<Part> parts, const QString &separator, const std::function<bool(const QString &)> &fits)
{
    for (Part &p : parts)
        p.wordings.removeAll(QString());
    parts.removeIf([](const Part &p) { return p.wordings.isEmpty(); });
    QString text = assemble(parts, separator);
    const auto shortenAll = [&](bool toLast) {
        for (Part &p : parts) {
            while (!fits(text) && !p.dropped && p.chosen + 1 < p.wordings.size()) {
                p.chosen = toLast ? int(p.wordings.size()) - 1 : p.chosen + 1;
                text = assemble(parts, separator);
                if (!toLast)
                    break;
            }
        }
    };
    for (int level = 3; level >= 1 && !fits(text); --level) {
        for (qsizetype i = parts.size() - 1; i >= 0 && !fits(text); --i) {
            if (parts[i].dropOrder == level) {
                parts[i].dropped = true;
                text = assemble(parts, separator);
            }
        }
        shortenAll(false);
    }
    shortenAll(true);
    // Then win back what still fits: dropped parts by importance (in their
    // shortest wording), then longer wordings from the top.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < parts.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(),
                     [&parts](qsizetype a, qsizetype b) { return parts[a].dropOrder < parts[b].dropOrder; });
    for (qsizetype i : order) {
        Part &p = parts[i];
        if (!p.dropped || !fits(text))
            continue;
        p.dropped = false;
        p.chosen = int(p.wordings.size()) - 1;
        if (fits(assemble(parts, separator)))
            text = assemble(parts, separator);
        else
            p.dropped = true;
    }
    for (Part &p : parts) {
        while (!p.dropped && p.chosen > 0 && fits(text)) {
            --p.chosen;
            const QString longer = assemble(parts, separator);
            if (!fits(longer)) {
                ++p.chosen;
                break;
            }
            text = longer;
        }
    }
    while (!fits(text) && text.contains(u' '))
        text = text.left(text.lastIndexOf(u' ')).trimmed();
    while (!fits(text) && !text.isEmpty())
        text.chop(1);
    return text;
}

// SMS is priced per segment: typographic punctuation would switch the whole
// text to UCS-2 and cut the room from 160 to 70 characters.
QString gsmPunctuation(QString text)
{
    text.replace(u'\u2018', u'\'')
        .replace(u'\u2019', u'\'')
        .replace(u'\u201C', u'"')
        .replace(u'\u201D', u'"');
    text.replace(u'\u2013', u'-').replace(u'\u2014', u'-').replace(u'\u00A0', u' ');
    text.replace(u"\u2026"_s, u"..."_s);
    return text;
}

} // namespace outreach::offline
