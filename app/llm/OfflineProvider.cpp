#include "OfflineProvider.h"
#include "Enums.h"

#include "channels/ChannelRules.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <functional>

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

// A piece of a message: wordings from longest to shortest, and when it may
// be dropped to make the text fit (0 = never; higher numbers go first).
struct Part
{
    QStringList wordings;
    int dropOrder = 0;
    int chosen = 0;
    bool dropped = false;
};

struct Facts
{
    QString name;    // first name, empty when unknown or unusable
    QString company; // may be empty
    QString title;
    QString pain;             // first pain point, lower-cased start, no final stop
    bool painInPitch = false; // the template names it already; say it once
    QString hook;             // buying signal or recent news
    bool hookIsNews = false;
    QStringList pitch; // sentences of the rendered template, greeting and sign-off removed
    QString sender;
    QString signature;
    quint64 hash = 0;
};

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

Facts gatherFacts(const Campaign &campaign, const Lead &lead, const QString &rendered, quint64 variation)
{
    Facts f;
    f.name = cleanValue(lead.firstName);
    if (f.name.size() > 24)
        f.name = f.name.section(u' ', 0, 0);
    if (f.name.size() > 24)
        f.name.clear(); // a greeting with a 40-letter name reads like a data error
    f.company = cutAtWord(cleanValue(lead.company), 48);
    f.title = cutAtWord(cleanValue(lead.title), 48);
    if (!lead.painPoints.isEmpty())
        f.pain = phrase(lead.painPoints.first(), 70);
    if (!lead.buyingSignals.isEmpty()) {
        f.hook = phrase(lead.buyingSignals.first(), 80);
    } else if (!lead.recentNews.isEmpty()) {
        f.hook = phrase(lead.recentNews.first(), 80);
        f.hookIsNews = true;
    }
    f.pitch = pitchSentences(rendered);
    if (f.pitch.isEmpty() && !campaign.customContext.trimmed().isEmpty())
        f.pitch = pitchSentences(campaign.customContext).mid(0, 1);
    f.painInPitch = !f.pain.isEmpty() && f.pitch.join(u' ').contains(f.pain, Qt::CaseInsensitive);
    f.sender = cutAtWord(cleanValue(campaign.senderName), 40);
    f.signature = campaign.senderSignature.trimmed();
    f.hash = fnv1a(lead.email + u'|' + lead.firstName + u'|' + lead.company + u'|' + QString::number(lead.id),
                   variation);
    return f;
}

// Different wordings for different leads, stable for the same lead.
QString pick(const Facts &f, int slot, const QStringList &options)
{
    return options.at(int((f.hash >> (slot * 5)) % quint64(options.size())));
}

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

QString subjectFor(Tone tone, const Facts &f)
{
    const QString company = f.company;
    QStringList candidates;
    switch (tone) {
    case Tone::Professional:
        if (!company.isEmpty() && !f.pain.isEmpty())
            candidates << company + u" and "_s + f.pain;
        if (!f.pain.isEmpty())
            candidates << u"A question about "_s + f.pain;
        if (!company.isEmpty())
            candidates << pick(f, 1,
                               {u"An idea for "_s + company, u"A thought for the team at "_s + company});
        candidates << u"A short introduction"_s;
        break;
    case Tone::Friendly:
        if (!f.name.isEmpty())
            candidates << pick(f, 2, {u"Quick idea for you, "_s + f.name, f.name + u", got a minute?"_s});
        if (!f.pain.isEmpty())
            candidates << u"A thought on "_s + f.pain;
        if (!f.sender.isEmpty())
            candidates << u"Hello from "_s + f.sender;
        candidates << u"Quick idea for you"_s;
        break;
    case Tone::Direct:
        if (!company.isEmpty() && !f.pain.isEmpty())
            candidates << capitalized(f.pain) + u" at "_s + company + u'?';
        if (!f.name.isEmpty())
            candidates << u"15 minutes, "_s + f.name + u'?';
        if (!f.pain.isEmpty())
            candidates << u"Fixing "_s + f.pain;
        candidates << u"15 minutes this week?"_s;
        break;
    }
    for (const QString &c : std::as_const(candidates)) {
        if (ChannelRules::characterCount(c) <= ChannelRules::kEmailSubjectWarning)
            return capitalized(c);
    }
    return candidates.last();
}

QString signOff(const Facts &f, const QString &closing)
{
    if (!f.signature.isEmpty())
        return closing + u'\n' + f.signature;
    return f.sender.isEmpty() ? closing.chopped(1) : closing + u'\n' + f.sender;
}

QList<Part> longForm(Tone tone, Facts f)
{
    if (f.painInPitch)
        f.pain.clear();
    const QString hi = f.name.isEmpty() ? QString() : u' ' + f.name;
    const QString team = f.company.isEmpty() ? u"your team"_s : f.company;
    const QString pitchAll = f.pitch.join(u' ');
    const QString pitchFirst = f.pitch.value(0);
    QString hook;
    switch (tone) {
    case Tone::Professional: {
        if (!f.hook.isEmpty()) {
            if (f.hookIsNews)
                hook = u"I read the recent news about "_s + team + u" (" + f.hook +
                       u") and wanted to reach out.";
            else
                hook =
                    u"I noticed a development at "_s + team + u" that caught my attention: " + f.hook + u'.';
        } else if (!f.company.isEmpty()) {
            hook = u"I am reaching out because "_s + f.company +
                   (f.title.isEmpty() ? u" looks like a strong fit for what we do."_s
                                      : u" and your role as "_s + f.title + u" stood out to me."_s);
        }
        const QString pain = f.pain.isEmpty() ? QString()
                                              : pick(f, 3,
                                                     {u"Leaders in roles like yours often mention "_s +
                                                          f.pain + u" as a recurring challenge."_s,
                                                      u"In conversations with teams similar to yours, "_s +
                                                          f.pain + u" comes up again and again."_s});
        const QString ask =
            pick(f, 4,
                 {u"Would you be open to a short call next week to explore whether this could "
                  u"help "_s +
                      team + u'?',
                  u"If it is useful, I would be glad to walk you through it. Would a 20-minute "
                  u"call next week suit you?"_s});
        return {{{f.name.isEmpty() ? u"Hello,"_s : pick(f, 0, {u"Hello"_s, u"Dear"_s}) + hi + u','}, 0},
                {{hook}, 3},
                {{pain}, 2},
                {{pitchAll, pitchFirst}, 1},
                {{ask, u"Would a short call next week suit you?"_s}, 0},
                {{signOff(f, u"Best regards,"_s)}, 0}};
    }
    case Tone::Friendly: {
        if (!f.hook.isEmpty())
            hook = u"Saw the latest from "_s + team + u" (" + f.hook + u") and just had to reach out.";
        const QString pain = f.pain.isEmpty()
                                 ? QString()
                                 : pick(f, 3,
                                        {u"I'm guessing "_s + f.pain +
                                             u" is on your plate too. It is for most teams we talk to."_s,
                                         u"If "_s + f.pain + u" sounds familiar, you're in good company."_s});
        const QString ask = pick(f, 4,
                                 {u"Would it be worth a quick chat? Happy to work around your calendar."_s,
                                  u"Fancy a quick 15-minute chat sometime next week?"_s});
        return {{{pick(f, 0, {u"Hi"_s, u"Hey"_s}) + hi + u','}, 0},
                {{hook}, 3},
                {{pain}, 2},
                {{f.pitch.mid(0, 2).join(u' '), pitchFirst}, 1},
                {{ask, u"Up for a quick chat?"_s}, 0},
                {{signOff(f, u"Cheers,"_s)}, 0}};
    }
    case Tone::Direct: {
        const QString value = f.pain.isEmpty()
                                  ? QString()
                                  : u"If "_s + f.pain + u" is costing "_s + team + u" time, we can fix that.";
        if (!f.hook.isEmpty() && f.hookIsNews)
            hook = u"Given the recent news ("_s + f.hook + u"), the timing looks right.";
        else if (!f.hook.isEmpty())
            hook = u"Given what is happening at "_s + team + u" (" + f.hook + u"), the timing looks right.";
        const QString ask = pick(f, 4,
                                 {u"Worth 15 minutes this week? Reply with a time that works."_s,
                                  u"Open to a 15-minute call on Tuesday or Wednesday?"_s});
        return {{{f.name.isEmpty() ? u"Hi,"_s : f.name + u','}, 0},
                {{value}, value.isEmpty() ? 2 : 0},
                {{pitchFirst}, value.isEmpty() ? 0 : 2},
                {{hook}, 3},
                {{ask, u"Worth 15 minutes?"_s}, 0},
                {{signOff(f, u"Thanks,"_s)}, 0}};
    }
    }
    return {};
}

QList<Part> shortForm(Tone tone, Facts f, bool sms)
{
    if (f.painInPitch)
        f.pain.clear();
    const QString name = f.name;
    const QString team = f.company.isEmpty() ? u"teams like yours"_s : f.company;
    const QString pitchFirst = f.pitch.value(0).size() <= 110 ? f.pitch.value(0) : QString();
    const QString from = f.sender.isEmpty() ? QString() : f.sender;
    switch (tone) {
    case Tone::Professional: {
        QStringList greet;
        if (sms && !from.isEmpty())
            greet << (name.isEmpty() ? QString(u"Hello, this is "_s + from + u'.')
                                     : QString(u"Hello "_s + name + u", this is " + from + u'.'));
        greet << (name.isEmpty() ? u"Hello,"_s : u"Hello "_s + name + u',');
        QString context;
        if (!sms && !f.company.isEmpty())
            context = u"I came across your work at "_s + f.company + u'.';
        const QString pain = f.pain.isEmpty() ? QString() : u"I work with teams tackling "_s + f.pain + u'.';
        const QString ask = sms ? u"Would a short call this week suit you?"_s
                                : u"I would value connecting and exchanging ideas."_s;
        return {{greet, 0},
                {{context}, 3},
                {{pain}, 2},
                {{pitchFirst}, 3},
                {{ask, sms ? u"Open to a quick call?"_s : u"Glad to connect."_s}, 0},
                {{sms || from.isEmpty() ? QString() : u"Best regards, "_s + from}, 1}};
    }
    case Tone::Friendly: {
        QStringList greet;
        if (sms && !from.isEmpty())
            greet << (name.isEmpty() ? u"Hi! "_s : u"Hi "_s + name + u"! ") + from + u" here.";
        greet << (name.isEmpty() ? u"Hi there!"_s : u"Hi "_s + name + u'!');
        QString hook;
        if (!f.hook.isEmpty() && sms)
            hook = u"Saw the latest from "_s + team + u", congrats.";
        else if (!f.hook.isEmpty())
            hook = u"Saw the latest from "_s + team + u" (" + f.hook + u") and had to say hello.";
        QString pain;
        if (!f.pain.isEmpty() && sms)
            pain = u"Is "_s + f.pain + u" still a headache?";
        else if (!f.pain.isEmpty())
            pain = u"I spend my days helping teams with "_s + f.pain + u", so it'd be great to swap notes.";
        const QString generic =
            f.pain.isEmpty() && !sms
                ? u"Always happy to meet people working on similar problems and swap ideas."_s
                : QString();
        return {{greet, 0},
                {{hook}, 3},
                {{pain}, 2},
                {{generic}, 2},
                {{f.pain.isEmpty() ? pitchFirst : QString()}, 3},
                {{sms ? u"Up for a quick chat?"_s : u"Let's connect?"_s}, 0},
                {{sms || from.isEmpty() ? QString() : u"- "_s + from}, 1}};
    }
    case Tone::Direct: {
        QStringList greet;
        if (sms && !from.isEmpty())
            greet << (name.isEmpty() ? QString() : name + u", "_s) + from + u" here.";
        greet << (name.isEmpty() ? u"Hi,"_s : name + u',');
        QStringList value;
        if (!f.pain.isEmpty())
            value << u"We help "_s + team + u" fix " + f.pain + u'.';
        if (!pitchFirst.isEmpty())
            value << pitchFirst;
        value << u"We can help your team move faster."_s;
        const QString ask = sms ? u"10 min this week? Reply YES."_s : u"Open to connecting?"_s;
        return {{greet, 0},
                {value, 0},
                {{ask, sms ? u"10 min?"_s : u"Connect?"_s}, 0},
                {{sms || from.isEmpty() ? QString() : u"Thanks, "_s + from}, 1}};
    }
    }
    return {};
}

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

QList<Variant> OfflineProvider::compose(const Campaign &campaign, const Lead &lead,
                                        const QString &renderedTemplate, quint64 variation)
{
    const ChannelRules rules = ChannelRules::forCampaign(campaign);
    const Facts facts = gatherFacts(campaign, lead, renderedTemplate, variation);
    const bool sms = rules.channel() == Channel::Sms;
    // Short notes for SMS, LinkedIn and tight custom limits; letters otherwise.
    const bool shortNote =
        sms || rules.channel() == Channel::LinkedIn ||
        (rules.channel() == Channel::Custom && rules.bodyLimit() > 0 && rules.bodyLimit() <= 400);
    const auto fits = [&rules, sms](const QString &text) {
        return !rules.checkBody(sms ? gsmPunctuation(text) : text).over();
    };

    QList<Variant> variants;
    for (int i = 0; i < kVariantCount; ++i) {
        Variant v;
        v.index = i;
        v.tone = toneOfIndex(i);
        const QList<Part> parts = shortNote ? shortForm(v.tone, facts, sms) : longForm(v.tone, facts);
        v.body = fit(parts, shortNote ? u" "_s : u"\n\n"_s, fits);
        if (sms)
            v.body = gsmPunctuation(v.body);
        if (rules.hasSubject())
            v.subject = subjectFor(v.tone, facts);
        variants.append(v);
    }
    return variants;
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
    reply.content = answerJson(compose(request.campaign, request.lead, request.renderedTemplate, variation));
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
