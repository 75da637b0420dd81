#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

namespace outreach::charts {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QList<QColor> seriesColors(const QPalette &palette, int n)
{
    // Okabe-Ito inspired hues: distinguishable with colour-vision deficiency;
    // lighter on dark backgrounds, deeper on light ones.
    static const QList<QColor> light{QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                     QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                     QColor(0x56, 0xB4, 0xE9)};
    static const QList<QColor> dark{QColor(0x56, 0xB4, 0xE9), QColor(0xF0, 0xC0, 0x40),
                                    QColor(0x3D, 0xD6, 0xA5), QColor(0xE8, 0x9C, 0xC8),
                                    QColor(0x9C, 0xD3, 0xF5)};
    const QList<QColor> &base = isDark(palette) ? dark : light;
    QList<QColor> colors;
    for (int i = 0; i < n; ++i)
        colors << base.at(i % base.size());
    return colors;
}

QColor highlightColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xFF, 0x6B, 0x6B) : QColor(0xC0, 0x1C, 0x28);
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
}

} // namespace outreach::charts
