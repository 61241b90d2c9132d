#include "initcommands.h"

#include "lockcommands.h"
#include "projectcommands.h"
#include "pythoncommands.h"

#include "core/pep/name.h"
#include "core/pep/specifier.h"
#include "core/project/indexpresets.h"
#include "core/project/pyproject.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Cli)
};

// "3.11" from the environment's pyvenv.cfg (version_info, or version).
QString environmentPythonVersion(const QString &venv)
{
    QFile cfg(venv + QStringLiteral("/pyvenv.cfg"));
    if (!cfg.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression line(
        QStringLiteral("^\\s*(version_info|version)\\s*=\\s*(\\d+)\\.(\\d+)"),
        QRegularExpression::MultilineOption);
    const auto m = line.match(QString::fromUtf8(cfg.readAll()));
    return m.hasMatch() ? m.captured(2) + QLatin1Char('.') + m.captured(3) : QString();
}

} // namespace

int runInit(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    QStringList presetIds;
    for (const IndexPreset &p : indexPresets())
        presetIds << p.id;
    parser.setApplicationDescription(
        Tr::tr("Create a project in DIR (default: this folder; made when missing): pyproject.toml with "
           "[project] (name, version 0.1.0, requires-python), the index the preset names, and the "
           "first dependencies; then its .venv with the interpreter asked for; then, when "
           "dependencies were given, lock and sync. What the New Project window does, without a "
           "window. A folder that already has a pyproject.toml is left alone."));
    parser.addPositionalArgument(QStringLiteral("DIR"), Tr::tr("The project folder"),
                                 QStringLiteral("[DIR]"));
    const QCommandLineOption name(
        QStringLiteral("name"), Tr::tr("The project's name (default: the folder's name)"), Tr::tr("NAME"));
    const QCommandLineOption python(
        QStringLiteral("python"),
        Tr::tr("The interpreter for .venv: a version (3.12) or a path (default: the newest found)"),
        Tr::tr("X.Y|PATH"));
    const QCommandLineOption requiresPython(
        QStringLiteral("requires-python"),
        Tr::tr("requires-python (default: >= the interpreter's X.Y)"), Tr::tr("SPEC"));
    const QCommandLineOption preset(
        QStringLiteral("index-preset"),
        Tr::tr("The kind of index: %1 (default: pypi)").arg(presetIds.join(QStringLiteral(", "))),
        Tr::tr("KIND"), QStringLiteral("pypi"));
    const QCommandLineOption indexUrl(
        QStringLiteral("index-url"),
        Tr::tr("The index's URL (the preset's pattern with its {placeholders} filled in)"), Tr::tr("URL"));
    const QCommandLineOption indexName(
        QStringLiteral("index-name"),
        Tr::tr("The index's name in pyproject.toml (default: the preset's)"), Tr::tr("NAME"));
    const QCommandLineOption dependency({QStringLiteral("dependency"), QStringLiteral("d")},
                                        Tr::tr("A first dependency (repeatable)"), Tr::tr("REQ"));
    const QCommandLineOption noVenv(QStringLiteral("no-venv"),
                                    Tr::tr("Do not create .venv (nor lock or sync)"));
    const QCommandLineOption noSync(QStringLiteral("no-sync"),
                                    Tr::tr("Do not lock and sync the first dependencies"));
    parser.addOptions(
        {name, python, requiresPython, preset, indexUrl, indexName, dependency, noVenv, noSync});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("init"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().size() > 1) {
        err << "error: "
            << Tr::tr("init takes one folder, not %1")
                   .arg(parser.positionalArguments().join(QLatin1Char(' ')))
            << "\n";
        return 2;
    }
    const QString folder = QDir::cleanPath(QDir::current().absoluteFilePath(
        parser.positionalArguments().value(0, QStringLiteral("."))));
    const QString projectFile = QDir(folder).filePath(QStringLiteral("pyproject.toml"));
    if (QFileInfo::exists(projectFile)) {
        err << "error: " << Tr::tr("%1 already exists: nothing was changed").arg(projectFile) << "\n";
        return 2;
    }
    const QString projectName
        = parser.isSet(name) ? parser.value(name) : QFileInfo(folder).fileName();
    if (!isValidPackageName(projectName.toStdString())) {
        err << "error: "
            << Tr::tr("'%1' is not a valid project name: use letters, digits, '.', '-' and '_', "
                  "starting and ending "
                  "with a letter or digit (give --name)")
                   .arg(projectName)
            << "\n";
        return 2;
    }
    const IndexPreset *chosen = nullptr;
    const QList<IndexPreset> presets = indexPresets();
    for (const IndexPreset &p : presets) {
        if (p.id == parser.value(preset))
            chosen = &p;
    }
    if (!chosen) {
        err << "error: "
            << Tr::tr("--index-preset takes %1, not '%2'")
                   .arg(presetIds.join(QStringLiteral(", ")), parser.value(preset))
            << "\n";
        return 2;
    }
    QString url = parser.value(indexUrl);
    if (chosen->id != QLatin1String("pypi")) {
        if (url.isEmpty() || url.contains(QLatin1Char('{')) || !QUrl(url).isValid()
            || QUrl(url).host().isEmpty()) {
            err << "error: "
                << Tr::tr("--index-preset %1 needs --index-url: %2 with every {placeholder} filled in")
                       .arg(chosen->id, chosen->urlTemplate)
                << "\n";
            return 2;
        }
        if (!QUrl(url).userInfo().isEmpty()) {
            err << "error: "
                << Tr::tr("--index-url carries credentials: they would end up in pyproject.toml; give "
                      "the URL without "
                      "them and store them with envdesk-cli auth set")
                << "\n";
            return 2;
        }
    } else if (!url.isEmpty()) {
        err << "error: "
            << Tr::tr("--index-url needs an --index-preset other than pypi (custom for any index)")
            << "\n";
        return 2;
    }
    QString requires_ = parser.value(requiresPython);
    if (!requires_.isEmpty()) {
        if (auto s = SpecifierSet::parse(requires_.toStdString()); !s) {
            err << "error: " << Tr::tr("--requires-python: %1").arg(s.error().message) << "\n";
            return 2;
        }
    }

    // The environment first: its Python gives requires-python when none was asked for.
    if (!QDir().mkpath(folder)) {
        err << "error: " << Tr::tr("cannot make the folder %1").arg(folder) << "\n";
        return 2;
    }
    const QString venv = QDir(folder).filePath(QStringLiteral(".venv"));
    if (!parser.isSet(noVenv)) {
        QStringList venvArgs{venv};
        if (parser.isSet(python))
            venvArgs << QStringLiteral("--python") << parser.value(python);
        if (const int made = runVenv(venvArgs, out, err); made != 0)
            return made;
        if (requires_.isEmpty()) {
            if (const QString version = environmentPythonVersion(venv); !version.isEmpty())
                requires_ = QStringLiteral(">=") + version;
        }
    } else if (requires_.isEmpty() && parser.isSet(python)
               && QRegularExpression(QStringLiteral("^\\d+\\.\\d+$"))
                      .match(parser.value(python))
                      .hasMatch()) {
        requires_ = QStringLiteral(">=") + parser.value(python);
    }

    auto project
        = PyProject::newProject(folder, projectName.toStdString(), requires_.toStdString());
    if (!project)
        return cliReport(project.error(), err);
    if (chosen->id != QLatin1String("pypi")) {
        IndexConfig index;
        index.name
            = (parser.isSet(indexName) ? parser.value(indexName) : chosen->name).toStdString();
        index.url = url.toStdString();
        index.isDefault = true;
        if (auto added = project->addIndex(index); !added)
            return cliReport(added.error(), err);
    }
    for (const QString &requirement : parser.values(dependency)) {
        if (auto added = project->addDependency(requirement.toStdString()); !added)
            return cliReport(added.error(), err);
    }
    if (auto saved = project->save(); !saved)
        return cliReport(saved.error(), err);
    out << Tr::tr("Created %1").arg(projectFile) << "\n";
    if (chosen->id != QLatin1String("pypi"))
        out << Tr::tr("Credentials for %1: %2 Store them with: envdesk-cli auth set %3 --username USER")
                   .arg(chosen->label, chosen->credentials, url)
            << "\n";
    out.flush();
    if (parser.values(dependency).isEmpty() || parser.isSet(noVenv) || parser.isSet(noSync))
        return 0;
    const int synced = runSync({QStringLiteral("--project"), folder}, out, err);
    if (synced != 0)
        err << Tr::tr("The project was created; the dependencies could not be locked and synced yet "
                  "(see above): fix "
                  "that, then run envdesk-cli sync --project %1")
                   .arg(folder)
            << "\n";
    return synced;
}

} // namespace Envdesk::Core
