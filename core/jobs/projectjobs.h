#pragma once

#include "job.h"
#include "resolvejob.h"

#include "../install/interpreters.h"
#include "../install/pylock.h"
#include "../install/sync.h"
#include "../install/venv.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <optional>
#include <set>

namespace Envdesk::Core {

class EnvironmentLock;
class PyProject;

/**
 * What a lock, a sync plan and an apply report while they run, as they happen (on the thread that
 * runs them, or the resolution's): the CLI prints these as it always has, the jobs turn them into
 * Events. Every member may be empty.
 */
struct ProjectWorkObserver
{
    std::function<void(const ResolveEvent &)> resolverEvent;
    std::function<void(const IndexQuery &)> indexQueried;
    std::function<void(int decided, int metadataFetches)> resolveProgress;
    std::function<void(const ApplyStep &)> step;
    /// Anything else worth saying (a lock that cannot be read, an environment made, a repair).
    std::function<void(Event::Level, Event::Category, const QString &)> note;
};

/** The settings a resolution takes from the project's and the user's configuration. */
struct ResolveSettingOverrides
{
    QString prerelease; ///< empty: from the settings (UV_PRERELEASE, [tool.uv] prerelease, …)
    QString resolution;
    QString excludeNewer;
};

/**
 * A resolve request for the project at `projectFile` (which may not exist), with the prerelease
 * and resolution modes, exclude-newer and `[tool.uv] environments` of its layered settings, each
 * replaced by `overrides` where given. Errors name the value and where it was set.
 */
Expected<ResolveRequest> resolveRequestForProject(const QString &projectFile,
                                                  const ResolveSettingOverrides &overrides = {});

/** What to lock. */
struct LockRequest
{
    QString projectFile;
    QString lockPath; ///< empty: pylock.toml beside the project
    /// The target and modes (its requirements are the project's; filled in). No interpreter and no
    /// version: the project's .venv, else the interpreter `venv` would choose.
    ResolveRequest resolve;
    bool upgrade = false;                   ///< ignore the versions in the current lock
    std::set<std::string> upgradePackages;  ///< ignore the current lock's version of these
    bool write = true;                      ///< false: a dry run or a check, nothing written
};

/** A lock made. A resolution that found no solution (or failed) is `outcome`, not an Error. */
struct LockResult
{
    ResolveOutcome outcome; ///< !outcome.ok: outcome.error says why (NoSolution: the explanation)
    QString lockPath;
    PyLock lock;
    LockDiff diff;        ///< against the lock there was (everything added when there was none)
    bool current = false; ///< the file already holds exactly this lock
    bool written = false;
    bool ok() const { return outcome.ok; }
};

/** Locks synchronously, on this thread (it waits for a resolution on a worker). */
Expected<LockResult> lockProject(const LockRequest &request, const ProjectWorkObserver &observer = {});

/** Which dependency groups and extras a sync installs, as uv's options say it. */
struct GroupChoice
{
    std::vector<QString> groups;   ///< --group
    std::vector<QString> noGroups; ///< --no-group
    bool allGroups = false;
    bool noDev = false;
    bool noDefaultGroups = false;
    std::vector<QString> extras;
    bool allExtras = false;
    bool noInstallProject = false;
};

/** What to sync. */
struct SyncRequest
{
    QString projectFile;
    QString venvPath; ///< empty: .venv beside the project (made when missing, unless planOnly)
    QString lockPath; ///< set: sync this lock as it is (no locking first)
    bool frozen = false; ///< sync the lock as it is, without locking first
    bool locked = false; ///< fail instead of locking when the lock does not match the project
    bool reinstall = false;
    bool removeSeed = false;
    bool compileBytecode = false;
    /// A plan to look at (--dry-run, the window's preview): no environment is made, nothing is
    /// waited for or repaired, no lock written.
    bool planOnly = false;
    GroupChoice choice;
    /// The modes of a lock made first (its interpreter is the environment's).
    ResolveRequest resolve;
};

/**
 * The plan a sync carries out, as a value the user can approve: the lock it came from (made first
 * when the project had changed: then written by apply), each install, replace, remove and build
 * step, and fingerprints of the lock file and of the environment as they were when it was made, so
 * that applying a plan that has gone stale is refused.
 */
struct SyncPlan
{
    QString projectFile;
    QString venvPath;
    QString lockPath;
    QString sitePackages;
    PyLock lock;
    std::optional<LockResult> locked; ///< the lock made first, to be written by apply
    InstallPlan plan;
    QByteArray lockFingerprint;        ///< of the lock file's bytes when planned (empty: none)
    QByteArray environmentFingerprint; ///< of the installed distributions when planned
    bool compileBytecode = false;

    bool isEmpty() const { return plan.isEmpty(); }
};

/** The installed distributions of `sitePackages`, as a fingerprint (what apply compares). */
QByteArray environmentFingerprint(const QString &sitePackages);

/**
 * Plans a sync synchronously. With planOnly false the environment is made when missing, its lock
 * taken (into `held`, which the caller keeps until apply) and interrupted installs undone first.
 * `lockFailed` receives a lock that found no solution (then the result is that lock's error).
 */
Expected<SyncPlan> planProjectSync(const SyncRequest &request, const ProjectWorkObserver &observer,
                                   std::unique_ptr<EnvironmentLock> *held = nullptr,
                                   std::optional<LockResult> *lockFailed = nullptr);

/**
 * Carries out an approved plan, without resolving again: refuses (ErrorCode::FileChanged, nothing
 * changed) when the lock file or the environment is no longer what the plan was made from; writes
 * the plan's new lock, if any, then downloads, builds and installs. `held`: the environment's lock
 * when the caller holds it already. Returns the lines of what was done.
 */
Expected<QStringList> applyProjectSync(const SyncPlan &plan, const ProjectWorkObserver &observer,
                                       const CancelToken &cancel, EnvironmentLock *held = nullptr);

/** A lock on a worker thread. */
class LockJob : public Job
{
    Q_OBJECT

public:
    explicit LockJob(LockRequest request, QObject *parent = nullptr);
    ~LockJob() override;
    /** After finished(). */
    const Expected<LockResult> &result() const { return m_result; }

protected:
    void run() override;

private:
    LockRequest m_request;
    Expected<LockResult> m_result = std::unexpected(Error{});
};

/** A sync plan on a worker thread (planOnly is forced: a plan to approve). */
class SyncPlanJob : public Job
{
    Q_OBJECT

public:
    explicit SyncPlanJob(SyncRequest request, QObject *parent = nullptr);
    ~SyncPlanJob() override;
    const Expected<SyncPlan> &result() const { return m_result; }
    /** A lock that found no solution, when that is why there is no plan. */
    const std::optional<LockResult> &failedLock() const { return m_failedLock; }

protected:
    void run() override;

private:
    SyncRequest m_request;
    Expected<SyncPlan> m_result = std::unexpected(Error{});
    std::optional<LockResult> m_failedLock;
};

/** An approved plan carried out on a worker thread; Install and Removed steps are counted. */
class ApplyJob : public Job
{
    Q_OBJECT

public:
    explicit ApplyJob(SyncPlan plan, QObject *parent = nullptr);
    ~ApplyJob() override;
    const Expected<QStringList> &result() const { return m_result; }

protected:
    void run() override;

private:
    SyncPlan m_plan;
    Expected<QStringList> m_result = std::unexpected(Error{});
};

/** A virtual environment made on a worker thread. */
struct VenvRequest
{
    QString path;
    QString python;      ///< a path or a version; empty: what the project's requires-python admits
    QString projectFile; ///< may be empty
    VenvOptions options;
};

class VenvJob : public Job
{
    Q_OBJECT

public:
    explicit VenvJob(VenvRequest request, QObject *parent = nullptr);
    ~VenvJob() override;
    const Expected<VirtualEnvironment> &result() const { return m_result; }
    const InterpreterInfo &interpreter() const { return m_interpreter; }

protected:
    void run() override;

private:
    VenvRequest m_request;
    InterpreterInfo m_interpreter;
    Expected<VirtualEnvironment> m_result = std::unexpected(Error{});
};

} // namespace Envdesk::Core
