// The Analytics tab of a campaign: the A/B/C test as charts (rates with
// intervals, funnel), the statistics engine's numbers and verdict, the SRM
// warning, and the file work around a running test: importing events from
// a sending platform, exporting messages, saving the chart as PNG.
#pragma once

#include "Database.h"
#include "InlineBanner.h"
#include "stats/AbTestAnalyzer.h"

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace outreach {

class DecisionPanel;

namespace charts {
class FunnelChartView;
class RateChartView;
class ResultTable;
} // namespace charts

class AnalyticsPane : public QWidget
{
    Q_OBJECT
public:
    explicit AnalyticsPane(Database &db, QWidget *parent = nullptr);

    qint64 campaignId() const { return m_campaignId; }
    charts::RateChartView *rateChart() const { return m_rateChart; }
    charts::FunnelChartView *funnelChart() const { return m_funnelChart; }
    charts::ResultTable *resultTable() const { return m_table; }
    QLabel *verdictLabel() const { return m_verdict; }
    InlineBanner *srmLabel() const { return m_srm; }
    DecisionPanel *decisionPanel() const { return m_decisionPanel; }
    QLabel *messageLabel() const { return m_message; }
    QComboBox *metricCombo() const { return m_metric; }
    const AbTestResult &result() const { return m_result; }
    // The analytics view as saved by "Save chart as PNG": title, verdict,
    // charts and table, at `scale` times the on-screen size.
    QImage renderReport(qreal scale) const;
    QString suggestedPngName() const; // "<campaign>-ab-test.png"

public slots:
    void setCampaign(qint64 id); // 0: no campaign
    void refresh();
    void importEvents(const QString &path = {});
    void exportMessages(const QString &path = {});
    void saveChart(const QString &path = {});

signals:
    void eventsImported();

private:
    struct ImportOutcome;
    void importFinished(const ImportOutcome &outcome);
    void showMessage(const QString &text, bool problem);
    void showEmpty(const QString &why);
    void metricChosen();

    Database &m_db;
    qint64 m_campaignId = 0;
    bool m_importing = false;
    bool m_metricFromCampaign = true;
    AbTestResult m_result;
    QString m_campaignName;

    QComboBox *m_metric;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_savePng;
    QLabel *m_message;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    charts::RateChartView *m_rateChart;
    charts::FunnelChartView *m_funnelChart;
    charts::ResultTable *m_table;
    QLabel *m_verdict;
    InlineBanner *m_srm;
    DecisionPanel *m_decisionPanel;
};

} // namespace outreach
