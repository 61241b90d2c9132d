#pragma once

#include <QStringList>
#include <QTextStream>

namespace Envdesk::Core {

/**
 * envdesk-cli run [--project DIR] [--no-sync] [--frozen | --locked] -- CMD [ARGS...]: syncs the
 * project's environment, then runs CMD in it with the project's indexes, credentials and
 * certificates in the variables uv and pip read. Does not return when CMD starts (the process
 * becomes CMD); returns an exit code when something fails before.
 */
int runRun(const QStringList &args, QTextStream &out, QTextStream &err);

/** envdesk-cli export [--format requirements-txt] [--no-hashes] [--emit-index-url] [-o FILE] */
int runExport(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Envdesk::Core
