#include "httpconnectionpool.h"

#include <QHostInfo>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <cctype>

#include <zlib.h>

namespace Envdesk::Core {

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;
constexpr int idleCloseMs = 60000;
/// RFC 8305's recommended delay before the next address joins the race.
constexpr int attemptDelayMs = 250;
/// A decoded page larger than this is refused: a compressed body can claim any size.
constexpr qint64 maxDecodedBytes = qint64(1) << 30;

struct InflaterDeleter
{
    void operator()(z_stream *z) const
    {
        inflateEnd(z);
        delete z;
    }
};
using Inflater = std::unique_ptr<z_stream, InflaterDeleter>;

enum class Stage { Head, Fixed, ChunkSize, ChunkData, ChunkEnd, Trailers, UntilClose };

bool hasLineBreak(const QByteArray &text)
{
    return text.contains('\r') || text.contains('\n');
}

QNetworkReply::NetworkError fromSocketError(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::NetworkError:
        return QNetworkReply::TemporaryNetworkFailureError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

/// The last token of a comma-separated header value, lower-case.
QByteArray lastToken(const QByteArray &value)
{
    const qsizetype comma = value.lastIndexOf(',');
    return value.mid(comma + 1).trimmed().toLower();
}

} // namespace

struct HttpConnectionPool::Exchange
{
    Ticket ticket = 0;
    Request request;
    QString origin;
    DataHandler onData;
    DoneHandler onDone;
    Connection *connection = nullptr;
    bool resent = false; ///< already sent once more after a kept-alive connection closed
};

struct HttpConnectionPool::Connection
{
    QString origin;
    QTcpSocket *socket = nullptr; ///< once connected (a QSslSocket for https); null before
    std::vector<QTcpSocket *> attempts; ///< connecting, one per address tried
    QList<QHostAddress> addresses;
    qsizetype next = 0; ///< the next address to try
    QTimer *stagger = nullptr;
    bool tls = false;
    quint16 port = 0;
    QString peerName;
    QSslConfiguration ssl;
    bool ignoreCertificateErrors = false;
    std::shared_ptr<int> alive = std::make_shared<int>(0); ///< for answers that come later
    QList<QSslError> sslErrors;
    QList<QSslCertificate> peerChain;
    QTimer *timer = nullptr; ///< connect, then read inactivity, then idle close
    std::shared_ptr<Exchange> exchange;
    bool connected = false;
    int served = 0;
    // The response being read.
    QByteArray buffer;
    qsizetype scanned = 0; ///< how far the head's end was looked for
    Stage stage = Stage::Head;
    qint64 remaining = 0;
    bool responseBegan = false;
    bool keepAlive = true;
    Inflater inflater; ///< set while a gzip body is read
    qint64 decoded = 0;
    HttpExchangeEnd end;
};

HttpConnectionPool::HttpConnectionPool(int maxConnectionsPerOrigin, QObject *parent)
    : QObject(parent)
    , m_maxPerOrigin(std::max(1, maxConnectionsPerOrigin))
{}

HttpConnectionPool::~HttpConnectionPool()
{
    // The sockets are children of this and go with it; nothing they say reaches a Connection now.
    auto forget = [this](Connection *c) {
        for (QTcpSocket *s : c->attempts)
            s->disconnect(this);
        if (c->socket)
            c->socket->disconnect(this);
        c->timer->disconnect(this);
        c->stagger->disconnect(this);
        delete c;
    };
    for (auto &[key, origin] : m_origins) {
        for (Connection *c : origin.idle)
            forget(c);
    }
    // Busy connections are found through their exchanges.
    for (const auto &exchange : std::as_const(m_exchanges)) {
        if (exchange->connection)
            forget(exchange->connection);
        exchange->connection = nullptr;
    }
}

QString HttpConnectionPool::originKey(const Request &request)
{
    const QUrl &url = request.url;
    const bool tls = url.scheme() == QLatin1String("https");
    return url.scheme() + QLatin1String("://") + url.host(QUrl::FullyEncoded).toLower()
           + QLatin1Char(':') + QString::number(url.port(tls ? 443 : 80)) + QLatin1Char('|')
           + request.poolKey + (request.mayUseHttp2 ? QLatin1String("|h2") : QLatin1String());
}

bool HttpConnectionPool::speaksHttp2(const Request &request) const
{
    const auto found = m_origins.find(originKey(request));
    return found != m_origins.end() && found->second.http2;
}

int HttpConnectionPool::openConnections() const
{
    int n = 0;
    for (const auto &[key, origin] : m_origins)
        n += origin.open;
    return n;
}

HttpConnectionPool::Ticket HttpConnectionPool::start(Request request, DataHandler onData,
                                                     DoneHandler onDone)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->ticket = m_nextTicket++;
    exchange->onData = std::move(onData);
    exchange->onDone = std::move(onDone);
    exchange->origin = originKey(request);
    exchange->request = std::move(request);
    m_exchanges.insert(exchange->ticket, exchange);

    for (const auto &[name, value] : exchange->request.headers) {
        if (hasLineBreak(name) || hasLineBreak(value) || name.contains(':')) {
            HttpExchangeEnd end;
            end.error = QNetworkReply::ProtocolInvalidOperationError;
            end.errorString = tr("the request header %1 contains a line break or a colon")
                                  .arg(QString::fromLatin1(name.left(40)));
            deliver(exchange, end, true);
            return exchange->ticket;
        }
    }
    dispatch(exchange);
    return exchange->ticket;
}

void HttpConnectionPool::dispatch(const std::shared_ptr<Exchange> &exchange, bool first)
{
    Origin &origin = m_origins[exchange->origin];
    while (!origin.idle.empty()) {
        Connection *c = origin.idle.back();
        origin.idle.pop_back();
        if (c->socket->state() == QAbstractSocket::ConnectedState) {
            assign(c, exchange);
            return;
        }
        drop(c);
    }
    const bool probing = exchange->request.mayUseHttp2 && !origin.protocolKnown;
    if (origin.open < (probing ? 1 : m_maxPerOrigin)) {
        assign(openConnection(exchange->origin, exchange->request), exchange);
        return;
    }
    if (first)
        origin.waiting.push_front(exchange);
    else
        origin.waiting.push_back(exchange);
}

HttpConnectionPool::Connection *HttpConnectionPool::openConnection(const QString &originKey,
                                                                   const Request &request)
{
    const QUrl &url = request.url;
    auto *c = new Connection;
    c->origin = originKey;
    c->tls = url.scheme() == QLatin1String("https");
    c->port = quint16(url.port(c->tls ? 443 : 80));
    c->peerName = url.host(QUrl::FullyEncoded);
    c->ignoreCertificateErrors = request.ignoreCertificateErrors;
    if (c->tls) {
        c->ssl = request.tls.value_or(QSslConfiguration::defaultConfiguration());
        // HTTP/1.1 is what this transport speaks; HTTP/2 only to learn that the server prefers it.
        if (request.mayUseHttp2)
            c->ssl.setAllowedNextProtocols({QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1")});
        else
            c->ssl.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    }
    c->timer = new QTimer(this);
    c->timer->setSingleShot(true);
    c->stagger = new QTimer(this);
    c->stagger->setSingleShot(true);
    ++m_origins[originKey].open;

    connect(c->timer, &QTimer::timeout, this, [this, c] {
        if (!c->exchange) {
            drop(c); // idle for long enough
            return;
        }
        onSocketEnded(c, QNetworkReply::TimeoutError, tr("timed out"), true);
    });
    connect(c->stagger, &QTimer::timeout, this, [this, c] { startNextAttempt(c); });

    const QString host = url.host(QUrl::FullyEncoded);
    QHostAddress literal;
    if (literal.setAddress(host)) {
        c->addresses = {literal};
        startNextAttempt(c);
        return c;
    }
    // The answer comes later, never inside this call: the caller assigns an exchange first.
    const std::weak_ptr<int> alive = c->alive;
    auto answered = [this, c, alive, host](const QList<QHostAddress> &addresses, const QString &why) {
        if (alive.expired())
            return;
        if (addresses.isEmpty()) {
            onSocketEnded(c, QNetworkReply::HostNotFoundError,
                          why.isEmpty() ? tr("Host %1 not found").arg(host) : why, false);
            return;
        }
        c->addresses = interleavedByFamily(addresses);
        startNextAttempt(c);
    };
    if (m_resolver) {
        QTimer::singleShot(0, this, [this, host, answered, alive] {
            if (!alive.expired())
                m_resolver(host, answered);
        });
    } else {
        QHostInfo::lookupHost(host, this, [answered](const QHostInfo &info) {
            answered(info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>(),
                     info.error() == QHostInfo::NoError ? QString() : info.errorString());
        });
    }
    return c;
}

QList<QHostAddress> HttpConnectionPool::interleavedByFamily(const QList<QHostAddress> &addresses)
{
    // RFC 8305: alternate the families, starting with the resolver's first choice.
    QList<QHostAddress> first;
    QList<QHostAddress> other;
    for (const QHostAddress &a : addresses)
        (a.protocol() == addresses.front().protocol() ? first : other).append(a);
    QList<QHostAddress> out;
    for (qsizetype i = 0; i < std::max(first.size(), other.size()); ++i) {
        if (i < first.size())
            out.append(first[i]);
        if (i < other.size())
            out.append(other[i]);
    }
    return out;
}

bool HttpConnectionPool::startNextAttempt(Connection *c)
{
    if (c->socket || c->next >= c->addresses.size())
        return false;
    const QHostAddress address = c->addresses[c->next++];
    QSslSocket *ssl = c->tls ? new QSslSocket(this) : nullptr;
    QTcpSocket *s = ssl ? ssl : new QTcpSocket(this);
    c->attempts.push_back(s);
    if (ssl) {
        connect(ssl, &QSslSocket::encrypted, this, [this, c, s] { onAttemptReady(c, s); });
        connect(ssl, &QSslSocket::sslErrors, this, [c, ssl](const QList<QSslError> &errors) {
            c->sslErrors = errors;
            c->peerChain = ssl->peerCertificateChain();
            if (c->ignoreCertificateErrors)
                ssl->ignoreSslErrors(); // allow-insecure-host: said so in the log by the caller
        });
    } else {
        connect(s, &QTcpSocket::connected, this, [this, c, s] { onAttemptReady(c, s); });
    }
    connect(s, &QTcpSocket::readyRead, this, [this, c, s] {
        if (s == c->socket)
            onReadyRead(c);
    });
    connect(s, &QTcpSocket::errorOccurred, this, [this, c, s](QAbstractSocket::SocketError e) {
        if (s == c->socket)
            onSocketEnded(c, fromSocketError(e), s->errorString(), false);
        else
            onAttemptFailed(c, s, fromSocketError(e), s->errorString());
    });
    // A close without an error report (Qt reports most as RemoteHostClosedError first).
    connect(s, &QTcpSocket::disconnected, this, [this, c, s] {
        if (s == c->socket)
            onSocketEnded(c, QNetworkReply::RemoteHostClosedError, tr("Connection closed"), false);
        else
            onAttemptFailed(c, s, QNetworkReply::RemoteHostClosedError, tr("Connection closed"));
    });
    if (ssl) {
        ssl->setSslConfiguration(c->ssl);
        // Connected by address, verified against the URL's host (also the name sent for SNI).
        ssl->connectToHostEncrypted(address.toString(), c->port, c->peerName);
    } else {
        s->connectToHost(address, c->port);
    }
    // Happy eyeballs: an address that has not answered in a while gets company from the next.
    if (c->next < c->addresses.size())
        c->stagger->start(attemptDelayMs);
    return true;
}

void HttpConnectionPool::onAttemptReady(Connection *c, QTcpSocket *winner)
{
    c->stagger->stop();
    for (QTcpSocket *s : c->attempts) {
        if (s != winner)
            discardSocket(s);
    }
    c->attempts.clear();
    c->socket = winner;
    c->connected = true;
    winner->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    Origin &origin = m_origins[c->origin];
    if (c->tls && !origin.protocolKnown) {
        origin.protocolKnown = true;
        origin.http2 = static_cast<QSslSocket *>(winner)->sslConfiguration().nextNegotiatedProtocol()
                       == "h2";
        if (origin.http2) {
            handOverToHttp2(c);
            return;
        }
        // HTTP/1.1 it is: the exchanges that waited for the answer get connections of their own.
        while (!origin.waiting.empty() && origin.open < m_maxPerOrigin) {
            std::shared_ptr<Exchange> next = origin.waiting.front();
            origin.waiting.pop_front();
            assign(openConnection(next->origin, next->request), next);
        }
    }
    if (c->exchange)
        send(c);
}

void HttpConnectionPool::onAttemptFailed(Connection *c, QTcpSocket *failed,
                                         QNetworkReply::NetworkError error, const QString &why)
{
    std::erase(c->attempts, failed);
    discardSocket(failed);
    // A certificate is not better at another address: the first verdict stands.
    if (error == QNetworkReply::SslHandshakeFailedError) {
        for (QTcpSocket *s : c->attempts)
            discardSocket(s);
        c->attempts.clear();
        onSocketEnded(c, error, why, false);
        return;
    }
    // The next address at once (RFC 8305), or the last error when none is left.
    if (startNextAttempt(c) || !c->attempts.empty())
        return;
    onSocketEnded(c, error, why, false);
}

void HttpConnectionPool::discardSocket(QTcpSocket *s)
{
    s->disconnect(this);
    s->abort();
    s->deleteLater();
}

void HttpConnectionPool::assign(Connection *c, const std::shared_ptr<Exchange> &exchange)
{
    c->exchange = exchange;
    exchange->connection = c;
    c->buffer.clear();
    c->scanned = 0;
    c->stage = Stage::Head;
    c->remaining = 0;
    c->responseBegan = false;
    c->keepAlive = true;
    c->inflater.reset();
    c->decoded = 0;
    c->end = HttpExchangeEnd();
    if (c->connected)
        send(c);
    else
        c->timer->start(exchange->request.connectTimeoutMs);
}

void HttpConnectionPool::send(Connection *c)
{
    const Request &request = c->exchange->request;
    const QUrl &url = request.url;
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority
                                      | QUrl::RemoveFragment);
    if (target.isEmpty() || target.front() != '/')
        target.prepend('/');
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1 && url.port() != (url.scheme() == QLatin1String("https") ? 443 : 80))
        host += ':' + QByteArray::number(url.port());

    QByteArray head;
    head.reserve(256);
    head += "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[name, value] : request.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    c->socket->write(head);
    c->timer->start(request.readTimeoutMs);
}

void HttpConnectionPool::onReadyRead(Connection *c)
{
    if (!c->exchange) {
        // Bytes on an idle connection: nothing was asked, so nothing said now can be trusted.
        drop(c);
        return;
    }
    c->buffer += c->socket->readAll();
    c->timer->start(c->exchange->request.readTimeoutMs);
    parse(c);
}

bool HttpConnectionPool::parse(Connection *c)
{
    auto protocolError = [this, c](const QString &why) {
        c->keepAlive = false;
        finishExchange(c, QNetworkReply::ProtocolFailure, why);
        return false;
    };
    auto passOn = [this, c, &protocolError](QByteArrayView bytes) {
        if (bytes.isEmpty())
            return true;
        auto give = [this, c](QByteArrayView piece) {
            if (c->exchange->onData(c->end.status, piece))
                return true;
            c->keepAlive = false;
            finishExchange(c, QNetworkReply::OperationCanceledError, tr("cancelled"));
            return false;
        };
        if (!c->inflater)
            return give(bytes);
        z_stream *z = c->inflater.get();
        z->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
        z->avail_in = uInt(bytes.size());
        char out[64 * 1024];
        for (;;) {
            z->next_out = reinterpret_cast<Bytef *>(out);
            z->avail_out = sizeof out;
            const int rc = inflate(z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return protocolError(tr("the gzip body is damaged (%1)")
                                         .arg(QString::fromLatin1(z->msg ? z->msg : "zlib")));
            const qsizetype produced = qsizetype(sizeof out - z->avail_out);
            c->decoded += produced;
            if (c->decoded > maxDecodedBytes)
                return protocolError(tr("the gzip body decodes to more than %1 bytes")
                                         .arg(maxDecodedBytes));
            if (produced > 0 && !give(QByteArrayView(out, produced)))
                return false;
            if (rc == Z_STREAM_END) {
                if (z->avail_in > 0)
                    return protocolError(tr("bytes follow the end of the gzip body"));
                break;
            }
            // All input taken and nothing held back (the output had room), or no way forward.
            if ((z->avail_in == 0 && z->avail_out != 0) || (rc == Z_BUF_ERROR && produced == 0))
                break;
        }
        return true;
    };
    qsizetype at = 0;
    const auto consumeTo = [c, &at] {
        c->buffer.remove(0, at);
        at = 0;
    };
    // Passes on what the buffer holds of the `remaining` bytes of a body or chunk.
    enum class Taken { Stopped, Some, All };
    const auto takeRemaining = [c, &at, &passOn, &consumeTo] {
        const qint64 take = std::min<qint64>(c->remaining, c->buffer.size() - at);
        if (!passOn(QByteArrayView(c->buffer.constData() + at, take)))
            return Taken::Stopped; // the exchange ended inside
        at += take;
        c->remaining -= take;
        if (c->remaining > 0) {
            consumeTo();
            return Taken::Some; // more to come
        }
        return Taken::All;
    };

    for (;;) {
        switch (c->stage) {
        case Stage::Head: {
            const qsizetype from = std::max<qsizetype>(at, c->scanned - 3);
            const qsizetype headEnd = c->buffer.indexOf("\r\n\r\n", from);
            if (headEnd < 0) {
                if (c->buffer.size() - at > maxHeadBytes)
                    return protocolError(tr("the response head is longer than %1 bytes")
                                             .arg(maxHeadBytes));
                consumeTo();
                c->scanned = c->buffer.size();
                return true;
            }
            c->responseBegan = true;
            const QByteArrayView headText(c->buffer.constData() + at, headEnd - at);
            at = headEnd + 4;
            c->scanned = 0;

            qsizetype lineEnd = headText.indexOf("\r\n");
            const QByteArrayView statusLine = lineEnd < 0 ? headText : headText.first(lineEnd);
            // "HTTP/1.x SSS reason"
            if (statusLine.size() < 12 || !statusLine.startsWith("HTTP/1.")
                || statusLine[8] != ' ' || !std::isdigit(uchar(statusLine[9]))
                || !std::isdigit(uchar(statusLine[10])) || !std::isdigit(uchar(statusLine[11])))
                return protocolError(tr("the server did not answer with HTTP/1.x (it sent \"%1\")")
                                         .arg(QString::fromLatin1(statusLine.first(
                                                  std::min<qsizetype>(statusLine.size(), 40)))));
            const int status = (statusLine[9] - '0') * 100 + (statusLine[10] - '0') * 10
                               + (statusLine[11] - '0');
            const bool http10 = statusLine[7] == '0';
            HttpExchangeEnd end;
            end.status = status;
            bool chunked = false;
            bool hasTransferEncoding = false;
            bool closeAsked = false;
            bool keepAliveAsked = false;
            bool gzip = false;
            qint64 length = -1;
            while (lineEnd >= 0) {
                const qsizetype begin = lineEnd + 2;
                lineEnd = headText.indexOf("\r\n", begin);
                const QByteArrayView line = headText.sliced(
                    begin, (lineEnd < 0 ? headText.size() : lineEnd) - begin);
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                QByteArray name = line.first(colon).trimmed().toByteArray();
                QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
                if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
                    bool ok = false;
                    const qint64 n = value.toLongLong(&ok);
                    if (!ok || n < 0 || (length >= 0 && length != n))
                        return protocolError(tr("the response has an invalid Content-Length (%1)")
                                                 .arg(QString::fromLatin1(value.left(40))));
                    length = n;
                } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
                    hasTransferEncoding = true;
                    chunked = lastToken(value) == "chunked";
                } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
                    const QByteArray v = value.toLower();
                    closeAsked = closeAsked || v.contains("close");
                    keepAliveAsked = keepAliveAsked || v.contains("keep-alive");
                } else if (name.compare("content-encoding", Qt::CaseInsensitive) == 0) {
                    const QByteArray v = value.toLower();
                    gzip = (v == "gzip" || v == "x-gzip") && c->exchange->request.decodeGzip;
                    if (!v.isEmpty() && v != "identity" && !gzip)
                        return protocolError(
                            tr("the server sent a body encoded as \"%1\", which was not asked for")
                                .arg(QString::fromLatin1(value.left(40))));
                }
                end.headers.append(qMakePair(std::move(name), std::move(value)));
            }
            if (status >= 100 && status < 200) {
                continue; // an interim answer (100 Continue, 103 Early Hints): the real one follows
            }
            c->end = std::move(end);
            c->keepAlive = !closeAsked && (!http10 || keepAliveAsked);
            if (gzip && status != 204 && status != 304) {
                c->inflater.reset(new z_stream{});
                if (inflateInit2(c->inflater.get(), 16 + MAX_WBITS) != Z_OK) {
                    c->inflater.release(); // nothing to end: init failed
                    return protocolError(tr("cannot start decoding gzip"));
                }
            }
            if (status == 204 || status == 304) {
                c->stage = Stage::Fixed;
                c->remaining = 0;
            } else if (chunked) {
                c->stage = Stage::ChunkSize;
            } else if (hasTransferEncoding || length < 0) {
                c->stage = Stage::UntilClose;
                c->keepAlive = false;
            } else {
                c->stage = Stage::Fixed;
                c->remaining = length;
                // The length on the wire; a decoded body's length is known only at its end.
                c->end.contentLength = c->inflater ? -1 : length;
            }
            break;
        }
        case Stage::Fixed: {
            if (const Taken taken = takeRemaining(); taken != Taken::All)
                return taken == Taken::Some;
            if (at != c->buffer.size())
                c->keepAlive = false; // more than was announced: the connection is not reused
            c->buffer.clear();
            finishExchange(c, QNetworkReply::NoError, QString());
            return false;
        }
        case Stage::ChunkSize: {
            const qsizetype lineEnd = c->buffer.indexOf("\r\n", at);
            if (lineEnd < 0) {
                if (c->buffer.size() - at > 1024)
                    return protocolError(tr("a chunk size line is longer than 1024 bytes"));
                consumeTo();
                return true;
            }
            QByteArrayView sizeText(c->buffer.constData() + at, lineEnd - at);
            const qsizetype semicolon = sizeText.indexOf(';');
            if (semicolon >= 0)
                sizeText = sizeText.first(semicolon);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return protocolError(tr("a chunk size is not a hexadecimal number"));
            at = lineEnd + 2;
            c->remaining = size;
            c->stage = size == 0 ? Stage::Trailers : Stage::ChunkData;
            break;
        }
        case Stage::ChunkData: {
            if (const Taken taken = takeRemaining(); taken != Taken::All)
                return taken == Taken::Some;
            c->stage = Stage::ChunkEnd;
            break;
        }
        case Stage::ChunkEnd:
            if (c->buffer.size() - at < 2) {
                consumeTo();
                return true;
            }
            if (c->buffer[at] != '\r' || c->buffer[at + 1] != '\n')
                return protocolError(tr("a chunk does not end where its size said"));
            at += 2;
            c->stage = Stage::ChunkSize;
            break;
        case Stage::Trailers: {
            const qsizetype lineEnd = c->buffer.indexOf("\r\n", at);
            if (lineEnd < 0) {
                if (c->buffer.size() - at > maxHeadBytes)
                    return protocolError(tr("the trailers are longer than %1 bytes").arg(maxHeadBytes));
                consumeTo();
                return true;
            }
            const bool last = lineEnd == at;
            at = lineEnd + 2;
            if (!last)
                break;
            if (at != c->buffer.size())
                c->keepAlive = false;
            c->buffer.clear();
            finishExchange(c, QNetworkReply::NoError, QString());
            return false;
        }
        case Stage::UntilClose: {
            const bool ok = passOn(QByteArrayView(c->buffer.constData() + at, c->buffer.size() - at));
            c->buffer.clear();
            return ok;
        }
        }
    }
}

void HttpConnectionPool::onSocketEnded(Connection *c, QNetworkReply::NetworkError error,
                                       const QString &why, bool timedOut)
{
    if (!c->exchange) {
        drop(c);
        return;
    }
    if (error == QNetworkReply::RemoteHostClosedError) {
        // What is still buffered belongs to the response.
        if (c->socket)
            c->buffer += c->socket->readAll();
        if (!c->buffer.isEmpty() && !parse(c))
            return;
        if (c->stage == Stage::UntilClose) {
            c->keepAlive = false;
            finishExchange(c, QNetworkReply::NoError, QString());
            return;
        }
    }
    const std::shared_ptr<Exchange> exchange = c->exchange;
    if (!c->responseBegan && c->served > 0 && !exchange->resent && !timedOut) {
        // The server closed a kept-alive connection as the request went out: send it again on a
        // new connection, once, before anyone has seen a byte of an answer.
        exchange->resent = true;
        c->exchange.reset();
        exchange->connection = nullptr;
        drop(c);
        dispatch(exchange, true);
        return;
    }
    c->keepAlive = false;
    finishExchange(c, error, why, timedOut);
}

void HttpConnectionPool::finishExchange(Connection *c, QNetworkReply::NetworkError error,
                                        QString why, bool timedOut)
{
    const std::shared_ptr<Exchange> exchange = c->exchange;
    if (error == QNetworkReply::NoError && c->inflater && c->inflater->avail_in == 0
        && c->end.status != 0) {
        // The body ended where the server said; the gzip stream must have ended there too.
        z_stream *z = c->inflater.get();
        char sink[16];
        z->next_in = nullptr;
        z->avail_in = 0;
        z->next_out = reinterpret_cast<Bytef *>(sink);
        z->avail_out = sizeof sink;
        const bool ended = z->total_in > 0 && inflate(z, Z_FINISH) == Z_STREAM_END;
        if (!ended) {
            error = QNetworkReply::ProtocolFailure;
            why = tr("the gzip body is cut short");
            c->keepAlive = false;
        }
    }
    c->inflater.reset();
    HttpExchangeEnd end = std::move(c->end);
    end.error = error;
    end.errorString = why;
    end.timedOut = timedOut;
    end.sslErrors = c->sslErrors;
    end.peerChain = c->peerChain;
    c->exchange.reset();
    exchange->connection = nullptr;
    ++c->served;
    if (error == QNetworkReply::NoError && c->keepAlive)
        release(c);
    else
        drop(c);
    deliver(exchange, end, false);
}

void HttpConnectionPool::handOverToHttp2(Connection *c)
{
    // Nothing was sent on this connection: its exchange, and every one waiting for this origin,
    // goes back to the caller to be asked over HTTP/2.
    Origin &origin = m_origins[c->origin];
    std::vector<std::shared_ptr<Exchange>> back(origin.waiting.begin(), origin.waiting.end());
    origin.waiting.clear();
    if (c->exchange) {
        back.insert(back.begin(), c->exchange);
        c->exchange->connection = nullptr;
        c->exchange.reset();
    }
    drop(c);
    HttpExchangeEnd end;
    end.useHttp2 = true;
    for (const auto &exchange : back)
        deliver(exchange, end, true);
}

void HttpConnectionPool::release(Connection *c)
{
    Origin &origin = m_origins[c->origin];
    if (!origin.waiting.empty()) {
        std::shared_ptr<Exchange> next = origin.waiting.front();
        origin.waiting.pop_front();
        assign(c, next);
        return;
    }
    c->timer->start(idleCloseMs);
    origin.idle.push_back(c);
}

void HttpConnectionPool::drop(Connection *c)
{
    Origin &origin = m_origins[c->origin];
    std::erase(origin.idle, c);
    --origin.open;
    for (QTimer *timer : {c->timer, c->stagger}) {
        timer->disconnect(this);
        timer->stop();
        timer->deleteLater();
    }
    for (QTcpSocket *s : c->attempts)
        discardSocket(s);
    if (c->socket)
        discardSocket(c->socket);
    delete c;
    // A place for a waiting exchange.
    if (!origin.waiting.empty() && origin.open < m_maxPerOrigin) {
        std::shared_ptr<Exchange> next = origin.waiting.front();
        origin.waiting.pop_front();
        assign(openConnection(next->origin, next->request), next);
    }
}

void HttpConnectionPool::abort(Ticket ticket)
{
    const std::shared_ptr<Exchange> exchange = m_exchanges.value(ticket);
    if (!exchange)
        return;
    if (Connection *c = exchange->connection) {
        c->exchange.reset();
        exchange->connection = nullptr;
        drop(c);
    } else {
        std::erase(m_origins[exchange->origin].waiting, exchange);
    }
    HttpExchangeEnd end;
    end.error = QNetworkReply::OperationCanceledError;
    end.errorString = tr("cancelled");
    deliver(exchange, end, true);
}

void HttpConnectionPool::deliver(const std::shared_ptr<Exchange> &exchange,
                                 const HttpExchangeEnd &end, bool queued)
{
    if (!m_exchanges.remove(exchange->ticket))
        return;
    if (queued) {
        QTimer::singleShot(0, this, [exchange, end] { exchange->onDone(end); });
        return;
    }
    exchange->onDone(end);
}

} // namespace Envdesk::Core
