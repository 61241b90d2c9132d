#pragma once

#include "marker.h"
#include "versionrange.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace Envdesk::Core {

/**
 * A set of environments described by markers, closed under and, or and not: what universal
 * resolution reasons with ("which environments does this requirement apply in", "do these two
 * forks overlap", "is this package needed everywhere").
 *
 * Held as a union of boxes, each box a conjunction over independent variables: the Python
 * version (python_version and python_full_version become one range of full versions), the string
 * variables compared with == and != (a set of values, or every value but a set), and any other
 * comparison (`'arm' in platform_machine`, `platform_release >= "5.0"`) as an opaque condition
 * that is true or false. Variables are taken as independent of each other (sys_platform ==
 * 'linux' and platform_system == 'Windows' is not known to be empty), as uv's marker algebra
 * mostly does too. `extra` is not a variable here: it is evaluated with the extra given.
 *
 * Value type, safe across threads.
 */
class MarkerSet
{
public:
    MarkerSet(); ///< the empty set: no environment
    static MarkerSet all();
    static MarkerSet none() { return {}; }
    /** The environments where `marker` holds, with `extra` as the value of the extra variable. */
    static MarkerSet of(const Marker &marker, std::string_view extra = {});
    /** The environments whose Python version (python_full_version) is in `range`. */
    static MarkerSet python(const VersionRange &range);
    /**
     * The Python versions a Requires-Python specifier admits, as a range of full versions;
     * nullopt when it does not parse.
     */
    static std::optional<VersionRange> pythonRangeOf(std::string_view requiresPython);

    MarkerSet intersect(const MarkerSet &other) const;
    MarkerSet unite(const MarkerSet &other) const;
    MarkerSet complement() const;

    bool isEmpty() const { return m_boxes.empty(); }
    bool isAll() const;
    bool isDisjoint(const MarkerSet &other) const { return intersect(other).isEmpty(); }
    bool implies(const MarkerSet &other) const { return intersect(other.complement()).isEmpty(); }

    /** The Python versions this set allows at all (the union over its boxes). */
    VersionRange pythonVersions() const;

    /**
     * A marker for this set, uv's spelling (`python_full_version >= '3.10' and sys_platform ==
     * 'linux'`); bounds of `pythonUniverse` (the project's Requires-Python) are left out. Empty
     * when the set is every environment (of the universe).
     */
    std::string toString(const VersionRange &pythonUniverse = VersionRange::full()) const;

    friend bool operator==(const MarkerSet &a, const MarkerSet &b)
    {
        return a.implies(b) && b.implies(a);
    }

    /** One variable's allowed values inside a box. */
    struct Domain
    {
        bool isVersion = false;
        VersionRange versions;         ///< isVersion
        std::set<std::string> values;  ///< otherwise: the values listed ...
        bool negated = false;          ///< ... or every value but them
        bool isEmpty() const { return isVersion ? versions.isEmpty() : !negated && values.empty(); }
        bool isFull() const { return isVersion ? versions.isFull() : negated && values.empty(); }
        friend bool operator==(const Domain &, const Domain &) = default;
    };
    using Box = std::map<std::string, Domain>; ///< unconstrained variables are absent

    /** The union of `boxes` (each a conjunction; empty ones are dropped). */
    explicit MarkerSet(std::vector<Box> boxes);

private:
    void simplify();
    std::vector<Box> m_boxes; ///< union of non-empty boxes
};

} // namespace Envdesk::Core
