#include "common/faultserver.h"

#include "core/net/httpclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
        int done = 0;
        for (int i = 0; i < 9; ++i)
            client.get(quick(server.url(QStringLiteral("/%1").arg(i))), [&](Expected<HttpResponse> r) {
                QVERIFY(r);
                ++done;
            });
        QTRY_COMPARE_WITH_TIMEOUT(done, 9, 10000);
        QVERIFY2(peak <= 3, qPrintable(QString::number(peak)));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
