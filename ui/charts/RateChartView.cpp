#include "RateChartView.h"

#include "ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QValueAxis>

namespace outreach::charts {

namespace {
constexpr WinnerMetric kMetrics[] = {WinnerMetric::Open, WinnerMetric::Click, WinnerMetric::Reply};

QString metricLabel(WinnerMetric metric)
{
    switch (metric) {
    case WinnerMetric::Open:
        return RateChartView::tr("Open rate");
    case WinnerMetric::Click:
        return RateChartView::tr("Click rate");
    case WinnerMetric::Reply:
        break;
    }
    return RateChartView::tr("Reply rate");
}
} // namespace

RateChartView::RateChartView(QWidget *parent)
    // Constructed with our chart: QChartView(parent) would make a default
    // chart that setChart() releases without deleting.
    : QChartView(new QChart, parent)
    , m_chart(chart())
    , m_series(new QBarSeries)
    , m_axisX(new QBarCategoryAxis)
    , m_axisY(new QValueAxis)
{
    setObjectName(QStringLiteral("rateChart"));
    setRenderHint(QPainter::Antialiasing);
    for (WinnerMetric metric : kMetrics) {
        auto *set = new QBarSet(metricLabel(metric));
        m_sets << set;
        m_series->append(set);
    }
    m_series->setBarWidth(0.75);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    // The interval is named in the title: along the axis a long text is
    // elided as soon as the chart is short.
    m_axisY->setTitleText(tr("Rate (%)"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->setLocalizeNumbers(true);
    m_chart->setTitle(tr("Rates per variant, with 95 % interval"));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    setMinimumSize(360, 260);
    restyle();
}

QBarSet *RateChartView::barSet(WinnerMetric metric) const
{
    return m_sets.value(int(metric));
}

QStringList RateChartView::categories() const
{
    return m_axisX->categories();
}

QPair<double, double> RateChartView::whisker(WinnerMetric metric, int position) const
{
    // Nothing sent: no interval worth drawing (Wilson's would span 0-100 %).
    if (position < 0 || position >= m_result.variants.size() ||
        m_result.variants.at(position).counts.sent == 0)
        return {0, 0};
    const stats::Interval i = m_result.variants.at(position).interval(metric);
    return {i.low * 100, i.high * 100};
}

void RateChartView::setResult(const AbTestResult &result)
{
    m_result = result;
    m_winnerPosition.reset();
    QStringList categories;
    for (QBarSet *set : std::as_const(m_sets)) {
        set->deselectAllBars();
        set->remove(0, set->count());
    }
    double top = 1;
    for (int pos = 0; pos < result.variants.size(); ++pos) {
        const VariantResult &v = result.variants.at(pos);
        QString label = toneDisplayName(v.counts.tone());
        if (result.winner && *result.winner == v.counts.index) {
            m_winnerPosition = pos;
            label = tr("%1 (winner)", "variant tone, e.g. Direct (winner)").arg(label);
        }
        categories << label;
        for (WinnerMetric metric : kMetrics) {
            barSet(metric)->append(v.rate(metric) * 100);
            top = qMax(top, v.interval(metric).high * 100);
        }
    }
    m_axisX->clear();
    m_axisX->append(categories);
    m_axisY->setRange(0, qMin(100.0, top * 1.1));
    m_axisY->applyNiceNumbers();
    if (m_winnerPosition)
        barSet(result.metric)->selectBar(*m_winnerPosition);
    restyle();
    viewport()->update();
}

void RateChartView::restyle()
{
    const QPalette pal = palette();
    applyPalette(m_chart, pal);
    const QList<QColor> colors = seriesColors(pal, int(m_sets.size()));
    for (int i = 0; i < m_sets.size(); ++i) {
        m_sets[i]->setColor(colors.at(i));
        m_sets[i]->setBorderColor(colors.at(i));
        m_sets[i]->setSelectedColor(colors.at(i).darker(isDark(pal) ? 70 : 130));
    }
}

void RateChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
    QChartView::changeEvent(event);
}

void RateChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const qsizetype variants = m_result.variants.size();
    if (variants == 0)
        return;
    // Bars of one category share barWidth around the category's centre.
    const double width = m_series->barWidth();
    const double each = width / double(m_sets.size());
    const QColor text = palette().color(QPalette::WindowText);
    const QColor winner = highlightColor(palette());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int pos = 0; pos < variants; ++pos) {
        for (int s = 0; s < m_sets.size(); ++s) {
            const auto metric = WinnerMetric(s);
            const auto [lower, upper] = whisker(metric, pos);
            if (m_result.variants.at(pos).counts.sent == 0)
                continue;
            const double x = pos - width / 2 + (s + 0.5) * each;
            const QPointF low = m_chart->mapToScene(m_chart->mapToPosition(QPointF(x, lower), m_series));
            const QPointF high = m_chart->mapToScene(m_chart->mapToPosition(QPointF(x, upper), m_series));
            const QPointF left =
                m_chart->mapToScene(m_chart->mapToPosition(QPointF(x - each / 4, 0), m_series));
            const double cap = qMax(3.0, low.x() - left.x());
            const bool isWinner = m_winnerPosition == pos && metric == m_result.metric;
            painter->setPen(QPen(isWinner ? winner : text, isWinner ? 2.5 : 1.3));
            painter->drawLine(low, high);
            painter->drawLine(QPointF(low.x() - cap, low.y()), QPointF(low.x() + cap, low.y()));
            painter->drawLine(QPointF(high.x() - cap, high.y()), QPointF(high.x() + cap, high.y()));
            if (isWinner) {
                // Outline the winning bar so it stands out without colour alone.
                const QPointF base = m_chart->mapToScene(m_chart->mapToPosition(QPointF(x, 0), m_series));
                const QPointF value = m_chart->mapToScene(m_chart->mapToPosition(
                    QPointF(x, m_result.variants.at(pos).rate(metric) * 100), m_series));
                const double half = (low.x() - left.x()) * 2;
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(
                    QRectF(QPointF(base.x() - half, value.y()), QPointF(base.x() + half, base.y())));
            }
        }
    }
    painter->restore();
}

} // namespace outreach::charts
