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

#include <functional>
#include <map>

namespace Envdesk::Core {

namespace {

struct Command
{
    QString summary;
    std::function<int(const QStringList &, QTextStream &, QTextStream &)> run;
};

QString tr(const char *text);

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("add"), {tr("Add requirements to the project (pyproject.toml)"), runAdd}},
        {QStringLiteral("remove"), {tr("Remove packages from the project"), runRemove}},
        {QStringLiteral("index"),
         {tr("Indexes: add, remove, list-files, list-projects, test (the connection doctor)"), runIndex}},
        {QStringLiteral("auth"),
         {tr("Credentials in the OS keychain: set, get, remove, migrate"), runAuth}},
        {QStringLiteral("import"),
         {tr("Import indexes, pins and requirements from pip.conf, a Pipfile or requirements.txt"),
          runImport}},
        {QStringLiteral("init"),
         {tr("Create a project: pyproject.toml, its index, .venv, the first dependencies"), runInit}},
        {QStringLiteral("install"),
         {tr("Resolve and install packages into a virtual environment"), runInstall}},
        {QStringLiteral("lock"),
         {tr("Resolve the project's dependencies into pylock.toml (PEP 751)"), runLock}},
        {QStringLiteral("sync"),
         {tr("Make a virtual environment match pylock.toml exactly"), runSync}},
        {QStringLiteral("tree"),
         {tr("Show the locked dependencies as a tree (--invert PKG: what needs it)"), runTree}},
        {QStringLiteral("python"),
         {tr("Python interpreters: list the ones on this machine"), runPython}},
        {QStringLiteral("venv"), {tr("Create a virtual environment"), runVenv}},
        {QStringLiteral("resolve"),
         {tr("Resolve requirements against the indexes (the PubGrub resolver)"), runResolve}},
        {QStringLiteral("run"),
         {tr("Sync, then run a command in the environment with the project's indexes, credentials "
             "and certificates"),
          runRun}},
        {QStringLiteral("export"),
         {tr("Write pylock.toml as a requirements file (pinned, with hashes)"), runExport}},
        {QStringLiteral("settings"),
         {tr("Show the effective settings and where each comes from"), runSettings}},
    };
    return table;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Envdesk::Core::Cli", text);
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: envdesk-cli [--help] [--version] COMMAND [ARGS...]") << "\n\n"
        << tr("Manage Python projects, their indexes and environments from the command line.")
        << "\n\n"
        << tr("Options:") << "\n"
        << "  -h, --help     " << tr("Show this help, or a command's help after its name") << "\n"
        << "  -V, --version  " << tr("Show the version") << "\n\n"
        << tr("Commands:") << "\n";
    for (const auto &[name, command] : commands())
        out << "  " << name.leftJustified(14) << ' ' << command.summary << "\n";
    out.flush();
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QStringList args = arguments.mid(1);
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
        err << tr("envdesk-cli: unknown command '%1'. Run 'envdesk-cli --help' for the list.")
                   .arg(args.first())
            << "\n";
        err.flush();
        return 2;
    }
    return it->second.run(args.mid(1), out, err);
}

} // namespace Envdesk::Core
