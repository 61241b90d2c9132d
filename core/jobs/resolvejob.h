#pragma once

#include "../index/indexclient.h"
#include "../install/pylock.h"
#include "../install/sync.h"
#include "../resolve/directsource.h"
#include "../resolve/pubgrub.h"

#include <QObject>
#include <QStringList>

#include <QDateTime>

#include <atomic>
#include <set>
#include <memory>
#include <optional>

class QThread;

namespace Envdesk::Core {

/** What to resolve, as a plain value the GUI or the CLI fills in. */
struct ResolveRequest
{
    std::vector<std::string> requirements; ///< PEP 508 texts; empty: the project's dependencies
    QString projectFile;                   ///< pyproject.toml, or empty
    QStringList indexUrls;                 ///< --index-url (default index)
    QStringList extraIndexUrls;
    QString indexStrategy;
    std::string pythonVersion; ///< X.Y[.Z]; empty: probe `pythonPath` (or python3)
    std::string platform = "linux";
    QString pythonPath;
    PrereleaseMode prerelease = PrereleaseMode::IfNecessaryOrExplicit;
    ResolutionMode resolution = ResolutionMode::Highest;
    bool refresh = false;
    bool offline = false;
    QDateTime excludeNewer;         ///< ignore files uploaded later (invalid: no limit)
    std::set<std::string> noBinary; ///< normalized projects, or ":all:"
    std::set<std::string> onlyBinary;
    std::set<std::string> noBuild;  ///< normalized projects, or ":all:": their sdists are not used
    /// Universal resolution: one answer for every environment the project's requires-python
    /// allows (else every Python from the target's X.Y up), packages marked with where they apply.
    bool universal = false;
    /// Universal mode: uv's `[tool.uv] environments`, markers the resolution is limited to (any
    /// of them); empty: every environment.
    std::vector<std::string> environments;
    /// Versions to keep when they still fit (normalized name -> version): a lock's, minus the
    /// packages an upgrade was asked for.
    std::map<std::string, std::string> preferences;
    /// Stops the resolution (and any build of metadata it started) within 100 ms.
    CancelToken cancel;
    /// The project's folders, files and repositories ([tool.uv.sources] paths, URLs, git) are
    /// used; false: only its indexes and their settings (a build's requirements).
    bool projectSources = true;
};

/** One package of a resolution, with the file chosen for the target. */
struct ResolvedPackage
{
    std::string name;
    std::string version;
    std::string index;
    QUrl url; ///< redact before showing
    std::string filename;
    std::map<std::string, std::string> hashes;
    std::vector<std::string> requires_; ///< names of the requirements that apply to the target
    std::vector<std::string> extras;
    QUrl indexUrl; ///< the index's URL without user info; empty for a flat index or folder
    std::string requiresPython;              ///< the chosen file's, as the index gave it
    std::vector<DistributionFile> files;     ///< every usable file of this version, for a lock
    std::optional<DirectPackage> direct;     ///< from a folder, file or repository, not an index
    std::string marker; ///< universal mode: the environments it is needed in (empty: all)
};

/** The result: packages, or the explanation of why there are none, or an error. */
struct ResolveOutcome
{
    bool ok = false;
    std::vector<ResolvedPackage> packages;
    std::string python; ///< the target's Python version; universal mode: the range covered
    bool universal = false;
    std::vector<std::string> environments; ///< universal mode: the request's, for the lock
    int forks = 0;      ///< universal mode: the sets of environments solved apart
    QString platform;
    MarkerEnvironment markers; ///< the target's
    int decisions = 0;
    int conflicts = 0;
    int metadataFetches = 0;
    qint64 elapsedMs = 0;
    Error error;       ///< ErrorCode::NoSolution: message is the explanation
    QStringList notes; ///< files left out for packages the explanation names, warnings
};

/**
 * A resolution on a worker thread: its own HttpClient and IndexClient (a network manager
 * belongs to one thread), the solver, and the index provider. Signals reach the receiver's
 * thread (queued): every resolver event and index query for the live log, progress, and one
 * finished(). cancel() is safe from any thread and takes effect within 100 ms, even while waiting
 * for the network. The GUI and envdesk-cli resolve both use it.
 */
class ResolveJob : public QObject
{
    Q_OBJECT

public:
    explicit ResolveJob(ResolveRequest request, QObject *parent = nullptr);
    ~ResolveJob() override; ///< cancels and waits for the worker

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void resolverEvent(const Envdesk::Core::ResolveEvent &event);
    void indexQueried(const Envdesk::Core::IndexQuery &query);
    void progress(int decided, int metadataFetches);
    void finished(const Envdesk::Core::ResolveOutcome &outcome);

private:
    ResolveOutcome run(); ///< on the worker thread

    ResolveRequest m_request;
    QThread *m_thread = nullptr;
};

/** Starts `job` and waits for its outcome, running this thread's event loop meanwhile. */
ResolveOutcome resolveAndWait(ResolveJob &job);

/**
 * The lock file of a resolution (PEP 751): every package with every usable file of its version
 * (all platforms' wheels and the sdist, with hashes, sizes and upload times), its index, and
 * `environments` naming the environment it was resolved for. `requested` is what was asked for
 * (kept in [tool.envdesk]); `requiresPython` the project's. A package from a folder or file is
 * locked as a `directory` or `archive` whose path is relative to `lockDir` (absolute when it is
 * empty). No credentials: URLs lose their user info.
 */
PyLock lockFromOutcome(const ResolveOutcome &outcome, const std::vector<std::string> &requested,
                       const std::string &requiresPython, const QString &lockDir = {});

/**
 * How a resolved package is installed: its chosen wheel, its sdist to build, or (from a folder or a
 * file) the folder to build or the file, with PEP 610's direct_url.json. `replaces` and
 * `requested` are the caller's to fill.
 */
InstallPlan::Install installItemFor(const ResolvedPackage &p);

} // namespace Envdesk::Core
