#include "common/requirements.h"
#include "common/certs.h"
#include "common/nginxserver.h"
#include "common/tinyproxy.h"

#include "core/net/doctor.h"
#include "core/net/httpclient.h"
#include "core/net/proxy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;

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

DoctorReport examine(ConnectionDoctor::Target target)
{
    ConnectionDoctor doctor(std::move(target), nullptr);
    std::optional<DoctorReport> report;
    doctor.run([&](DoctorReport r) { report = std::move(r); });
    QElapsedTimer clock;
    clock.start();
    while (!report && clock.elapsed() < 30000)
        QTest::qWait(5);
    return report.value_or(DoctorReport{});
}

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestCertificates m_certs;
    QTemporaryDir m_root;
    std::unique_ptr<TestSupport::NginxServer> m_https;

    HttpRequest request(const QUrl &proxy)
    {
        HttpRequest r;
        r.url = QUrl(m_https->baseUrl() + QStringLiteral("/simple/"));
        r.tls.trust = TlsProfile::Trust::SystemAndCustom;
        r.tls.caFiles = {m_certs.path(QStringLiteral("ca.crt"))};
        r.proxy = proxy;
        return r;
    }

private Q_SLOTS:
    void noProxyRules()
    {
        const QStringList rules{QStringLiteral("internal.example.com"), QStringLiteral(".corp.example"),
                                QStringLiteral("10.0.0.0/8"), QStringLiteral("192.168.1.7")};
        QVERIFY(noProxyMatches(rules, QUrl(QStringLiteral("https://internal.example.com/simple"))));
        QVERIFY(noProxyMatches(rules, QUrl(QStringLiteral("https://pypi.internal.example.com/"))));
        QVERIFY(noProxyMatches(rules, QUrl(QStringLiteral("https://corp.example/"))));
        QVERIFY(noProxyMatches(rules, QUrl(QStringLiteral("https://nexus.corp.example/"))));
        QVERIFY(noProxyMatches(rules, QUrl(QStringLiteral("http://10.20.30.40:8081/"))));
        QVERIFY(noProxyMatches(rules, QUrl(QStringLiteral("http://192.168.1.7/"))));
        QVERIFY(!noProxyMatches(rules, QUrl(QStringLiteral("https://example.com/"))));
        QVERIFY(!noProxyMatches(rules, QUrl(QStringLiteral("https://notinternal.example.com/"))));
        QVERIFY(!noProxyMatches(rules, QUrl(QStringLiteral("http://11.0.0.1/"))));
        QVERIFY(noProxyMatches({QStringLiteral("*")}, QUrl(QStringLiteral("https://anything/"))));

        QProcessEnvironment env;
        env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("proxy.corp:3128"));
        env.insert(QStringLiteral("http_proxy"), QStringLiteral("http://plain.corp:8080"));
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("localhost, .corp"));
        const ProxySettings s = ProxySettings::fromEnvironment(env);
        QCOMPARE(s.proxyFor(QUrl(QStringLiteral("https://pypi.org/simple"))).toString(), QStringLiteral("http://proxy.corp:3128"));
        QCOMPARE(s.httpsSource, QStringLiteral("HTTPS_PROXY"));
        QCOMPARE(s.proxyFor(QUrl(QStringLiteral("http://pypi.org/simple"))).toString(), QStringLiteral("http://plain.corp:8080"));
        QVERIFY(s.proxyFor(QUrl(QStringLiteral("https://nexus.corp/simple"))).isEmpty());
    }

    void initTestCase()
    {
        if (TestSupport::TinyProxy::binary().isEmpty() || TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("tinyproxy and nginx are needed (scripts/test installs them)");
        QVERIFY2(m_certs.make(), qPrintable(m_certs.errorText()));
        QDir().mkpath(m_root.filePath(QStringLiteral("simple")));
        QFile index(m_root.filePath(QStringLiteral("simple/index.html")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("<a href=\"/simple/a/\">a</a>");
        index.close();
        m_https = std::make_unique<TestSupport::NginxServer>(TestSupport::NginxServer::Options{
            .root = m_root.path(), .certificate = m_certs.path(QStringLiteral("server.crt")),
            .key = m_certs.path(QStringLiteral("server.key"))});
        QVERIFY2(m_https->start(), qPrintable(m_https->errorText()));
    }

    void throughAProxy()
    {
        TestSupport::TinyProxy proxy;
        QVERIFY(proxy.start());
        HttpClient client;
        auto r = fetch(client, request(proxy.url()));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->status, 200);
        QVERIFY2(proxy.log().contains(QLatin1String("CONNECT")), qPrintable(proxy.log()));
    }

    void proxyAuthentication()
    {
        TestSupport::TinyProxy proxy(QStringLiteral("pat"), QStringLiteral("proxy-secret"));
        QVERIFY(proxy.start());
        HttpClient client;
        auto refused = fetch(client, request(proxy.url()));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Proxy);
        QVERIFY2(refused.error().message.contains(QLatin1String("407")), qPrintable(refused.error().toString()));
        auto accepted = fetch(client, request(proxy.url(true)));
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().toString()));
        QCOMPARE(accepted->status, 200);
        QVERIFY(!refused.error().toString().contains(QLatin1String("proxy-secret")));
    }

    void proxyRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        HttpClient client;
        auto r = fetch(client, request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        QVERIFY(!r);
        QVERIFY2(r.error().code == ErrorCode::Proxy, qPrintable(r.error().toString()));
        QVERIFY(r.error().hint.contains(QLatin1String("HTTPS_PROXY")));

        ConnectionDoctor::Target t;
        t.name = "corp";
        t.url = QUrl(m_https->baseUrl() + QStringLiteral("/simple"));
        t.proxy = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        t.proxySource = QStringLiteral("HTTPS_PROXY");
        const DoctorReport report = examine(t);
        QVERIFY(!report.ok);
        QVERIFY2(report.diagnosis.contains(QLatin1String("refused the connection")), qPrintable(report.toText()));
        QVERIFY(report.fix.contains(QLatin1String("NO_PROXY")));
    }

    void doctorThroughAProxyThatWantsAuthentication()
    {
        TestSupport::TinyProxy proxy(QStringLiteral("pat"), QStringLiteral("proxy-secret"));
        QVERIFY(proxy.start());
        ConnectionDoctor::Target t;
        t.name = "corp";
        t.url = QUrl(m_https->baseUrl() + QStringLiteral("/simple"));
        t.tls.trust = TlsProfile::Trust::SystemAndCustom;
        t.tls.caFiles = {m_certs.path(QStringLiteral("ca.crt"))};
        t.proxy = proxy.url();
        t.proxySource = QStringLiteral("HTTPS_PROXY");
        const DoctorReport wants = examine(t);
        QVERIFY(!wants.ok);
        QVERIFY2(wants.diagnosis.contains(QLatin1String("requires authentication (407)")), qPrintable(wants.toText()));
        t.proxy = proxy.url(true);
        const DoctorReport ok = examine(t);
        QVERIFY2(ok.ok, qPrintable(ok.toText()));
        QVERIFY(!ok.toText().contains(QLatin1String("proxy-secret")));
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
