#include "AnalyticsPane.h"
#include "DecisionPanel.h"
#include "InlineBanner.h"

#include "Prompt.h"
#include "abtest/AnalyticsService.h"
#include "abtest/EventImport.h"
#include "charts/FunnelChartView.h"
#include "charts/RateChartView.h"
#include "charts/ResultTable.h"
#include "export/CampaignExport.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace outreach {

AnalyticsPane::AnalyticsPane(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(u"AnalyticsPane"_s);
    m_metric = new QComboBox;
    m_metric->setObjectName(u"metricCombo"_s);
    for (WinnerMetric metric : {WinnerMetric::Open, WinnerMetric::Click, WinnerMetric::Reply}) {
        // "reply rate" is made for sentences; a menu entry starts upper-case.
        QString name = metricDisplayName(metric);
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_metric->addItem(name, int(metric));
    }
    m_metric->setToolTip(tr("The rate that decides the winner"));
    m_import = new QPushButton(tr("&Import events…"));
    m_import->setObjectName(u"importEventsButton"_s);
    m_import->setToolTip(tr("Read sent, opened, clicked and replied events from a CSV file of your sending "
                            "platform"));
    m_export = new QPushButton(tr("E&xport messages…"));
    m_export->setObjectName(u"exportMessagesButton"_s);
    m_export->setToolTip(tr("Write each lead's assigned variant to a CSV file for your sending platform"));
    m_savePng = new QPushButton(tr("Save chart as &PNG…"));
    m_savePng->setObjectName(u"saveChartButton"_s);
    auto *metricLabel = new QLabel(tr("Winner &metric:"));
    metricLabel->setBuddy(m_metric);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(metricLabel);
    toolbar->addWidget(m_metric);
    toolbar->addStretch();
    toolbar->addWidget(m_import);
    toolbar->addWidget(m_export);
    toolbar->addWidget(m_savePng);

    m_message = new QLabel;
    m_message->setObjectName(u"analyticsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_rateChart = new charts::RateChartView;
    m_funnelChart = new charts::FunnelChartView;
    m_table = new charts::ResultTable;
    m_verdict = new QLabel;
    m_verdict->setObjectName(u"verdictLabel"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_verdict->setFont(big);
    m_srm = new InlineBanner;
    m_srm->setObjectName(u"srmLabel"_s);
    m_srm->setKind(InlineBanner::Kind::Warning);
    m_srm->hide();

    auto *numbers = new QWidget;
    auto *numbersLayout = new QVBoxLayout(numbers);
    numbersLayout->setContentsMargins(0, 0, 0, 0);
    numbersLayout->addWidget(m_verdict);
    numbersLayout->addWidget(m_srm);
    m_decisionPanel = new DecisionPanel;
    numbersLayout->addWidget(m_decisionPanel);
    numbersLayout->addWidget(m_table, 1);

    auto *chartsSplitter = new QSplitter(Qt::Vertical);
    chartsSplitter->addWidget(m_rateChart);
    chartsSplitter->addWidget(m_funnelChart);
    chartsSplitter->setStretchFactor(0, 3);
    chartsSplitter->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(chartsSplitter);
    splitter->addWidget(numbers);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 440});

    m_empty = new QLabel;
    m_empty->setObjectName(u"analyticsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_metric, &QComboBox::activated, this, &AnalyticsPane::metricChosen);
    connect(m_decisionPanel, &DecisionPanel::reopenRequested, this, [this] {
        if (auto reopened = AnalyticsService::reopenDecision(m_db, m_campaignId, QString()); !reopened)
            showMessage(reopened.errorMessage(), true);
        refresh();
    });
    connect(m_import, &QPushButton::clicked, this, [this] { importEvents(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportMessages(); });
    connect(m_savePng, &QPushButton::clicked, this, [this] { saveChart(); });
    setCampaign(0);
}

void AnalyticsPane::setCampaign(qint64 id)
{
    if (id != m_campaignId)
        m_message->hide();
    m_campaignId = id;
    m_metricFromCampaign = true;
    refresh();
}

void AnalyticsPane::metricChosen()
{
    m_metricFromCampaign = false;
    refresh();
}

void AnalyticsPane::showEmpty(const QString &why)
{
    m_result = {};
    m_empty->setText(why);
    m_stack->setCurrentWidget(m_empty);
    m_savePng->setEnabled(false);
}

void AnalyticsPane::refresh()
{
    const bool hasCampaign = m_campaignId > 0;
    m_import->setEnabled(hasCampaign);
    m_export->setEnabled(hasCampaign);
    m_metric->setEnabled(hasCampaign);
    if (!hasCampaign) {
        showEmpty(tr("Select a campaign to see how its variants perform."));
        return;
    }
    std::optional<WinnerMetric> metric;
    if (!m_metricFromCampaign)
        metric = WinnerMetric(m_metric->currentData().toInt());
    const auto analytics = AnalyticsService::analyze(m_db, m_campaignId, metric);
    if (!analytics) {
        showEmpty(analytics.errorMessage());
        return;
    }
    m_result = analytics->result;
    m_campaignName = analytics->campaign.name;
    if (m_metricFromCampaign)
        m_metric->setCurrentIndex(m_metric->findData(int(m_result.metric)));
    qint64 assigned = 0;
    for (const VariantResult &v : m_result.variants)
        assigned += v.counts.assigned;
    if (assigned == 0) {
        showEmpty(tr("The A/B test of \"%1\" has not started: activate the campaign to assign a variant "
                     "to every lead, then import events.")
                      .arg(analytics->campaign.name));
        return;
    }
    m_rateChart->setResult(m_result);
    m_funnelChart->setResult(m_result);
    m_table->setResult(m_result);
    m_verdict->setText(m_result.verdict);
    m_decisionPanel->setAnalytics(analytics.value());
    if (m_result.srmFlag) {
        m_srm->setText(tr("Warning: sample ratio mismatch. The variants were sent in proportions that differ "
                          "from the plan more than chance explains (p = %1). Check the assignment and the "
                          "imported events before trusting this result.")
                           .arg(QLocale().toString(m_result.srm.pValue, 'g', 2)));
        m_srm->show();
    } else {
        m_srm->hide();
    }
    m_stack->setCurrentIndex(1);
    m_savePng->setEnabled(true);
}

void AnalyticsPane::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    QFont font = m_message->font();
    font.setBold(problem);
    m_message->setFont(font);
    m_message->show();
}

struct AnalyticsPane::ImportOutcome
{
    QString fileName;
    QString error; // the file or the database failed: nothing was imported
    EventImportResult result;
};

void AnalyticsPane::importEvents(const QString &givenPath)
{
    if (m_campaignId <= 0 || m_importing)
        return;
    const QString path = givenPath.isEmpty() ? Prompt::openFileName(this, tr("Import events"),
                                                                    tr("CSV files (*.csv);;All files (*)"))
                                             : givenPath;
    if (path.isEmpty())
        return;
    const QString fileName = QFileInfo(path).fileName();
    // A vendor's file can hold millions of rows: the import runs on a worker
    // thread with its own connection, and the window stays responsive.
    m_importing = true;
    m_import->setEnabled(false);
    showMessage(tr("Importing events from %1…").arg(fileName), false);
    const DatabaseUrl url = m_db.url();
    const qint64 campaignId = m_campaignId;
    auto *watcher = new QFutureWatcher<ImportOutcome>(this);
    connect(watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        importFinished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([url, campaignId, path, fileName] {
        ImportOutcome outcome;
        outcome.fileName = fileName;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.error = tr("Could not open %1: %2").arg(fileName, file.errorString());
            return outcome;
        }
        auto db = Database::open(url);
        if (!db) {
            outcome.error = db.errorMessage();
            return outcome;
        }
        auto imported = EventImport::run(*db.value(), campaignId, &file, u"import:"_s + fileName);
        if (!imported)
            outcome.error = imported.errorMessage();
        else
            outcome.result = std::move(imported).value();
        return outcome;
    }));
}

void AnalyticsPane::importFinished(const ImportOutcome &outcome)
{
    m_importing = false;
    m_import->setEnabled(true);
    if (!outcome.error.isEmpty()) {
        showMessage(outcome.error, true);
        return;
    }
    const EventImportResult &r = outcome.result;
    if (!r.fileRead) {
        showMessage(r.fileError, true);
        return;
    }
    const QLocale locale;
    QString text = tr("Imported %1 events from %2 (%3 already known).")
                       .arg(locale.toString(r.imported), outcome.fileName, locale.toString(r.duplicates));
    if (!r.errors.isEmpty()) {
        const ImportIssue &first = r.errors.first();
        text += u' ' + tr("%n row(s) skipped; the first, line %1: %2", nullptr, int(r.errors.size()))
                           .arg(first.line)
                           .arg(first.reason);
    }
    showMessage(text, !r.errors.isEmpty());
    refresh();
    emit eventsImported();
}

void AnalyticsPane::exportMessages(const QString &givenPath)
{
    if (m_campaignId <= 0)
        return;
    const QString path = givenPath.isEmpty()
                             ? Prompt::saveFileName(this, tr("Export messages"), u"messages.csv"_s,
                                                    tr("CSV files (*.csv);;All files (*)"))
                             : givenPath;
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showMessage(tr("Could not write %1: %2").arg(path, file.errorString()), true);
        return;
    }
    const auto written = CampaignExport::write(m_db, m_campaignId, CampaignExport::Variants::Assigned, &file);
    if (!written) {
        file.cancelWriting();
        showMessage(written.errorMessage(), true);
        return;
    }
    if (!file.commit()) {
        showMessage(tr("Could not write %1: %2").arg(path, file.errorString()), true);
        return;
    }
    showMessage(tr("Exported %n message(s) to %1.", nullptr, int(written->exported)).arg(path), false);
}

QString AnalyticsPane::suggestedPngName() const
{
    // Named after the campaign: "Spring launch" -> "spring-launch-ab-test.png".
    QString stem;
    for (const QChar c : m_campaignName.toLower()) {
        if (c.isLetterOrNumber())
            stem += c;
        else if (!stem.isEmpty() && !stem.endsWith(u'-'))
            stem += u'-';
    }
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return (stem.isEmpty() ? QString() : stem + u'-') + u"ab-test.png"_s;
}

QImage AnalyticsPane::renderReport(qreal scale) const
{
    // The whole analytics view (charts, table, verdict) under a title with
    // the campaign and its verdict, at `scale` times the on-screen size.
    QWidget *view = m_stack->widget(1);
    const int margin = 16;
    const int width = qMax(view->width(), 640);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    const QString title = tr("A/B test: %1").arg(m_campaignName);
    const QFontMetrics titleMetrics(titleFont);
    const QRect verdictBox = fontMetrics().boundingRect(QRect(0, 0, width - 2 * margin, 100000),
                                                        Qt::TextWordWrap, m_result.verdict);
    const int header = margin + titleMetrics.height() + 6 + verdictBox.height() + margin;
    QImage image(QSize(width, header + view->height()) * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(titleFont);
    painter.drawText(QRect(margin, margin, width - 2 * margin, titleMetrics.height()), Qt::AlignLeft, title);
    painter.setFont(font());
    painter.drawText(
        QRect(margin, margin + titleMetrics.height() + 6, width - 2 * margin, verdictBox.height()),
        Qt::TextWordWrap, m_result.verdict);
    view->render(&painter, QPoint(0, header));
    painter.end();
    return image;
}

void AnalyticsPane::saveChart(const QString &givenPath)
{
    if (m_stack->currentIndex() != 1)
        return;
    const QString path = givenPath.isEmpty()
                             ? Prompt::saveFileName(this, tr("Save chart as PNG"), suggestedPngName(),
                                                    tr("PNG images (*.png)"))
                             : givenPath;
    if (path.isEmpty())
        return;
    if (!renderReport(2.0).save(path, "PNG")) {
        showMessage(tr("Could not save the chart to %1.").arg(path), true);
        return;
    }
    showMessage(tr("Chart saved to %1.").arg(path), false);
}

} // namespace outreach
