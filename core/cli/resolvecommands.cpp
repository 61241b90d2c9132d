#include "resolvecommands.h"

#include "indexcommands.h"
#include "projectcommands.h"

#include "../pep/name.h"
#include "../project/importer.h"
#include "../project/pyproject.h"
#include "../resolve/indexprovider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Envdesk::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Envdesk::Core::Cli", text);
}

int usage(QTextStream &err, const QString &message)
{
    err << "envdesk-cli resolve: " << message << "\n";
    err.flush();
    return 2;
}

} // namespace

int runResolve(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Resolve requirements against the configured indexes and print the versions chosen. "
           "Exit code 0: resolved; 1: no solution (the explanation is on stderr); 2: usage, "
           "configuration or network errors."));
    parser.addPositionalArgument(QStringLiteral("REQ"),
                                 tr("Requirements (default: the project's dependencies)"),
                                 tr("[REQ...]"));
    const QCommandLineOption requirementsFile(
        {QStringLiteral("r"), QStringLiteral("requirements")},
        tr("Read requirements (and index options) from a requirements file"), tr("FILE"));
    const QCommandLineOption project(QStringLiteral("project"), tr("The project folder"),
                                     tr("DIR"));
    const QCommandLineOption indexUrl(QStringLiteral("index-url"), tr("The default index"),
                                      tr("URL"));
    const QCommandLineOption extra(QStringLiteral("extra-index-url"), tr("An extra index"),
                                   tr("URL"));
    const QCommandLineOption strategy(QStringLiteral("index-strategy"),
                                      tr("first-index, unsafe-first-match or unsafe-best-match"),
                                      tr("S"));
    const QCommandLineOption pythonVersion(QStringLiteral("python-version"),
                                           tr("Resolve for this Python (X.Y or X.Y.Z)"), tr("V"));
    const QCommandLineOption pythonPlatform(
        QStringLiteral("python-platform"),
        tr("Resolve for this platform: linux (default), macos, windows, "
           "x86_64-manylinux_2_28, aarch64-apple-darwin, ..."),
        tr("P"));
    const QCommandLineOption python(QStringLiteral("python"),
                                    tr("Resolve for this interpreter (probed)"), tr("PATH"));
    const QCommandLineOption prerelease(QStringLiteral("prerelease"),
                                        tr("allow, or if-necessary (default)"), tr("M"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default) or json"), tr("F"),
                                    QStringLiteral("text"));
    const QCommandLineOption refresh(QStringLiteral("refresh"), tr("Revalidate every cached page"));
    const QCommandLineOption offline(QStringLiteral("offline"), tr("Use the cache only"));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                     tr("Show every index query on stderr"));
    parser.addOptions({requirementsFile, project, indexUrl, extra, strategy, pythonVersion,
                       pythonPlatform, python, prerelease, format, refresh, offline, verbose});
    int code = 0;
    if (!cliParse(parser, QStringLiteral("resolve"), args, out, err, &code))
        return code;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        return usage(err, tr("--format is 'text' or 'json'"));

    // What to resolve: the arguments, a requirements file, or the project's dependencies.
    std::vector<Requirement> requested;
    for (const QString &text : parser.positionalArguments()) {
        auto r = Requirement::parse(text.toStdString());
        if (!r)
            return cliReport(r.error(), err);
        requested.push_back(*r);
    }
    QStringList indexUrls = parser.values(indexUrl);
    QStringList extraUrls = parser.values(extra);
    if (parser.isSet(requirementsFile)) {
        auto plan = readRequirements(parser.value(requirementsFile));
        if (!plan)
            return cliReport(plan.error(), err);
        for (const std::string &text : plan->dependencies)
            requested.push_back(*Requirement::parse(text));
        for (const IndexConfig &i : plan->indexes)
            (i.isDefault ? indexUrls : extraUrls) << QString::fromStdString(i.url);
    }
    const QString projectFile = findProjectFile(parser.value(project));
    if (requested.empty() && QFileInfo::exists(projectFile)) {
        auto loaded = PyProject::load(projectFile);
        if (!loaded)
            return cliReport(loaded.error(), err);
        for (const std::string &text : loaded->dependencies())
            requested.push_back(*Requirement::parse(text));
    }
    if (requested.empty())
        return usage(
            err,
            tr("nothing to resolve: give requirements, -r FILE, or a project with dependencies"));

    // For which Python.
    Expected<ResolveTarget> target = std::unexpected(Error{});
    QString platformName
        = parser.isSet(pythonPlatform) ? parser.value(pythonPlatform) : QStringLiteral("linux");
    if (parser.isSet(pythonVersion)) {
        target = ResolveTarget::forPython(parser.value(pythonVersion).toStdString(),
                                          platformName.toStdString());
    } else {
        const QString path = parser.isSet(python)
                                 ? parser.value(python)
                                 : QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (path.isEmpty())
            return usage(err, tr("no python3 on PATH to resolve for; give --python-version X.Y or "
                                 "--python PATH"));
        auto info = probeInterpreter(path);
        if (!info)
            return cliReport(info.error(), err);
        target = ResolveTarget::fromInterpreter(*info);
        platformName = QString::fromStdString(info->tags.sysconfigPlatform);
    }
    if (!target)
        return cliReport(target.error(), err);

    auto options
        = indexOptionsFromProject(projectFile, indexUrls, extraUrls, parser.value(strategy));
    if (!options)
        return cliReport(options.error(), err);
    options->refresh = parser.isSet(refresh);
    options->offline = parser.isSet(offline);
    options->connection = connectionHook(projectFile);
    CredentialProvider::Options credentialOptions;
    credentialOptions.commands = options->credentialCommands;
    CredentialProvider credentials(credentialOptions);
    options->credentials = &credentials;
    HttpClient http;
    IndexClient client(*options, &http);
    if (parser.isSet(verbose)) {
        QObject::connect(&client, &IndexClient::queried, [&err](const IndexQuery &q) {
            err << "index " << QString::fromStdString(q.index) << ": " << q.url << " -> "
                << (q.status ? QString::number(q.status) : QStringLiteral("-"))
                << (q.fromCache ? " (cache)" : "") << ' ' << q.elapsedMs << " ms\n";
            err.flush();
        });
    }
    IndexProvider provider(&client, *target);
    ResolveOptions resolveOptions;
    resolveOptions.environment = target->markers;
    resolveOptions.allowPrereleases = parser.value(prerelease) == QLatin1String("allow");
    if (parser.isSet(verbose)) {
        resolveOptions.listener = [&err](const ResolveEvent &e) {
            static const char *const kinds[]
                = {"decide", "conflict", "backtrack", "no versions", "unavailable"};
            err << "resolve: " << kinds[int(e.kind)] << ' ' << QString::fromStdString(e.package)
                << (e.version.empty() ? QString()
                                      : QStringLiteral(" ") + QString::fromStdString(e.version))
                << (e.message.empty() ? QString()
                                      : QStringLiteral(": ") + QString::fromStdString(e.message))
                << " (level " << e.level << ")\n";
            err.flush();
        };
    }
    PubGrubSolver solver(&provider, resolveOptions);
    QElapsedTimer clock;
    clock.start();
    auto solution = solver.solve(requested);
    for (const QString &w : credentials.warnings())
        err << "warning: " << w << "\n";
    if (!solution) {
        if (solution.error().code == ErrorCode::NoSolution) {
            err << tr("No solution for Python %1 (%2):")
                       .arg(QString::fromStdString(target->python.toString()), platformName)
                << "\n"
                << solution.error().message << "\n";
            // What was left out, for the packages the explanation names.
            for (const auto &[project, reasons] : provider.skipped()) {
                if (reasons.empty()
                    || !solution.error().message.contains(QString::fromStdString(project)))
                    continue;
                err << tr("note: files of %1 left out: %2")
                           .arg(QString::fromStdString(project))
                           .arg(reasons.size())
                    << "\n";
                for (std::size_t i = 0; i < reasons.size() && i < 5; ++i)
                    err << "  " << QString::fromStdString(reasons[i]) << "\n";
            }
            err.flush();
            return 1;
        }
        return cliReport(solution.error(), err);
    }

    QJsonArray packages;
    for (const auto &[name, version] : solution->packages) {
        const AttributedFile *file = provider.fileFor(name, version);
        QJsonObject p{{QStringLiteral("name"), QString::fromStdString(name)},
                      {QStringLiteral("version"), QString::fromStdString(version.toString())}};
        if (file) {
            p.insert(QStringLiteral("index"), QString::fromStdString(file->index));
            p.insert(QStringLiteral("url"), redactedUrl(file->file.url));
            p.insert(QStringLiteral("filename"), QString::fromStdString(file->file.filename));
            QJsonObject hashes;
            for (const auto &[algorithm, digest] : file->file.hashes)
                hashes.insert(QString::fromStdString(algorithm), QString::fromStdString(digest));
            p.insert(QStringLiteral("hashes"), hashes);
        }
        QJsonArray requires_;
        if (auto reqs = provider.requirements(name, version)) {
            for (const Requirement &r : *reqs) {
                auto applies
                    = r.hasMarker() ? r.marker().evaluate(target->markers) : Expected<bool>(true);
                if (applies && *applies)
                    requires_.append(QString::fromStdString(normalizePackageName(r.name())));
            }
        }
        p.insert(QStringLiteral("requires"), requires_);
        if (auto e = solution->extras.find(name); e != solution->extras.end()) {
            QJsonArray extras;
            for (const std::string &x : e->second)
                extras.append(QString::fromStdString(x));
            p.insert(QStringLiteral("extras"), extras);
        }
        packages.append(p);
    }
    if (fmt == QLatin1String("json")) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("python"),
                                          QString::fromStdString(target->python.toString())},
                                         {QStringLiteral("platform"), platformName},
                                         {QStringLiteral("packages"), packages}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << tr("Resolved %1 packages for Python %2 (%3) in %4 s: %5 decisions, %6 conflicts, %7 "
                  "metadata files")
                   .arg(packages.size())
                   .arg(QString::fromStdString(target->python.toString()), platformName)
                   .arg(clock.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(solution->decisions)
                   .arg(solution->conflicts)
                   .arg(provider.metadataFetches())
            << "\n";
        for (const QJsonValue &v : packages) {
            const QJsonObject p = v.toObject();
            out << "  "
                << QString(p.value(QStringLiteral("name")).toString() + QLatin1String("==")
                           + p.value(QStringLiteral("version")).toString())
                       .leftJustified(36)
                << ' ' << p.value(QStringLiteral("filename")).toString() << "\n";
        }
    }
    out.flush();
    return 0;
}

} // namespace Envdesk::Core
