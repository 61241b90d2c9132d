#pragma once

#include "pylock.h"
#include "wheel.h"

#include "../index/indexclient.h"
#include "../pep/interpreterprobe.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <set>

class QLockFile;

namespace Envdesk::Core {

/** A distribution found in an environment's site-packages (its `.dist-info` folder). */
struct InstalledDistribution
{
    std::string name; ///< normalized
    std::string version;
    QString distInfo;
};

/** Every `*.dist-info` in `sitePackages`, by name. */
std::vector<InstalledDistribution> installedDistributions(const QString &sitePackages);

/** What installing a resolution or syncing a lock will do to an environment. */
struct InstallPlan
{
    struct Install
    {
        std::string name; ///< normalized
        std::string version;
        AttributedFile file;    ///< the wheel to download (hash checked) and install
        std::string replaces;   ///< the installed version it replaces; empty: new
        bool requested = false; ///< asked for directly (REQUESTED)
        /// A source folder (a lock's `directory`) or an sdist file (an `archive` that is not a
        /// wheel) to build into the wheel that is installed; `file` is unused for a folder.
        QString buildFrom;
        bool editable = false; ///< build_editable (PEP 660) rather than build_wheel
        /// A git repository's commit, checked out (in the cache) and built; `subdirectory` is
        /// where the project sits in it.
        QUrl gitUrl;
        std::string gitCommit;
        std::string subdirectory;
        QString directUrlJson; ///< PEP 610, for a folder or a file that is not from an index
    };
    std::vector<Install> install;
    std::vector<InstalledDistribution> remove; ///< extraneous (sync only)
    std::vector<InstalledDistribution> keep;   ///< already at the wanted version

    bool isEmpty() const { return install.empty() && remove.empty(); }
    /** "+ a 1.0", "~ b 1.0 -> 2.0", "- c 3.0": one line per change, for --dry-run and the GUI. */
    QStringList lines() const;
};

/** PEP 610's direct_url.json for a folder (dir_info) or a file that is not from an index (archive_info). */
QString directUrlJson(const QUrl &url, bool folder, bool editable,
                      const std::map<std::string, std::string> &hashes);

/** PEP 610's direct_url.json for a git checkout (vcs_info). */
QString vcsDirectUrlJson(const QUrl &url, const std::string &requestedRevision,
                         const std::string &commit, const std::string &subdirectory);

/** The tools a seeded environment has; sync leaves them unless asked to remove them. */
const std::set<std::string> &seedPackages();

struct SyncOptions
{
    bool reinstall = false;          ///< install again what is already at the locked version
    bool removeSeed = false;         ///< remove pip, setuptools, wheel too when the lock lacks them
    std::set<std::string> requested; ///< names marked REQUESTED (the lock's direct requirements)
    /// PEP 751 selection: the dependency groups and extras to install (normalized names), for
    /// the lock's `'x' in dependency_groups` / `'x' in extras` markers.
    std::vector<std::string> groups;
    std::vector<std::string> extras;
    std::set<std::string> leaveOut; ///< names not to install (--no-install-project)
};

/**
 * The plan that makes an environment match a lock exactly: for each package whose marker applies,
 * the best wheel for the environment's tags; what is there at another version is replaced, what
 * the lock lacks is removed. A `directory` package is built (editable ones once: the source is
 * live; others again when pyproject.toml, setup.py or setup.cfg is newer than the installed copy);
 * an `archive` is installed from its file, built first when it is an sdist. Fails, naming the
 * package, when an index package has no wheel for this environment (its sdist is not built:
 * lock a version with a wheel); `client` maps the lock's index URLs to the configured indexes
 * (for their credentials, TLS and proxy).
 */
Expected<InstallPlan> planSync(const PyLock &lock, const MarkerEnvironment &env,
                               const std::vector<Tag> &tags, const QString &sitePackages,
                               const IndexClient &client, const SyncOptions &options);

struct ApplyOptions
{
    /// For folders and sdists: the base interpreter their isolated build environments are made
    /// from, and what installs the build requirements into one (resolved from the project's
    /// indexes). A plan with something to build fails without them, saying so.
    QString basePython;
    std::function<Expected<void>(const std::vector<std::string> &requirements,
                                 const QString &venvPath)>
        provisionBuild;
    /// The cache of unpacked wheels; empty: each wheel is installed from its archive.
    QString unpackedCacheDir;
    LinkMode linkMode = LinkMode::Hardlink;
    int threads = 0; ///< packages installed at once; 0: one per core
    /// Compile the installed modules to bytecode with the environment's interpreter afterwards
    /// (`compile-bytecode`, UV_COMPILE_BYTECODE, --compile-bytecode).
    bool compileBytecode = false;
    /// Stops the work: downloads in flight are aborted, a build's process group is killed (and a
    /// resolve of its build requirements stopped), no further package is installed; each package
    /// is installed whole or not at all. The result is then ErrorCode::Cancelled.
    CancelToken cancel;
};

/** One step of applyPlan as it happens, for the live log, progress and the command line. */
struct ApplyStep
{
    enum class Kind {
        Downloaded,  ///< a file fetched and checked against its hash
        Building,    ///< a build starts
        BuildOutput, ///< a line the build backend (or its environment's set-up) printed
        Built,
        Removed,   ///< counted: one change of the plan done
        Installed, ///< counted: one change of the plan done
        Note,      ///< anything else worth saying (bytecode that did not compile)
    };
    Kind kind = Kind::Note;
    std::string package; ///< normalized name; empty for a note
    QString text;        ///< the line as the command line prints it
    bool counts() const { return kind == Kind::Removed || kind == Kind::Installed; }
};

/**
 * The options from the settings of the project (`projectFile`, which may not exist: then the
 * user's and the environment's settings only): link-mode, compile-bytecode (also forced on by
 * `compileBytecode`, the command line's), the unpacked cache below `cacheDirectory`. Fails for
 * values envdesk does not support (link-mode symlink), naming where they were set.
 */
Expected<ApplyOptions> applyOptionsFromSettings(const QString &projectFile,
                                                const QString &cacheDirectory,
                                                bool compileBytecode = false);

/** A virtual environment's interpreter (probed, cached) and its site-packages. */
struct EnvironmentInfo
{
    InterpreterInfo interpreter;
    QString sitePackages;
};

/**
 * Checks that `venvPath` is a virtual environment (the error says how to make one) and probes its
 * interpreter: what install and sync need before they plan.
 */
Expected<EnvironmentInfo> inspectEnvironment(const QString &venvPath);

/**
 * Carries out a plan: downloads every wheel first (in parallel, each checked against its hash) and
 * builds every folder and sdist (PEP 517, one at a time, the backend's output to `progress`; any
 * failure stops here, with nothing in the environment changed), then removes the extraneous
 * and the replaced distributions (by their RECORD, never outside `venvPath`) and installs the
 * wheels, several at once, from the cache of unpacked wheels when there is one. `progress` gets
 * each step as it happens (on this thread, or one of the install threads: one at a time).
 * Returns the lines of what was done.
 */
Expected<QStringList> applyPlan(const InstallPlan &plan, IndexClient &client,
                                const QString &venvPath, const QString &sitePackages,
                                const ApplyOptions &options = {},
                                const std::function<void(const ApplyStep &)> &progress = {});

/**
 * One envdesk process at a time changes an environment: `<venv>/.envdesk/lock` (QLockFile). A
 * lock left by a process that died (kill -9) is taken over. Released when the object goes.
 */
class EnvironmentLock
{
public:
    explicit EnvironmentLock(QString venvPath);
    ~EnvironmentLock();

    /**
     * Waits up to `timeoutMs` for the lock; `waiting` is called once, with a message naming the
     * process that holds it, when it has to wait. The error names that process and the lock file.
     */
    Expected<void> acquire(int timeoutMs, const std::function<void(const QString &)> &waiting = {});

    /** ENVDESK_LOCK_TIMEOUT (seconds), else 300 s. */
    static int defaultTimeoutMs();

    /**
     * The lock for making the environment at `venvPath`, which does not exist yet and so cannot
     * hold its own lock: a file in the temporary folder named after the path, so that two
     * processes making the same environment take turns (the second finds it made).
     */
    static std::unique_ptr<EnvironmentLock> forCreation(const QString &venvPath);

private:
    QString m_venv;
    QString m_lockPath; ///< empty: `<venv>/.envdesk/lock`
    std::unique_ptr<QLockFile> m_lock;
};

/**
 * Undoes installs that were interrupted (the process killed between its first write and its
 * RECORD): every path the journal (`<venv>/.envdesk/journal/`) lists for them is removed, so the
 * package is simply not installed and the next plan installs it. Call it holding the
 * EnvironmentLock, before planning. Returns one line per package repaired.
 */
Expected<QStringList> repairInterruptedInstalls(const QString &venvPath,
                                                const QString &sitePackages);

/**
 * Before changing an environment: takes its lock (calling `say` when it has to wait) and undoes
 * interrupted installs (calling `say` for each). Keep `lock` alive while changing it.
 */
Expected<void> prepareEnvironment(EnvironmentLock &lock, const QString &venvPath,
                                  const QString &sitePackages,
                                  const std::function<void(const QString &)> &say);

} // namespace Envdesk::Core
