#pragma once

#include "core/index/indexclient.h"
#include "core/index/indexsetup.h"
#include "core/net/doctor.h"
#include "core/net/proxy.h"

#include <QProcessEnvironment>

#include <QStringList>
#include <QTextStream>

namespace Envdesk::Core {

/** envdesk-cli index test NAME_OR_URL [--project DIR] [--format text|json] */
int runIndexTest(const QStringList &args, QTextStream &out, QTextStream &err);

/** envdesk-cli index list-files PROJECT [--project DIR] [--index-url URL] [--format json] */
int runIndexListFiles(const QStringList &args, QTextStream &out, QTextStream &err);
/** envdesk-cli index list-projects [--project DIR] [--index-url URL] [--format json]: the names in
 * the root listings of the indexes packages are searched in. */
int runIndexListProjects(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Envdesk::Core
