// Imports a lead CSV: shows the first rows with the detected column mapping,
// lets each column's mapping be changed, imports in one transaction, then
// lists every rejected line (savable as CSV).
#pragma once

#include "Database.h"
#include "import/LeadColumnMapping.h"
#include "import/LeadImporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace outreach {

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Database &db, const QString &path = {}, QWidget *parent = nullptr);

    bool loadFile(const QString &path);
    // The path typed or pasted into the File field, checked first.
    void loadTypedPath();
    QLineEdit *fileEdit() const { return m_file; }
    // Combo box of a column's mapping, for keyboard use and tests.
    QComboBox *mappingCombo(int column) const;
    int columnCount() const { return int(m_combos.size()); }
    QStringList mappingOverrides() const;
    bool imported() const { return m_imported; }
    const LeadImportReport &report() const { return m_report; }
    bool saveRejected(const QString &path) const;

public slots:
    void runImport();

private:
    void browse();
    void showReport();

    Database &m_db;
    QString m_path;
    QLineEdit *m_file;
    QLabel *m_message;
    QTableWidget *m_preview;
    QComboBox *m_onDuplicate;
    QList<QComboBox *> m_combos;
    QStringList m_headers;
    QList<LeadField> m_detected;
    QStackedWidget *m_pages;
    QLabel *m_summary;
    QTableWidget *m_rejected;
    QPushButton *m_import;
    QPushButton *m_saveRejected;
    LeadImportReport m_report;
    bool m_imported = false;
};

} // namespace outreach
