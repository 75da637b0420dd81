// Imports message events from a CSV file a sending platform exported
// (SendGrid, Mailchimp, or our own columns): maps vendor event names and
// timestamps, finds each row's message, keeps the good rows, reports the bad
// ones by line, and appends everything in one transaction. Idempotent: rows
// already in the log count as duplicates. Mapping: docs/CLI-abtest.md.
#pragma once

#include "Database.h"
#include "Enums.h"
#include "csv/ImportIssue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

class QIODevice;

namespace outreach {

struct EventImportResult
{
    bool fileRead = false; // false: unreadable file or header (see fileError)
    QString fileError;
    qint64 imported = 0;
    qint64 duplicates = 0;
    QList<ImportIssue> errors; // by line, in file order

    // {"imported":N,"duplicates":N,"errors":[{"line","column","reason"}]}
    QJsonObject toJson() const;
};

class EventImport
{
public:
    // Event type for an event name of ours, SendGrid's or Mailchimp's,
    // case-insensitively; nullopt for names that are not a funnel stage.
    static std::optional<EventType> eventTypeFromName(const QString &name);
    // ISO 8601 (with or without offset; none means UTC; "T" or a space),
    // a date alone (midnight UTC), or Unix time in seconds (fraction allowed;
    // 13 digits or more are taken as milliseconds). Invalid, or past the
    // year 9999: nullopt.
    static std::optional<QDateTime> parseTimestamp(const QString &text);

    // Events of campaign `campaignId` from `device` (open for reading). The
    // campaign must have been activated. A database failure rolls the whole
    // import back and is returned as the error.
    // Rows are appended in chunks of about `chunkRows` (bounded memory; read
    // in sorted pieces of at most kReadPieceRows so the database walks its
    // indexes in order); 0 takes EventStage::preferredChunkRows().
    static constexpr qsizetype kReadPieceRows = 100000;
    static DbResult<EventImportResult> run(Database &db, qint64 campaignId, QIODevice *device,
                                           const QString &source, qsizetype chunkRows = 0);
};

} // namespace outreach
