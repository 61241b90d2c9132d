#pragma once

#include "httpclient.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Envdesk::Core {

/**
 * The on-disk HTTP cache for index pages: responses stored per URL (credentials never part of
 * the key or the entry), with their ETag, Last-Modified and freshness lifetime, so that a warm
 * run revalidates (If-None-Match / If-Modified-Since, 304) or skips the request entirely while
 * `max-age` holds.
 *
 * Entries are written atomically (a temporary file renamed into place) and carry the SHA-256 of their body: a corrupt or
 * half-written entry is detected on read, dropped and refetched, never trusted.
 *
 * Thread-safe for distinct URLs; files are the only shared state.
 */
class HttpCache
{
public:
    struct Entry
    {
        QByteArray body;
        QByteArray contentType;
        QByteArray etag;
        QByteArray lastModified;
        QDateTime storedAt;
        qint64 maxAgeSeconds = -1; ///< -1: must revalidate
        int status = 200;

        bool isFresh(const QDateTime &now) const
        {
            return maxAgeSeconds >= 0 && storedAt.secsTo(now) < maxAgeSeconds;
        }
    };

    explicit HttpCache(QString directory);

    const QString &directory() const { return m_directory; }

    /** The entry for `url`, or nullopt when there is none or it is damaged (then it is removed). */
    std::optional<Entry> load(const QUrl &url) const;
    /** Stores `entry` for `url` atomically. */
    bool store(const QUrl &url, const Entry &entry) const;
    /** Marks `url` as revalidated now (after a 304); nothing is written when neither the entry
     *  nor the new answer allow a freshness lifetime, since then the time decides nothing. */
    void touch(const QUrl &url, Entry entry, qint64 maxAgeSeconds) const;
    void remove(const QUrl &url) const;

    /**
     * A body known by its SHA-256 (lower-case hex), such as a metadata file an index listed with
     * its hash: kept as it is in `sha256-v1/`, one file per hash, shared by every URL that serves
     * it, and checked against its name on every read. nullopt when absent or damaged (then it is
     * removed), or when `sha256` is not 64 hex digits.
     */
    std::optional<QByteArray> loadByHash(QByteArrayView sha256) const;
    /** Stores `body` under `sha256` atomically; false when the hash is not the body's. */
    bool storeByHash(QByteArrayView sha256, const QByteArray &body) const;

    /**
     * The freshness lifetime a response allows from its Cache-Control (max-age, s-maxage;
     * no-cache / no-store give -1), or `override` when the index configures one.
     */
    static qint64 maxAge(const HttpResponse &response, const QByteArray &override = {});

    /** The default cache folder: UV_CACHE_DIR, else $XDG_CACHE_HOME/envdesk, else ~/.cache/envdesk. */
    static QString defaultDirectory();

private:
    QString pathFor(const QByteArray &keyUrl) const;
    QString pathByHash(QByteArrayView sha256) const;
    QString m_directory;
};

} // namespace Envdesk::Core
