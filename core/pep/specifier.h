#pragma once

#include "version.h"
#include "versionrange.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Envdesk::Core {

/**
 * One PEP 440 version specifier clause, such as `>=1.0`, `~=2.2`, `!=1.*` or `===foo`.
 *
 * contains() reproduces packaging's `Specifier.contains` exactly, including the exclusive
 * comparison rules (`>1.0` does not match `1.0.post1`, `<2.0` does not match `2.0rc1`), local
 * versions (`==1.0` matches `1.0+local`) and the prerelease default (a prerelease only matches when
 * prereleases are allowed explicitly or the specifier itself names one).
 *
 * Value type, safe across threads.
 */
class Specifier
{
public:
    enum class Operator : std::uint8_t {
        Equal,          ///< ==
        NotEqual,       ///< !=
        LessEqual,      ///< <=
        GreaterEqual,   ///< >=
        Less,           ///< <
        Greater,        ///< >
        Compatible,     ///< ~=
        ArbitraryEqual, ///< ===
    };

    static Expected<Specifier> parse(std::string_view text);

    Operator op() const { return m_op; }
    /** The version part as written (whitespace removed), e.g. "1.0.*" or "foo" for ===. */
    const std::string &versionText() const { return m_versionText; }
    /** The parsed version; absent for === with a non-version string. Wildcards: the prefix. */
    const std::optional<Version> &version() const { return m_version; }
    bool hasWildcard() const { return m_wildcard; }

    /** packaging's `Specifier.prereleases` when not set explicitly. */
    bool impliesPrereleases() const;

    /**
     * Whether `version` satisfies this clause. With `prereleases` unset, prereleases match only
     * when impliesPrereleases().
     */
    bool contains(const Version &version, std::optional<bool> prereleases = {}) const;

    /**
     * The set of versions this clause admits, with prereleases allowed, as intervals. Exact
     * (toRange().contains(v) == contains(v, true)) except where isRangeExact() says otherwise.
     * `===` with a string that is not a version gives the empty range.
     */
    VersionRange toRange() const;
    /**
     * False for the few clauses whose set is not a finite union of intervals: `>V` where V is a
     * prerelease or a postrelease also excludes every post or local release of V's base version
     * (packaging's rule), and `===`. toRange() then over-approximates by the plain interval.
     */
    bool isRangeExact() const;

    /** Normalized spelling: operator followed by the version text, e.g. ">=1.0". */
    std::string toString() const;

    friend bool operator==(const Specifier &, const Specifier &) = default;

private:
    friend class SpecifierSet;
    // Parses one clause of `whole` that starts at `offset`; errors name positions in `whole`.
    static Expected<Specifier> parseClause(std::string_view clause, std::string_view whole,
                                           std::size_t offset);

    std::string m_versionText;
    std::optional<Version> m_version;
    Operator m_op = Operator::GreaterEqual;
    bool m_wildcard = false;
};

/**
 * A comma-separated set of specifiers (`>=1.0, !=1.3.*, <2`), as packaging's `SpecifierSet`.
 * The empty set admits every final release.
 */
class SpecifierSet
{
public:
    SpecifierSet() = default;
    explicit SpecifierSet(std::vector<Specifier> specifiers);

    static Expected<SpecifierSet> parse(std::string_view text);

    const std::vector<Specifier> &specifiers() const { return m_specifiers; }
    bool isEmpty() const { return m_specifiers.empty(); }

    /** packaging's `SpecifierSet.prereleases`: unset when empty, else whether any clause implies them. */
    std::optional<bool> impliesPrereleases() const;

    bool contains(const Version &version, std::optional<bool> prereleases = {}) const;

    /** Intersection of the clauses' ranges (prereleases allowed). */
    VersionRange toRange() const;

    /**
     * The lower bounds alone, as uv reads a dependency's Requires-Python: `>=` and `>` as they are,
     * `~=V`, `==V` and `==V.*` as `>=V`; `<`, `<=`, `!=` and `===` dropped. `>=3.8, <3.11` is
     * `>=3.8`.
     */
    SpecifierSet lowerBounds() const;

    /** Clauses joined by "," in the order written, as packaging's `str(SpecifierSet)` sorts them. */
    std::string toString() const;

    friend bool operator==(const SpecifierSet &, const SpecifierSet &) = default;

private:
    std::vector<Specifier> m_specifiers;
};

} // namespace Envdesk::Core
