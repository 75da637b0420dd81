#include "ImportDialog.h"

#include "Prompt.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "import/LeadCsvParser.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
constexpr int kPreviewRows = 8;
}

ImportDialog::ImportDialog(Database &db, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Import leads"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    // Typed or pasted paths (or file:// URLs) work as well as Browse.
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"importFile"_s);
    m_file->setPlaceholderText(tr("Type or paste the path of a CSV file, or browse"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_pages = new QStackedWidget(this);
    auto *previewPage = new QWidget(m_pages);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(
        new QLabel(tr("Check how each column is read; change any mapping in the first row."), previewPage));
    m_preview = new QTableWidget(previewPage);
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->verticalHeader()->hide();
    m_preview->setWordWrap(false);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    previewLayout->addWidget(m_preview, 1);
    auto *options = new QFormLayout;
    m_onDuplicate = new QComboBox(previewPage);
    m_onDuplicate->addItem(tr("Update the existing lead"), int(LeadRepository::OnDuplicate::Update));
    m_onDuplicate->addItem(tr("Skip the row"), int(LeadRepository::OnDuplicate::Skip));
    options->addRow(tr("When the email already exists:"), m_onDuplicate);
    previewLayout->addLayout(options);
    m_pages->addWidget(previewPage);

    auto *reportPage = new QWidget(m_pages);
    auto *reportLayout = new QVBoxLayout(reportPage);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(reportPage);
    m_summary->setObjectName(u"importSummary"_s);
    reportLayout->addWidget(m_summary);
    m_rejected = new QTableWidget(0, 3, reportPage);
    m_rejected->setObjectName(u"rejectedLines"_s);
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    reportLayout->addWidget(m_rejected, 1);
    m_pages->addWidget(reportPage);
    layout->addWidget(m_pages, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
    m_saveRejected = buttons->addButton(tr("&Save rejected lines…"), QDialogButtonBox::ActionRole);
    m_saveRejected->hide();
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_saveRejected, &QPushButton::clicked, this, [this] {
        const QString target = Prompt::saveFileName(this, tr("Save rejected lines"), u"rejected-leads.csv"_s,
                                                    tr("CSV files (*.csv)"));
        if (!target.isEmpty() && !saveRejected(target))
            Prompt::error(this, tr("Could not save"), tr("Could not write %1.").arg(target));
    });
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::loadTypedPath);
    if (!path.isEmpty())
        loadFile(path);
}

void ImportDialog::browse()
{
    const QString path = Prompt::openFileName(this, tr("Import leads"), tr("CSV files (*.csv *.tsv *.txt)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImportDialog::loadTypedPath()
{
    QString path = m_file->text().trimmed();
    if (path.isEmpty() || path == m_path)
        return;
    if (path.startsWith(u"file:"_s))
        path = QUrl(path).toLocalFile();
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        m_message->setText(info.exists() ? tr("%1 is not a readable file.").arg(path)
                                         : tr("There is no file %1.").arg(path));
        m_pages->setCurrentIndex(0);
        m_import->setEnabled(false);
        return;
    }
    loadFile(info.absoluteFilePath());
}

bool ImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_file->setText(path);
    m_pages->setCurrentIndex(0);
    m_combos.clear();
    m_preview->clear();
    m_import->setEnabled(false);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Cannot open %1: %2").arg(path, file.errorString()));
        return false;
    }
    LeadCsvParser parser(&file);
    if (!parser.readHeader()) {
        const auto &issue = parser.fatalIssue();
        m_message->setText(tr("%1, line %2: %3").arg(path).arg(issue.line).arg(issue.reason));
        return false;
    }
    m_headers = parser.mapping().headers();
    m_detected.clear();
    for (int c = 0; c < m_headers.size(); ++c)
        m_detected << parser.mapping().field(c);

    file.seek(0);
    CsvReader reader(&file);
    QList<QStringList> rows;
    bool header = true;
    while (rows.size() < kPreviewRows) {
        const auto status = reader.readNext();
        if (status == CsvReader::Status::End || status == CsvReader::Status::Failed)
            break;
        if (status != CsvReader::Status::Record)
            continue;
        if (header) {
            header = false;
            continue;
        }
        rows << reader.fields();
    }
    m_preview->setColumnCount(int(m_headers.size()));
    m_preview->setRowCount(int(rows.size()) + 1);
    m_preview->setHorizontalHeaderLabels(m_headers);
    const auto targets = LeadColumnMapping::targetFields();
    for (int c = 0; c < m_headers.size(); ++c) {
        auto *combo = new QComboBox(m_preview);
        for (LeadField f : targets)
            combo->addItem(LeadColumnMapping::displayName(f), LeadColumnMapping::fieldName(f));
        combo->setCurrentIndex(combo->findData(LeadColumnMapping::fieldName(m_detected.at(c))));
        m_preview->setCellWidget(0, c, combo);
        m_combos << combo;
        for (int r = 0; r < rows.size(); ++r)
            m_preview->setItem(r + 1, c, new QTableWidgetItem(rows.at(r).value(c)));
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, qBound(110, m_preview->columnWidth(c), 260));
    m_message->setText(tr("%1 columns found.").arg(m_headers.size()));
    m_import->setEnabled(true);
    return true;
}

QComboBox *ImportDialog::mappingCombo(int column) const
{
    return m_combos.value(column);
}

QStringList ImportDialog::mappingOverrides() const
{
    QStringList overrides;
    for (int c = 0; c < m_combos.size(); ++c) {
        const QString chosen = m_combos.at(c)->currentData().toString();
        if (chosen != LeadColumnMapping::fieldName(m_detected.at(c)))
            overrides << m_headers.at(c) + u"="_s + chosen;
    }
    return overrides;
}

void ImportDialog::runImport()
{
    if (m_path.isEmpty())
        return;
    LeadImportOptions options;
    options.onDuplicate = LeadRepository::OnDuplicate(m_onDuplicate->currentData().toInt());
    options.mappingOverrides = mappingOverrides();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_report = LeadImporter::importFile(m_db, m_path, options);
    QApplication::restoreOverrideCursor();
    m_imported = m_report.ok() && (m_report.imported + m_report.updated) > 0;
    showReport();
}

void ImportDialog::showReport()
{
    if (m_report.fatal) {
        m_message->setText(tr("Nothing was imported. %1, line %2: %3")
                               .arg(m_path)
                               .arg(m_report.fatal->line)
                               .arg(m_report.fatal->reason));
        return;
    }
    m_summary->setText(tr("Imported %1 new, updated %2, skipped %3.")
                           .arg(m_report.imported)
                           .arg(m_report.updated)
                           .arg(m_report.skipped));
    m_rejected->setRowCount(int(m_report.errors.size()));
    for (int r = 0; r < m_report.errors.size(); ++r) {
        const ImportIssue &issue = m_report.errors.at(r);
        m_rejected->setItem(r, 0, new QTableWidgetItem(QString::number(issue.line)));
        m_rejected->setItem(r, 1, new QTableWidgetItem(issue.column));
        m_rejected->setItem(r, 2, new QTableWidgetItem(issue.reason));
    }
    m_pages->setCurrentIndex(1);
    m_import->setEnabled(false);
    m_saveRejected->setVisible(!m_report.errors.isEmpty());
}

bool ImportDialog::saveRejected(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    CsvWriter writer(&file);
    bool ok = writer.writeRecord({u"line"_s, u"column"_s, u"reason"_s});
    for (const ImportIssue &issue : m_report.errors)
        ok = ok && writer.writeRecord({QString::number(issue.line), issue.column, issue.reason});
    return ok;
}

} // namespace outreach
