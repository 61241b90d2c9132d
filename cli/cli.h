#pragma once

#include "core/cancel.h"

#include <QStringList>
#include <QTextStream>

namespace Envdesk::Core {

/**
 * envdesk-cli's command dispatcher. The executable is a thin main() around this so that the tests
 * can run every subcommand in-process.
 *
 * Exit codes: 0 success, 1 an expected negative outcome (e.g. unsatisfiable), 2 usage,
 * configuration or I/O errors (message on `err`).
 */
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err,
           const CancelToken &cancel = {});

/**
 * The global options, given before the command or after it (before a `--`): -v (repeatable:
 * -vv), -q, --offline, --project DIR, --directory DIR, --no-progress, --color WHEN. Set by runCli
 * for the command it runs; commands read them through here.
 */
struct CliGlobals
{
    int verbosity = 0;   ///< -v: 1, -vv: 2
    bool quiet = false;  ///< -q: no progress lines
    bool noProgress = false;
    bool offline = false; ///< --offline, or UV_OFFLINE=1
    QString project;      ///< --project before the command: where commands look for pyproject.toml
    QString color = QStringLiteral("auto");
    CancelToken cancel; ///< runCli's: what stops the command (its jobs get it in their requests)

    bool showProgress() const { return !quiet && !noProgress; }
};
/** The globals of the command that runs (one per process). */
const CliGlobals &cliGlobals();

} // namespace Envdesk::Core
