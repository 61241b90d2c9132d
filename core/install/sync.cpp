#include "sync.h"
#include "../net/sha256.h"

#include "build.h"
#include "gitcheckout.h"
#include "interpreters.h"
#include "wheel.h"

#include "../project/settings.h"

#include "../pep/name.h"
#include "../pep/specifier.h"
#include "../pep/version.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Sync)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

bool sameVersion(const std::string &a, const std::string &b)
{
    auto va = Version::parse(a), vb = Version::parse(b);
    return va && vb ? *va == *vb : a == b;
}

QString journalDir(const QString &venvPath)
{
    return QDir(venvPath).filePath(QStringLiteral(".envdesk/journal"));
}

QString journalFile(const QString &venvPath, const std::string &name)
{
    return QDir(journalDir(venvPath)).filePath(qs(name) + QStringLiteral(".json"));
}

// Written whole (a temporary name renamed into place) before the first file of the package.
bool writeJournal(const QString &venvPath, const std::string &name, const QStringList &paths)
{
    QDir().mkpath(journalDir(venvPath));
    const QString path = journalFile(venvPath, name);
    const QByteArray data
        = QJsonDocument(QJsonObject{{QStringLiteral("name"), qs(name)},
                                    {QStringLiteral("paths"), QJsonArray::fromStringList(paths)}})
              .toJson(QJsonDocument::Compact);
    QFile out(path + QStringLiteral(".tmp"));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data) != data.size()
        || !out.flush())
        return false;
    out.close();
    return std::rename(QFile::encodeName(out.fileName()).constData(),
                       QFile::encodeName(path).constData())
           == 0;
}

// A distribution file on this machine, against the SHA-256 it is listed with.
Expected<QString> checkLocalFile(const DistributionFile &file)
{
    const QString path = file.url.toLocalFile();
    const auto expected = file.hashes.find("sha256");
    QFile in(path);
    Error e;
    e.code = ErrorCode::HashMismatch;
    e.file = path;
    if (expected == file.hashes.end()) {
        e.message = Tr::tr("%1 has no SHA-256 to be checked against; not installed").arg(path);
        return std::unexpected(e);
    }
    if (!in.open(QIODevice::ReadOnly)) {
        e.code = ErrorCode::Io;
        e.message = Tr::tr("cannot read %1: %2").arg(path, in.errorString());
        return std::unexpected(e);
    }
    Sha256 hash;
    hash.addData(&in);
    const QByteArray actual = hash.result().toHex();
    if (actual != QByteArray::fromStdString(expected->second).toLower()) {
        e.message = Tr::tr("%1 does not match its hash: expected sha256 %2, got %3")
                        .arg(path, qs(expected->second), QString::fromLatin1(actual));
        e.hint = Tr::tr("the file changed after it was locked; lock again if the change is wanted");
        return std::unexpected(e);
    }
    return path;
}

// The direct_url.json an installed distribution was installed with (empty when from an index).
QJsonObject installedFrom(const QString &distInfo)
{
    QFile f(distInfo + QStringLiteral("/direct_url.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Whether a folder's build files changed after its installed copy was built (uv's default
// cache keys: pyproject.toml, setup.py, setup.cfg).
bool builtBeforeChange(const QString &distInfo, const QString &folder)
{
    const QDateTime installed = QFileInfo(distInfo + QStringLiteral("/RECORD")).lastModified();
    for (const char *name : {"pyproject.toml", "setup.py", "setup.cfg"}) {
        const QFileInfo file(folder + QLatin1Char('/') + QLatin1String(name));
        if (file.exists() && file.lastModified() > installed)
            return true;
    }
    return false;
}

bool insideFolder(const QString &path, const QString &folder)
{
    const QString root = QDir(folder).canonicalPath();
    const QString parent = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    return !root.isEmpty() && !parent.isEmpty()
           && (parent == root || parent.startsWith(root + QLatin1Char('/')));
}

} // namespace

QString vcsDirectUrlJson(const QUrl &url, const std::string &requestedRevision,
                         const std::string &commit, const std::string &subdirectory)
{
    QJsonObject vcs{{QStringLiteral("vcs"), QStringLiteral("git")}, {QStringLiteral("commit_id"), qs(commit)}};
    if (!requestedRevision.empty())
        vcs.insert(QStringLiteral("requested_revision"), qs(requestedRevision));
    QJsonObject o{{QStringLiteral("url"), url.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded)},
                  {QStringLiteral("vcs_info"), vcs}};
    if (!subdirectory.empty())
        o.insert(QStringLiteral("subdirectory"), qs(subdirectory));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString directUrlJson(const QUrl &url, bool folder, bool editable,
                      const std::map<std::string, std::string> &hashes)
{
    QJsonObject o{{QStringLiteral("url"), url.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded)}};
    if (folder) {
        QJsonObject dir;
        if (editable)
            dir.insert(QStringLiteral("editable"), true);
        o.insert(QStringLiteral("dir_info"), dir);
    } else {
        QJsonObject archive;
        QJsonObject all;
        for (const auto &[algorithm, digest] : hashes)
            all.insert(qs(algorithm), qs(digest));
        if (const auto sha = hashes.find("sha256"); sha != hashes.end())
            archive.insert(QStringLiteral("hash"), QString(QStringLiteral("sha256=") + qs(sha->second)));
        if (!all.isEmpty())
            archive.insert(QStringLiteral("hashes"), all);
        o.insert(QStringLiteral("archive_info"), archive);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}


std::vector<InstalledDistribution> installedDistributions(const QString &sitePackages)
{
    std::vector<InstalledDistribution> out;
    const QDir dir(sitePackages);
    for (const QString &entry :
         dir.entryList({QStringLiteral("*.dist-info")}, QDir::Dirs, QDir::Name)) {
        const QString stem = entry.chopped(int(qstrlen(".dist-info")));
        const qsizetype dash = stem.lastIndexOf(QLatin1Char('-'));
        if (dash <= 0)
            continue;
        out.push_back({normalizePackageName(stem.left(dash).toStdString()),
                       stem.mid(dash + 1).toStdString(), dir.filePath(entry)});
    }
    std::sort(out.begin(), out.end(),
              [](const InstalledDistribution &a, const InstalledDistribution &b) {
                  return a.name < b.name;
              });
    return out;
}

QStringList InstallPlan::lines() const
{
    QStringList out;
    for (const Install &i : install) {
        // Where a build comes from is part of the plan: the folder, or the sdist.
        const QString from = !i.buildFrom.isEmpty()
                                 ? QStringLiteral(" (from %1%2)")
                                       .arg(i.buildFrom, i.editable ? QStringLiteral(", editable") : QString())
                             : !i.gitUrl.isEmpty()
                                 ? QStringLiteral(" (from git %1 @ %2)")
                                       .arg(i.gitUrl.toString(QUrl::RemoveUserInfo), qs(i.gitCommit.substr(0, 12)))
                                 : QString();
        if (i.replaces.empty())
            out << QStringLiteral("+ %1 %2").arg(qs(i.name), qs(i.version)) + from;
        else if (i.replaces == i.version)
            out << QStringLiteral("~ %1 %2 (reinstall)").arg(qs(i.name), qs(i.version)) + from;
        else
            out << QStringLiteral("~ %1 %2 -> %3").arg(qs(i.name), qs(i.replaces), qs(i.version)) + from;
    }
    for (const InstalledDistribution &d : remove)
        out << QStringLiteral("- %1 %2").arg(qs(d.name), qs(d.version));
    return out;
}

const std::set<std::string> &seedPackages()
{
    static const std::set<std::string> names = {"pip", "setuptools", "wheel"};
    return names;
}

Expected<InstallPlan> planSync(const PyLock &lock, const MarkerEnvironment &target,
                               const std::vector<Tag> &tags, const QString &sitePackages,
                               const IndexClient &client, const SyncOptions &options)
{
    MarkerEnvironment env = target;
    env.dependencyGroups = options.groups;
    env.extras = options.extras;
    const TagPriority priority(tags);
    std::map<std::string, InstalledDistribution> installed;
    for (InstalledDistribution &d : installedDistributions(sitePackages))
        installed.insert_or_assign(d.name, std::move(d));

    InstallPlan plan;
    std::set<std::string> wanted;
    const auto pythonVersion = Version::parse(env.pythonFullVersion);
    // A package to install, replacing what is there (when something is).
    auto newItem = [&](const LockedPackage &p, std::map<std::string, InstalledDistribution>::const_iterator have) {
        InstallPlan::Install item;
        item.name = p.name;
        item.version = p.version;
        item.replaces = have != installed.end() ? have->second.version : std::string();
        item.requested = options.requested.contains(p.name);
        return item;
    };
    for (const LockedPackage &p : lock.packages) {
        if (options.leaveOut.contains(p.name))
            continue;
        if (!p.marker.empty()) {
            auto marker = Marker::parse(p.marker);
            auto applies = marker ? marker->evaluate(env) : Expected<bool>(false);
            if (!applies || !*applies)
                continue;
        }
        if (wanted.contains(p.name)) {
            Error e;
            e.code = ErrorCode::InvalidConfig;
            e.message = Tr::tr("the lock has two entries for %1 that both apply to this environment")
                            .arg(qs(p.name));
            e.hint = Tr::tr("write the lock again with envdesk-cli lock");
            return std::unexpected(e);
        }
        wanted.insert(p.name);
        if (!p.requiresPython.empty() && pythonVersion) {
            // Its lower bounds, as the resolution read them (uv's rule).
            auto spec = SpecifierSet::parse(p.requiresPython);
            if (spec && !spec->lowerBounds().contains(*pythonVersion, true)) {
                Error e;
                e.code = ErrorCode::InvalidConfig;
                e.message = Tr::tr("%1 %2 requires Python %3; this environment has %4")
                                .arg(qs(p.name), qs(p.version), qs(p.requiresPython),
                                     qs(env.pythonFullVersion));
                e.hint = Tr::tr("lock for this environment's Python: envdesk-cli lock --python %1")
                             .arg(qs(env.pythonFullVersion));
                return std::unexpected(e);
            }
        }
        auto have = installed.find(p.name);
        if (p.vcs) {
            const QString url = p.vcs->url.toString(QUrl::FullyEncoded);
            if (have != installed.end() && sameVersion(have->second.version, p.version) && !options.reinstall) {
                // Installed from that very commit: nothing to do.
                const QJsonObject from = installedFrom(have->second.distInfo);
                if (from.value(QStringLiteral("url")).toString() == url
                    && from.value(QStringLiteral("vcs_info")).toObject().value(QStringLiteral("commit_id")).toString()
                           == qs(p.vcs->commitId)) {
                    plan.keep.push_back(have->second);
                    continue;
                }
            }
            InstallPlan::Install item = newItem(p, have);
            item.gitUrl = p.vcs->url;
            item.gitCommit = p.vcs->commitId;
            item.subdirectory = p.vcs->subdirectory;
            item.directUrlJson = vcsDirectUrlJson(p.vcs->url, p.vcs->requestedRevision, p.vcs->commitId,
                                                  p.vcs->subdirectory);
            plan.install.push_back(std::move(item));
            continue;
        }
        if (p.directory || p.archive) {
            const QUrl url = p.directory ? QUrl::fromLocalFile(p.directory->absolute) : p.archive->url;
            const bool editable = p.directory && p.directory->editable;
            if (have != installed.end() && sameVersion(have->second.version, p.version)
                && !options.reinstall) {
                // The same source, and for a built folder nothing newer: what is there stays.
                const QJsonObject from = installedFrom(have->second.distInfo);
                const bool same
                    = from.value(QStringLiteral("url")).toString() == url.toString(QUrl::FullyEncoded)
                      && from.value(QStringLiteral("dir_info")).toObject().value(QStringLiteral("editable")).toBool() == editable;
                if (same && (editable || !p.directory || !builtBeforeChange(have->second.distInfo, p.directory->absolute))) {
                    plan.keep.push_back(have->second);
                    continue;
                }
            }
            InstallPlan::Install item = newItem(p, have);
            item.directUrlJson = directUrlJson(url, bool(p.directory), editable,
                                               p.archive ? p.archive->hashes : std::map<std::string, std::string>{});
            if (p.directory) {
                item.buildFrom = p.directory->absolute;
                item.editable = editable;
            } else {
                item.file.file.filename = p.archive->name;
                item.file.file.url = p.archive->url;
                item.file.file.hashes = p.archive->hashes;
                item.file.file.size = p.archive->size;
                item.file.index = client.indexNameFor(p.archive->url);
            }
            plan.install.push_back(std::move(item));
            continue;
        }
        if (have != installed.end() && sameVersion(have->second.version, p.version)
            && !options.reinstall) {
            plan.keep.push_back(have->second);
            continue;
        }
        std::optional<LockedFile> wheel = bestWheel(p, priority);
        // No wheel for this environment: the locked sdist is downloaded, checked and built.
        if (!wheel && p.sdist)
            wheel = p.sdist;
        if (!wheel) {
            QStringList names;
            for (const LockedFile &w : p.wheels)
                names << qs(w.name);
            Error e;
            e.code = ErrorCode::NeedsBuild;
            e.message = Tr::tr("%1 %2 has no wheel for this environment (%3) and no sdist; locked "
                           "wheels: %4")
                            .arg(qs(p.name), qs(p.version), qs(environmentMarker(env)),
                                 names.join(QLatin1String(", ")));
            e.hint = Tr::tr("lock a version that has a wheel for this environment, or build the "
                        "wheel yourself and add its folder as a flat index");
            return std::unexpected(e);
        }
        InstallPlan::Install item = newItem(p, have);
        item.file.file.filename = wheel->name;
        item.file.file.url = wheel->url;
        item.file.file.hashes = wheel->hashes;
        item.file.file.size = wheel->size;
        item.file.index = client.indexNameFor(p.index.isEmpty() ? wheel->url : p.index);
        plan.install.push_back(std::move(item));
    }
    for (const auto &[name, dist] : installed) {
        if (wanted.contains(name) || (!options.removeSeed && seedPackages().contains(name)))
            continue;
        plan.remove.push_back(dist);
    }
    return plan;
}

Expected<QStringList> applyPlan(const InstallPlan &plan, IndexClient &client,
                                const QString &venvPath, const QString &sitePackages,
                                const ApplyOptions &options,
                                const std::function<void(const ApplyStep &)> &progress)
{
    auto say = [&](ApplyStep::Kind kind, const std::string &package, const QString &line) {
        if (progress)
            progress(ApplyStep{kind, package, line});
    };
    const CancelToken &cancel = options.cancel;
    const auto cancelled = [] {
        Error e;
        e.code = ErrorCode::Cancelled;
        e.message = Tr::tr("cancelled; every package is either installed whole or not at all");
        e.hint = Tr::tr("sync again to finish");
        return e;
    };
    // Everything downloaded and checked before the environment is touched.
    std::map<std::string, Expected<QString>> downloaded;
    for (const InstallPlan::Install &item : plan.install) {
        // A folder is built below, from where it is; a git commit is checked out there.
        if (!item.buildFrom.isEmpty() || !item.gitUrl.isEmpty()) {
            downloaded.insert_or_assign(item.name, item.buildFrom);
            continue;
        }
        // A file on this machine (a lock's `path`, a local flat index): checked where it is.
        if (item.file.file.url.isLocalFile()) {
            downloaded.insert_or_assign(item.name, checkLocalFile(item.file.file));
            continue;
        }
        // Already unpacked in the cache, checked when it was: nothing to fetch or hash again.
        const auto sha = item.file.file.hashes.find("sha256");
        if (sha != item.file.file.hashes.end()
            && isUnpackedInCache(options.unpackedCacheDir,
                                 QByteArray::fromStdString(sha->second))) {
            downloaded.insert_or_assign(item.name, QString::fromStdString(item.file.file.filename));

            continue;
        }
        client.download(
            item.file,
            [&downloaded, &say, name = item.name](Expected<QString> r) {
                if (r)
                    say(ApplyStep::Kind::Downloaded, name, Tr::tr("downloaded %1").arg(qs(name)));
                downloaded.insert_or_assign(name, std::move(r));
            },
            cancel);
    }
    // Cancel aborts the downloads in flight (the client polls the token): each ends here.
    while (downloaded.size() < plan.install.size())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    // Cancelled while downloading: stop before the environment is touched.
    if (cancel.isCancelled())
        return std::unexpected(cancelled());
    for (const auto &[name, result] : downloaded) {
        if (!result)
            return std::unexpected(result.error());
    }

    // Folders and sdists become wheels, still before the environment is touched.
    // Made only when something needs building: a sync killed mid-way (kill -9) leaves no empty
    // folder behind in the temporary directory.
    std::optional<QTemporaryDir> buildFolder;
    const auto buildDir = [&]() -> QTemporaryDir & {
        if (!buildFolder)
            buildFolder.emplace();
        return *buildFolder;
    };
    std::set<std::string> built;
    for (const InstallPlan::Install &item : plan.install) {
        const bool git = !item.gitUrl.isEmpty();
        const bool sdist = !git && item.buildFrom.isEmpty() && !item.file.file.filename.ends_with(".whl");
        if (item.buildFrom.isEmpty() && !sdist && !git)
            continue;
        const QString name = qs(item.name);
        if (options.basePython.isEmpty() || !buildDir().isValid()) {
            Error e;
            e.code = ErrorCode::NeedsBuild;
            e.message = Tr::tr("%1 must be built, and this caller gave no interpreter to build it with").arg(name);
            return std::unexpected(e);
        }
        QString source = item.buildFrom;
        if (git) {
            auto checkout = checkoutGit(item.gitUrl, item.gitCommit, client.cacheDirectory(),
                                        cancel.predicate());
            if (!checkout)
                return std::unexpected(checkout.error());
            source = checkout->path
                     + (item.subdirectory.empty() ? QString() : QLatin1Char('/') + qs(item.subdirectory));
        }
        if (sdist) {
            auto unpacked = unpackSdist(downloaded.at(item.name).value(),
                                        buildDir().filePath(QStringLiteral("src-") + name));
            if (!unpacked)
                return std::unexpected(unpacked.error());
            source = *unpacked;
        }
        say(ApplyStep::Kind::Building, item.name,
            Tr::tr("building %1 from %2").arg(name, sdist ? qs(item.file.file.filename) : source));
        BuildRequest request;
        request.sourceDir = source;
        request.basePython = options.basePython;
        request.hook = item.editable ? BuildRequest::Hook::Editable : BuildRequest::Hook::Wheel;
        request.outputDir = buildDir().filePath(QStringLiteral("wheel-") + name);
        request.provision = options.provisionBuild;
        request.output = [&say, name, package = item.name](const QString &line) {
            say(ApplyStep::Kind::BuildOutput, package, name + QLatin1String(": ") + line);
        };
        request.cancelled = cancel.predicate();
        auto wheel = buildSource(request);
        if (!wheel)
            return std::unexpected(wheel.error());
        downloaded.insert_or_assign(item.name, wheel->path);
        built.insert(item.name);
        say(ApplyStep::Kind::Built, item.name, Tr::tr("built %1").arg(QFileInfo(wheel->path).fileName()));
    }

    QStringList done;
    for (const InstalledDistribution &d : plan.remove) {
        auto removed = uninstallDistribution(d.distInfo, venvPath);
        if (!removed)
            return std::unexpected(removed.error());
        done << QStringLiteral("- %1 %2").arg(qs(d.name), qs(d.version));
        say(ApplyStep::Kind::Removed, d.name, done.last());
    }
    const InstallScheme scheme = InstallScheme::forVirtualEnvironment(venvPath, sitePackages);
    // Packages are installed side by side on worker threads (each one whole, journaled on its
    // own); the lines come out in the plan's order.
    std::vector<std::optional<Expected<QString>>> results(plan.install.size());
    std::atomic_size_t next = 0;
    std::mutex sayMutex;
    QStringList modules; // to compile, when asked
    auto work = [&] {
        for (std::size_t i = next++; i < plan.install.size(); i = next++) {
            const InstallPlan::Install &item = plan.install[i];
            results[i] = [&]() -> Expected<QString> {
                if (cancel.isCancelled())
                    return std::unexpected(cancelled());
                if (!item.replaces.empty()) {
                    const QString old = findInstalled(sitePackages, item.name);
                    if (!old.isEmpty()) {
                        auto removed = uninstallDistribution(old, venvPath);
                        if (!removed)
                            return std::unexpected(removed.error());
                    }
                }
                WheelInstallOptions wheelOptions;
                wheelOptions.requested = item.requested;
                wheelOptions.unpackedCacheDir = options.unpackedCacheDir;
                wheelOptions.linkMode = options.linkMode;
                if (auto sha = item.file.file.hashes.find("sha256");
                    sha != item.file.file.hashes.end() && !built.contains(item.name))
                    wheelOptions.wheelSha256 = QByteArray::fromStdString(sha->second).toLower();
                wheelOptions.directUrlJson = item.directUrlJson;
                wheelOptions.beforeWrite = [&](const QStringList &paths) {
                    return writeJournal(venvPath, item.name, paths);
                };
                auto installed
                    = installWheel(downloaded.at(item.name).value(), scheme, wheelOptions);
                if (!installed)
                    return std::unexpected(installed.error());
                if (options.compileBytecode) {
                    const std::lock_guard guard(sayMutex);
                    for (const QString &file : installed->files) {
                        if (file.endsWith(QLatin1String(".py"))
                            && !file.startsWith(scheme.scripts + QLatin1Char('/')))
                            modules << file;
                    }
                }
                QFile::remove(journalFile(venvPath, item.name)); // whole: nothing to undo
                if (item.replaces.empty())
                    return QStringLiteral("+ %1 %2").arg(qs(item.name), qs(item.version));
                if (item.replaces == item.version)
                    return QStringLiteral("~ %1 %2 (reinstalled)").arg(qs(item.name), qs(item.version));
                return QStringLiteral("~ %1 %2 -> %3").arg(qs(item.name), qs(item.replaces), qs(item.version));
            }();
            if (*results[i]) {
                const std::lock_guard guard(sayMutex);
                say(ApplyStep::Kind::Installed, item.name, **results[i]);
            }
        }
    };
    const int fromEnvironment = qEnvironmentVariableIntValue("ENVDESK_INSTALL_THREADS");
    const int wanted = options.threads > 0   ? options.threads
                       : fromEnvironment > 0 ? fromEnvironment
                                             : QThread::idealThreadCount();
    const int threads = std::clamp(wanted, 1, int(std::max<std::size_t>(plan.install.size(), 1)));
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread &w : workers)
        w.join();
    for (const auto &r : results) {
        if (!r || !*r)
            return std::unexpected(r ? r->error() : Error{});
        done << **r;
    }
    if (options.compileBytecode && !modules.isEmpty()) {
        // The environment's own interpreter compiles (its version decides the bytecode), on every
        // core; files that do not compile (a module for another Python) are reported, as pip does.
        QProcess compile;
        compile.setProcessChannelMode(QProcess::MergedChannels);
        compile.start(scheme.python,
                      {QStringLiteral("-m"), QStringLiteral("compileall"), QStringLiteral("-q"),
                       QStringLiteral("-j"), QStringLiteral("0"), QStringLiteral("-i"),
                       QStringLiteral("-")});
        compile.write(modules.join(QLatin1Char('\n')).toUtf8() + '\n');
        compile.closeWriteChannel();
        compile.waitForFinished(-1);
        const QString output = QString::fromUtf8(compile.readAll()).trimmed();
        if (compile.exitStatus() != QProcess::NormalExit || compile.exitCode() != 0)
            say(ApplyStep::Kind::Note, {}, Tr::tr("bytecode: some modules did not compile: %1")
                    .arg(output.isEmpty() ? compile.errorString() : output.left(2000)));
        done << QCoreApplication::translate("Envdesk::Core::Sync",
                                            "compiled %n module(s) to bytecode", nullptr,
                                            int(modules.size()));
    }
    return done;
}

Expected<ApplyOptions> applyOptionsFromSettings(const QString &projectFile,
                                                const QString &cacheDirectory, bool compileBytecode)
{
    SettingsInputs inputs;
    if (QFileInfo::exists(projectFile))
        inputs.projectDir = QFileInfo(projectFile).absolutePath();
    auto settings = resolveSettings(inputs);
    if (!settings)
        return std::unexpected(settings.error());
    ApplyOptions options;
    if (!cacheDirectory.isEmpty())
        options.unpackedCacheDir = QDir(cacheDirectory).filePath(QStringLiteral("wheels-v1"));
    const Setting *compile = settings->find("compile-bytecode");
    options.compileBytecode = compileBytecode || (compile && compile->isTrue());
    const Setting *linkMode = settings->find("link-mode");
    const QString mode = linkMode ? QString::fromStdString(linkMode->value()) : QString();
    if (auto parsed = parseLinkMode(mode.isEmpty() ? QStringLiteral("hardlink") : mode)) {
        options.linkMode = *parsed;
    } else {
        Error e;
        e.code = ErrorCode::InvalidConfig;
        e.message
            = Tr::tr("link-mode %1 (from %2) is not one envdesk supports")
                  .arg(mode, linkMode && linkMode->isSet() ? linkMode->items.front().from.toString()
                                                           : QString());
        e.hint = Tr::tr("use hardlink (the default), clone or copy");
        return std::unexpected(e);
    }
    return options;
}

Expected<EnvironmentInfo> inspectEnvironment(const QString &venvPath)
{
    if (!QFileInfo::exists(QDir(venvPath).filePath(QStringLiteral("pyvenv.cfg")))) {
        Error e;
        e.code = ErrorCode::InvalidConfig;
        e.message = Tr::tr("%1 is not a virtual environment").arg(venvPath);
        e.hint = Tr::tr("create it first: envdesk-cli venv %1").arg(venvPath);
        return std::unexpected(e);
    }
    const QString python = QDir(venvPath).filePath(QStringLiteral("bin/python"));
    auto info = probeInterpreterCached(python);
    if (!info)
        return std::unexpected(info.error());
    EnvironmentInfo env;
    env.sitePackages = info->paths.count("purelib") ? info->paths.at("purelib") : QString();
    if (env.sitePackages.isEmpty()) {
        Error e;
        e.code = ErrorCode::ProbeFailed;
        e.message = Tr::tr("%1 did not say where its site-packages is").arg(python);
        return std::unexpected(e);
    }
    env.interpreter = std::move(*info);
    return env;
}

EnvironmentLock::EnvironmentLock(QString venvPath)
    : m_venv(std::move(venvPath))
{}

EnvironmentLock::~EnvironmentLock() = default;

std::unique_ptr<EnvironmentLock> EnvironmentLock::forCreation(const QString &venvPath)
{
    const QString absolute = QDir::cleanPath(QFileInfo(venvPath).absoluteFilePath());
    auto lock = std::make_unique<EnvironmentLock>(absolute);
    lock->m_lockPath
        = QDir(QDir::tempPath())
              .filePath(
                  QStringLiteral("envdesk-create-%1.lock")
                      .arg(QString::fromLatin1(
                          QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256)
                              .toHex()
                              .left(32))));
    return lock;
}

int EnvironmentLock::defaultTimeoutMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("ENVDESK_LOCK_TIMEOUT", &ok);
    return ok && seconds >= 0 ? seconds * 1000 : 300 * 1000;
}

Expected<void> EnvironmentLock::acquire(int timeoutMs,
                                        const std::function<void(const QString &)> &waiting)
{
    const QString folder = m_lockPath.isEmpty() ? QDir(m_venv).filePath(QStringLiteral(".envdesk"))
                                                : QFileInfo(m_lockPath).absolutePath();
    QDir().mkpath(folder);
    const QString path
        = m_lockPath.isEmpty() ? QDir(folder).filePath(QStringLiteral("lock")) : m_lockPath;
    m_lock = std::make_unique<QLockFile>(path);
    m_lock->setStaleLockTime(0); // never stale by age; a dead holder is still taken over
    auto holder = [&] {
        qint64 pid = 0;
        QString host, app;
        if (!m_lock->getLockInfo(&pid, &host, &app))
            return Tr::tr("another process (its lock file %1 does not say which yet)").arg(path);
        return Tr::tr("process %1 (%2) on %3").arg(pid).arg(app, host);
    };
    // A holder killed between creating the lock file and writing its name into it leaves a file
    // no one can be found for; QLockFile (never stale by age here) would wait for it forever. A
    // live process writes its name right after creating the file, so one unreadable for two
    // seconds is taken over.
    auto takeOverUnreadable = [&] {
        qint64 pid = 0;
        QString host, app;
        const QFileInfo file(path);
        if (file.exists() && !m_lock->getLockInfo(&pid, &host, &app)
            && file.lastModified().msecsTo(QDateTime::currentDateTime()) > 2000)
            m_lock->removeStaleLockFile();
    };
    takeOverUnreadable();
    if (m_lock->tryLock(0))
        return {};
    if (m_lock->error() == QLockFile::LockFailedError) {
        if (waiting)
            waiting(Tr::tr("waiting for %1, which is changing %2").arg(holder(), m_venv));
        QElapsedTimer clock;
        clock.start();
        while (true) {
            const qint64 left = timeoutMs - clock.elapsed();
            if (m_lock->tryLock(int(std::clamp<qint64>(left, 0, 500))))
                return {};
            if (m_lock->error() != QLockFile::LockFailedError || left <= 0)
                break;
            takeOverUnreadable();
        }
    }
    Error e;
    e.code = ErrorCode::Io;
    if (m_lock->error() == QLockFile::LockFailedError) {
        e.message = Tr::tr("%1 has been changing %2 for longer than %3 s")
                        .arg(holder(), m_venv)
                        .arg(timeoutMs / 1000);
        e.hint = Tr::tr("wait for it and try again (ENVDESK_LOCK_TIMEOUT sets how long to wait); if "
                    "that process is not envdesk, remove %1")
                     .arg(path);
    } else {
        e.message = Tr::tr("cannot create the lock file %1").arg(path);
        e.hint = Tr::tr("check that the environment's folder is writable");
    }
    return std::unexpected(e);
}

Expected<QStringList> repairInterruptedInstalls(const QString &venvPath,
                                                const QString &sitePackages)
{
    // Never removed, even when empty: the environment's own folders.
    const QString site = QDir(sitePackages).canonicalPath();
    const QString bin = QDir(QDir(venvPath).filePath(QStringLiteral("bin"))).canonicalPath();
    auto isEnvironmentFolder = [&](const QString &folder) {
        const QString f = QDir(folder).canonicalPath();
        return f.isEmpty() || f == site || site.startsWith(f + QLatin1Char('/')) || f == bin;
    };
    QStringList repaired;
    // A removal killed after RECORD went but before its folder did leaves an empty .dist-info.
    const QDir siteDir(sitePackages);
    for (const QString &entry : siteDir.entryList({QStringLiteral("*.dist-info")}, QDir::Dirs)) {
        const QString folder = siteDir.filePath(entry);
        QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System,
                           QDirIterator::Subdirectories);
        if (!files.hasNext()) {
            QDir(folder).removeRecursively();
            repaired << Tr::tr("removed the empty %1 an interrupted removal left").arg(entry);
        }
    }
    const QDir dir(journalDir(venvPath));
    for (const QString &entry :
         dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(
                Error{ErrorCode::Io, Tr::tr("cannot read the install journal %1").arg(file.fileName()),
                      Tr::tr("check the environment's permissions"), file.fileName(), 0, 0});
        const QJsonObject journal = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        std::set<QString> folders;
        for (const QJsonValue &v : journal.value(QLatin1String("paths")).toArray()) {
            const QString path = QDir::cleanPath(v.toString());
            // Only inside the environment, whatever the journal says.
            if (path.isEmpty() || !insideFolder(path, venvPath))
                continue;
            QFile::remove(path);
            QFile::remove(QFileInfo(path).absolutePath() + QStringLiteral("/RECORD.envdesk-tmp"));
            folders.insert(QFileInfo(path).absolutePath());
        }
        // Folders the install made and left empty.
        removeEmptyFolders(folders, [&](const QString &folder) {
            return insideFolder(folder, venvPath) && !isEnvironmentFolder(folder);
        });
        QFile::remove(dir.filePath(entry));
        repaired << Tr::tr("undid the interrupted install of %1")
                        .arg(journal.value(QLatin1String("name")).toString());
    }
    return repaired;
}

Expected<void> prepareEnvironment(EnvironmentLock &lock, const QString &venvPath,
                                  const QString &sitePackages,
                                  const std::function<void(const QString &)> &say)
{
    if (auto held = lock.acquire(EnvironmentLock::defaultTimeoutMs(), say); !held)
        return held;
    auto repaired = repairInterruptedInstalls(venvPath, sitePackages);
    if (!repaired)
        return std::unexpected(repaired.error());
    for (const QString &line : *repaired)
        say(line);
    return {};
}

} // namespace Envdesk::Core
