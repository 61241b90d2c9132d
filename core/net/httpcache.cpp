#include "httpcache.h"
#include "sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

namespace Envdesk::Core {

namespace {

// One file per entry: a head of "name value" lines (the first names the format), an empty line,
// then the body. Lines because every value is a URL, a header value or a number, none of which
// holds a line break (checked when storing), and because a warm run reads one head per page and
// metadata file: splitting lines costs a fraction of parsing JSON and an ISO date.
constexpr char formatTag[] = "envdesk-http-cache-2";
constexpr char folderName[] = "http-v2/";

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

/// Writes `parts` to a new file at `path` with one writev where the kernel takes it all; false
/// (and no file) when any step fails.
bool writeNew(const QByteArray &path, std::initializer_list<QByteArrayView> parts)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    std::vector<iovec> pieces;
    for (QByteArrayView part : parts) {
        if (!part.isEmpty())
            pieces.push_back({const_cast<char *>(part.data()), size_t(part.size())});
    }
    bool ok = true;
    std::size_t first = 0;
    while (ok && first < pieces.size()) {
        const ssize_t n = ::writev(fd, pieces.data() + first, int(pieces.size() - first));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        // Step over what was written, whole pieces first, then into the next one.
        for (size_t left = ok ? size_t(n) : 0; left > 0;) {
            iovec &piece = pieces[first];
            const size_t step = std::min(left, piece.iov_len);
            piece.iov_base = static_cast<char *>(piece.iov_base) + step;
            piece.iov_len -= step;
            left -= step;
            if (piece.iov_len == 0)
                ++first;
        }
    }
    ok = ::close(fd) == 0 && ok;
    if (!ok)
        ::unlink(path.constData());
    return ok;
}

bool isSha256Hex(QByteArrayView text)
{
    if (text.size() != 64)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

/// Writes `parts` to `path` through a temporary name in the same folder, made when missing.
bool replaceAtomically(const QString &path, std::initializer_list<QByteArrayView> parts,
                       const void *distinct)
{
    // The pid and an address of the caller's make the temporary name unique across processes and
    // threads. No fsync: a damaged entry fails its SHA-256 on the next read and is refetched, so
    // durability buys nothing here and costs a disk flush per entry.
    static const QString pid = QString::number(QCoreApplication::applicationPid());
    const QByteArray temporary = QFile::encodeName(path + QStringLiteral(".tmp-") + pid + QLatin1Char('-')
                                                   + QString::number(quintptr(distinct), 16));
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

QString HttpCache::pathFor(const QByteArray &keyUrl) const
{
    // The key is the URL without user info: credentials never name a cache file.
    const QByteArray key = Sha256::hash(keyUrl).toHex();
    return m_directory + QLatin1Char('/') + QLatin1String(folderName)
           + QLatin1String(key.left(2)) + QLatin1Char('/') + QLatin1String(key);
}

std::optional<HttpCache::Entry> HttpCache::load(const QUrl &url) const
{
    const QByteArray keyUrl = withoutCredentials(url).toEncoded();
    const QString path = pathFor(keyUrl);
    const std::optional<QByteArray> read = readWhole(path);
    if (!read)
        return std::nullopt;
    const QByteArray &all = *read;
    Entry e;
    bool intact = false;
    const qsizetype headEnd = all.indexOf("\n\n");
    if (headEnd > 0) {
        QByteArrayView head(all.constData(), headEnd + 1);
        QByteArrayView sha256;
        bool formatSeen = false;
        bool urlSeen = false;
        bool numbersOk = true;
        while (!head.isEmpty()) {
            const qsizetype lineEnd = head.indexOf('\n');
            const QByteArrayView line = head.first(lineEnd);
            head = head.sliced(lineEnd + 1);
            const qsizetype space = line.indexOf(' ');
            const QByteArrayView name = space < 0 ? line : line.first(space);
            const QByteArrayView value = space < 0 ? QByteArrayView() : line.sliced(space + 1);
            bool ok = true;
            if (name == formatTag)
                formatSeen = true;
            else if (name == "url")
                urlSeen = value == keyUrl;
            else if (name == "sha256")
                sha256 = value;
            else if (name == "stored")
                e.storedAt = QDateTime::fromMSecsSinceEpoch(value.toLongLong(&ok), Qt::UTC);
            else if (name == "max-age")
                e.maxAgeSeconds = value.toLongLong(&ok);
            else if (name == "status")
                e.status = value.toInt(&ok);
            else if (name == "content-type")
                e.contentType = value.toByteArray();
            else if (name == "etag")
                e.etag = value.toByteArray();
            else if (name == "last-modified")
                e.lastModified = value.toByteArray();
            numbersOk = numbersOk && ok;
        }
        e.body = all.sliced(headEnd + 2);
        intact = formatSeen && urlSeen && numbersOk && sha256 == Sha256::hash(e.body).toHex();
    }
    if (!intact) {
        QFile::remove(path); // damaged: drop it, the caller refetches
        return std::nullopt;
    }
    return e;
}

bool HttpCache::store(const QUrl &url, const Entry &entry) const
{
    const QByteArray keyUrl = withoutCredentials(url).toEncoded();
    for (const QByteArray *value : {&keyUrl, &entry.contentType, &entry.etag, &entry.lastModified}) {
        if (value->contains('\n') || value->contains('\r'))
            return false; // not a header value a server can send; not worth keeping
    }
    const QString path = pathFor(keyUrl);
    QByteArray head;
    head.reserve(256 + keyUrl.size() + entry.etag.size());
    head += formatTag;
    head += "\nurl " + keyUrl;
    head += "\nsha256 " + Sha256::hash(entry.body).toHex();
    head += "\nstored " + QByteArray::number(entry.storedAt.toMSecsSinceEpoch());
    head += "\nmax-age " + QByteArray::number(entry.maxAgeSeconds);
    head += "\nstatus " + QByteArray::number(entry.status);
    head += "\ncontent-type " + entry.contentType;
    head += "\netag " + entry.etag;
    head += "\nlast-modified " + entry.lastModified;
    head += "\n\n";
    // Written to a temporary name and renamed into place: a reader sees the old entry or the new
    // one, never half of one.
    return replaceAtomically(path, {head, entry.body}, &entry);
}

QString HttpCache::pathByHash(QByteArrayView sha256) const
{
    return m_directory + QLatin1String("/sha256-v1/") + QLatin1String(sha256.first(2))
           + QLatin1Char('/') + QLatin1String(sha256);
}

std::optional<QByteArray> HttpCache::loadByHash(QByteArrayView sha256) const
{
    if (!isSha256Hex(sha256))
        return std::nullopt;
    const QString path = pathByHash(sha256);
    std::optional<QByteArray> body = readWhole(path);
    if (body && Sha256::hash(*body).toHex() != sha256) {
        QFile::remove(path); // damaged: drop it, the caller refetches
        return std::nullopt;
    }
    return body;
}

bool HttpCache::storeByHash(QByteArrayView sha256, const QByteArray &body) const
{
    if (!isSha256Hex(sha256) || Sha256::hash(body).toHex() != sha256)
        return false;
    return replaceAtomically(pathByHash(sha256), {body}, &body);
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
    QFile::remove(pathFor(withoutCredentials(url).toEncoded()));
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
