#include "pubgrub.h"
#include "pubgrub_p.h"

#include "../pep/name.h"

// Universal resolution: one PubGrub solve per set of environments, split where the requirements
// differ by environment (the solver's forks).

namespace Envdesk::Core {

using namespace PubGrubDetail;

Expected<std::vector<ResolutionFork>> solveUniversal(DependencyProvider *provider, ResolveOptions options,
                                                    const std::vector<Requirement> &requirements, int maxForks)
{
    std::vector<ResolutionFork> done;
    std::vector<MarkerSet> pending{options.universe.value_or(MarkerSet::all())};
    const auto listener = options.listener;
    int solved = 0;
    while (!pending.empty()) {
        const MarkerSet environments = pending.front();
        pending.erase(pending.begin());
        if (++solved > maxForks) {
            Error e;
            e.code = ErrorCode::NoSolution;
            e.message = Tr::tr("the requirements split the environments into more than %1 parts").arg(maxForks);
            e.hint = Tr::tr("narrow requires-python, or give the packages that differ by environment one requirement");
            return std::unexpected(e);
        }
        ResolveOptions forkOptions = options;
        forkOptions.universe = environments;
        provider->setEnvironments(environments);
        PubGrubSolver solver(provider, forkOptions);
        auto solution = solver.solve(requirements);
        if (!solution) {
            Error e = solution.error();
            const std::string where = environments.toString(options.universe ? options.universe->pythonVersions()
                                                                              : VersionRange::full());
            if (e.code == ErrorCode::NoSolution && !where.empty())
                e.message = Tr::tr("For the environments where %1:\n").arg(QString::fromStdString(where)) + e.message;
            return std::unexpected(e);
        }
        if (!solution->forks.empty()) {
            if (listener) {
                ResolveEvent event;
                event.kind = ResolveEvent::Kind::Fork;
                event.message = solution->forkReason + ": solved apart for "
                                + std::to_string(solution->forks.size()) + " sets of environments";
                listener(event);
            }
            // Depth first, so that the parts of one split are solved one after the other.
            pending.insert(pending.begin(), solution->forks.begin(), solution->forks.end());
            continue;
        }
        // Later parts prefer what this one chose, so the parts agree wherever they can.
        for (const auto &[name, version] : solution->packages)
            options.preferences.try_emplace(name, version);
        done.push_back(ResolutionFork{environments, std::move(*solution)});
    }
    return done;
}

std::map<std::string, std::map<Version, MarkerSet>> whereNeeded(DependencyProvider *provider,
                                                                const std::vector<ResolutionFork> &forks,
                                                                const std::vector<Requirement> &requirements)
{
    std::map<std::string, std::map<Version, MarkerSet>> out;
    for (const ResolutionFork &fork : forks) {
        provider->setEnvironments(fork.environments);
        std::map<PackageId, MarkerSet> reach;
        std::vector<PackageId> work;
        const auto reached = [&](const PackageId &id, const MarkerSet &where) {
            if (where.isEmpty() || !fork.resolution.packages.contains(id.name))
                return;
            auto [it, added] = reach.try_emplace(id, where);
            if (!added) {
                if (where.implies(it->second))
                    return;
                it->second = it->second.unite(where);
            }
            work.push_back(id);
        };
        const auto follow = [&](const Requirement &req, const MarkerSet &from, const std::string &extra) {
            const MarkerSet where = req.hasMarker() ? MarkerSet::of(req.marker(), extra).intersect(from) : from;
            const std::string name = normalizePackageName(req.name());
            reached(PackageId{name, {}}, where);
            for (const std::string &e : req.extras())
                reached(PackageId{name, normalizePackageName(e)}, where);
        };
        for (const Requirement &req : requirements)
            follow(req, fork.environments, {});
        while (!work.empty()) {
            const PackageId id = work.back();
            work.pop_back();
            const MarkerSet from = reach.at(id);
            auto reqs = provider->requirements(id.name, fork.resolution.packages.at(id.name));
            if (!reqs)
                continue;
            for (const Requirement &req : *reqs)
                follow(req, from, id.extra);
        }
        for (const auto &[id, where] : reach) {
            if (!id.extra.empty())
                continue;
            MarkerSet &merged = out[id.name].try_emplace(fork.resolution.packages.at(id.name), MarkerSet::none())
                                    .first->second;
            merged = merged.unite(where);
        }
    }
    return out;
}

} // namespace Envdesk::Core
