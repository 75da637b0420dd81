// Seeded, balanced randomization of variants over a campaign's messages.
// Pure computation: the same inputs and seed give the same assignment on
// every platform (own Fisher-Yates over QRandomGenerator, not std::shuffle,
// whose algorithm differs between standard libraries).
#pragma once

#include <QList>
#include <QtGlobal>

#include <array>

namespace outreach {

class VariantAssignment
{
public:
    // Variant (0..2) for each of `count` free messages, in order. Pinned
    // messages count toward balance: the final totals (pinned + assigned)
    // differ by at most one unless the pins alone are already further apart,
    // in which case the free messages go to the variants that are behind.
    static QList<int> assign(qsizetype count, std::array<qint64, 3> pinned, quint64 seed);

    // Per-variant totals of pinned + assigned.
    static std::array<qint64, 3> totals(const QList<int> &assignment, std::array<qint64, 3> pinned);
};

} // namespace outreach
