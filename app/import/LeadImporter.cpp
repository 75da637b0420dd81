#include "LeadImporter.h"
#include "import/LeadCsvParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {} // namespace

QJsonObject LeadImportReport::toJson() const
{
    QJsonArray issues;
    for (const ImportIssue &issue : errors)
        issues.append(issue.toJson());
    QJsonObject o{
        {u"imported"_s, imported}, {u"updated"_s, updated}, {u"skipped"_s, skipped}, {u"errors"_s, issues}};
    if (fatal)
        o.insert(u"fatal"_s, fatal->toJson());
    return o;
}

LeadImportReport LeadImporter::importFile(Database &db, const QString &path, const LeadImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LeadImportReport report;
        report.fatal = ImportIssue{
            0, QString(),
            QCoreApplication::translate("LeadImporter", "Cannot read %1: %2").arg(path, file.errorString())};
        return report;
    }
    return importDevice(db, &file, path, options);
}

LeadImportReport LeadImporter::importDevice(Database &db, QIODevice *device, const QString &displayName,
                                            const LeadImportOptions &options)
{
    LeadImportReport report;
    LeadCsvParser parser(device);
    if (!parser.readHeader() || !parser.applyOverrides(options.mappingOverrides)) {
        report.fatal = parser.fatalIssue();
        if (report.fatal->reason.isEmpty())
            report.fatal->reason =
                QCoreApplication::translate("LeadImporter", "%1 has no header line.").arg(displayName);
        return report;
    }

    LeadRepository leads(db);
    // 256 MiB of page cache while the import runs; outlives the transaction.
    const BulkCacheSize cacheSize(db, 256);
    Transaction transaction(db);
    if (!transaction.status()) {
        report.fatal = ImportIssue{0, QString(), transaction.status().errorMessage()};
        report.databaseFailure = true;
        return report;
    }
    QSet<int> rejectedLines;
    qint64 rows = 0;
    for (;;) {
        const LeadCsvParser::Status status = parser.next();
        if (status == LeadCsvParser::Status::End)
            break;
        if (status == LeadCsvParser::Status::Failed) {
            report.fatal = parser.fatalIssue();
            return report; // the transaction rolls back: nothing imported
        }
        if (status == LeadCsvParser::Status::Issue) {
            report.errors.append(parser.issue());
            if (!rejectedLines.contains(parser.issue().line)) {
                rejectedLines.insert(parser.issue().line);
                ++report.skipped;
            }
            continue;
        }
        const auto upserted = leads.upsert(parser.lead().lead, options.onDuplicate);
        if (!upserted) {
            // A database failure mid-file: roll back everything, so a retry
            // after fixing the cause starts from a clean state.
            report.fatal = ImportIssue{parser.lead().line, QString(), upserted.errorMessage()};
            report.databaseFailure = true;
            report.imported = report.updated = 0;
            return report;
        }
        switch (upserted.value()) {
        case LeadRepository::Upserted::Inserted:
            ++report.imported;
            break;
        case LeadRepository::Upserted::Updated:
            ++report.updated;
            break;
        case LeadRepository::Upserted::Skipped:
            ++report.skipped;
            break;
        }
        if (options.progress && ++rows % 1000 == 0 && !options.progress(parser.bytesRead())) {
            report.cancelled = true;
            report.imported = report.updated = 0;
            return report;
        }
    }
    if (auto status = transaction.commit(); !status) {
        report.fatal = ImportIssue{0, QString(), status.errorMessage()};
        report.databaseFailure = true;
        report.imported = report.updated = 0;
    }
    return report;
}

} // namespace outreach
