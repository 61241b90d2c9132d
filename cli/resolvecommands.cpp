#include "resolvecommands.h"

#include "cli.h"
#include "indexcommands.h"
#include "projectcommands.h"

#include "core/pep/name.h"
#include "core/project/importer.h"
#include "core/project/pyproject.h"
#include "core/project/settings.h"
#include "core/install/interpreters.h"
#include "core/jobs/resolvejob.h"
#include "core/resolve/indexprovider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QSet>
#include <QTimeZone>

#include <variant>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Cli)
};

int usage(QTextStream &err, const QString &command, const QString &message)
{
    err << "envdesk-cli " << command << ": " << message << "\n";
    err.flush();
    return 2;
}

} // namespace

ResolveCliOptions::ResolveCliOptions()
    : project(QStringLiteral("project"), Tr::tr("The project folder"), Tr::tr("DIR"))
    , indexUrl(QStringLiteral("index-url"), Tr::tr("The default index"), Tr::tr("URL"))
    , extra(QStringLiteral("extra-index-url"), Tr::tr("An extra index"), Tr::tr("URL"))
    , strategy(QStringLiteral("index-strategy"),
               Tr::tr("first-index, unsafe-first-match or unsafe-best-match"), Tr::tr("S"))
    , pythonVersion(QStringLiteral("python-version"), Tr::tr("Resolve for this Python (X.Y or X.Y.Z)"),
                    Tr::tr("V"))
    , pythonPlatform(
          QStringLiteral("python-platform"),
          Tr::tr("Resolve for this platform: linux, macos, windows, x86_64-manylinux_2_28, "
             "aarch64-apple-darwin, ... (with --python-version's Python, else the "
             "interpreter's version; default: the interpreter's own platform, or linux with "
             "--python-version)"),
          Tr::tr("P"))
    , python(QStringLiteral("python"), Tr::tr("Resolve for this interpreter (probed)"), Tr::tr("PATH"))
    , prerelease(
          QStringLiteral("prerelease"),
          Tr::tr("disallow, allow, if-necessary, explicit, if-necessary-or-explicit (default: the "
             "settings', else if-necessary-or-explicit)"),
          Tr::tr("M"))
    , resolution(QStringLiteral("resolution"), Tr::tr("highest (default), lowest or lowest-direct"),
                 Tr::tr("M"))
    , excludeNewer(QStringLiteral("exclude-newer"),
                   Tr::tr("Ignore files uploaded after this date (2024-05-01 or 2024-05-01T12:00:00Z)"),
                   Tr::tr("DATE"))
    , noBinary(QStringLiteral("no-binary"),
               Tr::tr("Do not use wheels of this package (:all: for every one)"), Tr::tr("P"))
    , onlyBinary(QStringLiteral("only-binary"),
                 Tr::tr("Do not use sdists of this package (:all: for every one)"), Tr::tr("P"))
    , noBuild(QStringLiteral("no-build"),
              Tr::tr("Never build this package from source: its sdists are not used (:all: for every one)"),
              Tr::tr("P"))
    , universal(QStringLiteral("universal"),
                Tr::tr("Resolve for every environment the project's requires-python allows (else every Python "
                   "from the target's X.Y up), on every platform; each package says where it applies"))
    , refresh(QStringLiteral("refresh"), Tr::tr("Revalidate every cached page"))
    , offline(QStringLiteral("offline"), Tr::tr("Use the cache only"))
    , verbose({QStringLiteral("v"), QStringLiteral("verbose")},
              Tr::tr("Show every index query on stderr"))
{}

std::variant<ResolveRequest, int> ResolveCliOptions::request(const QCommandLineParser &parser,
                                                             const QString &projectFile,
                                                             const QString &command,
                                                             QTextStream &err) const
{
    ResolveRequest request;
    request.cancel = cliGlobals().cancel;
    request.projectFile = projectFile;
    request.indexUrls = parser.values(indexUrl);
    request.extraIndexUrls = parser.values(extra);
    request.indexStrategy = parser.value(strategy);
    request.pythonVersion = parser.value(pythonVersion).toStdString();
    if (parser.isSet(pythonPlatform)) {
        request.platform = parser.value(pythonPlatform).toStdString();
        // An unknown platform is refused here, naming the ones there are, before anything runs.
        if (auto known = ResolveTarget::forPython("3.12", request.platform); !known)
            return usage(
                err, command,
                Tr::tr("--python-platform: %1 (%2)").arg(known.error().message, known.error().hint));
        if (parser.isSet(universal))
            return usage(err, command,
                         Tr::tr("--python-platform cannot be combined with --universal, which resolves "
                            "for every platform"));
    }
    request.pythonPath = parser.value(python);
    // Prerelease and resolution modes, exclude-newer and environments: the option, else the
    // layered settings (UV_PRERELEASE, [tool.uv] prerelease, ...).
    ResolveSettingOverrides overrides;
    if (parser.isSet(prerelease))
        overrides.prerelease = parser.value(prerelease);
    if (parser.isSet(resolution))
        overrides.resolution = parser.value(resolution);
    if (parser.isSet(excludeNewer))
        overrides.excludeNewer = parser.value(excludeNewer);
    auto fromSettings = resolveRequestForProject(projectFile, overrides);
    if (!fromSettings) {
        // A value that is not one (from an option or a setting) is a usage error; a settings
        // file that cannot be read names itself.
        if (fromSettings.error().code == ErrorCode::InvalidConfig && fromSettings.error().file.isEmpty())
            return usage(err, command, fromSettings.error().message);
        return cliReport(fromSettings.error(), err);
    }
    request.prerelease = fromSettings->prerelease;
    request.resolution = fromSettings->resolution;
    request.excludeNewer = fromSettings->excludeNewer;
    request.environments = fromSettings->environments;
    for (const QString &p : parser.values(noBinary))
        request.noBinary.insert(p == QLatin1String(":all:")
                                    ? std::string(":all:")
                                    : normalizePackageName(p.toStdString()));
    for (const QString &p : parser.values(onlyBinary))
        request.onlyBinary.insert(p == QLatin1String(":all:")
                                      ? std::string(":all:")
                                      : normalizePackageName(p.toStdString()));
    for (const QString &p : parser.values(noBuild))
        request.noBuild.insert(p == QLatin1String(":all:") ? std::string(":all:")
                                                           : normalizePackageName(p.toStdString()));
    request.refresh = parser.isSet(refresh);
    request.universal = parser.isSet(universal);
    request.offline = parser.isSet(offline) || cliGlobals().offline;
    return request;
}

int ResolveCliOptions::pinPlatformVersion(const QCommandLineParser &parser, ResolveRequest &request,
                                          QTextStream &err) const
{
    if (!parser.isSet(pythonPlatform) || !request.pythonVersion.empty() || request.universal)
        return 0;
    // uv's --python-platform without --python-version: that platform, with the Python version of
    // the interpreter the command resolves for (never silently this machine's platform).
    const QString path = !request.pythonPath.isEmpty()
                             ? request.pythonPath
                             : QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (path.isEmpty()) {
        Error e;
        e.code = ErrorCode::InvalidConfig;
        e.message = Tr::tr("--python-platform %1 needs a Python version, and there is no python3 on "
                       "PATH to take it from")
                        .arg(parser.value(pythonPlatform));
        e.hint = Tr::tr("give --python-version X.Y, or --python PATH");
        return cliReport(e, err);
    }
    auto info = probeInterpreterCached(path);
    if (!info)
        return cliReport(info.error(), err);
    request.pythonVersion = std::to_string(info->major) + '.' + std::to_string(info->minor) + '.'
                            + std::to_string(info->micro);
    return 0;
}

void ResolveCliOptions::connectVerbose(const QCommandLineParser &parser, ResolveJob &job,
                                       QTextStream &err) const
{
    const ProjectWorkObserver o = verboseObserver(parser, err);
    QObject::connect(&job, &ResolveJob::indexQueried, o.indexQueried);
    if (o.resolverEvent)
        QObject::connect(&job, &ResolveJob::resolverEvent, o.resolverEvent);
}

ProjectWorkObserver ResolveCliOptions::verboseObserver(const QCommandLineParser &parser, QTextStream &err) const
{
    ProjectWorkObserver o;
    // Said with or without -v, once per host.
    auto warned = std::make_shared<QSet<QString>>();
    const int level = std::max(parser.isSet(verbose) ? 1 : 0, cliGlobals().verbosity);
    o.indexQueried = [&err, warned, level](const IndexQuery &q) {
        const QString host = QUrl(q.url).host();
        if (q.certificateByCommonName && !warned->contains(host)) {
            warned->insert(host);
            err << "warning: " << q.certificateWarning() << "\n";
            err.flush();
        }
        if (level == 0)
            return;
        err << "index " << QString::fromStdString(q.index) << ": " << q.url << " -> "
            << (q.status ? QString::number(q.status) : QStringLiteral("-"))
            << (q.fromCache ? " (cache)" : "") << ' ' << q.elapsedMs << " ms";
        // -vv: whose credentials went, and which rule of index selection applied.
        if (level > 1)
            err << " [" << Tr::tr("credentials: %1").arg(q.credentialSource.isEmpty() ? Tr::tr("none") : q.credentialSource)
                << (q.rule.isEmpty() ? QString() : QStringLiteral("; ") + q.rule) << "]";
        err << "\n";
        err.flush();
    };
    if (level > 0) {
        o.resolverEvent = [&err](const ResolveEvent &e) {
            static const char *const kinds[]
                = {"decide", "conflict", "backtrack", "no versions", "unavailable", "fork"};
            err << "resolve: " << kinds[int(e.kind)] << ' ' << QString::fromStdString(e.package)
                << (e.version.empty() ? QString()
                                      : QStringLiteral(" ") + QString::fromStdString(e.version))
                << (e.message.empty() ? QString()
                                      : QStringLiteral(": ") + QString::fromStdString(e.message))
                << " (level " << e.level << ")\n";
            err.flush();
        };
    }
    return o;
}

void ResolveCliOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({project, indexUrl, extra, strategy, pythonVersion, pythonPlatform, python,
                       prerelease, resolution, excludeNewer, noBinary, onlyBinary, noBuild, universal, refresh,
                       offline, verbose});
}

std::variant<ResolveRequest, int> defaultResolveRequest(const QString &projectFile,
                                                        const QString &command, QTextStream &err)
{
    QCommandLineParser parser;
    const ResolveCliOptions options;
    options.addTo(parser);
    parser.parse({QStringLiteral("envdesk-cli")});
    return options.request(parser, projectFile, command, err);
}

int reportOutcome(const ResolveOutcome &outcome, QTextStream &err)
{
    for (const QString &note : outcome.notes) {
        if (!note.startsWith(QLatin1String("  ")) && !outcome.ok
            && outcome.error.code == ErrorCode::NoSolution)
            continue; // printed below, after the explanation
        if (outcome.ok || outcome.error.code != ErrorCode::NoSolution)
            err << "warning: " << note << "\n";
    }
    if (!outcome.ok) {
        if (outcome.error.code == ErrorCode::NoSolution) {
            err << Tr::tr("No solution for Python %1 (%2):")
                       .arg(QString::fromStdString(outcome.python), outcome.platform)
                << "\n"
                << outcome.error.message << "\n";
            for (const QString &note : outcome.notes)
                err << (note.startsWith(QLatin1String("  ")) ? note
                                                             : QStringLiteral("note: ") + note)
                    << "\n";
            err.flush();
            return 1;
        }
        return cliReport(outcome.error, err);
    }
    return 0;
}

int runResolve(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Resolve requirements against the configured indexes and print the versions chosen. "
           "Exit code 0: resolved; 1: no solution (the explanation is on stderr); 2: usage, "
           "configuration or network errors."));
    parser.addPositionalArgument(QStringLiteral("REQ"),
                                 Tr::tr("Requirements (default: the project's dependencies)"),
                                 Tr::tr("[REQ...]"));
    const QCommandLineOption requirementsFile(
        {QStringLiteral("r"), QStringLiteral("requirements")},
        Tr::tr("Read requirements (and index options) from a requirements file"), Tr::tr("FILE"));
    const ResolveCliOptions common;
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("text (default) or json"), Tr::tr("F"),
                                    QStringLiteral("text"));
    parser.addOption(requirementsFile);
    common.addTo(parser);
    parser.addOption(format);
    int code = 0;
    if (!cliParse(parser, QStringLiteral("resolve"), args, out, err, &code))
        return code;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        return usage(err, QStringLiteral("resolve"), Tr::tr("--format is 'text' or 'json'"));

    // What to resolve: the arguments, a requirements file, or the project's dependencies.
    std::vector<Requirement> requested;
    for (const QString &text : parser.positionalArguments()) {
        auto r = Requirement::parse(text.toStdString());
        if (!r)
            return cliReport(r.error(), err);
        requested.push_back(*r);
    }
    QStringList indexUrls = parser.values(common.indexUrl);
    QStringList extraUrls = parser.values(common.extra);
    if (parser.isSet(requirementsFile)) {
        auto plan = readRequirements(parser.value(requirementsFile));
        if (!plan)
            return cliReport(plan.error(), err);
        for (const std::string &text : plan->dependencies)
            requested.push_back(*Requirement::parse(text));
        for (const IndexConfig &i : plan->indexes)
            (i.isDefault ? indexUrls : extraUrls) << QString::fromStdString(i.url);
    }
    const QString projectFile = findProjectFile(parser.value(common.project));
    if (requested.empty() && QFileInfo::exists(projectFile)) {
        auto loaded = PyProject::load(projectFile);
        if (!loaded)
            return cliReport(loaded.error(), err);
        for (const std::string &text : loaded->dependencies())
            requested.push_back(*Requirement::parse(text));
    }
    if (requested.empty())
        return usage(
            err, QStringLiteral("resolve"),
            Tr::tr("nothing to resolve: give requirements, -r FILE, or a project with dependencies"));

    auto made = common.request(parser, projectFile, QStringLiteral("resolve"), err);
    if (const int *code = std::get_if<int>(&made))
        return *code;
    ResolveRequest request = std::get<ResolveRequest>(std::move(made));
    for (const Requirement &r : requested)
        request.requirements.push_back(r.toString());
    request.indexUrls = indexUrls;
    request.extraIndexUrls = extraUrls;
    if (const int failed = common.pinPlatformVersion(parser, request, err))
        return failed;
    ResolveJob job(request);
    common.connectVerbose(parser, job, err);
    const std::optional<ResolveOutcome> outcome = resolveAndWait(job);
    if (const int code = reportOutcome(*outcome, err))
        return code;

    QJsonArray packages;
    for (const ResolvedPackage &p : outcome->packages) {
        QJsonObject o{{QStringLiteral("name"), QString::fromStdString(p.name)},
                      {QStringLiteral("version"), QString::fromStdString(p.version)}};
        if (!p.filename.empty()) {
            o.insert(QStringLiteral("index"), QString::fromStdString(p.index));
            o.insert(QStringLiteral("url"), redactedUrl(p.url));
            o.insert(QStringLiteral("filename"), QString::fromStdString(p.filename));
            QJsonObject hashes;
            for (const auto &[algorithm, digest] : p.hashes)
                hashes.insert(QString::fromStdString(algorithm), QString::fromStdString(digest));
            o.insert(QStringLiteral("hashes"), hashes);
        }
        if (p.direct)
            o.insert(QStringLiteral("source"), p.direct->source.describe());
        if (outcome->universal)
            o.insert(QStringLiteral("marker"), QString::fromStdString(p.marker));
        QJsonArray requires_;
        for (const std::string &name : p.requires_)
            requires_.append(QString::fromStdString(name));
        o.insert(QStringLiteral("requires"), requires_);
        if (!p.extras.empty()) {
            QJsonArray extras;
            for (const std::string &x : p.extras)
                extras.append(QString::fromStdString(x));
            o.insert(QStringLiteral("extras"), extras);
        }
        packages.append(o);
    }
    if (fmt == QLatin1String("json")) {
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("python"), QString::fromStdString(outcome->python)},
                               // Universal: a fixed word for scripts, not the translated text.
                               {QStringLiteral("platform"),
                                outcome->universal ? QStringLiteral("universal") : outcome->platform},
                               {QStringLiteral("packages"), packages}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << Tr::tr("Resolved %1 packages for Python %2 (%3) in %4 s: %5 decisions, %6 conflicts, %7 "
                  "metadata files")
                   .arg(packages.size())
                   .arg(QString::fromStdString(outcome->python), outcome->platform)
                   .arg(outcome->elapsedMs / 1000.0, 0, 'f', 2)
                   .arg(outcome->decisions)
                   .arg(outcome->conflicts)
                   .arg(outcome->metadataFetches)
            << "\n";
        if (outcome->universal && outcome->forks > 1)
            out << Tr::tr("The environments were solved in %1 parts (-v says why).").arg(outcome->forks) << "\n";
        for (const ResolvedPackage &p : outcome->packages)
            out << "  " << QString::fromStdString(p.name + "==" + p.version + (p.marker.empty() ? "" : " ; " + p.marker)).leftJustified(36)
                << ' ' << (p.direct ? p.direct->source.describe() : QString::fromStdString(p.filename)) << "\n";
    }
    out.flush();
    return 0;
}

} // namespace Envdesk::Core
