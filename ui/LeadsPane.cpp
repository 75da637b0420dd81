#include "LeadsPane.h"

#include "Icons.h"
#include "LeadDialog.h"
#include "LeadDisplayProxy.h"
#include "LeadRemoval.h"
#include "LeadRepository.h"
#include "LeadTableModel.h"
#include "Prompt.h"
#include "csv/CsvWriter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
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
    , m_db(db)
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
    m_count->setObjectName(u"leadCount"_s);
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
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
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

    createActions();

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
    m_count->setText(tr("%Ln lead(s)", nullptr, int(m_model->totalCount())));
}

void LeadsPane::createActions()
{
    m_edit = new QAction(tr("&Edit lead…"), this);
    m_edit->setObjectName(u"editLeadAction"_s);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = new QAction(tr("&Delete leads…"), this);
    m_delete->setObjectName(u"deleteLeadsAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export = new QAction(tr("E&xport the lead table…"), this);
    m_export->setObjectName(u"exportLeadsAction"_s);
    m_export->setToolTip(tr("Save the leads the table shows (search and score filter applied) as CSV"));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_edit, m_delete, separator, m_export});
    connect(m_edit, &QAction::triggered, this, &LeadsPane::editLead);
    connect(m_delete, &QAction::triggered, this, &LeadsPane::deleteLeads);
    connect(m_export, &QAction::triggered, this, [this] {
        const QString path =
            Prompt::saveFileName(this, tr("Export leads"), tr("leads.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, &LeadsPane::editLead);
    const auto update = [this] {
        const int selected = int(m_view->selectionModel()->selectedRows().size());
        m_edit->setEnabled(selected == 1);
        m_delete->setEnabled(selected > 0);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
    update();
}

QList<qint64> LeadsPane::selectedLeadIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(LeadTableModel::LeadIdRole).toLongLong();
    return ids;
}

void LeadsPane::editLead()
{
    const QList<qint64> ids = selectedLeadIds();
    if (ids.size() != 1)
        return;
    const auto lead = LeadRepository(m_db).get(ids.first());
    if (!lead) {
        Prompt::error(this, tr("Cannot edit the lead"), lead.errorMessage());
        return;
    }
    LeadDialog dialog(m_db, lead.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    const int row = m_model->rowOfLead(ids.first());
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    emit leadsChanged();
}

void LeadsPane::deleteLeads()
{
    const QList<qint64> ids = selectedLeadIds();
    if (ids.isEmpty())
        return;
    LeadRemoval removal(m_db);
    const auto preview = removal.preview(ids);
    if (!preview) {
        Prompt::error(this, tr("Cannot delete the leads"), preview.errorMessage());
        return;
    }
    QString text = tr("Delete %n lead(s)?", nullptr, int(ids.size()));
    if (preview->messagesDeleted > 0)
        text +=
            u"\n\n"_s + tr("%n message(s) in campaigns whose A/B test has not started are deleted with them.",
                           nullptr, int(preview->messagesDeleted));
    if (preview->excluded > 0)
        text += u"\n\n"_s + tr("%n lead(s) have messages in a running or finished A/B test: the messages are "
                               "kept for its results, and these leads are excluded from sending and hidden.",
                               nullptr, preview->excluded);
    text += u"\n\n"_s + tr("This cannot be undone.");
    if (!Prompt::confirm(this, tr("Delete leads"), text, tr("Delete")))
        return;
    const auto report = removal.remove(ids);
    if (!report)
        Prompt::error(this, tr("The leads were not deleted"), report.errorMessage());
    m_model->refresh();
    emit leadsChanged();
}

bool LeadsPane::exportCsv(const QString &path)
{
    // All leads the table's filter matches, not only the rows loaded so far.
    LeadFilter filter;
    filter.minScore = m_model->minScore();
    filter.search = m_model->search();
    const auto leads = LeadRepository(m_db).list(filter);
    QSaveFile file(path);
    if (!leads || !file.open(QIODevice::WriteOnly)) {
        Prompt::error(this, tr("The leads were not exported"),
                      !leads ? leads.errorMessage() : file.errorString());
        return false;
    }
    CsvWriter writer(&file);
    writer.setWriteBom(true);
    const QStringList columns = {u"email"_s,
                                 u"first_name"_s,
                                 u"last_name"_s,
                                 u"title"_s,
                                 u"company"_s,
                                 u"industry"_s,
                                 u"phone"_s,
                                 u"linkedin_url"_s,
                                 u"website"_s,
                                 u"location"_s,
                                 u"qualification_score"_s,
                                 u"qualification_reasoning"_s};
    bool ok = writer.writeRecord(columns);
    for (const Lead &lead : leads.value()) {
        QStringList row;
        for (const QString &column : columns)
            row << lead.fieldValue(column).value_or(QString());
        ok = ok && writer.writeRecord(row);
    }
    if (!ok || !file.commit()) {
        Prompt::error(this, tr("The leads were not exported"),
                      ok ? file.errorString() : writer.errorString());
        return false;
    }
    emit statusMessage(tr("Exported %n lead(s) to %1.", nullptr, int(leads->size())).arg(path));
    return true;
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
