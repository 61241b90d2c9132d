#pragma once

#include <QStringList>
#include <QTextStream>

namespace Envdesk::Core {

/** The pyproject.toml `given` names (a file or a folder), or the nearest one upwards from here. */
QString findProjectFile(const QString &given);

/** envdesk-cli add REQ... [--optional EXTRA | --group G] [--index NAME] [--frozen] [--project DIR] */
int runAdd(const QStringList &args, QTextStream &out, QTextStream &err);
/** envdesk-cli remove PKG... [--optional EXTRA | --group G] [--frozen] [--project DIR] */
int runRemove(const QStringList &args, QTextStream &out, QTextStream &err);
/** envdesk-cli index add|remove ... */
int runIndex(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Envdesk::Core
