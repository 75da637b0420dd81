// Open, click and reply rates per variant as a grouped bar chart (one bar
// set per metric, one category per variant labelled by tone), with the 95 %
// Wilson interval of every bar drawn as a whisker over it, and the winner's
// bar on the chosen metric selected and outlined.
#pragma once

#include "stats/AbTestAnalyzer.h"

#include <QChartView>
#include <optional>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace outreach::charts {

class RateChartView : public QChartView
{
    Q_OBJECT
public:
    explicit RateChartView(QWidget *parent = nullptr);

    // Redraws from an analysis; an empty result clears the chart.
    void setResult(const AbTestResult &result);

    QBarSeries *series() const { return m_series; }
    // Open, click, reply: the bar set of a metric (values in percent).
    QBarSet *barSet(WinnerMetric metric) const;
    QStringList categories() const;
    // Position of the highlighted winner among the categories.
    std::optional<int> highlightedVariant() const { return m_winnerPosition; }
    // The whisker of one bar, in percent: {lower, upper}.
    QPair<double, double> whisker(WinnerMetric metric, int position) const;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QChart *m_chart;
    QBarSeries *m_series;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<QBarSet *> m_sets;
    AbTestResult m_result;
    std::optional<int> m_winnerPosition;
};

} // namespace outreach::charts
