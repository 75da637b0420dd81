// The numbers behind the charts, one column per variant: funnel counts,
// rates with their 95 % intervals, probability to be best and the
// Holm-adjusted p-value against the best variant, formatted in the locale.
#pragma once

#include "stats/AbTestAnalyzer.h"

#include <QTableWidget>

namespace outreach::charts {

class ResultTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit ResultTable(QWidget *parent = nullptr);
    void setResult(const AbTestResult &result);
    // The width a column needs to show its cells and its header in full.
    int contentWidth(int column) const;

    // "6.1 %" in the current locale.
    static QString percent(double rate);
    // "4.2–8.7 %"
    static QString interval(const stats::Interval &interval);
};

} // namespace outreach::charts
