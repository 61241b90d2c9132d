#include "settingscommands.h"

#include "projectcommands.h"

#include "core/pep/name.h"
#include "core/project/importer.h"
#include "core/project/pyproject.h"
#include "core/project/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Cli)
};

} // namespace

int runSettings(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Print the effective settings of a project and where each value comes from: built-in "
        "defaults, the user's uv.toml, the project's uv.toml or [tool.uv], pip's variables, "
        "uv's variables and the command line (lowest precedence first). Secrets are never shown."));
    const QCommandLineOption project(
        QStringLiteral("project"),
        Tr::tr("The project folder (default: the nearest folder upwards that has a pyproject.toml)"),
        Tr::tr("DIR"));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("text (default) or json"),
                                    Tr::tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption index(
        QStringLiteral("index"),
        Tr::tr("An extra index, as a command line would give it (URL or NAME=URL)"), Tr::tr("INDEX"));
    const QCommandLineOption defaultIndex(QStringLiteral("default-index"), Tr::tr("The default index"),
                                          Tr::tr("URL"));
    const QCommandLineOption indexUrl(QStringLiteral("index-url"),
                                      Tr::tr("The default index (legacy form)"), Tr::tr("URL"));
    const QCommandLineOption extraIndexUrl(QStringLiteral("extra-index-url"),
                                           Tr::tr("An extra index (legacy form)"), Tr::tr("URL"));
    const QCommandLineOption strategy(QStringLiteral("index-strategy"),
                                      Tr::tr("first-index, unsafe-first-match or unsafe-best-match"),
                                      Tr::tr("STRATEGY"));
    const QCommandLineOption insecure(QStringLiteral("allow-insecure-host"),
                                      Tr::tr("A host whose TLS is not verified"), Tr::tr("HOST"));
    const QCommandLineOption noPip(QStringLiteral("no-pip-config"),
                                   Tr::tr("Ignore pip's variables (PIP_INDEX_URL, PIP_CERT, ...)"));
    const QCommandLineOption userConfig(
        QStringLiteral("user-config"),
        Tr::tr("The user-level uv.toml (default: $XDG_CONFIG_HOME/uv/uv.toml)"), Tr::tr("FILE"));
    parser.addOptions({project, format, index, defaultIndex, indexUrl, extraIndexUrl, strategy,
                       insecure, noPip, userConfig});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("settings"), args, out, err, &code))
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        err << Tr::tr("envdesk-cli settings: unexpected argument '%1'")
                   .arg(parser.positionalArguments().first())
            << "\n";
        err.flush();
        return 2;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err << Tr::tr("envdesk-cli settings: --format is 'text' or 'json', not '%1'").arg(fmt) << "\n";
        err.flush();
        return 2;
    }
    SettingsInputs inputs;
    const QString projectFile = findProjectFile(parser.value(project));
    if (QFileInfo::exists(projectFile))
        inputs.projectDir = QFileInfo(projectFile).absolutePath();
    else if (parser.isSet(project))
        inputs.projectDir = parser.value(project); // a folder with a uv.toml only
    inputs.userConfigFile = parser.value(userConfig);
    inputs.readPipConfig = !parser.isSet(noPip);
    inputs.commandLineIndexes = parser.values(index);
    inputs.commandLineDefaultIndex = parser.value(defaultIndex);
    for (const auto &[option, key] : {std::pair{&indexUrl, "index-url"},
                                      {&extraIndexUrl, "extra-index-url"},
                                      {&strategy, "index-strategy"},
                                      {&insecure, "allow-insecure-host"}}) {
        for (const QString &v : parser.values(*option))
            inputs.commandLine.emplace_back(key, v.toStdString());
    }
    auto settings = resolveSettings(inputs);
    if (!settings)
        return cliReport(settings.error(), err);
    if (fmt == QLatin1String("json"))
        out << QJsonDocument(settings->toJson()).toJson(QJsonDocument::Indented);
    else
        out << settings->toText();
    out.flush();
    return 0;
}

int runImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Bring an existing pip or pipenv setup into the project's pyproject.toml: indexes, trusted "
        "hosts, find-links and certificates from pip.conf / pip.ini; sources, packages and index "
        "pins "
        "from a Pipfile; options and requirements from a requirements file. Credentials in URLs "
        "are "
        "never copied; trusted hosts and verify_ssl = false become insecure hosts, with a "
        "warning."));
    const QCommandLineOption project(
        QStringLiteral("project"),
        Tr::tr("The project folder (default: the nearest folder upwards that has a pyproject.toml; "
           "created with a minimal [project] table when there is none)"),
        Tr::tr("DIR"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("Show what would change, write nothing"));
    parser.addOptions({project, dryRun});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("pip.conf, pip.ini, Pipfile, or a requirements file"));
    int code = 0;
    if (!cliParse(parser, QStringLiteral("import"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err << Tr::tr("envdesk-cli import: give exactly one FILE to import (see --help)") << "\n";
        err.flush();
        return 2;
    }
    auto plan = readImport(parser.positionalArguments().first());
    if (!plan)
        return cliReport(plan.error(), err);

    QString projectFile = findProjectFile(parser.value(project));
    Expected<PyProject> loaded
        = QFileInfo::exists(projectFile) ? PyProject::load(projectFile) : Expected<PyProject>{};
    if (!QFileInfo::exists(projectFile)) {
        const QString dir = parser.isSet(project) ? parser.value(project) : QDir::currentPath();
        projectFile = QDir(dir).filePath(QStringLiteral("pyproject.toml"));
        std::string name
            = normalizePackageName(QFileInfo(QDir(dir).absolutePath()).fileName().toStdString());
        if (!isValidPackageName(name))
            name = "project";
        loaded = PyProject::fromText("[project]\nname = \"" + name
                                         + "\"\nversion = \"0.1.0\"\ndependencies = []\n",
                                     projectFile);
        out << Tr::tr("no pyproject.toml: creating %1").arg(projectFile) << "\n";
    }
    if (!loaded)
        return cliReport(loaded.error(), err);
    auto done = applyImport(*loaded, *plan);
    if (!done)
        return cliReport(done.error(), err);
    for (const QString &line : *done)
        out << "  " << line << "\n";
    for (const Diagnostic &w : plan->warnings) {
        err << "warning: " << w.file;
        if (w.line > 0)
            err << ':' << w.line;
        err << ": " << w.message;
        if (!w.hint.isEmpty())
            err << " (" << w.hint << ')';
        err << "\n";
    }
    err.flush();
    if (parser.isSet(dryRun)) {
        out << Tr::tr("dry run: %1 was not changed").arg(projectFile) << "\n";
        out.flush();
        return 0;
    }
    if (auto saved = loaded->save(); !saved)
        return cliReport(saved.error(), err);
    out << Tr::tr("wrote %1").arg(projectFile) << "\n";
    out.flush();
    return 0;
}

} // namespace Envdesk::Core
