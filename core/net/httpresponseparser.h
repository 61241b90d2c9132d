#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

struct z_stream_s;

namespace Envdesk::Core {

/**
 * Reads one HTTP/1.1 response from bytes given in whatever pieces they arrive, without a socket:
 * the head (1xx heads passed over), then the body as Content-Length, chunked (extensions and
 * trailers) or delimited by the close says, gzip-decoded when asked. HttpConnectionPool feeds it
 * from a connection; fuzz_http feeds it bytes cut at random places and checks that the pieces
 * never change the answer.
 *
 * Refused, with a message: another protocol, a head or trailers over 64 KiB, two different
 * Content-Lengths, chunk framing that does not hold, an encoding other than identity (or gzip when
 * asked), a damaged or cut gzip stream, bytes after its end, more than 1 GiB decoded.
 *
 * Usage: append(), then next() until it says More; Body pieces stay valid until the next call.
 */
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    enum class Step {
        More,   ///< everything given is read; append more
        Head,   ///< status(), headers() and contentLength() are known
        Body,   ///< body() holds the next piece of the body (decoded)
        End,    ///< the response is complete; keepAlive() says whether the connection may serve another
        Failed, ///< not HTTP as it should be: error() says what
    };

    explicit HttpResponseParser(bool decodeGzip = false);
    ~HttpResponseParser();
    HttpResponseParser(const HttpResponseParser &) = delete;
    HttpResponseParser &operator=(const HttpResponseParser &) = delete;

    /** Forgets everything, for the next response on a connection. */
    void reset(bool decodeGzip);
    void append(QByteArrayView bytes);
    Step next();
    /** The connection closed: End when the body was delimited by the close (or the response was
     *  complete), Failed when a gzip stream was cut there, More when the response was cut short. */
    Step closed();

    bool hasHead() const { return m_status != 0; }
    int status() const { return m_status; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    /// As announced on the wire; -1 for chunked, delimited by the close, or decoded bodies.
    qint64 contentLength() const { return m_contentLength; }
    QByteArrayView body() const { return m_body; }
    bool keepAlive() const { return m_keepAlive; }
    const QString &error() const { return m_error; }

private:
    enum class Stage { Head, Fixed, ChunkSize, ChunkData, ChunkEnd, Trailers, UntilClose, Done, Failed };
    Step fail(const QString &why);
    Step readHead(qsizetype headEnd);
    Step end();
    /// One round of decoding; true with a Body or Failed step in `step`, false when input ran out.
    bool inflateStep(Step &step);

    bool m_decodeGzip = false;
    QByteArray m_buffer;
    qsizetype m_at = 0;      ///< bytes of m_buffer already read
    qsizetype m_scanned = 0; ///< how far the head's end was looked for
    Stage m_stage = Stage::Head;
    qint64 m_remaining = 0;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_contentLength = -1;
    bool m_keepAlive = true;
    QString m_error;
    QByteArrayView m_body;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater; ///< while a gzip body is read
};

} // namespace Envdesk::Core
