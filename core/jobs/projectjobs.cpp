#include "projectjobs.h"

#include "buildenv.h"

#include "../index/indexsetup.h"
#include "../install/lockinputs.h"
#include "../net/sha256.h"
#include "../pep/name.h"
#include "../pep/requirement.h"
#include "../pep/specifier.h"
#include "../pep/version.h"
#include "../project/pyproject.h"
#include "../project/settings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::ProjectJobs)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString defaultVenv(const QString &projectFile)
{
    return QFileInfo(projectFile).absoluteDir().filePath(QStringLiteral(".venv"));
}

QString venvPython(const QString &venv)
{
    return QDir(venv).filePath(QStringLiteral("bin/python"));
}

QString defaultLockPath(const QString &projectFile)
{
    return QFileInfo(projectFile).absoluteDir().filePath(QStringLiteral("pylock.toml"));
}

QByteArray fileFingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void say(const ProjectWorkObserver &o, Event::Level level, Event::Category category, const QString &text)
{
    if (o.note)
        o.note(level, category, text);
}

// Waits for a resolution on its worker, passing what it reports to `o` as it happens.
ResolveOutcome resolveWatched(const ResolveRequest &request, const ProjectWorkObserver &o)
{
    ResolveJob job(request);
    // Direct connections: called on the resolution's thread, in order, as it happens.
    if (o.resolverEvent)
        QObject::connect(&job, &ResolveJob::resolverEvent, o.resolverEvent);
    if (o.indexQueried)
        QObject::connect(&job, &ResolveJob::indexQueried, o.indexQueried);
    if (o.resolveProgress)
        QObject::connect(&job, &ResolveJob::progress, o.resolveProgress);
    return resolveAndWait(job);
}

// The installed distributions (`name-version.dist-info`), sorted.
QStringList distInfoFolders(const QString &sitePackages)
{
    return QDir(sitePackages).entryList({QStringLiteral("*.dist-info")}, QDir::Dirs | QDir::NoDotAndDotDot,
                                        QDir::Name);
}

} // namespace

Expected<ResolveRequest> resolveRequestForProject(const QString &projectFile,
                                                  const ResolveSettingOverrides &overrides)
{
    ResolveRequest request;
    request.projectFile = projectFile;
    SettingsInputs settingsInputs;
    if (QFileInfo::exists(projectFile))
        settingsInputs.projectDir = QFileInfo(projectFile).absolutePath();
    auto settings = resolveSettings(settingsInputs);
    if (!settings)
        return std::unexpected(settings.error());
    const QString prereleaseText = !overrides.prerelease.isEmpty()
                                       ? overrides.prerelease
                                       : qs(settings->find("prerelease")->value());
    const QString resolutionText = !overrides.resolution.isEmpty()
                                       ? overrides.resolution
                                       : qs(settings->find("resolution")->value());
    static const std::map<QString, PrereleaseMode> prereleaseModes{
        {QStringLiteral("disallow"), PrereleaseMode::Disallow},
        {QStringLiteral("allow"), PrereleaseMode::Allow},
        {QStringLiteral("if-necessary"), PrereleaseMode::IfNecessary},
        {QStringLiteral("explicit"), PrereleaseMode::Explicit},
        {QStringLiteral("if-necessary-or-explicit"), PrereleaseMode::IfNecessaryOrExplicit}};
    static const std::map<QString, ResolutionMode> resolutionModes{
        {QStringLiteral("highest"), ResolutionMode::Highest},
        {QStringLiteral("lowest"), ResolutionMode::Lowest},
        {QStringLiteral("lowest-direct"), ResolutionMode::LowestDirect}};
    if (!prereleaseModes.contains(prereleaseText))
        return fail(ErrorCode::InvalidConfig,
                    Tr::tr("--prerelease is disallow, allow, if-necessary, explicit or "
                       "if-necessary-or-explicit, not '%1'")
                        .arg(prereleaseText));
    if (!resolutionModes.contains(resolutionText))
        return fail(ErrorCode::InvalidConfig,
                    Tr::tr("--resolution is highest, lowest or lowest-direct, not '%1'").arg(resolutionText));
    const QString cutoff = !overrides.excludeNewer.isEmpty() ? overrides.excludeNewer
                                                             : qs(settings->find("exclude-newer")->value());
    if (!cutoff.isEmpty()) {
        QDateTime when = QDateTime::fromString(cutoff, Qt::ISODate);
        if (!when.isValid()) {
            const QDate day = QDate::fromString(cutoff, Qt::ISODate);
            if (day.isValid())
                when = day.startOfDay(Qt::UTC);
        }
        if (!when.isValid())
            return fail(ErrorCode::InvalidConfig,
                        Tr::tr("exclude-newer '%1' is not a date (2024-05-01) or a time (2024-05-01T12:00:00Z)")
                            .arg(cutoff));
        request.excludeNewer = when;
    }
    request.prerelease = prereleaseModes.at(prereleaseText);
    request.resolution = resolutionModes.at(resolutionText);
    if (const Setting *environments = settings->find("environments")) {
        for (const SettingItem &item : environments->items)
            request.environments.push_back(item.value);
    }
    return request;
}

Expected<LockResult> lockProject(const LockRequest &lockRequest, const ProjectWorkObserver &observer)
{
    const QString &projectFile = lockRequest.projectFile;
    if (!QFileInfo::exists(projectFile))
        return fail(ErrorCode::InvalidProject, Tr::tr("there is no pyproject.toml at %1").arg(projectFile),
                    Tr::tr("run it in a project folder, or give --project DIR"));
    auto project = PyProject::load(projectFile);
    if (!project)
        return std::unexpected(project.error());
    const QString lockPath = lockRequest.lockPath.isEmpty() ? defaultLockPath(projectFile) : lockRequest.lockPath;
    ResolveRequest request = lockRequest.resolve;
    request.projectFile = projectFile;
    if (request.pythonPath.isEmpty() && request.pythonVersion.empty()) {
        // The project's environment, or the interpreter `venv` would give it.
        if (QFileInfo::exists(venvPython(defaultVenv(projectFile)))) {
            request.pythonPath = venvPython(defaultVenv(projectFile));
        } else {
            auto chosen = chooseInterpreter({}, projectFile);
            if (!chosen)
                return std::unexpected(chosen.error());
            request.pythonPath = chosen->executable;
        }
    }
    // The dependencies, every group and every extra, resolved together (uv's way).
    const auto inputs = LockInputs::of(*project, QFileInfo(lockPath).absolutePath());
    if (!inputs)
        return std::unexpected(inputs.error());
    request.requirements = inputs->requirements;
    // The current lock: its versions are preferences, and what changed is said against it.
    std::optional<PyLock> previous;
    QByteArray previousText;
    if (QFileInfo::exists(lockPath)) {
        QFile file(lockPath);
        if (file.open(QIODevice::ReadOnly))
            previousText = file.readAll();
        auto read = PyLock::parse(previousText.toStdString(), lockPath);
        if (read)
            previous = *read;
        else
            say(observer, Event::Level::Warning, Event::Category::Lock,
                Tr::tr("the current lock cannot be read, so nothing of it is kept: %1").arg(read.error().toString()));
    }
    // A lock for every environment stays one.
    if (previous && previous->universal)
        request.universal = true;
    if (previous && !lockRequest.upgrade) {
        for (const LockedPackage &p : previous->packages) {
            if (!lockRequest.upgradePackages.contains(p.name))
                request.preferences.insert_or_assign(p.name, p.version);
        }
    }

    LockResult result;
    result.lockPath = lockPath;
    result.outcome = resolveWatched(request, observer);
    if (!result.outcome.ok)
        return result;
    PyLock lock = lockFromOutcome(result.outcome, inputs->requested, project->requiresPython(),
                                  QFileInfo(lockPath).absolutePath());
    inputs->mark(lock);
    for (const LockedPackage &p : lock.packages) {
        if (!p.sdist && p.wheels.empty() && !p.directory && !p.archive && !p.vcs)
            return fail(ErrorCode::InvalidIndexResponse,
                        Tr::tr("%1 %2: the index listed no file with a hash, so it cannot be locked")
                            .arg(qs(p.name), qs(p.version)),
                        Tr::tr("ask the index's administrators to publish hashes (PEP 503 #sha256=)"));
    }
    const std::string text = lock.toToml();
    result.diff = previous ? diffLocks(*previous, lock) : diffLocks(PyLock{}, lock);
    result.current = previousText == QByteArray::fromStdString(text);
    if (lockRequest.write && !result.current) {
        if (auto written = lock.write(lockPath); !written)
            return std::unexpected(written.error());
        result.written = true;
    }
    result.lock = std::move(lock);
    return result;
}

QByteArray environmentFingerprint(const QString &sitePackages)
{
    return QCryptographicHash::hash(distInfoFolders(sitePackages).join(QLatin1Char('\n')).toUtf8(),
                                    QCryptographicHash::Sha256);
}

Expected<SyncPlan> planProjectSync(const SyncRequest &request, const ProjectWorkObserver &observer,
                                   std::unique_ptr<EnvironmentLock> *held,
                                   std::optional<LockResult> *lockFailed)
{
    const QString &projectFile = request.projectFile;
    const bool hasProject = QFileInfo::exists(projectFile);
    SyncPlan result;
    result.projectFile = projectFile;
    result.lockPath = !request.lockPath.isEmpty() ? QFileInfo(request.lockPath).absoluteFilePath()
                                                  : defaultLockPath(projectFile);
    result.venvPath = !request.venvPath.isEmpty() ? QFileInfo(request.venvPath).absoluteFilePath()
                                                  : defaultVenv(projectFile);
    result.compileBytecode = request.compileBytecode;
    const QString &lockPath = result.lockPath;
    const QString &venvPath = result.venvPath;
    // The project's own .venv is made when there is none yet, as uv does (with the interpreter
    // `venv` would choose); an environment named with --venv must exist.
    if (request.venvPath.isEmpty() && hasProject
        && !QFileInfo::exists(QDir(venvPath).filePath(QStringLiteral("pyvenv.cfg")))) {
        if (request.planOnly)
            return fail(ErrorCode::InvalidProject,
                        Tr::tr("%1 has no environment yet: envdesk-cli sync (without --dry-run) creates %2 first")
                            .arg(QDir::toNativeSeparators(QFileInfo(projectFile).absolutePath()),
                                 QDir::toNativeSeparators(venvPath)));
        // Two first syncs at once: one makes it, the other waits and finds it made.
        const std::unique_ptr<EnvironmentLock> creating = EnvironmentLock::forCreation(venvPath);
        if (auto taken = creating->acquire(EnvironmentLock::defaultTimeoutMs(), [&](const QString &line) {
                say(observer, Event::Level::Info, Event::Category::Environment, line);
            });
            !taken)
            return std::unexpected(taken.error());
        if (!QFileInfo::exists(QDir(venvPath).filePath(QStringLiteral("pyvenv.cfg")))) {
            auto base = chooseInterpreter({}, projectFile);
            if (!base)
                return std::unexpected(base.error());
            auto created = createVirtualEnvironment(venvPath, *base, {});
            if (!created)
                return std::unexpected(created.error());
            say(observer, Event::Level::Info, Event::Category::Environment,
                Tr::tr("Created %1 with %2 %3 (%4)")
                    .arg(created->path, qs(base->implementation), qs(base->version), base->executable));
            say(observer, Event::Level::Info, Event::Category::Environment,
                Tr::tr("Activate it with: source %1/bin/activate").arg(created->path));
        }
    }
    auto environment = inspectEnvironment(venvPath);
    if (!environment)
        return std::unexpected(environment.error());
    const InterpreterInfo *info = &environment->interpreter;
    result.sitePackages = environment->sitePackages;
    // One envdesk at a time in an environment, for the whole sync (its locking included); what a
    // killed run left half-done is undone (a plan to look at changes nothing, so it neither waits
    // nor repairs).
    if (!request.planOnly && held) {
        *held = std::make_unique<EnvironmentLock>(venvPath);
        auto prepared = prepareEnvironment(**held, venvPath, result.sitePackages, [&](const QString &line) {
            say(observer, Event::Level::Info, Event::Category::Install, line);
        });
        if (!prepared)
            return std::unexpected(prepared.error());
    }
    result.lockFingerprint = fileFingerprint(lockPath);
    // The lock first, when the project's dependencies are not what it was made from, or it was
    // made for another environment (another Python, platform).
    std::optional<PyLock> lock;
    if (!request.frozen && request.lockPath.isEmpty() && hasProject) {
        auto project = PyProject::load(projectFile);
        if (!project)
            return std::unexpected(project.error());
        Expected<PyLock> existing = QFileInfo::exists(lockPath) ? PyLock::read(lockPath)
                                                                : Expected<PyLock>(std::unexpected(Error{}));
        const bool otherEnvironment = existing && !existing->checkEnvironment(info->markers, lockPath);
        const auto inputs = LockInputs::of(*project);
        if (!inputs)
            return std::unexpected(inputs.error());
        if (!existing || existing->requested != inputs->requested || otherEnvironment) {
            if (request.locked)
                return fail(ErrorCode::LockOutdated,
                            otherEnvironment ? Tr::tr("%1 was made for another environment than %2; run envdesk-cli "
                                                  "lock, or sync without --locked")
                                                   .arg(lockPath, venvPath)
                                             : Tr::tr("%1 does not match the dependencies of %2; run envdesk-cli lock, "
                                                  "or sync without --locked")
                                                   .arg(lockPath, projectFile));
            if (otherEnvironment)
                say(observer, Event::Level::Warning, Event::Category::Lock,
                    Tr::tr("%1 was made for another environment; locking for %2 (%3)")
                        .arg(lockPath, venvPath, qs(environmentMarker(info->markers))));
            LockRequest lockRequest;
            lockRequest.projectFile = projectFile;
            lockRequest.lockPath = lockPath;
            lockRequest.resolve = request.resolve;
            lockRequest.resolve.pythonPath = venvPython(venvPath);
            lockRequest.resolve.pythonVersion.clear();
            lockRequest.write = false; // apply writes it: what is approved is what is written
            auto made = lockProject(lockRequest, observer);
            if (!made)
                return std::unexpected(made.error());
            if (!made->ok()) {
                if (lockFailed)
                    *lockFailed = *made;
                return std::unexpected(made->outcome.error);
            }
            lock = made->lock;
            result.locked = std::move(*made);
        }
    }
    if (!lock) {
        auto read = PyLock::read(lockPath);
        if (!read)
            return std::unexpected(read.error());
        lock = std::move(*read);
    }
    if (auto fits = lock->checkEnvironment(info->markers, lockPath); !fits)
        return std::unexpected(fits.error());

    // The indexes of the project: their credentials, TLS and proxies apply to the downloads.
    auto options = indexOptionsFromProject(hasProject ? projectFile : QString(), {}, {}, {});
    if (!options)
        return std::unexpected(options.error());
    IndexSession session(*options, hasProject ? projectFile : QString());
    SyncOptions syncOptions;
    syncOptions.reinstall = request.reinstall;
    syncOptions.removeSeed = request.removeSeed;
    for (const std::string &text : lock->requested) {
        if (auto r = Requirement::parse(text))
            syncOptions.requested.insert(normalizePackageName(r->name()));
    }
    // Which groups and extras (PEP 751's dependency_groups and extras): the lock's default
    // groups, changed by the choice, each name checked against what the lock has.
    const PyLock &l = *lock;
    auto known = [&](const std::vector<std::string> &have, const QString &name,
                     bool isGroup) -> Expected<std::string> {
        const std::string n = normalizePackageName(name.toStdString());
        if (std::find(have.begin(), have.end(), n) != have.end())
            return n;
        QStringList list;
        for (const std::string &h : have)
            list << qs(h);
        const QString listed = list.isEmpty() ? Tr::tr("none") : list.join(QStringLiteral(", "));
        return fail(ErrorCode::InvalidConfig, (isGroup ? Tr::tr("%1 has no dependency group '%2' (it has: %3)")
                                                       : Tr::tr("%1 has no extra '%2' (it has: %3)"))
                                                  .arg(lockPath, name, listed));
    };
    const GroupChoice &choice = request.choice;
    std::vector<std::string> groups = choice.noDefaultGroups ? std::vector<std::string>() : l.defaultGroups;
    if (choice.allGroups)
        groups = l.dependencyGroups;
    for (const QString &g : choice.groups) {
        auto n = known(l.dependencyGroups, g, true);
        if (!n)
            return std::unexpected(n.error());
        if (std::find(groups.begin(), groups.end(), *n) == groups.end())
            groups.push_back(*n);
    }
    if (choice.noDev)
        std::erase(groups, std::string("dev"));
    for (const QString &g : choice.noGroups)
        std::erase(groups, normalizePackageName(g.toStdString()));
    std::vector<std::string> extras = choice.allExtras ? l.extras : std::vector<std::string>();
    for (const QString &x : choice.extras) {
        auto n = known(l.extras, x, false);
        if (!n)
            return std::unexpected(n.error());
        if (std::find(extras.begin(), extras.end(), *n) == extras.end())
            extras.push_back(*n);
    }
    syncOptions.groups = groups;
    syncOptions.extras = extras;
    if (choice.noInstallProject && hasProject) {
        if (auto project = PyProject::load(projectFile))
            syncOptions.leaveOut.insert(normalizePackageName(project->name()));
    }
    auto plan = planSync(*lock, info->markers, info->supportedTags(), result.sitePackages, session.client,
                         syncOptions);
    if (!plan)
        return std::unexpected(plan.error());
    result.plan = std::move(*plan);
    result.lock = std::move(*lock);
    result.environmentFingerprint = environmentFingerprint(result.sitePackages);
    return result;
}

Expected<QStringList> applyProjectSync(const SyncPlan &plan, const ProjectWorkObserver &observer,
                                       const CancelToken &cancel, EnvironmentLock *held)
{
    std::unique_ptr<EnvironmentLock> own;
    if (!held) {
        own = std::make_unique<EnvironmentLock>(plan.venvPath);
        if (auto taken = own->acquire(EnvironmentLock::defaultTimeoutMs(), [&](const QString &line) {
                say(observer, Event::Level::Info, Event::Category::Install, line);
            });
            !taken)
            return std::unexpected(taken.error());
        auto repaired = repairInterruptedInstalls(plan.venvPath, plan.sitePackages);
        if (!repaired)
            return std::unexpected(repaired.error());
        for (const QString &line : *repaired)
            say(observer, Event::Level::Warning, Event::Category::Install, line);
    }
    // What was approved is what is done: a plan made from another lock or environment is refused.
    if (fileFingerprint(plan.lockPath) != plan.lockFingerprint)
        return fail(ErrorCode::FileChanged,
                    Tr::tr("%1 changed after this sync was planned; nothing was changed").arg(plan.lockPath),
                    Tr::tr("plan the sync again to see what it would do now"));
    if (environmentFingerprint(plan.sitePackages) != plan.environmentFingerprint)
        return fail(ErrorCode::FileChanged,
                    Tr::tr("the environment %1 changed after this sync was planned; nothing was changed")
                        .arg(plan.venvPath),
                    Tr::tr("plan the sync again to see what it would do now"));
    if (plan.locked && !plan.locked->current) {
        if (auto written = plan.lock.write(plan.lockPath); !written)
            return std::unexpected(written.error());
    }
    if (plan.isEmpty())
        return QStringList();
    const bool hasProject = QFileInfo::exists(plan.projectFile);
    auto options = indexOptionsFromProject(hasProject ? plan.projectFile : QString(), {}, {}, {});
    if (!options)
        return std::unexpected(options.error());
    IndexSession session(*options, hasProject ? plan.projectFile : QString());
    auto applyOptions = applyOptionsFromSettings(plan.projectFile, session.client.cacheDirectory(),
                                                 plan.compileBytecode);
    if (!applyOptions)
        return std::unexpected(applyOptions.error());
    applyOptions->cancel = cancel;
    // Folders and sdists are built with the environment's base interpreter; their build
    // requirements come from the project's indexes.
    applyOptions->basePython = baseInterpreterOf(plan.venvPath);
    applyOptions->provisionBuild = [projectFile = plan.projectFile, observer, cancel](
                                       const std::vector<std::string> &requirements, const QString &buildVenv) {
        return installBuildRequirements(
            requirements, buildVenv, projectFile,
            [observer](const QString &line) {
                if (observer.step)
                    observer.step(ApplyStep{ApplyStep::Kind::BuildOutput, {}, QStringLiteral("build environment: ") + line});
            },
            cancel);
    };
    return applyPlan(plan.plan, session.client, plan.venvPath, plan.sitePackages, *applyOptions, observer.step);
}

namespace {

// The observer a job gives the work: everything becomes an Event.
ProjectWorkObserver eventsOf(const std::function<void(const Event &)> &emit, int total = -1)
{
    ProjectWorkObserver o;
    o.resolverEvent = [emit](const ResolveEvent &e) { emit(Event::of(e)); };
    o.indexQueried = [emit](const IndexQuery &q) {
        if (q.certificateByCommonName)
            emit(Event::make(Event::Level::Warning, Event::Category::Index, q.certificateWarning(), q.project, q.index));
        emit(Event::of(q));
    };
    o.note = [emit](Event::Level level, Event::Category category, const QString &text) {
        emit(Event::make(level, category, text));
    };
    auto done = std::make_shared<std::atomic_int>(0);
    o.step = [emit, done, total](const ApplyStep &step) {
        static const Event::Category categories[] = {Event::Category::Download, Event::Category::Build,
                                                     Event::Category::Build,    Event::Category::Build,
                                                     Event::Category::Install,  Event::Category::Install,
                                                     Event::Category::Install};
        Event e = Event::make(step.kind == ApplyStep::Kind::BuildOutput ? Event::Level::Debug : Event::Level::Info,
                              categories[int(step.kind)], step.text, step.package);
        if (step.counts()) {
            e.done = ++*done;
            e.total = total;
        }
        emit(e);
    };
    return o;
}

} // namespace

LockJob::LockJob(LockRequest request, QObject *parent)
    : Job(request.resolve.cancel, parent)
    , m_request(std::move(request))
{
    m_request.resolve.cancel = m_cancel;
}

LockJob::~LockJob()
{
    stopAndWait();
}

void LockJob::run()
{
    m_result = lockProject(m_request, eventsOf([this](const Event &e) { emitEvent(e); }));
}

SyncPlanJob::SyncPlanJob(SyncRequest request, QObject *parent)
    : Job(request.resolve.cancel, parent)
    , m_request(std::move(request))
{
    m_request.resolve.cancel = m_cancel;
    m_request.planOnly = true;
}

SyncPlanJob::~SyncPlanJob()
{
    stopAndWait();
}

void SyncPlanJob::run()
{
    m_result = planProjectSync(m_request, eventsOf([this](const Event &e) { emitEvent(e); }), nullptr, &m_failedLock);
}

ApplyJob::ApplyJob(SyncPlan plan, QObject *parent)
    : Job(CancelToken(), parent)
    , m_plan(std::move(plan))
{}

ApplyJob::~ApplyJob()
{
    stopAndWait();
}

void ApplyJob::run()
{
    const int total = int(m_plan.plan.install.size() + m_plan.plan.remove.size());
    m_result = applyProjectSync(m_plan, eventsOf([this](const Event &e) { emitEvent(e); }, total), m_cancel);
}

VenvJob::VenvJob(VenvRequest request, QObject *parent)
    : Job(CancelToken(), parent)
    , m_request(std::move(request))
{}

VenvJob::~VenvJob()
{
    stopAndWait();
}

void VenvJob::run()
{
    auto base = chooseInterpreter(m_request.python, m_request.projectFile);
    if (!base) {
        m_result = std::unexpected(base.error());
        return;
    }
    m_interpreter = *base;
    m_result = createVirtualEnvironment(m_request.path, *base, m_request.options);
    if (m_result)
        emitEvent(Event::make(Event::Level::Info, Event::Category::Environment,
                              Tr::tr("Created %1 with %2 %3 (%4)")
                                  .arg(m_result->path, qs(base->implementation), qs(base->version), base->executable)));
}

} // namespace Envdesk::Core
