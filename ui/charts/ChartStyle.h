// Colours and fonts for the analytics charts taken from the widget palette,
// so the charts read well in light and dark themes: one series colour per
// metric / funnel stage that keeps its contrast on either background.
#pragma once

#include <QColor>
#include <QList>

class QChart;
class QPalette;

namespace outreach::charts {

bool isDark(const QPalette &palette);
// n distinct series colours, tuned for the palette's brightness.
QList<QColor> seriesColors(const QPalette &palette, int n);
// The colour that marks the winner (bar outline, whiskers of the winner).
QColor highlightColor(const QPalette &palette);
// Background, title, axis and legend colours from the palette.
void applyPalette(QChart *chart, const QPalette &palette);

} // namespace outreach::charts
