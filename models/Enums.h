// Enumerations of the domain and their stable string forms, which are what
// the database, the CLI's JSON and the CSV files use.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace outreach {

// The enums live in a nested namespace so that argument-dependent lookup on
// them does not find the QString toString() functions below; tests put their
// QTest printers there instead.
namespace types {
enum class Channel { Email, LinkedIn, Sms, Custom };
enum class CampaignStatus { Draft, Generating, Ready, Active, Paused, Completed, Archived };
enum class GenerationStatus { Pending, Generated, Failed, Excluded };
enum class Tone { Professional, Friendly, Direct };
// AutoReplied (an out-of-office answer, issue 15) is last: the values are
// bit positions in stored funnel sets.
enum class EventType { Sent, Delivered, Opened, Clicked, Replied, Bounced, Unsubscribed, AutoReplied };
enum class WinnerMetric { Open, Click, Reply };
// Who writes the messages: stored in campaigns and the settings, named on
// the command line.
enum class ProviderId { Cerebras, OpenAi, Offline };
} // namespace types
using types::CampaignStatus;
using types::Channel;
using types::EventType;
using types::GenerationStatus;
using types::ProviderId;
using types::Tone;
using types::WinnerMetric;

QString toString(Channel value);
QString toString(CampaignStatus value);
QString toString(GenerationStatus value);
QString toString(Tone value);
QString toString(EventType value);
QString toString(WinnerMetric value);
QString toString(ProviderId value); // "cerebras", "openai", "offline"

// Parsers accept the canonical lower-case name, case-insensitively.
std::optional<Channel> channelFromString(const QString &text);
std::optional<CampaignStatus> campaignStatusFromString(const QString &text);
std::optional<GenerationStatus> generationStatusFromString(const QString &text);
std::optional<Tone> toneFromString(const QString &text);
std::optional<EventType> eventTypeFromString(const QString &text);
std::optional<WinnerMetric> winnerMetricFromString(const QString &text);
// Also takes surrounding spaces and the older "openai-compatible".
std::optional<ProviderId> providerIdFromString(const QString &text);

QStringList channelNames();
QStringList campaignStatusNames();
QStringList eventTypeNames();
QStringList providerIdNames();

// Tone of variant index 0..2: professional, friendly, direct.
constexpr Tone toneOfIndex(int index)
{
    return static_cast<Tone>(index);
}
constexpr int kVariantCount = 3;

} // namespace outreach
