#include "indexcommands.h"

#include "cli.h"
#include "projectcommands.h"

#include "core/jobs/doctorjob.h"
#include "core/jobs/indexjobs.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Cli)
};

QString outcomeName(IndexQuery::Outcome o)
{
    switch (o) {
    case IndexQuery::Outcome::Found:
        return QStringLiteral("found");
    case IndexQuery::Outcome::NotFound:
        return QStringLiteral("not found");
    case IndexQuery::Outcome::Refused:
        return QStringLiteral("refused");
    case IndexQuery::Outcome::Failed:
        return QStringLiteral("failed");
    case IndexQuery::Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace

namespace {

// `index list-files PROJECT` and `index list-projects`: one set of options, one index session.
int runIndexLookup(bool projects, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString command = projects ? QStringLiteral("envdesk-cli index list-projects")
                                     : QStringLiteral("envdesk-cli index list-files");
    QCommandLineParser parser;
    if (projects) {
        parser.setApplicationDescription(Tr::tr("List the project names the indexes offer (their root "
                                            "listings), for name completion."));
    } else {
        parser.setApplicationDescription(Tr::tr("List the files of a project that the indexes offer, as "
                                            "envdesk's index rules select them."));
        parser.addPositionalArgument(Tr::tr("PROJECT"), Tr::tr("The project (package) name"));
    }
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("The project folder"),
                                     Tr::tr("DIR"));
    const QCommandLineOption indexUrl(QStringLiteral("index-url"),
                                      Tr::tr("Use this index as the default index"), Tr::tr("URL"));
    const QCommandLineOption extra(QStringLiteral("extra-index-url"),
                                   Tr::tr("Search this index first (repeatable)"), Tr::tr("URL"));
    const QCommandLineOption strategy(QStringLiteral("index-strategy"),
                                      Tr::tr("first-index, unsafe-first-match or unsafe-best-match"),
                                      Tr::tr("S"));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("text (default) or json"),
                                    Tr::tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption refresh(QStringLiteral("refresh"), Tr::tr("Revalidate cached pages"));
    const QCommandLineOption offline(QStringLiteral("offline"), Tr::tr("Use cached pages only"));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"), Tr::tr("The cache folder"),
                                      Tr::tr("DIR"));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                     Tr::tr("Show every index query"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help"));
    parser.addOptions(
        {project, indexUrl, extra, strategy, format, refresh, offline, cacheDir, verbose, help});
    if (!parser.parse(QStringList{command} + args)) {
        err << command << ": " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != (projects ? 0 : 1)) {
        err << command << ": " << (projects ? Tr::tr("no arguments expected") : Tr::tr("expected one PROJECT name")) << "\n";
        return 2;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err << command << ": " << Tr::tr("--format is 'text' or 'json'") << "\n";
        return 2;
    }
    IndexLookupRequest request;
    request.projectFile = findProjectFile(parser.value(project));
    request.indexUrls = parser.values(indexUrl);
    request.extraIndexUrls = parser.values(extra);
    request.indexStrategy = parser.value(strategy);
    request.refresh = parser.isSet(refresh);
    request.offline = parser.isSet(offline) || cliGlobals().offline;
    if (parser.isSet(cacheDir))
        request.cacheDirectory = parser.value(cacheDir);

    // The same look-ups as the window's (core/jobs/indexjobs.h), said as text.
    IndexLookupHooks hooks;
    hooks.warned
        = [&err](const QString &w, const std::string &) { err << "warning: " << w << "\n"; };
    const int level = std::max(parser.isSet(verbose) ? 1 : 0, cliGlobals().verbosity);
    if (level > 0) {
        hooks.queried = [&err, level](const IndexQuery &q) {
            err << "index " << QString::fromStdString(q.index) << ": " << q.url << " -> "
                << (q.status ? QString::number(q.status) : QStringLiteral("-")) << ' '
                << outcomeName(q.outcome)
                << (q.fromCache     ? " (cache)"
                    : q.revalidated ? " (revalidated)"
                                    : "")
                << ' ' << q.elapsedMs << " ms"
                << (q.rule.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(q.rule))
                << (level > 1 ? QStringLiteral(" [%1]").arg(Tr::tr("credentials: %1").arg(
                                    q.credentialSource.isEmpty() ? Tr::tr("none") : q.credentialSource))
                              : QString())
                << "\n";
            err.flush();
        };
    }
    if (projects) {
        const auto listed = listIndexProjects(request, hooks);
        if (!listed) {
            err << "error: " << listed.error().toString() << "\n";
            return 2;
        }
        if (listed->indexesFailed > 0 && listed->indexesFailed == listed->indexesAsked)
            return 2;
        if (fmt == QLatin1String("json")) {
            QJsonArray list;
            for (const std::string &n : listed->names)
                list.append(QString::fromStdString(n));
            out << QJsonDocument(QJsonObject{{"projects", list}}).toJson(QJsonDocument::Compact) << "\n";
        } else {
            for (const std::string &n : listed->names)
                out << QString::fromStdString(n) << "\n";
        }
        return 0;
    }
    const std::string name = parser.positionalArguments()[0].toStdString();
    const auto result = listProjectFiles(request, name, hooks);
    if (!result) {
        err << "error: " << result.error().toString() << "\n";
        return 2;
    }
    const ProjectFiles &files = *result;
    if (fmt == QLatin1String("json")) {
        QJsonArray list;
        for (const AttributedFile &f : files.files) {
            QJsonObject hashes;
            for (const auto &[k, v] : f.file.hashes)
                hashes.insert(QString::fromStdString(k), QString::fromStdString(v));
            QJsonObject o{{"filename", QString::fromStdString(f.file.filename)},
                          {"url", redactedUrl(f.file.url)},
                          {"index", QString::fromStdString(f.index)},
                          {"hashes", hashes},
                          {"requires-python", QString::fromStdString(f.file.requiresPython)},
                          {"yanked", f.file.yanked},
                          {"metadata", f.file.hasMetadata}};
            if (!f.file.yankedReason.empty())
                o.insert(QStringLiteral("yanked-reason"),
                         QString::fromStdString(f.file.yankedReason));
            if (f.file.size)
                o.insert(QStringLiteral("size"), double(*f.file.size));
            list.append(o);
        }
        QJsonArray queries;
        for (const IndexQuery &q : files.queries)
            queries.append(QJsonObject{{"index", QString::fromStdString(q.index)},
                                       {"url", q.url},
                                       {"status", q.status},
                                       {"outcome", outcomeName(q.outcome)},
                                       {"cache", q.fromCache},
                                       {"rule", q.rule}});
        out << QJsonDocument(QJsonObject{{"project", QString::fromStdString(name)},
                                         {"files", list},
                                         {"queries", queries}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    if (files.files.empty()) {
        out << Tr::tr("No index has '%1'.").arg(QString::fromStdString(name)) << "\n";
        return 0;
    }
    for (const AttributedFile &f : files.files) {
        out << QString::fromStdString(f.file.filename) << "  [" << QString::fromStdString(f.index)
            << ']';
        if (!f.file.requiresPython.empty())
            out << "  requires-python " << QString::fromStdString(f.file.requiresPython);
        if (f.file.yanked)
            out << "  yanked"
                << (f.file.yankedReason.empty()
                        ? QString()
                        : QStringLiteral(": ") + QString::fromStdString(f.file.yankedReason));
        out << "\n";
    }
    return 0;
}

} // namespace

int runIndexListFiles(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runIndexLookup(false, args, out, err);
}

int runIndexListProjects(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runIndexLookup(true, args, out, err);
}

} // namespace Envdesk::Core

namespace Envdesk::Core {

int runIndexTest(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Test the connection to an index and say what fails and how to fix it."));
    parser.addPositionalArgument(Tr::tr("NAME_OR_URL"),
                                 Tr::tr("An index name from the project, or an index URL"));
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("The project folder"),
                                     Tr::tr("DIR"));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("text (default) or json"),
                                    Tr::tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help"));
    parser.addOptions({project, format, help});
    if (!parser.parse(QStringList{QStringLiteral("envdesk-cli index test")} + args)) {
        err << "envdesk-cli index test: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "envdesk-cli index test: " << Tr::tr("expected one index name or URL") << "\n";
        return 2;
    }
    // The same test as the window's (core/jobs/doctorjob.h), said as text or JSON.
    DoctorRequest request;
    request.projectFile = findProjectFile(parser.value(project));
    request.index = parser.positionalArguments()[0];
    const auto report = testIndexConnection(request);
    if (!report) {
        err << "error: " << report.error().toString() << "\n";
        return 2;
    }
    for (const QString &w : report->warnings)
        err << "warning: " << w << "\n";
    err.flush();
    if (parser.value(format) == QLatin1String("json"))
        out << report->toJson();
    else
        out << report->toText();
    return report->ok ? 0 : 1;
}

} // namespace Envdesk::Core
