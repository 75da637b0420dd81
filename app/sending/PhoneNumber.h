// Phone numbers to E.164 for SMS. Debian ships no C++ phone-number library
// in our dependency set, so this is the documented minimal normalization: a
// number written internationally (+49 30 123, 0049 30 123) keeps its digits;
// a national number (030 123) gets the calling code of the lead's country
// when that country is in the table below and uses a trunk 0; anything else
// is refused with the reason, and the message is held.
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
};

} // namespace outreach
