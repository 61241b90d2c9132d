#pragma once

// What build.cpp (the PEP 517 runner), buildsystem.cpp ([build-system]) and sdist.cpp (unpacking
// sdists) share. Internal to install/.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <optional>
#include <string>

namespace Envdesk::Core::BuildDetail {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Build)
};

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// The non-empty segments of a path other than ".", so that paths compare segment by segment.
QStringList segmentsOf(const QString &path);

using ArchiveReader = std::unique_ptr<archive, decltype(&archive_read_free)>;

QString entryName(archive_entry *entry);
QString archiveErrorText(archive *a);

// A name that is relative, has no ".." segment and no backslash or drive letter; nullopt if not.
std::optional<QStringList> safeSegments(const QString &name);

} // namespace Envdesk::Core::BuildDetail
