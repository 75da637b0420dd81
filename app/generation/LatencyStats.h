// The latencies of a run's answers and the percentiles its summary reports
// (nearest rank: the value below which the given share of answers fell).
#pragma once

#include <vector>

namespace outreach {

class LatencyStats
{
public:
    void add(int ms) { m_values.push_back(ms); }
    bool isEmpty() const { return m_values.empty(); }
    int count() const { return int(m_values.size()); }
    // q in [0, 1]; 0 without any latency.
    int percentile(double q) const;
    int maximum() const;

private:
    mutable std::vector<int> m_values;
    void sort() const;
};

} // namespace outreach
