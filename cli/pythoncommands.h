#pragma once

#include <QStringList>
#include <QTextStream>

namespace Envdesk::Core {

/** envdesk-cli python list [--format text|json] [--no-cache] */
int runPython(const QStringList &args, QTextStream &out, QTextStream &err);

/** envdesk-cli venv [PATH] [--python PATH|X.Y] [--prompt NAME] [--clear] [--system-site-packages]
 */
int runVenv(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Envdesk::Core
