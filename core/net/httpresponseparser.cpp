#include "httpresponseparser.h"

#include <cctype>

#include <zlib.h>

namespace Envdesk::Core {

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;
constexpr qsizetype maxChunkLineBytes = 1024;
/// A decoded body larger than this is refused: a compressed body can claim any size.
constexpr qint64 maxDecodedBytes = qint64(1) << 30;
constexpr qsizetype decodeBufferBytes = 64 * 1024;

/// The last token of a comma-separated header value, lower-case.
QByteArray lastToken(const QByteArray &value)
{
    const qsizetype comma = value.lastIndexOf(',');
    return value.mid(comma + 1).trimmed().toLower();
}

} // namespace

struct HttpResponseParser::Inflater
{
    z_stream z{};
    bool started = false;
    bool busy = false;  ///< input handed to zlib not all taken, or output held back
    bool ended = false; ///< the gzip stream's end was read
    qint64 decoded = 0;
    QByteArray out = QByteArray(decodeBufferBytes, Qt::Uninitialized);
    ~Inflater()
    {
        if (started)
            inflateEnd(&z);
    }
};

HttpResponseParser::HttpResponseParser(bool decodeGzip)
{
    reset(decodeGzip);
}

HttpResponseParser::~HttpResponseParser() = default;

void HttpResponseParser::reset(bool decodeGzip)
{
    m_decodeGzip = decodeGzip;
    m_buffer.clear();
    m_at = 0;
    m_scanned = 0;
    m_stage = Stage::Head;
    m_remaining = 0;
    m_status = 0;
    m_headers.clear();
    m_contentLength = -1;
    m_keepAlive = true;
    m_error.clear();
    m_body = {};
    m_inflater.reset();
}

void HttpResponseParser::append(QByteArrayView bytes)
{
    // What was read goes now, never while a piece handed out (or zlib's input) points into it.
    if (m_at > 0 && !(m_inflater && m_inflater->busy)) {
        m_buffer.remove(0, m_at);
        m_scanned = std::max<qsizetype>(0, m_scanned - m_at);
        m_at = 0;
    }
    m_buffer.append(bytes);
}

HttpResponseParser::Step HttpResponseParser::fail(const QString &why)
{
    m_stage = Stage::Failed;
    m_keepAlive = false;
    m_error = why;
    return Step::Failed;
}

HttpResponseParser::Step HttpResponseParser::end()
{
    if (m_inflater && !m_inflater->ended)
        return fail(tr("the gzip body is cut short"));
    if (m_at != m_buffer.size())
        m_keepAlive = false; // more than was announced: the connection is not reused
    m_stage = Stage::Done;
    return Step::End;
}

HttpResponseParser::Step HttpResponseParser::closed()
{
    switch (m_stage) {
    case Stage::UntilClose:
        m_keepAlive = false;
        return end();
    case Stage::Done:
        return Step::End;
    case Stage::Failed:
        return Step::Failed;
    default:
        return Step::More;
    }
}

bool HttpResponseParser::inflateStep(Step &step)
{
    Inflater &in = *m_inflater;
    z_stream &z = in.z;
    z.next_out = reinterpret_cast<Bytef *>(in.out.data());
    z.avail_out = uInt(in.out.size());
    const uInt before = z.avail_in;
    const int rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
        step = fail(tr("the gzip body is damaged (%1)").arg(QString::fromLatin1(z.msg ? z.msg : "zlib")));
        return true;
    }
    const qsizetype produced = in.out.size() - qsizetype(z.avail_out);
    in.decoded += produced;
    if (in.decoded > maxDecodedBytes) {
        step = fail(tr("the gzip body decodes to more than %1 bytes").arg(maxDecodedBytes));
        return true;
    }
    if (rc == Z_STREAM_END) {
        in.ended = true;
        in.busy = false;
        if (z.avail_in > 0) {
            step = fail(tr("bytes follow the end of the gzip body"));
            return true;
        }
    } else if ((z.avail_in == 0 && z.avail_out != 0) || (rc == Z_BUF_ERROR && produced == 0)) {
        in.busy = false; // all input taken and nothing held back, or no way forward
    }
    if (produced == 0 && in.busy && z.avail_in == before) {
        step = fail(tr("the gzip body is damaged (%1)").arg(QStringLiteral("no progress")));
        return true;
    }
    if (produced == 0)
        return false;
    m_body = QByteArrayView(in.out.constData(), produced);
    step = Step::Body;
    return true;
}

HttpResponseParser::Step HttpResponseParser::readHead(qsizetype headEnd)
{
    const QByteArrayView headText(m_buffer.constData() + m_at, headEnd - m_at);
    m_at = headEnd + 4;
    m_scanned = m_at;

    qsizetype lineEnd = headText.indexOf("\r\n");
    const QByteArrayView statusLine = lineEnd < 0 ? headText : headText.first(lineEnd);
    // "HTTP/1.x SSS reason"
    if (statusLine.size() < 12 || !statusLine.startsWith("HTTP/1.") || statusLine[8] != ' '
        || !std::isdigit(uchar(statusLine[7])) || !std::isdigit(uchar(statusLine[9]))
        || !std::isdigit(uchar(statusLine[10])) || !std::isdigit(uchar(statusLine[11])))
        return fail(tr("the server did not answer with HTTP/1.x (it sent \"%1\")")
                        .arg(QString::fromLatin1(
                            statusLine.first(std::min<qsizetype>(statusLine.size(), 40)))));
    const int status = (statusLine[9] - '0') * 100 + (statusLine[10] - '0') * 10
                       + (statusLine[11] - '0');
    const bool http10 = statusLine[7] == '0';
    QList<QPair<QByteArray, QByteArray>> headers;
    bool chunked = false;
    bool hasTransferEncoding = false;
    bool closeAsked = false;
    bool keepAliveAsked = false;
    bool gzip = false;
    qint64 length = -1;
    while (lineEnd >= 0) {
        const qsizetype begin = lineEnd + 2;
        lineEnd = headText.indexOf("\r\n", begin);
        const QByteArrayView line
            = headText.sliced(begin, (lineEnd < 0 ? headText.size() : lineEnd) - begin);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray name = line.first(colon).trimmed().toByteArray();
        QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (length >= 0 && length != n))
                return fail(tr("the response has an invalid Content-Length (%1)")
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
            gzip = (v == "gzip" || v == "x-gzip") && m_decodeGzip;
            if (!v.isEmpty() && v != "identity" && !gzip)
                return fail(tr("the server sent a body encoded as \"%1\", which was not asked for")
                                .arg(QString::fromLatin1(value.left(40))));
        }
        headers.append(qMakePair(std::move(name), std::move(value)));
    }
    if (status >= 100 && status < 200)
        return Step::More; // an interim answer (100 Continue, 103 Early Hints): the real one follows

    m_status = status;
    m_headers = std::move(headers);
    m_keepAlive = !closeAsked && (!http10 || keepAliveAsked);
    const bool bodyless = status == 204 || status == 304;
    if (gzip && !bodyless) {
        m_inflater = std::make_unique<Inflater>();
        if (inflateInit2(&m_inflater->z, 16 + MAX_WBITS) != Z_OK)
            return fail(tr("cannot start decoding gzip"));
        m_inflater->started = true;
    }
    if (bodyless) {
        m_stage = Stage::Fixed;
        m_remaining = 0;
        m_inflater.reset();
    } else if (chunked) {
        m_stage = Stage::ChunkSize;
    } else if (hasTransferEncoding || length < 0) {
        m_stage = Stage::UntilClose;
        m_keepAlive = false;
    } else {
        m_stage = Stage::Fixed;
        m_remaining = length;
        // The length on the wire; a decoded body's length is known only at its end.
        m_contentLength = m_inflater ? -1 : length;
    }
    return Step::Head;
}

HttpResponseParser::Step HttpResponseParser::next()
{
    m_body = {};
    for (;;) {
        if (m_inflater && m_inflater->busy) {
            Step step = Step::More;
            if (inflateStep(step))
                return step;
            continue;
        }
        switch (m_stage) {
        case Stage::Head: {
            const qsizetype from = std::max<qsizetype>(m_at, m_scanned - 3);
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n", from);
            if (headEnd < 0) {
                if (m_buffer.size() - m_at > maxHeadBytes)
                    return fail(tr("the response head is longer than %1 bytes").arg(maxHeadBytes));
                m_scanned = m_buffer.size();
                return Step::More;
            }
            const Step step = readHead(headEnd);
            if (step != Step::More) // More: a 1xx head was passed over; read on
                return step;
            break;
        }
        case Stage::Fixed:
        case Stage::ChunkData:
        case Stage::UntilClose: {
            const qsizetype available = m_buffer.size() - m_at;
            const qint64 take = m_stage == Stage::UntilClose
                                    ? available
                                    : std::min<qint64>(m_remaining, available);
            if (take == 0) {
                if (m_stage == Stage::UntilClose || m_remaining > 0)
                    return Step::More;
                if (m_stage == Stage::Fixed)
                    return end();
                m_stage = Stage::ChunkEnd;
                break;
            }
            const QByteArrayView piece(m_buffer.constData() + m_at, take);
            m_at += take;
            if (m_stage != Stage::UntilClose)
                m_remaining -= take;
            if (!m_inflater) {
                m_body = piece;
                return Step::Body;
            }
            m_inflater->z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(piece.data()));
            m_inflater->z.avail_in = uInt(piece.size());
            m_inflater->busy = true;
            break;
        }
        case Stage::ChunkSize: {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", m_at);
            if (lineEnd < 0) {
                if (m_buffer.size() - m_at > maxChunkLineBytes)
                    return fail(tr("a chunk size line is longer than 1024 bytes"));
                return Step::More;
            }
            QByteArrayView sizeText(m_buffer.constData() + m_at, lineEnd - m_at);
            const qsizetype semicolon = sizeText.indexOf(';');
            if (semicolon >= 0)
                sizeText = sizeText.first(semicolon);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return fail(tr("a chunk size is not a hexadecimal number"));
            m_at = lineEnd + 2;
            m_remaining = size;
            m_stage = size == 0 ? Stage::Trailers : Stage::ChunkData;
            break;
        }
        case Stage::ChunkEnd:
            if (m_buffer.size() - m_at < 2)
                return Step::More;
            if (m_buffer[m_at] != '\r' || m_buffer[m_at + 1] != '\n')
                return fail(tr("a chunk does not end where its size said"));
            m_at += 2;
            m_stage = Stage::ChunkSize;
            break;
        case Stage::Trailers: {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", m_at);
            if (lineEnd < 0) {
                if (m_buffer.size() - m_at > maxHeadBytes)
                    return fail(tr("the trailers are longer than %1 bytes").arg(maxHeadBytes));
                return Step::More;
            }
            const bool last = lineEnd == m_at;
            m_at = lineEnd + 2;
            if (last)
                return end();
            break;
        }
        case Stage::Done:
            return Step::End;
        case Stage::Failed:
            return Step::Failed;
        }
    }
}

} // namespace Envdesk::Core
