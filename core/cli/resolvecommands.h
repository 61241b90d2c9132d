#pragma once

#include <QStringList>
#include <QTextStream>

namespace Envdesk::Core {

/** envdesk-cli resolve [REQ...] [-r FILE] [--project DIR] [--python-version X.Y] ... */
int runResolve(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Envdesk::Core
