#include "pythoncommands.h"

#include "projectcommands.h"

#include "../install/interpreters.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Envdesk::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Envdesk::Core::Cli", text);
}

} // namespace

int runPython(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.value(0) != QLatin1String("list")) {
        const bool help
            = args.value(0) == QLatin1String("--help") || args.value(0) == QLatin1String("-h");
        (help ? out : err) << tr("Usage: envdesk-cli python list [--format text|json] [--no-cache]")
                           << "\n";
        (help ? out : err).flush();
        return help ? 0 : 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the Python interpreters on this machine (PATH, pyenv, /usr/bin, "
           "/usr/local/bin, uv, conda), newest first, with where each was found."));
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default) or json"), tr("F"),
                                    QStringLiteral("text"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"),
                                     tr("Probe every interpreter again"));
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
            out << tr("no Python interpreter found") << "\n";
    }
    for (const QString &p : found.problems)
        err << "warning: " << p << "\n";
    out.flush();
    err.flush();
    return found.interpreters.empty() ? 1 : 0;
}

} // namespace Envdesk::Core
