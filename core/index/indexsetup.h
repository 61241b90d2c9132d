#pragma once

#include "indexclient.h"

#include "../net/tlsprofile.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace Envdesk::Core {

/**
 * The index options a project and the command line give: the project's [[tool.uv.index]] entries,
 * its index pins and strategy, then command-line indexes (extra ones first, --index-url as the
 * default) and --index-strategy.
 */
Expected<IndexClientOptions> indexOptionsFromProject(const QString &projectFile,
                                                     const QStringList &indexUrls,
                                                     const QStringList &extraIndexUrls,
                                                     const QString &strategy);

/**
 * TLS profile, insecure-host and proxy for one index URL from the environment (SSL_CERT_FILE,
 * SSL_CERT_DIR, SSL_CLIENT_CERT, UV_INSECURE_HOST, HTTPS_PROXY...), the project's
 * allow-insecure-host and its [tool.envdesk.index.NAME] overrides.
 */
struct ConnectionSettings
{
    TlsProfile tls;
    bool insecureHost = false;
    QUrl proxy;
    QString proxySource;
};
Expected<ConnectionSettings> connectionSettingsFor(const QString &projectFile,
                                                   const std::string &indexName, const QUrl &url,
                                                   const QProcessEnvironment &env);

/** IndexClientOptions::connection for a project: connectionSettingsFor, computed once per index and
 * realm. */
std::function<Expected<std::pair<TlsProfile, QUrl>>(const std::string &, const QUrl &)>
connectionHook(const QString &projectFile);

/**
 * The network clients one thread needs for a project, wired the one way: credentials in uv's
 * order plus the project's credential commands, the HTTP client, and an index client whose TLS
 * and proxy come from connectionHook(projectFile). Lives in one thread; not copyable.
 */
struct IndexSession
{
    IndexSession(IndexClientOptions options, const QString &projectFile);

    CredentialProvider credentials;
    HttpClient http;
    IndexClient client;
};

} // namespace Envdesk::Core
