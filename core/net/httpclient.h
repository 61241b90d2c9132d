#pragma once

#include "../cancel.h"
#include "../error.h"
#include "tlsprofile.h"

#include <QByteArray>
#include <QHash>
#include <QTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace Envdesk::Core {

class HttpConnectionPool;
struct HttpExchangeEnd;

/** What to fetch, and how patiently. A value; copied into the client. */
struct HttpRequest
{
    QUrl url;
    QByteArray accept;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// Stream the body to this file (written as FILE.part, renamed when complete and verified).
    QString saveTo;
    QByteArray expectedSha256; ///< hex; checked when saving, whatever the transport said
    qint64 expectedSize = -1;
    std::optional<std::pair<qint64, qint64>> range; ///< inclusive byte range
    qint64 suffixLength = -1; ///< ask for the last N bytes (Range: bytes=-N)
    int maxRetries = 3;
    int connectTimeoutMs = 10000;
    int readTimeoutMs = 30000; ///< without any progress
    int maxRedirects = 10;
    TlsProfile tls; ///< requests with different profiles never share connections
    QUrl proxy;     ///< http://[user:password@]host:port, or empty for a direct connection
    /// TLS profile and proxy for a redirect to another origin, re-decided at every such hop.
    /// Unset: the next origin gets certificate checks back on and no client certificate.
    std::function<Expected<std::pair<TlsProfile, QUrl>>(const QUrl &)> policyForHop;
    CancelToken cancel;
    /// What the request is for, for messages about it (the index's name); may be empty.
    std::string label;
};

/** What came back. Non-2xx statuses are responses, not errors: the caller decides. */
struct HttpResponse
{
    int status = 0;
    QUrl finalUrl; ///< after redirects
    QByteArray body; ///< empty when saved to a file
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    int attempts = 0;
    qint64 elapsedMs = 0;
    /// A certificate on the way named its host only in its common name, a form RFC 6125 and the
    /// CA/Browser Forum retired: callers warn.
    bool certificateByCommonName = false;
    QByteArray header(const QByteArray &name) const;
};

/**
 * HTTP for envdesk: GET requests with explicit timeouts, retries with exponential backoff and
 * jitter (connection errors, timeouts, 5xx, 429 with Retry-After; never other 4xx), redirects
 * followed by hand so that credentials never cross to another origin, a limit on requests in
 * flight, and downloads streamed to disk with size and SHA-256 checked.
 *
 * Two transports under one policy. Direct requests (HTTP, and HTTPS to servers that do not
 * choose HTTP/2) go through envdesk's own HTTP/1.1 connection pool (HttpConnectionPool: Qt 6.4's
 * HTTP/1.1 stack is CPU-bound on many small responses). HTTPS origins that choose HTTP/2 when
 * offered, and requests through a proxy, go through QNetworkAccessManager; Qt 6.4 opens at most
 * 6 HTTP/1.1 connections per host per manager (the setting arrived in 6.5), so the client spreads
 * those over several managers.
 *
 * Threading: an HttpClient belongs to the thread it lives in and must be used from it; run one
 * per worker thread. Callbacks run in that thread.
 */
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Expected<HttpResponse>)>;

    explicit HttpClient(QObject *parent = nullptr, int managers = 4, int maxInFlight = 50);
    ~HttpClient() override;

    /** Starts a GET; `done` is called exactly once, in this object's thread. */
    void get(const HttpRequest &request, Callback done);

    int inFlight() const { return m_inFlight; }

    /** A request of any HttpClient in this process that has received nothing for a while. */
    struct Stalled
    {
        QString url; ///< redacted
        std::string label;
        qint64 silentMs = 0;
    };
    /**
     * The requests in flight, in every client and thread, that have had no answer and no body
     * byte for at least `silentForMs`: what a job names while it waits ("waiting for mirror
     * (https://…) for 10 s"). Thread-safe.
     */
    static std::vector<Stalled> stalledRequests(qint64 silentForMs);

private:
    struct Job;
    void pump();
    void startAttempt(const std::shared_ptr<Job> &job);
    /// False when the pool does not take the request (an HTTPS origin that speaks HTTP/2).
    bool startOnPool(const std::shared_ptr<Job> &job, QList<QPair<QByteArray, QByteArray>> head,
                     const QSslConfiguration *ssl);
    /// Takes body bytes of an attempt; false when the attempt must stop (too large, no file).
    bool takeChunk(Job &job, int status, QByteArrayView chunk);
    void finishAttempt(const std::shared_ptr<Job> &job, QNetworkReply *reply);
    void finishAttempt(const std::shared_ptr<Job> &job, const HttpExchangeEnd &end);
    void retryLater(const std::shared_ptr<Job> &job, int delayMs, const QString &why);
    void complete(const std::shared_ptr<Job> &job, Expected<HttpResponse> result);

    /// Managers per TLS profile key, created on first use.
    std::vector<QNetworkAccessManager *> &managersFor(const QString &profileKey);
    std::map<QString, std::vector<QNetworkAccessManager *>> m_managers;
    std::map<QString, QSslConfiguration> m_sslConfigurations;
    int m_managersPerProfile;
    std::size_t m_next = 0;
    int m_inFlight = 0;
    int m_maxInFlight;
    std::deque<std::shared_ptr<Job>> m_queue;
    QHash<Job *, std::shared_ptr<Job>> m_active;
    QTimer *m_cancelPoll = nullptr;
    HttpConnectionPool *m_pool = nullptr; ///< direct HTTP/1.1 requests; made on first use
};

/** The URL for logs and messages: user name and password replaced by four stars. */
QString redactedUrl(const QUrl &url);

} // namespace Envdesk::Core
