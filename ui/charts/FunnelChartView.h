// The funnel of each variant: how many messages were sent, delivered,
// opened, clicked and replied, as horizontal bars per stage (one bar set per
// variant), so a leak between two stages is visible at a glance.
#pragma once

#include "stats/AbTestAnalyzer.h"

#include <QChartView>

class QBarCategoryAxis;
class QHorizontalBarSeries;
class QBarSet;
class QValueAxis;

namespace outreach::charts {

class FunnelChartView : public QChartView
{
    Q_OBJECT
public:
    explicit FunnelChartView(QWidget *parent = nullptr);

    void setResult(const AbTestResult &result);

    QHorizontalBarSeries *series() const { return m_series; }
    // Stage names top to bottom: sent, delivered, opened, clicked, replied.
    static QStringList stageNames();

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QChart *m_chart;
    QHorizontalBarSeries *m_series;
    QBarCategoryAxis *m_axisY;
    QValueAxis *m_axisX;
};

} // namespace outreach::charts
