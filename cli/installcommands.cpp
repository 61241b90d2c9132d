#include "installcommands.h"
#include "cli.h"

#include "projectcommands.h"
#include "resolvecommands.h"

#include "core/install/interpreters.h"
#include "core/index/indexsetup.h"
#include "core/install/sync.h"
#include "core/install/wheel.h"
#include "core/jobs/buildenv.h"
#include "core/jobs/resolvejob.h"
#include "core/pep/interpreterprobe.h"
#include "core/pep/name.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <set>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Cli)
};

} // namespace

int runInstall(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Resolve requirements for a virtual environment's interpreter and install them into it: "
           "wheels downloaded with their SHA-256 checked, every archive checked before it is "
           "written; folders, sdists and git checkouts (NAME @ file:///path, NAME @ git+URL@REV) "
           "built first through their PEP 517 backend. Packages already there at the chosen "
           "version are kept; others are replaced."));
    parser.addPositionalArgument(QStringLiteral("REQ"), Tr::tr("Requirements"), Tr::tr("REQ..."));
    const QCommandLineOption venv(QStringLiteral("venv"),
                                  Tr::tr("The environment (default: .venv of the project, or ./.venv)"),
                                  Tr::tr("PATH"));
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("The project folder"),
                                     Tr::tr("DIR"));
    const QCommandLineOption indexUrl(QStringLiteral("index-url"), Tr::tr("The default index"),
                                      Tr::tr("URL"));
    const QCommandLineOption extra(QStringLiteral("extra-index-url"), Tr::tr("An extra index"),
                                   Tr::tr("URL"));
    const QCommandLineOption reinstall(QStringLiteral("reinstall"),
                                       Tr::tr("Install again what is already there"));
    const QCommandLineOption compileBytecode = compileBytecodeOption();
    parser.addOptions({venv, project, indexUrl, extra, reinstall, compileBytecode});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("install"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err << "envdesk-cli install: " << Tr::tr("give the requirements to install") << "\n";
        return 2;
    }
    const QString projectFile = findProjectFile(parser.value(project));
    const QString venvPath
        = parser.isSet(venv) ? QFileInfo(parser.value(venv)).absoluteFilePath()
          : QFileInfo::exists(projectFile)
              ? QFileInfo(projectFile).absoluteDir().filePath(QStringLiteral(".venv"))
              : QDir::current().filePath(QStringLiteral(".venv"));
    auto environment = inspectEnvironment(venvPath);
    if (!environment)
        return cliReport(environment.error(), err);
    const QString &sitePackages = environment->sitePackages;
    const QString python = QDir(venvPath).filePath(QStringLiteral("bin/python"));

    // One envdesk at a time in an environment; what a killed run left half-done is undone.
    EnvironmentLock environmentLock(venvPath);
    if (auto prepared = prepareEnvironment(environmentLock, venvPath, sitePackages, cliLines(err));
        !prepared)
        return cliReport(prepared.error(), err);

    // Resolve for this environment's interpreter.
    ResolveRequest request;
    request.cancel = cliGlobals().cancel;
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
    const ResolveOutcome outcome = resolveAndWait(job);
    if (const int failed = reportOutcome(outcome, err))
        return failed;

    // What changes: only what the resolution names (this is not sync: nothing else is removed).
    auto options
        = indexOptionsFromProject(projectFile, request.indexUrls, request.extraIndexUrls, {});
    if (!options)
        return cliReport(options.error(), err);
    InstallPlan plan;
    for (const ResolvedPackage &p : outcome.packages) {
        std::string have;
        findInstalled(sitePackages, p.name, &have);
        if (!parser.isSet(reinstall) && !have.empty() && Version::parse(have)
            && *Version::parse(have) == *Version::parse(p.version))
            continue;
        // A wheel, or a folder or sdist that applyPlan builds first.
        InstallPlan::Install item = installItemFor(p);
        item.replaces = have;
        item.requested = requested.contains(item.name);
        plan.install.push_back(std::move(item));
    }
    if (plan.isEmpty()) {
        out << Tr::tr("Nothing to do: %1 packages already installed in %2")
                   .arg(outcome.packages.size())
                   .arg(venvPath)
            << "\n";
        return 0;
    }
    IndexSession session(*options, projectFile);
    auto applyOptions = applyOptionsFromSettings(projectFile, session.client.cacheDirectory(),
                                                 parser.isSet(compileBytecode));
    if (!applyOptions)
        return cliReport(applyOptions.error(), err);
    applyOptions->basePython = baseInterpreterOf(venvPath);
    applyOptions->cancel = cliGlobals().cancel;
    applyOptions->provisionBuild = [projectFile, cancel = applyOptions->cancel](
                                       const std::vector<std::string> &requirements, const QString &buildVenv) {
        return installBuildRequirements(requirements, buildVenv, projectFile, {}, cancel);
    };
    auto applied = applyPlan(plan, session.client, venvPath, sitePackages, *applyOptions);
    if (!applied)
        return cliReport(applied.error(), err);
    QStringList done;
    for (const InstallPlan::Install &item : plan.install)
        done
            << QString::fromStdString(item.name + "==" + item.version)
                   + (item.replaces.empty()
                          ? QString()
                          : QStringLiteral(" (was %1)").arg(QString::fromStdString(item.replaces)));
    out << Tr::tr("Installed %1 packages in %2:").arg(done.size()).arg(venvPath) << "\n";
    for (const QString &line : done)
        out << "  " << line << "\n";
    out.flush();
    return 0;
}

} // namespace Envdesk::Core
