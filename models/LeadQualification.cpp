#include "LeadQualification.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
// The one table of which contact each channel needs, as SQL on a lead row.
QString contactCondition(Channel channel, const QString &a)
{
    switch (channel) {
    case Channel::Email:
        return u"COALESCE(%1.email, '') <> ''"_s.arg(a);
    case Channel::Sms:
        return u"%1.phone <> ''"_s.arg(a);
    case Channel::LinkedIn:
        return u"%1.linkedin_url <> ''"_s.arg(a);
    case Channel::Custom:
        break;
    }
    return u"1 = 1"_s;
}
} // namespace

bool LeadQualification::hasContact(const Lead &lead, Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return !lead.email.trimmed().isEmpty();
    case Channel::Sms:
        return !lead.phone.trimmed().isEmpty();
    case Channel::LinkedIn:
        return !lead.linkedinUrl.trimmed().isEmpty();
    case Channel::Custom:
        break;
    }
    return true;
}

bool LeadQualification::qualifies(const Lead &lead, const Campaign &campaign)
{
    return lead.qualificationScore && *lead.qualificationScore >= campaign.minScore &&
           !lead.excludedFromSending && hasContact(lead, campaign.channel);
}

QString LeadQualification::sqlHasContact(Channel channel, const QString &alias)
{
    return u'(' + contactCondition(channel, alias) + u')';
}

QString LeadQualification::sqlHasContactFor(const QString &channelColumn, const QString &alias)
{
    QString sql = u"(CASE "_s + channelColumn;
    for (Channel c : {Channel::Email, Channel::Sms, Channel::LinkedIn, Channel::Custom})
        sql += u" WHEN '%1' THEN %2"_s.arg(toString(c), contactCondition(c, alias));
    return sql + u" ELSE 1 = 0 END)"_s;
}

QString LeadQualification::sqlScoredAndSendable(const QString &minScoreExpr, const QString &alias)
{
    return u"(%1.qualification_score >= %2 AND NOT %1.excluded_from_sending)"_s.arg(alias, minScoreExpr);
}

QString LeadQualification::sqlQualifies(Channel channel, const QString &minScoreExpr, const QString &alias)
{
    return u'(' + sqlScoredAndSendable(minScoreExpr, alias) + u" AND "_s + sqlHasContact(channel, alias) +
           u')';
}

QString LeadQualification::missingContact(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return QCoreApplication::translate("LeadQualification", "no email address");
    case Channel::Sms:
        return QCoreApplication::translate("LeadQualification", "no phone number");
    case Channel::LinkedIn:
        return QCoreApplication::translate("LeadQualification", "no LinkedIn URL");
    case Channel::Custom:
        break;
    }
    return {};
}

QString LeadQualification::leftOutText(Channel channel, qint64 leftOut)
{
    if (leftOut <= 0)
        return {};
    return QCoreApplication::translate("LeadQualification", "%n lead(s) with the score were left out: %1.",
                                       nullptr, int(leftOut))
        .arg(missingContact(channel));
}

} // namespace outreach
