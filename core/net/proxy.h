#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

namespace Envdesk::Core {

/**
 * Proxies from the environment, as curl and uv read them: HTTPS_PROXY / HTTP_PROXY / ALL_PROXY
 * (upper or lower case, lower case first) and NO_PROXY (comma-separated: `*`, host names that
 * also match their subdomains, with or without a leading dot, IP addresses and CIDR ranges).
 * A proxy URL without a scheme means http://.
 */
struct ProxySettings
{
    QUrl http;
    QUrl https;
    QUrl all;
    QStringList noProxy;

    static ProxySettings fromEnvironment(const QProcessEnvironment &environment);

    /** The proxy a request to `url` goes through; an empty URL means directly. */
    QUrl proxyFor(const QUrl &url) const;

    /** The variable a proxy came from, for messages ("HTTPS_PROXY"). */
    QString httpsSource;
    QString httpSource;
    QString allSource;
};

/**
 * The operating system's proxy for `url` when no proxy variable is set at all: the system
 * settings on macOS and Windows (through Qt); on Linux, Qt reads the same variables, so this adds
 * nothing there. Empty: direct. Sets *source to a description for messages.
 */
QUrl systemProxyFor(const QUrl &url, QString *source);

/** Whether one NO_PROXY list exempts `url`. */
bool noProxyMatches(const QStringList &patterns, const QUrl &url);

} // namespace Envdesk::Core
