#pragma once

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
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Envdesk::Core
