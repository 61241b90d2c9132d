#include "indexprovider.h"

#include "../pep/coremetadata.h"
#include "../pep/filename.h"
#include "../pep/name.h"
#include "../pep/specifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Resolver)
};

Error targetError(const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::InvalidConfig;
    e.message = message;
    e.hint = hint;
    return e;
}

// A wheel for every Python 3 on every platform (`py3-none-any`).
bool isPureWheel(const WheelFilename &wheel)
{
    return std::all_of(wheel.tags.begin(), wheel.tags.end(), [](const Tag &t) { return t.abi == "none" && t.platform == "any"; });
}

} // namespace

ResolveTarget ResolveTarget::fromInterpreter(const InterpreterInfo &info)
{
    ResolveTarget t;
    t.markers = info.markers;
    t.tags = info.supportedTags();
    t.python = Version::parse(info.markers.pythonFullVersion)
                   .value_or(Version({std::uint64_t(info.major), std::uint64_t(info.minor)}));
    return t;
}

Expected<ResolveTarget> ResolveTarget::forPython(const std::string &version,
                                                 const std::string &platform)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d+)\\.(\\d+)(\\.(\\d+))?$"));
    const auto m = shape.match(QString::fromStdString(version));
    if (!m.hasMatch())
        return std::unexpected(
            targetError(Tr::tr("'%1' is not a Python version").arg(QString::fromStdString(version)),
                        Tr::tr("give X.Y or X.Y.Z, e.g. 3.12")));
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    const std::string full = m.captured(4).isEmpty() ? version + ".0" : version;
    const std::string nodot = std::to_string(major) + std::to_string(minor);

    TagEnvironment env;
    env.implementation = "cpython";
    env.major = major;
    env.minor = minor;
    env.pyDebug = false;
    env.withPymalloc = major == 3 && minor < 8;
    env.pyVersionNodot = nodot;
    MarkerEnvironment markers;
    markers.implementationName = "cpython";
    markers.implementationVersion = full;
    markers.pythonFullVersion = full;
    markers.pythonVersion = std::to_string(major) + "." + std::to_string(minor);
    markers.platformPythonImplementation = "CPython";

    std::string arch = "x86_64";
    QString p = QString::fromStdString(platform).toLower();
    static const QRegularExpression manylinux(
        QStringLiteral("^(x86_64|aarch64)-manylinux_?(\\d+)_(\\d+)$"));
    int glibcMinor = 28;
    if (const auto ml = manylinux.match(p); ml.hasMatch()) {
        arch = ml.captured(1).toStdString();
        glibcMinor = ml.captured(3).toInt();
        p = QStringLiteral("linux");
    } else if (p == QLatin1String("aarch64-unknown-linux-gnu")
               || p == QLatin1String("aarch64-manylinux")) {
        arch = "aarch64";
        p = QStringLiteral("linux");
    } else if (p == QLatin1String("x86_64-unknown-linux-gnu")
               || p == QLatin1String("x86_64-manylinux")) {
        p = QStringLiteral("linux");
    } else if (p == QLatin1String("aarch64-apple-darwin")) {
        arch = "arm64";
        p = QStringLiteral("macos");
    } else if (p == QLatin1String("x86_64-apple-darwin")) {
        p = QStringLiteral("macos");
    } else if (p == QLatin1String("x86_64-pc-windows-msvc")) {
        p = QStringLiteral("windows");
    }
    if (p == QLatin1String("linux")) {
        env.system = "Linux";
        env.sysconfigPlatform = "linux-" + arch;
        env.glibcMajor = 2;
        env.glibcMinor = glibcMinor;
        env.extSuffix = ".cpython-" + nodot + "-" + arch + "-linux-gnu.so";
        markers.osName = "posix";
        markers.platformSystem = "Linux";
        markers.sysPlatform = "linux";
        markers.platformMachine = arch;
    } else if (p == QLatin1String("macos")) {
        env.system = "Darwin";
        env.macMajor = arch == "arm64" ? 11 : 10;
        env.macMinor = arch == "arm64" ? 0 : 12;
        env.macArch = arch;
        env.sysconfigPlatform = "macosx-" + std::to_string(env.macMajor) + "."
                                + std::to_string(env.macMinor) + "-" + arch;
        env.extSuffix = ".cpython-" + nodot + "-darwin.so";
        markers.osName = "posix";
        markers.platformSystem = "Darwin";
        markers.sysPlatform = "darwin";
        markers.platformMachine = arch;
    } else if (p == QLatin1String("windows")) {
        env.system = "Windows";
        env.sysconfigPlatform = "win-amd64";
        env.extSuffix = ".cp" + nodot + "-win_amd64.pyd";
        markers.osName = "nt";
        markers.platformSystem = "Windows";
        markers.sysPlatform = "win32";
        markers.platformMachine = "AMD64";
    } else {
        return std::unexpected(
            targetError(Tr::tr("unknown platform '%1'").arg(QString::fromStdString(platform)),
                        Tr::tr("use linux, macos, windows, x86_64-unknown-linux-gnu, "
                           "aarch64-unknown-linux-gnu, x86_64-manylinux_2_NN, "
                           "aarch64-apple-darwin, x86_64-apple-darwin or x86_64-pc-windows-msvc")));
    }
    ResolveTarget t;
    t.markers = markers;
    t.tags = supportedTags(env);
    t.python = *Version::parse(full);
    return t;
}

void IndexProvider::setEnvironments(const MarkerSet &environments)
{
    // Requires-Python is asked of the lowest Python these environments have.
    const VersionRange pythons = environments.pythonVersions();
    if (!pythons.isEmpty())
        m_target.python = pythons.intervals().front().lower.version.value_or(Version({0}));
}

IndexProvider::IndexProvider(IndexClient *client, ResolveTarget target, int prefetch)
    : m_client(client)
    , m_target(std::move(target))
    , m_priority(m_target.tags)
    , m_prefetch(prefetch)
{}

void IndexProvider::startFetch(const std::string &key, const AttributedFile &file)
{
    if (m_metadata.contains(key))
        return;
    auto pending = std::make_shared<Pending>();
    m_metadata[key] = pending;
    ++m_fetches;
    m_client->fetchMetadata(
        file, [pending](Expected<QByteArray> bytes) { pending->result = std::move(bytes); });
}

bool IndexProvider::waitFor(const std::function<bool()> &done) const
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer wake; // so that a cancellation from another thread is seen within 100 ms
    wake.start(100);
    while (!done()) {
        if (m_cancelled && m_cancelled())
            return false;
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void IndexProvider::settlePrefetches(int maxMs)
{
    QElapsedTimer clock;
    clock.start();
    const auto settled = [this, &clock, maxMs] {
        if (clock.elapsed() >= maxMs)
            return true;
        return std::all_of(m_metadata.begin(), m_metadata.end(),
                           [](const auto &entry) { return entry.second->result.has_value(); });
    };
    QTimer tick; // wakes the loop so the time limit is seen
    tick.start(20);
    waitFor(settled);
}

static Error cancelledError()
{
    Error e;
    e.code = ErrorCode::Cancelled;
    e.message
        = QCoreApplication::translate("Envdesk::Core::Resolver", "the resolution was cancelled");
    return e;
}

void IndexProvider::startPage(const std::string &project)
{
    if (m_pages.contains(project))
        return;
    auto pending = std::make_shared<PendingPage>();
    m_pages[project] = pending;
    m_client->projectFiles(project,
                           [pending](Expected<ProjectFiles> r) { pending->result = std::move(r); });
}

bool IndexProvider::pinnedExactly(const std::string &project, const Version &version) const
{
    // uv's rule: a yanked version is allowed only when a first-party requirement pins it, with a
    // single `==V` (no wildcard) or `===V` clause; a dependency's pin does not allow it.
    const auto pins = [&](const Requirement &r) {
        if (normalizePackageName(r.name()) != project || r.specifiers().specifiers().size() != 1)
            return false;
        const Specifier &s = r.specifiers().specifiers().front();
        if (s.op() == Specifier::Operator::ArbitraryEqual && s.versionText() == version.toString())
            return true;
        return s.op() == Specifier::Operator::Equal && !s.hasWildcard() && s.version() && *s.version() == version;
    };
    return std::any_of(m_requested.begin(), m_requested.end(), pins);
}

std::optional<std::string> IndexProvider::whyUnusable(const std::string &project, const DistributionFile &file,
                                                      const std::optional<Version> &version) const
{
    const bool isWheel = file.filename.ends_with(".whl");
    if (isWheel && m_filter.appliesTo(m_filter.noBinary, project))
        return Tr::tr("no-binary").toStdString();
    if (!isWheel && m_filter.appliesTo(m_filter.onlyBinary, project))
        return Tr::tr("only-binary").toStdString();
    if (!isWheel && m_filter.appliesTo(m_filter.noBuild, project))
        return Tr::tr("no-build").toStdString();
    if (m_filter.excludeNewer.isValid() && file.uploadTime.isValid()
        && file.uploadTime > m_filter.excludeNewer)
        return Tr::tr("uploaded %1, after exclude-newer")
            .arg(file.uploadTime.toString(Qt::ISODate))
            .toStdString();
    if (file.yanked && !(version && pinnedExactly(project, *version)))
        return Tr::tr("yanked").toStdString()
               + (file.yankedReason.empty() ? "" : " (" + file.yankedReason + ")");
    if (!file.requiresPython.empty()) {
        // uv's rule: only the lower bounds of a dependency's Requires-Python count.
        auto spec = SpecifierSet::parse(file.requiresPython);
        if (spec && !spec->lowerBounds().contains(m_target.python, true))
            return Tr::tr("requires Python %1")
                .arg(QString::fromStdString(file.requiresPython))
                .toStdString();
    }
    return std::nullopt;
}

std::vector<DistributionFile> IndexProvider::filesFor(const std::string &project,
                                                      const Version &version) const
{
    std::vector<DistributionFile> out;
    const AttributedFile *chosen = fileFor(project, version);
    auto page = m_pages.find(project);
    if (!chosen || page == m_pages.end() || !page->second->result || !*page->second->result)
        return out;
    const auto same = page->second->byVersion.find(version);
    if (same == page->second->byVersion.end())
        return out;
    const std::vector<AttributedFile> &files = (**page->second->result).files;
    for (const std::size_t i : same->second) {
        const AttributedFile &f = files[i];
        if (f.index == chosen->index && !whyUnusable(project, f.file, version))
            out.push_back(f.file);
    }
    std::sort(out.begin(), out.end(), [](const DistributionFile &a, const DistributionFile &b) {
        return a.filename < b.filename;
    });
    return out;
}

Expected<std::vector<Version>> IndexProvider::versions(const std::string &project)
{
    if (const auto direct = m_direct.find(project); direct != m_direct.end()) {
        const DirectPackage &p = direct->second;
        if (!p.requiresPython.empty()) {
            auto spec = SpecifierSet::parse(p.requiresPython);
            if (spec && !spec->lowerBounds().contains(m_target.python)) {
                m_skipped[project].push_back(
                    Tr::tr("%1 %2 (%3) requires Python %4")
                        .arg(QString::fromStdString(project), QString::fromStdString(p.version.toString()),
                             p.source.describe(), QString::fromStdString(p.requiresPython))
                        .toStdString());
                return std::vector<Version>{};
            }
        }
        return std::vector<Version>{p.version};
    }
    startPage(project);
    const std::shared_ptr<PendingPage> pending = m_pages[project];
    if (!waitFor([&] { return pending->result.has_value(); }))
        return std::unexpected(cancelledError());
    const std::optional<Expected<ProjectFiles>> &result = pending->result;
    if (!*result)
        return std::unexpected(result->error());

    // Per version: the best wheel for the target, else an sdist.
    std::map<Version, std::pair<AttributedFile, int>> best; // rank: wheel tag rank, sdist = large
    std::vector<std::string> &skipped = m_skipped[project];
    constexpr int sdistRank = 1 << 30;
    pending->byVersion.clear();
    const std::vector<AttributedFile> &pageFiles = (*result)->files;
    for (std::size_t i = 0; i < pageFiles.size(); ++i) {
        const AttributedFile &f = pageFiles[i];
        std::optional<Version> version;
        int rank = sdistRank;
        if (f.file.filename.ends_with(".whl")) {
            auto wheel = WheelFilename::parse(f.file.filename);
            if (!wheel)
                continue;
            pending->byVersion[wheel->version].push_back(i);
            auto r = m_universal ? std::optional<int>(isPureWheel(*wheel) ? 0 : 1) : m_priority.bestRank(wheel->tags);
            if (!r) {
                skipped.push_back(f.file.filename + ": "
                                  + Tr::tr("no tag this Python supports").toStdString());
                continue;
            }
            version = wheel->version;
            rank = *r;
        } else {
            auto sdist = SdistFilename::parse(f.file.filename);
            if (!sdist)
                continue;
            version = sdist->version;
            pending->byVersion[*version].push_back(i);
        }
        if (auto why = whyUnusable(project, f.file, version)) {
            skipped.push_back(f.file.filename + ": " + *why);
            continue;
        }
        auto it = best.find(*version);
        // unsafe-first-match: a version an earlier index has comes from that index.
        const bool earlierIndex = it != best.end() && f.indexRank < it->second.first.indexRank;
        const bool sameIndex = it == best.end() || f.indexRank == it->second.first.indexRank;
        if (it == best.end() || (m_firstMatch ? earlierIndex || (sameIndex && rank < it->second.second)
                                              : rank < it->second.second))
            best[*version] = {f, rank};
    }
    std::vector<Version> out;
    auto &files = m_files[project];
    for (auto &[version, chosen] : best) {
        files[version] = chosen.first;
        out.push_back(version);
    }
    // Prefetch the newest candidates' metadata while the solver works on.
    int started = 0;
    for (auto it = files.rbegin(); it != files.rend() && started < m_prefetch; ++it) {
        if (it->first.isPrerelease())
            continue;
        startFetch(project + " " + it->first.toString(), it->second);
        ++started;
    }
    return out;
}

std::vector<Version> IndexProvider::preferredOrder(const std::string &project)
{
    if (!m_firstMatch)
        return {};
    auto it = m_files.find(project);
    if (it == m_files.end())
        return {};
    // The first index's versions newest first, then the next index's, and so on.
    std::vector<std::pair<int, Version>> ranked;
    for (const auto &[version, file] : it->second)
        ranked.emplace_back(file.indexRank, version);
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : b.second < a.second;
    });
    std::vector<Version> out;
    for (const auto &[rank, version] : ranked)
        out.push_back(version);
    return out;
}

std::map<std::string, std::vector<Version>> IndexProvider::listedVersionsByProject() const
{
    std::map<std::string, std::vector<Version>> out;
    for (const auto &[project, files] : m_files) {
        std::vector<Version> &versions = out[project];
        for (const auto &[version, file] : files)
            versions.push_back(version);
    }
    return out;
}

const AttributedFile *IndexProvider::fileFor(const std::string &project,
                                             const Version &version) const
{
    auto p = m_files.find(project);
    if (p == m_files.end())
        return nullptr;
    auto f = p->second.find(version);
    return f == p->second.end() ? nullptr : &f->second;
}

Expected<std::vector<Requirement>> IndexProvider::requirements(const std::string &project,
                                                               const Version &version)
{
    if (const auto direct = m_direct.find(project); direct != m_direct.end()) {
        for (const Requirement &r : direct->second.requirements)
            m_seenRequirements.push_back(r);
        return direct->second.requirements;
    }
    const AttributedFile *file = fileFor(project, version);
    if (!file) {
        Error e;
        e.code = ErrorCode::InvalidMetadata;
        e.message
            = Tr::tr("no file of %1 %2 was listed")
                  .arg(QString::fromStdString(project), QString::fromStdString(version.toString()));
        return std::unexpected(e);
    }
    const std::string key = project + " " + version.toString();
    startFetch(key, *file);
    std::shared_ptr<Pending> pending = m_metadata[key];
    if (!waitFor([&] { return pending->result.has_value(); }))
        return std::unexpected(cancelledError());
    if (!*pending->result) {
        if (pending->result->error().code != ErrorCode::NeedsBuild || !m_sdistMetadata)
            return std::unexpected(pending->result->error());
        auto built = builtSdistMetadata(project, key, *file);
        if (!built)
            return std::unexpected(built.error());
        if (!built->requiresPython.empty()) {
            auto rp = SpecifierSet::parse(built->requiresPython);
            if (rp && !rp->lowerBounds().contains(m_target.python, true)) {
                Error e;
                e.code = ErrorCode::InvalidMetadata;
                e.message = Tr::tr("it requires Python %1").arg(QString::fromStdString(built->requiresPython));
                return std::unexpected(e);
            }
        }
        for (const Requirement &r : built->requirements)
            m_seenRequirements.push_back(r);
        return built->requirements;
    }
    auto metadata
        = CoreMetadata::parse(**pending->result, QString::fromStdString(file->file.filename));
    if (!metadata) {
        Error e = metadata.error();
        e.code = ErrorCode::InvalidMetadata;
        return std::unexpected(e);
    }
    if (auto rp = metadata->requiresPython(); rp && !rp->lowerBounds().contains(m_target.python, true)) {
        Error e;
        e.code = ErrorCode::InvalidMetadata;
        e.message = Tr::tr("it requires Python %1").arg(QString::fromStdString(rp->toString()));
        return std::unexpected(e);
    }
    auto requires_ = metadata->requiresDist();
    if (!requires_) {
        Error e = requires_.error();
        e.code = ErrorCode::InvalidMetadata;
        return std::unexpected(e);
    }
    // The solver will ask for these projects next: fetch their pages now, in parallel.
    for (const Requirement &r : *requires_) {
        if (r.hasMarker() && !m_universal) {
            auto applies = r.marker().evaluate(m_target.markers, {});
            if (!applies || !*applies)
                continue;
        }
        startPage(normalizePackageName(r.name()));
        m_seenRequirements.push_back(r);
    }
    return *requires_;
}

Expected<DirectPackage> IndexProvider::builtSdistMetadata(const std::string &project,
                                                          const std::string &key,
                                                          const AttributedFile &file)
{
    if (const auto known = m_builtMetadata.find(key); known != m_builtMetadata.end())
        return known->second;
    auto downloaded = std::make_shared<std::optional<Expected<QString>>>();
    m_client->download(file, [downloaded](Expected<QString> path) { *downloaded = std::move(path); });
    if (!waitFor([&] { return downloaded->has_value(); }))
        return std::unexpected(cancelledError());
    Expected<DirectPackage> built = **downloaded ? m_sdistMetadata(project, ***downloaded)
                                                 : Expected<DirectPackage>(std::unexpected((*downloaded)->error()));
    if (built)
        m_client->storeBuiltMetadata(file, built->metadata); // built once, not at every resolution
    m_builtMetadata.insert_or_assign(key, built);
    return built;
}

} // namespace Envdesk::Core
