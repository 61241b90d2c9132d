#include "pubgrub.h"
#include "pubgrub_p.h"

#include "../pep/name.h"
#include "../pep/specifier.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

// The PubGrub solver. Its explanations of a failure are written in explanation.cpp, universal
// resolution (forks by environment) is in universal.cpp.

namespace Envdesk::Core {

using namespace PubGrubDetail;

namespace {

using IncompatibilityPtr = std::shared_ptr<const Incompatibility>;

// The conjunction of two terms on one package.
Term intersect(const Term &a, const Term &b)
{
    if (a.positive && b.positive)
        return {a.package, a.range.intersection(b.range), true};
    if (a.positive)
        return {a.package, a.range.difference(b.range), true};
    if (b.positive)
        return {a.package, b.range.difference(a.range), true};
    return {a.package, a.range.unionWith(b.range), false};
}

// Whether everything `s` allows is allowed by `t` (s ⊆ t).
bool satisfies(const Term &s, const Term &t)
{
    if (t.positive)
        return s.positive && s.range.isSubsetOf(t.range);
    if (s.positive)
        return s.range.isDisjoint(t.range);
    return t.range.isSubsetOf(s.range);
}

// Whether `s` and `t` cannot both hold.
bool contradicts(const Term &s, const Term &t)
{
    if (s.positive && t.positive)
        return s.range.isDisjoint(t.range);
    if (s.positive)
        return s.range.isSubsetOf(t.range);
    if (t.positive)
        return t.range.isSubsetOf(s.range);
    return false; // both allow "not selected"
}

std::vector<Term> mergeTerms(std::vector<Term> terms)
{
    std::vector<Term> out;
    for (Term &t : terms) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const Term &o) { return o.package == t.package; });
        if (it == out.end())
            out.push_back(std::move(t));
        else
            *it = intersect(*it, t);
    }
    return out;
}

struct Assignment
{
    Term term;
    int level = 0;
    bool decision = false;
    IncompatibilityPtr cause;       ///< derivations only
    std::optional<Version> version; ///< decisions only
};

} // namespace

struct PubGrubSolver::Private
{
    DependencyProvider *provider;
    ResolveOptions options;
    std::vector<IncompatibilityPtr> incompatibilities;
    std::map<PackageId, std::vector<IncompatibilityPtr>> byPackage;
    std::vector<Assignment> assignments;
    std::map<PackageId, Term> accumulated;
    std::map<PackageId, Version> decided;
    int level = 0;
    IncompatibilityPtr failed;
    std::map<std::string, std::vector<Version>> versionCache; ///< newest first
    std::map<PackageId, std::vector<std::pair<PackageId, VersionRange>>> rootDeps;
    std::vector<Requirement> rootRequirements;
    std::set<std::string> explicitPrereleases; ///< projects a requirement names a prerelease for
    std::set<std::string> directNames;         ///< projects the root requires
    Resolution result;

    void emit(ResolveEvent::Kind kind, const PackageId &package, std::string version,
              std::string message)
    {
        if (options.listener)
            options.listener(ResolveEvent{kind, package.toString(), std::move(version),
                                          std::move(message), level});
    }

    void add(IncompatibilityPtr incompatibility)
    {
        incompatibilities.push_back(incompatibility);
        for (const Term &t : incompatibility->terms)
            byPackage[t.package].push_back(incompatibility);
    }

    void assign(Term term, bool decision, IncompatibilityPtr cause,
                std::optional<Version> version = {})
    {
        if (decision)
            ++level;
        auto it = accumulated.find(term.package);
        if (it == accumulated.end())
            accumulated.emplace(term.package, term);
        else
            it->second = intersect(it->second, term);
        assignments.push_back(
            {std::move(term), level, decision, std::move(cause), std::move(version)});
    }

    void backtrack(int toLevel)
    {
        while (!assignments.empty() && assignments.back().level > toLevel)
            assignments.pop_back();
        level = toLevel;
        accumulated.clear();
        decided.clear();
        for (const Assignment &a : assignments) {
            auto it = accumulated.find(a.term.package);
            if (it == accumulated.end())
                accumulated.emplace(a.term.package, a.term);
            else
                it->second = intersect(it->second, a.term);
            if (a.decision)
                decided[a.term.package] = *a.version;
        }
    }

    enum class Relation { Satisfied, Contradicted, AlmostSatisfied, Inconclusive };

    Relation relation(const Incompatibility &incompatibility, const Term **unsatisfied) const
    {
        const Term *open = nullptr;
        for (const Term &t : incompatibility.terms) {
            auto it = accumulated.find(t.package);
            if (it != accumulated.end()) {
                if (satisfies(it->second, t))
                    continue;
                if (contradicts(it->second, t))
                    return Relation::Contradicted;
            }
            if (open)
                return Relation::Inconclusive;
            open = &t;
        }
        if (!open)
            return Relation::Satisfied;
        *unsatisfied = open;
        return Relation::AlmostSatisfied;
    }

    // The earliest assignment after which `term` is satisfied by the partial solution.
    std::size_t satisfier(const Term &term) const
    {
        std::optional<Term> sum;
        for (std::size_t i = 0; i < assignments.size(); ++i) {
            const Assignment &a = assignments[i];
            if (a.term.package != term.package)
                continue;
            sum = sum ? intersect(*sum, a.term) : a.term;
            if (satisfies(*sum, term))
                return i;
        }
        return assignments.size(); // not satisfied (cannot happen for a satisfied incompatibility)
    }

    bool isFailure(const Incompatibility &i) const
    {
        return i.terms.empty()
               || (i.terms.size() == 1 && i.terms.front().package.isRoot()
                   && i.terms.front().positive);
    }

    Expected<IncompatibilityPtr> resolveConflict(IncompatibilityPtr incompatibility)
    {
        bool isNew = false;
        while (!isFailure(*incompatibility)) {
            ++result.conflicts;
            const Term *mostRecentTerm = nullptr;
            std::size_t mostRecent = 0;
            bool haveMostRecent = false;
            std::optional<Term> difference;
            int previousLevel = 1;
            for (const Term &term : incompatibility->terms) {
                const std::size_t s = satisfier(term);
                if (s >= assignments.size())
                    continue;
                if (!haveMostRecent || s > mostRecent) {
                    if (haveMostRecent)
                        previousLevel = std::max(previousLevel, assignments[mostRecent].level);
                    mostRecentTerm = &term;
                    mostRecent = s;
                    haveMostRecent = true;
                    difference.reset();
                    // When the satisfier alone does not satisfy the term, the rest of it was
                    // satisfied earlier, and that earlier level counts too.
                    const Term diff = intersect(assignments[s].term, term.negate());
                    if (!(diff.positive && diff.range.isEmpty())) {
                        difference = diff;
                        const std::size_t ds = satisfier(diff.negate());
                        if (ds < assignments.size())
                            previousLevel = std::max(previousLevel, assignments[ds].level);
                    }
                } else {
                    previousLevel = std::max(previousLevel, assignments[s].level);
                }
            }
            if (!haveMostRecent)
                break;
            const Assignment &satisfierAssignment = assignments[mostRecent];
            if (previousLevel < satisfierAssignment.level || satisfierAssignment.decision) {
                const PackageId undone = satisfierAssignment.term.package;
                backtrack(previousLevel); // satisfierAssignment is gone from here on
                emit(ResolveEvent::Kind::Backtrack, undone, {},
                     "learned: " + describeTerms(incompatibility->terms));
                if (isNew)
                    add(incompatibility);
                return incompatibility;
            }
            std::vector<Term> terms;
            for (const Term &t : incompatibility->terms) {
                if (&t != mostRecentTerm)
                    terms.push_back(t);
            }
            for (const Term &t : satisfierAssignment.cause->terms) {
                if (t.package != satisfierAssignment.term.package)
                    terms.push_back(t);
            }
            if (difference)
                terms.push_back(difference->negate());
            auto derived = std::make_shared<Incompatibility>();
            derived->terms = mergeTerms(std::move(terms));
            derived->kind = Incompatibility::Kind::Derived;
            derived->left = incompatibility;
            derived->right = satisfierAssignment.cause;
            incompatibility = derived;
            isNew = true;
        }
        failed = incompatibility;
        Error e;
        e.code = ErrorCode::NoSolution;
        t_known = &versionCache;
        e.message = QString::fromStdString(explainFailure(*incompatibility));
        t_known = nullptr;
        return std::unexpected(e);
    }

    Expected<void> propagate(PackageId start)
    {
        std::vector<PackageId> changed{std::move(start)};
        while (!changed.empty()) {
            const PackageId package = changed.back();
            changed.pop_back();
            const auto list = byPackage[package]; // copy: conflict resolution adds to it
            for (auto it = list.rbegin(); it != list.rend(); ++it) {
                const Term *unsatisfied = nullptr;
                const Relation r = relation(**it, &unsatisfied);
                if (r == Relation::Satisfied) {
                    emit(ResolveEvent::Kind::Conflict, package, {},
                         "conflict: " + describeTerms((*it)->terms));
                    auto root = resolveConflict(*it);
                    if (!root)
                        return std::unexpected(root.error());
                    const Term *open = nullptr;
                    const Relation again = relation(**root, &open);
                    if (again != Relation::AlmostSatisfied)
                        return std::unexpected(
                            internalError("conflict resolution did not yield a unit clause"));
                    assign(open->negate(), false, *root);
                    changed.clear();
                    changed.push_back(open->package);
                    break;
                }
                if (r == Relation::AlmostSatisfied) {
                    assign(unsatisfied->negate(), false, *it);
                    if (std::find(changed.begin(), changed.end(), unsatisfied->package)
                        == changed.end())
                        changed.push_back(unsatisfied->package);
                }
            }
        }
        return {};
    }

    static Error internalError(const char *what)
    {
        Error e;
        e.code = ErrorCode::NoSolution;
        e.message = Tr::tr("internal resolver error: %1").arg(QLatin1String(what));
        return e;
    }

    Expected<const std::vector<Version> *> versionsOf(const std::string &project)
    {
        auto it = versionCache.find(project);
        if (it == versionCache.end()) {
            auto list = provider->versions(project);
            if (!list)
                return std::unexpected(list.error());
            std::vector<Version> sorted = std::move(*list);
            std::sort(sorted.begin(), sorted.end(),
                      [](const Version &a, const Version &b) { return b < a; });
            it = versionCache.emplace(project, std::move(sorted)).first;
        }
        return &it->second;
    }

    // The widest range holding `v` and no other known version of the project: "P 1.4.0 depends on
    // Q" says the same as "P >1.3.0, <1.5.0 depends on Q", and the wide form keeps the ranges the
    // solver derives from many such facts in few intervals (fast to compute with, short to read).
    VersionRange around(const PackageId &package, const Version &v) const
    {
        auto it = versionCache.find(package.name);
        if (package.isRoot() || it == versionCache.end())
            return VersionRange::exactly(v);
        const std::vector<Version> &newestFirst = it->second;
        auto pos = std::find(newestFirst.begin(), newestFirst.end(), v);
        if (pos == newestFirst.end())
            return VersionRange::exactly(v);
        VersionRange range = VersionRange::full();
        if (pos != newestFirst.begin())
            range = range.intersection(VersionRange::lowerThan(*(pos - 1)));
        if (pos + 1 != newestFirst.end())
            range = range.intersection(VersionRange::higherThan(*(pos + 1)));
        return range;
    }

    std::optional<Version> best(const std::vector<Version> &newestFirst, const VersionRange &range,
                                const PackageId &package) const
    {
        bool anyFinal = false;
        for (const Version &v : newestFirst)
            anyFinal = anyFinal || (!v.isPrerelease() && range.contains(v));
        const bool explicitPre = explicitPrereleases.contains(package.name);
        bool prereleasesOk = false;
        switch (options.prerelease) {
        case PrereleaseMode::Allow:
            prereleasesOk = true;
            break;
        case PrereleaseMode::Disallow:
            prereleasesOk = false;
            break;
        case PrereleaseMode::IfNecessary:
            prereleasesOk = !anyFinal;
            break;
        case PrereleaseMode::Explicit:
            prereleasesOk = explicitPre;
            break;
        case PrereleaseMode::IfNecessaryOrExplicit:
            prereleasesOk = explicitPre || !anyFinal;
            break;
        }
        const bool lowest = options.resolution == ResolutionMode::Lowest
                            || (options.resolution == ResolutionMode::LowestDirect
                                && directNames.contains(package.name));
        auto fits = [&](const Version &v) {
            return range.contains(v) && (prereleasesOk || !v.isPrerelease());
        };
        if (auto preferred = options.preferences.find(package.name);
            preferred != options.preferences.end() && range.contains(preferred->second)
            && std::find(newestFirst.begin(), newestFirst.end(), preferred->second)
                   != newestFirst.end())
            return preferred->second; // a locked prerelease stays too: it was chosen before
        if (lowest) {
            for (auto it = newestFirst.rbegin(); it != newestFirst.rend(); ++it) {
                if (fits(*it))
                    return *it;
            }
            return std::nullopt;
        }
        // Highest: newest first, unless the provider orders the candidates itself.
        const std::vector<Version> order = provider->preferredOrder(package.name);
        for (const Version &v : order.empty() ? newestFirst : order) {
            if (fits(v))
                return v;
        }
        return std::nullopt;
    }

    // Notes the projects a requirement names a prerelease for (prerelease = explicit).
    void notePrereleases(const Requirement &req)
    {
        for (const Specifier &spec : req.specifiers().specifiers()) {
            if (auto v = Version::parse(spec.versionText()); v && v->isPrerelease())
                explicitPrereleases.insert(normalizePackageName(req.name()));
        }
    }

    // The requirements of a package version, as (dependency, range) pairs, markers evaluated.
    Expected<std::vector<std::pair<PackageId, VersionRange>>>
    dependenciesOf(const PackageId &package, const Version &version, std::string *unavailable)
    {
        std::vector<std::pair<PackageId, VersionRange>> out;
        std::vector<Requirement> requirements;
        if (package.isRoot()) {
            requirements = rootRequirements;
        } else {
            auto r = provider->requirements(package.name, version);
            if (!r) {
                if (r.error().code == ErrorCode::NeedsBuild
                    || r.error().code == ErrorCode::InvalidMetadata) {
                    *unavailable = r.error().message.toStdString();
                    return out;
                }
                return std::unexpected(r.error());
            }
            requirements = std::move(*r);
        }
        if (!package.extra.empty())
            out.emplace_back(PackageId{package.name, {}}, VersionRange::exactly(version));
        // Universal mode: where each requirement applies, to find the ones that split the universe.
        std::map<std::string, std::vector<std::pair<MarkerSet, std::string>>> whereByName;
        for (const Requirement &req : requirements) {
            if (options.universe) {
                const MarkerSet where = req.hasMarker() ? MarkerSet::of(req.marker(), package.extra).intersect(*options.universe)
                                                        : *options.universe;
                if (where.isEmpty())
                    continue;
                if (!package.extra.empty()) {
                    // The extra's own requirements only: the rest come with the base package.
                    const MarkerSet base = req.hasMarker() ? MarkerSet::of(req.marker(), {}).intersect(*options.universe)
                                                           : *options.universe;
                    if (where.implies(base))
                        continue;
                }
                whereByName[normalizePackageName(req.name())].emplace_back(
                    where, req.specifiers().toString() + " " + req.url());
            } else if (req.hasMarker()) {
                auto applies = req.marker().evaluate(options.environment, package.extra);
                if (!applies || !*applies)
                    continue;
                if (!package.extra.empty()) {
                    // The extra's own requirements only: the rest come with the base package.
                    auto base = req.marker().evaluate(options.environment, {});
                    if (base && *base)
                        continue;
                }
            } else if (!package.extra.empty()) {
                continue;
            }
            notePrereleases(req);
            if (!req.url().empty() && !provider->hasDirectSource(normalizePackageName(req.name()))) {
                // As uv: a URL dependency is taken only when the project itself declares it.
                *unavailable
                    = Tr::tr("it requires %1 from a URL (%2), which only the project itself can declare")
                          .arg(QString::fromStdString(req.name()), QString::fromStdString(req.url()))
                          .toStdString();
                return out;
            }
            const std::string name = normalizePackageName(req.name());
            const VersionRange range = req.specifiers().toRange();
            out.emplace_back(PackageId{name, {}}, range);
            for (const std::string &extra : req.extras())
                out.emplace_back(PackageId{name, normalizePackageName(extra)}, range);
        }
        if (options.universe)
            noteForks(package, whereByName);
        return out;
    }

    // Universal mode: a dependency required differently in different environments
    // (`numpy>=2; python_version >= "3.10"`, `numpy<2; python_version < "3.10"`) cannot have one
    // version for all: the universe is cut into parts where each such requirement either holds
    // everywhere or nowhere, and each part is solved apart.
    void noteForks(const PackageId &package,
                   const std::map<std::string, std::vector<std::pair<MarkerSet, std::string>>> &whereByName)
    {
        if (!result.forks.empty())
            return;
        std::vector<MarkerSet> cuts;
        std::string names;
        for (const auto &[name, entries] : whereByName) {
            bool differ = false;
            for (std::size_t i = 1; i < entries.size() && !differ; ++i)
                differ = entries[i].second != entries[0].second && !(entries[i].first == entries[0].first);
            if (!differ)
                continue;
            names += (names.empty() ? "" : ", ") + name;
            for (const auto &[where, spec] : entries)
                cuts.push_back(where);
        }
        if (cuts.empty())
            return;
        std::vector<MarkerSet> parts{*options.universe};
        for (const MarkerSet &cut : cuts) {
            std::vector<MarkerSet> next;
            for (const MarkerSet &part : parts) {
                for (MarkerSet piece : {part.intersect(cut), part.intersect(cut.complement())}) {
                    if (!piece.isEmpty())
                        next.push_back(std::move(piece));
                }
            }
            parts = std::move(next);
        }
        if (parts.size() < 2)
            return;
        result.forks = std::move(parts);
        result.forkReason = (package.isRoot() ? std::string("the requirements") : package.toString())
                            + " require " + names + " differently in different environments";
    }

    // Picks the next package and version; returns the package to propagate from, or nullopt when
    // done.
    Expected<std::optional<PackageId>> decide()
    {
        std::optional<PackageId> chosen;
        std::size_t fewest = std::numeric_limits<std::size_t>::max();
        for (const auto &[package, term] : accumulated) {
            if (!term.positive || decided.contains(package))
                continue;
            if (package.isRoot()) {
                chosen = package;
                break;
            }
            auto versions = versionsOf(package.name);
            if (!versions)
                return std::unexpected(versions.error());
            std::size_t count = 0;
            for (const Version &v : **versions)
                count += term.range.contains(v);
            if (count < fewest) {
                fewest = count;
                chosen = package;
            }
        }
        if (!chosen)
            return std::optional<PackageId>{};
        const Term &term = accumulated.at(*chosen);
        std::optional<Version> version;
        if (chosen->isRoot()) {
            version = Version({0});
        } else {
            auto versions = versionsOf(chosen->name);
            if (!versions)
                return std::unexpected(versions.error());
            version = best(**versions, term.range, *chosen);
        }
        if (!version) {
            auto none = std::make_shared<Incompatibility>();
            none->terms = {Term{*chosen, term.range, true}};
            none->kind = Incompatibility::Kind::NoVersions;
            add(none);
            emit(ResolveEvent::Kind::NoVersions, *chosen, {},
                 "no version matches " + rangeText(term.range));
            return chosen;
        }
        std::string unavailable;
        auto deps = dependenciesOf(*chosen, *version, &unavailable);
        if (!deps)
            return std::unexpected(deps.error());
        if (!unavailable.empty()) {
            auto bad = std::make_shared<Incompatibility>();
            bad->terms = {Term{*chosen, around(*chosen, *version), true}};
            bad->kind = Incompatibility::Kind::Unavailable;
            bad->reason = unavailable;
            add(bad);
            emit(ResolveEvent::Kind::Unavailable, *chosen, version->toString(), unavailable);
            return chosen;
        }
        bool conflict = false;
        for (const auto &[dep, range] : *deps) {
            if (dep == *chosen)
                continue; // a package that requires itself
            auto incompatibility = std::make_shared<Incompatibility>();
            incompatibility->terms = mergeTerms(
                {Term{*chosen, around(*chosen, *version), true}, Term{dep, range, false}});
            incompatibility->kind = Incompatibility::Kind::Dependency;
            add(incompatibility);
            // Deciding would satisfy this one at once: let propagation find another version.
            auto acc = accumulated.find(dep);
            if (acc != accumulated.end() && satisfies(acc->second, Term{dep, range, false}))
                conflict = true;
        }
        if (!conflict) {
            assign(Term{*chosen, VersionRange::exactly(*version), true}, true, nullptr, *version);
            decided[*chosen] = *version;
            ++result.decisions;
            emit(ResolveEvent::Kind::Decision, *chosen, version->toString(), {});
        }
        return chosen;
    }
};

PubGrubSolver::PubGrubSolver(DependencyProvider *provider, ResolveOptions options)
    : d(std::make_unique<Private>())
{
    d->provider = provider;
    d->options = std::move(options);
}

PubGrubSolver::~PubGrubSolver() = default;

std::shared_ptr<const Incompatibility> PubGrubSolver::failure() const
{
    return d->failed;
}

Expected<Resolution> PubGrubSolver::solve(const std::vector<Requirement> &requirements)
{
    d->rootRequirements = requirements;
    for (const Requirement &r : requirements)
        d->directNames.insert(normalizePackageName(r.name()));
    auto root = std::make_shared<Incompatibility>();
    root->terms = {Term{PackageId{}, VersionRange::full(), false}};
    root->kind = Incompatibility::Kind::Root;
    d->add(root);
    std::optional<PackageId> next = PackageId{};
    int steps = 0;
    while (next) {
        if (d->options.cancelled && d->options.cancelled()) {
            Error e;
            e.code = ErrorCode::Cancelled;
            e.message = Tr::tr("the resolution was cancelled");
            return std::unexpected(e);
        }
        if (++steps > d->options.maxSteps) {
            Error e;
            e.code = ErrorCode::NoSolution;
            e.message = Tr::tr("the resolution was stopped after %1 steps without an answer")
                            .arg(d->options.maxSteps);
            e.hint = Tr::tr("pin some versions to narrow the search");
            return std::unexpected(e);
        }
        if (auto p = d->propagate(*next); !p)
            return std::unexpected(p.error());
        auto decided = d->decide();
        if (!decided)
            return std::unexpected(decided.error());
        next = *decided;
        if (!d->result.forks.empty())
            return d->result; // universal mode: to be solved again, environment by environment
    }
    for (const auto &[package, version] : d->decided) {
        if (package.isRoot())
            continue;
        if (package.extra.empty())
            d->result.packages[package.name] = version;
        else
            d->result.extras[package.name].push_back(package.extra);
    }
    return d->result;
}

} // namespace Envdesk::Core
