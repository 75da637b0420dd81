#include "sending/LocalTime.h"
#include "FieldKey.h"

#include <QHash>
#include <QLocale>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace outreach::localtime {
namespace {

bool dayIn(const SendWindow &w, const QDate &date)
{
    return w.days & (1 << (date.dayOfWeek() - 1));
}

// The local date and minute at which the window opens on `date` as an
// instant; a time inside a spring-forward gap moves to the gap's end.
QDateTime openingOn(const SendWindow &w, const QDate &date, const QTimeZone &zone)
{
    const QTime start = QTime(0, 0).addSecs(qint64(w.startMinute % 1440) * 60);
    for (int shift = 0; shift <= 180; shift += 1) {
        const QDateTime t(date, start.addSecs(shift * 60), zone);
        if (t.isValid() && t.toTimeZone(zone).time() == start.addSecs(shift * 60))
            return t.toUTC();
    }
    return QDateTime(date, start, zone).toUTC();
}

std::optional<QLocale::Territory> territoryOf(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (t.size() == 2 || t.size() == 3) {
        const auto code = QLocale::codeToTerritory(t.toUpper());
        if (code != QLocale::AnyTerritory)
            return code;
    }
    static const QHash<QString, QLocale::Territory> byName = [] {
        QHash<QString, QLocale::Territory> map;
        for (int i = 1; i <= int(QLocale::LastTerritory); ++i) {
            const auto territory = QLocale::Territory(i);
            map.insert(QLocale::territoryToString(territory).toLower(), territory);
        }
        // Names people write that differ from CLDR's.
        map.insert(u"usa"_s, QLocale::UnitedStates);
        map.insert(u"us"_s, QLocale::UnitedStates);
        map.insert(u"uk"_s, QLocale::UnitedKingdom);
        map.insert(u"england"_s, QLocale::UnitedKingdom);
        map.insert(u"deutschland"_s, QLocale::Germany);
        return map;
    }();
    const auto it = byName.constFind(t.toLower());
    if (it == byName.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

QTimeZone zone(const QByteArray &id)
{
    if (!id.isEmpty()) {
        QTimeZone z(id);
        if (z.isValid())
            return z;
    }
    return QTimeZone::systemTimeZone();
}

bool isOpen(const SendWindow &w, const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    const QDate date = local.date();
    const int minute = local.time().hour() * 60 + local.time().minute();
    if (w.startMinute == w.endMinute || (w.startMinute == 0 && w.endMinute == 1440))
        return dayIn(w, date);
    if (w.startMinute < w.endMinute)
        return dayIn(w, date) && minute >= w.startMinute && minute < w.endMinute;
    // Across midnight: the window belongs to the day it starts on.
    return (dayIn(w, date) && minute >= w.startMinute) ||
           (dayIn(w, date.addDays(-1)) && minute < w.endMinute);
}

QDateTime nextOpening(const SendWindow &w, const QDateTime &from, const QTimeZone &zone)
{
    if ((w.days & 0x7F) == 0)
        return {};
    if (isOpen(w, from, zone))
        return from.toUTC();
    const QDate today = localDate(from, zone);
    for (int d = 0; d <= 8; ++d) {
        const QDate date = today.addDays(d);
        if (!dayIn(w, date))
            continue;
        const QDateTime opening =
            w.startMinute == w.endMinute ? dayStart(date, zone) : openingOn(w, date, zone);
        if (opening > from)
            return opening;
    }
    return {};
}

QDate localDate(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).date();
}

QDateTime dayStart(const QDate &date, const QTimeZone &zone)
{
    // Some zones skip midnight on their daylight saving day.
    for (int minutes = 0; minutes <= 120; minutes += 30) {
        const QDateTime t(date, QTime(0, 0).addSecs(minutes * 60), zone);
        if (t.isValid())
            return t.toUTC();
    }
    return QDateTime(date, QTime(0, 0), zone).toUTC();
}

QByteArray countryZone(const QString &country)
{
    const auto territory = territoryOf(country);
    if (!territory)
        return {};
    static QMutex mutex;
    static QHash<int, QByteArray> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(int(*territory)); it != cache.constEnd())
        return *it;
    // "Only one zone": every zone of the country keeps the same time all
    // year (Germany lists Europe/Berlin and Europe/Busingen, one time).
    QList<QByteArray> ids = QTimeZone::availableTimeZoneIds(*territory);
    std::sort(ids.begin(), ids.end());
    QByteArray result;
    if (!ids.isEmpty()) {
        const int year = QDate::currentDate().year();
        const QDateTime winter(QDate(year, 1, 15), QTime(12, 0), Qt::UTC);
        const QDateTime summer(QDate(year, 7, 15), QTime(12, 0), Qt::UTC);
        const QTimeZone first(ids.first());
        bool same = true;
        for (const QByteArray &id : ids) {
            const QTimeZone z(id);
            if (z.offsetFromUtc(winter) != first.offsetFromUtc(winter) ||
                z.offsetFromUtc(summer) != first.offsetFromUtc(summer)) {
                same = false;
                break;
            }
        }
        if (same) {
            // The country's main zone when the system knows it (Europe/Berlin,
            // not Europe/Busingen), else the first.
            result = ids.first();
            for (const QByteArray &id : ids) {
                if (QTimeZone(id).territory() == *territory && id.count('/') == 1) {
                    result = id;
                    break;
                }
            }
        }
    }
    cache.insert(int(*territory), result);
    return result;
}

QByteArray leadZone(const Lead &lead, const QByteArray &campaignZone)
{
    QString country;
    for (auto it = lead.customFields.constBegin(); it != lead.customFields.constEnd(); ++it) {
        const QString key = fieldKey(it.key());
        const QString value = it.value().toString().trimmed();
        if ((key == u"time_zone" || key == u"timezone" || key == u"tz") && !value.isEmpty()) {
            const QTimeZone z(value.toUtf8());
            if (z.isValid())
                return value.toUtf8();
        }
        if (key == u"country" && !value.isEmpty())
            country = value;
    }
    if (country.isEmpty() && !lead.location.isEmpty())
        country = lead.location.section(u',', -1);
    if (const QByteArray z = countryZone(country); !z.isEmpty())
        return z;
    if (!campaignZone.isEmpty() && QTimeZone(campaignZone).isValid())
        return campaignZone;
    return QTimeZone::systemTimeZoneId();
}

} // namespace outreach::localtime
