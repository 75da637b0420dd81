#include "ChannelRules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// English plural without depending on a loaded translation: "%n segments"
// with an untranslated source would otherwise read "2 segment(s)".
QString segmentsText(int n)
{
    return n == 1 ? QCoreApplication::translate("ChannelRules", "1 segment")
                  : QCoreApplication::translate("ChannelRules", "%1 segments").arg(n);
}

QString channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return QCoreApplication::translate("ChannelRules", "Email");
    case Channel::LinkedIn:
        return QCoreApplication::translate("ChannelRules", "LinkedIn note");
    case Channel::Sms:
        return QCoreApplication::translate("ChannelRules", "SMS");
    case Channel::Custom:
        return QCoreApplication::translate("ChannelRules", "Message");
    }
    return {};
}

QString encodingLabel(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Gsm7:
        return u"GSM-7"_s;
    case TextEncoding::Ucs2:
        return u"UCS-2"_s;
    case TextEncoding::Plain:
        break;
    }
    return u"Unicode"_s;
}

} // namespace

QString toString(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Gsm7:
        return u"gsm7"_s;
    case TextEncoding::Ucs2:
        return u"ucs2"_s;
    case TextEncoding::Plain:
        break;
    }
    return u"plain"_s;
}

ChannelRules::ChannelRules(Channel channel, int customCharLimit, bool customHasSubject)
    : m_channel(channel)
    , m_customCharLimit(qMax(0, customCharLimit))
    , m_customHasSubject(customHasSubject)
{}

ChannelRules ChannelRules::forCampaign(const Campaign &campaign)
{
    return ChannelRules(campaign.channel, campaign.customCharLimit, campaign.customHasSubject);
}

bool ChannelRules::hasSubject() const
{
    return m_channel == Channel::Email || (m_channel == Channel::Custom && m_customHasSubject);
}

int ChannelRules::subjectLimit() const
{
    return m_channel == Channel::Email ? kEmailSubjectLimit : 0;
}

int ChannelRules::subjectWarning() const
{
    return m_channel == Channel::Email ? kEmailSubjectWarning : 0;
}

int ChannelRules::bodyLimit() const
{
    switch (m_channel) {
    case Channel::Email:
        return kEmailBodyLimit;
    case Channel::LinkedIn:
        return kLinkedInLimit;
    case Channel::Sms:
        return m_maxSmsSegments == 1 ? kSmsGsmSingle : kSmsGsmMulti * m_maxSmsSegments;
    case Channel::Custom:
        return m_customCharLimit;
    }
    return 0;
}

void ChannelRules::setMaxSmsSegments(int segments)
{
    m_maxSmsSegments = qMax(1, segments);
}

bool ChannelRules::isGsm7(char32_t ch)
{
    if ((ch >= u'A' && ch <= u'Z') || (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9'))
        return true;
    // GSM 03.38 basic character set beyond letters and digits; ESC (0x1B) is
    // left out because it only introduces the extension table.
    static constexpr char16_t basic[] =
        u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà";
    for (char16_t c : basic) {
        if (c != 0 && c == ch)
            return true;
    }
    return isGsm7Extension(ch);
}

bool ChannelRules::isGsm7Extension(char32_t ch)
{
    static constexpr char16_t extension[] = u"\f^{}\\[~]|€";
    for (char16_t c : extension) {
        if (c != 0 && c == ch)
            return true;
    }
    return false;
}

int ChannelRules::characterCount(const QString &text)
{
    int count = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

SmsLength ChannelRules::smsLength(const QString &text)
{
    SmsLength result;
    const QList<uint> codePoints = text.toUcs4();
    bool gsm = true;
    for (uint cp : codePoints) {
        if (!isGsm7(char32_t(cp))) {
            gsm = false;
            break;
        }
    }
    result.encoding = gsm ? TextEncoding::Gsm7 : TextEncoding::Ucs2;

    // Units per character: an extension character is an escape plus a septet,
    // a character outside the BMP is a surrogate pair. Neither may be split
    // across two segments, which is why segments are filled one character at
    // a time instead of dividing the total.
    QList<int> widths;
    widths.reserve(codePoints.size());
    for (uint cp : codePoints) {
        if (gsm)
            widths.append(isGsm7Extension(char32_t(cp)) ? 2 : 1);
        else
            widths.append(cp > 0xFFFF ? 2 : 1);
    }
    for (int w : widths)
        result.units += w;
    if (result.units == 0)
        return result;

    const int single = gsm ? kSmsGsmSingle : kSmsUcs2Single;
    const int multi = gsm ? kSmsGsmMulti : kSmsUcs2Multi;
    if (result.units <= single) {
        result.segments = 1;
        return result;
    }
    int segments = 1;
    int used = 0;
    for (int w : widths) {
        if (used + w > multi) {
            ++segments;
            used = 0;
        }
        used += w;
    }
    result.segments = segments;
    return result;
}

LengthCheck ChannelRules::checkSubject(const QString &subject) const
{
    LengthCheck check;
    check.count = characterCount(subject);
    check.limit = subjectLimit();
    if (check.limit > 0 && check.count > check.limit) {
        check.level = LengthCheck::Level::Over;
        check.message =
            QCoreApplication::translate("ChannelRules", "Subject is %1 characters; the limit is %2.")
                .arg(check.count)
                .arg(check.limit);
    } else if (subjectWarning() > 0 && check.count > subjectWarning()) {
        check.level = LengthCheck::Level::Warning;
        check.message =
            QCoreApplication::translate("ChannelRules",
                                        "Subject is %1 characters; above %2 it may be cut off in the inbox.")
                .arg(check.count)
                .arg(subjectWarning());
    }
    return check;
}

LengthCheck ChannelRules::checkBody(const QString &body) const
{
    LengthCheck check;
    if (m_channel == Channel::Sms) {
        const SmsLength sms = smsLength(body);
        check.count = sms.units;
        check.encoding = sms.encoding;
        check.segments = sms.segments;
        check.segmentLimit = m_maxSmsSegments;
        const bool gsm = sms.encoding == TextEncoding::Gsm7;
        check.limit = m_maxSmsSegments == 1 ? (gsm ? kSmsGsmSingle : kSmsUcs2Single)
                                            : (gsm ? kSmsGsmMulti : kSmsUcs2Multi) * m_maxSmsSegments;
        if (sms.segments > m_maxSmsSegments) {
            check.level = LengthCheck::Level::Over;
            check.message = QCoreApplication::translate(
                                "ChannelRules", "SMS body is %1 (%2, %3 characters); the limit is %4.")
                                .arg(segmentsText(sms.segments), encodingLabel(sms.encoding))
                                .arg(sms.units)
                                .arg(segmentsText(m_maxSmsSegments));
        }
        return check;
    }
    check.count = characterCount(body);
    check.limit = bodyLimit();
    if (check.limit > 0 && check.count > check.limit) {
        check.level = LengthCheck::Level::Over;
        check.message =
            QCoreApplication::translate("ChannelRules", "%1 body is %2 characters; the limit is %3.")
                .arg(channelLabel(m_channel))
                .arg(check.count)
                .arg(check.limit);
    }
    return check;
}

QStringList ChannelRules::violations(const std::optional<QString> &subject, const QString &body) const
{
    QStringList result;
    const bool hasText = subject.has_value() && !subject->trimmed().isEmpty();
    if (hasSubject()) {
        if (!hasText) {
            result.append(QCoreApplication::translate("ChannelRules", "%1 needs a subject.")
                              .arg(channelLabel(m_channel)));
        } else {
            const LengthCheck check = checkSubject(*subject);
            if (check.over())
                result.append(check.message);
        }
    } else if (hasText) {
        result.append(QCoreApplication::translate("ChannelRules", "%1 must not have a subject.")
                          .arg(channelLabel(m_channel)));
    }
    const LengthCheck check = checkBody(body);
    if (check.over())
        result.append(check.message);
    return result;
}

QString ChannelRules::promptDescription() const
{
    switch (m_channel) {
    case Channel::Email:
        return u"Channel: email. Every variant needs a subject line of at most %1 characters "
               "(aim for under %2). The body is plain text, at most %3 characters; aim for "
               "60 to 140 words in short paragraphs."_s.arg(kEmailSubjectLimit)
                   .arg(kEmailSubjectWarning)
                   .arg(kEmailBodyLimit);
    case Channel::LinkedIn:
        return u"Channel: LinkedIn connection note. No subject (use null). The body must be at most "
               "%1 characters including spaces, a single short paragraph, no links."_s.arg(kLinkedInLimit);
    case Channel::Sms: {
        const int gsm = bodyLimit();
        const int ucs = m_maxSmsSegments == 1 ? kSmsUcs2Single : kSmsUcs2Multi * m_maxSmsSegments;
        return u"Channel: SMS. No subject (use null). The body must fit in %1 SMS segment(s): at most "
               "%2 characters using only the GSM-7 alphabet (plain ASCII letters, digits and basic "
               "punctuation; the characters [ ] { } \\ ^ ~ | and the euro sign count double). Any "
               "other character (emoji, curly quotes, dashes, most accented letters) switches the "
               "whole message to UCS-2 and cuts the limit to %3 characters, so avoid them."_s
                   .arg(m_maxSmsSegments)
                   .arg(gsm)
                   .arg(ucs);
    }
    case Channel::Custom: {
        QString text = m_customHasSubject ? u"Channel: custom. Every variant needs a subject line."_s
                                          : u"Channel: custom. No subject (use null)."_s;
        if (m_customCharLimit > 0)
            text += u" The body must be at most %1 characters."_s.arg(m_customCharLimit);
        return text;
    }
    }
    return {};
}

} // namespace outreach
