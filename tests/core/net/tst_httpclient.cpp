#include "common/faultserver.h"

#include "core/net/httpclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Envdesk::Core;
using TestSupport::FaultAction;
using TestSupport::FaultRequest;
using TestSupport::FaultServer;

namespace {

// Runs one request to completion on this thread's event loop.
Expected<HttpResponse> fetch(HttpClient &client, HttpRequest request, int waitMs = 20000)
{
    std::optional<Expected<HttpResponse>> result;
    client.get(request, [&](Expected<HttpResponse> r) { result = std::move(r); });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < waitMs)
        QTest::qWait(5);
    if (!result)
        return std::unexpected(Error{ErrorCode::Timeout, QStringLiteral("test gave up waiting")});
    return *result;
}

QByteArray gzipped(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))) + 32, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

HttpRequest quick(const QString &url);

// Asks for /0 ... /N-1 all at once and waits until every one has succeeded.
void fetchAllAtOnce(HttpClient &client, const FaultServer &server, int n)
{
    int done = 0;
    for (int i = 0; i < n; ++i)
        client.get(quick(server.url(QStringLiteral("/%1").arg(i))), [&](Expected<HttpResponse> r) {
            QVERIFY(r);
            ++done;
        });
    QTRY_COMPARE_WITH_TIMEOUT(done, n, 10000);
}

HttpRequest quick(const QString &url)
{
    HttpRequest r;
    r.url = QUrl(url);
    r.readTimeoutMs = 600;
    r.connectTimeoutMs = 2000;
    return r;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainGet()
    {
        FaultServer server([](const FaultRequest &r) {
            return FaultAction::ok("hello " + r.headers.value("accept"), "text/html");
        });
        HttpClient client;
        HttpRequest request = quick(server.url(QStringLiteral("/simple/a/")));
        request.accept = "application/vnd.pypi.simple.v1+json";
        auto r = fetch(client, request);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("hello application/vnd.pypi.simple.v1+json"));
        QCOMPARE(r->contentType, QByteArray("text/html"));
        QCOMPARE(r->attempts, 1);
    }

    void retriesServerErrorsThenSucceeds_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("429") << 429;
    }
    void retriesServerErrorsThenSucceeds()
    {
        QFETCH(int, status);
        FaultServer server([status](const FaultRequest &r) {
            return r.hit < 3 ? FaultAction::status(status) : FaultAction::ok("finally");
        });
        HttpClient client;
        auto r = fetch(client, quick(server.url()));
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->attempts, 3);
        QCOMPARE(server.hits("/"), 3);
    }

    void honoursRetryAfter()
    {
        FaultServer server([](const FaultRequest &r) {
            return r.hit == 1 ? FaultAction::status(429, {{"Retry-After", "1"}}) : FaultAction::ok("ok");
        });
        HttpClient client;
        QElapsedTimer clock;
        clock.start();
        auto r = fetch(client, quick(server.url()));
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    }

    void neverRetriesOtherClientErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
        QTest::newRow("410") << 410;
    }
    void neverRetriesOtherClientErrors()
    {
        QFETCH(int, status);
        FaultServer server([status](const FaultRequest &) { return FaultAction::status(status); });
        HttpClient client;
        auto r = fetch(client, quick(server.url()));
        QVERIFY(r);
        QCOMPARE(r->status, status);
        QCOMPARE(server.hits("/"), 1);
    }

    void givesUpAfterRetriesWithTheLastError()
    {
        FaultServer server([](const FaultRequest &) { return FaultAction::status(503); });
        HttpClient client;
        HttpRequest request = quick(server.url());
        request.maxRetries = 2;
        auto r = fetch(client, request);
        QVERIFY(r);
        QCOMPARE(r->status, 503);
        QCOMPARE(server.hits("/"), 3);
    }

    void stallIsATimeout()
    {
        FaultServer server([](const FaultRequest &) {
            return FaultAction{"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial", FaultAction::After::Stall, 0};
        });
        HttpClient client;
        HttpRequest request = quick(server.url());
        request.maxRetries = 1;
        QElapsedTimer clock;
        clock.start();
        auto r = fetch(client, request);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Timeout);
        QVERIFY2(r.error().message.contains(QLatin1String("timed out")), qPrintable(r.error().message));
        QCOMPARE(server.hits("/"), 2);
        QVERIFY(clock.elapsed() < 8000);
    }

    void resetIsRetriedThenReported()
    {
        FaultServer server([](const FaultRequest &r) {
            return r.hit == 1 ? FaultAction{"", FaultAction::After::Reset, 0} : FaultAction::ok("second time");
        });
        HttpClient client;
        auto r = fetch(client, quick(server.url()));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->body, QByteArray("second time"));
        QCOMPARE(server.hits("/"), 2); // Qt itself resends an idempotent GET once on a reset
    }

    void truncatedBodyIsNotTrusted()
    {
        FaultServer server([](const FaultRequest &) {
            return FaultAction{FaultAction::response(200, "only half", {}, 100), FaultAction::After::Close, 0};
        });
        HttpClient client;
        HttpRequest request = quick(server.url());
        request.maxRetries = 1;
        auto r = fetch(client, request);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Network);
        QCOMPARE(server.hits("/"), 2);
    }

    void downloadsAreVerified()
    {
        const QByteArray wheel(100000, 'w');
        const QByteArray good = QCryptographicHash::hash(wheel, QCryptographicHash::Sha256).toHex();
        FaultServer server([&](const FaultRequest &r) {
            Q_UNUSED(r)
            return FaultAction::ok(wheel, "application/octet-stream");
        });
        QTemporaryDir dir;
        HttpClient client;
        HttpRequest request = quick(server.url(QStringLiteral("/files/a-1.0-py3-none-any.whl")));
        request.saveTo = dir.filePath(QStringLiteral("cache/a.whl"));
        request.expectedSha256 = good;
        auto ok = fetch(client, request);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QFile saved(request.saveTo);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), wheel);
        QCOMPARE(server.requests().last().headers.value("accept-encoding"), QByteArray("identity"));

        request.saveTo = dir.filePath(QStringLiteral("cache/b.whl"));
        request.expectedSha256 = QByteArray(64, '0');
        auto bad = fetch(client, request);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::HashMismatch);
        QVERIFY(bad.error().message.contains(QString::fromLatin1(good)));
        QVERIFY(bad.error().message.contains(QLatin1String("/files/a-1.0-py3-none-any.whl")));
        QVERIFY(!QFile::exists(request.saveTo));
        QVERIFY(!QFile::exists(request.saveTo + QStringLiteral(".part")));

        request.expectedSha256.clear();
        request.expectedSize = 1000;
        auto big = fetch(client, request);
        QVERIFY(!big);
        QVERIFY(big.error().message.contains(QLatin1String("1000")));
        QVERIFY(!QFile::exists(request.saveTo));
    }

    void redirectsKeepCredentialsOnlyOnTheSameOrigin()
    {
        FaultServer other([](const FaultRequest &) { return FaultAction::ok("other origin"); });
        FaultServer server([&](const FaultRequest &r) {
            if (r.path == "/same")
                return FaultAction::status(302, {{"Location", "/target"}});
            if (r.path == "/away")
                return FaultAction::status(307, {{"Location", other.url(QStringLiteral("/x")).toUtf8()}});
            return FaultAction::ok("target");
        });
        HttpClient client;
        HttpRequest request = quick(server.url(QStringLiteral("/same")));
        request.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Basic c2VjcmV0")));
        auto same = fetch(client, request);
        QVERIFY(same);
        QCOMPARE(same->body, QByteArray("target"));
        QCOMPARE(server.requests().last().headers.value("authorization"), QByteArray("Basic c2VjcmV0"));

        request.url = QUrl(server.url(QStringLiteral("/away")));
        auto away = fetch(client, request);
        QVERIFY(away);
        QCOMPARE(away->body, QByteArray("other origin"));
        QCOMPARE(other.requests().size(), 1);
        QVERIFY2(!other.requests().last().headers.contains("authorization"),
                 "credentials must not follow a redirect to another origin");
    }

    void redirectLoopIsAnError()
    {
        FaultServer server([](const FaultRequest &r) {
            return FaultAction::status(302, {{"Location", r.path == "/a" ? "/b" : "/a"}});
        });
        HttpClient client;
        auto r = fetch(client, quick(server.url(QStringLiteral("/a"))));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("loop")), qPrintable(r.error().message));
    }

    void connectionRefusedNamesTheUrl()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        HttpClient client;
        HttpRequest request = quick(QStringLiteral("http://alice:pw@127.0.0.1:%1/simple/").arg(port));
        request.maxRetries = 0;
        auto r = fetch(client, request);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Network);
        QVERIFY(r.error().message.contains(QLatin1String("****@127.0.0.1")));
        QVERIFY(!r.error().toString().contains(QLatin1String("alice")));
        QVERIFY(!r.error().toString().contains(QLatin1String("pw@")));
    }

    void cancelIsPrompt()
    {
        FaultServer server([](const FaultRequest &) {
            return FaultAction{"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", FaultAction::After::Stall, 0};
        });
        HttpClient client;
        HttpRequest request = quick(server.url());
        request.readTimeoutMs = 30000;
        QTimer::singleShot(200, [token = request.cancel] { token.cancel(); });
        QElapsedTimer clock;
        clock.start();
        auto r = fetch(client, request);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    }

    // Plain HTTP without a proxy runs on envdesk's own HTTP/1.1 connections (HttpConnectionPool):
    // what follows is that transport's behaviour, seen through the client.

    void keepsConnectionsAlive()
    {
        FaultServer server([](const FaultRequest &r) { return FaultAction::keepAlive("page " + r.path); });
        HttpClient client;
        for (int i = 0; i < 20; ++i) {
            auto r = fetch(client, quick(server.url(QStringLiteral("/p%1").arg(i))));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            QCOMPARE(r->body, "page /p" + QByteArray::number(i));
        }
        QCOMPARE(server.connections(), 1);
        const FaultRequest &first = server.requests().first();
        QCOMPARE(first.headers.value("host"), "127.0.0.1:" + QByteArray::number(server.port()));
        QCOMPARE(first.headers.value("accept-encoding"), QByteArray("gzip")); // a page may come compressed
        QCOMPARE(first.headers.value("user-agent"), QByteArray("envdesk/0.1"));
    }

    void opensNoMoreConnectionsThanRequestsInFlight()
    {
        FaultServer server([](const FaultRequest &) {
            FaultAction a = FaultAction::keepAlive("x");
            a.delayMs = 30;
            return a;
        });
        HttpClient client(nullptr, 4, 3);
        fetchAllAtOnce(client, server, 30);
        QVERIFY2(server.connections() <= 3, qPrintable(QString::number(server.connections())));
    }

    void readsChunkedBodies()
    {
        FaultServer server([](const FaultRequest &r) {
            if (r.path == "/after")
                return FaultAction::keepAlive("after");
            return FaultAction{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n"
                               "5;name=value\r\nhello\r\n1\r\n \r\n6\r\nchunks\r\n0\r\nX-Trailer: yes\r\n\r\n",
                               FaultAction::After::Stall, 0};
        });
        HttpClient client;
        auto r = fetch(client, quick(server.url(QStringLiteral("/chunked"))));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->body, QByteArray("hello chunks"));
        QCOMPARE(r->contentType, QByteArray("text/html"));
        // The whole message was read, trailers too: the connection serves the next request.
        auto after = fetch(client, quick(server.url(QStringLiteral("/after"))));
        QVERIFY(after);
        QCOMPARE(after->body, QByteArray("after"));
        QCOMPARE(server.connections(), 1);
    }

    void aBodyWithoutALengthEndsWithTheConnection()
    {
        FaultServer server([](const FaultRequest &) {
            return FaultAction{"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end", FaultAction::After::Close, 0};
        });
        HttpClient client;
        auto r = fetch(client, quick(server.url()));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->body, QByteArray("until the end"));
    }

    void aCutChunkedBodyIsNotTrusted()
    {
        FaultServer server([](const FaultRequest &) {
            return FaultAction{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nonly par", FaultAction::After::Close, 0};
        });
        HttpClient client;
        HttpRequest request = quick(server.url());
        request.maxRetries = 1;
        auto r = fetch(client, request);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Network);
        QVERIFY2(r.error().message.contains(QLatin1String("ended after 8 bytes")), qPrintable(r.error().message));
        QCOMPARE(server.hits("/"), 2);
    }

    void interimAnswersArePassedOverAndNotModifiedHasNoBody()
    {
        FaultServer server([](const FaultRequest &r) {
            if (r.path == "/early")
                return FaultAction{"HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nreal",
                                   FaultAction::After::Stall, 0};
            if (r.path == "/same")
                return FaultAction{"HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\n\r\n", FaultAction::After::Stall, 0};
            return FaultAction::keepAlive("next");
        });
        HttpClient client;
        auto early = fetch(client, quick(server.url(QStringLiteral("/early"))));
        QVERIFY(early);
        QCOMPARE(early->status, 200);
        QCOMPARE(early->body, QByteArray("real"));
        auto same = fetch(client, quick(server.url(QStringLiteral("/same"))));
        QVERIFY(same);
        QCOMPARE(same->status, 304);
        QCOMPARE(same->header("etag"), QByteArray("\"v1\""));
        QVERIFY(same->body.isEmpty());
        auto next = fetch(client, quick(server.url(QStringLiteral("/next"))));
        QVERIFY(next);
        QCOMPARE(next->body, QByteArray("next"));
        QCOMPARE(server.connections(), 1);
    }

    void aKeptAliveConnectionTheServerClosedIsReplacedUnnoticed()
    {
        // The server answers the first request and keeps the connection, then closes it as the
        // second request arrives (a keep-alive timeout crossing the request): the request is sent
        // again on a new connection at once, not retried after a backoff.
        FaultServer server([](const FaultRequest &r) {
            if (r.connection == 1 && r.hit == 1 && r.path == "/second")
                return FaultAction{"", FaultAction::After::Close, 0};
            return FaultAction::keepAlive("answer to " + r.path);
        });
        HttpClient client;
        QVERIFY(fetch(client, quick(server.url(QStringLiteral("/first")))));
        QElapsedTimer clock;
        clock.start();
        auto r = fetch(client, quick(server.url(QStringLiteral("/second"))));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->body, QByteArray("answer to /second"));
        QCOMPARE(r->attempts, 1);
        QCOMPARE(server.hits("/second"), 2);
        QCOMPARE(server.connections(), 2);
        QVERIFY2(clock.elapsed() < 450, qPrintable(QString::number(clock.elapsed()))); // backoff starts at 500 ms
    }

    void pagesMayComeCompressedDownloadsMayNot()
    {
        // A page large enough to take several reads and several inflate rounds.
        QByteArray page;
        for (int i = 0; i < 20000; ++i)
            page += "<a href=\"pkg-" + QByteArray::number(i) + ".whl\">pkg</a>\n";
        const QByteArray packed = gzipped(page);
        QVERIFY(packed.size() < page.size() / 4);
        FaultServer server([&](const FaultRequest &r) {
            if (r.path == "/chunked")
                return FaultAction{"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
                                       + QByteArray::number(packed.size(), 16) + "\r\n" + packed + "\r\n0\r\n\r\n",
                                   FaultAction::After::Stall, 0};
            return FaultAction::keepAlive(packed, {{"Content-Encoding", "gzip"}});
        });
        HttpClient client;
        auto r = fetch(client, quick(server.url(QStringLiteral("/simple/a/"))));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->body.size(), page.size());
        QCOMPARE(r->body, page);
        auto chunked = fetch(client, quick(server.url(QStringLiteral("/chunked"))));
        QVERIFY2(chunked, qPrintable(chunked ? QString() : chunked.error().toString()));
        QCOMPARE(chunked->body, page);

        QTemporaryDir dir;
        HttpRequest download = quick(server.url(QStringLiteral("/files/a.whl")));
        download.saveTo = dir.filePath(QStringLiteral("a.whl"));
        auto d = fetch(client, download);
        QVERIFY(!d);
        QVERIFY2(d.error().message.contains(QLatin1String("gzip")), qPrintable(d.error().message));
        QCOMPARE(server.requests().last().headers.value("accept-encoding"), QByteArray("identity"));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void aDamagedOrCutGzipBodyIsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        const QByteArray packed = gzipped(QByteArray(5000, 'p'));
        QByteArray flipped = packed;
        flipped[packed.size() / 2] = char(flipped[packed.size() / 2] ^ 0x55);
        QTest::newRow("damaged") << flipped << QStringLiteral("gzip");
        QTest::newRow("cut where the length says") << packed.left(packed.size() - 12) << QStringLiteral("gzip body is cut short");
        QTest::newRow("not gzip at all") << QByteArray("plain text, labelled gzip") << QStringLiteral("damaged");
        QTest::newRow("something after the end") << packed + "tail" << QStringLiteral("follow the end");
    }
    void aDamagedOrCutGzipBodyIsRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        FaultServer server([body](const FaultRequest &) { return FaultAction::keepAlive(body, {{"Content-Encoding", "gzip"}}); });
        HttpClient client;
        auto r = fetch(client, quick(server.url(QStringLiteral("/simple/a/"))));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Network);
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    }

    void responsesAreReadInWhateverPiecesArrive_data()
    {
        QTest::addColumn<int>("piece");
        for (int n : {1, 2, 3, 7, 64})
            QTest::newRow(qPrintable(QStringLiteral("%1-byte pieces").arg(n))) << n;
    }
    void responsesAreReadInWhateverPiecesArrive()
    {
        // Every boundary of the head, the chunk lines, the gzip stream and the trailers falls
        // between two reads somewhere in these rows.
        QFETCH(int, piece);
        QByteArray page;
        for (int i = 0; i < 40; ++i)
            page += "<a href=\"p-" + QByteArray::number(i) + ".whl\">p</a>\n";
        const QByteArray packed = gzipped(page);
        const QByteArray half = packed.left(packed.size() / 2);
        const QByteArray rest = packed.mid(packed.size() / 2);
        const QByteArray chunked = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   + QByteArray::number(half.size(), 16) + "\r\n" + half + "\r\n"
                                   + QByteArray::number(rest.size(), 16) + ";x=y\r\n" + rest + "\r\n0\r\nT: 1\r\n\r\n";
        FaultServer server([&](const FaultRequest &r) {
            FaultAction a = r.path == "/a" ? FaultAction{chunked, FaultAction::After::Stall, 0} : FaultAction::keepAlive("second");
            a.pieceBytes = piece;
            return a;
        });
        HttpClient client;
        auto a = fetch(client, quick(server.url(QStringLiteral("/a"))));
        QVERIFY2(a, qPrintable(a ? QString() : a.error().toString()));
        QCOMPARE(a->body, page);
        auto b = fetch(client, quick(server.url(QStringLiteral("/b"))));
        QVERIFY2(b, qPrintable(b ? QString() : b.error().toString()));
        QCOMPARE(b->body, QByteArray("second"));
        QCOMPARE(server.connections(), 1);
    }

    void damagedResponsesEndInAnAnswerOrAnError()
    {
        // Random damage to three well-formed responses: each request ends, promptly, in a
        // response or in an error that names its URL; never a hang or a crash.
        const QByteArray packed = gzipped(QByteArray(3000, 'z'));
        const QList<QByteArray> shapes{
            "HTTP/1.1 200 OK\r\nContent-Length: 12\r\nETag: \"a\"\r\n\r\nhello, world",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + QByteArray::number(packed.size()) + "\r\n\r\n" + packed,
        };
        QRandomGenerator random(20261203);
        QByteArray current;
        FaultServer server([&](const FaultRequest &) { return FaultAction{current, FaultAction::After::Close, 0}; });
        HttpClient client;
        int answers = 0;
        int errors = 0;
        for (int i = 0; i < 60; ++i) {
            current = shapes[i % shapes.size()];
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits && !current.isEmpty(); ++e) {
                const qsizetype at = random.bounded(int(current.size()));
                switch (random.bounded(4)) {
                case 0:
                    current[at] = char(random.bounded(256));
                    break;
                case 1:
                    current.remove(at, 1 + random.bounded(8));
                    break;
                case 2:
                    current.insert(at, QByteArray(1 + random.bounded(4), char(random.bounded(256))));
                    break;
                default:
                    current.insert(at, current.mid(at, 1 + random.bounded(16)));
                    break;
                }
            }
            HttpRequest request = quick(server.url(QStringLiteral("/case/%1").arg(i)));
            request.maxRetries = 0;
            request.readTimeoutMs = 200;
            QElapsedTimer clock;
            clock.start();
            auto r = fetch(client, request, 5000);
            QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
            if (r) {
                ++answers;
            } else {
                ++errors;
                QVERIFY2(r.error().code != ErrorCode::Timeout || r.error().message.contains(QLatin1String("timed out")),
                         qPrintable(r.error().message));
                QVERIFY2(r.error().message.contains(QStringLiteral("/case/%1").arg(i)), qPrintable(r.error().message));
            }
        }
        QVERIFY(answers > 0);
        QVERIFY(errors > 0);
    }

    void bytesPastTheAnnouncedLengthAreNeverTakenAsTheNextAnswer()
    {
        FaultServer server([](const FaultRequest &r) {
            if (r.path == "/first")
                return FaultAction{"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst"
                                   "HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\nsmuggled",
                                   FaultAction::After::Stall, 0};
            return FaultAction::keepAlive("genuine");
        });
        HttpClient client;
        auto first = fetch(client, quick(server.url(QStringLiteral("/first"))));
        QVERIFY(first);
        QCOMPARE(first->body, QByteArray("first"));
        auto second = fetch(client, quick(server.url(QStringLiteral("/second"))));
        QVERIFY(second);
        QCOMPARE(second->body, QByteArray("genuine"));
        QCOMPARE(server.connections(), 2);
    }

    void whatIsNotHttpIsAnErrorNotARetry_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("another protocol") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << QStringLiteral("HTTP/1.x");
        QTest::newRow("compressed although identity was asked")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 3\r\n\r\nabc")
            << QStringLiteral("gzip");
        QTest::newRow("two lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd")
                                     << QStringLiteral("Content-Length");
        QTest::newRow("a chunk size that is not hexadecimal")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n") << QStringLiteral("chunk");
        QTest::newRow("a head without end") << (QByteArray("HTTP/1.1 200 OK\r\n") + QByteArray(70000, 'h'))
                                            << QStringLiteral("longer than");
    }
    void whatIsNotHttpIsAnErrorNotARetry()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        FaultServer server([bytes](const FaultRequest &) { return FaultAction{bytes, FaultAction::After::Stall, 0}; });
        HttpClient client;
        auto r = fetch(client, quick(server.url(QStringLiteral("/simple/a/"))));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Network);
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("/simple/a/")), qPrintable(r.error().message));
        QCOMPARE(server.hits("/simple/a/"), 1);
    }

    void aHeaderValueCannotAddLines()
    {
        FaultServer server([](const FaultRequest &) { return FaultAction::ok("x"); });
        HttpClient client;
        HttpRequest request = quick(server.url());
        request.headers.append(qMakePair(QByteArray("If-None-Match"), QByteArray("\"v1\"\r\nX-Injected: yes")));
        auto r = fetch(client, request);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("If-None-Match")), qPrintable(r.error().message));
        QCOMPARE(server.requests().size(), 0);
    }

    void aServerThatNeverAnswersTimesOut()
    {
        FaultServer server([](const FaultRequest &) { return FaultAction{"", FaultAction::After::Stall, 0}; });
        HttpClient client;
        HttpRequest request = quick(server.url());
        request.maxRetries = 0;
        auto r = fetch(client, request);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Timeout);
    }

    void limitsRequestsInFlight()
    {
        int concurrent = 0;
        int peak = 0;
        FaultServer server([&](const FaultRequest &) {
            ++concurrent;
            peak = std::max(peak, concurrent);
            FaultAction a = FaultAction::ok("x");
            a.delayMs = 100;
            // Counted down when the answer is written: the client can only send its next request
            // after reading an answer, so the count is exact however slow the machine is.
            a.onSent = [&] { --concurrent; };
            return a;
        });
        HttpClient client(nullptr, 4, 3);
        fetchAllAtOnce(client, server, 9);
        QVERIFY2(peak <= 3, qPrintable(QString::number(peak)));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
