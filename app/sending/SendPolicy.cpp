#include "sending/SendPolicy.h"
#include "sending/PhoneNumber.h"
#include "templates/TemplateEngine.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach::sendpolicy {
namespace {} // namespace

int capOn(const Sender &sender, const QDate &localDay)
{
    if (sender.rampStart <= 0)
        return sender.dailyCap;
    const qint64 days = sender.rampStartedOn.isValid() && localDay.isValid()
                            ? std::max<qint64>(0, sender.rampStartedOn.daysTo(localDay))
                            : 0;
    const qint64 ramped = qint64(sender.rampStart) + qint64(sender.rampStep) * days;
    return int(std::min<qint64>(sender.dailyCap, ramped));
}

qint64 gapMs(const Sender &sender, QRandomGenerator &random)
{
    if (sender.gapMaxMs <= sender.gapMinMs)
        return sender.gapMinMs;
    return sender.gapMinMs + qint64(random.bounded(quint64(sender.gapMaxMs - sender.gapMinMs + 1)));
}

Recipient recipientFor(Channel channel, const Lead &lead)
{
    switch (channel) {
    case Channel::Email:
        if (lead.email.trimmed().isEmpty() || !lead.email.contains(u'@'))
            return {QString(), QCoreApplication::translate("Sending", "no email address")};
        return {lead.email.trimmed(), QString()};
    case Channel::Sms: {
        const PhoneResult phone = PhoneNumber::toE164(lead.phone, PhoneNumber::countryOf(lead));
        if (!phone.ok())
            return {QString(), phone.problem};
        return {phone.e164, QString()};
    }
    case Channel::LinkedIn:
        if (lead.linkedinUrl.trimmed().isEmpty())
            return {QString(), QCoreApplication::translate("Sending", "no LinkedIn profile URL")};
        return {lead.linkedinUrl.trimmed(), QString()};
    case Channel::Custom:
        break;
    }
    return {QString(), QCoreApplication::translate("Sending", "the custom channel is export-only")};
}

ComposedText compose(const Campaign &campaign, const CampaignSendSettings &settings, const Message &message,
                     const Lead &lead)
{
    ComposedText out;
    if (!message.assignedVariant || *message.assignedVariant < 0 ||
        *message.assignedVariant >= message.variants.size()) {
        out.holdReason = QCoreApplication::translate("Sending", "no variant assigned");
        return out;
    }
    const Variant &v = message.variants.at(*message.assignedVariant);
    if (v.flags.contains(u"over_limit"_s)) {
        out.holdReason = QCoreApplication::translate("Sending", "over the channel's length limit");
        return out;
    }
    const RenderResult body = TemplateEngine::render(v.body, campaign, lead);
    out.body = body.text;
    QStringList missing = TemplateEngine::unresolvedPlaceholders(body.text);
    if (v.subject) {
        const RenderResult subject = TemplateEngine::render(*v.subject, campaign, lead);
        out.subject = subject.text;
        missing += TemplateEngine::unresolvedPlaceholders(subject.text);
    }
    if (!missing.isEmpty() || v.flags.contains(u"unresolved_placeholder"_s)) {
        out.holdReason = QCoreApplication::translate("Sending", "unresolved placeholder %1")
                             .arg(missing.isEmpty() ? u"{{…}}"_s : missing.first());
        return out;
    }
    if (settings.approvalRequired && !message.approved)
        out.holdReason = QCoreApplication::translate("Sending", "waiting for approval");
    return out;
}

} // namespace outreach::sendpolicy
