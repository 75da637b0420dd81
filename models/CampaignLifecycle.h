// The campaign status lifecycle, in one place:
//   draft -> generating -> ready -> active <-> paused -> completed -> archived
// plus the moves a user needs: cancelling a run (generating -> draft),
// regenerating (ready -> generating), and archiving a draft or ready campaign.
#pragma once

#include "Enums.h"

#include <QString>

namespace outreach {

class CampaignLifecycle
{
public:
    static bool canMove(CampaignStatus from, CampaignStatus to);
    // Empty when allowed, else a message naming both states.
    static QString refusal(CampaignStatus from, CampaignStatus to);
    // The A/B test has started (active, paused, completed, or archived):
    // its messages and their assignments are part of the results now.
    static bool testStarted(CampaignStatus status);
    // The same as an SQL list for "status IN (...)".
    static QString testStartedSqlList();
};

} // namespace outreach
