#include "pythoncommands.h"

#include "installcommands.h"
#include "projectcommands.h"

#include "core/install/interpreters.h"
#include "core/install/venv.h"
#include "core/pep/specifier.h"
#include "core/project/pyproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Cli)
};

} // namespace

int runPython(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.value(0) != QLatin1String("list")) {
        const bool help
            = args.value(0) == QLatin1String("--help") || args.value(0) == QLatin1String("-h");
        (help ? out : err) << Tr::tr("Usage: envdesk-cli python list [--format text|json] [--no-cache]")
                           << "\n";
        (help ? out : err).flush();
        return help ? 0 : 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List the Python interpreters on this machine (PATH, pyenv, /usr/bin, "
           "/usr/local/bin, uv, conda), newest first, with where each was found."));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("text (default) or json"), Tr::tr("F"),
                                    QStringLiteral("text"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"),
                                     Tr::tr("Probe every interpreter again"));
    parser.addOptions({format, noCache});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("python list"), args.mid(1), out, err, &code))
        return code;
    InterpreterDiscoveryOptions options;
    options.useCache = !parser.isSet(noCache);
    const InterpreterDiscovery found = discoverInterpreters(options);
    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray list;
        for (const FoundInterpreter &i : found.interpreters)
            list.append(QJsonObject{
                {QStringLiteral("version"), QString::fromStdString(i.info.version)},
                {QStringLiteral("implementation"), QString::fromStdString(i.info.implementation)},
                {QStringLiteral("path"), i.path},
                {QStringLiteral("executable"), i.info.executable},
                {QStringLiteral("source"), i.source},
                {QStringLiteral("platform"), QString::fromStdString(i.info.tags.sysconfigPlatform)},
                {QStringLiteral("virtualenv"), i.info.isVirtualEnvironment()}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("interpreters"), list},
                                         {QStringLiteral("problems"),
                                          QJsonArray::fromStringList(found.problems)}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const FoundInterpreter &i : found.interpreters)
            out << QString::fromStdString(i.info.implementation + " " + i.info.version)
                       .leftJustified(18)
                << ' ' << i.path.leftJustified(48) << ' ' << i.source << "\n";
        if (found.interpreters.empty())
            out << Tr::tr("no Python interpreter found") << "\n";
    }
    for (const QString &p : found.problems)
        err << "warning: " << p << "\n";
    out.flush();
    err.flush();
    return found.interpreters.empty() ? 1 : 0;
}

int runVenv(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Create a virtual environment (default: .venv beside the project's pyproject.toml, "
           "or in the current folder)."));
    parser.addPositionalArgument(QStringLiteral("PATH"), Tr::tr("Where to create it"), Tr::tr("[PATH]"));
    const QCommandLineOption python(
        QStringLiteral("python"),
        Tr::tr("The interpreter: a path, or a version (3.12) picked from the ones found; default: the "
           "newest that the project's requires-python admits"),
        Tr::tr("PYTHON"));
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("The project folder"),
                                     Tr::tr("DIR"));
    const QCommandLineOption prompt(QStringLiteral("prompt"),
                                    Tr::tr("The name the activation scripts show"), Tr::tr("NAME"));
    const QCommandLineOption clear(QStringLiteral("clear"),
                                   Tr::tr("Replace an existing virtual environment there"));
    const QCommandLineOption system(QStringLiteral("system-site-packages"),
                                    Tr::tr("Also see the base interpreter's packages"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        Tr::tr("Install pip into it, from the project's indexes (or --index-url), as install does"));
    const QCommandLineOption indexUrl(QStringLiteral("index-url"),
                                      Tr::tr("With --seed: the default index"), Tr::tr("URL"));
    parser.addOptions({python, project, prompt, clear, system, seed, indexUrl});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("venv"), args, out, err, &code))
        return code;
    const QString projectFile = findProjectFile(parser.value(project));
    const bool hasProject = QFileInfo::exists(projectFile);
    const QString path
        = !parser.positionalArguments().isEmpty() ? parser.positionalArguments().first()
          : hasProject ? QFileInfo(projectFile).absoluteDir().filePath(QStringLiteral(".venv"))
                       : QDir::current().filePath(QStringLiteral(".venv"));

    // Which interpreter.
    auto base = chooseInterpreter(parser.value(python), hasProject ? projectFile : QString());
    if (!base)
        return cliReport(base.error(), err);
    // An interpreter asked for that the project's requires-python does not admit: made, with a
    // warning, as uv's venv does (locking and syncing then say what does not fit).
    if (hasProject && parser.isSet(python)) {
        auto loaded = PyProject::load(projectFile);
        const std::string wanted = loaded ? loaded->requiresPython() : std::string();
        auto spec = wanted.empty() ? Expected<SpecifierSet>(std::unexpected(Error{}))
                                   : SpecifierSet::parse(wanted);
        auto version = Version::parse(base->version);
        if (spec && version && !spec->contains(*version, true))
            err << "warning: "
                << Tr::tr("the requested interpreter is Python %1 (%2), which the project's "
                      "requires-python '%3' (%4) does not admit")
                       .arg(QString::fromStdString(base->version), base->executable,
                            QString::fromStdString(wanted), QDir::toNativeSeparators(projectFile))
                << "\n";
        err.flush();
    }
    VenvOptions options;
    options.prompt = parser.value(prompt);
    options.clear = parser.isSet(clear);
    options.systemSitePackages = parser.isSet(system);
    auto created = createVirtualEnvironment(path, *base, options);
    if (!created)
        return cliReport(created.error(), err);
    out << Tr::tr("Created %1 with %2 %3 (%4)")
               .arg(created->path, QString::fromStdString(base->implementation),
                    QString::fromStdString(base->version), base->executable)
        << "\n"
        << Tr::tr("Activate it with: source %1/bin/activate").arg(created->path) << "\n";
    out.flush();
    if (parser.isSet(seed)) {
        // pip is resolved for the new environment's interpreter and installed like any package.
        QStringList installArgs{QStringLiteral("pip"), QStringLiteral("--venv"), created->path};
        if (hasProject)
            installArgs << QStringLiteral("--project") << QFileInfo(projectFile).absolutePath();
        for (const QString &url : parser.values(indexUrl))
            installArgs << QStringLiteral("--index-url") << url;
        if (const int failed = runInstall(installArgs, out, err)) {
            err << Tr::tr("%1 was created, but pip could not be installed into it (see above); "
                      "envdesk-cli install pip --venv %1 tries again")
                       .arg(created->path)
                << "\n";
            return failed;
        }
    }
    return 0;
}

} // namespace Envdesk::Core
