#include "httpconnectionpool.h"
#include "hostnamecheck.h"
#include "httpresponseparser.h"

#include <QHostInfo>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace Envdesk::Core {

namespace {

constexpr int idleCloseMs = 60000;
/// RFC 8305's recommended delay before the next address joins the race.
constexpr int attemptDelayMs = 250;
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
    bool byCommonName = false; ///< the certificate named the host only in its common name
    QTimer *timer = nullptr; ///< connect, then read inactivity, then idle close
    std::shared_ptr<Exchange> exchange;
    bool connected = false;
    int served = 0;
    HttpResponseParser parser; ///< the response being read
    bool keepAlive = true;
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
            // Named here: the resolver's own words ("Host not found") do not say which host.
            Q_UNUSED(why)
            onSocketEnded(c, QNetworkReply::HostNotFoundError, tr("Host %1 not found").arg(host),
                          false);
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
            // Qt's host name verdict is replaced by envdesk's (hostnamecheck.h).
            c->sslErrors = HostNameCheck::replaceQtVerdict(errors, ssl->peerCertificate(), c->peerName);
            c->peerChain = ssl->peerCertificateChain();
            if (c->ignoreCertificateErrors || c->sslErrors.isEmpty())
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
    if (c->tls) {
        // Before a byte is sent: a certificate Qt accepted may still not name this host (Qt also
        // reads the common name when subjectAltName names other hosts).
        auto *ssl = static_cast<QSslSocket *>(winner);
        const HostNameCheck check = HostNameCheck::of(ssl->peerCertificate(), c->peerName);
        if (!check.matches && !c->ignoreCertificateErrors) {
            c->sslErrors = {QSslError(QSslError::HostNameMismatch, ssl->peerCertificate())};
            c->peerChain = ssl->peerCertificateChain();
            onAttemptFailed(c, winner, QNetworkReply::SslHandshakeFailedError,
                            QSslError(QSslError::HostNameMismatch).errorString());
            return;
        }
        c->byCommonName = check.byCommonName;
    }
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
    c->parser.reset(exchange->request.decodeGzip);
    c->keepAlive = true;
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
    c->parser.append(c->socket->readAll());
    c->timer->start(c->exchange->request.readTimeoutMs);
    parse(c);
}

bool HttpConnectionPool::parse(Connection *c)
{
    for (;;) {
        switch (c->parser.next()) {
        case HttpResponseParser::Step::More:
            return true;
        case HttpResponseParser::Step::Head:
            c->end.status = c->parser.status();
            c->end.headers = c->parser.headers();
            c->end.contentLength = c->parser.contentLength();
            break;
        case HttpResponseParser::Step::Body:
            if (!c->exchange->onData(c->end.status, c->parser.body())) {
                c->keepAlive = false;
                finishExchange(c, QNetworkReply::OperationCanceledError, tr("cancelled"));
                return false;
            }
            break;
        case HttpResponseParser::Step::End:
            c->keepAlive = c->parser.keepAlive();
            finishExchange(c, QNetworkReply::NoError, QString());
            return false;
        case HttpResponseParser::Step::Failed:
            c->keepAlive = false;
            finishExchange(c, QNetworkReply::ProtocolFailure, c->parser.error());
            return false;
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
            c->parser.append(c->socket->readAll());
        if (!parse(c))
            return;
        switch (c->parser.closed()) {
        case HttpResponseParser::Step::End:
            c->keepAlive = false;
            finishExchange(c, QNetworkReply::NoError, QString());
            return;
        case HttpResponseParser::Step::Failed:
            c->keepAlive = false;
            finishExchange(c, QNetworkReply::ProtocolFailure, c->parser.error());
            return;
        default:
            break; // cut short: the error below
        }
    }
    const std::shared_ptr<Exchange> exchange = c->exchange;
    if (!c->parser.hasHead() && c->served > 0 && !exchange->resent && !timedOut) {
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
    HttpExchangeEnd end = std::move(c->end);
    end.error = error;
    end.errorString = why;
    end.timedOut = timedOut;
    end.sslErrors = c->sslErrors;
    end.peerChain = c->peerChain;
    end.certificateByCommonName = c->byCommonName;
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
