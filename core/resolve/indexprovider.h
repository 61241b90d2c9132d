#pragma once

#include "directsource.h"
#include "pubgrub.h"

#include "../index/indexclient.h"
#include "../pep/interpreterprobe.h"
#include "../pep/tag.h"

#include <QDateTime>

#include <map>
#include <set>

namespace Envdesk::Core {

/** The environment a resolution is for: markers, supported wheel tags, the Python version. */
struct ResolveTarget
{
    MarkerEnvironment markers;
    std::vector<Tag> tags; ///< supported, best first
    Version python;        ///< for Requires-Python

    /** A probed interpreter's own environment. */
    static ResolveTarget fromInterpreter(const InterpreterInfo &info);
    /**
     * CPython X.Y[.Z] on a platform named as uv names them: linux (x86_64, glibc 2.28),
     * x86_64-manylinux_2_NN, aarch64-unknown-linux-gnu, macos, aarch64-apple-darwin, windows,
     * x86_64-pc-windows-msvc. Fails on a name it does not know.
     */
    static Expected<ResolveTarget> forPython(const std::string &version,
                                             const std::string &platform = "linux");
};

/** Which files may be used at all. */
struct FileFilter
{
    QDateTime excludeNewer; ///< files uploaded after this are ignored (invalid: no limit)
    std::set<std::string>
        noBinary; ///< projects (normalized) whose wheels are ignored; ":all:" for every one
    std::set<std::string> onlyBinary; ///< projects whose sdists are ignored; ":all:" for every one
    /// Projects never built from source (uv's --no-build): their sdists are ignored, neither
    /// built for their metadata nor installed; ":all:" for every one.
    std::set<std::string> noBuild;

    bool appliesTo(const std::set<std::string> &set, const std::string &project) const
    {
        return set.contains(":all:") || set.contains(project);
    }
};

/**
 * The solver's view of the indexes: for each project, the versions that have a usable file for
 * the target (a wheel whose tags the target supports, the best tag winning, else an sdist; not
 * yanked; Requires-Python admitting the target), and each version's requirements from its core
 * metadata (PEP 658 file, or the wheel's METADATA through range requests). An sdist without
 * usable metadata makes its version unavailable, with the reason.
 *
 * Synchronous over the asynchronous index client: each call runs a local event loop until its
 * answer arrives, so use it in the client's thread. While the solver thinks, the metadata of the
 * newest candidates of every project it has looked at is already being fetched (bounded).
 */
class IndexProvider : public DependencyProvider
{
public:
    IndexProvider(IndexClient *client, ResolveTarget target, int prefetch = 3);

    void setFileFilter(FileFilter filter) { m_filter = std::move(filter); }
    /**
     * Packages that come from a folder, a file or a repository instead of the indexes (by
     * normalized name): their one version and its requirements; the indexes are not asked.
     */
    void setDirect(std::map<std::string, DirectPackage> direct) { m_direct = std::move(direct); }
    bool hasDirectSource(const std::string &project) const override { return m_direct.contains(project); }
    /**
     * How an index's sdist without a metadata file is asked for its metadata: given the project
     * and the downloaded (hash-checked) sdist, its build backend's answer. Unset, such a version
     * is unavailable ("needs a build"); an error stops the resolution, as a failed build does.
     */
    using SdistMetadata = std::function<Expected<DirectPackage>(const std::string &project,
                                                                const QString &sdist)>;
    void setSdistMetadata(SdistMetadata build) { m_sdistMetadata = std::move(build); }
    const DirectPackage *direct(const std::string &project) const
    {
        const auto it = m_direct.find(project);
        return it == m_direct.end() ? nullptr : &it->second;
    }

    Expected<std::vector<Version>> versions(const std::string &project) override;
    Expected<std::vector<Requirement>> requirements(const std::string &project,
                                                    const Version &version) override;
    std::vector<Version> preferredOrder(const std::string &project) override;
    /**
     * Universal mode: wheels for every platform count (a pure-Python wheel is preferred for the
     * metadata), requirements are prefetched whatever their markers, and Requires-Python is
     * judged by the lowest Python of the environments setEnvironments() gives.
     */
    void setUniversal(bool universal) { m_universal = universal; }
    void setEnvironments(const MarkerSet &environments) override;
    /** uv's unsafe-first-match: an earlier index's versions are tried before a later one's. */
    void setFirstMatch(bool firstMatch) { m_firstMatch = firstMatch; }

    /** The file chosen for a version (after versions() listed it). */
    const AttributedFile *fileFor(const std::string &project, const Version &version) const;
    /**
     * Every usable file of a version on the index its chosen file came from (wheels for any
     * platform, and the sdist), by file name: what a lock file records.
     */
    std::vector<DistributionFile> filesFor(const std::string &project,
                                           const Version &version) const;
    /** The usable versions listed for each project versions() was asked for, oldest first. */
    std::map<std::string, std::vector<Version>> listedVersionsByProject() const;
    /** Why versions were left out, per project (yanked, no matching wheel, Requires-Python). */
    const std::map<std::string, std::vector<std::string>> &skipped() const { return m_skipped; }
    /** The request's own requirements, which may pin yanked versions exactly. */
    void setRequested(std::vector<Requirement> requested) { m_requested = std::move(requested); }
    /** Every requirement the metadata asked for so far (markers applying to the target). */
    const std::vector<Requirement> &seenRequirements() const { return m_seenRequirements; }
    int metadataFetches() const { return m_fetches; }
    /**
     * Waits up to `maxMs` for the metadata fetches still in flight (prefetches the solver no longer
     * needs), so that their answers reach the cache and the next resolution does not ask again.
     */
    void settlePrefetches(int maxMs);
    /** Polled while waiting for the network; true stops the wait with ErrorCode::Cancelled. */
    void setCancelled(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

private:
    /**
     * Why a file may not be used (filters, yanked, Requires-Python); nullopt when it may. A yanked
     * file may be used when a requirement pins its version exactly (`==1.0`, `===1.0`; PEP 592).
     */
    std::optional<std::string> whyUnusable(const std::string &project, const DistributionFile &file,
                                           const std::optional<Version> &version = {}) const;
    /** Whether a first-party requirement pins `project` to `version` with a single == or === clause
     * (uv's rule for allowing a yanked version). */
    bool pinnedExactly(const std::string &project, const Version &version) const;
    struct Pending
    {
        std::optional<Expected<QByteArray>> result;
    };
    void startFetch(const std::string &key, const AttributedFile &file);
    /** Runs the event loop until `done` holds, or cancellation; false when cancelled. */
    bool waitFor(const std::function<bool()> &done) const;
    std::function<bool()> m_cancelled;
    FileFilter m_filter;
    struct PendingPage
    {
        std::optional<Expected<ProjectFiles>> result;
        /** Each version's files (indexes into result's files), as versions() parsed their names. */
        std::map<Version, std::vector<std::size_t>> byVersion;
    };
    /** Starts fetching a project's page unless it is already asked for. */
    void startPage(const std::string &project);
    std::map<std::string, std::shared_ptr<PendingPage>> m_pages;

    IndexClient *m_client;
    ResolveTarget m_target;
    TagPriority m_priority;
    int m_prefetch;
    int m_fetches = 0;
    std::map<std::string, std::map<Version, AttributedFile>> m_files;
    std::map<std::string, std::shared_ptr<Pending>> m_metadata;
    std::map<std::string, std::vector<std::string>> m_skipped;
    std::vector<Requirement> m_seenRequirements;
    std::vector<Requirement> m_requested;
    bool m_firstMatch = false;
    bool m_universal = false;
    std::map<std::string, DirectPackage> m_direct;
    SdistMetadata m_sdistMetadata;
    std::map<std::string, Expected<DirectPackage>> m_builtMetadata; ///< by "project version"
    /** The metadata of `file`, an sdist, from its build backend (downloaded first). */
    Expected<DirectPackage> builtSdistMetadata(const std::string &project, const std::string &key,
                                               const AttributedFile &file);
};

} // namespace Envdesk::Core
