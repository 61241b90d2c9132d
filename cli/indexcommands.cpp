#include "indexcommands.h"

#include "cli.h"
#include "projectcommands.h"

#include "core/index/envdeskindex.h"
#include "core/net/hostnamecheck.h"
#include "core/net/secretstore.h"
#include "core/index/indexclient.h"
#include "core/pep/name.h"
#include "core/project/pyproject.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

namespace Envdesk::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Envdesk::Core::Cli", text);
}

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
        parser.setApplicationDescription(tr("List the project names the indexes offer (their root "
                                            "listings), for name completion."));
    } else {
        parser.setApplicationDescription(tr("List the files of a project that the indexes offer, as "
                                            "envdesk's index rules select them."));
        parser.addPositionalArgument(tr("PROJECT"), tr("The project (package) name"));
    }
    const QCommandLineOption project(QStringLiteral("project"), tr("The project folder"),
                                     tr("DIR"));
    const QCommandLineOption indexUrl(QStringLiteral("index-url"),
                                      tr("Use this index as the default index"), tr("URL"));
    const QCommandLineOption extra(QStringLiteral("extra-index-url"),
                                   tr("Search this index first (repeatable)"), tr("URL"));
    const QCommandLineOption strategy(QStringLiteral("index-strategy"),
                                      tr("first-index, unsafe-first-match or unsafe-best-match"),
                                      tr("S"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default) or json"),
                                    tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption refresh(QStringLiteral("refresh"), tr("Revalidate cached pages"));
    const QCommandLineOption offline(QStringLiteral("offline"), tr("Use cached pages only"));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"), tr("The cache folder"),
                                      tr("DIR"));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                     tr("Show every index query"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help"));
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
        err << command << ": " << (projects ? tr("no arguments expected") : tr("expected one PROJECT name")) << "\n";
        return 2;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err << command << ": " << tr("--format is 'text' or 'json'") << "\n";
        return 2;
    }
    auto options
        = indexOptionsFromProject(findProjectFile(parser.value(project)), parser.values(indexUrl),
                                  parser.values(extra), parser.value(strategy));
    if (!options) {
        err << "error: " << options.error().toString() << "\n";
        return 2;
    }
    options->refresh = parser.isSet(refresh);
    options->offline = parser.isSet(offline) || cliGlobals().offline;
    if (parser.isSet(cacheDir))
        options->cacheDirectory = parser.value(cacheDir);

    // Credentials in uv's order, and TLS and proxy per index and host as the doctor sees them.
    IndexSession session(*options, findProjectFile(parser.value(project)));
    IndexClient &client = session.client;
    CredentialProvider &credentials = session.credentials;
    QStringList unverifiedHosts;
    QStringList commonNameHosts;
    QObject::connect(&client, &IndexClient::queried, [&unverifiedHosts, &commonNameHosts](const IndexQuery &q) {
        const QUrl u(q.url);
        const QString host
            = u.port() > 0 ? QStringLiteral("%1:%2").arg(u.host()).arg(u.port()) : u.host();
        if (q.tlsUnverified && !unverifiedHosts.contains(host))
            unverifiedHosts << host;
        if (q.certificateByCommonName && !commonNameHosts.contains(host))
            commonNameHosts << host;
    });
    const int level = std::max(parser.isSet(verbose) ? 1 : 0, cliGlobals().verbosity);
    if (level > 0) {
        QObject::connect(&client, &IndexClient::queried, [&err, level](const IndexQuery &q) {
            err << "index " << QString::fromStdString(q.index) << ": " << q.url << " -> "
                << (q.status ? QString::number(q.status) : QStringLiteral("-")) << ' '
                << outcomeName(q.outcome)
                << (q.fromCache     ? " (cache)"
                    : q.revalidated ? " (revalidated)"
                                    : "")
                << ' ' << q.elapsedMs << " ms"
                << (q.rule.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(q.rule))
                << (level > 1 ? QStringLiteral(" [%1]").arg(tr("credentials: %1").arg(
                                    q.credentialSource.isEmpty() ? tr("none") : q.credentialSource))
                              : QString())
                << "\n";
            err.flush();
        });
    }
    if (projects) {
        // Every index a package could come from: the search order, then the explicit ones.
        std::vector<IndexSource> sources = client.searchOrder();
        std::set<std::string> names;
        int failures = 0;
        for (const IndexSource &source : sources) {
            std::optional<Expected<std::vector<std::string>>> listed;
            QEventLoop loop;
            client.rootListing(source, [&](Expected<std::vector<std::string>> r) {
                listed = std::move(r);
                loop.quit();
            });
            if (!listed)
                loop.exec();
            if (!*listed) {
                ++failures;
                err << "warning: " << listed->error().toString() << "\n";
                continue;
            }
            names.insert((*listed)->begin(), (*listed)->end());
        }
        if (failures > 0 && size_t(failures) == sources.size())
            return 2;
        if (fmt == QLatin1String("json")) {
            QJsonArray list;
            for (const std::string &n : names)
                list.append(QString::fromStdString(n));
            out << QJsonDocument(QJsonObject{{"projects", list}}).toJson(QJsonDocument::Compact) << "\n";
        } else {
            for (const std::string &n : names)
                out << QString::fromStdString(n) << "\n";
        }
        return 0;
    }
    const std::string name = parser.positionalArguments()[0].toStdString();
    std::optional<Expected<ProjectFiles>> result;
    QEventLoop loop;
    client.projectFiles(name, [&](Expected<ProjectFiles> r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    for (const QString &w : credentials.warnings())
        err << "warning: " << w << "\n";
    // Every time: certificates were not checked for these hosts.
    for (const QString &host : unverifiedHosts)
        err << "warning: "
            << tr("certificates of %1 were not checked (allow-insecure-host or verify = false)")
                   .arg(host)
            << "\n";
    for (const QString &host : commonNameHosts)
        err << "warning: " << obsoleteCertificateWarning(host) << "\n";
    if (!*result) {
        err << "error: " << result->error().toString() << "\n";
        return 2;
    }
    const ProjectFiles &files = **result;
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
        out << tr("No index has '%1'.").arg(QString::fromStdString(name)) << "\n";
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
        tr("Test the connection to an index and say what fails and how to fix it."));
    parser.addPositionalArgument(tr("NAME_OR_URL"),
                                 tr("An index name from the project, or an index URL"));
    const QCommandLineOption project(QStringLiteral("project"), tr("The project folder"),
                                     tr("DIR"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default) or json"),
                                    tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help"));
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
        err << "envdesk-cli index test: " << tr("expected one index name or URL") << "\n";
        return 2;
    }
    const QString what = parser.positionalArguments()[0];
    const QString projectFile = findProjectFile(parser.value(project));
    ConnectionDoctor::Target target;
    std::map<std::string, CredentialCommand> commands;
    if (what.contains(QLatin1String("://"))) {
        target.url = QUrl(what);
    } else {
        auto loaded = PyProject::load(projectFile);
        if (!loaded) {
            err << "error: " << loaded.error().toString() << "\n";
            return 2;
        }
        bool found = false;
        for (const IndexConfig &index : loaded->indexes()) {
            if (QString::fromStdString(index.name) == what) {
                target.name = index.name;
                target.url = QUrl(QString::fromStdString(index.url));
                target.authenticate = index.authenticate;
                IndexSource source;
                source.name = index.name;
                source.url = target.url;
                if (auto applied = applyEnvdeskIndexSettings(
                        *loaded, source, QProcessEnvironment::systemEnvironment(), &commands);
                    !applied) {
                    err << "error: " << applied.error().toString() << "\n";
                    return 2;
                }
                target.headers = source.headers;
                found = true;
            }
        }
        if (!found) {
            err << "error: " << tr("%1 has no index named '%2'").arg(projectFile, what) << "\n";
            return 2;
        }
    }
    if (!target.url.isValid() || target.url.host().isEmpty()) {
        err << "error: " << tr("'%1' is not an index URL").arg(redactedUrl(target.url)) << "\n";
        return 2;
    }
    auto connection = connectionSettingsFor(projectFile, target.name, target.url,
                                            QProcessEnvironment::systemEnvironment());
    if (!connection) {
        err << "error: " << connection.error().toString() << "\n";
        return 2;
    }
    target.tls = connection->tls;
    target.insecureHost = connection->insecureHost;
    target.proxy = connection->proxy;
    target.proxySource = connection->proxySource;
    CredentialProvider::Options credentialOptions;
    credentialOptions.commands = commands;
    CredentialProvider credentials(credentialOptions);
    ConnectionDoctor doctor(target, &credentials);
    std::optional<DoctorReport> report;
    QEventLoop loop;
    doctor.run([&](DoctorReport r) {
        report = std::move(r);
        loop.quit();
    });
    if (!report)
        loop.exec();
    // Why credentials were not found (a credential command that failed, a locked keychain).
    for (const QString &w : credentials.warnings())
        err << "warning: " << w << "\n";
    err.flush();
    if (parser.value(format) == QLatin1String("json"))
        out << report->toJson();
    else
        out << report->toText();
    return report->ok ? 0 : 1;
}

} // namespace Envdesk::Core
