#include "LatencyStats.h"

#include <algorithm>

namespace outreach {

void LatencyStats::sort() const
{
    // Sorted when read, not kept sorted on every add: a run adds thousands and reads twice.
    std::sort(m_values.begin(), m_values.end());
}

int LatencyStats::percentile(double q) const
{
    if (m_values.empty())
        return 0;
    sort();
    const double clamped = std::clamp(q, 0.0, 1.0);
    return m_values[std::min(m_values.size() - 1, size_t(clamped * double(m_values.size())))];
}

int LatencyStats::maximum() const
{
    if (m_values.empty())
        return 0;
    return *std::max_element(m_values.begin(), m_values.end());
}

} // namespace outreach
