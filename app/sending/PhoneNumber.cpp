#include "sending/PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

using namespace Qt::StringLiterals;
namespace pn = i18n::phonenumbers;

namespace outreach {
namespace {

QLocale::Territory territoryOf(const QString &country)
{
    const QString t = country.trimmed();
    if (t.size() == 2) {
        if (const auto territory = QLocale::codeToTerritory(t.toUpper()); territory != QLocale::AnyTerritory)
            return territory;
    }
    if (t.compare(u"USA"_s, Qt::CaseInsensitive) == 0)
        return QLocale::UnitedStates;
    if (t.compare(u"UK"_s, Qt::CaseInsensitive) == 0)
        return QLocale::UnitedKingdom;
    for (int i = 1; i <= int(QLocale::LastTerritory); ++i) {
        if (QLocale::territoryToString(QLocale::Territory(i)).compare(t, Qt::CaseInsensitive) == 0)
            return QLocale::Territory(i);
    }
    return QLocale::AnyTerritory;
}

// Only what people write in a phone column: digits, a leading +, and the
// usual separators. Letters are refused rather than read as a vanity
// number: in lead data they are notes ("n/a", "ext. 12"), not a keypad.
bool hasOnlyPhoneCharacters(const QString &text)
{
    bool digitSeen = false;
    for (const QChar c : text) {
        if (c.isDigit())
            digitSeen = true;
        else if (!(c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'/' ||
                   (c == u'+' && !digitSeen)))
            return false;
    }
    return true;
}

} // namespace

QString PhoneNumber::regionCode(const QString &country)
{
    const QLocale::Territory territory = territoryOf(country);
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToCode(territory);
}

PhoneResult PhoneNumber::toE164(const QString &number, const QString &defaultCountry)
{
    const QString trimmed = number.trimmed();
    if (trimmed.isEmpty())
        return {QString(), QCoreApplication::translate("Sending", "no phone number")};
    if (!hasOnlyPhoneCharacters(trimmed))
        return {QString(), QCoreApplication::translate(
                               "Sending", "phone number \"%1\" has a character that is not a digit")
                               .arg(trimmed)};
    QString region = regionCode(defaultCountry);
    QString text = trimmed;
    // "0049 ..." is international wherever 00 is the exit code; without a
    // country to ask, it is read that way too.
    if (region.isEmpty() && text.startsWith(u"00"_s))
        text = u"+"_s + text.mid(2);
    const pn::PhoneNumberUtil *util = pn::PhoneNumberUtil::GetInstance();
    pn::PhoneNumber parsed;
    const auto error =
        util->Parse(text.toStdString(), region.isEmpty() ? std::string("ZZ") : region.toStdString(), &parsed);
    const auto notInternational = [&] {
        return PhoneResult{QString(),
                           QCoreApplication::translate(
                               "Sending", "phone number \"%1\" is not international (+country code) and the "
                                          "lead's country does not say which code to add")
                               .arg(trimmed)};
    };
    const auto invalid = [&] {
        return PhoneResult{
            QString(),
            QCoreApplication::translate("Sending", "phone number \"%1\" is not a valid international number")
                .arg(trimmed)};
    };
    switch (error) {
    case pn::PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case pn::PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return text.startsWith(u'+') ? invalid() : notInternational();
    case pn::PhoneNumberUtil::NOT_A_NUMBER:
    case pn::PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case pn::PhoneNumberUtil::TOO_SHORT_NSN:
    case pn::PhoneNumberUtil::TOO_LONG_NSN:
        return invalid();
    }
    switch (util->IsPossibleNumberWithReason(parsed)) {
    case pn::PhoneNumberUtil::IS_POSSIBLE:
        break;
    case pn::PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY: // dialable only inside its area
    case pn::PhoneNumberUtil::TOO_SHORT:
        return {QString(), QCoreApplication::translate(
                               "Sending", "phone number \"%1\" is too short (is the area code missing?)")
                               .arg(trimmed)};
    case pn::PhoneNumberUtil::TOO_LONG:
        return {QString(),
                QCoreApplication::translate("Sending", "phone number \"%1\" is too long").arg(trimmed)};
    case pn::PhoneNumberUtil::INVALID_COUNTRY_CODE:
    case pn::PhoneNumberUtil::INVALID_LENGTH:
        return invalid();
    }
    std::string e164;
    util->Format(parsed, pn::PhoneNumberUtil::E164, &e164);
    return {QString::fromStdString(e164), QString()};
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

QString PhoneNumber::forSuppression(const Lead &lead)
{
    if (lead.phone.trimmed().isEmpty())
        return QString();
    const PhoneResult r = toE164(lead.phone, countryOf(lead));
    return r.ok() ? r.e164 : lead.phone;
}

} // namespace outreach
