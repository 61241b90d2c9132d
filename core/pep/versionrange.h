#pragma once

#include "version.h"

#include <optional>
#include <string>
#include <vector>

namespace Envdesk::Core {

/**
 * A set of versions as a sorted union of disjoint intervals, closed under union, intersection and
 * complement: the term algebra the resolver works in.
 *
 * Bounds may be sentinel versions (Version::makeMin()/makeMax()), which is how PEP 440's
 * exclusive-comparison rules become plain intervals.
 *
 * Value type, safe across threads.
 */
class VersionRange
{
public:
    struct Bound
    {
        std::optional<Version> version; ///< unset: unbounded
        bool inclusive = false;
        friend bool operator==(const Bound &, const Bound &) = default;
    };
    struct Interval
    {
        Bound lower; ///< unset version: from the lowest version
        Bound upper; ///< unset version: to infinity
        friend bool operator==(const Interval &, const Interval &) = default;
    };

    /** The empty set. */
    VersionRange() = default;

    static VersionRange empty() { return {}; }
    static VersionRange full();
    static VersionRange exactly(const Version &v);
    static VersionRange atLeast(const Version &v);    ///< [v, ∞)
    static VersionRange higherThan(const Version &v); ///< (v, ∞)
    static VersionRange atMost(const Version &v);     ///< (-∞, v]
    static VersionRange lowerThan(const Version &v);  ///< (-∞, v)
    /** [lower, upper) */
    static VersionRange between(const Version &lower, const Version &upper);

    bool isEmpty() const { return m_intervals.empty(); }
    bool isFull() const;
    bool contains(const Version &v) const;

    VersionRange unionWith(const VersionRange &other) const;
    VersionRange intersection(const VersionRange &other) const;
    VersionRange complement() const;
    VersionRange difference(const VersionRange &other) const { return intersection(other.complement()); }
    bool isSubsetOf(const VersionRange &other) const { return difference(other).isEmpty(); }
    bool isDisjoint(const VersionRange &other) const { return intersection(other).isEmpty(); }

    const std::vector<Interval> &intervals() const { return m_intervals; }

    /** Readable form, e.g. ">=1.0, <2.0 | ==3.0"; "∅" when empty, "*" when full. */
    std::string toString() const;

    friend bool operator==(const VersionRange &, const VersionRange &) = default;

private:
    explicit VersionRange(std::vector<Interval> intervals);
    std::vector<Interval> m_intervals; ///< sorted, disjoint, non-adjacent, none empty
};

} // namespace Envdesk::Core
