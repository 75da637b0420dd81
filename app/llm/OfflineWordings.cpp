// The offline composer's wordings: a subject and the parts of a long letter
// or a short note for each tone, from the facts about one lead.
#include "OfflineText.h"

#include "channels/ChannelRules.h"

using namespace Qt::StringLiterals;

namespace outreach::offline {

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

namespace {
QString signOff(const Facts &f, const QString &closing)
{
    if (!f.signature.isEmpty())
        return closing + u'\n' + f.signature;
    return f.sender.isEmpty() ? closing.chopped(1) : closing + u'\n' + f.sender;
}

} // namespace

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

} // namespace outreach::offline
