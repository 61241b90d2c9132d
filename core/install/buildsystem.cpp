#include "build.h"
#include "build_p.h"

#include "../pep/requirement.h"
#include "../project/tomldocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

// [build-system]: what a source tree's pyproject.toml asks to be built with (PEP 517 / 518).

namespace Envdesk::Core {

using namespace BuildDetail;

namespace {

bool startsWithSegments(const QStringList &path, const QStringList &root)
{
    if (path.size() < root.size())
        return false;
    for (qsizetype i = 0; i < root.size(); ++i) {
        if (path.at(i) != root.at(i))
            return false;
    }
    return true;
}

const char defaultRequirement[] = "setuptools>=40.8.0";
const char legacyBackend[] = "setuptools.build_meta:__legacy__";

Error projectError(const QString &file, int line, const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::InvalidProject;
    e.message = message;
    e.hint = hint;
    return e.at(file, line);
}

BuildSystem defaultBuildSystem()
{
    BuildSystem system;
    system.requires_ = {defaultRequirement};
    system.backend = legacyBackend;
    system.legacy = true;
    return system;
}

} // namespace

Expected<BuildSystem> readBuildSystem(const QString &sourceDir)
{
    const QString source = QFileInfo(sourceDir).absoluteFilePath();
    if (!QFileInfo(source).isDir())
        return fail(ErrorCode::Io, Tr::tr("the source tree %1 is not a folder").arg(source));
    const QString file = QDir(source).filePath(QStringLiteral("pyproject.toml"));
    if (!QFileInfo::exists(file))
        return defaultBuildSystem();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = file;
        e.message = Tr::tr("cannot read %1: %2").arg(file, in.errorString());
        return std::unexpected(e);
    }
    auto document = TomlDocument::parse(in.readAll().toStdString(), file);
    if (!document)
        return std::unexpected(document.error());
    const TomlValue *table = document->root().find("build-system");
    if (!table)
        return defaultBuildSystem();
    if (!table->isTable())
        return std::unexpected(
            projectError(file, table->line,
                         Tr::tr("build-system must be a table, not a %1")
                             .arg(QLatin1String(TomlValue::typeName(table->type)))));
    const TomlValue *requires_ = table->find("requires");
    if (!requires_)
        return std::unexpected(projectError(
            file, table->line, Tr::tr("[build-system] has no requires"),
            Tr::tr("PEP 518: list what building needs, e.g. requires = [\"setuptools>=61\"], or "
               "requires = [] for none")));
    if (!requires_->isArray())
        return std::unexpected(
            projectError(file, requires_->line,
                         Tr::tr("build-system.requires must be an array of strings, not a %1")
                             .arg(QLatin1String(TomlValue::typeName(requires_->type)))));
    BuildSystem system;
    for (const TomlValue &item : requires_->array) {
        const int line = item.line > 0 ? item.line : requires_->line;
        if (!item.isString())
            return std::unexpected(
                projectError(file, line,
                             Tr::tr("build-system.requires holds a %1, not a string")
                                 .arg(QLatin1String(TomlValue::typeName(item.type)))));
        if (auto parsed = Requirement::parse(item.text); !parsed) {
            Error e = parsed.error().at(file, line);
            e.message = Tr::tr("build-system.requires: %1").arg(e.message);
            return std::unexpected(e);
        }
        system.requires_.push_back(item.text);
    }
    if (const TomlValue *backend = table->find("build-backend")) {
        // PEP 517: "module" or "module:object", each a dotted Python name.
        static const QRegularExpression objectReference(
            QStringLiteral("^\\s*[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*\\s*(:\\s*[A-Za-z_]\\w*(\\.[A-"
                           "Za-z_]\\w*)*\\s*)?$"));
        if (!backend->isString() || !objectReference.match(qs(backend->text)).hasMatch())
            return std::unexpected(projectError(
                file, backend->line,
                backend->isString() ? Tr::tr("build-backend '%1' is not a module or module:object")
                                          .arg(qs(backend->text))
                                    : Tr::tr("build-backend must be a string, not a %1")
                                          .arg(QLatin1String(TomlValue::typeName(backend->type))),
                Tr::tr("PEP 517: e.g. build-backend = \"setuptools.build_meta\"")));
        system.backend = backend->text;
    } else {
        system.backend = legacyBackend;
        system.legacy = true;
    }
    if (const TomlValue *path = table->find("backend-path")) {
        if (!path->isArray())
            return std::unexpected(
                projectError(file, path->line,
                             Tr::tr("build-system.backend-path must be an array of strings, not a %1")
                                 .arg(QLatin1String(TomlValue::typeName(path->type)))));
        const QStringList canonicalSource = segmentsOf(QFileInfo(source).canonicalFilePath());
        const QString outside = Tr::tr("PEP 517: backend-path lists folders inside the source tree, "
                                   "relative to it");
        for (const TomlValue &item : path->array) {
            const int line = item.line > 0 ? item.line : path->line;
            if (!item.isString())
                return std::unexpected(
                    projectError(file, line,
                                 Tr::tr("build-system.backend-path holds a %1, not a string")
                                     .arg(QLatin1String(TomlValue::typeName(item.type)))));
            const QString entry = qs(item.text);
            QStringList resolved;
            bool leaves = entry.isEmpty() || QDir::isAbsolutePath(entry);
            for (const QString &segment : segmentsOf(entry)) {
                if (segment != QLatin1String(".."))
                    resolved << segment;
                else if (resolved.isEmpty())
                    leaves = true;
                else
                    resolved.removeLast();
            }
            // Through symbolic links too: the folder that is really read must be in the tree.
            const QString canonical
                = QFileInfo(QDir(source).filePath(resolved.join(QLatin1Char('/'))))
                      .canonicalFilePath();
            if (!leaves && !canonical.isEmpty())
                leaves = !startsWithSegments(segmentsOf(canonical), canonicalSource);
            if (leaves)
                return std::unexpected(projectError(
                    file, line, Tr::tr("backend-path entry '%1' is outside the source tree").arg(entry),
                    outside));
            // Without build-backend, backend-path has nothing to say (pip ignores it too).
            if (!system.legacy)
                system.backendPath.push_back(item.text);
        }
    }
    return system;
}

} // namespace Envdesk::Core
