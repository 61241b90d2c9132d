#include "lockcommands.h"
#include "cli.h"

#include "projectcommands.h"
#include "pythoncommands.h"
#include "resolvecommands.h"

#include "core/install/interpreters.h"
#include "core/install/lockinputs.h"
#include "core/index/indexsetup.h"
#include "core/install/sync.h"
#include "core/jobs/buildenv.h"
#include "core/pep/interpreterprobe.h"
#include "core/pep/name.h"
#include "core/pep/requirement.h"
#include "core/project/pyproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace Envdesk::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Envdesk::Core::Cli", text);
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

int usage(QTextStream &err, const QString &command, const QString &message)
{
    err << "envdesk-cli " << command << ": " << message << "\n";
    err.flush();
    return 2;
}

QCommandLineOption lockFileOption()
{
    return QCommandLineOption(QStringLiteral("lock"),
                              tr("The lock file (default: pylock.toml of the project)"),
                              tr("FILE"));
}

// --lock FILE, else pylock.toml beside the project's pyproject.toml.
QString lockPathFor(const QCommandLineParser &parser, const QString &projectFile)
{
    return parser.isSet(QStringLiteral("lock"))
               ? QFileInfo(parser.value(QStringLiteral("lock"))).absoluteFilePath()
               : QFileInfo(projectFile).absoluteDir().filePath(QStringLiteral("pylock.toml"));
}

QString defaultVenv(const QString &projectFile)
{
    return QFileInfo(projectFile).absoluteDir().filePath(QStringLiteral(".venv"));
}

QString venvPython(const QString &venv)
{
    return QDir(venv).filePath(QStringLiteral("bin/python"));
}

} // namespace

namespace {

struct LockChoices
{
    bool upgrade = false;
    bool check = false;
    bool dryRun = false; ///< say what the lock would be, write nothing
    std::set<std::string> upgradePackages;
    PyLock *made = nullptr; ///< receives the lock that was made
};

// Locks `project` for `request` (its target and modes; the requirements are the project's) into
// `lockPath`, printing what changed. With `check`: writes nothing, exit code 1 when not current.
int lockProject(const PyProject &project, ResolveRequest request, const QString &lockPath,
                const LockChoices &choices, QTextStream &out, QTextStream &err,
                const std::function<void(ResolveJob &)> &watch)
{
    // The dependencies, every group and every extra, resolved together (uv's way).
    const auto inputs = LockInputs::of(project, QFileInfo(lockPath).absolutePath());
    if (!inputs)
        return cliReport(inputs.error(), err);
    request.requirements = inputs->requirements;
    // The current lock: its versions are preferences, and what changed is said against it.
    std::optional<PyLock> previous;
    QByteArray previousText;
    if (QFileInfo::exists(lockPath)) {
        QFile file(lockPath);
        if (file.open(QIODevice::ReadOnly))
            previousText = file.readAll();
        auto read = PyLock::parse(previousText.toStdString(), lockPath);
        if (read)
            previous = *read;
        else
            err << "warning: "
                << tr("the current lock cannot be read, so nothing of it is kept: %1")
                       .arg(read.error().toString())
                << "\n";
    }
    // A lock for every environment stays one.
    if (previous && previous->universal)
        request.universal = true;
    if (previous && !choices.upgrade) {
        const std::set<std::string> &upgrading = choices.upgradePackages;
        for (const LockedPackage &p : previous->packages) {
            if (!upgrading.contains(p.name))
                request.preferences.insert_or_assign(p.name, p.version);
        }
    }

    ResolveJob job(request);
    if (watch)
        watch(job);
    const ResolveOutcome outcome = resolveAndWait(job);
    if (const int failed = reportOutcome(outcome, err))
        return failed;
    PyLock lock = lockFromOutcome(outcome, inputs->requested, project.requiresPython(),
                                  QFileInfo(lockPath).absolutePath());
    inputs->mark(lock);
    for (const LockedPackage &p : lock.packages) {
        if (!p.sdist && p.wheels.empty() && !p.directory && !p.archive && !p.vcs) {
            Error e;
            e.code = ErrorCode::InvalidIndexResponse;
            e.message = tr("%1 %2: the index listed no file with a hash, so it cannot be locked")
                            .arg(qs(p.name), qs(p.version));
            e.hint = tr("ask the index's administrators to publish hashes (PEP 503 #sha256=)");
            return cliReport(e, err);
        }
    }
    const std::string text = lock.toToml();
    const LockDiff diff = previous ? diffLocks(*previous, lock) : diffLocks(PyLock{}, lock);
    const bool current = previousText == QByteArray::fromStdString(text);
    if (choices.check) {
        if (current) {
            out << tr("%1 is up to date (%2 packages)").arg(lockPath).arg(lock.packages.size())
                << "\n";
            return 0;
        }
        err << tr("%1 is not up to date; envdesk-cli lock would change:").arg(lockPath) << "\n";
        for (const QString &line : diff.lines())
            err << "  " << line << "\n";
        if (diff.isEmpty())
            err << "  " << tr("(files, hashes or markers only)") << "\n";
        err.flush();
        return 1;
    }
    if (choices.made)
        *choices.made = lock;
    if (!current && !choices.dryRun) {
        if (auto written = lock.write(lockPath); !written)
            return cliReport(written.error(), err);
    }
    out << (choices.dryRun ? tr("Would lock %1 packages for Python %2 (%3) in %4 s: %5")
                           : tr("Locked %1 packages for Python %2 (%3) in %4 s: %5"))
               .arg(lock.packages.size())
               .arg(qs(outcome.python), outcome.platform)
               .arg(outcome.elapsedMs / 1000.0, 0, 'f', 2)
               .arg(current          ? tr("%1 is up to date").arg(lockPath)
                    : choices.dryRun ? tr("%1 not written (dry run)").arg(lockPath)
                                     : lockPath)
        << "\n";
    for (const QString &line : diff.lines())
        out << "  " << line << "\n";
    out.flush();
    return 0;
}

} // namespace

int runLock(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Resolve the project's dependencies and write them to pylock.toml (PEP 751) beside "
           "its pyproject.toml: every package with its index, files, hashes and sizes, for the "
           "environment it was resolved for (the project's .venv when there is one, else --python "
           "or python3). Versions already in the lock are kept while they still fit, unless "
           "--upgrade or --upgrade-package asks otherwise. Prints what changed. Exit code 0: "
           "written (or already current); 1: no solution, or --check found the lock out of date; "
           "2: usage, configuration or network errors."));
    const ResolveCliOptions common;
    const QCommandLineOption upgrade(QStringLiteral("upgrade"),
                                     tr("Ignore the versions in the current lock"));
    const QCommandLineOption upgradePackage(
        QStringLiteral("upgrade-package"),
        tr("Ignore the current lock's version of this package (repeatable)"), tr("P"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write here instead of pylock.toml beside the project"),
                                    tr("FILE"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   tr("Write nothing; exit 1 when the lock is not up to date"));
    common.addTo(parser);
    parser.addOptions({upgrade, upgradePackage, output, check});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("lock"), args, out, err, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(err, QStringLiteral("lock"),
                     tr("lock takes no requirements: it locks the project's dependencies (add "
                        "them with envdesk-cli add)"));
    const QString projectFile = findProjectFile(parser.value(common.project));
    if (!QFileInfo::exists(projectFile)) {
        Error e;
        e.code = ErrorCode::InvalidProject;
        e.message = tr("there is no pyproject.toml at %1").arg(projectFile);
        e.hint = tr("run it in a project folder, or give --project DIR");
        return cliReport(e, err);
    }
    auto project = PyProject::load(projectFile);
    if (!project)
        return cliReport(project.error(), err);
    cliPrintWarnings(*project, err);
    const QString lockPath
        = parser.isSet(output)
              ? QFileInfo(parser.value(output)).absoluteFilePath()
              : QFileInfo(projectFile).absoluteDir().filePath(QStringLiteral("pylock.toml"));

    auto made = common.request(parser, projectFile, QStringLiteral("lock"), err);
    if (const int *failed = std::get_if<int>(&made))
        return *failed;
    ResolveRequest request = std::get<ResolveRequest>(std::move(made));
    // A project without dependencies locks to an empty lock (and syncs to an empty
    // environment), as uv does: removing the last dependency must not fail.
    if (request.pythonPath.isEmpty() && request.pythonVersion.empty()) {
        // The project's environment, or the interpreter `envdesk-cli venv` would give it.
        if (QFileInfo::exists(venvPython(defaultVenv(projectFile)))) {
            request.pythonPath = venvPython(defaultVenv(projectFile));
        } else {
            auto chosen = chooseInterpreter({}, projectFile);
            if (!chosen)
                return cliReport(chosen.error(), err);
            request.pythonPath = chosen->executable;
        }
    }
    if (const int failed = common.pinPlatformVersion(parser, request, err))
        return failed;
    // A lock for every environment stays one (lockProject), so a platform asked for would be
    // ignored: said instead.
    if (parser.isSet(common.pythonPlatform) && QFileInfo::exists(lockPath)) {
        if (auto existing = PyLock::read(lockPath); existing && existing->universal)
            return usage(err, QStringLiteral("lock"),
                         tr("%1 is a lock for every platform (--universal), and stays one: "
                            "--python-platform cannot narrow it; write another file with -o FILE")
                             .arg(lockPath));
    }

    LockChoices choices;
    choices.upgrade = parser.isSet(upgrade);
    choices.check = parser.isSet(check);
    for (const QString &p : parser.values(upgradePackage))
        choices.upgradePackages.insert(normalizePackageName(p.toStdString()));
    return lockProject(*project, std::move(request), lockPath, choices, out, err,
                       [&](ResolveJob &job) { common.connectVerbose(parser, job, err); });
}

int runSync(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Make a virtual environment match the project's pylock.toml exactly: install what is "
           "missing, replace what is at another version, remove what the lock does not list "
           "(pip, setuptools and wheel stay unless --remove-seed-tools). Every wheel is "
           "downloaded and checked against its hash, and every folder, sdist and git commit "
           "built (PEP 517; editable folders through PEP 660), before the environment is "
           "touched."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption venv(QStringLiteral("venv"),
                                  tr("The environment (default: .venv beside the project)"),
                                  tr("PATH"));
    const QCommandLineOption lockFile = lockFileOption();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Print what would change, change nothing"));
    const QCommandLineOption reinstall(QStringLiteral("reinstall"),
                                       tr("Install again what is already at the locked version"));
    const QCommandLineOption removeSeed(QStringLiteral("remove-seed-tools"),
                                        tr("Remove pip, setuptools and wheel too when the lock "
                                           "does not list them"));
    const QCommandLineOption frozen(QStringLiteral("frozen"),
                                    tr("Sync the lock as it is, without locking first"));
    const QCommandLineOption locked(
        QStringLiteral("locked"),
        tr("Fail (exit code 1) instead of locking when the lock does not match the project"));
    const QCommandLineOption compileBytecode = compileBytecodeOption();
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("With --dry-run: text (default) or json (the plan as a value)"),
                                    tr("F"), QStringLiteral("text"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   tr("Install this dependency group too (repeatable)"), tr("G"));
    const QCommandLineOption noGroup(QStringLiteral("no-group"),
                                     tr("Leave this dependency group out (repeatable)"), tr("G"));
    const QCommandLineOption allGroups(QStringLiteral("all-groups"), tr("Install every dependency group"));
    const QCommandLineOption noDev(QStringLiteral("no-dev"), tr("Leave the dev group out"));
    const QCommandLineOption noDefaultGroups(
        QStringLiteral("no-default-groups"),
        tr("Leave the default groups out (default-groups in [tool.uv]; default: dev)"));
    const QCommandLineOption extra(QStringLiteral("extra"), tr("Install this extra's packages too (repeatable)"),
                                   tr("E"));
    const QCommandLineOption allExtras(QStringLiteral("all-extras"), tr("Install every extra's packages"));
    const QCommandLineOption noInstallProject(
        QStringLiteral("no-install-project"),
        tr("Leave the project itself out (installed editable when it has a [build-system])"));
    parser.addOptions({project, venv, lockFile, dryRun, reinstall, removeSeed, frozen, locked,
                       compileBytecode, format, group, noGroup, allGroups, noDev, noDefaultGroups, extra,
                       allExtras, noInstallProject});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("sync"), args, out, err, &code))
        return code;
    const bool json = parser.value(format) == QLatin1String("json");
    if (!json && parser.value(format) != QLatin1String("text")) {
        err << tr("--format takes text or json, not '%1'").arg(parser.value(format)) << "\n";
        return 2;
    }
    // A JSON plan is one document on stdout: what locking says goes into it, not before it.
    QString lockText;
    QTextStream lockOut(&lockText);
    QTextStream &textOut = json && parser.isSet(dryRun) ? lockOut : out;
    const QString projectFile = findProjectFile(parser.value(project));
    const QString lockPath = lockPathFor(parser, projectFile);
    const QString venvPath = parser.isSet(venv) ? QFileInfo(parser.value(venv)).absoluteFilePath()
                                                : defaultVenv(projectFile);
    // The project's own .venv is made when there is none yet, as uv does (with the interpreter
    // `envdesk-cli venv` would choose); an environment named with --venv must exist.
    if (!parser.isSet(venv) && QFileInfo::exists(projectFile)
        && !QFileInfo::exists(QDir(venvPath).filePath(QStringLiteral("pyvenv.cfg")))) {
        if (parser.isSet(dryRun)) {
            err << tr("%1 has no environment yet: envdesk-cli sync (without --dry-run) creates %2 first")
                       .arg(QDir::toNativeSeparators(QFileInfo(projectFile).absolutePath()),
                            QDir::toNativeSeparators(venvPath))
                << "\n";
            return 2;
        }
        // Two first syncs at once: one makes it, the other waits and finds it made.
        const std::unique_ptr<EnvironmentLock> creating = EnvironmentLock::forCreation(venvPath);
        if (auto held = creating->acquire(EnvironmentLock::defaultTimeoutMs(), cliLines(err));
            !held)
            return cliReport(held.error(), err);
        if (!QFileInfo::exists(QDir(venvPath).filePath(QStringLiteral("pyvenv.cfg")))) {
            if (const int failed = runVenv(
                    {QStringLiteral("--project"), QFileInfo(projectFile).absolutePath()}, out, err))
                return failed;
        }
    }
    auto environment = inspectEnvironment(venvPath);
    if (!environment)
        return cliReport(environment.error(), err);
    const InterpreterInfo *info = &environment->interpreter;
    const QString &sitePackages = environment->sitePackages;
    // One envdesk at a time in an environment, for the whole sync (its locking included); what a
    // killed run left half-done is undone (a dry run changes nothing, so it neither waits nor
    // repairs).
    EnvironmentLock environmentLock(venvPath);
    if (!parser.isSet(dryRun)) {
        auto prepared = prepareEnvironment(environmentLock, venvPath, sitePackages, cliLines(err));
        if (!prepared)
            return cliReport(prepared.error(), err);
    }
    // The lock first, when the project's dependencies are not what it was made from, or it was
    // made for another environment (another Python, platform).
    std::optional<Expected<PyLock>> lock;
    if (!parser.isSet(frozen) && !parser.isSet(lockFile) && QFileInfo::exists(projectFile)) {
        auto project = PyProject::load(projectFile);
        if (!project)
            return cliReport(project.error(), err);
        lock = QFileInfo::exists(lockPath) ? PyLock::read(lockPath)
                                           : Expected<PyLock>(std::unexpected(Error{}));
        const Expected<PyLock> &existing = *lock;
        const bool otherEnvironment
            = existing && !existing->checkEnvironment(info->markers, lockPath);
        const auto inputs = LockInputs::of(*project);
        if (!inputs)
            return cliReport(inputs.error(), err);
        if (!existing || existing->requested != inputs->requested || otherEnvironment) {
            if (parser.isSet(locked)) {
                err << (otherEnvironment
                            ? tr("%1 was made for another environment than %2; run envdesk-cli "
                                 "lock, or sync without --locked")
                                  .arg(lockPath, venvPath)
                            : tr("%1 does not match the dependencies of %2; run envdesk-cli lock, "
                                 "or sync without --locked")
                                  .arg(lockPath, projectFile))
                    << "\n";
                return 1;
            }
            if (otherEnvironment)
                err << tr("%1 was made for another environment; locking for %2 (%3)")
                           .arg(lockPath, venvPath,
                                QString::fromStdString(environmentMarker(info->markers)))
                    << "\n";
            auto made = defaultResolveRequest(projectFile, QStringLiteral("sync"), err);
            if (const int *failed = std::get_if<int>(&made))
                return *failed;
            ResolveRequest request = std::get<ResolveRequest>(std::move(made));
            request.pythonPath = venvPython(venvPath);
            PyLock fresh;
            LockChoices choices;
            choices.dryRun = parser.isSet(dryRun); // a dry run writes no lock either
            choices.made = &fresh;
            if (const int failed
                = lockProject(*project, std::move(request), lockPath, choices, textOut, err, {}))
                return failed;
            lock = Expected<PyLock>(std::move(fresh));
        }
    }
    if (!lock)
        lock = PyLock::read(lockPath);
    if (!*lock)
        return cliReport(lock->error(), err);
    if (auto fits = (*lock)->checkEnvironment(info->markers, lockPath); !fits)
        return cliReport(fits.error(), err);

    // The indexes of the project: their credentials, TLS and proxies apply to the downloads.
    auto options = indexOptionsFromProject(QFileInfo::exists(projectFile) ? projectFile : QString(),
                                           {}, {}, {});
    if (!options)
        return cliReport(options.error(), err);
    IndexSession session(*options, QFileInfo::exists(projectFile) ? projectFile : QString());
    SyncOptions syncOptions;
    syncOptions.reinstall = parser.isSet(reinstall);
    syncOptions.removeSeed = parser.isSet(removeSeed);
    for (const std::string &text : (*lock)->requested) {
        if (auto r = Requirement::parse(text))
            syncOptions.requested.insert(normalizePackageName(r->name()));
    }
    // Which groups and extras (PEP 751's dependency_groups and extras): the lock's default
    // groups, changed by the options, each name checked against what the lock has.
    {
        const PyLock &l = **lock;
        auto known = [&](const std::vector<std::string> &have, const QString &name, bool isGroup)
            -> std::optional<std::string> {
            const std::string n = normalizePackageName(name.toStdString());
            if (std::find(have.begin(), have.end(), n) != have.end())
                return n;
            QStringList list;
            for (const std::string &h : have)
                list << qs(h);
            const QString listed = list.isEmpty() ? tr("none") : list.join(QStringLiteral(", "));
            err << "error: "
                << (isGroup ? tr("%1 has no dependency group '%2' (it has: %3)")
                            : tr("%1 has no extra '%2' (it has: %3)"))
                       .arg(lockPath, name, listed)
                << "\n";
            return std::nullopt;
        };
        std::vector<std::string> groups = parser.isSet(noDefaultGroups) ? std::vector<std::string>() : l.defaultGroups;
        if (parser.isSet(allGroups))
            groups = l.dependencyGroups;
        for (const QString &g : parser.values(group)) {
            auto n = known(l.dependencyGroups, g, true);
            if (!n)
                return 2;
            if (std::find(groups.begin(), groups.end(), *n) == groups.end())
                groups.push_back(*n);
        }
        if (parser.isSet(noDev))
            std::erase(groups, std::string("dev"));
        for (const QString &g : parser.values(noGroup))
            std::erase(groups, normalizePackageName(g.toStdString()));
        std::vector<std::string> extras = parser.isSet(allExtras) ? l.extras : std::vector<std::string>();
        for (const QString &x : parser.values(extra)) {
            auto n = known(l.extras, x, false);
            if (!n)
                return 2;
            if (std::find(extras.begin(), extras.end(), *n) == extras.end())
                extras.push_back(*n);
        }
        syncOptions.groups = groups;
        syncOptions.extras = extras;
        if (parser.isSet(noInstallProject) && QFileInfo::exists(projectFile)) {
            if (auto project = PyProject::load(projectFile))
                syncOptions.leaveOut.insert(normalizePackageName(project->name()));
        }
    }
    auto plan = planSync(**lock, info->markers, info->supportedTags(), sitePackages, session.client,
                         syncOptions);
    if (!plan)
        return cliReport(plan.error(), err);
    if (json && parser.isSet(dryRun)) {
        QJsonArray changes;
        for (const InstallPlan::Install &i : plan->install) {
            QJsonObject c{{QStringLiteral("action"), i.replaces.empty()         ? QStringLiteral("install")
                                                     : i.replaces == i.version ? QStringLiteral("reinstall")
                                                                               : QStringLiteral("replace")},
                          {QStringLiteral("name"), QString::fromStdString(i.name)},
                          {QStringLiteral("version"), QString::fromStdString(i.version)}};
            if (!i.replaces.empty())
                c.insert(QStringLiteral("installed"), QString::fromStdString(i.replaces));
            if (!i.buildFrom.isEmpty())
                c.insert(QStringLiteral("build"), i.buildFrom);
            else if (!i.gitUrl.isEmpty())
                c.insert(QStringLiteral("build"), QString(i.gitUrl.toString(QUrl::RemoveUserInfo) + QLatin1Char('@')
                                                              + QString::fromStdString(i.gitCommit)));
            else if (!i.file.file.filename.ends_with(".whl"))
                c.insert(QStringLiteral("build"), QString::fromStdString(i.file.file.filename));
            if (i.editable)
                c.insert(QStringLiteral("editable"), true);
            changes.append(c);
        }
        for (const InstalledDistribution &d : plan->remove)
            changes.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("remove")},
                                       {QStringLiteral("name"), QString::fromStdString(d.name)},
                                       {QStringLiteral("installed"), QString::fromStdString(d.version)}});
        QJsonArray lockLines;
        for (const QString &line : lockText.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            lockLines.append(line);
        out << QJsonDocument(QJsonObject{{QStringLiteral("environment"), venvPath},
                                         {QStringLiteral("lock"), lockPath},
                                         {QStringLiteral("locking"), lockLines},
                                         {QStringLiteral("changes"), changes},
                                         {QStringLiteral("unchanged"), qsizetype(plan->keep.size())}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    if (plan->isEmpty()) {
        out << tr("%1 matches %2 (%3 packages)").arg(venvPath, lockPath).arg(plan->keep.size())
            << "\n";
        return 0;
    }
    if (parser.isSet(dryRun)) {
        out << tr("Would change %1 (dry run, nothing changed):").arg(venvPath) << "\n";
        for (const QString &line : plan->lines())
            out << "  " << line << "\n";
        return 0;
    }
    auto applyOptions = applyOptionsFromSettings(projectFile, session.client.cacheDirectory(),
                                                 parser.isSet(compileBytecode));
    if (!applyOptions)
        return cliReport(applyOptions.error(), err);
    // Folders and sdists are built with the environment's base interpreter; their build
    // requirements come from the project's indexes.
    applyOptions->basePython = baseInterpreterOf(venvPath);
    applyOptions->cancel = cliGlobals().cancel;
    applyOptions->provisionBuild = [projectFile, &err, cancel = applyOptions->cancel](
                                       const std::vector<std::string> &requirements, const QString &buildVenv) {
        return installBuildRequirements(requirements, buildVenv, projectFile, [&err](const QString &line) {
            if (!cliGlobals().showProgress())
                return;
            err << "progress: build environment: " << line << "\n";
            err.flush();
        }, cancel);
    };
    // Each step as it happens on stderr ("progress: + name 1.0"), the summary on stdout at the end.
    auto done = applyPlan(*plan, session.client, venvPath, sitePackages, *applyOptions, [&err](const ApplyStep &step) {
        if (!cliGlobals().showProgress())
            return; // -q, --no-progress
        err << "progress: " << step.text << "\n";
        err.flush();
    });
    if (!done)
        return cliReport(done.error(), err);
    out << tr("Synced %1 with %2:").arg(venvPath, lockPath) << "\n";
    for (const QString &line : *done)
        out << "  " << line << "\n";
    out.flush();
    return 0;
}

int runTree(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show the project's locked dependencies as a tree, from pylock.toml: each package with "
           "its version and what it depends on; a package already shown is marked (*). With "
           "--invert PKG: what depends on PKG, up to the project's own requirements."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption lockFile = lockFileOption();
    const QCommandLineOption invert(QStringLiteral("invert"),
                                    tr("Show what depends on this package"), tr("PKG"));
    parser.addOptions({project, lockFile, invert});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("tree"), args, out, err, &code))
        return code;
    const QString projectFile = findProjectFile(parser.value(project));
    const QString lockPath = lockPathFor(parser, projectFile);
    auto lock = PyLock::read(lockPath);
    if (!lock)
        return cliReport(lock.error(), err);

    // A node is one locked entry (a universal lock may hold a package twice, under different
    // markers) or a name the lock does not have; its key tells entries apart.
    struct Node
    {
        std::string name;
        const LockedPackage *package = nullptr;
        std::string key() const
        {
            return package ? name + '\n' + package->version + '\n' + package->marker : name;
        }
    };
    std::map<std::string, std::vector<const LockedPackage *>> byName;
    for (const LockedPackage &p : lock->packages)
        byName[p.name].push_back(&p);
    const auto entries = [&](const std::string &name) {
        std::vector<Node> out;
        if (auto it = byName.find(name); it != byName.end()) {
            for (const LockedPackage *p : it->second)
                out.push_back({name, p});
        } else {
            out.push_back({name, nullptr});
        }
        return out;
    };
    std::map<std::string, std::vector<Node>> dependents; // by key
    for (const LockedPackage &p : lock->packages) {
        for (const std::string &d : p.dependencies) {
            for (const Node &n : entries(d))
                dependents[n.key()].push_back({p.name, &p});
        }
    }
    auto label = [&](const Node &n) -> QString {
        if (!n.package)
            return qs(n.name) + QStringLiteral(" ") + tr("(not in the lock)");
        return qs(n.name) + QLatin1Char(' ') + qs(n.package->version)
               + (n.package->marker.empty() ? QString() : QStringLiteral(" ; ") + qs(n.package->marker));
    };
    const auto byLabel = [&](const Node &a, const Node &b) { return label(a) < label(b); };
    std::set<std::string> shown;
    std::function<void(const Node &, const QString &, std::set<std::string> &)> walk;
    walk = [&](const Node &node, const QString &prefix, std::set<std::string> &path) {
        std::vector<Node> next;
        if (parser.isSet(invert)) {
            if (auto it = dependents.find(node.key()); it != dependents.end())
                next = it->second;
        } else if (node.package) {
            for (const std::string &d : node.package->dependencies) {
                for (const Node &n : entries(d))
                    next.push_back(n);
            }
        }
        std::sort(next.begin(), next.end(), byLabel);
        for (std::size_t i = 0; i < next.size(); ++i) {
            const bool last = i + 1 == next.size();
            const std::string key = next[i].key();
            const bool again = shown.contains(key) || path.contains(key);
            out << prefix << (last ? "\u2514\u2500\u2500 " : "\u251c\u2500\u2500 ")
                << label(next[i]) << (again ? QStringLiteral(" (*)") : QString()) << "\n";
            if (again)
                continue;
            shown.insert(key);
            path.insert(key);
            walk(next[i], prefix + (last ? QStringLiteral("    ") : QStringLiteral("\u2502   ")), path);
            path.erase(key);
        }
    };
    std::vector<Node> roots;
    if (parser.isSet(invert)) {
        const std::string target = normalizePackageName(parser.value(invert).toStdString());
        if (!byName.contains(target)) {
            Error e;
            e.code = ErrorCode::InvalidConfig;
            e.message = tr("%1 is not in %2").arg(parser.value(invert), lockPath);
            e.hint = tr("see envdesk-cli tree for what is locked");
            return cliReport(e, err);
        }
        roots = entries(target);
    } else {
        for (const std::string &text : lock->requested) {
            if (auto r = Requirement::parse(text)) {
                for (const Node &n : entries(normalizePackageName(r->name())))
                    roots.push_back(n);
            }
        }
        if (roots.empty()) { // a lock written by another tool: the packages nothing depends on
            for (const LockedPackage &p : lock->packages) {
                const Node n{p.name, &p};
                if (!dependents.contains(n.key()))
                    roots.push_back(n);
            }
        }
    }
    for (const Node &root : roots) {
        const std::string key = root.key();
        out << label(root) << (shown.contains(key) ? QStringLiteral(" (*)") : QString()) << "\n";
        if (shown.insert(key).second) {
            std::set<std::string> path{key};
            walk(root, QString(), path);
        }
    }
    out.flush();
    return 0;
}

} // namespace Envdesk::Core
