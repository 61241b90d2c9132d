#include "lockcommands.h"
#include "cli.h"

#include "projectcommands.h"
#include "pythoncommands.h"
#include "resolvecommands.h"

#include "core/install/interpreters.h"
#include "core/install/lockinputs.h"
#include "core/index/indexsetup.h"
#include "core/install/sync.h"
#include "core/jobs/projectjobs.h"
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

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Cli)
};

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
                              Tr::tr("The lock file (default: pylock.toml of the project)"),
                              Tr::tr("FILE"));
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

// How a lock is said: what changed, or why it is not current (--check). Exit code as runLock's.
int reportLock(const LockResult &made, bool check, bool dryRun, QTextStream &out, QTextStream &err)
{
    if (const int failed = reportOutcome(made.outcome, err))
        return failed;
    const QString &lockPath = made.lockPath;
    if (check) {
        if (made.current) {
            out << Tr::tr("%1 is up to date (%2 packages)").arg(lockPath).arg(made.lock.packages.size()) << "\n";
            return 0;
        }
        err << Tr::tr("%1 is not up to date; envdesk-cli lock would change:").arg(lockPath) << "\n";
        for (const QString &line : made.diff.lines())
            err << "  " << line << "\n";
        if (made.diff.isEmpty())
            err << "  " << Tr::tr("(files, hashes or markers only)") << "\n";
        err.flush();
        return 1;
    }
    out << (dryRun ? Tr::tr("Would lock %1 packages for Python %2 (%3) in %4 s: %5")
                   : Tr::tr("Locked %1 packages for Python %2 (%3) in %4 s: %5"))
               .arg(made.lock.packages.size())
               .arg(qs(made.outcome.python), made.outcome.platform)
               .arg(made.outcome.elapsedMs / 1000.0, 0, 'f', 2)
               .arg(made.current ? Tr::tr("%1 is up to date").arg(lockPath)
                    : dryRun     ? Tr::tr("%1 not written (dry run)").arg(lockPath)
                                 : lockPath)
        << "\n";
    for (const QString &line : made.diff.lines())
        out << "  " << line << "\n";
    out.flush();
    return 0;
}

// What the work says besides the lock and the steps: warnings on stderr, the environment made on
// stdout (as `envdesk-cli venv` says it), the rest as progress.
std::function<void(Event::Level, Event::Category, const QString &)> cliNotes(QTextStream &out, QTextStream &err)
{
    // Read once, here: what reports may run on other threads.
    const bool progress = cliGlobals().showProgress();
    return [&out, &err, progress](Event::Level level, Event::Category category, const QString &text) {
        if (level >= Event::Level::Warning) {
            err << "warning: " << text << "\n";
            err.flush();
        } else if (category == Event::Category::Environment) {
            out << text << "\n";
            out.flush();
        } else if (progress) {
            err << text << "\n";
            err.flush();
        }
    };
}

} // namespace

int runLock(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Resolve the project's dependencies and write them to pylock.toml (PEP 751) beside "
           "its pyproject.toml: every package with its index, files, hashes and sizes, for the "
           "environment it was resolved for (the project's .venv when there is one, else --python "
           "or python3). Versions already in the lock are kept while they still fit, unless "
           "--upgrade or --upgrade-package asks otherwise. Prints what changed. Exit code 0: "
           "written (or already current); 1: no solution, or --check found the lock out of date; "
           "2: usage, configuration or network errors."));
    const ResolveCliOptions common;
    const QCommandLineOption upgrade(QStringLiteral("upgrade"),
                                     Tr::tr("Ignore the versions in the current lock"));
    const QCommandLineOption upgradePackage(
        QStringLiteral("upgrade-package"),
        Tr::tr("Ignore the current lock's version of this package (repeatable)"), Tr::tr("P"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("Write here instead of pylock.toml beside the project"),
                                    Tr::tr("FILE"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   Tr::tr("Write nothing; exit 1 when the lock is not up to date"));
    common.addTo(parser);
    parser.addOptions({upgrade, upgradePackage, output, check});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("lock"), args, out, err, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(err, QStringLiteral("lock"),
                     Tr::tr("lock takes no requirements: it locks the project's dependencies (add "
                        "them with envdesk-cli add)"));
    const QString projectFile = findProjectFile(parser.value(common.project));
    if (!QFileInfo::exists(projectFile)) {
        Error e;
        e.code = ErrorCode::InvalidProject;
        e.message = Tr::tr("there is no pyproject.toml at %1").arg(projectFile);
        e.hint = Tr::tr("run it in a project folder, or give --project DIR");
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
    LockRequest request;
    request.projectFile = projectFile;
    request.lockPath = lockPath;
    request.resolve = std::get<ResolveRequest>(std::move(made));
    // A project without dependencies locks to an empty lock (and syncs to an empty
    // environment), as uv does: removing the last dependency must not fail.
    if (request.resolve.pythonPath.isEmpty() && request.resolve.pythonVersion.empty()) {
        // The project's environment, or the interpreter `envdesk-cli venv` would give it.
        if (QFileInfo::exists(venvPython(defaultVenv(projectFile)))) {
            request.resolve.pythonPath = venvPython(defaultVenv(projectFile));
        } else {
            auto chosen = chooseInterpreter({}, projectFile);
            if (!chosen)
                return cliReport(chosen.error(), err);
            request.resolve.pythonPath = chosen->executable;
        }
    }
    if (const int failed = common.pinPlatformVersion(parser, request.resolve, err))
        return failed;
    // A lock for every environment stays one (lockProject), so a platform asked for would be
    // ignored: said instead.
    if (parser.isSet(common.pythonPlatform) && QFileInfo::exists(lockPath)) {
        if (auto existing = PyLock::read(lockPath); existing && existing->universal)
            return usage(err, QStringLiteral("lock"),
                         Tr::tr("%1 is a lock for every platform (--universal), and stays one: "
                            "--python-platform cannot narrow it; write another file with -o FILE")
                             .arg(lockPath));
    }
    request.upgrade = parser.isSet(upgrade);
    request.write = !parser.isSet(check);
    for (const QString &p : parser.values(upgradePackage))
        request.upgradePackages.insert(normalizePackageName(p.toStdString()));
    ProjectWorkObserver observer = common.verboseObserver(parser, err);
    observer.note = cliNotes(out, err);
    auto locked = lockProject(request, observer);
    if (!locked)
        return cliReport(locked.error(), err);
    return reportLock(*locked, parser.isSet(check), false, out, err);
}

int runSync(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Make a virtual environment match the project's pylock.toml exactly: install what is "
           "missing, replace what is at another version, remove what the lock does not list "
           "(pip, setuptools and wheel stay unless --remove-seed-tools). Every wheel is "
           "downloaded and checked against its hash, and every folder, sdist and git commit "
           "built (PEP 517; editable folders through PEP 660), before the environment is "
           "touched."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption venv(QStringLiteral("venv"),
                                  Tr::tr("The environment (default: .venv beside the project)"),
                                  Tr::tr("PATH"));
    const QCommandLineOption lockFile = lockFileOption();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("Print what would change, change nothing"));
    const QCommandLineOption reinstall(QStringLiteral("reinstall"),
                                       Tr::tr("Install again what is already at the locked version"));
    const QCommandLineOption removeSeed(QStringLiteral("remove-seed-tools"),
                                        Tr::tr("Remove pip, setuptools and wheel too when the lock "
                                           "does not list them"));
    const QCommandLineOption frozen(QStringLiteral("frozen"),
                                    Tr::tr("Sync the lock as it is, without locking first"));
    const QCommandLineOption locked(
        QStringLiteral("locked"),
        Tr::tr("Fail (exit code 1) instead of locking when the lock does not match the project"));
    const QCommandLineOption compileBytecode = compileBytecodeOption();
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("With --dry-run: text (default) or json (the plan as a value)"),
                                    Tr::tr("F"), QStringLiteral("text"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   Tr::tr("Install this dependency group too (repeatable)"), Tr::tr("G"));
    const QCommandLineOption noGroup(QStringLiteral("no-group"),
                                     Tr::tr("Leave this dependency group out (repeatable)"), Tr::tr("G"));
    const QCommandLineOption allGroups(QStringLiteral("all-groups"), Tr::tr("Install every dependency group"));
    const QCommandLineOption noDev(QStringLiteral("no-dev"), Tr::tr("Leave the dev group out"));
    const QCommandLineOption noDefaultGroups(
        QStringLiteral("no-default-groups"),
        Tr::tr("Leave the default groups out (default-groups in [tool.uv]; default: dev)"));
    const QCommandLineOption extra(QStringLiteral("extra"), Tr::tr("Install this extra's packages too (repeatable)"),
                                   Tr::tr("E"));
    const QCommandLineOption allExtras(QStringLiteral("all-extras"), Tr::tr("Install every extra's packages"));
    const QCommandLineOption noInstallProject(
        QStringLiteral("no-install-project"),
        Tr::tr("Leave the project itself out (installed editable when it has a [build-system])"));
    parser.addOptions({project, venv, lockFile, dryRun, reinstall, removeSeed, frozen, locked,
                       compileBytecode, format, group, noGroup, allGroups, noDev, noDefaultGroups, extra,
                       allExtras, noInstallProject});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("sync"), args, out, err, &code))
        return code;
    const bool json = parser.value(format) == QLatin1String("json");
    if (!json && parser.value(format) != QLatin1String("text")) {
        err << Tr::tr("--format takes text or json, not '%1'").arg(parser.value(format)) << "\n";
        return 2;
    }
    const bool dry = parser.isSet(dryRun);
    // A JSON plan is one document on stdout: what locking says goes into it, not before it.
    QString lockText;
    QTextStream lockOut(&lockText);
    QTextStream &textOut = json && dry ? lockOut : out;
    const QString projectFile = findProjectFile(parser.value(project));

    SyncRequest request;
    request.projectFile = projectFile;
    if (parser.isSet(venv))
        request.venvPath = QFileInfo(parser.value(venv)).absoluteFilePath();
    if (parser.isSet(lockFile))
        request.lockPath = QFileInfo(parser.value(lockFile)).absoluteFilePath();
    request.frozen = parser.isSet(frozen);
    request.locked = parser.isSet(locked);
    request.reinstall = parser.isSet(reinstall);
    request.removeSeed = parser.isSet(removeSeed);
    request.compileBytecode = parser.isSet(compileBytecode);
    request.planOnly = dry;
    for (const QString &g : parser.values(group))
        request.choice.groups.push_back(g);
    for (const QString &g : parser.values(noGroup))
        request.choice.noGroups.push_back(g);
    request.choice.allGroups = parser.isSet(allGroups);
    request.choice.noDev = parser.isSet(noDev);
    request.choice.noDefaultGroups = parser.isSet(noDefaultGroups);
    for (const QString &x : parser.values(extra))
        request.choice.extras.push_back(x);
    request.choice.allExtras = parser.isSet(allExtras);
    request.choice.noInstallProject = parser.isSet(noInstallProject);
    if (QFileInfo::exists(projectFile) && !request.frozen && request.lockPath.isEmpty()) {
        auto made = defaultResolveRequest(projectFile, QStringLiteral("sync"), err);
        if (const int *failed = std::get_if<int>(&made))
            return *failed;
        request.resolve = std::get<ResolveRequest>(std::move(made));
    }
    request.resolve.cancel = cliGlobals().cancel;

    ProjectWorkObserver observer;
    observer.note = cliNotes(out, err);
    std::unique_ptr<EnvironmentLock> held;
    std::optional<LockResult> lockFailed;
    auto plan = planProjectSync(request, observer, &held, &lockFailed);
    if (lockFailed)
        return reportLock(*lockFailed, false, dry, textOut, err);
    if (!plan) {
        if (plan.error().code == ErrorCode::LockOutdated) {
            err << plan.error().message << "\n";
            return 1;
        }
        return cliReport(plan.error(), err);
    }
    if (plan->locked) {
        if (const int failed = reportLock(*plan->locked, false, dry, textOut, err))
            return failed;
    }
    const QString &venvPath = plan->venvPath;
    const QString &lockPath = plan->lockPath;
    if (json && dry) {
        QJsonArray changes;
        for (const InstallPlan::Install &i : plan->plan.install) {
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
        for (const InstalledDistribution &d : plan->plan.remove)
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
                                         {QStringLiteral("unchanged"), qsizetype(plan->plan.keep.size())}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    if (dry) {
        if (plan->isEmpty()) {
            out << Tr::tr("%1 matches %2 (%3 packages)").arg(venvPath, lockPath).arg(plan->plan.keep.size()) << "\n";
            return 0;
        }
        out << Tr::tr("Would change %1 (dry run, nothing changed):").arg(venvPath) << "\n";
        for (const QString &line : plan->plan.lines())
            out << "  " << line << "\n";
        return 0;
    }
    // Each step as it happens on stderr ("progress: + name 1.0"), the summary on stdout at the end.
    // Called from the install threads too: the setting is read once, here.
    observer.step = [&err, progress = cliGlobals().showProgress()](const ApplyStep &step) {
        if (!progress)
            return; // -q, --no-progress
        err << "progress: " << step.text << "\n";
        err.flush();
    };
    auto done = applyProjectSync(*plan, observer, cliGlobals().cancel, held.get());
    if (!done)
        return cliReport(done.error(), err);
    if (plan->isEmpty()) {
        out << Tr::tr("%1 matches %2 (%3 packages)").arg(venvPath, lockPath).arg(plan->plan.keep.size()) << "\n";
        return 0;
    }
    out << Tr::tr("Synced %1 with %2:").arg(venvPath, lockPath) << "\n";
    for (const QString &line : *done)
        out << "  " << line << "\n";
    out.flush();
    return 0;
}

int runTree(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Show the project's locked dependencies as a tree, from pylock.toml: each package with "
           "its version and what it depends on; a package already shown is marked (*). With "
           "--invert PKG: what depends on PKG, up to the project's own requirements."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption lockFile = lockFileOption();
    const QCommandLineOption invert(QStringLiteral("invert"),
                                    Tr::tr("Show what depends on this package"), Tr::tr("PKG"));
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
            return qs(n.name) + QStringLiteral(" ") + Tr::tr("(not in the lock)");
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
            e.message = Tr::tr("%1 is not in %2").arg(parser.value(invert), lockPath);
            e.hint = Tr::tr("see envdesk-cli tree for what is locked");
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
