#pragma once

#include "../pep/interpreterprobe.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <vector>

namespace Envdesk::Core {

/** A Python interpreter found on this machine, with where it was found and what it says. */
struct FoundInterpreter
{
    QString path;   ///< the path it was found at
    QString source; ///< "PATH", "pyenv", "/usr/bin", "/usr/local/bin", "uv", "conda", "py launcher"
    InterpreterInfo info;
};

struct InterpreterDiscoveryOptions
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    /// Where probe answers are kept between runs; empty:
    /// $XDG_CACHE_HOME/envdesk/interpreters-v1.json.
    QString cacheFile;
    bool useCache = true;
    int timeoutMs = 15000;
};

struct InterpreterDiscovery
{
    std::vector<FoundInterpreter> interpreters; ///< newest version first; one entry per executable
    QStringList problems;                       ///< candidates that did not answer, and why
    int probed = 0;                             ///< probes run this time
    int fromCache = 0;                          ///< answers taken from the cache
};

/**
 * Finds the Python interpreters of this machine: on PATH (`python3`, `python3.X`, `python`),
 * pyenv (each folder under `$PYENV_ROOT/versions`), `/usr/bin` and `/usr/local/bin`, uv-managed Pythons
 * (`$UV_PYTHON_INSTALL_DIR`, `~/.local/share/uv/python`), conda (`$CONDA_PREFIX`, the usual
 * miniconda / anaconda / mambaforge environments) and, on Windows, the py launcher's registry
 * entries. Each is probed once (in parallel) and the answer cached by canonical path, size and
 * modification time, so a second run costs no process. Interpreters reached by several paths (a
 * pyenv shim, a symlink) are listed once.
 */
InterpreterDiscovery discoverInterpreters(const InterpreterDiscoveryOptions &options = {});

/**
 * The interpreter a new environment of the project gets: `wanted` as a path, or a version (3.12,
 * 3.12.1) picked among the ones found; empty: the newest found (not itself in a virtual
 * environment) that the project's requires-python admits. `envdesk-cli venv` and, when there is
 * no environment yet, `envdesk-cli lock` choose the same one.
 */
Expected<InterpreterInfo> chooseInterpreter(const QString &wanted, const QString &projectFile);

/**
 * probeInterpreter(), with the answer kept for an interpreter of a virtual environment in
 * `<venv>/.envdesk/probe.json`, valid while the interpreter file (size, time), the environment's
 * pyvenv.cfg and the path are the same: a no-op sync starts no Python. Any other interpreter
 * binary's answer is kept with discoverInterpreters()' answers, by canonical file and its size
 * and time; a script (a pyenv shim, whose answer changes with `pyenv global`) is probed every
 * time.
 */
Expected<InterpreterInfo> probeInterpreterCached(const QString &path);

} // namespace Envdesk::Core
