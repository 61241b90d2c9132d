#include "versionrange.h"

#include <algorithm>

namespace Envdesk::Core {

namespace {

using Bound = VersionRange::Bound;
using Interval = VersionRange::Interval;

// Lower bounds: unbounded first; at the same version an inclusive bound starts earlier.
bool lowerLess(const Bound &a, const Bound &b)
{
    if (!a.version || !b.version)
        return !a.version && b.version;
    if (auto c = *a.version <=> *b.version; c != 0)
        return c < 0;
    return a.inclusive && !b.inclusive;
}

// Upper bounds: unbounded last; at the same version an exclusive bound ends earlier.
bool upperLess(const Bound &a, const Bound &b)
{
    if (!a.version || !b.version)
        return a.version && !b.version;
    if (auto c = *a.version <=> *b.version; c != 0)
        return c < 0;
    return !a.inclusive && b.inclusive;
}

bool isEmptyInterval(const Interval &i)
{
    if (!i.lower.version || !i.upper.version)
        return false;
    const auto c = *i.lower.version <=> *i.upper.version;
    return c > 0 || (c == 0 && !(i.lower.inclusive && i.upper.inclusive));
}

// Whether an interval ending at `upper` and one starting at `lower` overlap or touch, so that
// their union is one interval.
bool joins(const Bound &upper, const Bound &lower)
{
    if (!upper.version || !lower.version)
        return true;
    const auto c = *upper.version <=> *lower.version;
    return c > 0 || (c == 0 && (upper.inclusive || lower.inclusive));
}

std::string boundText(const Interval &i)
{
    if (i.lower.version && i.upper.version && *i.lower.version == *i.upper.version)
        return "==" + i.lower.version->toString();
    std::string out;
    if (i.lower.version)
        out += (i.lower.inclusive ? ">=" : ">") + i.lower.version->toString();
    if (i.upper.version) {
        if (!out.empty())
            out += ", ";
        out += (i.upper.inclusive ? "<=" : "<") + i.upper.version->toString();
    }
    return out;
}

} // namespace

VersionRange::VersionRange(std::vector<Interval> intervals)
{
    intervals.erase(std::remove_if(intervals.begin(), intervals.end(), isEmptyInterval),
                    intervals.end());
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return lowerLess(a.lower, b.lower); });
    for (Interval &interval : intervals) {
        if (!m_intervals.empty() && joins(m_intervals.back().upper, interval.lower)) {
            if (upperLess(m_intervals.back().upper, interval.upper))
                m_intervals.back().upper = interval.upper;
        } else {
            m_intervals.push_back(std::move(interval));
        }
    }
}

VersionRange VersionRange::full()
{
    return VersionRange(std::vector<Interval>{Interval{}});
}

VersionRange VersionRange::exactly(const Version &v)
{
    return VersionRange({Interval{{v, true}, {v, true}}});
}

VersionRange VersionRange::atLeast(const Version &v)
{
    return VersionRange({Interval{{v, true}, {}}});
}

VersionRange VersionRange::higherThan(const Version &v)
{
    return VersionRange({Interval{{v, false}, {}}});
}

VersionRange VersionRange::atMost(const Version &v)
{
    return VersionRange({Interval{{}, {v, true}}});
}

VersionRange VersionRange::lowerThan(const Version &v)
{
    return VersionRange({Interval{{}, {v, false}}});
}

VersionRange VersionRange::between(const Version &lower, const Version &upper)
{
    return VersionRange({Interval{{lower, true}, {upper, false}}});
}

bool VersionRange::isFull() const
{
    return m_intervals.size() == 1 && !m_intervals[0].lower.version
           && !m_intervals[0].upper.version;
}

bool VersionRange::contains(const Version &v) const
{
    // First interval whose upper bound is not below v.
    auto it = std::partition_point(m_intervals.begin(), m_intervals.end(), [&](const Interval &i) {
        if (!i.upper.version)
            return false;
        const auto c = *i.upper.version <=> v;
        return c < 0 || (c == 0 && !i.upper.inclusive);
    });
    if (it == m_intervals.end())
        return false;
    if (!it->lower.version)
        return true;
    const auto c = *it->lower.version <=> v;
    return c < 0 || (c == 0 && it->lower.inclusive);
}

VersionRange VersionRange::unionWith(const VersionRange &other) const
{
    std::vector<Interval> all = m_intervals;
    all.insert(all.end(), other.m_intervals.begin(), other.m_intervals.end());
    return VersionRange(std::move(all));
}

VersionRange VersionRange::intersection(const VersionRange &other) const
{
    std::vector<Interval> out;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < m_intervals.size() && j < other.m_intervals.size()) {
        const Interval &a = m_intervals[i];
        const Interval &b = other.m_intervals[j];
        Interval cut{lowerLess(a.lower, b.lower) ? b.lower : a.lower,
                     upperLess(a.upper, b.upper) ? a.upper : b.upper};
        if (!isEmptyInterval(cut))
            out.push_back(cut);
        if (upperLess(a.upper, b.upper))
            ++i;
        else
            ++j;
    }
    return VersionRange(std::move(out));
}

VersionRange VersionRange::complement() const
{
    std::vector<Interval> out;
    Bound lower; // unbounded
    bool open = true;
    for (const Interval &interval : m_intervals) {
        if (interval.lower.version)
            out.push_back({lower, {interval.lower.version, !interval.lower.inclusive}});
        if (!interval.upper.version) {
            open = false;
            break;
        }
        lower = {interval.upper.version, !interval.upper.inclusive};
    }
    if (open)
        out.push_back({lower, {}});
    return VersionRange(std::move(out));
}

std::string VersionRange::toString() const
{
    if (m_intervals.empty())
        return "∅";
    if (isFull())
        return "*";
    std::string out;
    for (const Interval &interval : m_intervals) {
        if (!out.empty())
            out += " | ";
        out += boundText(interval);
    }
    return out;
}

} // namespace Envdesk::Core
