#include "OfflineComposer.h"

#include "OfflineText.h"
#include "channels/ChannelRules.h"

using namespace Qt::StringLiterals;

namespace outreach {

using namespace offline;

namespace {
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

} // namespace

struct OfflineComposer::Data
{
    ChannelRules rules;
    Facts facts;
};

OfflineComposer::OfflineComposer(const Campaign &campaign, const Lead &lead, const QString &renderedTemplate,
                                 quint64 variation)
    : d(new Data{ChannelRules::forCampaign(campaign),
                 gatherFacts(campaign, lead, renderedTemplate, variation)})
{}

OfflineComposer::~OfflineComposer() = default;

Variant OfflineComposer::variant(Tone tone) const
{
    const ChannelRules &rules = d->rules;
    const bool sms = rules.channel() == Channel::Sms;
    // Short notes for SMS, LinkedIn and tight custom limits; letters otherwise.
    const bool shortNote =
        sms || rules.channel() == Channel::LinkedIn ||
        (rules.channel() == Channel::Custom && rules.bodyLimit() > 0 && rules.bodyLimit() <= 400);
    const auto fits = [&rules, sms](const QString &text) {
        return !rules.checkBody(sms ? gsmPunctuation(text) : text).over();
    };
    Variant v;
    v.tone = tone;
    v.index = int(tone); // professional, friendly, direct = 0, 1, 2
    const QList<Part> parts = shortNote ? shortForm(tone, d->facts, sms) : longForm(tone, d->facts);
    v.body = fit(parts, shortNote ? u" "_s : u"\n\n"_s, fits);
    if (sms)
        v.body = gsmPunctuation(v.body);
    if (rules.hasSubject())
        v.subject = subjectFor(tone, d->facts);
    return v;
}

QList<Variant> OfflineComposer::variants() const
{
    QList<Variant> all;
    for (int i = 0; i < kVariantCount; ++i)
        all.append(variant(toneOfIndex(i)));
    return all;
}

QList<Variant> OfflineComposer::compose(const Campaign &campaign, const Lead &lead,
                                        const QString &renderedTemplate, quint64 variation)
{
    return OfflineComposer(campaign, lead, renderedTemplate, variation).variants();
}

} // namespace outreach
