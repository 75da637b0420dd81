#include "DisplayNames.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DisplayNames", text);
}
} // namespace

QString displayName(Channel value)
{
    switch (value) {
    case Channel::Email:
        return tr("Email");
    case Channel::LinkedIn:
        return tr("LinkedIn");
    case Channel::Sms:
        return tr("SMS");
    case Channel::Custom:
        return tr("Custom");
    }
    return toString(value);
}

QString displayName(CampaignStatus value)
{
    switch (value) {
    case CampaignStatus::Draft:
        return tr("Draft");
    case CampaignStatus::Generating:
        return tr("Generating");
    case CampaignStatus::Ready:
        return tr("Ready");
    case CampaignStatus::Active:
        return tr("Active");
    case CampaignStatus::Paused:
        return tr("Paused");
    case CampaignStatus::Completed:
        return tr("Completed");
    case CampaignStatus::Archived:
        return tr("Archived");
    }
    return toString(value);
}

QString displayName(GenerationStatus value)
{
    switch (value) {
    case GenerationStatus::Pending:
        return tr("pending");
    case GenerationStatus::Generated:
        return tr("generated");
    case GenerationStatus::Failed:
        return tr("failed");
    case GenerationStatus::Excluded:
        return tr("excluded");
    }
    return toString(value);
}

QString displayName(Tone value)
{
    switch (value) {
    case Tone::Professional:
        return tr("professional");
    case Tone::Friendly:
        return tr("friendly");
    case Tone::Direct:
        return tr("direct");
    }
    return toString(value);
}

QString displayName(EventType value)
{
    switch (value) {
    case EventType::Sent:
        return tr("sent");
    case EventType::Delivered:
        return tr("delivered");
    case EventType::Opened:
        return tr("opened");
    case EventType::Clicked:
        return tr("clicked");
    case EventType::Replied:
        return tr("replied");
    case EventType::Bounced:
        return tr("bounced");
    case EventType::Unsubscribed:
        return tr("unsubscribed");
    }
    return toString(value);
}

QString variantFlagDisplayName(const QString &flag)
{
    if (flag == u"over_limit")
        return tr("over limit");
    if (flag == u"repaired")
        return tr("repaired");
    if (flag == u"unresolved_placeholder")
        return tr("unresolved placeholder");
    if (flag == u"blank_variable")
        return tr("blank variable");
    return flag;
}

QString formatMoney(double usd, const QLocale &locale)
{
    return locale.toCurrencyString(usd, u"$"_s, std::abs(usd) < 1.0 && usd != 0.0 ? 4 : 2);
}

} // namespace outreach
