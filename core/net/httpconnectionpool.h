#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QTcpSocket;
class QTimer;

namespace Envdesk::Core {

/**
 * How one attempt of one request ended on the wire, whichever transport carried it: the status
 * and head when a response began (status 0 when none did), and the transport's error, in Qt's
 * vocabulary so that HttpClient decides retries and messages the same way for both transports.
 */
struct HttpExchangeEnd
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = -1; ///< as announced; -1 for chunked or unknown
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false; ///< no connection or no progress within the time allowed
    QList<QSslError> sslErrors;         ///< what certificate verification found (HTTPS)
    QList<QSslCertificate> peerChain;   ///< the chain the server showed, for messages
    /// The certificate named the host only in its common name (no subjectAltName): obsolete.
    bool certificateByCommonName = false;
    bool useHttp2 = false; ///< nothing was sent: the origin speaks HTTP/2, ask it through Qt's
};

/**
 * GET over HTTP/1.1, plain or over TLS, with persistent connections: kept-alive sockets per
 * origin (and TLS profile), each read into its own buffer in whatever pieces the kernel has.
 *
 * It exists because Qt 6.4's HTTP stack is CPU-bound on many small responses: over plain HTTP it
 * reads the status line and every header one byte per read() system call (docs/workarounds.md),
 * and over HTTPS its hand-offs to its HTTP thread cost more than the requests (a cold index fetch
 * took 4 s of CPU where curl takes 1). HttpClient sends direct requests here; requests through a
 * proxy stay with QNetworkAccessManager. Retries, redirects, credentials and timeout policy stay
 * in HttpClient.
 *
 * Responses are read by HttpResponseParser: Content-Length, chunked, or delimited by the server
 * closing; 1xx heads passed over; no body after 204 and 304. A gzip body is decoded when the
 * request allows it (pages; never a download, whose size and hash are of the bytes on the index);
 * any other encoding is refused with a message, never handed on as if it were the document.
 * A request sent on a kept-alive connection that the server had closed meanwhile is sent once
 * more on a new connection before any byte of a response arrived (GET is idempotent).
 *
 * Connecting: a host name's addresses are tried in turn, alternating IPv6 and IPv4, the next one
 * joining the race after 250 ms without an answer or at once after a failure, the first connected
 * winning (RFC 8305, as Qt's own HTTP does between the two families): an address that swallows
 * packets costs a quarter of a second, not the connect timeout.
 *
 * Threading: belongs to the thread it lives in; handlers run in that thread.
 */
class HttpConnectionPool : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl url;                                     ///< http://host[:port]/path?query
        QList<QPair<QByteArray, QByteArray>> headers; ///< sent as they are, after Host
        int connectTimeoutMs = 10000; ///< until the connection is ready, TLS handshake included
        int readTimeoutMs = 30000;    ///< without any progress
        /// https: the TLS configuration; connections are shared only by requests of one poolKey.
        std::optional<QSslConfiguration> tls;
        QString poolKey;
        bool ignoreCertificateErrors = false; ///< allow-insecure-host; the errors are still reported
        bool decodeGzip = false; ///< the request said Accept-Encoding: gzip
        /// https: offer HTTP/2 too (ALPN); a server that picks it is left to a transport that
        /// speaks it: the exchange ends with `useHttp2`, and so does every later one for it.
        bool mayUseHttp2 = false;
    };
    /// Body bytes as they arrive, after the head; return false to abandon the exchange.
    using DataHandler = std::function<bool(int status, QByteArrayView chunk)>;
    /// Called exactly once per started exchange, in this object's thread.
    using DoneHandler = std::function<void(const HttpExchangeEnd &)>;
    using Ticket = quint64;

    explicit HttpConnectionPool(int maxConnectionsPerOrigin, QObject *parent = nullptr);
    ~HttpConnectionPool() override;

    Ticket start(Request request, DataHandler onData, DoneHandler onDone);
    /** Abandons an exchange: its connection is closed and `onDone` is called soon after with
     *  OperationCanceledError, never from inside this call. */
    void abort(Ticket ticket);

    int openConnections() const;

    /// Looks up a host name and answers once, later (never inside the call): the addresses, or
    /// none and why. QHostInfo unless set; tests give their own answers.
    using Resolver = std::function<void(
        const QString &host, std::function<void(const QList<QHostAddress> &, const QString &)>)>;
    void setResolver(Resolver resolver) { m_resolver = std::move(resolver); }
    /** Whether the origin of `request` chose HTTP/2 when this pool offered it. */
    bool speaksHttp2(const Request &request) const;

private:
    struct Exchange;
    struct Connection;
    struct Origin
    {
        std::vector<Connection *> idle; ///< most recently used last
        int open = 0;
        std::deque<std::shared_ptr<Exchange>> waiting;
        /// An HTTPS origin offered HTTP/2 opens one connection until it has answered which
        /// protocol it speaks, so that an HTTP/2 server costs one handshake, not fifty.
        bool protocolKnown = false;
        bool http2 = false;
    };
    static QString originKey(const Request &request);

    void dispatch(const std::shared_ptr<Exchange> &exchange, bool first = false);
    Connection *openConnection(const QString &originKey, const Request &request);
    void assign(Connection *connection, const std::shared_ptr<Exchange> &exchange);
    void send(Connection *connection);
    void onReadyRead(Connection *connection);
    void onSocketEnded(Connection *connection, QNetworkReply::NetworkError error,
                       const QString &why, bool timedOut);
    /// Parses what the buffer holds; false when the connection was given up inside.
    bool parse(Connection *connection);
    void finishExchange(Connection *connection, QNetworkReply::NetworkError error, QString why,
                        bool timedOut = false);
    bool startNextAttempt(Connection *connection);
    void onAttemptReady(Connection *connection, QTcpSocket *winner);
    void onAttemptFailed(Connection *connection, QTcpSocket *failed,
                         QNetworkReply::NetworkError error, const QString &why);
    void discardSocket(QTcpSocket *socket);
    static QList<QHostAddress> interleavedByFamily(const QList<QHostAddress> &addresses);
    void release(Connection *connection);
    void handOverToHttp2(Connection *connection);
    void drop(Connection *connection);
    void deliver(const std::shared_ptr<Exchange> &exchange, const HttpExchangeEnd &end,
                 bool queued);

    int m_maxPerOrigin;
    Ticket m_nextTicket = 1;
    std::unordered_map<QString, Origin> m_origins;
    QHash<Ticket, std::shared_ptr<Exchange>> m_exchanges;
    Resolver m_resolver;
};

} // namespace Envdesk::Core
