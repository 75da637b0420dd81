// Phone numbers to E.164 for SMS, through Google's libphonenumber (Debian's
// libphonenumber-dev): a number written internationally (+49 30 123,
// 0049 30 123) keeps its country; a national one (030 123, (415) 555-0123)
// gets the calling code of the lead's country (ISO code or English name).
// A number that is not a possible number of its country (too short, too
// long, no country to go by, letters) is refused with the reason, and the
// message is held. Whether a possible number is in service is Twilio's call
// (error 21211), so stale metadata never holds a real number back.
#pragma once

#include "Lead.h"

#include <QString>

namespace outreach {

struct PhoneResult
{
    QString e164;
    QString problem;
    bool ok() const { return !e164.isEmpty(); }
};

class PhoneNumber
{
public:
    static PhoneResult toE164(const QString &number, const QString &defaultCountry);
    // The lead's country: a "Country" column, else the last part of Location.
    static QString countryOf(const Lead &lead);
    // "DE" for "Germany", "de" or "DE"; empty when unknown.
    static QString regionCode(const QString &country);
    // The lead's phone in E.164 when it can be normalized, else as written:
    // what the suppression list is checked with.
    static QString forSuppression(const Lead &lead);
};

} // namespace outreach
