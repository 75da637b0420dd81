// Starts a campaign's A/B/C test: checks that every qualifying message is
// generated or excluded, assigns variants (VariantAssignment), recounts the
// funnel and moves the campaign to "active", all in one transaction. Also the
// hand edits that must happen before that: pinning and excluding a message.
// The CLI and the GUI call the same functions.
#pragma once

#include "Database.h"

#include <QJsonObject>
#include <array>

namespace outreach {

struct ActivationReport
{
    qint64 campaignId = 0;
    std::array<qint64, 3> assigned{0, 0, 0}; // by randomization, per variant
    std::array<qint64, 3> pinnedPerVariant{0, 0, 0};
    qint64 pinned = 0;
    qint64 excluded = 0;
    qint64 holdout = 0; // outside the test share, waiting for the roll-out
    quint64 seed = 0;

    // {"campaign_id","assigned":{"0":n,"1":n,"2":n},"pinned":n,"excluded":n,"holdout":n,"seed":S}
    QJsonObject toJson() const;
};

class Activation
{
public:
    // Refused (DbError::Kind::Invalid, plain words) when the lifecycle does
    // not allow the move, when messages are still pending or failed, or when
    // there is nothing to test.
    static DbResult<ActivationReport> activate(Database &db, qint64 campaignId, quint64 seed);
    // Largest seed accepted: 2^53 - 1, exact as a JSON number.
    static constexpr quint64 kMaxSeed = (quint64(1) << 53) - 1;
    // A seed for when the user gave none; reported so the run can be redone.
    static quint64 randomSeed();

    // Before activation only: the test must not change under a running one.
    static DbStatus pin(Database &db, qint64 messageId, int variant);
    static DbStatus exclude(Database &db, qint64 messageId);
};

} // namespace outreach
