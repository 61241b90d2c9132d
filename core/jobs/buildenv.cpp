#include "buildenv.h"
#include "../net/sha256.h"

#include "resolvejob.h"

#include "../index/indexsetup.h"
#include "../install/build.h"
#include "../install/sync.h"
#include "../pep/name.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <numeric>
#include <optional>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::BuildEnvironment)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

Expected<void> installBuildRequirements(const std::vector<std::string> &requirements,
                                        const QString &venvPath, const QString &projectFile,
                                        const std::function<void(const QString &)> &progress,
                                        const CancelToken &cancel)
{
    if (requirements.empty())
        return {};
    auto environment = inspectEnvironment(venvPath);
    if (!environment)
        return std::unexpected(environment.error());
    const QString project = QFileInfo::exists(projectFile) ? projectFile : QString();
    ResolveRequest request;
    request.requirements = requirements;
    request.projectFile = project;
    request.pythonPath = QDir(venvPath).filePath(QStringLiteral("bin/python"));
    request.noBuild = {":all:"};
    request.projectSources = false; // the project's own folders are not what a build needs
    request.cancel = cancel; // the build's Cancel stops the resolve of its requirements too
    ResolveJob job(request);
    const std::optional<ResolveOutcome> outcome = resolveAndWait(job);
    if (!outcome->ok) {
        Error e = outcome->error;
        e.message = Tr::tr("the build requirements %1 cannot be installed: %2")
                        .arg(qs(std::accumulate(requirements.begin() + 1, requirements.end(),
                                                requirements.front(),
                                                [](std::string a, const std::string &b) {
                                                    return a + ", " + b;
                                                })),
                             e.message);
        return std::unexpected(e);
    }
    auto options = indexOptionsFromProject(project, {}, {}, {});
    if (!options)
        return std::unexpected(options.error());
    IndexSession session(*options, project);
    InstallPlan plan;
    for (const ResolvedPackage &p : outcome->packages) {
        InstallPlan::Install item = installItemFor(p);
        item.requested = true;
        plan.install.push_back(std::move(item));
    }
    ApplyOptions apply;
    apply.threads = 1;
    apply.cancel = cancel;
    auto done = applyPlan(plan, session.client, venvPath, environment->sitePackages, apply,
                          [&progress](const ApplyStep &step) {
                              if (progress)
                                  progress(step.text);
                          });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

QString baseInterpreterOf(const QString &venvPath)
{
    // envdesk's environments (and `python -m venv`'s on POSIX) link bin/python to the base.
    const QString python = QDir(venvPath).filePath(QStringLiteral("bin/python"));
    const QString target = QFileInfo(python).canonicalFilePath();
    if (!target.isEmpty() && !target.startsWith(QDir(venvPath).canonicalPath() + QLatin1Char('/')))
        return target;
    // A copied interpreter: pyvenv.cfg's home is the base's folder.
    QFile cfg(QDir(venvPath).filePath(QStringLiteral("pyvenv.cfg")));
    if (!cfg.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : cfg.readAll().split('\n')) {
        if (line.trimmed().startsWith("home")) {
            const QString home = QString::fromUtf8(line.mid(line.indexOf('=') + 1).trimmed());
            for (const char *name : {"python3", "python"}) {
                const QString candidate = QDir(home).filePath(QLatin1String(name));
                if (QFileInfo(candidate).isExecutable())
                    return candidate;
            }
        }
    }
    return {};
}

Expected<DirectPackage> builtMetadata(const DirectSource &source, const QString &basePython,
                                      const QString &projectFile,
                                      const std::function<void(const QString &)> &output,
                                      const CancelToken &cancel)
{
    QTemporaryDir work;
    if (!work.isValid()) {
        Error e;
        e.code = ErrorCode::Io;
        e.message = Tr::tr("cannot make a temporary folder to build %1 in").arg(qs(source.name));
        return std::unexpected(e);
    }
    QString tree = source.path;
    if (source.kind == DirectSource::Kind::File) {
        auto unpacked = unpackSdist(source.path, work.filePath(QStringLiteral("src")));
        if (!unpacked)
            return std::unexpected(unpacked.error());
        tree = *unpacked;
    }
    BuildRequest request;
    request.sourceDir = tree;
    request.basePython = basePython;
    request.hook = BuildRequest::Hook::Metadata;
    request.outputDir = work.filePath(QStringLiteral("metadata"));
    request.provision = [&](const std::vector<std::string> &requirements, const QString &venv) {
        return installBuildRequirements(requirements, venv, projectFile, output, cancel);
    };
    request.output = output;
    request.cancelled = cancel.predicate();
    auto built = buildSource(request);
    if (!built)
        return std::unexpected(built.error());
    QFile metadata(QDir(built->path).filePath(QStringLiteral("METADATA")));
    if (!metadata.open(QIODevice::ReadOnly)) {
        Error e;
        e.code = ErrorCode::InvalidMetadata;
        e.message = Tr::tr("the build backend of %1 wrote no METADATA into %2")
                        .arg(source.describe(), built->path);
        return std::unexpected(e);
    }
    auto package = directPackageFromMetadata(source, metadata.readAll());
    if (package && source.kind == DirectSource::Kind::File) {
        QFile file(source.path);
        if (file.open(QIODevice::ReadOnly)) {
            Sha256 hash;
            hash.addData(&file);
            package->hashes["sha256"] = hash.result().toHex().toStdString();
            package->size = file.size();
        }
    }
    return package;
}

} // namespace Envdesk::Core
