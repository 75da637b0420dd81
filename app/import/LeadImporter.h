// Imports a lead CSV file into the database: the parser's good rows are
// upserted in one transaction (all good rows or nothing), every rejected row
// is reported with line, column and reason.
#pragma once

#include "Database.h"
#include "LeadRepository.h"
#include "csv/ImportIssue.h"

#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

class QIODevice;

namespace outreach {

struct LeadImportOptions
{
    LeadRepository::OnDuplicate onDuplicate = LeadRepository::OnDuplicate::Update;
    QStringList mappingOverrides; // "Header=field", as LeadColumnMapping::setOverride takes
    // Called now and then with the bytes read so far; return false to cancel.
    std::function<bool(qint64 bytesRead)> progress;
};

struct LeadImportReport
{
    qint64 imported = 0; // new leads
    qint64 updated = 0;  // existing leads (same email) updated
    qint64 skipped = 0;  // rows not written: rejected, or duplicates with OnDuplicate::Skip
    QList<ImportIssue> errors;
    // Set when nothing was imported: unreadable file, no usable header (bad
    // input), or a database failure (see databaseFailure).
    std::optional<ImportIssue> fatal;
    bool databaseFailure = false;
    bool cancelled = false;

    bool ok() const { return !fatal && !cancelled; }
    QJsonObject toJson() const;
};

class LeadImporter
{
public:
    static LeadImportReport importFile(Database &db, const QString &path,
                                       const LeadImportOptions &options = {});
    static LeadImportReport importDevice(Database &db, QIODevice *device, const QString &displayName,
                                         const LeadImportOptions &options = {});
};

} // namespace outreach
