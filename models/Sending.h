// Domain types of sending: the user's own senders (mailboxes, phone numbers,
// LinkedIn accounts), a campaign's send settings, the rows of the send queue
// and the suppression list, with the stable string forms the database and
// the CLI's JSON use.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <optional>

namespace outreach {

namespace types {
enum class SenderKind { Mailbox, Phone, LinkedIn };
enum class Security { Tls, StartTls, None };
enum class SendState { Queued, Claimed, Sent, Failed, Held, Suppressed, InDoubt };
enum class SuppressionKind { Email, Phone, Domain };
enum class SuppressionReason { Unsubscribed, HardBounce, Complained, DoNotContact };
} // namespace types
using types::Security;
using types::SenderKind;
using types::SendState;
using types::SuppressionKind;
using types::SuppressionReason;

QString toString(SenderKind value);
QString toString(Security value);
QString toString(SendState value);
QString toString(SuppressionKind value);
QString toString(SuppressionReason value);
std::optional<SenderKind> senderKindFromString(const QString &text);
std::optional<Security> securityFromString(const QString &text);
std::optional<SendState> sendStateFromString(const QString &text);
std::optional<SuppressionKind> suppressionKindFromString(const QString &text);
std::optional<SuppressionReason> suppressionReasonFromString(const QString &text);

// Days of the week (bit 0 = Monday ... bit 6 = Sunday) and a time range in
// minutes after midnight. start > end is a window across midnight
// (22:00-06:00); start == end is the whole day.
struct SendWindow
{
    int days = 0x1F; // Monday to Friday
    int startMinute = 9 * 60;
    int endMinute = 17 * 60;

    bool operator==(const SendWindow &) const = default;
    // "mon-fri 09:00-17:00", "mon,wed,sat 22:00-06:00", "daily 00:00-00:00".
    static std::optional<SendWindow> parse(const QString &text, QString *error = nullptr);
    QString toText() const;
};

struct Sender
{
    qint64 id = 0;
    SenderKind kind = SenderKind::Mailbox;
    QString name;        // display name ("Ada Lovelace")
    QString fromAddress; // email for a mailbox, E.164 for a phone
    QString login;       // SMTP (and IMAP) user name
    QString smtpHost;
    int smtpPort = 0;
    Security smtpSecurity = Security::Tls;
    QString authMethod = QStringLiteral("password"); // "password" | "xoauth2"
    QString imapHost;                                // empty: no inbox
    int imapPort = 0;
    Security imapSecurity = Security::Tls;
    QString imapLogin; // empty: same as login
    QString imapFolders = QStringLiteral("INBOX");
    QString sentFolder = QStringLiteral("Sent");
    QString accountSid; // Twilio
    QString messagingServiceSid;
    QString baseUrl;
    int dailyCap = 30;
    qint64 gapMinMs = 60'000;
    qint64 gapMaxMs = 180'000;
    int rampStart = 0; // 0: no ramp-up, the cap from the first day
    int rampStep = 0;
    QDate rampStartedOn; // the first day this sender sent (its own zone)
    SendWindow window;
    QByteArray timeZone; // IANA id of the window; empty: the system zone
    QDateTime nextSendAt;
    bool paused = false;
    QString pauseReason;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// How and when a campaign sends (campaign_send_settings; defaults when no row).
struct CampaignSendSettings
{
    qint64 campaignId = 0;
    SendWindow window;
    QByteArray timeZone; // the campaign's zone; empty: the system zone
    bool approvalRequired = false;
    bool paused = false;
    bool htmlPart = false;
    QString unsubscribeText; // empty: the translated default line
};

struct QueueEntry
{
    qint64 id = 0;
    qint64 messageId = 0;
    qint64 campaignId = 0;
    qint64 senderId = 0; // 0 until chosen
    SendState state = SendState::Queued;
    QString recipient;
    QByteArray timeZone; // the lead's zone, resolved when queued
    QString rfcMessageId;
    QString unsubscribeToken;
    QString providerId;
    QDateTime scheduledAt;
    QDateTime claimedAt;
    QString claimedBy;
    QDateTime sentAt;
    int attempts = 0;
    QString lastAnswer;
    QString reason;
    QDateTime updatedAt;
};

struct Suppression
{
    qint64 id = 0;
    SuppressionKind kind = SuppressionKind::Email;
    QString value;
    SuppressionReason reason = SuppressionReason::DoNotContact;
    QString source;
    QDateTime createdAt;
};

namespace sendtime {
// A time the scheduler compares, as it is bound: UTC ISO 8601 with
// milliseconds and Z, which orders as text the way TIMESTAMPTZ orders.
QString bind(const QDateTime &time);
QVariant bindOrNull(const QDateTime &time);
// A stored time back (QDateTime from PostgreSQL, text from SQLite).
QDateTime read(const QVariant &value);
} // namespace sendtime

} // namespace outreach
