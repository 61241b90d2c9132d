#include "directsource.h"
#include "../net/sha256.h"

#include "../index/zipreader.h"
#include "../pep/coremetadata.h"
#include "../pep/filename.h"
#include "../pep/name.h"
#include "../project/pyproject.h"
#include "../project/tomldocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <set>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::DirectSource)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

Error sourceError(ErrorCode code, const DirectSource &source, const QString &message,
                  const QString &hint = {})
{
    Error e;
    e.code = code;
    e.file = source.origin.section(QLatin1Char(':'), 0, -2);
    e.line = source.origin.section(QLatin1Char(':'), -1).toInt();
    e.message = message;
    e.hint = hint;
    return e;
}

bool isWheel(const QString &path)
{
    return path.endsWith(QLatin1String(".whl"), Qt::CaseInsensitive);
}

// A local path or file: URL as a Directory or File source.
DirectSource localSource(const std::string &name, const QString &absolute, bool editable)
{
    DirectSource s;
    s.name = normalizePackageName(name);
    s.path = QDir::cleanPath(absolute);
    s.kind = QFileInfo(absolute).isDir() || !QFileInfo(absolute).suffix().size()
                 ? DirectSource::Kind::Directory
                 : DirectSource::Kind::File;
    s.editable = editable && s.kind == DirectSource::Kind::Directory;
    return s;
}

// The texts of a [project] array of strings, or an error naming the key.
Expected<std::vector<std::string>> strings(const TomlValue *array, const QString &file, const QString &what)
{
    std::vector<std::string> out;
    if (!array)
        return out;
    auto bad = [&](const TomlValue *at) {
        Error e;
        e.code = ErrorCode::InvalidProject;
        e.file = file;
        e.line = at->line;
        e.message = Tr::tr("%1 must be an array of strings").arg(what);
        return std::unexpected(e);
    };
    if (!array->isArray())
        return bad(array);
    for (const TomlValue &item : array->array) {
        if (!item.isString())
            return bad(&item);
        out.push_back(item.text);
    }
    return out;
}

// Requirements of a static [project] table: dependencies, then each extra's guarded by its
// marker. Read from the document alone: the folder's own [tool.*] settings are not ours to judge.
Expected<std::vector<Requirement>> staticRequirements(const TomlValue &project, const QString &file)
{
    std::vector<Requirement> out;
    auto dependencies = strings(project.find("dependencies"), file, Tr::tr("[project] dependencies"));
    if (!dependencies)
        return std::unexpected(dependencies.error());
    for (const std::string &text : *dependencies) {
        auto r = Requirement::parse(text);
        if (!r)
            return std::unexpected(r.error());
        out.push_back(*r);
    }
    const TomlValue *optional = project.find("optional-dependencies");
    if (!optional || !optional->isTable())
        return out;
    for (const auto &[extra, value] : optional->table) {
        auto entries = strings(&value, file, Tr::tr("[project.optional-dependencies] %1").arg(qs(extra)));
        if (!entries)
            return std::unexpected(entries.error());
        for (const std::string &text : *entries) {
            auto r = Requirement::parse(text);
            if (!r)
                return std::unexpected(r.error());
            const std::string guard = "extra == \"" + normalizePackageName(extra) + "\"";
            const std::string marker = r->hasMarker() ? "(" + r->marker().toString() + ") and " + guard : guard;
            auto m = Marker::parse(marker);
            if (!m)
                return std::unexpected(m.error());
            r->setMarker(*m);
            out.push_back(*r);
        }
    }
    return out;
}

} // namespace

QString DirectSource::describe() const
{
    switch (kind) {
    case Kind::Directory:
        return editable ? Tr::tr("the folder %1 (editable)").arg(path) : Tr::tr("the folder %1").arg(path);
    case Kind::File:
        return Tr::tr("the file %1").arg(path);
    case Kind::Url:
        return url.toString(QUrl::RemoveUserInfo);
    case Kind::Git:
        return Tr::tr("git %1%2").arg(url.toString(QUrl::RemoveUserInfo),
                                  rev.empty() ? QString() : QLatin1String(" @ ") + qs(rev));
    }
    return {};
}

Expected<std::map<std::string, DirectSource>>
directSources(const PyProject *project, const std::vector<Requirement> &requested)
{
    std::map<std::string, DirectSource> out;
    auto add = [&](DirectSource s) -> Expected<void> {
        const auto [it, inserted] = out.emplace(s.name, s);
        if (!inserted && !(it->second.kind == s.kind && it->second.path == s.path && it->second.url == s.url
                           && it->second.rev == s.rev)) {
            Error e = sourceError(ErrorCode::InvalidProject, s,
                                  Tr::tr("%1 has two sources: %2 (%3) and %4 (%5)")
                                      .arg(qs(s.name), it->second.describe(), it->second.origin,
                                           s.describe(), s.origin),
                                  Tr::tr("keep one of them"));
            return std::unexpected(e);
        }
        return {};
    };
    if (project) {
        // The packages the project declares, anywhere: sources apply to those only.
        std::set<std::string> declared;
        auto declare = [&](const std::vector<std::string> &texts) {
            for (const std::string &text : texts) {
                if (auto r = Requirement::parse(text))
                    declared.insert(normalizePackageName(r->name()));
            }
        };
        declare(project->dependencies());
        for (const auto &[extra, entries] : project->optionalDependencies())
            declare(entries);
        for (const auto &[group, entries] : project->dependencyGroups())
            declare(entries);
        const QDir folder = QFileInfo(project->filePath()).absoluteDir();
        const QString file = QFileInfo(project->filePath()).fileName();
        for (const SourcePin &pin : project->sources()) {
            const std::string name = normalizePackageName(pin.package);
            // A source for one extra, group or marker only: the index answers elsewhere.
            if (!declared.contains(name) || !pin.marker.empty() || !pin.extra.empty() || !pin.group.empty())
                continue;
            DirectSource s;
            switch (pin.kind) {
            case SourcePin::Kind::Path:
                s = localSource(name, folder.absoluteFilePath(qs(pin.path)), pin.editable);
                break;
            case SourcePin::Kind::Url:
                s.kind = DirectSource::Kind::Url;
                s.url = QUrl(qs(pin.url));
                s.subdirectory = pin.subdirectory;
                break;
            case SourcePin::Kind::Git:
                s.kind = DirectSource::Kind::Git;
                s.url = QUrl(qs(pin.url));
                s.rev = !pin.rev.empty() ? pin.rev : !pin.tag.empty() ? pin.tag : pin.branch;
                s.subdirectory = pin.subdirectory;
                break;
            case SourcePin::Kind::Index:
            case SourcePin::Kind::Workspace:
                continue;
            }
            s.name = name;
            s.origin = QStringLiteral("%1:%2").arg(file).arg(pin.line);
            if (auto r = add(s); !r)
                return std::unexpected(r.error());
        }
    }
    for (const Requirement &req : requested) {
        if (req.url().empty())
            continue;
        const QString text = qs(req.url());
        DirectSource s;
        if (text.startsWith(QLatin1String("file:"))) {
            s = localSource(req.name(), QUrl(text).toLocalFile(), false);
        } else if (text.startsWith(QLatin1String("git+"))) {
            QUrl url(text.mid(4));
            const QString path = url.path();
            if (const qsizetype at = path.lastIndexOf(QLatin1Char('@')); at > 0) {
                s.rev = path.mid(at + 1).toStdString();
                url.setPath(path.left(at));
            }
            if (url.hasFragment()) {
                const QString fragment = url.fragment();
                if (fragment.startsWith(QLatin1String("subdirectory=")))
                    s.subdirectory = fragment.mid(13).toStdString();
                url.setFragment(QString());
            }
            s.kind = DirectSource::Kind::Git;
            s.url = url;
        } else {
            s.kind = DirectSource::Kind::Url;
            s.url = QUrl(text);
        }
        s.name = normalizePackageName(req.name());
        s.origin = Tr::tr("the requirement %1").arg(qs(req.toString()));
        if (auto r = add(s); !r)
            return std::unexpected(r.error());
    }
    return out;
}

Expected<DirectPackage> directPackageFromMetadata(const DirectSource &source, const QByteArray &metadata)
{
    auto meta = CoreMetadata::parse(metadata, source.describe());
    if (!meta)
        return std::unexpected(meta.error());
    if (normalizePackageName(meta->name()) != source.name)
        return std::unexpected(sourceError(ErrorCode::InvalidProject, source,
                                           Tr::tr("%1 is the package %2, not %3")
                                               .arg(source.describe(), qs(meta->name()), qs(source.name)),
                                           Tr::tr("fix the package name or the source at %1").arg(source.origin)));
    auto requirements = meta->requiresDist();
    if (!requirements)
        return std::unexpected(requirements.error());
    DirectPackage p;
    p.source = source;
    p.version = meta->version();
    p.requirements = std::move(*requirements);
    p.requiresPython = meta->value("Requires-Python");
    p.metadata = metadata;
    return p;
}

Expected<std::optional<DirectPackage>> staticMetadata(const DirectSource &source)
{
    if (source.kind == DirectSource::Kind::Directory) {
        if (!QFileInfo(source.path).isDir())
            return std::unexpected(sourceError(ErrorCode::Io, source,
                                               Tr::tr("%1 declares %2 at %3, which is not a folder")
                                                   .arg(source.origin, qs(source.name), source.path),
                                               Tr::tr("fix the path in [tool.uv.sources]")));
        const QString file = source.path + QStringLiteral("/pyproject.toml");
        if (!QFileInfo::exists(file))
            return std::optional<DirectPackage>(); // setup.py only: a build tells
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return std::unexpected(sourceError(ErrorCode::Io, source, Tr::tr("cannot read %1: %2").arg(file, in.errorString())));
        auto doc = TomlDocument::parse(in.readAll().toStdString(), file);
        if (!doc)
            return std::unexpected(doc.error());
        const TomlValue *project = doc->at({std::string("project")});
        if (!project || !project->isTable())
            return std::optional<DirectPackage>(); // no [project]: a build tells
        if (const TomlValue *dynamic = project->find("dynamic"); dynamic && dynamic->isArray()) {
            for (const TomlValue &v : dynamic->array) {
                if (v.text == "version" || v.text == "dependencies" || v.text == "optional-dependencies"
                    || v.text == "requires-python" || v.text == "name")
                    return std::optional<DirectPackage>();
            }
        }
        const TomlValue *name = project->find("name");
        const TomlValue *versionText = project->find("version");
        if (!name || !name->isString() || !versionText || !versionText->isString())
            return std::optional<DirectPackage>();
        if (normalizePackageName(name->text) != source.name)
            return std::unexpected(sourceError(ErrorCode::InvalidProject, source,
                                               Tr::tr("%1 is the package %2, not %3")
                                                   .arg(source.describe(), qs(name->text), qs(source.name)),
                                               Tr::tr("fix the package name or the source at %1").arg(source.origin)));
        auto version = Version::parse(versionText->text);
        if (!version)
            return std::unexpected(version.error());
        auto requirements = staticRequirements(*project, file);
        if (!requirements)
            return std::unexpected(requirements.error());
        DirectPackage p;
        p.source = source;
        p.version = *version;
        p.requirements = std::move(*requirements);
        if (const TomlValue *rp = project->find("requires-python"); rp && rp->isString())
            p.requiresPython = rp->text;
        return std::optional<DirectPackage>(std::move(p));
    }
    if (source.kind != DirectSource::Kind::File || !isWheel(source.path))
        return std::optional<DirectPackage>();
    QFile f(source.path);
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(sourceError(ErrorCode::Io, source,
                                           Tr::tr("%1 declares %2 at %3, which cannot be read: %4")
                                               .arg(source.origin, qs(source.name), source.path, f.errorString()),
                                           Tr::tr("fix the path in [tool.uv.sources]")));
    const QByteArray bytes = f.readAll();
    const std::string fileName = QFileInfo(source.path).fileName().toStdString();
    auto wheelName = WheelFilename::parse(fileName);
    if (!wheelName)
        return std::unexpected(wheelName.error());
    auto entries = ZipReader::centralDirectory(bytes, 0, bytes.size());
    if (!entries)
        return std::unexpected(entries.error());
    for (const ZipReader::Entry &entry : *entries) {
        const QString name = qs(entry.name);
        if (name.count(QLatin1Char('/')) != 1 || !name.endsWith(QLatin1String(".dist-info/METADATA")))
            continue;
        auto metadata = ZipReader::read(bytes, 0, entry);
        if (!metadata)
            return std::unexpected(metadata.error());
        auto package = directPackageFromMetadata(source, *metadata);
        if (!package)
            return std::unexpected(package.error());
        package->hashes["sha256"]
            = Sha256::hash(bytes).toHex().toStdString();
        package->size = bytes.size();
        return std::optional<DirectPackage>(std::move(*package));
    }
    return std::unexpected(sourceError(ErrorCode::InvalidArchive, source,
                                       Tr::tr("%1 has no .dist-info/METADATA").arg(source.path)));
}

} // namespace Envdesk::Core
