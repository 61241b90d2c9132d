#pragma once

#include "../error.h"
#include "../pep/marker.h"
#include "../pep/markerset.h"
#include "../pep/requirement.h"
#include "../pep/version.h"
#include "../pep/versionrange.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Envdesk::Core {

/**
 * A package as the solver sees it: a normalized project name, or a project with one extra
 * ("requests[socks]"), which is a virtual package that depends on the same version of the
 * project and on the extra's requirements. The empty name is the root (what the user asked for).
 */
struct PackageId
{
    std::string name;  ///< PEP 503 normalized; empty for the root
    std::string extra; ///< normalized extra name, or empty

    bool isRoot() const { return name.empty(); }
    std::string toString() const { return extra.empty() ? name : name + "[" + extra + "]"; }
    friend auto operator<=>(const PackageId &, const PackageId &) = default;
};

/**
 * Where the solver gets versions and dependencies. Calls are synchronous; an implementation
 * over the index client prefetches so that they rarely wait. Errors (an index that refused us,
 * metadata that does not parse) stop the resolution with that error.
 */
class DependencyProvider
{
public:
    virtual ~DependencyProvider() = default;

    /** Every version of `project` that can be used at all, in any order. */
    virtual Expected<std::vector<Version>> versions(const std::string &project) = 0;
    /** The requirements of `project` `version` (core metadata's Requires-Dist), markers
     * unevaluated. */
    virtual Expected<std::vector<Requirement>> requirements(const std::string &project,
                                                            const Version &version)
        = 0;
    /**
     * The order to try `project`'s versions in when it is not newest first: an index strategy
     * that exhausts an earlier index's versions before a later one's (uv's unsafe-first-match).
     * Empty: newest first. Called after versions().
     */
    virtual std::vector<Version> preferredOrder(const std::string &project)
    {
        (void)project;
        return {};
    }
    /**
     * Whether `project` comes from a folder, file or repository the request declared: then a
     * `project @ URL` requirement on it is met by that source rather than refused.
     */
    virtual bool hasDirectSource(const std::string &project) const
    {
        (void)project;
        return false;
    }
    /**
     * Universal mode: the environments the next solve() covers. Versions and metadata are then
     * judged by their lowest Python (Requires-Python), and wheels for any platform count.
     */
    virtual void setEnvironments(const MarkerSet &environments) { (void)environments; }
};

/** A statement over one package: "P in R" (positive) or "not P in R" (negative). */
struct Term
{
    PackageId package;
    VersionRange range;
    bool positive = true;

    Term negate() const { return {package, range, !positive}; }
    std::string toString() const;
};

/**
 * A set of terms that cannot all be true, and why: a fact from the world (a dependency, no
 * versions, the root) or one derived from two others during conflict resolution.
 */
struct Incompatibility
{
    enum class Kind { Root, Dependency, NoVersions, Unavailable, Derived };
    std::vector<Term> terms;
    Kind kind = Kind::Derived;
    std::shared_ptr<const Incompatibility> left, right; ///< Derived: the two it came from
    std::string reason;                                 ///< Unavailable: why, in words
};

/** What the solver settled on, or why nothing works. */
struct Resolution
{
    std::map<std::string, Version>
        packages; ///< normalized name -> version (root and extras left out)
    std::map<std::string, std::vector<std::string>> extras; ///< extras used per project
    int decisions = 0;
    int conflicts = 0;
    /// Universal mode: the environments must be solved apart (a package requires a dependency
    /// differently in each); solve() stopped and these, which cover its universe without
    /// overlapping, are to be solved each on its own. Empty otherwise.
    std::vector<MarkerSet> forks;
    std::string forkReason; ///< which package's requirements split it, in words
};

/** One step of a resolution, for the live log. */
struct ResolveEvent
{
    enum class Kind { Decision, Conflict, Backtrack, NoVersions, Unavailable, Fork };
    Kind kind = Kind::Decision;
    std::string package;
    std::string version; ///< Decision, Unavailable
    std::string message; ///< in words: the learned fact, the reason
    int level = 0;       ///< decision level after the step
};

/** uv's prerelease modes. */
enum class PrereleaseMode {
    Disallow,              ///< never
    Allow,                 ///< like any other version
    IfNecessary,           ///< only for a package whose range holds no final release
    Explicit,              ///< only for a package some requirement names a prerelease for
    IfNecessaryOrExplicit, ///< either (uv's default)
};

/** uv's resolution strategies. */
enum class ResolutionMode {
    Highest,      ///< the newest version that fits
    Lowest,       ///< the oldest, for every package
    LowestDirect, ///< the oldest for what you asked for, the newest for the rest
};

struct ResolveOptions
{
    MarkerEnvironment environment; ///< markers are evaluated against it (one environment)
    PrereleaseMode prerelease = PrereleaseMode::IfNecessaryOrExplicit;
    ResolutionMode resolution = ResolutionMode::Highest;
    /// Versions to choose when they fit (a lock file's, kept unless an upgrade is asked for),
    /// by normalized name; over the resolution mode, not over the requirements.
    std::map<std::string, Version> preferences;
    int maxSteps = 200000; ///< a safety stop; each step is one decision or derivation
    /// Called for every decision, conflict, backtrack and version ruled out (same thread).
    std::function<void(const ResolveEvent &)> listener;
    /// Polled between steps; when it answers true, solve() stops with ErrorCode::Cancelled.
    std::function<bool()> cancelled;
    /// Universal mode: every environment of this set instead of one (the project's
    /// Requires-Python, narrowed to the fork being solved). A requirement is followed when its
    /// marker holds somewhere in the set; when a package's requirements on one dependency differ
    /// between parts of the set, solve() returns Resolution::forks instead of a solution.
    std::optional<MarkerSet> universe;
};

/**
 * A PubGrub solver (Dart pub's algorithm: unit propagation over incompatibilities, decisions
 * with the newest fitting version, conflict-driven clause learning and backjumping), over PEP 440
 * version ranges. On failure the error message is the derivation in plain words, as pubgrub's
 * reporters write it ("Because a 2.0 depends on b>=2 and no version of b matches >=2, a 2.0 is
 * forbidden. ...").
 *
 * Not thread-safe; one per resolution.
 */
class PubGrubSolver
{
public:
    PubGrubSolver(DependencyProvider *provider, ResolveOptions options);
    ~PubGrubSolver();

    Expected<Resolution> solve(const std::vector<Requirement> &requirements);

    /** The incompatibility that proved failure, after solve() failed for lack of a solution. */
    std::shared_ptr<const Incompatibility> failure() const;

    struct Private;

private:
    std::unique_ptr<Private> d;
};

/** The derivation of `failure` in plain words, numbered where a step is used twice. */
std::string explainFailure(const Incompatibility &failure);

/** One part of a universal resolution: the environments it covers, and its packages. */
struct ResolutionFork
{
    MarkerSet environments;
    Resolution resolution;
};

/**
 * Universal resolution (uv's): solves over every environment of `options.universe`; where a
 * package requires a dependency differently in different environments, the environments are cut
 * into parts that are solved apart (each later part preferring the versions earlier ones chose,
 * so they agree where they can). The parts cover the universe without overlapping. Fails as
 * the first part without a solution does, its explanation naming the environments.
 */
Expected<std::vector<ResolutionFork>> solveUniversal(DependencyProvider *provider, ResolveOptions options,
                                                    const std::vector<Requirement> &requirements,
                                                    int maxForks = 64);

/**
 * Where each version of a universal resolution is needed: the environments in which some chain of
 * requirements from `requirements` reaches it (name -> version -> environments).
 */
std::map<std::string, std::map<Version, MarkerSet>> whereNeeded(DependencyProvider *provider,
                                                                const std::vector<ResolutionFork> &forks,
                                                                const std::vector<Requirement> &requirements);

} // namespace Envdesk::Core
