#include "httpcache.h"
#include "sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Envdesk::Core {

namespace {

// One file per entry: a JSON header line, a newline, then the body.
constexpr char formatTag[] = "envdesk-http-cache-1";

// Plain system calls for the cache's files: a warm run reads one entry per page and metadata
// file (14,000 in the largest benchmark), and QFile spends three stat calls on each open.

/// The whole file, or nullopt when it cannot be read.
std::optional<QByteArray> readWhole(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    struct stat st;
    std::optional<QByteArray> out;
    if (::fstat(fd, &st) == 0 && st.st_size >= 0 && st.st_size < (qint64(1) << 31)) {
        // Entries are replaced by rename, never rewritten in place: the size stays what fstat says.
        QByteArray data(qsizetype(st.st_size), Qt::Uninitialized);
        qsizetype have = 0;
        while (have < data.size()) {
            const ssize_t n = ::read(fd, data.data() + have, size_t(data.size() - have));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            have += n;
        }
        if (have == data.size())
            out = std::move(data);
    }
    ::close(fd);
    return out;
}

/// Writes `parts` to a new file at `path`; false (and no file) when any step fails.
bool writeNew(const QByteArray &path, std::initializer_list<QByteArrayView> parts)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    bool ok = true;
    for (QByteArrayView part : parts) {
        qsizetype done = 0;
        while (ok && done < part.size()) {
            const ssize_t n = ::write(fd, part.data() + done, size_t(part.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            ok = n > 0;
            done += ok ? n : 0;
        }
    }
    ok = ::close(fd) == 0 && ok;
    if (!ok)
        ::unlink(path.constData());
    return ok;
}

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
    const std::optional<QByteArray> read = readWhole(path);
    if (!read)
        return std::nullopt;
    const QByteArray &all = *read;
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
    const QByteArray header = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    // Written to a temporary name and renamed into place: a reader sees the old entry or the new
    // one, never half of one. No fsync: an entry damaged by a crash fails its SHA-256 on the next
    // read and is refetched, so durability buys nothing here and costs a disk flush per page.
    const QByteArray temporary
        = QFile::encodeName(path + QStringLiteral(".tmp-")
                            + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
                            + QString::number(quintptr(&entry), 16));
    const std::initializer_list<QByteArrayView> parts{header, "\n", entry.body};
    if (!writeNew(temporary, parts)) {
        // The folder is made when the first entry in it is written.
        if (errno != ENOENT || !QDir().mkpath(QFileInfo(path).absolutePath())
            || !writeNew(temporary, parts))
            return false;
    }
    if (std::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(temporary.constData());
        return false;
    }
    return true;
}

void HttpCache::touch(const QUrl &url, Entry entry, qint64 maxAgeSeconds) const
{
    // Under "revalidate every time" the time of the last check decides nothing: the entry on disk
    // stays as it is (rewriting every page of a warm run cost a rename and a body write each).
    if (maxAgeSeconds < 0 && entry.maxAgeSeconds < 0)
        return;
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
