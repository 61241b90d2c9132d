#pragma once

#include <QStringList>
#include <QTextStream>

namespace Envdesk::Core {

/**
 * envdesk-cli init [DIR] [--name N] [--python X.Y|PATH] [--requires-python SPEC]
 * [--index-preset KIND --index-url URL [--index-name NAME]] [-d REQ]... [--no-venv] [--no-sync]
 */
int runInit(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Envdesk::Core
