#include "projectcommands.h"
#include "cli.h"

#include "indexcommands.h"
#include "lockcommands.h"
#include "pythoncommands.h"

#include "core/install/pylock.h"
#include "core/pep/requirement.h"
#include "core/pep/specifier.h"
#include "core/pep/version.h"
#include "core/project/pyproject.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QSaveFile>

#include <optional>
#include <QUrl>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Cli)
};

QCommandLineOption frozenOption()
{
    return QCommandLineOption(QStringLiteral("frozen"),
                              Tr::tr("Edit pyproject.toml only, without locking or syncing"));
}

std::optional<QByteArray> fileContent(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// Puts `path` back byte for byte as `before`, or removes it when it did not exist before.
bool restoreFile(const QString &path, const std::optional<QByteArray> &before, QString *why)
{
    if (!before) {
        if (!QFile::exists(path) || QFile::remove(path))
            return true;
        *why = Tr::tr("cannot remove it");
        return false;
    }
    QSaveFile restore(path);
    if (restore.open(QIODevice::WriteOnly) && restore.write(*before) == before->size()
        && restore.commit())
        return true;
    *why = restore.errorString();
    return false;
}

// A requirement `add` was given without a version: uv writes it with a lower bound of the
// version it locked (`name>=2.8.1`).
struct Unbounded
{
    std::string text;
    DependencyTarget target;
};

// After an edit (unless --frozen): lock, then make the project's .venv (when there is none) and
// sync it. When the lock or the sync fails (no solution, an index error, a download or build
// that fails), pyproject.toml and pylock.toml are put back byte for byte as they were before the
// edit, so the project never names requirements that cannot be met or installed.
int lockAndSync(const QString &projectFile, const std::optional<QByteArray> &before,
                const std::vector<Unbounded> &unbounded, QTextStream &out, QTextStream &err)
{
    const QString dir = QFileInfo(projectFile).absolutePath();
    const QString lockPath = QDir(dir).filePath(QStringLiteral("pylock.toml"));
    const std::optional<QByteArray> lockBefore = fileContent(lockPath);
    auto putBack = [&](const QString &what) {
        QString why;
        const bool restored
            = restoreFile(projectFile, before, &why) && restoreFile(lockPath, lockBefore, &why);
        if (restored)
            err << Tr::tr("%1 and %2 were put back as they were: %3; --frozen edits the file without "
                      "locking or syncing")
                       .arg(QDir::toNativeSeparators(projectFile),
                            QDir::toNativeSeparators(lockPath), what)
                << "\n";
        else
            err << Tr::tr("%1, and %2 and %3 could not be put back: %4")
                       .arg(what, QDir::toNativeSeparators(projectFile),
                            QDir::toNativeSeparators(lockPath), why)
                << "\n";
        err.flush();
    };
    if (const int failed = runLock({QStringLiteral("--project"), dir}, out, err)) {
        putBack(Tr::tr("the change could not be locked (see above)"));
        return failed;
    }
    if (!unbounded.empty()) {
        auto lock = PyLock::read(lockPath);
        auto project = PyProject::load(projectFile);
        bool bounded = false;
        for (const Unbounded &u : unbounded) {
            auto requirement = Requirement::parse(u.text);
            if (!lock || !project || !requirement)
                break;
            // The lowest version locked (a universal lock may hold several), public part only:
            // PEP 440 allows no local label in `>=`.
            std::optional<Version> lowest;
            for (const LockedPackage &p : lock->packages) {
                auto v = Version::parse(p.version);
                if (p.name == requirement->normalizedName() && v && (!lowest || *v < *lowest))
                    lowest = v->publicVersion();
            }
            if (!lowest)
                continue; // not locked (a group or an extra envdesk does not lock)
            auto spec = SpecifierSet::parse(">=" + lowest->toString());
            if (!spec)
                continue;
            requirement->setSpecifiers(*spec);
            if (project->addDependency(requirement->toString(), u.target))
                bounded = true;
        }
        if (bounded) {
            if (auto saved = project->save(); !saved) {
                cliReport(saved.error(), err);
                putBack(Tr::tr("the lower bounds could not be written"));
                return 2;
            }
            // Locked again for the requirements as written now: the same versions (the lock's
            // are preferred), what changed was said above.
            QString said;
            QTextStream quiet(&said);
            if (const int failed = runLock({QStringLiteral("--project"), dir}, quiet, err)) {
                putBack(Tr::tr("the change could not be locked (see above)"));
                return failed;
            }
        }
    }
    if (const int failed = runSync({QStringLiteral("--project"), dir}, out, err)) {
        putBack(Tr::tr("the change was locked, but the environment could not be synced (see above)"));
        return failed;
    }
    return 0;
}

} // namespace

QCommandLineOption projectOption()
{
    return QCommandLineOption(
        QStringLiteral("project"),
        Tr::tr("The project folder (default: the nearest folder upwards that has a "
           "pyproject.toml)"),
        Tr::tr("DIR"));
}

QCommandLineOption compileBytecodeOption()
{
    return QCommandLineOption(
        QStringLiteral("compile-bytecode"),
        Tr::tr("Compile the installed modules to bytecode (also: compile-bytecode in the settings, "
           "UV_COMPILE_BYTECODE)"));
}

std::function<void(const QString &)> cliLines(QTextStream &stream)
{
    // Read once, here: the lines may come from other threads.
    return [&stream, progress = cliGlobals().showProgress()](const QString &line) {
        if (!progress)
            return;
        stream << line << "\n";
        stream.flush();
    };
}

// Parses `args` (the words after the command) with `parser`; on failure prints the problem and
// returns false. `--help` prints the command's help.
bool cliParse(QCommandLineParser &parser, const QString &command, const QStringList &args,
              QTextStream &out, QTextStream &err, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help"));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("envdesk-cli ") + command} + args)) {
        err << "envdesk-cli " << command << ": " << parser.errorText() << "\n";
        err.flush();
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(
            QStringLiteral("envdesk-cli ") + command + QStringLiteral(" [options]"),
            QStringLiteral("envdesk-cli ") + command + QStringLiteral(" [options]"));
        out.flush();
        *exitCode = 0;
        return false;
    }
    // --project names the project: a folder (or file) that is not there is an error, never a
    // reason to use another folder (its parent, the current one) instead.
    if (parser.optionNames().contains(QLatin1String("project"))) {
        if (const QString problem = missingProject(parser.value(QStringLiteral("project")));
            !problem.isEmpty()) {
            err << "envdesk-cli " << command << ": " << problem << "\n";
            err.flush();
            *exitCode = 2;
            return false;
        }
    }
    return true;
}

QString missingProject(const QString &given)
{
    const QFileInfo info(given);
    if (!given.isEmpty() && info.exists())
        return {};
    const QString path = QDir::toNativeSeparators(info.absoluteFilePath());
    return info.isSymLink() ? Tr::tr("--project %1 is a symbolic link that leads nowhere (a loop, or a "
                                 "missing target)")
                                  .arg(path)
                            : Tr::tr("--project %1 does not exist").arg(path);
}

int cliReport(const Error &error, QTextStream &err)
{
    err << "error: " << error.toString() << "\n";
    err.flush();
    return 2;
}

void cliPrintWarnings(const PyProject &project, QTextStream &err)
{
    for (const Diagnostic &d : project.warnings()) {
        err << "warning: " << d.file;
        if (d.line > 0)
            err << ':' << d.line;
        err << ": " << d.message;
        if (!d.hint.isEmpty())
            err << " (" << d.hint << ')';
        err << "\n";
    }
    err.flush();
}

QString findProjectFile(const QString &given_)
{
    // envdesk-cli --project DIR COMMAND: for every command that looks for a project.
    const QString given = given_.isEmpty() ? cliGlobals().project : given_;
    if (!given.isEmpty()) {
        const QFileInfo info(given);
        return info.isDir() ? QDir(given).filePath(QStringLiteral("pyproject.toml")) : given;
    }
    QDir dir = QDir::current();
    while (true) {
        if (dir.exists(QStringLiteral("pyproject.toml")))
            return dir.filePath(QStringLiteral("pyproject.toml"));
        if (!dir.cdUp())
            break;
    }
    return QDir::current().filePath(QStringLiteral("pyproject.toml"));
}

int runAdd(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Add requirements to the project's dependencies, then lock and sync (unless --frozen). "
           "A requirement given without a version is written with a lower bound of the version "
           "locked (name>=1.2), as uv does. When locking or syncing fails, pyproject.toml and "
           "pylock.toml are put back as they were."));
    parser.addPositionalArgument(Tr::tr("REQ"), Tr::tr("Requirements (PEP 508), e.g. 'requests>=2.31'"),
                                 Tr::tr("REQ..."));
    const QCommandLineOption optional(QStringLiteral("optional"),
                                      Tr::tr("Add to this extra (optional-dependencies)"), Tr::tr("EXTRA"));
    const QCommandLineOption group(QStringLiteral("group"), Tr::tr("Add to this dependency group"),
                                   Tr::tr("GROUP"));
    const QCommandLineOption index(QStringLiteral("index"),
                                   Tr::tr("Pin the packages to this index (by name)"), Tr::tr("NAME"));
    parser.addOptions({optional, group, index, frozenOption(), projectOption()});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("add"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err << "envdesk-cli add: " << Tr::tr("name at least one requirement") << "\n";
        return 2;
    }
    if (parser.isSet(optional) && parser.isSet(group)) {
        err << "envdesk-cli add: " << Tr::tr("--optional and --group cannot be combined") << "\n";
        return 2;
    }
    auto project = PyProject::load(findProjectFile(parser.value(QStringLiteral("project"))));
    if (!project)
        return cliReport(project.error(), err);
    const DependencyTarget target
        = parser.isSet(optional) ? DependencyTarget::extra(parser.value(optional).toStdString())
          : parser.isSet(group)  ? DependencyTarget::group(parser.value(group).toStdString())
                                 : DependencyTarget::main();
    std::vector<Unbounded> unbounded;
    for (const QString &text : parser.positionalArguments()) {
        auto requirement = Requirement::parse(text.toStdString());
        if (!requirement)
            return cliReport(requirement.error(), err);
        if (auto added = project->addDependency(text.toStdString(), target); !added)
            return cliReport(added.error(), err);
        if (requirement->specifiers().isEmpty() && requirement->url().empty())
            unbounded.push_back({text.toStdString(), target});
        if (parser.isSet(index)) {
            if (auto pinned
                = project->pinPackage(requirement->name(), parser.value(index).toStdString());
                !pinned)
                return cliReport(pinned.error(), err);
        }
    }
    const std::optional<QByteArray> before = fileContent(project->filePath());
    if (auto saved = project->save(); !saved)
        return cliReport(saved.error(), err);
    cliPrintWarnings(*project, err);
    out << Tr::tr("Updated %1").arg(QDir::toNativeSeparators(project->filePath())) << "\n";
    if (!parser.isSet(QStringLiteral("frozen")))
        return lockAndSync(project->filePath(), before, unbounded, out, err);
    return 0;
}

int runRemove(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Remove packages from the project's dependencies, then lock and sync (unless "
           "--frozen); removing the last one locks and syncs to an empty environment. When "
           "locking or syncing fails, pyproject.toml and pylock.toml are put back as they were."));
    parser.addPositionalArgument(Tr::tr("PKG"), Tr::tr("Package names"), Tr::tr("PKG..."));
    const QCommandLineOption optional(QStringLiteral("optional"), Tr::tr("Remove from this extra"),
                                      Tr::tr("EXTRA"));
    const QCommandLineOption group(QStringLiteral("group"), Tr::tr("Remove from this dependency group"),
                                   Tr::tr("GROUP"));
    parser.addOptions({optional, group, frozenOption(), projectOption()});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("remove"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err << "envdesk-cli remove: " << Tr::tr("name at least one package") << "\n";
        return 2;
    }
    auto project = PyProject::load(findProjectFile(parser.value(QStringLiteral("project"))));
    if (!project)
        return cliReport(project.error(), err);
    const DependencyTarget target
        = parser.isSet(optional) ? DependencyTarget::extra(parser.value(optional).toStdString())
          : parser.isSet(group)  ? DependencyTarget::group(parser.value(group).toStdString())
                                 : DependencyTarget::main();
    for (const QString &name : parser.positionalArguments()) {
        if (auto removed = project->removeDependency(name.toStdString(), target); !removed)
            return cliReport(removed.error(), err);
    }
    const std::optional<QByteArray> before = fileContent(project->filePath());
    if (auto saved = project->save(); !saved)
        return cliReport(saved.error(), err);
    cliPrintWarnings(*project, err);
    out << Tr::tr("Updated %1").arg(QDir::toNativeSeparators(project->filePath())) << "\n";
    if (!parser.isSet(QStringLiteral("frozen")))
        return lockAndSync(project->filePath(), before, {}, out, err);
    return 0;
}

int runIndex(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list-files"))
        return runIndexListFiles(args.mid(1), out, err);
    if (sub == QLatin1String("list-projects"))
        return runIndexListProjects(args.mid(1), out, err);
    if (sub == QLatin1String("test"))
        return runIndexTest(args.mid(1), out, err);
    if (sub == QLatin1String("add")) {
        QCommandLineParser parser;
        parser.setApplicationDescription(Tr::tr("Add a package index to [[tool.uv.index]]."));
        parser.addPositionalArgument(Tr::tr("NAME"),
                                     Tr::tr("The index name (letters, digits, '.', '_', '-')"));
        parser.addPositionalArgument(Tr::tr("URL"), Tr::tr("The simple API root, or a folder"));
        const QCommandLineOption isDefault(QStringLiteral("default"),
                                           Tr::tr("Use it instead of PyPI as the default index"));
        const QCommandLineOption isExplicit(QStringLiteral("explicit"),
                                            Tr::tr("Use it only for packages pinned to it"));
        const QCommandLineOption format(QStringLiteral("format"), Tr::tr("simple (default) or flat"),
                                        Tr::tr("FORMAT"), QStringLiteral("simple"));
        parser.addOptions({isDefault, isExplicit, format, projectOption()});
        int code = 0;
        if (!cliParse(parser, QStringLiteral("index add"), args.mid(1), out, err, &code))
            return code;
        if (parser.positionalArguments().size() != 2) {
            err << "envdesk-cli index add: " << Tr::tr("expected NAME and URL") << "\n";
            return 2;
        }
        const QString fmt = parser.value(format);
        if (fmt != QLatin1String("simple") && fmt != QLatin1String("flat")) {
            err << "envdesk-cli index add: "
                << Tr::tr("--format is 'simple' or 'flat', not '%1'").arg(fmt) << "\n";
            return 2;
        }
        // A secret in the URL would be written to pyproject.toml, which ends up in version control.
        if (const QUrl url(parser.positionalArguments()[1]);
            !url.userName().isEmpty() || !url.password().isEmpty()) {
            Error e;
            e.code = ErrorCode::InvalidConfig;
            e.message = Tr::tr("the URL holds credentials, which would be written to pyproject.toml; "
                           "nothing was written");
            e.hint = Tr::tr("add the index without them, then store them in the keychain: "
                        "envdesk-cli auth set %1 --username USER (the secret is read from stdin)")
                         .arg(parser.positionalArguments()[0]);
            return cliReport(e, err);
        }
        auto project = PyProject::load(findProjectFile(parser.value(QStringLiteral("project"))));
        if (!project)
            return cliReport(project.error(), err);
        IndexConfig index;
        index.name = parser.positionalArguments()[0].toStdString();
        index.url = parser.positionalArguments()[1].toStdString();
        index.isDefault = parser.isSet(isDefault);
        index.isExplicit = parser.isSet(isExplicit);
        index.format = fmt == QLatin1String("flat") ? IndexConfig::Format::Flat
                                                    : IndexConfig::Format::Simple;
        if (auto added = project->addIndex(index); !added)
            return cliReport(added.error(), err);
        const std::optional<QByteArray> before = fileContent(project->filePath());
        if (auto saved = project->save(); !saved)
            return cliReport(saved.error(), err);
        cliPrintWarnings(*project, err);
        out << Tr::tr("Added index '%1' to %2")
                   .arg(parser.positionalArguments()[0],
                        QDir::toNativeSeparators(project->filePath()))
            << "\n";
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        QCommandLineParser parser;
        parser.setApplicationDescription(Tr::tr("Remove a package index from [[tool.uv.index]]."));
        parser.addPositionalArgument(Tr::tr("NAME"), Tr::tr("The index name"));
        parser.addOptions({projectOption()});
        int code = 0;
        if (!cliParse(parser, QStringLiteral("index remove"), args.mid(1), out, err, &code))
            return code;
        if (parser.positionalArguments().size() != 1) {
            err << "envdesk-cli index remove: " << Tr::tr("expected NAME") << "\n";
            return 2;
        }
        auto project = PyProject::load(findProjectFile(parser.value(QStringLiteral("project"))));
        if (!project)
            return cliReport(project.error(), err);
        if (auto removed = project->removeIndex(parser.positionalArguments()[0].toStdString());
            !removed)
            return cliReport(removed.error(), err);
        const std::optional<QByteArray> before = fileContent(project->filePath());
        if (auto saved = project->save(); !saved)
            return cliReport(saved.error(), err);
        out << Tr::tr("Removed index '%1'").arg(parser.positionalArguments()[0]) << "\n";
        return 0;
    }
    out << Tr::tr("Usage: envdesk-cli index add NAME URL [--default] [--explicit] [--format flat] "
              "[--project DIR]")
        << "\n"
        << Tr::tr("       envdesk-cli index remove NAME [--project DIR]") << "\n"
        << Tr::tr("       envdesk-cli index list-files PROJECT [--project DIR] [--index-url URL] "
              "[--format text|json]")
        << "\n"
        << Tr::tr("       envdesk-cli index list-projects [--project DIR] [--index-url URL] "
              "[--format text|json]")
        << "\n"
        << Tr::tr("       envdesk-cli index test NAME_OR_URL [--project DIR] [--format text|json]")
        << "\n";
    out.flush();
    return sub == QLatin1String("--help") || sub == QLatin1String("-h") ? 0 : 2;
}

} // namespace Envdesk::Core
