#pragma once

#include "../error.h"
#include "../pep/marker.h"
#include "../pep/tag.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Envdesk::Core {

/** A file of a locked package (`[[packages.wheels]]` or `[packages.sdist]` in PEP 751). */
struct LockedFile
{
    std::string name; ///< the file name
    QUrl url;         ///< without user info, ever; a local file for a `path` entry
    QString path;     ///< `path` as the lock gives it (relative to its folder); empty: `url`
    std::optional<qint64> size;
    QDateTime uploadTime;                      ///< invalid when the index did not say
    std::map<std::string, std::string> hashes; ///< algorithm -> hex digest; never empty

    friend bool operator==(const LockedFile &, const LockedFile &) = default;
};

/** One `[[packages]]` entry. */
struct LockedPackage
{
    std::string name; ///< normalized
    std::string version;
    std::string marker;                    ///< when the package applies; empty: always
    std::string requiresPython;            ///< as the index said; empty when it did not
    QUrl index;                            ///< the simple API it came from; empty for a flat index
    std::vector<std::string> dependencies; ///< names, for reading only (PEP 751 says so)
    std::optional<LockedFile> sdist;
    std::vector<LockedFile> wheels; ///< by name
    /** `[packages.directory]`: a source folder, built at install (PEP 517; editable: PEP 660). */
    struct Directory
    {
        QString path;     ///< as written: relative to the lock file's folder unless absolute
        QString absolute; ///< read back: resolved against the lock file's folder
        bool editable = false;

        friend bool operator==(const Directory &, const Directory &) = default;
    };
    std::optional<Directory> directory;
    /** `[packages.vcs]`: a git repository at a commit, checked out and built at install. */
    struct Vcs
    {
        QUrl url; ///< without user info, ever
        std::string requestedRevision;
        std::string commitId;
        std::string subdirectory;

        friend bool operator==(const Vcs &, const Vcs &) = default;
    };
    std::optional<Vcs> vcs;
    /** `[packages.archive]`: a wheel or sdist file (local path or URL) that is not from an index. */
    std::optional<LockedFile> archive;

    friend bool operator==(const LockedPackage &, const LockedPackage &) = default;
};

/** A PEP 751 lock file (`pylock.toml`), the parts envdesk writes and reads. */
struct PyLock
{
    std::vector<std::string> environments; ///< markers; empty: any environment
    std::string requiresPython;
    std::vector<std::string> extras;
    std::vector<std::string> dependencyGroups;
    std::vector<std::string> defaultGroups;
    std::string createdBy = "envdesk";
    std::vector<LockedPackage> packages; ///< by name, then version
    /// `[tool.envdesk]`: what was asked for (requirements as written), for `lock --check`.
    std::vector<std::string> requested;
    /// `[tool.envdesk] universal`: resolved for every environment of requires-python (and of
    /// `environments`, when set), so that locking again does the same.
    bool universal = false;

    /**
     * The file's text. Deterministic: the same value gives the same bytes (packages sorted by
     * name and version, files by name, hashes by algorithm, no time stamp of its own).
     */
    std::string toToml() const;

    /**
     * Reads a lock file. Errors name the file and line and say what is wrong; a lock-version other
     * than 1.x, a package without a version or without hashes on a file, and a URL with
     * credentials are refused.
     */
    static Expected<PyLock> read(const QString &path);
    static Expected<PyLock> parse(const std::string &text, const QString &fileName);

    /**
     * Writes the file atomically (a temporary file renamed into place): an existing lock is
     * replaced whole or not at all.
     */
    Expected<void> write(const QString &path) const;

    /**
     * Checks `environments` and `requires-python` against an interpreter's environment; the error
     * says which marker or range excluded it and how to lock for it.
     */
    Expected<void> checkEnvironment(const MarkerEnvironment &env, const QString &lockPath) const;

    const LockedPackage *find(const std::string &name) const;
};

/** The markers that describe one environment, for `environments` of a single-environment lock. */
std::string environmentMarker(const MarkerEnvironment &env);

/** What changed between two locks, by package name. */
struct LockDiff
{
    struct Change
    {
        std::string name;
        std::string from; ///< empty when added
        std::string to;   ///< empty when removed
        std::string marker; ///< where this entry applies, for a package locked more than once
    };
    std::vector<Change> added, removed, upgraded, downgraded;

    bool isEmpty() const
    {
        return added.empty() && removed.empty() && upgraded.empty() && downgraded.empty();
    }
    /** "+ a 1.0", "- b 2.0", "↑ c 1.0 -> 2.0", "↓ d 2.0 -> 1.0", one per line. */
    QStringList lines() const;
};

LockDiff diffLocks(const PyLock &before, const PyLock &after);

/**
 * The file of a locked package to install in an environment with these tags: the wheel with the
 * best tag, or nullopt (then only the sdist could be used, which needs a build).
 */
std::optional<LockedFile> bestWheel(const LockedPackage &package, const TagPriority &priority);

} // namespace Envdesk::Core
