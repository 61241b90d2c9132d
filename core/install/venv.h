#pragma once

#include "../error.h"
#include "../pep/interpreterprobe.h"

#include <QString>

namespace Envdesk::Core {

struct VenvOptions
{
    QString prompt;     ///< shown by the activation scripts; default: the folder's name
    bool clear = false; ///< replace an existing virtual environment at the path
    bool systemSitePackages = false;
};

/** What was created. */
struct VirtualEnvironment
{
    QString path;
    QString python; ///< the environment's interpreter (bin/python)
    QString sitePackages;
    std::string version;
};

/**
 * Creates a PEP 405 virtual environment natively, as uv does (no `python -m venv`): pyvenv.cfg,
 * `bin/python`, `python3`, `python3.X` linked to the base interpreter,
 * `lib/pythonX.Y/site-packages` (and the `lib64` link on 64-bit Linux), activation scripts for
 * bash/zsh, fish, csh and PowerShell. It is built in a temporary folder beside the target and moved
 * into place, so a failure leaves nothing half-made. An existing folder is refused unless it is an
 * empty folder or, with `clear`, a virtual environment (never any other folder: nothing of the
 * user's is deleted).
 *
 * `base` must be a base interpreter (not itself in a virtual environment), CPython or PyPy 3.3+.
 * POSIX layout only for now (Windows' Scripts\ layout is not written).
 */
Expected<VirtualEnvironment> createVirtualEnvironment(const QString &path,
                                                      const InterpreterInfo &base,
                                                      const VenvOptions &options = {});

} // namespace Envdesk::Core
