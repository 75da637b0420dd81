// Seeds an empty database with the demo leads (resources/demo/leads.csv,
// fictional) and one demo campaign, so a first start shows real work.
#pragma once

#include "Database.h"

#include <QString>

namespace outreach {

struct DemoSeedResult
{
    bool seeded = false; // false: the database already had data
    qint64 leads = 0;
    qint64 campaignId = 0;
    QString error; // empty on success
};

class DemoSeeder
{
public:
    static DemoSeedResult seedIfEmpty(Database &db);
};

} // namespace outreach
