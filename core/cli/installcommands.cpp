#include "installcommands.h"

#include "projectcommands.h"

#include "../index/indexsetup.h"
#include "../install/wheel.h"
#include "../jobs/resolvejob.h"
#include "../pep/interpreterprobe.h"
#include "../pep/name.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

#include <set>

namespace Envdesk::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Envdesk::Core::Cli", text);
}

} // namespace

int runInstall(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Resolve requirements for a virtual environment's interpreter and install the wheels "
           "into it "
           "(downloaded with their SHA-256 checked, every archive checked before it is written). "
           "Packages "
           "already there at the chosen version are kept; others are replaced."));
    parser.addPositionalArgument(QStringLiteral("REQ"), tr("Requirements"), tr("REQ..."));
    const QCommandLineOption venv(QStringLiteral("venv"),
                                  tr("The environment (default: .venv of the project, or ./.venv)"),
                                  tr("PATH"));
    const QCommandLineOption project(QStringLiteral("project"), tr("The project folder"),
                                     tr("DIR"));
    const QCommandLineOption indexUrl(QStringLiteral("index-url"), tr("The default index"),
                                      tr("URL"));
    const QCommandLineOption extra(QStringLiteral("extra-index-url"), tr("An extra index"),
                                   tr("URL"));
    const QCommandLineOption reinstall(QStringLiteral("reinstall"),
                                       tr("Install again what is already there"));
    parser.addOptions({venv, project, indexUrl, extra, reinstall});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("install"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err << "envdesk-cli install: " << tr("give the requirements to install") << "\n";
        return 2;
    }
    const QString projectFile = findProjectFile(parser.value(project));
    const QString venvPath
        = parser.isSet(venv) ? QFileInfo(parser.value(venv)).absoluteFilePath()
          : QFileInfo::exists(projectFile)
              ? QFileInfo(projectFile).absoluteDir().filePath(QStringLiteral(".venv"))
              : QDir::current().filePath(QStringLiteral(".venv"));
    if (!QFileInfo::exists(QDir(venvPath).filePath(QStringLiteral("pyvenv.cfg")))) {
        Error e;
        e.code = ErrorCode::InvalidConfig;
        e.message = tr("%1 is not a virtual environment").arg(venvPath);
        e.hint = tr("create it first: envdesk-cli venv %1").arg(venvPath);
        return cliReport(e, err);
    }
    const QString python = QDir(venvPath).filePath(QStringLiteral("bin/python"));
    auto info = probeInterpreter(python);
    if (!info)
        return cliReport(info.error(), err);
    const QString sitePackages
        = info->paths.count("purelib") ? info->paths.at("purelib") : QString();
    if (sitePackages.isEmpty()) {
        Error e;
        e.code = ErrorCode::ProbeFailed;
        e.message = tr("%1 did not say where its site-packages is").arg(python);
        return cliReport(e, err);
    }

    // Resolve for this environment's interpreter.
    ResolveRequest request;
    std::set<std::string> requested;
    for (const QString &text : parser.positionalArguments()) {
        auto r = Requirement::parse(text.toStdString());
        if (!r)
            return cliReport(r.error(), err);
        requested.insert(normalizePackageName(r->name()));
        request.requirements.push_back(text.toStdString());
    }
    request.projectFile = projectFile;
    request.indexUrls = parser.values(indexUrl);
    request.extraIndexUrls = parser.values(extra);
    request.pythonPath = python;
    ResolveJob job(request);
    std::optional<ResolveOutcome> outcome;
    QEventLoop loop;
    QObject::connect(&job, &ResolveJob::finished, &loop, [&](const ResolveOutcome &o) {
        outcome = o;
        loop.quit();
    });
    job.start();
    loop.exec();
    if (!outcome->ok) {
        if (outcome->error.code == ErrorCode::NoSolution) {
            err << tr("No solution for this environment (Python %1):")
                       .arg(QString::fromStdString(outcome->python))
                << "\n"
                << outcome->error.message << "\n";
            return 1;
        }
        return cliReport(outcome->error, err);
    }

    // What changes.
    std::vector<const ResolvedPackage *> toInstall;
    for (const ResolvedPackage &p : outcome->packages) {
        std::string have;
        findInstalled(sitePackages, p.name, &have);
        if (!parser.isSet(reinstall) && !have.empty() && Version::parse(have)
            && *Version::parse(have) == *Version::parse(p.version))
            continue;
        if (!p.filename.ends_with(".whl")) {
            Error e;
            e.code = ErrorCode::NeedsBuild;
            e.message = tr("%1 %2 has only a source distribution (%3), and building one is not "
                           "supported yet")
                            .arg(QString::fromStdString(p.name), QString::fromStdString(p.version),
                                 QString::fromStdString(p.filename));
            e.hint = tr("install a version that has a wheel (pin it), or build the wheel yourself "
                        "and add its folder as a flat index");
            return cliReport(e, err);
        }
        toInstall.push_back(&p);
    }
    if (toInstall.empty()) {
        out << tr("Nothing to do: %1 packages already installed in %2")
                   .arg(outcome->packages.size())
                   .arg(venvPath)
            << "\n";
        return 0;
    }

    // Download in parallel, each file checked against its hash.
    auto options
        = indexOptionsFromProject(projectFile, request.indexUrls, request.extraIndexUrls, {});
    if (!options)
        return cliReport(options.error(), err);
    IndexSession session(*options, projectFile);
    IndexClient &client = session.client;
    std::map<std::string, Expected<QString>> downloaded;
    for (const ResolvedPackage *p : toInstall) {
        AttributedFile file;
        file.file.filename = p->filename;
        file.file.url = p->url;
        file.file.hashes = p->hashes;
        file.index = p->index;
        client.download(file, [&downloaded, name = p->name](Expected<QString> r) {
            downloaded.insert_or_assign(name, std::move(r));
        });
    }
    while (downloaded.size() < toInstall.size())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    for (const auto &[name, result] : downloaded) {
        if (!result)
            return cliReport(result.error(), err);
    }

    // Install: what is there at another version goes first.
    const InstallScheme scheme = InstallScheme::forVirtualEnvironment(venvPath, sitePackages);
    QStringList done;
    for (const ResolvedPackage *p : toInstall) {
        std::string have;
        const QString old = findInstalled(sitePackages, p->name, &have);
        if (!old.isEmpty()) {
            auto removed = uninstallDistribution(old, venvPath);
            if (!removed)
                return cliReport(removed.error(), err);
        }
        WheelInstallOptions wheelOptions;
        wheelOptions.requested = requested.contains(p->name);
        auto installed = installWheel(downloaded.at(p->name).value(), scheme, wheelOptions);
        if (!installed)
            return cliReport(installed.error(), err);
        done << QString::fromStdString(p->name + "==" + p->version)
                    + (have.empty()
                           ? QString()
                           : QStringLiteral(" (was %1)").arg(QString::fromStdString(have)));
    }
    out << tr("Installed %1 packages in %2:").arg(done.size()).arg(venvPath) << "\n";
    for (const QString &line : done)
        out << "  " << line << "\n";
    out.flush();
    return 0;
}

} // namespace Envdesk::Core
