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
    // Messages can be generated (or regenerated) while the campaign may move
    // to "generating": a draft, a ready campaign, or one generating already.
    static bool canGenerate(CampaignStatus status);
    // Where a campaign goes when its last generation run ends: ready once it
    // has a generated message, else back to draft.
    static CampaignStatus afterGeneration(bool anyGenerated);
    // The A/B test has started (active, paused, completed, or archived):
    // its messages and their assignments are part of the results now.
    static bool testStarted(CampaignStatus status);
    // The same as an SQL list for "status IN (...)".
    static QString testStartedSqlList();
};

} // namespace outreach
