// Writes a campaign's messages as CSV for a sending platform or a
// spreadsheet: one row per lead with the contact fields the channel needs
// and the assigned variant's text (or all three variants). Cells that a
// spreadsheet would run as formulas are neutralized by CsvWriter.
#pragma once

#include "Database.h"

#include <QJsonObject>

class QIODevice;

namespace outreach {

struct ExportResult
{
    qint64 exported = 0;
    qint64 skipped = 0; // generated messages without an assigned variant (assigned mode)
};

class CampaignExport
{
public:
    enum class Variants { Assigned, All };

    // Writes the header and the rows to `device` (open for writing).
    static DbResult<ExportResult> write(Database &db, qint64 campaignId, Variants variants,
                                        QIODevice *device);
};

} // namespace outreach
