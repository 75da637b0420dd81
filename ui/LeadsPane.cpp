#include "LeadsPane.h"

#include "Icons.h"
#include "LeadDisplayProxy.h"
#include "LeadTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
QString listHtml(const QString &title, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = u"<h4>%1</h4><ul>"_s.arg(title.toHtmlEscaped());
    for (const QString &item : items)
        html += u"<li>%1</li>"_s.arg(item.toHtmlEscaped());
    return html + u"</ul>"_s;
}
} // namespace

LeadsPane::LeadsPane(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new LeadTableModel(db, this))
    , m_proxy(new LeadDisplayProxy(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"leadSearch"_s);
    m_search->setPlaceholderText(tr("Search name, email, company, title…"));
    m_search->setClearButtonEnabled(true);
    m_minScore = new QSpinBox(this);
    m_minScore->setObjectName(u"leadMinScore"_s);
    m_minScore->setRange(0, 100);
    m_minScore->setPrefix(tr("Score ≥ "));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, 100);
    m_slider->setMaximumWidth(160);
    m_slider->setFocusPolicy(Qt::NoFocus); // the spin box is the keyboard route
    m_count = new QLabel(this);
    auto *import = new QPushButton(Icons::named(u"leads-import"_s), tr("&Import…"), this);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_minScore);
    bar->addWidget(m_slider, 1);
    bar->addWidget(m_count);
    bar->addWidget(import);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setObjectName(u"leadTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(LeadTableModel::ScoreColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnWidth(LeadTableModel::ScoreColumn, 70);
    m_view->setColumnWidth(LeadTableModel::NameColumn, 160);
    m_view->setColumnWidth(LeadTableModel::TitleColumn, 170);
    m_view->setColumnWidth(LeadTableModel::CompanyColumn, 160);
    m_view->setColumnWidth(LeadTableModel::EmailColumn, 210);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"leadDetails"_s);
    m_details->setPlaceholderText(tr("Select a lead to see its research."));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"leadsSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250); // one query per pause in typing, not per key
    connect(&m_filterDelay, &QTimer::timeout, this, &LeadsPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_minScore, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
    connect(m_slider, &QSlider::valueChanged, m_minScore, &QSpinBox::setValue);
    connect(m_minScore, &QSpinBox::valueChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(import, &QPushButton::clicked, this, &LeadsPane::importRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LeadsPane::showDetails);
    connect(m_model, &LeadTableModel::totalCountChanged, this, &LeadsPane::updateCount);
    updateCount();
}

void LeadsPane::setCampaign(const Campaign *campaign)
{
    m_model->setQualifyingScore(campaign ? std::optional<int>(campaign->minScore) : std::nullopt,
                                campaign ? campaign->channel : Channel::Custom);
    updateCount();
}

void LeadsPane::refresh()
{
    m_model->refresh();
}

void LeadsPane::applyFilter()
{
    const int min = m_minScore->value();
    m_model->setFilter(min > 0 ? std::optional<int>(min) : std::nullopt, m_search->text());
}

void LeadsPane::updateCount()
{
    m_count->setText(tr("%L1 leads").arg(m_model->totalCount()));
}

void LeadsPane::showDetails()
{
    const Lead *lead = m_model->leadAt(m_view->currentIndex().row());
    if (!lead) {
        m_details->clear();
        return;
    }
    QString html = u"<h3>%1</h3><p>%2 · %3<br>%4</p>"_s.arg(
        lead->fullName().toHtmlEscaped(), lead->title.toHtmlEscaped(), lead->company.toHtmlEscaped(),
        lead->email.toHtmlEscaped());
    if (lead->qualificationScore)
        html += u"<p><b>%1</b></p>"_s.arg(tr("Score %1").arg(*lead->qualificationScore));
    if (!lead->qualificationReasoning.isEmpty())
        html += u"<h4>%1</h4><p>%2</p>"_s.arg(tr("Reasoning"), lead->qualificationReasoning.toHtmlEscaped());
    html += listHtml(tr("Pain points"), lead->painPoints);
    html += listHtml(tr("Buying signals"), lead->buyingSignals);
    html += listHtml(tr("Technologies"), lead->technologies);
    html += listHtml(tr("Recent news"), lead->recentNews);
    m_details->setHtml(html);
}

} // namespace outreach
