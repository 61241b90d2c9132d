#pragma once

#include <QStringList>
#include <QTextStream>

namespace Envdesk::Core {

/** envdesk-cli install REQ... [--venv PATH] [--project DIR] [--index-url URL] ... */
int runInstall(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Envdesk::Core
