#include "indexsetup.h"

#include "envdeskindex.h"

#include "../net/proxy.h"
#include "../net/secretstore.h"
#include "../pep/name.h"
#include "../project/pyproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::IndexSetup)
};

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
            e.message = Tr::tr("--index-strategy '%1' is not one of first-index, unsafe-first-match, "
                           "unsafe-best-match")
                            .arg(strategy);
            return std::unexpected(e);
        }
        options.strategy = *parsed;
    }
    options.cacheDirectory = HttpCache::defaultDirectory();
    // uv's UV_HTTP_TIMEOUT: seconds without progress before a request is given up (default 30).
    if (const QString t = qEnvironmentVariable("UV_HTTP_TIMEOUT"); !t.isEmpty()) {
        bool ok = false;
        const int seconds = t.toInt(&ok);
        if (!ok || seconds <= 0) {
            Error e;
            e.code = ErrorCode::InvalidConfig;
            e.message = Tr::tr("UV_HTTP_TIMEOUT='%1' is not a number of seconds").arg(t);
            e.hint = Tr::tr("set it to a whole number of seconds, e.g. 60, or unset it");
            return std::unexpected(e);
        }
        options.readTimeoutMs = seconds * 1000;
    }
    return options;
}

std::function<Expected<std::pair<TlsProfile, QUrl>>(const std::string &, const QUrl &)>
connectionHook(const QString &projectFile)
{
    auto connections = std::make_shared<std::map<QString, ConnectionSettings>>();
    return [projectFile, connections](const std::string &index,
                                      const QUrl &url) -> Expected<std::pair<TlsProfile, QUrl>> {
        const QString key
            = QString::fromStdString(index) + QLatin1Char('\n') + CredentialProvider::realmOf(url);
        auto it = connections->find(key);
        if (it == connections->end()) {
            auto computed = connectionSettingsFor(projectFile, index, url,
                                                  QProcessEnvironment::systemEnvironment());
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
    const bool fromSystem
        = proxies.http.isEmpty() && proxies.https.isEmpty() && proxies.all.isEmpty();
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

namespace {

CredentialProvider::Options credentialOptionsFor(const IndexClientOptions &options)
{
    CredentialProvider::Options o;
    o.commands = options.credentialCommands;
    return o;
}

IndexClientOptions wired(IndexClientOptions options, const QString &projectFile,
                         CredentialProvider *credentials)
{
    options.connection = connectionHook(projectFile);
    options.credentials = credentials;
    return options;
}

} // namespace

IndexSession::IndexSession(IndexClientOptions options, const QString &projectFile)
    : credentials(credentialOptionsFor(options))
    , client(wired(std::move(options), projectFile, &credentials), &http)
{}

} // namespace Envdesk::Core
