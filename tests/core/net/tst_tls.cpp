#include "common/requirements.h"
#include "common/certs.h"
#include "common/nginxserver.h"

#include "core/net/httpclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;
using TestSupport::NginxServer;

namespace {

Expected<HttpResponse> fetch(HttpClient &client, HttpRequest request)
{
    std::optional<Expected<HttpResponse>> result;
    request.maxRetries = 0;
    client.get(request, [&](Expected<HttpResponse> r) { result = std::move(r); });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 20000)
        QTest::qWait(5);
    return result ? *result : std::unexpected(Error{ErrorCode::Timeout, QStringLiteral("no answer")});
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestCertificates m_certs;
    QTemporaryDir m_root;

    std::unique_ptr<NginxServer> serve(const QString &cert, const QString &clientCa = {},
                                       const QString &protocols = QStringLiteral("TLSv1.2 TLSv1.3"))
    {
        auto server = std::make_unique<NginxServer>(NginxServer::Options{
            .root = m_root.path(), .certificate = m_certs.path(cert + QStringLiteral(".crt")),
            .key = m_certs.path(cert + QStringLiteral(".key")), .clientCa = clientCa, .protocols = protocols});
        if (!server->start())
            qWarning("nginx: %s", qPrintable(server->errorText()));
        return server;
    }

    HttpRequest request(const NginxServer &server, bool trustTestCa = true)
    {
        HttpRequest r;
        r.url = QUrl(server.baseUrl() + QStringLiteral("/hello.txt"));
        if (trustTestCa) {
            r.tls.trust = TlsProfile::Trust::SystemAndCustom;
            r.tls.caFiles = {m_certs.path(QStringLiteral("ca.crt"))};
        }
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        QVERIFY2(m_certs.make(), qPrintable(m_certs.errorText()));
        QFile f(m_root.filePath(QStringLiteral("hello.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello over TLS");
    }

    void trustedCertificate()
    {
        auto server = serve(QStringLiteral("server"));
        HttpClient client;
        auto r = fetch(client, request(*server));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->body, QByteArray("hello over TLS"));
    }

    void aHostNameIsCheckedAndNamedToTheServer()
    {
        // Connected by address (the pool looks the name up itself), verified against the name in
        // the URL: the certificate says DNS:localhost.
        auto server = serve(QStringLiteral("server"));
        HttpClient client;
        HttpRequest r = request(*server);
        r.url.setHost(QStringLiteral("localhost"));
        auto answer = fetch(client, r);
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().toString()));
        QCOMPARE(answer->body, QByteArray("hello over TLS"));
        // The same server by a name its certificate does not carry is refused, naming it.
        auto other = serve(QStringLiteral("wronghost"));
        HttpRequest wrong = request(*other);
        wrong.url.setHost(QStringLiteral("localhost"));
        auto refused = fetch(client, wrong);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Tls);
        QVERIFY2(refused.error().hint.contains(QLatin1String("not localhost")), qPrintable(refused.error().toString()));
    }

    void http2WhereTheServerOffersIt_data()
    {
        QTest::addColumn<bool>("offered");
        QTest::newRow("offered") << true;
        QTest::newRow("not offered") << false;
    }
    void http2WhereTheServerOffersIt()
    {
        QFETCH(bool, offered);
        NginxServer server(NginxServer::Options{
            .root = m_root.path(), .certificate = m_certs.path(QStringLiteral("server.crt")),
            .key = m_certs.path(QStringLiteral("server.key")),
            .extraServerConfig = QStringLiteral("add_header X-Protocol $server_protocol always;"),
            .http2 = offered});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        HttpClient client;
        // Several requests, some at once: the first connection learns the protocol, the rest
        // follow it (HTTP/2 through Qt, HTTP/1.1 through envdesk's own connections).
        int done = 0;
        for (int i = 0; i < 8; ++i) {
            client.get(request(server), [&](Expected<HttpResponse> r) {
                QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
                QCOMPARE(r->body, QByteArray("hello over TLS"));
                QCOMPARE(r->header("X-Protocol"), offered ? QByteArray("HTTP/2.0") : QByteArray("HTTP/1.1"));
                QCOMPARE(r->attempts, 1);
                ++done;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 8, 20000);
        auto again = fetch(client, request(server));
        QVERIFY(again);
        QCOMPARE(again->header("X-Protocol"), offered ? QByteArray("HTTP/2.0") : QByteArray("HTTP/1.1"));
    }

    void unknownCaNamesTheIssuerAndTheFix()
    {
        auto server = serve(QStringLiteral("server"));
        HttpClient client;
        auto r = fetch(client, request(*server, false));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Tls);
        QVERIFY2(r.error().message.contains(QLatin1String("'localhost' issued by 'Envdesk Test Root CA'")), qPrintable(r.error().message));
        QVERIFY2(r.error().hint.contains(QLatin1String("Envdesk Test Root CA")), qPrintable(r.error().hint));
        QVERIFY(r.error().hint.contains(QLatin1String("SSL_CERT_FILE")));
    }

    void expiredCertificate()
    {
        auto server = serve(QStringLiteral("expired"));
        HttpClient client;
        auto r = fetch(client, request(*server));
        QVERIFY(!r);
        QVERIFY2(r.error().hint.contains(QLatin1String("expired on 2021-01-01")), qPrintable(r.error().toString()));
    }

    void wrongHost()
    {
        auto server = serve(QStringLiteral("wronghost"));
        HttpClient client;
        auto r = fetch(client, request(*server));
        QVERIFY(!r);
        QVERIFY2(r.error().hint.contains(QLatin1String("wrong.example.com")), qPrintable(r.error().toString()));
        QVERIFY(r.error().hint.contains(QLatin1String("not 127.0.0.1")));
    }

    void selfSignedAndAllowInsecureHost()
    {
        auto server = serve(QStringLiteral("selfsigned"));
        HttpClient client;
        auto refused = fetch(client, request(*server));
        QVERIFY(!refused);
        QVERIFY2(refused.error().hint.contains(QLatin1String("self-signed")), qPrintable(refused.error().toString()));
        QVERIFY(refused.error().hint.contains(QLatin1String("allow-insecure-host")));
        HttpRequest insecure = request(*server);
        insecure.tls.verify = false;
        auto accepted = fetch(client, insecure);
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().toString()));
        // The same client, back to verifying: the insecure connection is not reused.
        auto again = fetch(client, request(*server));
        QVERIFY(!again);
    }

    void clientCertificates()
    {
        auto server = serve(QStringLiteral("server"), m_certs.path(QStringLiteral("client-ca.crt")));
        HttpClient client;
        auto without = fetch(client, request(*server));
        // nginx completes the handshake and answers 400 "No required SSL certificate was sent".
        if (without) {
            QCOMPARE(without->status, 400);
            QVERIFY(without->body.contains("No required SSL certificate"));
        } else {
            QCOMPARE(without.error().code, ErrorCode::Tls);
        }
        HttpRequest with = request(*server);
        with.tls.clientCertificate = m_certs.combined(QStringLiteral("client"));
        auto r = fetch(client, with);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->status, 200);
        HttpRequest separate = request(*server);
        separate.tls.clientCertificate = m_certs.path(QStringLiteral("client.crt"));
        separate.tls.clientKey = m_certs.path(QStringLiteral("client.key"));
        auto r2 = fetch(client, separate);
        QVERIFY(r2);
        QCOMPARE(r2->status, 200);
    }

    // A PKCS#12 bundle and an encrypted PEM key, opened with a passphrase (which envdesk keeps
    // in the keychain); without it, or with a wrong one, the error says how to fix it.
    void passphraseProtectedClientCertificates()
    {
        const QString p12 = m_certs.path(QStringLiteral("client.p12"));
        const QString encryptedKey = m_certs.path(QStringLiteral("client-encrypted.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), m_certs.path(QStringLiteral("client.crt")),
                       QStringLiteral("-inkey"), m_certs.path(QStringLiteral("client.key")), QStringLiteral("-out"), p12,
                       QStringLiteral("-passout"), QStringLiteral("pass:p12-pass")});
        QVERIFY(openssl.waitForFinished(20000) && openssl.exitCode() == 0);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("pkey"), QStringLiteral("-in"), m_certs.path(QStringLiteral("client.key")), QStringLiteral("-aes256"),
                       QStringLiteral("-passout"), QStringLiteral("pass:key-pass"), QStringLiteral("-out"), encryptedKey});
        QVERIFY(openssl.waitForFinished(20000) && openssl.exitCode() == 0);

        auto server = serve(QStringLiteral("server"), m_certs.path(QStringLiteral("client-ca.crt")));
        HttpClient client;
        HttpRequest bundle = request(*server);
        bundle.tls.clientCertificate = p12;
        bundle.tls.clientPassphrase = "p12-pass";
        auto r = fetch(client, bundle);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->status, 200);

        TlsProfile missing;
        missing.clientCertificate = p12;
        auto noPass = missing.configuration();
        QVERIFY(!noPass);
        QVERIFY(noPass.error().message.contains(QLatin1String("without its passphrase")));
        QVERIFY(noPass.error().hint.contains(QLatin1String("envdesk-cli auth set file://")));
        missing.clientPassphrase = "not-it";
        QVERIFY(missing.configuration().error().message.contains(QLatin1String("wrong passphrase")));

        HttpRequest pem = request(*server);
        pem.tls.clientCertificate = m_certs.path(QStringLiteral("client.crt"));
        pem.tls.clientKey = encryptedKey;
        pem.tls.clientPassphrase = "key-pass";
        auto r2 = fetch(client, pem);
        QVERIFY2(r2, qPrintable(r2 ? QString() : r2.error().toString()));
        QCOMPARE(r2->status, 200);
        TlsProfile locked;
        locked.clientCertificate = m_certs.path(QStringLiteral("client.crt"));
        locked.clientKey = encryptedKey;
        auto noKey = locked.configuration();
        QVERIFY(!noKey);
        QVERIFY2(noKey.error().message.contains(QLatin1String("is encrypted")), qPrintable(noKey.error().message));
    }

    // An insecure host's exemption does not follow a redirect to another origin: the TLS policy
    // is decided again for the next hop.
    void tlsPolicyIsDecidedAgainAtEveryHop()
    {
        auto target = serve(QStringLiteral("selfsigned"));
        QVERIFY(target->port());
        auto first = std::make_unique<NginxServer>(NginxServer::Options{
            .root = m_root.path(), .certificate = m_certs.path(QStringLiteral("selfsigned.crt")),
            .key = m_certs.path(QStringLiteral("selfsigned.key")),
            .extraServerConfig = QStringLiteral("location = /moved.txt { return 302 %1/hello.txt; }").arg(target->baseUrl())});
        QVERIFY2(first->start(), qPrintable(first->errorText()));
        HttpClient client;
        HttpRequest r;
        r.url = QUrl(first->baseUrl() + QStringLiteral("/moved.txt"));
        r.tls.verify = false; // allow-insecure-host for the first origin only
        auto refused = fetch(client, r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Tls);
        QVERIFY2(refused.error().message.contains(QString::number(target->port())), qPrintable(refused.error().toString()));

        // A policy that also exempts the second origin lets it through, and is asked for it.
        QStringList asked;
        r.policyForHop = [&asked](const QUrl &next) -> Expected<std::pair<TlsProfile, QUrl>> {
            asked << next.toString();
            TlsProfile p;
            p.verify = false;
            return std::make_pair(p, QUrl());
        };
        auto allowed = fetch(client, r);
        QVERIFY2(allowed, qPrintable(allowed ? QString() : allowed.error().toString()));
        QCOMPARE(allowed->status, 200);
        QCOMPARE(asked, QStringList{target->baseUrl() + QStringLiteral("/hello.txt")});
    }

    void tlsVersionMismatch()
    {
        auto server = serve(QStringLiteral("server"), {}, QStringLiteral("TLSv1 TLSv1.1"));
        if (!server->port() || !server->errorText().isEmpty())
            QSKIP("this nginx/OpenSSL cannot serve TLS 1.0/1.1");
        HttpClient client;
        auto r = fetch(client, request(*server));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Tls);
        QVERIFY2(r.error().hint.contains(QLatin1String("TLS 1.0/1.1")), qPrintable(r.error().toString()));
        HttpRequest lowered = request(*server);
        lowered.tls.minimumVersion = TlsProfile::MinimumVersion::Tls10;
        auto ok = fetch(client, lowered);
        if (!ok)
            QSKIP(qPrintable(QStringLiteral("the client's OpenSSL refuses TLS 1.0/1.1 at any level: ") + ok.error().message));
        QCOMPARE(ok->status, 200);
    }

    void missingOrEmptyCaFileIsAnError()
    {
        auto server = serve(QStringLiteral("server"));
        HttpClient client;
        HttpRequest missing = request(*server);
        missing.tls.trust = TlsProfile::Trust::Custom;
        missing.tls.caFiles = {m_root.filePath(QStringLiteral("nope.pem"))};
        auto r = fetch(client, missing);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("nope.pem")));
        QFile empty(m_root.filePath(QStringLiteral("empty.pem")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        HttpRequest emptyCa = request(*server);
        emptyCa.tls.trust = TlsProfile::Trust::Custom;
        emptyCa.tls.caFiles = {empty.fileName()};
        auto r2 = fetch(client, emptyCa);
        QVERIFY(!r2);
        QVERIFY(r2.error().message.contains(QLatin1String("no PEM certificate")));
    }

    void insecureHostPatterns()
    {
        const QUrl url(QStringLiteral("https://legacy.example.com:8443/simple"));
        QVERIFY(insecureHostMatches(QStringLiteral("legacy.example.com"), url));
        QVERIFY(insecureHostMatches(QStringLiteral("legacy.example.com:8443"), url));
        QVERIFY(insecureHostMatches(QStringLiteral("https://legacy.example.com:8443"), url));
        QVERIFY(insecureHostMatches(QStringLiteral("*"), url));
        QVERIFY(!insecureHostMatches(QStringLiteral("example.com"), url)); // no subdomains
        QVERIFY(!insecureHostMatches(QStringLiteral("legacy.example.com:443"), url));
        QVERIFY(!insecureHostMatches(QStringLiteral("http://legacy.example.com:8443"), url));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
