#include "VariantAssignment.h"

#include <QRandomGenerator64>

#include <algorithm>
#include <limits>

namespace outreach {

QList<int> VariantAssignment::assign(qsizetype count, std::array<qint64, 3> pinned, quint64 seed)
{
    QRandomGenerator64 random(seed);
    // Which variant gets a left-over message when counts tie: a seeded random
    // order, so no tone is favoured systematically by the remainder.
    std::array<int, 3> priority{0, 1, 2};
    for (int i = 2; i > 0; --i)
        std::swap(priority[i], priority[random.bounded(i + 1)]);

    // Water-filling: each free message goes to the variant that is behind.
    // Done level by level rather than one message at a time.
    std::array<qint64, 3> totals = pinned;
    std::array<qint64, 3> quota{0, 0, 0};
    qint64 left = count;
    while (left > 0) {
        const qint64 low = std::min({totals[0], totals[1], totals[2]});
        qint64 next = std::numeric_limits<qint64>::max();
        int atLow = 0;
        for (qint64 t : totals) {
            if (t == low)
                ++atLow;
            else
                next = std::min(next, t);
        }
        // Raise every lowest variant toward the next level at once.
        const qint64 step = std::min(next - low, left / atLow);
        if (step > 0) {
            for (int v = 0; v < 3; ++v) {
                if (totals[v] == low) {
                    totals[v] += step;
                    quota[v] += step;
                }
            }
            left -= step * atLow;
            continue;
        }
        // Fewer messages left than lowest variants: by priority.
        for (int v : priority) {
            if (left > 0 && totals[v] == low) {
                ++totals[v];
                ++quota[v];
                --left;
            }
        }
    }

    QList<int> labels;
    labels.reserve(count);
    for (int v = 0; v < 3; ++v)
        labels.insert(labels.size(), quota[v], v);
    for (qsizetype i = labels.size() - 1; i > 0; --i)
        labels.swapItemsAt(i, qsizetype(random.bounded(quint64(i) + 1)));
    return labels;
}

std::array<qint64, 3> VariantAssignment::totals(const QList<int> &assignment, std::array<qint64, 3> pinned)
{
    for (int v : assignment) {
        if (v >= 0 && v < 3)
            ++pinned[v];
    }
    return pinned;
}

} // namespace outreach
