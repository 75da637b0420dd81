#include "sending/PhoneNumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// Calling codes of countries whose national numbers start with a trunk 0.
// (NANP countries have no trunk 0: their national numbers are the
// 10 digits after +1, accepted below.)
const QHash<QLocale::Territory, QString> &trunkZeroCodes()
{
    static const QHash<QLocale::Territory, QString> codes{
        {QLocale::Germany, u"49"_s},    {QLocale::Austria, u"43"_s},       {QLocale::Switzerland, u"41"_s},
        {QLocale::France, u"33"_s},     {QLocale::UnitedKingdom, u"44"_s}, {QLocale::Netherlands, u"31"_s},
        {QLocale::Belgium, u"32"_s},    {QLocale::Sweden, u"46"_s},        {QLocale::Finland, u"358"_s},
        {QLocale::Poland, u"48"_s},     {QLocale::Ireland, u"353"_s},      {QLocale::Australia, u"61"_s},
        {QLocale::NewZealand, u"64"_s}, {QLocale::Japan, u"81"_s},         {QLocale::India, u"91"_s},
        {QLocale::Turkey, u"90"_s},     {QLocale::SouthAfrica, u"27"_s},   {QLocale::Israel, u"972"_s},
        {QLocale::Brazil, u"55"_s},     {QLocale::Portugal, u"351"_s},     {QLocale::Spain, u"34"_s},
        {QLocale::Italy, u"39"_s},      {QLocale::Denmark, u"45"_s},       {QLocale::Norway, u"47"_s},
    };
    return codes;
}

QLocale::Territory territoryOf(const QString &country)
{
    const QString t = country.trimmed();
    if (t.size() == 2)
        return QLocale::codeToTerritory(t.toUpper());
    for (int i = 1; i <= int(QLocale::LastTerritory); ++i) {
        if (QLocale::territoryToString(QLocale::Territory(i)).compare(t, Qt::CaseInsensitive) == 0)
            return QLocale::Territory(i);
    }
    if (t.compare(u"USA"_s, Qt::CaseInsensitive) == 0)
        return QLocale::UnitedStates;
    if (t.compare(u"UK"_s, Qt::CaseInsensitive) == 0)
        return QLocale::UnitedKingdom;
    return QLocale::AnyTerritory;
}

} // namespace

PhoneResult PhoneNumber::toE164(const QString &number, const QString &defaultCountry)
{
    const QString trimmed = number.trimmed();
    if (trimmed.isEmpty())
        return {QString(), QCoreApplication::translate("Sending", "no phone number")};
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
        else if (!(c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'/' ||
                   (c == u'+' && digits.isEmpty())))
            return {QString(), QCoreApplication::translate(
                                   "Sending", "phone number \"%1\" has a character that is not a digit")
                                   .arg(trimmed)};
    }
    QString international;
    if (trimmed.startsWith(u'+'))
        international = digits;
    else if (digits.startsWith(u"00"_s))
        international = digits.mid(2);
    else {
        const QLocale::Territory territory = territoryOf(defaultCountry);
        if (territory == QLocale::UnitedStates || territory == QLocale::Canada) {
            if (digits.size() == 11 && digits.startsWith(u'1'))
                international = digits;
            else if (digits.size() == 10)
                international = u"1"_s + digits;
        } else if (const auto code = trunkZeroCodes().constFind(territory);
                   code != trunkZeroCodes().constEnd() && digits.startsWith(u'0') &&
                   !digits.startsWith(u"00"_s)) {
            international = *code + digits.mid(1);
        }
        if (international.isEmpty())
            return {QString(),
                    QCoreApplication::translate(
                        "Sending",
                        "phone number \"%1\" is not international (+country code) and the lead's country "
                        "does not say which code to add")
                        .arg(trimmed)};
    }
    // E.164: at most 15 digits; the shortest numbers in use have 8.
    if (international.size() < 8 || international.size() > 15 || international.startsWith(u'0'))
        return {QString(), QCoreApplication::translate(
                               "Sending", "phone number \"%1\" is not a valid international number")
                               .arg(trimmed)};
    return {u"+"_s + international, QString()};
}

QString PhoneNumber::countryOf(const Lead &lead)
{
    for (auto it = lead.customFields.constBegin(); it != lead.customFields.constEnd(); ++it) {
        if (it.key().trimmed().compare(u"country"_s, Qt::CaseInsensitive) == 0 &&
            !it.value().toString().isEmpty())
            return it.value().toString().trimmed();
    }
    return lead.location.section(u',', -1).trimmed();
}

} // namespace outreach
