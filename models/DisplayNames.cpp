#include "DisplayNames.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outreach {

QString displayName(Channel value)
{
    switch (value) {
    case Channel::Email:
        return QCoreApplication::translate("DisplayNames", "Email");
    case Channel::LinkedIn:
        return QCoreApplication::translate("DisplayNames", "LinkedIn");
    case Channel::Sms:
        return QCoreApplication::translate("DisplayNames", "SMS");
    case Channel::Custom:
        return QCoreApplication::translate("DisplayNames", "Custom");
    }
    return toString(value);
}

QString displayName(CampaignStatus value)
{
    switch (value) {
    case CampaignStatus::Draft:
        return QCoreApplication::translate("DisplayNames", "Draft");
    case CampaignStatus::Generating:
        return QCoreApplication::translate("DisplayNames", "Generating");
    case CampaignStatus::Ready:
        return QCoreApplication::translate("DisplayNames", "Ready");
    case CampaignStatus::Active:
        return QCoreApplication::translate("DisplayNames", "Active");
    case CampaignStatus::Paused:
        return QCoreApplication::translate("DisplayNames", "Paused");
    case CampaignStatus::Completed:
        return QCoreApplication::translate("DisplayNames", "Completed");
    case CampaignStatus::Archived:
        return QCoreApplication::translate("DisplayNames", "Archived");
    }
    return toString(value);
}

QString displayName(GenerationStatus value)
{
    switch (value) {
    case GenerationStatus::Pending:
        return QCoreApplication::translate("DisplayNames", "pending");
    case GenerationStatus::Generated:
        return QCoreApplication::translate("DisplayNames", "generated");
    case GenerationStatus::Failed:
        return QCoreApplication::translate("DisplayNames", "failed");
    case GenerationStatus::Excluded:
        return QCoreApplication::translate("DisplayNames", "excluded");
    }
    return toString(value);
}

QString displayName(ProviderId value)
{
    switch (value) {
    case ProviderId::Cerebras:
        return QCoreApplication::translate("DisplayNames", "Cerebras");
    case ProviderId::OpenAi:
        return QCoreApplication::translate("DisplayNames", "OpenAI-compatible endpoint");
    case ProviderId::Offline:
        return QCoreApplication::translate("DisplayNames", "Offline (templates, no network)");
    }
    return toString(value);
}

QString displayName(Tone value)
{
    switch (value) {
    case Tone::Professional:
        return QCoreApplication::translate("DisplayNames", "professional");
    case Tone::Friendly:
        return QCoreApplication::translate("DisplayNames", "friendly");
    case Tone::Direct:
        return QCoreApplication::translate("DisplayNames", "direct");
    }
    return toString(value);
}

QString displayName(EventType value)
{
    switch (value) {
    case EventType::Sent:
        return QCoreApplication::translate("DisplayNames", "sent");
    case EventType::Delivered:
        return QCoreApplication::translate("DisplayNames", "delivered");
    case EventType::Opened:
        return QCoreApplication::translate("DisplayNames", "opened");
    case EventType::Clicked:
        return QCoreApplication::translate("DisplayNames", "clicked");
    case EventType::Replied:
        return QCoreApplication::translate("DisplayNames", "replied");
    case EventType::Bounced:
        return QCoreApplication::translate("DisplayNames", "bounced");
    case EventType::Unsubscribed:
        return QCoreApplication::translate("DisplayNames", "unsubscribed");
    case EventType::AutoReplied:
        return QCoreApplication::translate("DisplayNames", "auto-replied");
    }
    return toString(value);
}

QString displayName(SendState value)
{
    switch (value) {
    case SendState::Queued:
        return QCoreApplication::translate("DisplayNames", "queued");
    case SendState::Claimed:
        return QCoreApplication::translate("DisplayNames", "sending");
    case SendState::Sent:
        return QCoreApplication::translate("DisplayNames", "sent", "send queue state");
    case SendState::Failed:
        return QCoreApplication::translate("DisplayNames", "failed", "send queue state");
    case SendState::Held:
        return QCoreApplication::translate("DisplayNames", "held");
    case SendState::Suppressed:
        return QCoreApplication::translate("DisplayNames", "suppressed");
    case SendState::InDoubt:
        return QCoreApplication::translate("DisplayNames", "in doubt");
    }
    return toString(value);
}

QString displayName(Security value)
{
    switch (value) {
    case Security::Tls:
        return QCoreApplication::translate("DisplayNames", "TLS (port 465 / 993)");
    case Security::StartTls:
        return QCoreApplication::translate("DisplayNames", "STARTTLS (port 587 / 143)");
    case Security::None:
        return QCoreApplication::translate("DisplayNames", "None (only this computer)");
    }
    return toString(value);
}

QString variantFlagDisplayName(const QString &flag)
{
    if (flag == u"over_limit")
        return QCoreApplication::translate("DisplayNames", "over limit");
    if (flag == u"repaired")
        return QCoreApplication::translate("DisplayNames", "repaired");
    if (flag == u"unresolved_placeholder")
        return QCoreApplication::translate("DisplayNames", "unresolved placeholder");
    if (flag == u"blank_variable")
        return QCoreApplication::translate("DisplayNames", "blank variable");
    if (flag == u"lead_data_cut")
        return QCoreApplication::translate("DisplayNames", "lead data shortened");
    return flag;
}

QString formatMoney(double usd, const QLocale &locale)
{
    // The C locale (no LANG) writes "0.00$"; amounts are US dollars, so
    // write them as the US does there.
    const QLocale shown =
        locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    return shown.toCurrencyString(usd, u"$"_s, std::abs(usd) < 1.0 && usd != 0.0 ? 4 : 2);
}

} // namespace outreach
