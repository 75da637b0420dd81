#include "GenerationPanel.h"
#include "DisplayNames.h"
#include "InlineBanner.h"

#include "CompactWidgets.h"
#include "Icons.h"
#include "generation/GenerationEngine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
QString durationText(double seconds)
{
    if (seconds < 0)
        return GenerationPanel::tr("time left unknown");
    const int s = int(seconds + 0.5);
    if (s < 60)
        return GenerationPanel::tr("%n s left", nullptr, s);
    return GenerationPanel::tr("%1 min %2 s left").arg(s / 60).arg(s % 60);
}

QLabel *statLabel(const QString &name, QWidget *parent)
{
    // Elided: a long provider name or translation never widens the window.
    auto *label = new ElidedLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

GenerationPanel::GenerationPanel(GenerationRunner *runner, QWidget *parent)
    : QFrame(parent)
    , m_runner(runner)
{
    setObjectName(u"generationPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);

    // The one place a run's problem is told.
    m_banner = new InlineBanner(this);
    m_banner->setObjectName(u"generationBanner"_s);
    m_banner->setKind(InlineBanner::Kind::Error);
    m_banner->setDismissible(true);
    m_settings = m_banner->addButton(tr("Open &settings…"), u"bannerSettingsButton"_s);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *row = new QHBoxLayout;
    m_generate = new QToolButton(this);
    m_generate->setObjectName(u"panelGenerateButton"_s);
    m_generate->setPopupMode(QToolButton::MenuButtonPopup);
    m_generate->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *menu = new QMenu(m_generate);
    auto *all = menu->addAction(Icons::named(u"generate"_s), tr("&Generate for the campaign"), this,
                                [this] { generate(GenerationRunner::Scope::Campaign); });
    all->setObjectName(u"generateCampaignAction"_s);
    menu->addAction(tr("Retry the &failed messages"), this,
                    [this] { generate(GenerationRunner::Scope::FailedOnly); })
        ->setObjectName(u"generateFailedAction"_s);
    menu->addAction(tr("Regenerate the &selected message"), this,
                    [this] { generate(GenerationRunner::Scope::Message); })
        ->setObjectName(u"generateSelectedAction"_s);
    m_generate->setMenu(menu);
    m_generate->setDefaultAction(all);
    m_generate->setText(tr("Generate"));

    m_status = statLabel(u"runStatus"_s, this);
    m_counts = statLabel(u"runCounts"_s, this);
    m_rate = statLabel(u"runRate"_s, this);
    m_eta = statLabel(u"runEta"_s, this);
    m_cost = statLabel(u"runCost"_s, this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"panelProgress"_s);
    m_progress->setMinimumWidth(140);
    m_progress->setMaximumWidth(260);
    m_progress->setFormat(tr("%v of %m"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(u"pauseButton"_s);
    m_cancel = new QPushButton(tr("Ca&ncel"), this);
    m_cancel->setObjectName(u"cancelButton"_s);
    // Two rows: what runs and the buttons, then the numbers, so that German
    // words and a long provider name are not all elided into one line.
    row->addWidget(m_generate);
    row->addWidget(m_status, 1);
    row->addWidget(m_pause);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_progress, 1);
    for (QLabel *label : {m_counts, m_rate, m_eta, m_cost})
        numbers->addWidget(label);
    numbers->addStretch(1);
    layout->addLayout(numbers);
    m_status->setText(tr("No generation running."));
    m_progress->hide();
    updateButtons();

    connect(m_settings, &QPushButton::clicked, this, &GenerationPanel::settingsRequested);
    connect(m_banner, &InlineBanner::dismissed, this, &GenerationPanel::clearProblem);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_runner->isPaused())
            m_runner->resume();
        else
            m_runner->pause();
        showStored();
        updateButtons();
    });
    // Progress signals are throttled and stop while paused, but the
    // requests in flight are still stored: follow every stored message.
    connect(m_runner, &GenerationRunner::messageStored, this, [this] { showStored(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        // Before cancel(): the run may finish (and say so) inside it.
        m_status->setText(tr("Cancelling: waiting for the stored results to be written…"));
        m_runner->cancel();
        updateButtons();
    });
    connect(m_runner, &GenerationRunner::started, this,
            [this](qint64, const QString &provider, const QString &model, int total) {
                onStarted(provider, model, total);
            });
    connect(m_runner, &GenerationRunner::progressChanged, this, &GenerationPanel::showProgress);
    connect(m_runner, &GenerationRunner::finished, this, &GenerationPanel::onFinished);
    connect(m_runner, &GenerationRunner::problem, this, &GenerationPanel::showProblem);
}

void GenerationPanel::setCampaignId(qint64 campaignId)
{
    m_campaignId = campaignId;
    updateButtons();
}

QString GenerationPanel::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void GenerationPanel::generate(GenerationRunner::Scope scope)
{
    clearProblem();
    bool ok = false;
    if (scope == GenerationRunner::Scope::Message) {
        if (m_messageId <= 0) {
            showProblem(tr("Select a message in the Messages tab to regenerate it."), false);
            return;
        }
        ok = m_runner->regenerate(m_messageId);
    } else if (m_campaignId > 0) {
        ok = m_runner->generate(m_campaignId, scope);
    } else {
        showProblem(tr("Select a campaign to generate its messages."), false);
        return;
    }
    if (!ok)
        showProblem(m_runner->error(), false);
    else
        m_status->setText(tr("Starting…"));
    updateButtons();
}

void GenerationPanel::regenerate(qint64 messageId, int variant)
{
    clearProblem();
    if (!m_runner->regenerate(messageId, variant))
        showProblem(m_runner->error(), false);
    updateButtons();
}

void GenerationPanel::showProblem(const QString &text, bool settingsCanFix)
{
    // One banner: a newer problem replaces the text instead of stacking up.
    m_banner->setText(text);
    m_settings->setVisible(settingsCanFix);
    m_banner->show();
    if (!m_runner->isBusy())
        m_status->setText(tr("Generation stopped."));
    updateButtons();
}

void GenerationPanel::clearProblem()
{
    // Not dismiss(): that signals back here.
    m_banner->hide();
    m_banner->setText(QString());
}

void GenerationPanel::showStored()
{
    if (m_runner->isBusy() && m_runner->engine())
        showProgress(m_runner->engine()->progress());
}

void GenerationPanel::onStarted(const QString &provider, const QString &model, int total)
{
    m_runningText = tr("Generating with %1 / %2:").arg(provider, model);
    m_status->setText(m_runningText);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(0);
    m_progress->show();
    showProgress(m_runner->engine() ? m_runner->engine()->progress() : GenerationProgress{});
    updateButtons();
}

void GenerationPanel::showProgress(const GenerationProgress &p)
{
    m_progress->setRange(0, qMax(1, p.total));
    m_progress->setValue(p.done + p.failed);
    m_counts->setText(tr("%1 done · %2 failed · %3 remaining").arg(p.done).arg(p.failed).arg(p.remaining));
    m_cost->setText(tr("%1 so far").arg(formatMoney(p.costUsd)));
    // While paused nothing is sent: no rate and no time left to count down.
    const bool paused = p.paused && m_runner->isBusy();
    m_rate->setText(paused ? QString()
                           : tr("%1 msg/min").arg(QLocale().toString(p.messagesPerMinute, 'f', 0)));
    m_eta->setText(paused || p.remaining == 0 ? QString() : durationText(p.etaSeconds));
    if (paused)
        m_status->setText(p.inFlight > 0 ? tr("Paused: requests already sent are still being stored.")
                                         : tr("Paused."));
    else if (m_runner->isBusy() && !m_runningText.isEmpty())
        m_status->setText(m_runningText);
    updateButtons();
}

void GenerationPanel::onFinished(const GenerationSummary &s)
{
    if (m_runner->engine())
        showProgress(m_runner->engine()->progress());
    m_eta->clear();
    const QString what = tr("%1 written, %2 failed in %3 s")
                             .arg(s.generated)
                             .arg(s.failed)
                             .arg(QLocale().toString(s.elapsedSeconds, 'f', 1));
    if (s.cancelled)
        m_status->setText(tr("Cancelled: %1.").arg(what));
    else if (s.budgetReached)
        m_status->setText(tr("Stopped at the budget: %1.").arg(what));
    else if (!s.error.isEmpty())
        m_status->setText(tr("Stopped: %1.").arg(what));
    else
        m_status->setText(tr("Finished: %1.").arg(what));
    updateButtons();
}

void GenerationPanel::updateButtons()
{
    const bool busy = m_runner->isBusy();
    const bool running = busy && m_runner->engine() && m_runner->engine()->isRunning();
    m_generate->setEnabled(!busy && m_campaignId > 0);
    m_pause->setEnabled(running);
    m_pause->setText(m_runner->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_cancel->setEnabled(busy);
}

} // namespace outreach
