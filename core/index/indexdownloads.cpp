#include "indexclient.h"
#include "indexclient_p.h"
#include "zipreader.h"

#include "../net/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <limits>
#include <optional>

// IndexClient's downloads of distribution files (into the cache, by SHA-256) and its core
// metadata: PEP 658 files, a wheel's METADATA read by range requests, metadata a build found.
// Which index a file comes from: indexclient.cpp.

namespace Envdesk::Core {

using namespace IndexDetail;

namespace {

QUrl metadataCacheKey(const QUrl &fileUrl)
{
    QUrl key = fileUrl;
    key.setQuery(QStringLiteral("envdesk-core-metadata"));
    return key;
}

// A built sdist's metadata: by URL and content, so a file replaced at the same URL is built again.
std::optional<QUrl> builtMetadataCacheKey(const AttributedFile &sdist)
{
    const auto sha = sdist.file.hashes.find("sha256");
    if (sha == sdist.file.hashes.end() || sha->second.empty())
        return std::nullopt;
    QUrl key = sdist.file.url;
    key.setQuery(QStringLiteral("envdesk-built-metadata=") + QString::fromStdString(sha->second));
    return key;
}

bool isTopLevelMetadata(const std::string &name)
{
    const auto slash = name.find('/');
    return slash != std::string::npos && name.find('/', slash + 1) == std::string::npos
           && name.substr(0, slash).ends_with(".dist-info") && name.substr(slash + 1) == "METADATA";
}

// "bytes 100-199/1000" -> (100, 1000)
bool parseContentRange(const QByteArray &header, qint64 *start, qint64 *total)
{
    const QByteArray h = header.trimmed();
    if (!h.startsWith("bytes "))
        return false;
    const qsizetype dash = h.indexOf('-');
    const qsizetype slash = h.indexOf('/');
    if (dash < 0 || slash < 0)
        return false;
    bool ok1 = false;
    bool ok2 = false;
    *start = h.mid(6, dash - 6).toLongLong(&ok1);
    *total = h.mid(slash + 1).toLongLong(&ok2);
    return ok1 && ok2;
}

} // namespace

void IndexClient::download(const AttributedFile &file, PathCallback done, CancelToken cancel)
{
    const auto sha = file.file.hashes.find("sha256");
    if (sha == file.file.hashes.end() || sha->second.size() != 64) {
        done(std::unexpected(
            indexError(ErrorCode::HashMismatch,
                       tr("%1 has no SHA-256 on index %2, so it cannot be checked; not downloaded")
                           .arg(QString::fromStdString(file.file.filename),
                                QString::fromStdString(file.index)),
                       tr("ask the index's administrators to publish hashes"))));
        return;
    }
    const QString base = m_options.cacheDirectory.isEmpty()
                             ? QDir::tempPath() + QStringLiteral("/envdesk-files")
                             : m_options.cacheDirectory;
    const QString filename
        = QFileInfo(QString::fromStdString(file.file.filename)).fileName(); // no path parts
    const QString target = QDir(base).filePath(
        QStringLiteral("files-v1/%1/%2").arg(QString::fromStdString(sha->second), filename));
    if (QFileInfo::exists(target)) {
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly)) {
            Sha256 hash;
            hash.addData(&existing);
            if (hash.result().toHex() == QByteArray::fromStdString(sha->second).toLower()) {
                done(target);
                return;
            }
        }
        QFile::remove(target); // damaged: fetch again
    }
    HttpRequest request;
    request.url = file.file.url;
    request.saveTo = target;
    request.expectedSha256 = QByteArray::fromStdString(sha->second);
    if (file.file.size)
        request.expectedSize = *file.file.size;
    request.cancel = cancel;
    request.accept = "*/*";
    if (auto connection = applyConnection(indexNamed(file.index), request); !connection) {
        done(std::unexpected(connection.error()));
        return;
    }
    getWithChallenge(request, indexNamed(file.index), [target, done, url = request.url](Expected<HttpResponse> r) {
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        if (r->status != 200) {
            QFile::remove(target);
            done(std::unexpected(
                indexError(ErrorCode::Network,
                           tr("%1 answered HTTP %2").arg(redactedUrl(url)).arg(r->status))));
            return;
        }
        done(target);
    });
}

void IndexClient::storeBuiltMetadata(const AttributedFile &sdist, const QByteArray &metadata)
{
    const auto key = builtMetadataCacheKey(sdist);
    if (!key || !m_cache || metadata.isEmpty())
        return;
    HttpCache::Entry entry;
    entry.body = metadata;
    entry.storedAt = QDateTime::currentDateTimeUtc();
    entry.maxAgeSeconds = std::numeric_limits<int>::max(); // the same bytes build the same metadata
    m_cache->store(*key, entry);
}

void IndexClient::downloadUnlisted(const QUrl &url, PathCallback done, CancelToken cancel)
{
    const QString base = m_options.cacheDirectory.isEmpty()
                             ? QDir::tempPath() + QStringLiteral("/envdesk-files")
                             : m_options.cacheDirectory;
    const QString filename = QFileInfo(url.path()).fileName();
    if (filename.isEmpty()) {
        done(std::unexpected(indexError(ErrorCode::Network,
                                        tr("%1 names no file").arg(redactedUrl(url)))));
        return;
    }
    const QString staging = QDir(base).filePath(
        QStringLiteral("files-v1/.unlisted-%1-%2")
            .arg(QString::number(QRandomGenerator::global()->generate64(), 16), filename));
    QDir().mkpath(QFileInfo(staging).absolutePath());
    HttpRequest request;
    request.url = url;
    request.saveTo = staging;
    request.cancel = cancel;
    request.accept = "*/*";
    if (auto connection = applyConnection(nullptr, request); !connection) {
        done(std::unexpected(connection.error()));
        return;
    }
    m_http->get(request, [base, staging, filename, done, url](Expected<HttpResponse> r) {
        auto failed = [&](Error e) {
            QFile::remove(staging);
            done(std::unexpected(std::move(e)));
        };
        if (!r)
            return failed(r.error());
        if (r->status != 200) {
            Error e = indexError(ErrorCode::Network,
                                 tr("%1 answered HTTP %2").arg(redactedUrl(url)).arg(r->status));
            if (r->status == 401 || r->status == 403)
                e.hint = tr("envdesk sends no index credentials for a url source: publish the file "
                            "on one of your indexes, or download it and use a path source");
            return failed(e);
        }
        QFile in(staging);
        if (!in.open(QIODevice::ReadOnly))
            return failed(indexError(ErrorCode::Io, tr("cannot read %1").arg(staging)));
        Sha256 hash;
        hash.addData(&in);
        in.close();
        const QString target = QDir(base).filePath(
            QStringLiteral("files-v1/%1/%2").arg(QString::fromLatin1(hash.result().toHex()), filename));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::rename(staging, target))
            return failed(indexError(ErrorCode::Io, tr("cannot move %1 to %2").arg(staging, target)));
        done(target);
    });
}

void IndexClient::fetchMetadata(const AttributedFile &file, BytesCallback done, CancelToken cancel)
{
    const QUrl key = metadataCacheKey(file.file.url);
    // Listed with its hash (PEP 658/714, as PyPI does): kept by that hash, so a warm run reads one
    // file named by it and checks the bytes against the name, without a URL to encode or a head to
    // parse. Otherwise by URL.
    const auto listed = file.file.metadataHashes.find("sha256");
    const QByteArray listedHash = listed == file.file.metadataHashes.end()
                                      ? QByteArray()
                                      : QByteArray::fromStdString(listed->second).toLower();
    if (m_cache) {
        if (!listedHash.isEmpty()) {
            if (auto cached = m_cache->loadByHash(listedHash)) {
                done(*cached);
                return;
            }
        } else if (auto cached = m_cache->load(key)) {
            done(cached->body);
            return;
        }
    }
    auto remember = [this, key, listedHash](const QByteArray &metadata) {
        if (!m_cache)
            return;
        if (!listedHash.isEmpty() && m_cache->storeByHash(listedHash, metadata))
            return;
        HttpCache::Entry entry;
        entry.body = metadata;
        entry.storedAt = QDateTime::currentDateTimeUtc();
        entry.maxAgeSeconds = std::numeric_limits<int>::max(); // a file's metadata never changes
        m_cache->store(key, entry);
    };
    if (file.file.hasMetadata) {
        HttpRequest request;
        request.url = file.file.metadataUrl();
        request.cancel = cancel;
        if (auto connection = applyConnection(indexNamed(file.index), request); !connection) {
            done(std::unexpected(connection.error()));
            return;
        }
        getWithChallenge(request, indexNamed(file.index), [this, file, request, done, remember](Expected<HttpResponse> r) {
            if (!r) {
                done(std::unexpected(r.error()));
                return;
            }
            if (r->status != 200) {
                // The index said it has one; fall back to the wheel itself rather than fail.
                if (file.file.filename.ends_with(".whl")) {
                    metadataFromWheel(file, done, request.cancel);
                    return;
                }
                done(std::unexpected(indexError(
                    ErrorCode::Network,
                    tr("%1 answered HTTP %2").arg(redactedUrl(request.url)).arg(r->status))));
                return;
            }
            const auto expected = file.file.metadataHashes.find("sha256");
            if (expected != file.file.metadataHashes.end()) {
                const QByteArray actual
                    = Sha256::hash(r->body).toHex();
                if (actual != QByteArray::fromStdString(expected->second)) {
                    Error e = indexError(
                        ErrorCode::HashMismatch,
                        tr("%1 does not match its hash: expected sha256 %2, got %3")
                            .arg(redactedUrl(request.url), QString::fromStdString(expected->second),
                                 QString::fromLatin1(actual)));
                    done(std::unexpected(e));
                    return;
                }
            }
            remember(r->body);
            done(r->body);
        });
        return;
    }
    if (!file.file.filename.ends_with(".whl")) {
        if (const auto built = builtMetadataCacheKey(file); built && m_cache) {
            if (auto cached = m_cache->load(*built)) {
                done(cached->body);
                return;
            }
        }
        done(std::unexpected(
            indexError(ErrorCode::NeedsBuild,
                       tr("%1 is a source distribution without a metadata file: its metadata "
                          "needs a build")
                           .arg(QString::fromStdString(file.file.filename)))));
        return;
    }
    metadataFromWheel(
        file,
        [done, remember](Expected<QByteArray> m) {
            if (m)
                remember(*m);
            done(std::move(m));
        },
        cancel);
}

void IndexClient::metadataFromWheel(const AttributedFile &file, BytesCallback done,
                                    CancelToken cancel)
{
    struct State
    {
        QByteArray data;
        qint64 offset = 0;
        qint64 total = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        TlsProfile tls;
        QUrl proxy;
    };
    auto state = std::make_shared<State>();
    const QUrl url = file.file.url.adjusted(QUrl::RemoveUserInfo);
    const QString shown = redactedUrl(url);

    // Second step: with the directory in hand, read the METADATA member (fetching its bytes
    // when they are not in the tail already).
    // Credentials for the wheel's host, decided once for every range request.
    {
        HttpRequest probe;
        probe.url = url;
        if (auto connection = applyConnection(indexNamed(file.index), probe); !connection) {
            done(std::unexpected(connection.error()));
            return;
        }
        state->tls = probe.tls;
        state->proxy = probe.proxy;
        if (const IndexSource *index = indexNamed(file.index)) {
            if (auto auth = authorize(*index, probe, false); !auth) {
                done(std::unexpected(auth.error()));
                return;
            }
        }
        state->headers = probe.headers;
    }
    auto readMember = [this, state, url, shown, done, cancel]() {
        qint64 directoryStart = 0;
        auto entries = ZipReader::centralDirectory(state->data, state->offset, state->total,
                                                   &directoryStart);
        if (!entries) {
            Error e = entries.error();
            e.message = tr("%1: %2").arg(shown, e.message);
            done(std::unexpected(e));
            return;
        }
        const ZipReader::Entry *metadata = nullptr;
        qint64 next = directoryStart;
        for (const ZipReader::Entry &entry : *entries) {
            if (isTopLevelMetadata(entry.name))
                metadata = &entry;
        }
        if (!metadata) {
            done(std::unexpected(
                indexError(ErrorCode::InvalidArchive,
                           tr("%1 has no .dist-info/METADATA: not a valid wheel").arg(shown))));
            return;
        }
        for (const ZipReader::Entry &entry : *entries) {
            if (entry.localHeaderOffset > metadata->localHeaderOffset
                && entry.localHeaderOffset < next)
                next = entry.localHeaderOffset;
        }
        const ZipReader::Entry member = *metadata;
        if (member.localHeaderOffset >= state->offset) {
            done(ZipReader::read(state->data, state->offset, member));
            return;
        }
        HttpRequest request;
        request.url = url;
        request.range = std::make_pair(member.localHeaderOffset, next - 1);
        request.cancel = cancel;
        request.headers = state->headers;
        request.tls = state->tls;
        request.readTimeoutMs = m_options.readTimeoutMs;
        request.proxy = state->proxy;
        m_http->get(request, [member, shown, done](Expected<HttpResponse> r) {
            if (!r) {
                done(std::unexpected(r.error()));
                return;
            }
            if (r->status != 206) {
                done(std::unexpected(indexError(
                    ErrorCode::Network,
                    tr("%1 answered HTTP %2 to a range request").arg(shown).arg(r->status))));
                return;
            }
            done(ZipReader::read(r->body, member.localHeaderOffset, member));
        });
    };

    HttpRequest tail;
    tail.url = url;
    tail.suffixLength = 64 * 1024;
    tail.cancel = cancel;
    tail.headers = state->headers;
    tail.tls = state->tls;
    tail.readTimeoutMs = m_options.readTimeoutMs;
    tail.proxy = state->proxy;
    m_http->get(tail, [this, state, url, shown, done, readMember,
                       cancel](Expected<HttpResponse> r) {
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        if (r->status == 200) { // no range support: we have the whole file
            state->data = r->body;
            state->offset = 0;
            state->total = r->body.size();
            readMember();
            return;
        }
        if (r->status != 206
            || !parseContentRange(r->header("Content-Range"), &state->offset, &state->total)) {
            done(std::unexpected(indexError(ErrorCode::Network,
                                            tr("%1 answered HTTP %2").arg(shown).arg(r->status))));
            return;
        }
        state->data = r->body;
        qint64 directoryStart = 0;
        auto probe = ZipReader::centralDirectory(state->data, state->offset, state->total,
                                                 &directoryStart);
        if (probe || directoryStart >= state->offset || directoryStart <= 0) {
            readMember();
            return;
        }
        // The directory starts before the tail we have: fetch the gap.
        HttpRequest more;
        more.url = url;
        more.range = std::make_pair(directoryStart, state->offset - 1);
        more.cancel = cancel;
        more.headers = state->headers;
        more.tls = state->tls;
        more.readTimeoutMs = m_options.readTimeoutMs;
        more.proxy = state->proxy;
        m_http->get(more, [state, shown, done, readMember](Expected<HttpResponse> m) {
            if (!m || m->status != 206) {
                done(std::unexpected(
                    m ? indexError(ErrorCode::Network,
                                   tr("%1 answered HTTP %2").arg(shown).arg(m->status))
                      : m.error()));
                return;
            }
            state->data = m->body + state->data;
            state->offset -= m->body.size();
            readMember();
        });
    });
}

} // namespace Envdesk::Core
