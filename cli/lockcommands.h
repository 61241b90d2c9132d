#pragma once

#include <QStringList>
#include <QTextStream>

namespace Envdesk::Core {

/** envdesk-cli lock [--project DIR] [--upgrade] [--upgrade-package P]... [--check] [-o FILE] ... */
int runLock(const QStringList &args, QTextStream &out, QTextStream &err);

/** envdesk-cli sync [--project DIR] [--venv PATH] [--lock FILE] [--dry-run] [--reinstall] ... */
int runSync(const QStringList &args, QTextStream &out, QTextStream &err);

/** envdesk-cli tree [--project DIR] [--lock FILE] [--invert PKG] */
int runTree(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Envdesk::Core
