#include "cli.h"

#include "authcommands.h"
#include "initcommands.h"
#include "installcommands.h"
#include "lockcommands.h"
#include "projectcommands.h"
#include "pythoncommands.h"
#include "resolvecommands.h"
#include "runcommands.h"
#include "settingscommands.h"

#include <envdesk/buildinfo.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <functional>
#include <map>

namespace Envdesk::Core {

namespace {

struct Command
{
    QString summary;
    std::function<int(const QStringList &, QTextStream &, QTextStream &)> run;
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Cli)
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("add"), {Tr::tr("Add requirements to the project (pyproject.toml)"), runAdd}},
        {QStringLiteral("remove"), {Tr::tr("Remove packages from the project"), runRemove}},
        {QStringLiteral("index"),
         {Tr::tr("Indexes: add, remove, list-files, list-projects, test (the connection doctor)"), runIndex}},
        {QStringLiteral("auth"),
         {Tr::tr("Credentials in the OS keychain: set, get, remove, migrate"), runAuth}},
        {QStringLiteral("import"),
         {Tr::tr("Import indexes, pins and requirements from pip.conf, a Pipfile or requirements.txt"),
          runImport}},
        {QStringLiteral("init"),
         {Tr::tr("Create a project: pyproject.toml, its index, .venv, the first dependencies"), runInit}},
        {QStringLiteral("install"),
         {Tr::tr("Resolve and install packages into a virtual environment"), runInstall}},
        {QStringLiteral("lock"),
         {Tr::tr("Resolve the project's dependencies into pylock.toml (PEP 751)"), runLock}},
        {QStringLiteral("sync"),
         {Tr::tr("Make a virtual environment match pylock.toml exactly"), runSync}},
        {QStringLiteral("tree"),
         {Tr::tr("Show the locked dependencies as a tree (--invert PKG: what needs it)"), runTree}},
        {QStringLiteral("python"),
         {Tr::tr("Python interpreters: list the ones on this machine"), runPython}},
        {QStringLiteral("venv"), {Tr::tr("Create a virtual environment"), runVenv}},
        {QStringLiteral("resolve"),
         {Tr::tr("Resolve requirements against the indexes (the PubGrub resolver)"), runResolve}},
        {QStringLiteral("run"),
         {Tr::tr("Sync, then run a command in the environment with the project's indexes, credentials "
             "and certificates"),
          runRun}},
        {QStringLiteral("export"),
         {Tr::tr("Write pylock.toml as a requirements file (pinned, with hashes)"), runExport}},
        {QStringLiteral("settings"),
         {Tr::tr("Show the effective settings and where each comes from"), runSettings}},
    };
    return table;
}


CliGlobals &globals()
{
    static CliGlobals g;
    return g;
}

// Options that every command's own parser also knows keep their place after the command.
bool commandDefines(const QString &command, const QString &option)
{
    static const QStringList verbose{QStringLiteral("lock"), QStringLiteral("resolve"), QStringLiteral("index")};
    if (option == QLatin1String("verbose") || option == QLatin1String("offline"))
        return verbose.contains(command);
    return false;
}

/**
 * Takes the global options out of `args` (before the command, and after it up to a `--`),
 * into globals(). Returns an error message for a bad one.
 */
QString takeGlobals(QStringList &args)
{
    CliGlobals &g = globals();
    g = CliGlobals();
    const QString offlineVariable = qEnvironmentVariable("UV_OFFLINE").toLower();
    g.offline = offlineVariable == QLatin1String("1") || offlineVariable == QLatin1String("true")
                || offlineVariable == QLatin1String("yes") || offlineVariable == QLatin1String("on");
    QString command;
    QStringList kept;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if (a == QLatin1String("--")) {
            kept += args.mid(i);
            break;
        }
        const bool beforeCommand = command.isEmpty();
        auto value = [&](const QString &name, QString *out) -> std::optional<QString> {
            if (a == QLatin1String("--") + name) {
                if (i + 1 >= args.size())
                    return Tr::tr("--%1 needs a value").arg(name);
                *out = args[++i];
                return QString();
            }
            if (a.startsWith(QLatin1String("--") + name + QLatin1Char('='))) {
                *out = a.mid(name.size() + 3);
                return QString();
            }
            return std::nullopt;
        };
        static const QRegularExpression manyV(QStringLiteral("^-v+$"));
        if (manyV.match(a).hasMatch() && (beforeCommand || a.size() > 2 || !commandDefines(command, QStringLiteral("verbose")))) {
            g.verbosity += int(a.size()) - 1;
            if (!beforeCommand && a.size() > 2 && commandDefines(command, QStringLiteral("verbose")))
                kept << QStringLiteral("-v");
            continue;
        }
        if (a == QLatin1String("--verbose") && (beforeCommand || !commandDefines(command, QStringLiteral("verbose")))) {
            ++g.verbosity;
            continue;
        }
        if (a == QLatin1String("-q") || a == QLatin1String("--quiet")) {
            g.quiet = true;
            continue;
        }
        if (a == QLatin1String("--no-progress")) {
            g.noProgress = true;
            continue;
        }
        if (a == QLatin1String("--offline") && (beforeCommand || !commandDefines(command, QStringLiteral("offline")))) {
            g.offline = true;
            continue;
        }
        QString v;
        if (auto r = value(QStringLiteral("directory"), &v)) {
            if (!r->isEmpty())
                return *r;
            if (!QFileInfo(v).isDir() || !QDir::setCurrent(v))
                return Tr::tr("--directory %1: no such folder").arg(v);
            continue;
        }
        if (auto r = value(QStringLiteral("color"), &v)) {
            if (!r->isEmpty())
                return *r;
            if (v != QLatin1String("auto") && v != QLatin1String("always") && v != QLatin1String("never"))
                return Tr::tr("--color takes auto, always or never, not '%1'").arg(v);
            g.color = v; // envdesk-cli prints no colours yet: accepted, so that uv's habits work
            continue;
        }
        if (beforeCommand) {
            if (auto r = value(QStringLiteral("project"), &v)) {
                if (!r->isEmpty())
                    return *r;
                if (const QString problem = missingProject(v); !problem.isEmpty())
                    return problem;
                g.project = v;
                continue;
            }
            if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("--help") && a != QLatin1String("-h")
                && a != QLatin1String("--version") && a != QLatin1String("-V"))
                return Tr::tr("unknown option '%1' before the command").arg(a);
            if (!a.startsWith(QLatin1Char('-')))
                command = a;
        }
        kept << a;
    }
    args = kept;
    return {};
}

void printHelp(QTextStream &out)
{
    out << Tr::tr("Usage: envdesk-cli [GLOBAL OPTIONS] COMMAND [ARGS...]") << "\n\n"
        << Tr::tr("Manage Python projects, their indexes and environments from the command line.")
        << "\n\n"
        << Tr::tr("Options:") << "\n"
        << "  -h, --help     " << Tr::tr("Show this help, or a command's help after its name") << "\n"
        << "  -V, --version  " << Tr::tr("Show the version") << "\n\n"
        << Tr::tr("Global options (before or after the command):") << "\n"
        << "  -v, -vv              " << Tr::tr("Say more: index queries (-v), with their credential source and rule (-vv)") << "\n"
        << "  -q, --quiet          " << Tr::tr("No progress lines (results, warnings and errors still)") << "\n"
        << "  --no-progress        " << Tr::tr("No progress lines") << "\n"
        << "  --offline            " << Tr::tr("Use cached pages only (also UV_OFFLINE=1)") << "\n"
        << "  --project DIR        " << Tr::tr("The project (before the command: for every command that looks for one)") << "\n"
        << "  --directory DIR      " << Tr::tr("Run as if started in DIR") << "\n"
        << "  --color WHEN         " << Tr::tr("auto, always or never (envdesk-cli prints no colours yet)") << "\n\n"
        << Tr::tr("Commands:") << "\n";
    for (const auto &[name, command] : commands())
        out << "  " << name.leftJustified(14) << ' ' << command.summary << "\n";
    out.flush();
}

} // namespace

const CliGlobals &cliGlobals()
{
    return globals();
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err,
           const CancelToken &cancel)
{
    QStringList args = arguments.mid(1);
    if (const QString problem = takeGlobals(args); !problem.isEmpty()) {
        err << "error: " << problem << "\n";
        err.flush();
        return 2;
    }
    globals().cancel = cancel;
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printHelp(out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-V")) {
        out << "envdesk-cli " << BuildInfo::version << "\n";
        out.flush();
        return 0;
    }
    const auto it = commands().find(args.first());
    if (it == commands().end()) {
        err << Tr::tr("envdesk-cli: unknown command '%1'. Run 'envdesk-cli --help' for the list.")
                   .arg(args.first())
            << "\n";
        err.flush();
        return 2;
    }
    return it->second.run(args.mid(1), out, err);
}

} // namespace Envdesk::Core
