#include "indexcommands.h"

#include "projectcommands.h"

#include "../index/envdeskindex.h"
#include "../net/secretstore.h"
#include "../index/indexclient.h"
#include "../pep/name.h"
#include "../project/pyproject.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

Expected<IndexClientOptions> indexOptionsFromProject(const QString &projectFile,
                                                     const QStringList &indexUrls,
                                                     const QStringList &extraIndexUrls,
                                                     const QString &strategy)
{
    IndexClientOptions options;
    const bool hasProject = QFileInfo::exists(projectFile);
    if (hasProject) {
        auto project = PyProject::load(projectFile);
        if (!project)
            return std::unexpected(project.error());
        const QFileInfo info(projectFile);
        for (const IndexConfig &config : project->indexes()) {
            IndexSource s;
            s.name = config.name;
            QUrl url(QString::fromStdString(config.url));
            // uv: relative paths resolve against the config file's folder.
            if (url.scheme().isEmpty())
                url = QUrl::fromLocalFile(
                    info.absoluteDir().absoluteFilePath(QString::fromStdString(config.url)));
            s.url = url;
            s.isDefault = config.isDefault;
            s.isExplicit = config.isExplicit;
            s.flat = config.format == IndexConfig::Format::Flat;
            s.ignoreErrorCodes = config.ignoreErrorCodes;
            s.apiCacheControl = QByteArray::fromStdString(config.cacheControlApi);
            s.authenticate = config.authenticate;
            if (auto applied
                = applyEnvdeskIndexSettings(*project, s, QProcessEnvironment::systemEnvironment(),
                                            &options.credentialCommands);
                !applied)
                return std::unexpected(applied.error());
            options.indexes.push_back(std::move(s));
        }
        for (const SourcePin &pin : project->sources()) {
            if (pin.kind == SourcePin::Kind::Index && pin.marker.empty())
                options.pins[normalizePackageName(pin.package)] = pin.index;
        }
        if (const TomlValue *s = project->uvSetting("index-strategy"); s && s->isString()) {
            if (auto parsed = parseIndexStrategy(s->text))
                options.strategy = *parsed;
        }
    }
    // Command-line indexes come first (extra) or replace the default (index-url), as in uv.
    std::vector<IndexSource> front;
    for (const QString &extra : extraIndexUrls) {
        IndexSource s;
        s.url = QUrl(extra);
        front.push_back(s);
    }
    options.indexes.insert(options.indexes.begin(), front.begin(), front.end());
    for (const QString &url : indexUrls) {
        IndexSource s;
        s.url = QUrl(url);
        s.isDefault = true;
        options.indexes.insert(options.indexes.begin(), s);
    }
    if (!strategy.isEmpty()) {
        auto parsed = parseIndexStrategy(strategy.toStdString());
        if (!parsed) {
            Error e;
            e.code = ErrorCode::InvalidProject;
            e.message = tr("--index-strategy '%1' is not one of first-index, unsafe-first-match, "
                           "unsafe-best-match")
                            .arg(strategy);
            return std::unexpected(e);
        }
        options.strategy = *parsed;
    }
    options.cacheDirectory = HttpCache::defaultDirectory();
    return options;
}

int runIndexListFiles(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the files of a project that the indexes offer, as "
                                        "envdesk's index rules select them."));
    parser.addPositionalArgument(tr("PROJECT"), tr("The project (package) name"));
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
    if (!parser.parse(QStringList{QStringLiteral("envdesk-cli index list-files")} + args)) {
        err << "envdesk-cli index list-files: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "envdesk-cli index list-files: " << tr("expected one PROJECT name") << "\n";
        return 2;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err << "envdesk-cli index list-files: " << tr("--format is 'text' or 'json'") << "\n";
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
    options->offline = parser.isSet(offline);
    if (parser.isSet(cacheDir))
        options->cacheDirectory = parser.value(cacheDir);

    // TLS and proxy per index and host, as the connection doctor sees them (computed once each).
    options->connection = connectionHook(findProjectFile(parser.value(project)));
    // Credentials in uv's order: URL, UV_INDEX_<NAME>_* variables, .netrc, the keychain.
    CredentialProvider::Options credentialOptions;
    credentialOptions.commands = options->credentialCommands;
    CredentialProvider credentials(credentialOptions);
    options->credentials = &credentials;
    HttpClient http;
    IndexClient client(*options, &http);
    QStringList unverifiedHosts;
    QObject::connect(&client, &IndexClient::queried, [&unverifiedHosts](const IndexQuery &q) {
        const QUrl u(q.url);
        const QString host
            = u.port() > 0 ? QStringLiteral("%1:%2").arg(u.host()).arg(u.port()) : u.host();
        if (q.tlsUnverified && !unverifiedHosts.contains(host))
            unverifiedHosts << host;
    });
    if (parser.isSet(verbose)) {
        QObject::connect(&client, &IndexClient::queried, [&err](const IndexQuery &q) {
            err << "index " << QString::fromStdString(q.index) << ": " << q.url << " -> "
                << (q.status ? QString::number(q.status) : QStringLiteral("-")) << ' '
                << outcomeName(q.outcome)
                << (q.fromCache     ? " (cache)"
                    : q.revalidated ? " (revalidated)"
                                    : "")
                << ' ' << q.elapsedMs << " ms"
                << (q.rule.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(q.rule)) << "\n";
            err.flush();
        });
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

} // namespace Envdesk::Core

namespace Envdesk::Core {

std::function<Expected<std::pair<TlsProfile, QUrl>>(const std::string &, const QUrl &)>
connectionHook(const QString &projectFile)
{
    auto connections = std::make_shared<std::map<QString, ConnectionSettings>>();
    return [projectFile, connections](const std::string &index, const QUrl &url) -> Expected<std::pair<TlsProfile, QUrl>> {
        const QString key = QString::fromStdString(index) + QLatin1Char('\n') + CredentialProvider::realmOf(url);
        auto it = connections->find(key);
        if (it == connections->end()) {
            auto computed = connectionSettingsFor(projectFile, index, url, QProcessEnvironment::systemEnvironment());
            if (!computed)
                return std::unexpected(computed.error());
            it = connections->emplace(key, *computed).first;
        }
        TlsProfile tls = it->second.tls;
        tls.verify = tls.verify && !it->second.insecureHost;
        return std::make_pair(tls, it->second.proxy);
    };
}

Expected<ConnectionSettings> connectionSettingsFor(const QString &projectFile,
                                                   const std::string &indexName, const QUrl &url,
                                                   const QProcessEnvironment &env)
{
    ConnectionSettings s;
    // uv's variables: a CA file or folders replace the system store.
    const QString certFile = env.value(QStringLiteral("SSL_CERT_FILE"));
    const QString certDir = env.value(QStringLiteral("SSL_CERT_DIR"));
    if (!certFile.isEmpty())
        s.tls.caFiles << certFile;
    if (!certDir.isEmpty())
        s.tls.caDirectories = certDir.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (!s.tls.caFiles.isEmpty() || !s.tls.caDirectories.isEmpty())
        s.tls.trust = TlsProfile::Trust::Custom;
    s.tls.clientCertificate = env.value(QStringLiteral("SSL_CLIENT_CERT"));
    QStringList insecure
        = env.value(QStringLiteral("UV_INSECURE_HOST")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const ProxySettings proxies = ProxySettings::fromEnvironment(env);
    s.proxy = proxies.proxyFor(url);
    // No proxy variable at all: the operating system's settings (macOS, Windows).
    const bool fromSystem = proxies.http.isEmpty() && proxies.https.isEmpty() && proxies.all.isEmpty();
    if (fromSystem)
        s.proxy = systemProxyFor(url, &s.proxySource);
    if (!s.proxy.isEmpty() && !fromSystem)
        s.proxySource = url.scheme() == QLatin1String("https") && !proxies.https.isEmpty()
                            ? proxies.httpsSource
                        : url.scheme() == QLatin1String("http") && !proxies.http.isEmpty()
                            ? proxies.httpSource
                            : proxies.allSource;
    if (QFileInfo::exists(projectFile)) {
        auto project = PyProject::load(projectFile);
        if (!project)
            return std::unexpected(project.error());
        if (const TomlValue *hosts = project->uvSetting("allow-insecure-host")) {
            for (const TomlValue &h : hosts->array)
                insecure << QString::fromStdString(h.text);
        }
        const QDir base = QFileInfo(projectFile).absoluteDir();
        const TomlValue *envdeskIndex = project->envdeskSetting("index");
        const TomlValue *own
            = envdeskIndex && !indexName.empty() ? envdeskIndex->find(indexName) : nullptr;
        if (own) {
            auto text = [&](const char *key) {
                const TomlValue *v = own->find(key);
                return v && v->isString() ? base.absoluteFilePath(QString::fromStdString(v->text))
                                          : QString();
            };
            if (const QString ca = text("ca-bundle"); !ca.isEmpty()) {
                s.tls.caFiles << ca;
                if (s.tls.trust == TlsProfile::Trust::System)
                    s.tls.trust = TlsProfile::Trust::SystemAndCustom;
            }
            if (const QString cert = text("client-cert"); !cert.isEmpty())
                s.tls.clientCertificate = cert;
            if (const QString key = text("client-key"); !key.isEmpty())
                s.tls.clientKey = key;
            if (const TomlValue *verify = own->find("verify");
                verify && verify->isBoolean() && !verify->boolean)
                s.insecureHost = true;
            if (const TomlValue *minTls = own->find("min-tls"); minTls && minTls->isString()) {
                if (auto v = TlsProfile::parseMinimumVersion(QString::fromStdString(minTls->text)))
                    s.tls.minimumVersion = *v;
            }
            if (const TomlValue *proxy = own->find("proxy"); proxy && proxy->isString()) {
                s.proxy = proxy->text.empty() || proxy->text == "none"
                              ? QUrl()
                              : QUrl(QString::fromStdString(proxy->text));
                s.proxySource = QStringLiteral("[tool.envdesk.index.%1] proxy")
                                    .arg(QString::fromStdString(indexName));
            }
        }
    }
    for (const QString &pattern : insecure) {
        if (insecureHostMatches(pattern, url))
            s.insecureHost = true;
    }
    // The passphrase of a PKCS#12 client certificate or an encrypted key, from the keychain
    // (envdesk-cli auth set file:///path/to/me.p12 --token).
    const QString keyHolder
        = !s.tls.clientKey.isEmpty() ? s.tls.clientKey : s.tls.clientCertificate;
    if (!keyHolder.isEmpty()) {
        bool wantsPassphrase = TlsProfile::isPkcs12(keyHolder);
        if (!wantsPassphrase) {
            QFile f(keyHolder);
            wantsPassphrase = f.open(QIODevice::ReadOnly) && f.readAll().contains("ENCRYPTED");
        }
        if (wantsPassphrase) {
            if (auto entry
                = SecretStore().read(QUrl::fromLocalFile(QFileInfo(keyHolder).absoluteFilePath()));
                entry && entry->has_value())
                s.tls.clientPassphrase = (*entry)->secret;
        }
    }
    // A proxy that wants a password: the one in its URL, else the keychain's entry for the proxy
    // URL (envdesk-cli auth set http://proxy:3128 --username U). Kept in memory only.
    if (!s.proxy.isEmpty() && s.proxy.userName().isEmpty()) {
        if (auto entry = SecretStore().read(s.proxy); entry && entry->has_value()) {
            s.proxy.setUserName((*entry)->username);
            s.proxy.setPassword(QString::fromUtf8((*entry)->secret));
            s.proxySource += QStringLiteral(", credentials from the keychain");
        }
    }
    return s;
}

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
