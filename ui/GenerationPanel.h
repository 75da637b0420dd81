// The generation strip under the workspace tabs: starts a run (the whole
// campaign, its failed messages again, or the selected message), shows how
// it goes (done / failed / remaining, messages per minute, time left, cost)
// with Pause/Resume and Cancel, and shows what stopped a run as one inline
// banner with a way to the settings, never as a cascade of dialogs.
#pragma once

#include "GenerationRunner.h"
#include "InlineBanner.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace outreach {

class GenerationPanel : public QFrame
{
    Q_OBJECT
public:
    explicit GenerationPanel(GenerationRunner *runner, QWidget *parent = nullptr);

    void setCampaignId(qint64 campaignId);
    void setSelectedMessageId(qint64 messageId) { m_messageId = messageId; }
    GenerationRunner *runner() const { return m_runner; }

    QToolButton *generateButton() const { return m_generate; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *settingsButton() const { return m_settings; }
    InlineBanner *banner() const { return m_banner; }
    QString bannerText() const;
    QLabel *countsLabel() const { return m_counts; }
    QProgressBar *progressBar() const { return m_progress; }

public slots:
    // Starts a run for the current campaign (or the selected message);
    // a refusal is shown in the banner.
    void generate(outreach::GenerationRunner::Scope scope = GenerationRunner::Scope::Campaign);
    void regenerate(qint64 messageId, int variant);
    void showProblem(const QString &text, bool settingsCanFix);
    void clearProblem();
    void showProgress(const outreach::GenerationProgress &progress);

signals:
    void settingsRequested();

private:
    void onStarted(const QString &provider, const QString &model, int total);
    void onFinished(const GenerationSummary &summary);
    // Shows the current run's counts as stored, whatever the signals did.
    void showStored();
    void updateButtons();

    GenerationRunner *m_runner;
    qint64 m_campaignId = 0;
    qint64 m_messageId = 0;
    InlineBanner *m_banner;
    QPushButton *m_settings;
    QToolButton *m_generate;
    QLabel *m_status;
    QLabel *m_counts;
    QLabel *m_rate;
    QLabel *m_eta;
    QLabel *m_cost;
    QProgressBar *m_progress;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QString m_runningText; // "Generating with provider / model:"
};

} // namespace outreach
