#pragma once

#include <QStringList>
#include <QTextStream>

namespace Envdesk::Core {

/** envdesk-cli settings [--project DIR] [--format text|json] [--index ...] [--no-pip-config] */
int runSettings(const QStringList &args, QTextStream &out, QTextStream &err);

/** envdesk-cli import FILE [--project DIR] [--dry-run] */
int runImport(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Envdesk::Core
