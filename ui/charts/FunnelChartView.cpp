#include "FunnelChartView.h"

#include "ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace outreach::charts {

FunnelChartView::FunnelChartView(QWidget *parent)
    // Constructed with our chart: QChartView(parent) would make a default
    // chart that setChart() releases without deleting.
    : QChartView(new QChart, parent)
    , m_chart(chart())
    , m_series(new QHorizontalBarSeries)
    , m_axisY(new QBarCategoryAxis)
    , m_axisX(new QValueAxis)
{
    setObjectName(QStringLiteral("funnelChart"));
    setRenderHint(QPainter::Antialiasing);
    m_series->setBarWidth(0.85);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_series->attachAxis(m_axisY);
    m_series->attachAxis(m_axisX);
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->setLocalizeNumbers(true);
    m_chart->setTitle(tr("Funnel per variant (messages)"));
    // Five stages share the height: a stage label taller than its band is
    // elided to "…" by Qt Charts. The legend goes beside the bars and the
    // margins shrink, so the stages keep their room in a short window.
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    setMinimumSize(360, 240);
    restyle();
}

QStringList FunnelChartView::stageNames()
{
    return {tr("Sent", "funnel stage"), tr("Delivered", "funnel stage"), tr("Opened", "funnel stage"),
            tr("Clicked", "funnel stage"), tr("Replied", "funnel stage")};
}

void FunnelChartView::setResult(const AbTestResult &result)
{
    m_series->clear();
    QStringList stages = stageNames();
    std::reverse(stages.begin(), stages.end()); // horizontal bars grow upwards
    m_axisY->clear();
    m_axisY->append(stages);
    qint64 top = 1;
    for (const VariantResult &v : result.variants) {
        auto *set = new QBarSet(toneDisplayName(v.counts.tone()));
        const FunnelCounts &c = v.counts;
        *set << double(c.replied) << double(c.clicked) << double(c.opened) << double(c.delivered)
             << double(c.sent);
        m_series->append(set);
        top = std::max(top, c.sent);
    }
    // Message counts are whole numbers: ticks at whole steps of 1, 2, 5,
    // 10, ... (nice numbers made "0 0 0 1 1 1" of a count of one).
    qint64 step = 1;
    for (qint64 magnitude = 1; top / step > 5; magnitude *= 10) {
        for (qint64 factor : {1, 2, 5}) {
            step = factor * magnitude;
            if (top / step <= 5)
                break;
        }
    }
    const qint64 end = (top + step - 1) / step * step;
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0);
    m_axisX->setTickInterval(double(step));
    m_axisX->setRange(0, double(end));
    restyle();
}

void FunnelChartView::restyle()
{
    const QPalette pal = palette();
    applyPalette(m_chart, pal);
    const QList<QBarSet *> sets = m_series->barSets();
    // Variant colours follow after the three metric colours of the rate
    // chart, so a variant is never mistaken for a metric.
    const QList<QColor> colors = seriesColors(pal, 5);
    for (int i = 0; i < sets.size(); ++i) {
        const QColor c = i == 0 ? colors.at(3) : i == 1 ? colors.at(4) : colors.at(2).darker(120);
        sets[i]->setColor(c);
        sets[i]->setBorderColor(c);
    }
}

void FunnelChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
    QChartView::changeEvent(event);
}

} // namespace outreach::charts
