// Beside the verdict on the Analytics tab: how the test decides (sequential
// or fixed horizon, interim before the plan), the recorded decision with its
// date, the roll-out to the holdout, and the expected loss per variant. The
// reopen button asks the pane to reopen the recorded decision.
#pragma once

#include "abtest/AnalyticsService.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace outreach {

class DecisionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionPanel(QWidget *parent = nullptr);

    void setAnalytics(const CampaignAnalytics &analytics);
    QLabel *modeLabel() const { return m_mode; }
    QLabel *decisionLabel() const { return m_decision; }
    QLabel *rolloutLabel() const { return m_rollout; }
    QLabel *lossLabel() const { return m_loss; }
    QPushButton *reopenButton() const { return m_reopen; }

signals:
    void reopenRequested();

private:
    QLabel *m_mode;
    QLabel *m_decision;
    QLabel *m_rollout;
    QLabel *m_loss;
    QPushButton *m_reopen;
};

} // namespace outreach
