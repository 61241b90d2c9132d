#pragma once

#include "../error.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace Envdesk::Core {

/** The `[build-system]` table of a source tree's pyproject.toml (PEP 517 / 518). Value type. */
struct BuildSystem
{
    std::vector<std::string> requires_;   ///< PEP 508 requirements of the build environment
    std::string backend;                  ///< `module` or `module:object`
    std::vector<std::string> backendPath; ///< in-tree backend folders, as written (relative)
    /// No build-backend was declared: PEP 517's fallback to setuptools' legacy backend (and, with
    /// no `[build-system]` table at all, PEP 518's default requires).
    bool legacy = false;
};

/**
 * Reads `[build-system]` from `sourceDir`/pyproject.toml. Without the file or the table: PEP 518's
 * defaults (requires = ["setuptools>=40.8.0"]) and PEP 517's fallback backend
 * `setuptools.build_meta:__legacy__`; a table without build-backend keeps its requires and gets
 * the fallback backend. A table without requires, values of the wrong type, requirements that are
 * not PEP 508, a malformed build-backend, or backend-path entries outside the source tree (checked
 * segment by segment, through symbolic links) are errors naming the file and line.
 */
Expected<BuildSystem> readBuildSystem(const QString &sourceDir);

/** What buildSource() builds, from where, and how it reaches the outside world. */
struct BuildRequest
{
    enum class Hook {
        Wheel,    ///< build_wheel
        Editable, ///< build_editable (PEP 660)
        /// prepare_metadata_for_build_wheel; when the backend lacks it, build_wheel and the
        /// wheel's .dist-info folder
        Metadata,
    };

    QString sourceDir; ///< the source tree (holding pyproject.toml or setup.py)
    /// A base interpreter (not a virtual environment) to make the build environment from.
    QString basePython;
    Hook hook = Hook::Wheel;
    QString outputDir; ///< where the wheel or the .dist-info folder goes; created if missing
    /// Installs `requirements` (PEP 508 texts) into the build environment at `venvPath`. Called
    /// for [build-system] requires, then for what get_requires_for_build_{wheel,editable} returns,
    /// each time only when there is something to install. Without it, a build needing
    /// requirements fails naming them.
    std::function<Expected<void>(const std::vector<std::string> &requirements,
                                 const QString &venvPath)>
        provision;
    /// The backend's stdout and stderr, line by line, as they come.
    std::function<void(const QString &line)> output;
    /// Polled about every 50 ms while a hook runs, and between steps; true kills the backend's
    /// process group and fails with ErrorCode::Cancelled.
    std::function<bool()> cancelled;
    /// KEY=VALUE config_settings for every hook; a key given twice gets a list of values, as pip
    /// passes them.
    QStringList configSettings;
};

struct BuildResult
{
    QString path;       ///< the built wheel, or the .dist-info folder, in outputDir
    QStringList output; ///< the backend's last 200 lines of output
};

/**
 * Builds a source tree with its PEP 517 backend, as pip's and uv's isolated builds do: a fresh
 * virtual environment in a temporary folder (removed afterwards) gets [build-system] requires and
 * the backend's get_requires_* answer through `provision`; each hook runs in a child process
 * (`<venv>/bin/python -I -u -c <runner>`, cwd = the source tree, PYTHONPATH and PYTHONHOME
 * removed) whose arguments are the hook's name and file paths only. The runner imports the backend
 * (from backend-path first, and only from there when backend-path is given), calls the hook and
 * writes its answer into a file, so stdout stays the backend's.
 *
 * The result lands in outputDir only once complete (a wheel is renamed into place, a .dist-info
 * folder moved in whole): on failure outputDir is as it was. Errors (ErrorCode::BuildFailed, or
 * the code of what failed: the probe, the environment, `provision`, Cancelled) name the source
 * tree, the backend and the hook, say how the process ended, and carry the last 20 lines of output.
 *
 * Blocking; call it off the GUI thread. The callbacks are called on the calling thread.
 */
Expected<BuildResult> buildSource(const BuildRequest &request);

/**
 * Unpacks an sdist (.tar.gz, also .tar.bz2 and .tar.xz, or .zip) into `targetDir` and returns
 * the path of its single top-level folder, the source tree. Every entry is checked before anything
 * is written: no absolute paths, no `..` segments, no backslashes, no devices, FIFOs or duplicate
 * files, nothing written through a symbolic link, and symbolic and hard links resolved (through
 * the archive's other links, segment by segment) inside the top-level folder, and no more than
 * `maxBytes` written in all (counted as they are decompressed, against bombs). The tree is
 * unpacked beside its final place and renamed in, so a failure leaves `targetDir` as it was; an
 * existing folder of the same name is refused, never replaced.
 */
Expected<QString> unpackSdist(const QString &archive, const QString &targetDir,
                              qint64 maxBytes = qint64(2) * 1024 * 1024 * 1024);

} // namespace Envdesk::Core
