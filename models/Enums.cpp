#include "Enums.h"

#include <array>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

template<typename E, std::size_t N>
std::optional<E> parse(const std::array<QString, N> &names, const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == key)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

const std::array<QString, 4> kChannels = {u"email"_s, u"linkedin"_s, u"sms"_s, u"custom"_s};
const std::array<QString, 7> kStatuses = {u"draft"_s,  u"generating"_s, u"ready"_s,   u"active"_s,
                                          u"paused"_s, u"completed"_s,  u"archived"_s};
const std::array<QString, 4> kGeneration = {u"pending"_s, u"generated"_s, u"failed"_s, u"excluded"_s};
const std::array<QString, 3> kTones = {u"professional"_s, u"friendly"_s, u"direct"_s};
const std::array<QString, 8> kEvents = {u"sent"_s,    u"delivered"_s, u"opened"_s,       u"clicked"_s,
                                        u"replied"_s, u"bounced"_s,   u"unsubscribed"_s, u"auto_replied"_s};
const std::array<QString, 3> kMetrics = {u"open"_s, u"click"_s, u"reply"_s};
const std::array<QString, 3> kProviders = {u"cerebras"_s, u"openai"_s, u"offline"_s};

template<std::size_t N> QStringList toList(const std::array<QString, N> &names)
{
    return QStringList(names.begin(), names.end());
}

} // namespace

QString toString(Channel value)
{
    return kChannels.at(static_cast<std::size_t>(value));
}
QString toString(CampaignStatus value)
{
    return kStatuses.at(static_cast<std::size_t>(value));
}
QString toString(GenerationStatus value)
{
    return kGeneration.at(static_cast<std::size_t>(value));
}
QString toString(Tone value)
{
    return kTones.at(static_cast<std::size_t>(value));
}
QString toString(EventType value)
{
    return kEvents.at(static_cast<std::size_t>(value));
}
QString toString(WinnerMetric value)
{
    return kMetrics.at(static_cast<std::size_t>(value));
}

QString toString(ProviderId value)
{
    return kProviders.at(static_cast<std::size_t>(value));
}
std::optional<ProviderId> providerIdFromString(const QString &t)
{
    const QString name = t.trimmed();
    // What the campaign dialog stored before the provider had a type.
    if (name.compare(u"openai-compatible"_s, Qt::CaseInsensitive) == 0)
        return ProviderId::OpenAi;
    return parse<ProviderId>(kProviders, name);
}
QStringList providerIdNames()
{
    return toList(kProviders);
}
std::optional<Channel> channelFromString(const QString &t)
{
    return parse<Channel>(kChannels, t);
}
std::optional<CampaignStatus> campaignStatusFromString(const QString &t)
{
    return parse<CampaignStatus>(kStatuses, t);
}
std::optional<GenerationStatus> generationStatusFromString(const QString &t)
{
    return parse<GenerationStatus>(kGeneration, t);
}
std::optional<Tone> toneFromString(const QString &t)
{
    return parse<Tone>(kTones, t);
}
std::optional<EventType> eventTypeFromString(const QString &t)
{
    return parse<EventType>(kEvents, t);
}
std::optional<WinnerMetric> winnerMetricFromString(const QString &t)
{
    return parse<WinnerMetric>(kMetrics, t);
}

QStringList channelNames()
{
    return toList(kChannels);
}
QStringList campaignStatusNames()
{
    return toList(kStatuses);
}
QStringList eventTypeNames()
{
    return toList(kEvents);
}

} // namespace outreach
