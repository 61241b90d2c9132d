#include "authcommands.h"

#include "projectcommands.h"

#include "core/net/credentials.h"
#include "core/net/httpclient.h"
#include "core/net/secretstore.h"
#include "core/project/pyproject.h"
#include "core/project/settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Cli)
};

Error authError(ErrorCode code, const QString &message, const QString &hint)
{
    Error e;
    e.code = code;
    e.message = message;
    e.hint = hint;
    return e;
}

int usage(QTextStream &err, const QString &message)
{
    err << "envdesk-cli auth: " << message << "\n";
    err.flush();
    return 2;
}

// Reads one line from the terminal without echo, or all of stdin when it is not a terminal.
// The secret is never an argument: it would show in `ps` and in shell history.
std::optional<QByteArray> readSecret(QTextStream &err, const QString &prompt)
{
    if (isatty(STDIN_FILENO)) {
        err << prompt;
        err.flush();
        termios old{};
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        std::string line;
        const bool ok = bool(std::getline(std::cin, line));
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        err << "\n";
        err.flush();
        if (!ok)
            return std::nullopt;
        return QByteArray::fromStdString(line);
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray all = in.readAll();
    while (all.endsWith('\n') || all.endsWith('\r'))
        all.chop(1);
    return all;
}

QString readLine(QTextStream &err, const QString &prompt)
{
    err << prompt;
    err.flush();
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}

struct Target
{
    std::string indexName; ///< empty when given as a URL
    QUrl url;
};

// An index of the project (or the user's uv.toml) by name, or a URL as it is.
Expected<Target> resolveTarget(const QString &given, const QString &projectOption)
{
    if (given.contains(QLatin1String("://"))) {
        const QUrl url(given);
        // file:///path: the passphrase of a client certificate (PKCS#12 or an encrypted key).
        if (!url.isValid() || (url.host().isEmpty() && !url.isLocalFile())) {
            Error e;
            e.code = ErrorCode::InvalidConfig;
            e.message = Tr::tr("'%1' is not a valid index URL").arg(redactedUrl(url));
            return std::unexpected(e);
        }
        return Target{{}, url};
    }
    SettingsInputs inputs;
    const QString projectFile = findProjectFile(projectOption);
    if (QFileInfo::exists(projectFile))
        inputs.projectDir = QFileInfo(projectFile).absolutePath();
    auto settings = resolveSettings(inputs);
    if (!settings)
        return std::unexpected(settings.error());
    QStringList names;
    for (const EffectiveIndex &index : settings->indexes) {
        if (index.config.name == given.toStdString())
            return Target{index.config.name, QUrl(QString::fromStdString(index.config.url))};
        if (!index.config.name.empty())
            names << QString::fromStdString(index.config.name);
    }
    Error e;
    e.code = ErrorCode::InvalidConfig;
    e.message = Tr::tr("there is no index named '%1' in %2").arg(given, projectFile);
    e.hint = names.isEmpty() ? Tr::tr("give the index URL instead")
                             : Tr::tr("known indexes: %1").arg(names.join(QLatin1String(", ")));
    return std::unexpected(e);
}

int authSet(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Store the credentials of an index in the OS keychain, keyed by the index URL. The secret "
        "(password or token) is read from stdin, or asked for without echo on a terminal; it is "
        "never taken from the command line."));
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("The project folder"),
                                     Tr::tr("DIR"));
    const QCommandLineOption username(QStringLiteral("username"), Tr::tr("The user name"), Tr::tr("NAME"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   Tr::tr("The secret is a token: user name __token__"));
    parser.addOptions({project, username, token});
    parser.addPositionalArgument(QStringLiteral("INDEX"),
                                 Tr::tr("An index name of the project, or an index URL"));
    int code = 0;
    if (!cliParse(parser, QStringLiteral("auth set"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(err, Tr::tr("auth set takes one INDEX (a name or a URL)"));
    auto target = resolveTarget(parser.positionalArguments().first(), parser.value(project));
    if (!target)
        return cliReport(target.error(), err);
    SecretStore store;
    if (const auto a = store.probe(); !a.available)
        return cliReport(authError(ErrorCode::Keychain, a.message, {}), err);
    QString user = parser.isSet(token) ? QStringLiteral("__token__") : parser.value(username);
    if (user.isEmpty())
        user = target->url.userName();
    if (user.isEmpty()) {
        if (!isatty(STDIN_FILENO))
            return usage(err,
                         Tr::tr("give --username NAME (or --token) when the secret comes from stdin"));
        user = readLine(err, Tr::tr("Username for %1: ").arg(redactedUrl(target->url)));
    }
    auto secret = readSecret(
        err, Tr::tr("Password or token for %1 (not shown): ").arg(redactedUrl(target->url)));
    if (!secret || secret->isEmpty())
        return usage(err, Tr::tr("no secret given on stdin"));
    if (auto written = store.write(target->url, {user, *secret}); !written)
        return cliReport(written.error(), err);
    out << Tr::tr("stored credentials for %1 (user %2) in the keychain")
               .arg(SecretStore::keyFor(target->url), user)
        << "\n";
    out.flush();
    return 0;
}

int authGet(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Show which credentials envdesk would use for an index and where they come from (URL, "
           "UV_INDEX_<NAME>_* variables, .netrc, keychain). The secret is shown only with "
           "--show-secret."));
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("The project folder"),
                                     Tr::tr("DIR"));
    const QCommandLineOption show(QStringLiteral("show-secret"), Tr::tr("Also print the secret"));
    parser.addOptions({project, show});
    parser.addPositionalArgument(QStringLiteral("INDEX"),
                                 Tr::tr("An index name of the project, or an index URL"));
    int code = 0;
    if (!cliParse(parser, QStringLiteral("auth get"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(err, Tr::tr("auth get takes one INDEX (a name or a URL)"));
    auto target = resolveTarget(parser.positionalArguments().first(), parser.value(project));
    if (!target)
        return cliReport(target.error(), err);
    CredentialProvider provider;
    const auto found = provider.find(target->indexName, target->url);
    for (const QString &w : provider.warnings())
        err << "warning: " << w << "\n";
    err.flush();
    out << Tr::tr("index:    %1").arg(SecretStore::keyFor(target->url)) << "\n";
    if (!found) {
        out << Tr::tr("no credentials found (URL, variables, .netrc, keychain)") << "\n";
        out.flush();
        return 1;
    }
    out << Tr::tr("username: %1").arg(found->username) << "\n"
        << Tr::tr("source:   %1").arg(found->source) << "\n";
    if (parser.isSet(show))
        out << Tr::tr("secret:   %1").arg(QString::fromUtf8(found->secret)) << "\n";
    out.flush();
    return 0;
}

int authRemove(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Remove an index's credentials from the OS keychain."));
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("The project folder"),
                                     Tr::tr("DIR"));
    parser.addOption(project);
    parser.addPositionalArgument(QStringLiteral("INDEX"),
                                 Tr::tr("An index name of the project, or an index URL"));
    int code = 0;
    if (!cliParse(parser, QStringLiteral("auth remove"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(err, Tr::tr("auth remove takes one INDEX (a name or a URL)"));
    auto target = resolveTarget(parser.positionalArguments().first(), parser.value(project));
    if (!target)
        return cliReport(target.error(), err);
    SecretStore store;
    if (auto removed = store.remove(target->url); !removed)
        return cliReport(removed.error(), err);
    out << Tr::tr("removed the keychain entry for %1").arg(SecretStore::keyFor(target->url)) << "\n";
    out.flush();
    return 0;
}

int authMigrate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Move credentials written inside index URLs of pyproject.toml into the OS keychain, and "
        "take them out of the file. The keychain is written (and read back) before the file is."));
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("The project folder"),
                                     Tr::tr("DIR"));
    parser.addOption(project);
    int code = 0;
    if (!cliParse(parser, QStringLiteral("auth migrate"), args, out, err, &code))
        return code;
    auto loaded = PyProject::load(findProjectFile(parser.value(project)));
    if (!loaded)
        return cliReport(loaded.error(), err);
    std::vector<std::pair<IndexConfig, QUrl>> withCredentials;
    for (const IndexConfig &index : loaded->indexes()) {
        const QUrl url(QString::fromStdString(index.url));
        if (!url.userName().isEmpty() || !url.password().isEmpty())
            withCredentials.emplace_back(index, url);
    }
    if (withCredentials.empty()) {
        out << Tr::tr("no index URL in %1 holds credentials; nothing to do").arg(loaded->filePath())
            << "\n";
        out.flush();
        return 0;
    }
    SecretStore store;
    if (const auto a = store.probe(); !a.available)
        return cliReport(authError(ErrorCode::Keychain, a.message, Tr::tr("nothing was changed")), err);
    for (const auto &[index, url] : withCredentials) {
        if (index.name.empty())
            return cliReport(
                authError(ErrorCode::InvalidProject,
                          Tr::tr("an unnamed index at line %1 holds credentials").arg(index.line),
                          Tr::tr("give it a name first; nothing was changed")),
                err);
        const Credential credential{url.userName(), url.password().toUtf8()};
        if (auto written = store.write(url, credential); !written)
            return cliReport(written.error(), err);
        auto back = store.read(url);
        if (!back || !back->has_value() || (*back)->secret != credential.secret)
            return cliReport(authError(ErrorCode::Keychain,
                                       Tr::tr("the keychain did not give back what was stored for '%1'")
                                           .arg(QString::fromStdString(index.name)),
                                       Tr::tr("the file was not changed")),
                             err);
        if (auto stripped = loaded->stripIndexCredentials(index.name); !stripped)
            return cliReport(stripped.error(), err);
        out << Tr::tr("moved the credentials of '%1' (user %2) into the keychain")
                   .arg(QString::fromStdString(index.name), credential.username)
            << "\n";
    }
    if (auto saved = loaded->save(); !saved)
        return cliReport(saved.error(), err);
    out << Tr::tr("wrote %1").arg(loaded->filePath()) << "\n";
    out.flush();
    return 0;
}

} // namespace

int runAuth(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("set"))
        return authSet(args.mid(1), out, err);
    if (sub == QLatin1String("get"))
        return authGet(args.mid(1), out, err);
    if (sub == QLatin1String("remove"))
        return authRemove(args.mid(1), out, err);
    if (sub == QLatin1String("migrate"))
        return authMigrate(args.mid(1), out, err);
    const bool help = sub == QLatin1String("--help") || sub == QLatin1String("-h");
    (help ? out : err) << Tr::tr(
        "Usage: envdesk-cli auth set|get|remove INDEX [--project DIR]\n"
        "       envdesk-cli auth migrate [--project DIR]\n\n"
        "  set      store an index's credentials in the OS keychain (secret from stdin or a "
        "prompt)\n"
        "  get      show which credentials apply to an index and where they come from\n"
        "  remove   remove an index's keychain entry\n"
        "  migrate  move credentials out of pyproject.toml URLs into the keychain\n");
    (help ? out : err).flush();
    return help ? 0 : 2;
}

} // namespace Envdesk::Core
