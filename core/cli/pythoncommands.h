#pragma once

#include <QStringList>
#include <QTextStream>

namespace Envdesk::Core {

/** envdesk-cli python list [--format text|json] [--no-cache] */
int runPython(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Envdesk::Core
