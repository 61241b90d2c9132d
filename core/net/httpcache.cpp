#include "httpcache.h"
#include "sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

namespace Envdesk::Core {

namespace {

// One file per entry: a JSON header line, a newline, then the body.
constexpr char formatTag[] = "envdesk-http-cache-1";

QUrl withoutCredentials(QUrl url)
{
    url.setUserInfo(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

HttpCache::HttpCache(QString directory)
    : m_directory(std::move(directory))
{}

QString HttpCache::defaultDirectory()
{
    const QString uv = qEnvironmentVariable("UV_CACHE_DIR");
    if (!uv.isEmpty())
        return uv;
    const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
    if (!xdg.isEmpty())
        return QDir(xdg).filePath(QStringLiteral("envdesk"));
    return QDir::home().filePath(QStringLiteral(".cache/envdesk"));
}

QString HttpCache::pathFor(const QUrl &url) const
{
    // The key is the URL without user info: credentials never name a cache file.
    const QByteArray key = Sha256::hash(withoutCredentials(url).toEncoded())
                               .toHex();
    return QDir(m_directory).filePath(QStringLiteral("http-v1/") + QString::fromLatin1(key.left(2))
                                      + QLatin1Char('/') + QString::fromLatin1(key));
}

std::optional<HttpCache::Entry> HttpCache::load(const QUrl &url) const
{
    const QString path = pathFor(url);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray all = file.readAll();
    file.close();
    const qsizetype newline = all.indexOf('\n');
    const QJsonObject meta = newline > 0 ? QJsonDocument::fromJson(all.left(newline)).object() : QJsonObject();
    const QByteArray body = newline > 0 ? all.mid(newline + 1) : QByteArray();
    const bool intact = meta.value(QLatin1String("format")).toString() == QLatin1String(formatTag)
                        && meta.value(QLatin1String("url")).toString() == withoutCredentials(url).toString()
                        && meta.value(QLatin1String("sha256")).toString().toLatin1()
                               == Sha256::hash(body).toHex();
    if (!intact) {
        QFile::remove(path); // damaged: drop it, the caller refetches
        return std::nullopt;
    }
    Entry e;
    e.body = body;
    e.contentType = meta.value(QLatin1String("content-type")).toString().toUtf8();
    e.etag = meta.value(QLatin1String("etag")).toString().toUtf8();
    e.lastModified = meta.value(QLatin1String("last-modified")).toString().toUtf8();
    e.storedAt = QDateTime::fromString(meta.value(QLatin1String("stored")).toString(), Qt::ISODateWithMs);
    e.maxAgeSeconds = qint64(meta.value(QLatin1String("max-age")).toDouble(-1));
    e.status = meta.value(QLatin1String("status")).toInt(200);
    return e;
}

bool HttpCache::store(const QUrl &url, const Entry &entry) const
{
    const QString path = pathFor(url);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder))
        QDir().mkpath(folder);
    QJsonObject meta;
    meta.insert(QLatin1String("format"), QLatin1String(formatTag));
    meta.insert(QLatin1String("url"), withoutCredentials(url).toString());
    meta.insert(QLatin1String("content-type"), QString::fromUtf8(entry.contentType));
    meta.insert(QLatin1String("etag"), QString::fromUtf8(entry.etag));
    meta.insert(QLatin1String("last-modified"), QString::fromUtf8(entry.lastModified));
    meta.insert(QLatin1String("stored"), entry.storedAt.toUTC().toString(Qt::ISODateWithMs));
    meta.insert(QLatin1String("max-age"), double(entry.maxAgeSeconds));
    meta.insert(QLatin1String("status"), entry.status);
    meta.insert(QLatin1String("sha256"), QString::fromLatin1(Sha256::hash(entry.body).toHex()));
    // Written to a temporary name and renamed into place: a reader sees the old entry or the new
    // one, never half of one. No fsync: an entry damaged by a crash fails its SHA-256 on the next
    // read and is refetched, so durability buys nothing here and costs a disk flush per page.
    const QString temporary = path + QStringLiteral(".tmp-") + QString::number(QCoreApplication::applicationPid())
                              + QLatin1Char('-') + QString::number(quintptr(&entry), 16);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(meta).toJson(QJsonDocument::Compact));
    file.write("\n");
    file.write(entry.body);
    file.close();
    if (file.error() != QFile::NoError
        || std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}

void HttpCache::touch(const QUrl &url, Entry entry, qint64 maxAgeSeconds) const
{
    entry.storedAt = QDateTime::currentDateTimeUtc();
    entry.maxAgeSeconds = maxAgeSeconds;
    store(url, entry);
}

void HttpCache::remove(const QUrl &url) const
{
    QFile::remove(pathFor(url));
}

qint64 HttpCache::maxAge(const HttpResponse &response, const QByteArray &override)
{
    const QByteArray header = override.isEmpty() ? response.header("Cache-Control") : override;
    qint64 age = -1;
    for (const QByteArray &part : header.split(',')) {
        const QByteArray directive = part.trimmed().toLower();
        if (directive == "no-cache" || directive == "no-store")
            return -1;
        if (directive.startsWith("max-age=") || directive.startsWith("s-maxage=")) {
            bool ok = false;
            const qint64 value = directive.mid(directive.indexOf('=') + 1).toLongLong(&ok);
            if (ok)
                age = std::max(age, value);
        }
    }
    return age;
}

} // namespace Envdesk::Core
