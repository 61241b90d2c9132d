#pragma once

#include "../error.h"
#include "../pep/requirement.h"
#include "../pep/version.h"

#include <QString>
#include <QUrl>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Envdesk::Core {

class PyProject;

/**
 * Where a package comes from when it does not come from an index: a `[tool.uv.sources]` path, url
 * or git entry of the project, or a `name @ URL` requirement. Value type.
 */
struct DirectSource
{
    enum class Kind { Directory, File, Url, Git };

    Kind kind = Kind::Directory;
    std::string name;         ///< PEP 503 normalized
    QString path;             ///< Directory, File: absolute
    QUrl url;                 ///< Url; Git: the repository, without pip's "git+"
    std::string rev;          ///< Git: the branch, tag or commit asked for
    std::string subdirectory; ///< Git, Url: where the project sits inside
    bool editable = false;    ///< Directory only
    QString origin;           ///< where it was declared, for messages: "pyproject.toml:12"

    /** "the folder ../lib (editable)", "the file dist/a-1.0-py3-none-any.whl", "git URL @ rev". */
    QString describe() const;

    friend bool operator==(const DirectSource &, const DirectSource &) = default;
};

/** A direct source with what the resolver needs of it: its one version and its requirements. */
struct DirectPackage
{
    DirectSource source;
    Version version;
    std::vector<Requirement> requirements; ///< Requires-Dist, markers unevaluated
    std::string requiresPython;
    std::map<std::string, std::string> hashes; ///< File: the file's sha256
    std::optional<qint64> size;                ///< File
    std::string commit;                        ///< Git: the commit the revision named
    QByteArray metadata; ///< the core metadata it was read from, when there was a file of it
};

/**
 * The direct sources of a resolution: the project's `[tool.uv.sources]` path, url and git entries
 * for the packages it declares (dependencies, extras, groups; an entry whose marker, extra or group
 * does not apply stays with its index, as in uv), paths made absolute against the project's folder;
 * then the `name @ URL` requirements among `requested` (file: URLs become File or Directory). Two
 * different sources for one package are an error naming both.
 */
Expected<std::map<std::string, DirectSource>>
directSources(const PyProject *project, const std::vector<Requirement> &requested);

/**
 * The metadata of a direct source that needs no build: a wheel file's METADATA, or a folder whose
 * pyproject.toml declares `[project]` name, version and dependencies statically (PEP 621: none of
 * them in `dynamic`). nullopt when only a build can tell (a setup.py project, dynamic metadata, an
 * sdist); an error when the source is missing or its metadata names another package.
 */
Expected<std::optional<DirectPackage>> staticMetadata(const DirectSource &source);

/** A direct package from core metadata (METADATA / PKG-INFO bytes) of `source`, checked to name it. */
Expected<DirectPackage> directPackageFromMetadata(const DirectSource &source,
                                                  const QByteArray &metadata);

} // namespace Envdesk::Core
