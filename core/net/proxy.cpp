#include "proxy.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>

#include <QHostAddress>

namespace Envdesk::Core {

namespace {

QUrl proxyUrl(QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    return QUrl(text);
}

// Lower case first, as curl does (HTTP_PROXY upper case is ignored by curl for CGI safety, but
// uv and pip read both; envdesk reads both, lower case winning).
QUrl fromVariables(const QProcessEnvironment &env, const QString &lower, QString *source)
{
    for (const QString &name : {lower, lower.toUpper()}) {
        const QString value = env.value(name);
        if (!value.trimmed().isEmpty()) {
            *source = name;
            return proxyUrl(value);
        }
    }
    return {};
}

} // namespace

ProxySettings ProxySettings::fromEnvironment(const QProcessEnvironment &env)
{
    ProxySettings s;
    s.https = fromVariables(env, QStringLiteral("https_proxy"), &s.httpsSource);
    s.http = fromVariables(env, QStringLiteral("http_proxy"), &s.httpSource);
    s.all = fromVariables(env, QStringLiteral("all_proxy"), &s.allSource);
    QString noProxy = env.value(QStringLiteral("no_proxy"));
    if (noProxy.isEmpty())
        noProxy = env.value(QStringLiteral("NO_PROXY"));
    for (const QString &part : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            s.noProxy << part.trimmed();
    }
    return s;
}

QUrl ProxySettings::proxyFor(const QUrl &url) const
{
    if (url.isLocalFile() || noProxyMatches(noProxy, url))
        return {};
    const QUrl &specific = url.scheme() == QLatin1String("https") ? https : http;
    return specific.isEmpty() ? all : specific;
}

bool noProxyMatches(const QStringList &patterns, const QUrl &url)
{
    const QString host = url.host().toLower();
    const QHostAddress address(host);
    for (QString pattern : patterns) {
        pattern = pattern.trimmed().toLower();
        if (pattern == QLatin1String("*"))
            return true;
        if (pattern.contains(QLatin1Char('/'))) {
            if (address.isNull())
                continue;
            const auto subnet = QHostAddress::parseSubnet(pattern);
            if (!subnet.first.isNull() && address.isInSubnet(subnet))
                return true;
            continue;
        }
        const QHostAddress patternAddress(pattern);
        if (!patternAddress.isNull()) {
            if (patternAddress == address)
                return true;
            continue;
        }
        if (pattern.startsWith(QLatin1Char('.')))
            pattern.remove(0, 1);
        if (host == pattern || host.endsWith(QLatin1Char('.') + pattern))
            return true;
    }
    return false;
}

QUrl systemProxyFor(const QUrl &url, QString *source)
{
    const QList<QNetworkProxy> proxies
        = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &p : proxies) {
        if (p.type() != QNetworkProxy::HttpProxy || p.hostName().isEmpty())
            continue;
        QUrl out;
        out.setScheme(QStringLiteral("http"));
        out.setHost(p.hostName());
        out.setPort(p.port());
        if (source)
            *source = QStringLiteral("the system proxy settings");
        return out;
    }
    return {};
}

} // namespace Envdesk::Core
