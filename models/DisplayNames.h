// What the user reads for each domain enum and for money: one translated
// display function per enum (the stable toString() forms in Enums.h are for
// the database, JSON and CSV, never for the screen), and US dollar amounts
// written with the locale's decimal separator.
#pragma once

#include "Enums.h"
#include "Sending.h"

#include <QLocale>
#include <QString>

namespace outreach {

QString displayName(Channel value);
QString displayName(CampaignStatus value);
QString displayName(GenerationStatus value);
QString displayName(Tone value);
QString displayName(ProviderId value);
QString displayName(EventType value);
QString displayName(SendState value);
QString displayName(Security value);
// Winner metrics: metricDisplayName() in app/stats/AbTestAnalyzer.h.

// A variant flag stored by generation ("over_limit", "repaired",
// "unresolved_placeholder", "blank_variable"); unknown flags as stored.
QString variantFlagDisplayName(const QString &flag);

// "$0.0012" / "0,0012 $": four decimals below one dollar (a message costs a
// fraction of a cent), two from one dollar on.
QString formatMoney(double usd, const QLocale &locale = QLocale());

} // namespace outreach
