#pragma once

#include <QStringList>
#include <QTextStream>

namespace Envdesk::Core {

/** envdesk-cli auth set|get|remove INDEX ... and auth migrate [--project DIR] */
int runAuth(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Envdesk::Core
