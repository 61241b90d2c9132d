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

/** Whether one NO_PROXY list exempts `url`. */
bool noProxyMatches(const QStringList &patterns, const QUrl &url);

} // namespace Envdesk::Core
