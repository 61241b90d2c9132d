#include "httpclient.h"
#include "httpconnectionpool.h"
#include "hostnamecheck.h"
#include "sha256.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMutex>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>
#include <limits>
#include <set>

namespace Envdesk::Core {

namespace {

constexpr qint64 maxErrorBodyBytes = 1 << 20;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
                  == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isTransient(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyConnectionClosedError:
        return true;
    default:
        return false;
    }
}

Error netError(ErrorCode code, const QUrl &url, const QString &message, const QString &hint = {})
{
    Error e;
    Q_UNUSED(url) // the message names it, redacted
    e.code = code;
    e.message = message;
    e.hint = hint;
    return e;
}

} // namespace

QString redactedUrl(const QUrl &url)
{
    QUrl shown = url;
    const bool hadUser = !url.userName().isEmpty() || !url.password().isEmpty();
    shown.setUserInfo(QString());
    QString text = shown.toString(QUrl::FullyEncoded);
    if (hadUser) {
        const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
        if (schemeEnd >= 0)
            text.insert(schemeEnd + 3, QLatin1String("****@"));
    }
    return text;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

struct HttpClient::Job
{
    HttpRequest request;
    Callback done;
    QUrl originalUrl;
    int attempts = 0;
    int redirects = 0;
    std::set<QString> visited;
    QElapsedTimer clock;
    QNetworkReply *reply = nullptr;
    HttpConnectionPool::Ticket ticket = 0; ///< when the attempt runs on the plain-HTTP pool
    QTimer *connectTimer = nullptr;
    bool timedOut = false;
    bool tooLarge = false;
    std::unique_ptr<QFile> part;
    Sha256 hash;
    qint64 received = 0;
    QByteArray body;
    bool finished = false;
    QList<QSslError> sslErrors;
    QList<QSslCertificate> peerChain;
    bool hostMismatch = false;   ///< envdesk's host name check refused a certificate Qt accepted
    bool byCommonName = false;   ///< a certificate on the way named its host only in its CN
};

namespace {

// Every attempt in flight, in every client: when it last heard from its server (steady clock).
struct Watched
{
    QString url;
    std::string label;
    qint64 lastActivityMs = 0;
};
QMutex g_watchMutex;
std::map<const void *, Watched> g_watched;

qint64 steadyNowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return clock.elapsed();
}

void watch(const void *job, const HttpRequest &request)
{
    const QMutexLocker lock(&g_watchMutex);
    g_watched.insert_or_assign(job, Watched{redactedUrl(request.url), request.label, steadyNowMs()});
}

void heard(const void *job)
{
    const QMutexLocker lock(&g_watchMutex);
    if (auto it = g_watched.find(job); it != g_watched.end())
        it->second.lastActivityMs = steadyNowMs();
}

void unwatch(const void *job)
{
    const QMutexLocker lock(&g_watchMutex);
    g_watched.erase(job);
}

} // namespace

std::vector<HttpClient::Stalled> HttpClient::stalledRequests(qint64 silentForMs)
{
    std::vector<Stalled> stalled;
    const qint64 now = steadyNowMs();
    const QMutexLocker lock(&g_watchMutex);
    for (const auto &[job, w] : g_watched) {
        if (now - w.lastActivityMs >= silentForMs)
            stalled.push_back({w.url, w.label, now - w.lastActivityMs});
    }
    return stalled;
}

HttpClient::HttpClient(QObject *parent, int managers, int maxInFlight)
    : QObject(parent)
    , m_managersPerProfile(managers)
    , m_maxInFlight(maxInFlight)
{
    // One timer for all requests: cancellation is a flag the caller sets from any thread.
    m_cancelPoll = new QTimer(this);
    m_cancelPoll->setInterval(100);
    connect(m_cancelPoll, &QTimer::timeout, this, [this] {
        // A copy: aborting a reply can finish it, and finishing removes it from m_active.
        const QList<std::shared_ptr<Job>> jobs = m_active.values();
        for (const auto &job : jobs) {
            if (!job->request.cancel.isCancelled())
                continue;
            if (job->reply)
                job->reply->abort();
            else if (job->ticket)
                m_pool->abort(job->ticket); // finishes later, never inside this call
        }
    });
}

std::vector<QNetworkAccessManager *> &HttpClient::managersFor(const QString &profileKey)
{
    std::vector<QNetworkAccessManager *> &list = m_managers[profileKey];
    if (list.empty()) {
        for (int i = 0; i < std::max(1, m_managersPerProfile); ++i) {
            auto *manager = new QNetworkAccessManager(this);
            // We follow redirects ourselves (see finishAttempt) to drop credentials across origins.
            manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
            list.push_back(manager);
        }
    }
    return list;
}

HttpClient::~HttpClient()
{
    for (Job *job : m_active.keys())
        unwatch(job);
    for (const auto &job : m_queue) {
        if (!job->finished && job->done)
            job->done(
                std::unexpected(netError(ErrorCode::Cancelled, job->request.url, tr("cancelled"))));
    }
}

void HttpClient::get(const HttpRequest &request, Callback done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->done = std::move(done);
    job->originalUrl = request.url;
    job->clock.start();
    m_queue.push_back(job);
    pump();
}

void HttpClient::pump()
{
    while (m_inFlight < m_maxInFlight && !m_queue.empty()) {
        std::shared_ptr<Job> job = m_queue.front();
        m_queue.pop_front();
        ++m_inFlight;
        startAttempt(job);
    }
}

void HttpClient::startAttempt(const std::shared_ptr<Job> &job)
{
    if (job->request.cancel.isCancelled()) {
        complete(job, std::unexpected(
                          netError(ErrorCode::Cancelled, job->request.url, tr("cancelled"))));
        return;
    }
    ++job->attempts;
    job->timedOut = false;
    job->tooLarge = false;
    job->received = 0;
    job->body.clear();
    job->hash.reset();
    job->part.reset();

    // The head every transport sends; Host and the request line are the transport's.
    QList<QPair<QByteArray, QByteArray>> head;
    head.append({QByteArrayLiteral("User-Agent"), QByteArrayLiteral("envdesk/0.1")});
    if (!job->request.accept.isEmpty())
        head.append({QByteArrayLiteral("Accept"), job->request.accept});
    if (job->request.range)
        head.append({QByteArrayLiteral("Range"),
                     QByteArray("bytes=") + QByteArray::number(job->request.range->first) + '-'
                         + QByteArray::number(job->request.range->second)});
    if (job->request.suffixLength > 0)
        head.append({QByteArrayLiteral("Range"),
                     QByteArray("bytes=-") + QByteArray::number(job->request.suffixLength)});
    head.append(job->request.headers);

    const QUrl &url = job->request.url;
    const bool https = url.scheme() == QLatin1String("https");
    const QSslConfiguration *ssl = nullptr;
    if (https) {
        const QString profileKey = job->request.tls.key();
        auto config = m_sslConfigurations.find(profileKey);
        if (config == m_sslConfigurations.end()) {
            auto made = job->request.tls.configuration();
            if (!made) {
                complete(job, std::unexpected(made.error()));
                return;
            }
            config = m_sslConfigurations.emplace(profileKey, *made).first;
        }
        ssl = &config->second;
    }
    // Direct requests go through envdesk's own HTTP/1.1, unless the origin speaks HTTP/2.
    if (job->request.proxy.isEmpty() && startOnPool(job, head, ssl))
        return;

    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    req.setTransferTimeout(job->request.readTimeoutMs);
    if (!job->request.saveTo.isEmpty()) {
        // Sizes and hashes are of the bytes on the index; no transparent decompression.
        req.setRawHeader("Accept-Encoding", "identity");
    }
    for (const auto &[name, value] : std::as_const(head))
        req.setRawHeader(name, value);

    if (ssl)
        req.setSslConfiguration(*ssl);
    // One pool per TLS profile and proxy: connections made under one are never used by another.
    const QUrl &proxyUrl = job->request.proxy;
    const QString poolKey
        = job->request.tls.key() + QLatin1Char('|')
          + (proxyUrl.isEmpty()
                 ? QString()
                 : QString::fromLatin1(
                     Sha256::hash(proxyUrl.toEncoded())
                         .toHex()));
    const bool newPool = m_managers.find(poolKey) == m_managers.end();
    std::vector<QNetworkAccessManager *> &managers = managersFor(poolKey);
    if (newPool) {
        const QNetworkProxy proxy = proxyUrl.isEmpty()
                                        ? QNetworkProxy(QNetworkProxy::NoProxy)
                                        : QNetworkProxy(QNetworkProxy::HttpProxy, proxyUrl.host(),
                                                        quint16(proxyUrl.port(8080)),
                                                        proxyUrl.userName(), proxyUrl.password());
        for (QNetworkAccessManager *m : managers)
            m->setProxy(proxy);
    }
    QNetworkAccessManager *manager = managers[m_next++ % managers.size()];
    QNetworkReply *reply = manager->get(req);
    job->sslErrors.clear();
    job->peerChain.clear();
    job->hostMismatch = false;
    connect(reply, &QNetworkReply::sslErrors, this, [job, reply](const QList<QSslError> &errors) {
        // Qt's host name verdict is replaced by envdesk's (hostnamecheck.h).
        job->peerChain = reply->sslConfiguration().peerCertificateChain();
        const QSslCertificate leaf = job->peerChain.isEmpty()
                                         ? (errors.isEmpty() ? QSslCertificate() : errors.front().certificate())
                                         : job->peerChain.front();
        job->sslErrors = HostNameCheck::replaceQtVerdict(
            errors, leaf, job->request.url.host(QUrl::FullyEncoded));
        if (!job->request.tls.verify || job->sslErrors.isEmpty())
            reply->ignoreSslErrors(); // allow-insecure-host: said so in the log by the caller
    });
    if (ssl) {
        // Qt's check also reads the common name when subjectAltName names other hosts: envdesk's
        // is applied once the handshake is done, before the request goes out on a new connection
        // (encrypted), and on every answer (a request may ride a connection made for another).
        auto checkHost = [this, job, reply, manager] {
            if (!job->request.tls.verify || job->hostMismatch)
                return;
            const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
            if (leaf.isNull())
                return;
            const HostNameCheck check = HostNameCheck::of(leaf, job->request.url.host(QUrl::FullyEncoded));
            if (check.matches) {
                job->byCommonName = job->byCommonName || check.byCommonName;
                return;
            }
            job->hostMismatch = true;
            job->sslErrors = {QSslError(QSslError::HostNameMismatch, leaf)};
            job->peerChain = reply->sslConfiguration().peerCertificateChain();
            reply->abort();
            // No later request may reuse the connection to this certificate. Not from inside
            // the reply's signal: clearing then leaves the aborted reply waiting for its timeout.
            QTimer::singleShot(0, manager, [manager] { manager->clearConnectionCache(); });
        };
        connect(reply, &QNetworkReply::encrypted, this, checkHost);
        connect(reply, &QNetworkReply::metaDataChanged, this, checkHost);
    }
    job->reply = reply;

    // The connect timeout only matters when a new connection is opened (most requests reuse a
    // kept-alive one), so its timer is made then; the transfer timeout covers the rest.
    job->connectTimer = nullptr;
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [job, reply] {
        if (!job->connectTimer) {
            job->connectTimer = new QTimer(reply);
            job->connectTimer->setSingleShot(true);
            QObject::connect(job->connectTimer, &QTimer::timeout, reply, [job, reply] {
                job->timedOut = true;
                reply->abort();
            });
            QObject::connect(reply, &QNetworkReply::requestSent, job->connectTimer, &QTimer::stop);
            QObject::connect(reply, &QNetworkReply::metaDataChanged, job->connectTimer,
                             &QTimer::stop);
        }
        job->connectTimer->start(job->request.connectTimeoutMs);
    });

    m_active.insert(job.get(), job);
    watch(job.get(), job->request);
    if (!m_cancelPoll->isActive())
        m_cancelPoll->start();

    connect(reply, &QNetworkReply::readyRead, this, [this, job, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!takeChunk(*job, status, reply->readAll()))
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, job, reply] { finishAttempt(job, reply); });
}

bool HttpClient::startOnPool(const std::shared_ptr<Job> &job,
                             QList<QPair<QByteArray, QByteArray>> head,
                             const QSslConfiguration *ssl)
{
    if (!m_pool)
        m_pool = new HttpConnectionPool(m_maxInFlight, this);
    HttpConnectionPool::Request request;
    request.url = job->request.url;
    if (ssl) {
        request.tls = *ssl;
        request.poolKey = job->request.tls.key();
        request.ignoreCertificateErrors = !job->request.tls.verify;
        request.mayUseHttp2 = true;
        if (m_pool->speaksHttp2(request))
            return false; // Qt's HTTP/2 serves this origin
    }
    // Pages may come compressed and are decoded on the way in. Downloads and byte ranges may
    // not: their sizes, offsets and hashes are of the bytes on the index.
    request.decodeGzip = job->request.saveTo.isEmpty() && !job->request.range
                         && job->request.suffixLength <= 0;
    head.append({QByteArrayLiteral("Accept-Encoding"),
                 request.decodeGzip ? QByteArrayLiteral("gzip") : QByteArrayLiteral("identity")});
    request.headers = std::move(head);
    request.connectTimeoutMs = job->request.connectTimeoutMs;
    request.readTimeoutMs = job->request.readTimeoutMs;
    m_active.insert(job.get(), job);
    watch(job.get(), job->request);
    if (!m_cancelPoll->isActive())
        m_cancelPoll->start();
    job->ticket = m_pool->start(
        std::move(request),
        [this, job](int status, QByteArrayView chunk) { return takeChunk(*job, status, chunk); },
        [this, job](const HttpExchangeEnd &end) {
            job->ticket = 0;
            job->sslErrors = end.sslErrors;
            job->peerChain = end.peerChain;
            job->byCommonName = job->byCommonName || end.certificateByCommonName;
            m_active.remove(job.get());
            unwatch(job.get());
            if (m_active.isEmpty())
                m_cancelPoll->stop();
            if (end.useHttp2) {
                --job->attempts; // nothing was asked: the same attempt, over HTTP/2
                startAttempt(job);
                return;
            }
            finishAttempt(job, end);
        });
    return true;
}

bool HttpClient::takeChunk(Job &job, int status, QByteArrayView chunk)
{
    heard(&job);
    job.received += chunk.size();
    const bool success = status >= 200 && status < 300;
    if (success && !job.request.saveTo.isEmpty()) {
        if (!job.part) {
            QDir().mkpath(QFileInfo(job.request.saveTo).absolutePath());
            job.part = std::make_unique<QFile>(job.request.saveTo + QStringLiteral(".part"));
            if (!job.part->open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
        }
        job.part->write(chunk.data(), chunk.size());
        job.hash.addData(chunk);
    } else if (job.body.size()
               < (success ? std::numeric_limits<qsizetype>::max() / 2 : maxErrorBodyBytes)) {
        job.body.append(chunk);
    }
    // A server that sends more than it announced is not trusted with the rest.
    if (success && job.request.expectedSize >= 0 && job.received > job.request.expectedSize) {
        job.tooLarge = true;
        return false;
    }
    return true;
}

void HttpClient::finishAttempt(const std::shared_ptr<Job> &job, QNetworkReply *reply)
{
    reply->deleteLater();
    job->reply = nullptr;
    m_active.remove(job.get());
    unwatch(job.get());
    if (m_active.isEmpty())
        m_cancelPoll->stop();
    if (job->connectTimer)
        job->connectTimer->stop();
    job->connectTimer = nullptr; // owned by the reply

    HttpExchangeEnd end;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    end.status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    end.error = reply->error();
    end.errorString = reply->errorString();
    // Our connect timer aborts (OperationCanceledError); Qt's transfer timeout reports either
    // TimeoutError or OperationCanceledError depending on the stage.
    end.timedOut = job->timedOut || end.error == QNetworkReply::TimeoutError
                   || end.error == QNetworkReply::OperationCanceledError;
    for (const auto &pair : reply->rawHeaderPairs())
        end.headers.append(pair);
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    end.contentLength = length.isValid() ? length.toLongLong() : -1;
    if (job->hostMismatch) {
        // Aborted by envdesk's host name check, not by a timer.
        end.status = 0;
        end.error = QNetworkReply::SslHandshakeFailedError;
        end.timedOut = false;
    }
    finishAttempt(job, end);
}

void HttpClient::finishAttempt(const std::shared_ptr<Job> &job, const HttpExchangeEnd &end)
{
    const QUrl url = job->request.url;
    auto discardPart = [job] {
        if (job->part) {
            job->part->close();
            job->part->remove();
            job->part.reset();
        }
    };

    if (job->request.cancel.isCancelled()) {
        discardPart();
        complete(job, std::unexpected(netError(ErrorCode::Cancelled, url, tr("cancelled"))));
        return;
    }
    if (job->tooLarge) {
        discardPart();
        complete(job, std::unexpected(netError(
                          ErrorCode::Network, url,
                          tr("%1 sent more than the %2 bytes the index announced; download stopped")
                              .arg(redactedUrl(url))
                              .arg(job->request.expectedSize))));
        return;
    }

    const int status = end.status;
    const QNetworkReply::NetworkError error = end.error;
    const bool timeout = end.timedOut || error == QNetworkReply::TimeoutError;
    if (status == 0) {
        discardPart();
        const QString why = timeout ? tr("timed out") : end.errorString;
        if (error == QNetworkReply::SslHandshakeFailedError) {
            // Not retried: a certificate does not get better by asking again.
            TlsRemedy remedy = TlsRemedy::None;
            Error e = job->sslErrors.isEmpty() ? describeHandshakeFailure(url, end.errorString)
                                               : describeTlsErrors(url, job->sslErrors, job->peerChain, &remedy);
            if (remedy == TlsRemedy::TrustCa)
                e.fix = Error::Fix::TrustCa;
            complete(job, std::unexpected(e));
            return;
        }
        if ((timeout || isTransient(error)) && job->attempts <= job->request.maxRetries) {
            retryLater(job, -1, why);
            return;
        }
        ErrorCode code = ErrorCode::Network;
        if (timeout)
            code = ErrorCode::Timeout;
        else if (error == QNetworkReply::SslHandshakeFailedError)
            code = ErrorCode::Tls;
        QString message = tr("%1: %2").arg(redactedUrl(url), why);
        QString hint;
        const QString proxyShown
            = job->request.proxy.isEmpty() ? QString() : redactedUrl(job->request.proxy);
        // Qt 6.4 reports a refused proxy on the HTTPS (CONNECT) path as UnknownNetworkError with a
        // "Proxy ..." message, so the message counts too.
        const bool proxyProblem = !job->request.proxy.isEmpty()
                                  && why.contains(QLatin1String("proxy"), Qt::CaseInsensitive);
        if (error == QNetworkReply::ProxyAuthenticationRequiredError
            || (proxyProblem
                && why.contains(QLatin1String("authentication"), Qt::CaseInsensitive))) {
            code = ErrorCode::Proxy;
            message = tr("the proxy %1 requires authentication (407) for %2")
                          .arg(proxyShown, redactedUrl(url));
            hint = tr("store the proxy's user name and password in the keychain: envdesk-cli auth "
                      "set %1 --username USER "
                      "(the password is read from stdin)")
                       .arg(proxyShown);
        } else if (error == QNetworkReply::ProxyConnectionRefusedError
                   || error == QNetworkReply::ProxyNotFoundError
                   || error == QNetworkReply::ProxyConnectionClosedError
                   || error == QNetworkReply::ProxyTimeoutError || proxyProblem) {
            code = ErrorCode::Proxy;
            message = tr("the proxy %1 could not be used for %2: %3")
                          .arg(proxyShown, redactedUrl(url), why);
            hint = tr("check HTTPS_PROXY / HTTP_PROXY (or the proxy set for this index); use "
                      "NO_PROXY for hosts "
                      "reached directly");
        }
        Error e = netError(code, url, message, hint);
        if (job->attempts > 1)
            e.message += tr(" (after %1 attempts)").arg(job->attempts);
        complete(job, std::unexpected(e));
        return;
    }

    HttpResponse response;
    response.status = status;
    response.finalUrl = url;
    response.headers = end.headers;
    response.contentType = response.header("Content-Type");
    response.attempts = job->attempts;
    response.certificateByCommonName = job->byCommonName;

    // A response that broke the protocol half-way is not a server's passing trouble.
    if (error == QNetworkReply::ProtocolFailure) {
        discardPart();
        complete(job, std::unexpected(netError(
                          ErrorCode::Network, url, tr("%1: %2").arg(redactedUrl(url), end.errorString),
                          tr("the server, or a proxy in between, does not speak HTTP/1.1 correctly"))));
        return;
    }

    // Redirects, followed here so that credentials never reach another origin.
    if (status >= 300 && status < 400 && status != 304 && !response.header("Location").isEmpty()) {
        discardPart();
        const QUrl next = url.resolved(QUrl::fromEncoded(response.header("Location")));
        if (!job->visited.insert(next.toString()).second
            || ++job->redirects > job->request.maxRedirects) {
            complete(job, std::unexpected(
                              netError(ErrorCode::Network, job->originalUrl,
                                       tr("%1 redirects in a loop (last to %2)")
                                           .arg(redactedUrl(job->originalUrl), redactedUrl(next)),
                                       tr("the index is misconfigured; tell its administrators"))));
            return;
        }
        if (!sameOrigin(url, next)) {
            auto &headers = job->request.headers;
            headers.erase(std::remove_if(headers.begin(), headers.end(),
                                         [](const QPair<QByteArray, QByteArray> &h) {
                                             const QByteArray n = h.first.toLower();
                                             return n == "authorization"
                                                    || n == "proxy-authorization" || n == "cookie";
                                         }),
                          headers.end());
            // The TLS policy is the next origin's, not this one's: an insecure host's exemption
            // and an index's client certificate do not follow a redirect.
            if (job->request.policyForHop) {
                auto policy = job->request.policyForHop(next);
                if (!policy) {
                    complete(job, std::unexpected(policy.error()));
                    return;
                }
                job->request.tls = policy->first;
                job->request.proxy = policy->second;
            } else {
                job->request.tls.verify = true;
                job->request.tls.clientCertificate.clear();
                job->request.tls.clientKey.clear();
                job->request.tls.clientPassphrase.clear();
            }
        }
        job->request.url = next;
        --job->attempts; // a redirect is not a retry
        startAttempt(job);
        return;
    }

    if ((status >= 500 && status <= 599) || status == 429) {
        discardPart();
        if (job->attempts <= job->request.maxRetries) {
            int delay = -1;
            bool ok = false;
            const int retryAfter = response.header("Retry-After").trimmed().toInt(&ok);
            if (ok && retryAfter >= 0)
                delay = std::min(retryAfter, 60) * 1000;
            retryLater(job, delay, tr("HTTP %1").arg(status));
            return;
        }
    }

    const bool success = status >= 200 && status < 300;
    const qint64 announced = end.contentLength;
    // HTTP/2 stream resets can end a body early without an error, and a chunked body has no
    // length to compare with: check the length and the transport's verdict ourselves.
    if (success && ((announced >= 0 && job->received < announced) || error != QNetworkReply::NoError)) {
        discardPart();
        const QString of = announced >= 0 ? tr("%1 of %2 bytes").arg(job->received).arg(announced)
                                          : tr("%1 bytes").arg(job->received);
        if (job->attempts <= job->request.maxRetries) {
            retryLater(job, -1, tr("body truncated at %1").arg(of));
            return;
        }
        complete(job, std::unexpected(
                          netError(timeout ? ErrorCode::Timeout : ErrorCode::Network, url,
                                   (timeout ? tr("%1 timed out after %2, %3 times")
                                            : tr("%1 ended after %2, %3 times"))
                                       .arg(redactedUrl(url), of)
                                       .arg(job->attempts))));
        return;
    }

    if (success && !job->request.saveTo.isEmpty()) {
        if (!job->part) { // empty body
            QDir().mkpath(QFileInfo(job->request.saveTo).absolutePath());
            job->part = std::make_unique<QFile>(job->request.saveTo + QStringLiteral(".part"));
            job->part->open(QIODevice::WriteOnly | QIODevice::Truncate);
        }
        job->part->flush();
        job->part->close();
        if (job->request.expectedSize >= 0 && job->received != job->request.expectedSize) {
            discardPart();
            complete(job, std::unexpected(netError(ErrorCode::Network, url,
                                                   tr("%1 has %2 bytes, but the index announced %3")
                                                       .arg(redactedUrl(url))
                                                       .arg(job->received)
                                                       .arg(job->request.expectedSize))));
            return;
        }
        const QByteArray actual = job->hash.result().toHex();
        if (!job->request.expectedSha256.isEmpty()
            && actual != job->request.expectedSha256.toLower()) {
            discardPart();
            complete(job, std::unexpected(netError(
                              ErrorCode::HashMismatch, url,
                              tr("%1 does not match its hash: expected sha256 %2, got %3")
                                  .arg(redactedUrl(url),
                                       QString::fromLatin1(job->request.expectedSha256.toLower()),
                                       QString::fromLatin1(actual)),
                              tr("the file was discarded; if this repeats, the index "
                                 "or a proxy is serving a different file than it lists"))));
            return;
        }
        // Atomic replace of the final name.
        if (std::rename(QFile::encodeName(job->part->fileName()).constData(),
                        QFile::encodeName(job->request.saveTo).constData())
            != 0) {
            discardPart();
            complete(job, std::unexpected(netError(
                              ErrorCode::Io, url, tr("cannot write %1").arg(job->request.saveTo))));
            return;
        }
        job->part.reset();
    } else {
        response.body = job->body;
    }
    complete(job, response);
}

void HttpClient::retryLater(const std::shared_ptr<Job> &job, int delayMs, const QString &why)
{
    Q_UNUSED(why)
    if (delayMs < 0) {
        // Exponential backoff with jitter: 0.5 s, 1 s, 2 s, ... plus up to 250 ms.
        delayMs = 500 * (1 << std::min(job->attempts - 1, 6))
                  + int(QRandomGenerator::global()->bounded(250));
    }
    QTimer::singleShot(delayMs, this, [this, job] { startAttempt(job); });
}

void HttpClient::complete(const std::shared_ptr<Job> &job, Expected<HttpResponse> result)
{
    if (job->finished)
        return;
    job->finished = true;
    --m_inFlight;
    if (result)
        result->elapsedMs = job->clock.elapsed();
    Callback done = std::move(job->done);
    if (done)
        done(std::move(result));
    pump();
}

} // namespace Envdesk::Core
