// Send windows in local time: whether a window is open at an instant in a
// zone, when it opens next, where a local day starts, and a lead's zone
// (its Time Zone column, else its country's zone when the country keeps one
// time, else the campaign's). Daylight saving is QTimeZone's: a window
// opening at a local time that does not exist that day opens at the first
// minute that does.
#pragma once

#include "Lead.h"
#include "Sending.h"

#include <QDateTime>
#include <QTimeZone>

namespace outreach::localtime {

// The zone for an IANA id; the system zone for an empty or unknown id.
QTimeZone zone(const QByteArray &id);

bool isOpen(const SendWindow &window, const QDateTime &instant, const QTimeZone &zone);
// The first instant >= `from` at which the window is open; invalid when it
// never opens (no days).
QDateTime nextOpening(const SendWindow &window, const QDateTime &from, const QTimeZone &zone);
// The local date at `instant` and the instant that date began.
QDate localDate(const QDateTime &instant, const QTimeZone &zone);
QDateTime dayStart(const QDate &date, const QTimeZone &zone);

// The zone a lead's local time is read in (never empty: falls back to
// `campaignZone`, then the system zone).
QByteArray leadZone(const Lead &lead, const QByteArray &campaignZone);
// The one zone of a country (by name or ISO code), or empty when it has
// several times or is unknown.
QByteArray countryZone(const QString &country);

} // namespace outreach::localtime
