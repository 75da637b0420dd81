// Checks a campaign before it is saved, so mistakes surface before any money
// is spent: name, scores, channel settings and the template's variables.
#pragma once

#include "Campaign.h"

#include <QStringList>

namespace outreach {

struct CampaignProblem
{
    QString field; // "name", "min_score", "template", ...
    QString message;
};

class CampaignValidator
{
public:
    static QList<CampaignProblem> validate(const Campaign &campaign, const QStringList &customFieldNames);
};

} // namespace outreach
