// The length and subject rules of each channel, in one place: the generation
// engine, the CLI and the editor's live counters all ask this class, so a
// message is judged the same way everywhere.
#pragma once

#include "Campaign.h"
#include "Enums.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace outreach {

enum class TextEncoding {
    Plain, // not an SMS: characters are Unicode code points
    Gsm7,  // SMS, GSM 03.38 basic set + extension table (septets)
    Ucs2,  // SMS with any character outside GSM-7 (UTF-16 code units)
};

QString toString(TextEncoding encoding); // "plain", "gsm7", "ucs2"

struct LengthCheck
{
    enum class Level { Ok, Warning, Over };

    int count = 0; // characters; septets for GSM-7, UTF-16 units for UCS-2
    int limit = 0; // characters allowed (for SMS: in the allowed segments); 0 = no limit
    Level level = Level::Ok;
    TextEncoding encoding = TextEncoding::Plain;
    int segments = 0;     // SMS only: segments needed to send the text
    int segmentLimit = 0; // SMS only
    QString message;      // translated; empty when the level is Ok

    bool over() const { return level == Level::Over; }
};

// How an SMS text is encoded and split, per GSM 03.38 / 3GPP TS 23.040.
struct SmsLength
{
    TextEncoding encoding = TextEncoding::Gsm7;
    int units = 0;    // septets (GSM-7) or UTF-16 code units (UCS-2)
    int segments = 0; // 0 for an empty text
};

class ChannelRules
{
public:
    static constexpr int kEmailSubjectLimit = 78;
    static constexpr int kEmailSubjectWarning = 60;
    static constexpr int kEmailBodyLimit = 2000;
    static constexpr int kLinkedInLimit = 300;
    static constexpr int kSmsGsmSingle = 160;
    static constexpr int kSmsGsmMulti = 153;
    static constexpr int kSmsUcs2Single = 70;
    static constexpr int kSmsUcs2Multi = 67;

    explicit ChannelRules(Channel channel = Channel::Email, int customCharLimit = 0,
                          bool customHasSubject = false);
    static ChannelRules forCampaign(const Campaign &campaign);

    Channel channel() const { return m_channel; }
    // Whether a subject is required (email, custom with subject); other
    // channels must not have one.
    bool hasSubject() const;
    int subjectLimit() const;   // 0 = no limit
    int subjectWarning() const; // 0 = no warning
    // Body limit in characters; for SMS the GSM-7 characters that fit in the
    // allowed segments. 0 = no limit.
    int bodyLimit() const;
    int maxSmsSegments() const { return m_maxSmsSegments; }
    void setMaxSmsSegments(int segments);

    LengthCheck checkSubject(const QString &subject) const;
    LengthCheck checkBody(const QString &body) const;
    // Every broken rule in plain words (subject missing or not allowed,
    // subject or body too long); empty when the message may be sent.
    QStringList violations(const std::optional<QString> &subject, const QString &body) const;

    // The rules as English instructions for the language model.
    QString promptDescription() const;

    static SmsLength smsLength(const QString &text);
    static bool isGsm7(char32_t ch);
    static bool isGsm7Extension(char32_t ch); // counts two septets
    // Characters a user sees: Unicode code points, not UTF-16 units.
    static int characterCount(const QString &text);

private:
    Channel m_channel;
    int m_customCharLimit;
    bool m_customHasSubject;
    int m_maxSmsSegments = 1;
};

} // namespace outreach
