#include "resolvejob.h"

#include "../pep/specifier.h"

#include "buildenv.h"

#include "../install/gitcheckout.h"
#include "../install/interpreters.h"
#include "../index/indexsetup.h"
#include "../pep/name.h"
#include "../project/pyproject.h"
#include "../resolve/indexprovider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <optional>
#include <set>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::ResolveJob)
};

ResolveOutcome failed(Error e)
{
    ResolveOutcome o;
    o.error = std::move(e);
    return o;
}

Error usageError(const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::InvalidConfig;
    e.message = message;
    e.hint = hint;
    return e;
}

// A direct source's metadata: read without a build when the source states it (a wheel's METADATA,
// a static [project] table), else from its build backend in an isolated environment made from
// `buildPython`.
Expected<DirectPackage> directMetadata(const DirectSource &source, const QString &buildPython,
                                       const ResolveRequest &request, IndexClient &client,
                                       const CancelToken &cancel)
{
    const QString cacheDir = client.cacheDirectory();
    if (source.kind == DirectSource::Kind::Url) {
        // The file, downloaded once (its hash is what the lock records), then read as a file.
        auto downloaded = std::make_shared<std::optional<Expected<QString>>>();
        client.downloadUnlisted(source.url, [downloaded](Expected<QString> path) { *downloaded = std::move(path); },
                                cancel);
        while (!*downloaded)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (!**downloaded) {
            Error e = (*downloaded)->error();
            e.message = Tr::tr("%1 (%2): %3").arg(QString::fromStdString(source.name), source.origin, e.message);
            return std::unexpected(e);
        }
        DirectSource file = source;
        file.kind = DirectSource::Kind::File;
        file.path = ***downloaded;
        auto package = directMetadata(file, buildPython, request, client, cancel);
        if (!package)
            return std::unexpected(package.error());
        package->source = source;
        return package;
    }
    if (source.kind == DirectSource::Kind::Git) {
        // The commit the revision names, checked out in the cache; then read as a folder.
        auto checkout = checkoutGit(source.url, source.rev, cacheDir, cancel.predicate());
        if (!checkout) {
            Error e = checkout.error();
            e.message = Tr::tr("%1 (%2): %3").arg(QString::fromStdString(source.name), source.origin, e.message);
            return std::unexpected(e);
        }
        DirectSource tree = source;
        tree.kind = DirectSource::Kind::Directory;
        tree.path = checkout->path
                    + (source.subdirectory.empty() ? QString()
                                                   : QLatin1Char('/') + QString::fromStdString(source.subdirectory));
        auto package = directMetadata(tree, buildPython, request, client, cancel);
        if (!package)
            return std::unexpected(package.error());
        package->source = source;
        package->commit = checkout->commit;
        return package;
    }
    auto known = staticMetadata(source);
    if (!known)
        return std::unexpected(known.error());
    if (*known)
        return std::move(**known);
    return builtMetadata(source, buildPython, request.projectFile, {}, cancel);
}

} // namespace

ResolveJob::ResolveJob(ResolveRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    m_request.cancel = m_request.cancel.child(); // cancel() and the destructor stop this job alone
    qRegisterMetaType<Envdesk::Core::ResolveEvent>();
    qRegisterMetaType<Envdesk::Core::IndexQuery>();
    qRegisterMetaType<Envdesk::Core::ResolveOutcome>();
}

ResolveJob::~ResolveJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ResolveJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        const ResolveOutcome outcome = run();
        Q_EMIT finished(outcome);
    });
    m_thread->setObjectName(QStringLiteral("envdesk-resolve"));
    m_thread->start();
}

void ResolveJob::cancel()
{
    m_request.cancel.cancel();
}

bool ResolveJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

ResolveOutcome ResolveJob::run()
{
    QElapsedTimer clock;
    clock.start();
    const ResolveRequest &r = m_request;

    std::vector<Requirement> requested;
    for (const std::string &text : r.requirements) {
        auto parsed = Requirement::parse(text);
        if (!parsed)
            return failed(parsed.error());
        requested.push_back(*parsed);
    }
    std::optional<PyProject> project;
    if (!r.projectFile.isEmpty() && QFileInfo::exists(r.projectFile)) {
        auto loaded = PyProject::load(r.projectFile);
        if (!loaded)
            return failed(loaded.error());
        project = std::move(*loaded);
    }
    if (requested.empty() && project) {
        for (const std::string &text : project->dependencies())
            requested.push_back(*Requirement::parse(text));
    }
    // A project without dependencies resolves to nothing (an empty lock, an empty environment).
    if (requested.empty() && (r.projectFile.isEmpty() || !QFileInfo::exists(r.projectFile)))
        return failed(usageError(Tr::tr("nothing to resolve"),
                                 Tr::tr("give requirements, or a project with dependencies")));

    // The target, and the interpreter folders and sdists are built with (the target's own, else
    // the python3 on PATH).
    QString buildPython = QStandardPaths::findExecutable(QStringLiteral("python3"));
    ResolveOutcome outcome;
    Expected<ResolveTarget> target = std::unexpected(Error{});
    outcome.platform = QString::fromStdString(r.platform);
    if (!r.pythonVersion.empty()) {
        target = ResolveTarget::forPython(r.pythonVersion, r.platform);
    } else {
        const QString path = !r.pythonPath.isEmpty()
                                 ? r.pythonPath
                                 : QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (path.isEmpty())
            return failed(usageError(Tr::tr("there is no python3 on PATH to resolve for"),
                                     Tr::tr("give a Python version (X.Y) or an interpreter")));
        auto info = probeInterpreterCached(path);
        if (!info)
            return failed(info.error());
        target = ResolveTarget::fromInterpreter(*info);
        buildPython = info->isVirtualEnvironment() ? baseInterpreterOf(info->prefix) : info->executable;
        outcome.platform = QString::fromStdString(info->tags.sysconfigPlatform);
    }
    if (!target)
        return failed(target.error());
    outcome.python = target->python.toString();
    outcome.markers = target->markers;

    // The indexes, with the project's credentials, TLS and proxies; clients of this thread.
    auto options
        = indexOptionsFromProject(r.projectFile, r.indexUrls, r.extraIndexUrls, r.indexStrategy);
    if (!options)
        return failed(options.error());
    options->refresh = r.refresh;
    options->offline = r.offline;
    IndexSession session(*options, r.projectFile);
    IndexClient &client = session.client;
    CredentialProvider &credentials = session.credentials;
    QObject::connect(&client, &IndexClient::queried, &client,
                     [this](const IndexQuery &q) { Q_EMIT indexQueried(q); });
    IndexProvider provider(&client, *target);
    // Packages from folders, files and repositories: their metadata before the solver starts.
    auto sources = directSources(project && r.projectSources ? &*project : nullptr, requested);
    if (!sources)
        return failed(sources.error());
    std::map<std::string, DirectPackage> direct;
    for (const auto &[name, source] : *sources) {
        // --no-build: nothing is built, so only a wheel file may come from a direct source.
        const bool wheel = (source.kind == DirectSource::Kind::File || source.kind == DirectSource::Kind::Url)
                           && (source.kind == DirectSource::Kind::File ? source.path : source.url.path())
                                  .endsWith(QLatin1String(".whl"), Qt::CaseInsensitive);
        if (!wheel && (r.noBuild.contains(":all:") || r.noBuild.contains(name))) {
            Error e;
            e.code = ErrorCode::NeedsBuild;
            e.message = Tr::tr("%1 comes from %2 (%3), which must be built, and --no-build forbids building it")
                            .arg(QString::fromStdString(name), source.describe(), source.origin);
            e.hint = Tr::tr("allow the build (drop --no-build for it), or point the source at a wheel");
            return failed(e);
        }
        auto package = directMetadata(source, buildPython, r, client, r.cancel);
        if (!package)
            return failed(package.error());
        direct.emplace(name, std::move(*package));
    }
    provider.setDirect(std::move(direct));
    // An index's sdist without a metadata file: its backend tells (built in isolation).
    provider.setSdistMetadata([&buildPython, &r](const std::string &project,
                                                                          const QString &sdist) {
        DirectSource source;
        source.kind = DirectSource::Kind::File;
        source.name = project;
        source.path = sdist;
        source.origin = Tr::tr("the index");
        return builtMetadata(source, buildPython, r.projectFile, {}, r.cancel);
    });
    provider.setFileFilter(FileFilter{r.excludeNewer, r.noBinary, r.onlyBinary, r.noBuild});
    provider.setRequested(requested);
    provider.setFirstMatch(options->strategy == IndexStrategy::UnsafeFirstMatch);
    provider.setCancelled(r.cancel.predicate());

    ResolveOptions resolveOptions;
    resolveOptions.environment = target->markers;
    resolveOptions.prerelease = r.prerelease;
    resolveOptions.resolution = r.resolution;
    for (const auto &[name, version] : r.preferences) {
        if (auto v = Version::parse(version))
            resolveOptions.preferences.insert_or_assign(normalizePackageName(name), *v);
    }
    resolveOptions.cancelled = r.cancel.predicate();
    int decided = 0;
    resolveOptions.listener = [this, &decided, &provider](const ResolveEvent &e) {
        Q_EMIT resolverEvent(e);
        if (e.kind == ResolveEvent::Kind::Decision) {
            ++decided;
            Q_EMIT progress(decided, provider.metadataFetches());
        }
    };
    // Universal mode: every environment of the project's requires-python (else from the
    // target's X.Y up), cut into forks where requirements differ between environments.
    std::optional<VersionRange> pythons;
    Expected<std::vector<ResolutionFork>> forks = std::vector<ResolutionFork>{};
    Expected<Resolution> solution = Resolution{};
    if (r.universal) {
        std::string requiresPython = project ? project->requiresPython() : std::string();
        if (requiresPython.empty())
            requiresPython = ">=" + std::to_string(target->python.release().at(0)) + "."
                             + std::to_string(target->python.release().size() > 1 ? target->python.release()[1] : 0);
        pythons = MarkerSet::pythonRangeOf(requiresPython);
        if (!pythons || pythons->isEmpty())
            return failed(usageError(Tr::tr("requires-python '%1' is not a range of Python versions")
                                         .arg(QString::fromStdString(requiresPython)),
                                     Tr::tr("write it as a PEP 440 specifier, e.g. >=3.9")));
        outcome.universal = true;
        outcome.python = requiresPython;
        outcome.platform = Tr::tr("every platform");
        provider.setUniversal(true);
        // uv's [tool.uv] environments: only the environments any of these markers allows.
        MarkerSet universe = MarkerSet::python(*pythons);
        if (!r.environments.empty()) {
            MarkerSet allowed;
            for (const std::string &text : r.environments) {
                auto marker = Marker::parse(text);
                if (!marker)
                    return failed(usageError(Tr::tr("environments: %1 is not a marker: %2")
                                                 .arg(QString::fromStdString(text), marker.error().message),
                                             Tr::tr("fix [tool.uv] environments in pyproject.toml")));
                allowed = allowed.unite(MarkerSet::of(*marker));
            }
            universe = universe.intersect(allowed);
            if (universe.isEmpty())
                return failed(usageError(Tr::tr("[tool.uv] environments allow no Python that requires-python '%1' allows")
                                             .arg(QString::fromStdString(requiresPython)),
                                         Tr::tr("widen requires-python or the environments")));
            outcome.environments = r.environments;
        }
        resolveOptions.universe = universe;
        forks = solveUniversal(&provider, resolveOptions, requested);
        if (!forks)
            solution = std::unexpected(forks.error());
    } else {
        PubGrubSolver solver(&provider, resolveOptions);
        solution = solver.solve(requested);
    }
    for (const QString &w : credentials.warnings())
        outcome.notes << w;
    // The metadata prefetched and still on its way: kept for the next resolution (a warm run then asks
    // the index nothing), waiting at most a fifth of a second.
    if (solution)
        provider.settlePrefetches(200);
    outcome.metadataFetches = provider.metadataFetches();
    outcome.elapsedMs = clock.elapsed();
    if (!solution) {
        outcome.error = solution.error();
        if (solution.error().code == ErrorCode::NoSolution) {
            for (const auto &[project, reasons] : provider.skipped()) {
                if (reasons.empty()
                    || !solution.error().message.contains(QString::fromStdString(project)))
                    continue;
                outcome.notes << Tr::tr("files of %1 left out: %2")
                                     .arg(QString::fromStdString(project))
                                     .arg(reasons.size());
                for (std::size_t i = 0; i < reasons.size() && i < 5; ++i)
                    outcome.notes << QStringLiteral("  ") + QString::fromStdString(reasons[i]);
            }
            const QString explanation = solution.error().message;
            // Explicit indexes serve only the packages pinned to them: a package missing
            // everywhere else may be on one. Their root listings say so (asked only now).
            std::optional<std::vector<std::pair<std::string, std::set<std::string>>>> explicitNames;
            const auto onExplicitIndex = [&](const std::string &project) -> std::string {
                if (!explicitNames) {
                    explicitNames.emplace();
                    for (const IndexSource &source : options->indexes) {
                        if (!source.isExplicit || source.flat)
                            continue;
                        std::optional<Expected<std::vector<std::string>>> listed;
                        QEventLoop loop;
                        client.rootListing(source, [&](Expected<std::vector<std::string>> names) {
                            listed = std::move(names);
                            loop.quit();
                        });
                        if (!listed)
                            loop.exec();
                        std::set<std::string> names;
                        if (*listed) {
                            for (const std::string &n : **listed)
                                names.insert(normalizePackageName(n));
                        }
                        explicitNames->emplace_back(source.name, std::move(names));
                    }
                }
                for (const auto &[index, names] : *explicitNames) {
                    if (names.count(normalizePackageName(project)))
                        return index;
                }
                return {};
            };
            for (const auto &[project, versions] : provider.listedVersionsByProject()) {
                const auto skipped = provider.skipped().find(project);
                if (!versions.empty() || (skipped != provider.skipped().end() && !skipped->second.empty())
                    || !explanation.contains(QString::fromStdString(project)))
                    continue;
                if (const std::string index = onExplicitIndex(project); !index.empty())
                    outcome.notes << Tr::tr("%1 is on the explicit index '%2', which serves only the packages pinned "
                                        "to it: pin it in [tool.uv.sources] (%1 = { index = \"%2\" })")
                                         .arg(QString::fromStdString(project), QString::fromStdString(index));
                else
                    outcome.notes << Tr::tr("%1 was not found on any index asked (-v shows each "
                                        "query); check its name, or the index it is on")
                                         .arg(QString::fromStdString(project));
            }
            // Prereleases the prerelease mode kept out: ones that would meet a requirement no final
            // release meets, else ones newer than every final release.
            if (r.prerelease != PrereleaseMode::Allow) {
                std::vector<Requirement> asked = requested;
                asked.insert(asked.end(), provider.seenRequirements().begin(), provider.seenRequirements().end());
                for (const auto &[project, versions] : provider.listedVersionsByProject()) {
                    if (!explanation.contains(QString::fromStdString(project)))
                        continue;
                    bool saidByRange = false;
                    for (const Requirement &req : asked) {
                        if (normalizePackageName(req.name()) != project)
                            continue;
                        std::optional<Version> pre;
                        bool finalMeets = false;
                        for (const Version &v : versions) {
                            if (!req.specifiers().contains(v, true))
                                continue;
                            if (v.isPrerelease())
                                pre = v;
                            else
                                finalMeets = true;
                        }
                        if (pre && !finalMeets) {
                            outcome.notes << Tr::tr("%1 has prereleases that would meet '%2' (newest: %3), which the "
                                                "prerelease mode left out; --prerelease allow, or a requirement "
                                                "that names one (%1>=%3), would consider them")
                                                 .arg(QString::fromStdString(project),
                                                      QString::fromStdString(req.toString()),
                                                      QString::fromStdString(pre->toString()));
                            saidByRange = true;
                            break;
                        }
                    }
                    if (saidByRange)
                        continue;
                    std::optional<Version> newestFinal, newestPre;
                    for (const Version &v : versions)
                        (v.isPrerelease() ? newestPre : newestFinal) = v;
                    if (newestPre && (!newestFinal || *newestFinal < *newestPre))
                        outcome.notes << Tr::tr("%1 has prereleases the prerelease mode left out "
                                            "(newest: %2); --prerelease allow, or a requirement "
                                            "that names one (%1>=%2), would consider them")
                                             .arg(QString::fromStdString(project),
                                                  QString::fromStdString(newestPre->toString()));
                }
            }
        }
        return outcome;
    }
    outcome.ok = true;
    outcome.decisions = solution->decisions;
    outcome.conflicts = solution->conflicts;
    const auto package = [&](const std::string &name, const Version &version, const MarkerSet *where) {
        ResolvedPackage p;
        p.name = name;
        p.version = version.toString();
        if (const DirectPackage *d = provider.direct(name)) {
            p.direct = *d;
        } else if (const AttributedFile *file = provider.fileFor(name, version)) {
            p.index = file->index;
            p.url = file->file.url;
            p.filename = file->file.filename;
            p.hashes = file->file.hashes;
            p.requiresPython = file->file.requiresPython;
            p.indexUrl = client.indexUrl(file->index);
            p.files = provider.filesFor(name, version);
        }
        if (auto reqs = provider.requirements(name, version)) {
            for (const Requirement &req : *reqs) {
                const bool applies
                    = !req.hasMarker()
                      || (where ? !MarkerSet::of(req.marker()).intersect(*where).isEmpty()
                                : req.marker().evaluate(target->markers).value_or(false));
                if (applies)
                    p.requires_.push_back(normalizePackageName(req.name()));
            }
        }
        return p;
    };
    if (!r.universal) {
        for (const auto &[name, version] : solution->packages) {
            ResolvedPackage p = package(name, version, nullptr);
            if (auto e = solution->extras.find(name); e != solution->extras.end())
                p.extras = e->second;
            outcome.packages.push_back(std::move(p));
        }
    } else {
        outcome.forks = int(forks->size());
        for (const ResolutionFork &fork : *forks) {
            outcome.decisions += fork.resolution.decisions;
            outcome.conflicts += fork.resolution.conflicts;
        }
        for (const auto &[name, versions] : whereNeeded(&provider, *forks, requested)) {
            for (const auto &[version, where] : versions) {
                provider.setEnvironments(where); // the files its lowest Python may use
                ResolvedPackage p = package(name, version, &where);
                // Needed in every environment resolved for: no marker.
                p.marker = where == *resolveOptions.universe ? std::string() : where.toString(*pythons);
                std::set<std::string> extras;
                for (const ResolutionFork &fork : *forks) {
                    const auto e = fork.resolution.extras.find(name);
                    const auto v = fork.resolution.packages.find(name);
                    if (e != fork.resolution.extras.end() && v != fork.resolution.packages.end() && v->second == version)
                        extras.insert(e->second.begin(), e->second.end());
                }
                p.extras.assign(extras.begin(), extras.end());
                outcome.packages.push_back(std::move(p));
            }
        }
    }
    outcome.elapsedMs = clock.elapsed();
    return outcome;
}

ResolveOutcome resolveAndWait(ResolveJob &job)
{
    std::optional<ResolveOutcome> outcome;
    QEventLoop loop;
    QObject::connect(&job, &ResolveJob::finished, &loop, [&](const ResolveOutcome &o) {
        outcome = o;
        loop.quit();
    });
    job.start();
    loop.exec();
    return *outcome;
}

PyLock lockFromOutcome(const ResolveOutcome &outcome, const std::vector<std::string> &requested,
                       const std::string &requiresPython, const QString &lockDir)
{
    auto written = [&](const QString &absolute) {
        return lockDir.isEmpty() ? absolute : QDir(lockDir).relativeFilePath(absolute);
    };
    PyLock lock;
    // A universal lock is for every environment of its requires-python (and of [tool.uv]
    // environments, named as the lock's `environments`).
    lock.universal = outcome.universal;
    if (!outcome.universal)
        lock.environments.push_back(environmentMarker(outcome.markers));
    else
        lock.environments = outcome.environments;
    lock.requiresPython = requiresPython;
    lock.requested = requested;
    for (const ResolvedPackage &p : outcome.packages) {
        LockedPackage locked;
        locked.name = normalizePackageName(p.name);
        locked.version = p.version;
        // As the resolution read it: its lower bounds (uv's rule), so that a PEP 751 installer
        // checking it selects what was resolved.
        locked.requiresPython = p.requiresPython;
        if (auto spec = SpecifierSet::parse(p.requiresPython); spec && !p.requiresPython.empty())
            locked.requiresPython = spec->lowerBounds().toString();
        locked.index = p.indexUrl;
        locked.dependencies = p.requires_;
        locked.marker = p.marker;
        if (p.direct) {
            const DirectSource &source = p.direct->source;
            if (source.kind == DirectSource::Kind::Git) {
                LockedPackage::Vcs vcs;
                vcs.url = source.url.adjusted(QUrl::RemoveUserInfo);
                vcs.requestedRevision = source.rev;
                vcs.commitId = p.direct->commit;
                vcs.subdirectory = source.subdirectory;
                locked.vcs = vcs;
            } else if (source.kind == DirectSource::Kind::Directory) {
                LockedPackage::Directory d;
                d.path = written(source.path);
                d.absolute = source.path;
                d.editable = source.editable;
                locked.directory = d;
            } else {
                LockedFile archive;
                archive.name = QFileInfo(source.kind == DirectSource::Kind::File ? source.path
                                                                                  : source.url.path())
                                   .fileName()
                                   .toStdString();
                if (source.kind == DirectSource::Kind::File) {
                    archive.path = written(source.path);
                    archive.url = QUrl::fromLocalFile(source.path);
                } else {
                    archive.url = source.url.adjusted(QUrl::RemoveUserInfo);
                }
                archive.size = p.direct->size;
                archive.hashes = p.direct->hashes;
                locked.archive = archive;
            }
            lock.packages.push_back(std::move(locked));
            continue;
        }
        std::vector<DistributionFile> files = p.files;
        if (files.empty() && !p.filename.empty()) {
            DistributionFile chosen;
            chosen.filename = p.filename;
            chosen.url = p.url;
            chosen.hashes = p.hashes;
            files.push_back(chosen);
        }
        for (const DistributionFile &f : files) {
            LockedFile file;
            file.name = f.filename;
            file.url = f.url;
            file.url.setUserInfo(QString());
            file.size = f.size;
            file.uploadTime = f.uploadTime;
            file.hashes = f.hashes;
            if (file.hashes.empty())
                continue; // a file that cannot be checked is not locked
            if (f.filename.ends_with(".whl"))
                locked.wheels.push_back(std::move(file));
            else if (!locked.sdist)
                locked.sdist = std::move(file);
        }
        lock.packages.push_back(std::move(locked));
    }
    return lock;
}

InstallPlan::Install installItemFor(const ResolvedPackage &p)
{
    InstallPlan::Install item;
    item.name = normalizePackageName(p.name);
    item.version = p.version;
    if (!p.direct) {
        item.file.file.filename = p.filename;
        item.file.file.url = p.url;
        item.file.file.hashes = p.hashes;
        item.file.index = p.index;
        return item;
    }
    const DirectSource &source = p.direct->source;
    if (source.kind == DirectSource::Kind::Git) {
        item.gitUrl = source.url;
        item.gitCommit = p.direct->commit;
        item.subdirectory = source.subdirectory;
        item.directUrlJson = vcsDirectUrlJson(source.url, source.rev, p.direct->commit, source.subdirectory);
        return item;
    }
    const QUrl url = source.kind == DirectSource::Kind::Url ? source.url : QUrl::fromLocalFile(source.path);
    if (source.kind == DirectSource::Kind::Directory) {
        item.buildFrom = source.path;
        item.editable = source.editable;
    } else {
        item.file.file.filename = QFileInfo(url.path()).fileName().toStdString();
        item.file.file.url = url;
        item.file.file.hashes = p.direct->hashes;
        item.file.file.size = p.direct->size;
    }
    item.directUrlJson = directUrlJson(url,
                                       source.kind == DirectSource::Kind::Directory,
                                       source.editable, p.direct->hashes);
    return item;
}

} // namespace Envdesk::Core
