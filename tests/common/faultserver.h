#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for fault injection: each request is answered by a handler
// the test gives, which can send any bytes, stall, reset or close early. Records every request.

#include <QHostAddress>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>

namespace TestSupport {

struct FaultRequest
{
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; ///< lower-case names
    int hit = 0;                          ///< 1 for the first request to this path
    int connection = 0;                   ///< 1 for the first connection accepted, and so on
};

struct FaultAction
{
    enum class After { Close, Stall, Reset };
    QByteArray bytes;     ///< sent as they are
    After after = After::Close;
    int delayMs = 0;      ///< before sending
    std::function<void()> onSent = {}; ///< called once the bytes are written
    int pieceBytes = 0;   ///< when > 0, the bytes go out in pieces this long, a millisecond apart

    static QByteArray response(int status, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {},
                               qint64 contentLength = -1)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        for (const auto &[k, v] : headers)
            out += k + ": " + v + "\r\n";
        out += "Content-Length: " + QByteArray::number(contentLength >= 0 ? contentLength : body.size()) + "\r\n";
        out += "Connection: close\r\n\r\n";
        return out + body;
    }
    /// A response that leaves the connection open for the next request.
    static FaultAction keepAlive(const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QByteArray out = "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const auto &[k, v] : headers)
            out += k + ": " + v + "\r\n";
        return {out + "\r\n" + body, After::Stall, 0};
    }
    static FaultAction ok(const QByteArray &body, const QByteArray &type = "text/plain")
    {
        return {response(200, body, {{"Content-Type", type}}), After::Close, 0};
    }
    static FaultAction status(int code, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return {response(code, "status " + QByteArray::number(code), headers), After::Close, 0};
    }
};

class FaultServer : public QObject
{
public:
    using Handler = std::function<FaultAction(const FaultRequest &)>;

    explicit FaultServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }
    const QList<FaultRequest> &requests() const { return m_requests; }
    int connections() const { return m_connections; }
    int hits(const QByteArray &path) const { return m_hits.value(path); }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        const int connection = ++m_connections;
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, connection] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->clear();
            FaultRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers[lines[i].left(colon).trimmed().toLower()] = lines[i].mid(colon + 1).trimmed();
            }
            request.hit = ++m_hits[request.path];
            request.connection = connection;
            m_requests.append(request);
            const FaultAction action = m_handler(request);
            QPointer<QTcpSocket> guard(socket);
            auto finish = [guard, action] {
                if (!guard)
                    return;
                guard->flush();
                if (action.onSent)
                    action.onSent();
                switch (action.after) {
                case FaultAction::After::Close:
                    guard->disconnectFromHost();
                    break;
                case FaultAction::After::Reset:
                    guard->abort();
                    break;
                case FaultAction::After::Stall:
                    break; // keep the connection open and say nothing more
                }
            };
            auto send = [this, guard, action, finish] {
                if (!guard)
                    return;
                if (action.pieceBytes <= 0) {
                    guard->write(action.bytes);
                    finish();
                    return;
                }
                // One piece per millisecond, each flushed, so the client reads them apart.
                auto offset = std::make_shared<qsizetype>(0);
                auto timer = new QTimer(this);
                timer->setInterval(1);
                QObject::connect(timer, &QTimer::timeout, this, [guard, action, finish, offset, timer] {
                    if (!guard || *offset >= action.bytes.size()) {
                        timer->deleteLater();
                        timer->stop();
                        finish();
                        return;
                    }
                    guard->write(action.bytes.mid(*offset, action.pieceBytes));
                    guard->flush();
                    *offset += action.pieceBytes;
                });
                timer->start();
            };
            if (action.delayMs > 0)
                QTimer::singleShot(action.delayMs, this, send);
            else
                send();
        });
    }

    Handler m_handler;
    QTcpServer m_server;
    QList<FaultRequest> m_requests;
    QMap<QByteArray, int> m_hits;
    int m_connections = 0;
};

} // namespace TestSupport
