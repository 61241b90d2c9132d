#pragma once

#include "../error.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <set>
#include <string>

namespace Envdesk::Core {

/** Where a wheel's parts go: an environment's scheme (sysconfig paths). */
struct InstallScheme
{
    QString purelib;
    QString platlib;
    QString scripts;
    QString headers; ///< include/site/pythonX.Y/<name>
    QString data;    ///< the environment's prefix
    QString python;  ///< the interpreter the scripts' shebangs name

    /** The scheme of a virtual environment envdesk made (POSIX layout). */
    static InstallScheme forVirtualEnvironment(const QString &venv, const QString &sitePackages);
};

/** How files come from the cache of unpacked wheels into an environment (uv's link-mode). */
enum class LinkMode {
    Hardlink, ///< the default: no bytes copied; falls back to a copy across filesystems
    Clone,    ///< a reflink (FICLONE) where the filesystem has them, else a copy
    Copy,
};

/** uv's names (hardlink, clone, copy; symlink is refused); nullopt for others. */
std::optional<LinkMode> parseLinkMode(const QString &text);

/**
 * Call once at the start of the process, before any other thread exists: when TZ is unset, sets
 * it to ":/etc/localtime", the zone glibc would read anyway, so that the mktime() libarchive
 * calls for every member of an archive stops checking /etc/localtime each time (one stat per
 * file, under a lock the unpacking threads contend for; docs/workarounds.md).
 */
void pinTimeZoneForArchives();

struct WheelInstallOptions
{
    bool requested = true; ///< write REQUESTED (a direct dependency)
    QString directUrlJson; ///< PEP 610 direct_url.json content, when installed from a URL or path
    qint64 maxTotalBytes = qint64(2) * 1024 * 1024 * 1024; ///< uncompressed, against zip bombs
    qint64 maxEntryBytes = qint64(1) * 1024 * 1024 * 1024;
    /// Called once the archive passed every check, before the first write, with every path the
    /// install will write (absolute). Returning false stops it with nothing written. Sync uses it
    /// to journal the paths, so that an install killed part way can be undone (docs/install.md).
    std::function<bool(const QStringList &paths)> beforeWrite;
    /// The cache of unpacked wheels (`CACHE/wheels-v1`): when set, a wheel is checked and
    /// unpacked there once, keyed by its SHA-256, and installed from there by `linkMode`.
    QString unpackedCacheDir;
    QByteArray wheelSha256; ///< hex; computed from the file when empty
    LinkMode linkMode = LinkMode::Hardlink;
};

struct InstalledWheel
{
    std::string name; ///< as the dist-info folder spells it
    std::string version;
    QString distInfo;    ///< absolute path of the .dist-info folder
    QStringList files;   ///< every file written, absolute
    QStringList scripts; ///< entry-point scripts written
};

/**
 * Installs a wheel (PEP 427 / 491) into `scheme`. Before anything is written, the whole archive is
 * checked: entry names (no absolute paths, no `..` segment, no backslashes or drive letters, no
 * duplicates), entry types (no symlinks, hardlinks or devices), sizes against the limits, CRC-32
 * (libarchive verifies it while reading), one `.dist-info` folder whose name matches the wheel's
 * file name, `WHEEL` with a supported Wheel-Version, and `RECORD`: every file listed with the
 * SHA-256 and size it really has, nothing listed that is missing. Entry-point names must be plain
 * file names and may not replace the interpreter (`python`, `python3`, `python3.X`, any case).
 *
 * Then it writes purelib/platlib, the `.data` folders (scripts get the environment's interpreter
 * in a `#!python` shebang), console and GUI scripts, `INSTALLER` (envdesk), `REQUESTED`,
 * `direct_url.json`, and a new `RECORD` with the installed paths and hashes. If writing fails
 * part way, what was written is removed again.
 */
Expected<InstalledWheel> installWheel(const QString &wheelPath, const InstallScheme &scheme,
                                      const WheelInstallOptions &options = {});

/**
 * Whether the cache of unpacked wheels holds a complete copy of the wheel with this SHA-256 (hex):
 * then installWheel() never reads the wheel file itself, and it need not be downloaded.
 */
bool isUnpackedInCache(const QString &unpackedCacheDir, const QByteArray &sha256);

/**
 * Removes the folders in `folders` that are empty, deepest first, and their parents as they
 * become empty, while `mayRemove(absolute path)` allows it.
 */
void removeEmptyFolders(const std::set<QString> &folders,
                        const std::function<bool(const QString &)> &mayRemove);

/** The `.dist-info` folder of an installed distribution in `sitePackages`, or empty. */
QString findInstalled(const QString &sitePackages, const std::string &project,
                      std::string *version = nullptr);

/**
 * Removes an installed distribution: every file its RECORD lists (only files inside `root`, the
 * environment; anything else listed is left alone and reported), then its `.dist-info` folder and
 * the folders left empty. Fails, removing nothing, when RECORD is missing or unreadable.
 */
Expected<QStringList> uninstallDistribution(const QString &distInfo, const QString &root);

} // namespace Envdesk::Core
