// Turns a lead CSV file into validated Lead values, one row at a time, with
// each rejected row reported by line, column and reason. No database work:
// LeadImporter feeds the leads to the repository.
#pragma once

#include "Lead.h"
#include "csv/CsvReader.h"
#include "csv/ImportIssue.h"
#include "import/LeadColumnMapping.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class QIODevice;

namespace outreach {

struct ParsedLead
{
    int line = 0; // physical line where the row starts
    Lead lead;
};

class LeadCsvParser
{
    Q_DECLARE_TR_FUNCTIONS(LeadCsvParser)

public:
    // Characters one CSV cell may hold; a row with a longer one is refused
    // (reported by line and column), the other rows import.
    static constexpr int kMaxFieldChars = 10000;

    enum class Status {
        Lead,   // lead() holds the next good row
        Issue,  // issue() describes a rejected row (a row may yield several)
        End,    // the file is done
        Failed, // fatalIssue(): unreadable file or no usable header; stop
    };

    // The device must be open for reading; the parser does not own it.
    explicit LeadCsvParser(QIODevice *device);

    // Reads the header line and detects the mapping. False for an empty or
    // unreadable file (see fatalIssue()).
    bool readHeader();
    // Detected after readHeader(); adjust it before the first next().
    LeadColumnMapping &mapping() { return m_mapping; }
    // "Header=field" assignments (CLI --map); false with fatalIssue() set.
    bool applyOverrides(const QStringList &assignments);

    // The first call fails when no column can hold a contact ("no usable header").
    Status next();
    const ParsedLead &lead() const { return m_lead; }
    // The same, for the importer to hand on without copying.
    ParsedLead &lead() { return m_lead; }
    const ImportIssue &issue() const { return m_issue; }
    const ImportIssue &fatalIssue() const { return m_issue; }
    qint64 bytesRead() const { return m_reader.bytesRead(); }

    struct Result
    {
        QList<ParsedLead> leads;
        QList<ImportIssue> issues;
        std::optional<ImportIssue> fatal;
    };
    // Whole file at once, for small files (demo data, tests).
    static Result parseAll(QIODevice *device, const QStringList &overrides = {});

    // Validation helpers, public for the import dialog's preview and tests.
    static bool isPlausibleEmail(QStringView email);
    // "+1 (555) 010-0123" -> "+15550100123"; unclear numbers come back trimmed, as given.
    static QString normalizePhone(const QString &phone);
    // "87", "87.0", "87%" -> 87; nullopt with *reason set otherwise.
    static std::optional<int> parseScore(const QString &text, QString *reason);
    // Splits on ';', '|' and line breaks (and ',' when commas is true), trimmed, empties dropped.
    static QStringList splitList(const QString &text, bool commas = false);

private:
    bool convertRow(const QStringList &fields, int line);
    void addIssue(int line, int column, const QString &reason);

    CsvReader m_reader;
    LeadColumnMapping m_mapping;
    int m_headerLine = 1;
    bool m_checkedMapping = false;
    ParsedLead m_lead;
    ImportIssue m_issue;
    QList<ImportIssue> m_pendingIssues;
};

} // namespace outreach
