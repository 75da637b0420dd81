#include "DecisionPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

DecisionPanel::DecisionPanel(QWidget *parent)
    : QWidget(parent)
{
    m_mode = new QLabel;
    m_mode->setObjectName(u"testModeLabel"_s);
    m_decision = new QLabel;
    m_decision->setObjectName(u"decisionLabel"_s);
    m_decision->setWordWrap(true);
    m_rollout = new QLabel;
    m_rollout->setObjectName(u"rolloutLabel"_s);
    m_rollout->setWordWrap(true);
    m_loss = new QLabel;
    m_loss->setObjectName(u"expectedLossLabel"_s);
    m_loss->setWordWrap(true);
    m_reopen = new QPushButton(tr("Reopen decision"));
    m_reopen->setObjectName(u"reopenDecisionButton"_s);
    m_reopen->setToolTip(tr("End the recorded decision (the reopening is recorded too); the next look may "
                            "decide again."));
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_decision, 1);
    row->addWidget(m_reopen);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addLayout(row);
    layout->addWidget(m_rollout);
    layout->addWidget(m_loss);
    connect(m_reopen, &QPushButton::clicked, this, &DecisionPanel::reopenRequested);
}

void DecisionPanel::setAnalytics(const CampaignAnalytics &a)
{
    const AbTestResult &r = a.result;
    if (r.mode == TestMode::Sequential)
        m_mode->setText(tr("Sequential test: always valid however often you look (alpha %1).")
                            .arg(QLocale().toString(r.alpha)));
    else if (r.interim)
        m_mode->setText(tr("Fixed-horizon test, interim: the numbers are not a decision until %1 sends per "
                           "variant.")
                            .arg(QLocale().toString(r.plannedSends)));
    else
        m_mode->setText(tr("Fixed-horizon test (alpha %1).").arg(QLocale().toString(r.alpha)));

    if (a.decision) {
        m_decision->setText(
            tr("Decision recorded on %1: %2 (round %3).")
                .arg(QLocale().toString(a.decision->decidedAt.toLocalTime(), QLocale::ShortFormat),
                     toneDisplayName(toneOfIndex(a.decision->variant)))
                .arg(a.decision->round));
    } else {
        m_decision->setText(tr("No decision recorded yet."));
    }
    m_reopen->setVisible(a.decision.has_value());

    const QString state = a.rolloutStateName();
    if (state == u"none") {
        m_rollout->setText(tr("Roll-out: none, every qualifying lead is in the test."));
    } else if (state == u"waiting") {
        m_rollout->setText(tr("Roll-out: %1 leads wait for the winner (test share %2 %).")
                               .arg(QLocale().toString(a.rollout.waiting))
                               .arg(QLocale().toString(a.campaign.testShare * 100, 'f', 0)));
    } else {
        m_rollout->setText(
            tr("Roll-out: %1 went to %2 waiting leads on %3.")
                .arg(toneDisplayName(toneOfIndex(a.rollout.variant.value_or(0))),
                     QLocale().toString(a.rollout.assigned),
                     QLocale().toString(a.rollout.rolledOutAt.toLocalTime(), QLocale::ShortFormat)));
    }

    QStringList losses;
    for (const VariantResult &v : r.variants)
        losses.append(
            tr("%1 %2 points")
                .arg(toneDisplayName(v.counts.tone()), QLocale().toString(v.expectedLoss * 100, 'f', 2)));
    m_loss->setText(tr("Expected loss if chosen: %1.").arg(losses.join(u", "_s)));
}

} // namespace outreach
