#include "runcommands.h"

#include "lockcommands.h"
#include "projectcommands.h"

#include "core/index/indexsetup.h"
#include "core/install/lockinputs.h"
#include "core/install/pylock.h"
#include "core/pep/name.h"
#include "core/net/httpclient.h"
#include "core/project/projecttypes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <unistd.h>

#include <vector>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Cli)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// One PEM bundle: the machine's CAs, then every CA file and folder the project's indexes trust.
QByteArray caBundle(const std::vector<TlsProfile> &profiles)
{
    QByteArray pem;
    for (const QSslCertificate &c : QSslConfiguration::systemCaCertificates())
        pem += c.toPem();
    QStringList files;
    for (const TlsProfile &p : profiles) {
        files += p.caFiles;
        for (const QString &folder : p.caDirectories) {
            for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files, QDir::Name))
                files << f.absoluteFilePath();
        }
    }
    files.removeDuplicates();
    for (const QString &file : std::as_const(files)) {
        for (const QSslCertificate &c : QSslCertificate::fromPath(file, QSsl::Pem))
            pem += c.toPem();
    }
    return pem;
}

} // namespace

int runRun(const QStringList &args, QTextStream &out, QTextStream &err)
{
    // Everything after "--" belongs to the command, options included.
    const qsizetype separator = args.indexOf(QStringLiteral("--"));
    const QStringList own = separator < 0 ? args : args.mid(0, separator);
    const QStringList command = separator < 0 ? QStringList() : args.mid(separator + 1);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Sync the project's environment (.venv beside pyproject.toml), then run COMMAND in it: "
           "its bin folder first on PATH, VIRTUAL_ENV set, and the project's indexes reachable "
           "the way uv and pip look for them: UV_INDEX_<NAME>_USERNAME / _PASSWORD for every "
           "index with credentials (from the keychain, .netrc, variables or a credential "
           "command), PIP_INDEX_URL (the default index) and PIP_EXTRA_INDEX_URL (the others in "
           "the project's order, explicit ones left out) with their credentials, one CA bundle "
           "of the machine's and the indexes' CAs in SSL_CERT_FILE, REQUESTS_CA_BUNDLE and "
           "PIP_CERT, and an index's client certificate in SSL_CLIENT_CERT and PIP_CLIENT_CERT. "
           "Secrets go into COMMAND's environment only: never into a file or an argument. The "
           "exit code is COMMAND's."));
    parser.addPositionalArgument(QStringLiteral("--"), Tr::tr("Ends envdesk's options"));
    parser.addPositionalArgument(QStringLiteral("COMMAND"),
                                 Tr::tr("The program to run, and its arguments"));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption noSync(QStringLiteral("no-sync"), Tr::tr("Run without syncing first"));
    const QCommandLineOption frozen(QStringLiteral("frozen"),
                                    Tr::tr("Sync the lock as it is, without locking first"));
    const QCommandLineOption locked(
        QStringLiteral("locked"),
        Tr::tr("Fail instead of locking when the lock does not match the project"));
    parser.addOptions({project, noSync, frozen, locked});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("run"), own, out, err, &code))
        return code;
    if (command.isEmpty() || !parser.positionalArguments().isEmpty()) {
        err << Tr::tr("usage: envdesk-cli run [--project DIR] [--no-sync] [--frozen | --locked] -- "
                  "COMMAND [ARGS...]")
            << "\n";
        return 2;
    }
    const QString projectFile = findProjectFile(parser.value(project));
    if (!QFileInfo::exists(projectFile)) {
        err << "error: " << Tr::tr("no pyproject.toml here or above: give --project DIR") << "\n";
        return 2;
    }
    const QString folder = QFileInfo(projectFile).absolutePath();
    if (!parser.isSet(noSync)) {
        QStringList syncArgs{QStringLiteral("--project"), folder};
        if (parser.isSet(frozen))
            syncArgs << QStringLiteral("--frozen");
        if (parser.isSet(locked))
            syncArgs << QStringLiteral("--locked");
        // What sync says goes to stderr: stdout is the command's.
        if (const int synced = runSync(syncArgs, err, err); synced != 0)
            return synced;
    }
    const QString venv = QDir(folder).filePath(QStringLiteral(".venv"));
    if (!QFileInfo::exists(venv + QStringLiteral("/pyvenv.cfg"))) {
        err << "error: "
            << Tr::tr("%1 is not a virtual environment: run envdesk-cli sync first").arg(venv) << "\n";
        return 2;
    }

    auto options = indexOptionsFromProject(projectFile, {}, {}, {});
    if (!options)
        return cliReport(options.error(), err);
    IndexSession session(*options, projectFile);
    const QProcessEnvironment machine = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env = machine;
    std::vector<TlsProfile> profiles;
    QString pipIndex;
    QStringList pipExtra;
    QString clientCertificate;
    for (const IndexSource &index : options->indexes) {
        if (index.url.isLocalFile() || index.url.scheme().isEmpty())
            continue;
        auto connection = connectionSettingsFor(projectFile, index.name, index.url, machine);
        if (!connection)
            return cliReport(connection.error(), err);
        profiles.push_back(connection->tls);
        if (!connection->tls.clientCertificate.isEmpty()) {
            if (connection->tls.clientKey.isEmpty()
                && !TlsProfile::isPkcs12(connection->tls.clientCertificate)
                && connection->tls.clientPassphrase.isEmpty())
                clientCertificate = connection->tls.clientCertificate;
            else
                err << "warning: "
                    << Tr::tr("the client certificate of index %1 (%2) is not passed on: "
                          "SSL_CLIENT_CERT takes one PEM "
                          "file with the certificate and an unencrypted key")
                           .arg(index.label(), connection->tls.clientCertificate)
                    << "\n";
        }
        QUrl withCredentials = index.url.adjusted(QUrl::RemoveUserInfo);
        if (index.authenticate != IndexConfig::Authenticate::Never) {
            if (auto found = session.credentials.find(index.name, index.url)) {
                if (!index.name.empty()) {
                    const QString prefix = qs(IndexConfig::credentialVariablePrefix(index.name));
                    env.insert(prefix + QStringLiteral("_USERNAME"), found->username);
                    env.insert(prefix + QStringLiteral("_PASSWORD"),
                               QString::fromUtf8(found->secret));
                }
                withCredentials.setUserName(found->username);
                withCredentials.setPassword(QString::fromUtf8(found->secret));
            }
        }
        if (index.isExplicit || index.flat)
            continue; // pip cannot keep an index to the packages pinned to it
        if (index.isDefault && pipIndex.isEmpty())
            pipIndex = withCredentials.toString(QUrl::FullyEncoded);
        else
            pipExtra << withCredentials.toString(QUrl::FullyEncoded);
    }
    for (const QString &w : session.credentials.warnings())
        err << "warning: " << w << "\n";
    if (!pipIndex.isEmpty())
        env.insert(QStringLiteral("PIP_INDEX_URL"), pipIndex);
    if (!pipExtra.isEmpty())
        env.insert(QStringLiteral("PIP_EXTRA_INDEX_URL"), pipExtra.join(QLatin1Char(' ')));

    // Certificates are no secret: the bundle lives in the environment's own folder.
    const QString bundlePath = venv + QStringLiteral("/.envdesk/ca-bundle.pem");
    QDir().mkpath(QFileInfo(bundlePath).absolutePath());
    QSaveFile bundle(bundlePath);
    if (!bundle.open(QIODevice::WriteOnly) || bundle.write(caBundle(profiles)) < 0
        || !bundle.commit()) {
        err << "error: " << Tr::tr("cannot write %1: %2").arg(bundlePath, bundle.errorString()) << "\n";
        return 2;
    }
    for (const char *name : {"SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "PIP_CERT"})
        env.insert(QLatin1String(name), bundlePath);
    if (!clientCertificate.isEmpty()) {
        env.insert(QStringLiteral("SSL_CLIENT_CERT"), clientCertificate);
        env.insert(QStringLiteral("PIP_CLIENT_CERT"), clientCertificate);
    }
    env.insert(QStringLiteral("VIRTUAL_ENV"), venv);
    env.insert(QStringLiteral("PATH"),
               venv + QStringLiteral("/bin:") + machine.value(QStringLiteral("PATH")));
    env.remove(QStringLiteral("PYTHONHOME"));

    out.flush();
    err.flush();
    // The process becomes the command: its exit code, signals and terminal are the user's.
    for (const QString &key : env.keys())
        qputenv(key.toLocal8Bit().constData(), env.value(key).toLocal8Bit());
    for (const QString &key : machine.keys()) {
        if (!env.contains(key))
            qunsetenv(key.toLocal8Bit().constData());
    }
    std::vector<QByteArray> words;
    for (const QString &word : command)
        words.push_back(word.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &w : words)
        argv.push_back(w.data());
    argv.push_back(nullptr);
    execvp(argv[0], argv.data());
    const int error = errno;
    err << "error: "
        << Tr::tr("cannot run %1: %2").arg(command.first(), QString::fromLocal8Bit(strerror(error)))
        << "\n";
    return error == ENOENT ? 127 : 126;
}

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Write the project's pylock.toml as a requirements file for tools that need one: every "
           "locked package pinned with ==, its marker, and --hash lines for every file the lock "
           "lists (pip's --require-hashes mode); folders as paths (-e when editable), git "
           "checkouts as NAME @ git+URL@COMMIT, direct files as NAME @ URL. No credentials are "
           "ever written."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption lockFile(QStringLiteral("lock"),
                                      Tr::tr("The lock file (default: pylock.toml beside the project)"),
                                      Tr::tr("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("The format: requirements-txt (the only one)"), Tr::tr("F"),
                                    QStringLiteral("requirements-txt"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output-file")},
                                    Tr::tr("Write to FILE (atomically) instead of standard output"),
                                    Tr::tr("FILE"));
    const QCommandLineOption noHashes(QStringLiteral("no-hashes"),
                                      Tr::tr("Leave the --hash lines out"));
    const QCommandLineOption emitIndexUrl(
        QStringLiteral("emit-index-url"),
        Tr::tr("Start with --index-url / --extra-index-url lines for the project's "
           "indexes (without credentials)"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   Tr::tr("Include this dependency group too (repeatable)"), Tr::tr("G"));
    const QCommandLineOption allGroups(QStringLiteral("all-groups"),
                                       Tr::tr("Include every dependency group"));
    const QCommandLineOption noDev(QStringLiteral("no-dev"), Tr::tr("Leave the dev group out"));
    const QCommandLineOption noDefaultGroups(QStringLiteral("no-default-groups"),
                                             Tr::tr("Leave the default groups out"));
    const QCommandLineOption extra(QStringLiteral("extra"),
                                   Tr::tr("Include this extra's packages too (repeatable)"), Tr::tr("E"));
    const QCommandLineOption allExtras(QStringLiteral("all-extras"),
                                       Tr::tr("Include every extra's packages"));
    parser.addOptions({project, lockFile, format, output, noHashes, emitIndexUrl, group, allGroups,
                       noDev, noDefaultGroups, extra, allExtras});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("export"), args, out, err, &code))
        return code;
    if (parser.value(format) != QLatin1String("requirements-txt")) {
        err << "error: "
            << Tr::tr("--format takes requirements-txt, not '%1'").arg(parser.value(format)) << "\n";
        return 2;
    }
    const QString projectFile = findProjectFile(parser.value(project));
    const QString lockPath
        = parser.isSet(lockFile)
              ? QFileInfo(parser.value(lockFile)).absoluteFilePath()
              : QFileInfo(projectFile).absoluteDir().filePath(QStringLiteral("pylock.toml"));
    auto lock = PyLock::read(lockPath);
    if (!lock)
        return cliReport(lock.error(), err);
    QString text = Tr::tr("# Exported by envdesk-cli from %1; edit the project, not this file.")
                       .arg(QFileInfo(lockPath).fileName())
                   + QLatin1Char('\n');
    if (parser.isSet(emitIndexUrl)) {
        auto options = indexOptionsFromProject(projectFile, {}, {}, {});
        if (!options)
            return cliReport(options.error(), err);
        bool first = true;
        for (const IndexSource &index : options->indexes) {
            if (index.isExplicit || index.flat || !index.isDefault)
                continue;
            text += QStringLiteral("--index-url %1\n")
                        .arg(index.url.adjusted(QUrl::RemoveUserInfo).toString());
            first = false;
        }
        for (const IndexSource &index : options->indexes) {
            if (index.isExplicit || index.flat || index.isDefault)
                continue;
            text += QStringLiteral("%1 %2\n").arg(
                first ? QStringLiteral("--index-url") : QStringLiteral("--extra-index-url"),
                index.url.adjusted(QUrl::RemoveUserInfo).toString());
            first = false;
        }
    }
    // Groups and extras are chosen here, as sync chooses them: a requirements file has no
    // dependency_groups or extras to ask.
    std::vector<std::string> groups
        = parser.isSet(noDefaultGroups) ? std::vector<std::string>() : lock->defaultGroups;
    if (parser.isSet(allGroups))
        groups = lock->dependencyGroups;
    for (const QString &g : parser.values(group))
        groups.push_back(normalizePackageName(g.toStdString()));
    if (parser.isSet(noDev))
        std::erase(groups, std::string("dev"));
    std::vector<std::string> extras
        = parser.isSet(allExtras) ? lock->extras : std::vector<std::string>();
    for (const QString &x : parser.values(extra))
        extras.push_back(normalizePackageName(x.toStdString()));
    const QDir lockFolder = QFileInfo(lockPath).absoluteDir();
    for (const LockedPackage &lockedPackage : lock->packages) {
        LockedPackage p = lockedPackage;
        if (!p.marker.empty()) {
            const auto own = LockInputs::selected(p.marker, groups, extras);
            if (!own)
                continue;
            p.marker = *own;
        }
        QString line;
        std::vector<const LockedFile *> files;
        if (p.directory) {
            const QString path = p.directory->path;
            line = (p.directory->editable ? QStringLiteral("-e ") : QString())
                   + (QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char('.'))
                          ? path
                          : QStringLiteral("./") + path);
        } else if (p.vcs) {
            line = QStringLiteral("%1 @ git+%2@%3")
                       .arg(qs(p.name), p.vcs->url.adjusted(QUrl::RemoveUserInfo).toString(),
                            qs(p.vcs->commitId));
            if (!p.vcs->subdirectory.empty())
                line += QStringLiteral("#subdirectory=") + qs(p.vcs->subdirectory);
        } else if (p.archive) {
            const QUrl url
                = p.archive->path.isEmpty()
                      ? p.archive->url.adjusted(QUrl::RemoveUserInfo)
                      : QUrl::fromLocalFile(lockFolder.absoluteFilePath(p.archive->path));
            line = QStringLiteral("%1 @ %2").arg(qs(p.name), url.toString());
            files.push_back(&*p.archive);
        } else {
            line = QStringLiteral("%1==%2").arg(qs(p.name), qs(p.version));
            for (const LockedFile &w : p.wheels)
                files.push_back(&w);
            if (p.sdist)
                files.push_back(&*p.sdist);
        }
        if (!p.marker.empty())
            line += QStringLiteral(" ; ") + qs(p.marker);
        if (!parser.isSet(noHashes)) {
            QStringList hashes;
            for (const LockedFile *f : files) {
                for (const auto &[algorithm, digest] : f->hashes)
                    hashes << QStringLiteral("--hash=%1:%2").arg(qs(algorithm), qs(digest));
            }
            hashes.removeDuplicates();
            for (const QString &h : std::as_const(hashes))
                line += QStringLiteral(" \\\n    ") + h;
        }
        text += line + QLatin1Char('\n');
    }
    if (!parser.isSet(output)) {
        out << text;
        out.flush();
        return 0;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        err << "error: " << Tr::tr("cannot write %1: %2").arg(parser.value(output), file.errorString())
            << "\n";
        return 2;
    }
    return 0;
}

} // namespace Envdesk::Core
