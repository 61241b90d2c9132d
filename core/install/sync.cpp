#include "sync.h"

#include "wheel.h"

#include "../pep/name.h"
#include "../pep/specifier.h"
#include "../pep/version.h"

#include <QCoreApplication>
#include <QDir>

namespace Envdesk::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Envdesk::Core::Sync", text);
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

bool sameVersion(const std::string &a, const std::string &b)
{
    auto va = Version::parse(a), vb = Version::parse(b);
    return va && vb ? *va == *vb : a == b;
}

} // namespace

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
        if (i.replaces.empty())
            out << QStringLiteral("+ %1 %2").arg(qs(i.name), qs(i.version));
        else if (i.replaces == i.version)
            out << QStringLiteral("~ %1 %2 (reinstall)").arg(qs(i.name), qs(i.version));
        else
            out << QStringLiteral("~ %1 %2 -> %3").arg(qs(i.name), qs(i.replaces), qs(i.version));
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

Expected<InstallPlan> planSync(const PyLock &lock, const MarkerEnvironment &env,
                               const std::vector<Tag> &tags, const QString &sitePackages,
                               const IndexClient &client, const SyncOptions &options)
{
    const TagPriority priority(tags);
    std::map<std::string, InstalledDistribution> installed;
    for (InstalledDistribution &d : installedDistributions(sitePackages))
        installed.insert_or_assign(d.name, std::move(d));

    InstallPlan plan;
    std::set<std::string> wanted;
    const auto pythonVersion = Version::parse(env.pythonFullVersion);
    for (const LockedPackage &p : lock.packages) {
        if (!p.marker.empty()) {
            auto marker = Marker::parse(p.marker);
            auto applies = marker ? marker->evaluate(env) : Expected<bool>(false);
            if (!applies || !*applies)
                continue;
        }
        if (wanted.contains(p.name)) {
            Error e;
            e.code = ErrorCode::InvalidConfig;
            e.message = tr("the lock has two entries for %1 that both apply to this environment")
                            .arg(qs(p.name));
            e.hint = tr("write the lock again with envdesk-cli lock");
            return std::unexpected(e);
        }
        wanted.insert(p.name);
        if (!p.requiresPython.empty() && pythonVersion) {
            auto spec = SpecifierSet::parse(p.requiresPython);
            if (spec && !spec->contains(*pythonVersion, true)) {
                Error e;
                e.code = ErrorCode::InvalidConfig;
                e.message = tr("%1 %2 requires Python %3; this environment has %4")
                                .arg(qs(p.name), qs(p.version), qs(p.requiresPython),
                                     qs(env.pythonFullVersion));
                e.hint = tr("lock for this environment's Python: envdesk-cli lock --python %1")
                             .arg(qs(env.pythonFullVersion));
                return std::unexpected(e);
            }
        }
        auto have = installed.find(p.name);
        if (have != installed.end() && sameVersion(have->second.version, p.version)
            && !options.reinstall) {
            plan.keep.push_back(have->second);
            continue;
        }
        const std::optional<LockedFile> wheel = bestWheel(p, priority);
        if (!wheel) {
            QStringList names;
            for (const LockedFile &w : p.wheels)
                names << qs(w.name);
            Error e;
            e.code = ErrorCode::NeedsBuild;
            e.message
                = p.wheels.empty()
                      ? tr("%1 %2 has only a source distribution (%3), and building one is not "
                           "supported yet")
                            .arg(qs(p.name), qs(p.version), qs(p.sdist ? p.sdist->name : ""))
                      : tr("%1 %2 has no wheel for this environment (%3); locked wheels: %4")
                            .arg(qs(p.name), qs(p.version), qs(environmentMarker(env)),
                                 names.join(QLatin1String(", ")));
            e.hint = tr("lock a version that has a wheel for this environment, or build the "
                        "wheel yourself and add its folder as a flat index");
            return std::unexpected(e);
        }
        InstallPlan::Install item;
        item.name = p.name;
        item.version = p.version;
        item.file.file.filename = wheel->name;
        item.file.file.url = wheel->url;
        item.file.file.hashes = wheel->hashes;
        item.file.file.size = wheel->size;
        item.file.index = client.indexNameFor(p.index.isEmpty() ? wheel->url : p.index);
        item.replaces = have != installed.end() ? have->second.version : std::string();
        item.requested = options.requested.contains(p.name);
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
                                const std::function<void(const QString &)> &progress)
{
    auto say = [&](const QString &line) {
        if (progress)
            progress(line);
    };
    // Everything downloaded and checked before the environment is touched.
    std::map<std::string, Expected<QString>> downloaded;
    for (const InstallPlan::Install &item : plan.install) {
        client.download(item.file, [&downloaded, &say, name = item.name](Expected<QString> r) {
            if (r)
                say(tr("downloaded %1").arg(qs(name)));
            downloaded.insert_or_assign(name, std::move(r));
        });
    }
    while (downloaded.size() < plan.install.size())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    for (const auto &[name, result] : downloaded) {
        if (!result)
            return std::unexpected(result.error());
    }

    QStringList done;
    for (const InstalledDistribution &d : plan.remove) {
        auto removed = uninstallDistribution(d.distInfo, venvPath);
        if (!removed)
            return std::unexpected(removed.error());
        done << QStringLiteral("- %1 %2").arg(qs(d.name), qs(d.version));
        say(done.last());
    }
    const InstallScheme scheme = InstallScheme::forVirtualEnvironment(venvPath, sitePackages);
    for (const InstallPlan::Install &item : plan.install) {
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
        auto installed = installWheel(downloaded.at(item.name).value(), scheme, wheelOptions);
        if (!installed)
            return std::unexpected(installed.error());
        done << (item.replaces.empty() || item.replaces == item.version
                     ? QStringLiteral("+ %1 %2").arg(qs(item.name), qs(item.version))
                     : QStringLiteral("~ %1 %2 -> %3")
                           .arg(qs(item.name), qs(item.replaces), qs(item.version)));
        say(done.last());
    }
    return done;
}

} // namespace Envdesk::Core
