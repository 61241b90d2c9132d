#include "common/requirements.h"
#include "common/certs.h"
#include "common/nginxserver.h"

#include "core/net/doctor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;
using TestSupport::NginxServer;

namespace {

DoctorReport examine(ConnectionDoctor::Target target, CredentialProvider *credentials = nullptr)
{
    ConnectionDoctor doctor(std::move(target), credentials);
    std::optional<DoctorReport> report;
    doctor.run([&](DoctorReport r) { report = std::move(r); });
    QElapsedTimer clock;
    clock.start();
    while (!report && clock.elapsed() < 30000)
        QTest::qWait(5);
    return report.value_or(DoctorReport{});
}

QString statusOf(const DoctorReport &r, const char *stage)
{
    const DoctorReport::Stage *s = r.stage(QLatin1String(stage));
    if (!s)
        return QStringLiteral("missing");
    switch (s->status) {
    case DoctorReport::Status::Ok: return QStringLiteral("ok");
    case DoctorReport::Status::Warning: return QStringLiteral("warning");
    case DoctorReport::Status::Failed: return QStringLiteral("failed");
    case DoctorReport::Status::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestCertificates m_certs;
    QTemporaryDir m_root;
    QString m_htpasswd;

    std::unique_ptr<NginxServer> serve(const QString &cert, const QString &clientCa = {},
                                       const QString &protocols = QStringLiteral("TLSv1.2 TLSv1.3"),
                                       const QString &htpasswd = {}, const QString &extra = {})
    {
        auto server = std::make_unique<NginxServer>(NginxServer::Options{
            .root = m_root.path(),
            .certificate = cert.isEmpty() ? QString() : m_certs.path(cert + QStringLiteral(".crt")),
            .key = cert.isEmpty() ? QString() : m_certs.path(cert + QStringLiteral(".key")),
            .clientCa = clientCa, .htpasswd = htpasswd, .protocols = protocols, .extraServerConfig = extra});
        server->start();
        return server;
    }

    ConnectionDoctor::Target target(const NginxServer &server, bool trustCa = true)
    {
        ConnectionDoctor::Target t;
        t.name = "corp";
        t.url = QUrl(server.baseUrl() + QStringLiteral("/simple"));
        if (trustCa) {
            t.tls.trust = TlsProfile::Trust::SystemAndCustom;
            t.tls.caFiles = {m_certs.path(QStringLiteral("ca.crt"))};
        }
        return t;
    }

    CredentialProvider credentials(const char *password)
    {
        CredentialProvider::Options o;
        o.environment = QProcessEnvironment();
        o.environment.insert(QStringLiteral("UV_INDEX_CORP_USERNAME"), QStringLiteral("alice"));
        if (password)
            o.environment.insert(QStringLiteral("UV_INDEX_CORP_PASSWORD"), QString::fromLatin1(password));
        o.netrcPath = m_root.filePath(QStringLiteral("none"));
        o.useKeychain = false;
        return CredentialProvider(o);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        QVERIFY2(m_certs.make(), qPrintable(m_certs.errorText()));
        QDir().mkpath(m_root.filePath(QStringLiteral("simple")));
        QFile index(m_root.filePath(QStringLiteral("simple/index.html")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("<html><body><a href=\"/simple/a/\">a</a><a href=\"/simple/b/\">b</a><a href=\"/simple/c/\">c</a></body></html>");
        index.close();
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"), QStringLiteral("right")});
        QVERIFY(openssl.waitForFinished(10000));
        m_htpasswd = m_root.filePath(QStringLiteral("htpasswd"));
        QFile h(m_htpasswd);
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.write("alice:" + openssl.readAllStandardOutput().trimmed() + "\n");
    }

    void ok()
    {
        auto server = serve(QStringLiteral("server"));
        const DoctorReport r = examine(target(*server));
        QVERIFY2(r.ok, qPrintable(r.toText()));
        QCOMPARE(statusOf(r, "tls"), QStringLiteral("ok"));
        QVERIFY(r.stage(QStringLiteral("tls"))->details.join(QLatin1Char('\n')).contains(QLatin1String("Envdesk Test Root CA")));
        QVERIFY(r.stage(QStringLiteral("api"))->summary.contains(QLatin1String("3 projects")));
        QVERIFY(r.diagnosis.contains(QLatin1String("The index works")));
        QVERIFY(r.toJson().contains("\"ok\": true"));
    }

    void unknownCa()
    {
        auto server = serve(QStringLiteral("server"));
        const DoctorReport r = examine(target(*server, false));
        QVERIFY(!r.ok);
        QCOMPARE(statusOf(r, "tls"), QStringLiteral("failed"));
        QVERIFY2(r.fix.contains(QLatin1String("CA")) && r.fix.contains(QLatin1String("Envdesk Test Root CA")), qPrintable(r.toText()));
        QCOMPARE(statusOf(r, "http"), QStringLiteral("skipped"));
    }

    void expired()
    {
        auto server = serve(QStringLiteral("expired"));
        const DoctorReport r = examine(target(*server));
        QVERIFY2(r.fix.contains(QLatin1String("expired on 2021-01-01")), qPrintable(r.toText()));
    }

    void wrongHost()
    {
        auto server = serve(QStringLiteral("wronghost"));
        const DoctorReport r = examine(target(*server));
        QVERIFY2(r.fix.contains(QLatin1String("wrong.example.com")), qPrintable(r.toText()));
    }

    void selfSignedAllowedByAllowInsecureHost()
    {
        auto server = serve(QStringLiteral("selfsigned"));
        ConnectionDoctor::Target t = target(*server);
        t.insecureHost = true;
        const DoctorReport r = examine(t);
        QVERIFY2(r.ok, qPrintable(r.toText()));
        QCOMPARE(statusOf(r, "tls"), QStringLiteral("warning"));
        QVERIFY(r.diagnosis.contains(QLatin1String("verification is off")));
    }

    void clientCertificateRequiredButMissing()
    {
        auto server = serve(QStringLiteral("server"), m_certs.path(QStringLiteral("client-ca.crt")));
        const DoctorReport r = examine(target(*server));
        QVERIFY(!r.ok);
        QVERIFY2(r.diagnosis.contains(QLatin1String("client certificate")), qPrintable(r.toText()));
        QVERIFY(r.fix.contains(QLatin1String("SSL_CLIENT_CERT")));
    }

    void clientCertificateAccepted()
    {
        auto server = serve(QStringLiteral("server"), m_certs.path(QStringLiteral("client-ca.crt")));
        ConnectionDoctor::Target t = target(*server);
        t.tls.clientCertificate = m_certs.combined(QStringLiteral("client"));
        const DoctorReport r = examine(t);
        QVERIFY2(r.ok, qPrintable(r.toText()));
        QVERIFY(r.stage(QStringLiteral("tls"))->details.join(QLatin1Char('\n')).contains(QLatin1String("client certificate offered")));
    }

    void unauthorizedWithoutCredentials()
    {
        auto server = serve(QStringLiteral("server"), {}, QStringLiteral("TLSv1.2 TLSv1.3"), m_htpasswd);
        CredentialProvider none = credentials(nullptr);
        const DoctorReport r = examine(target(*server), &none);
        QVERIFY(!r.ok);
        QCOMPARE(statusOf(r, "auth"), QStringLiteral("failed"));
        QVERIFY2(r.diagnosis.contains(QLatin1String("401")) && r.diagnosis.contains(QLatin1String("found none")), qPrintable(r.toText()));
        QVERIFY(r.fix.contains(QLatin1String("UV_INDEX_CORP_PASSWORD")));
    }

    void unauthorizedWithWrongCredentials()
    {
        auto server = serve(QStringLiteral("server"), {}, QStringLiteral("TLSv1.2 TLSv1.3"), m_htpasswd);
        CredentialProvider wrong = credentials("wrong-secret");
        const DoctorReport r = examine(target(*server), &wrong);
        QVERIFY(!r.ok);
        QVERIFY2(r.diagnosis.contains(QLatin1String("rejected the credentials from $UV_INDEX_CORP_PASSWORD (401)")), qPrintable(r.toText()));
        QVERIFY(!r.toText().contains(QLatin1String("wrong-secret")));
        QVERIFY(!QString::fromUtf8(r.toJson()).contains(QLatin1String("wrong-secret")));
    }

    void credentialsAccepted()
    {
        auto server = serve(QStringLiteral("server"), {}, QStringLiteral("TLSv1.2 TLSv1.3"), m_htpasswd);
        CredentialProvider right = credentials("right");
        const DoctorReport r = examine(target(*server), &right);
        QVERIFY2(r.ok, qPrintable(r.toText()));
        QVERIFY(r.stage(QStringLiteral("auth"))->summary.contains(QLatin1String("$UV_INDEX_CORP_PASSWORD")));
    }

    void forbidden()
    {
        auto server = serve(QStringLiteral("server"), {}, QStringLiteral("TLSv1.2 TLSv1.3"), {},
                            QStringLiteral("location /simple/ { return 403; }"));
        CredentialProvider right = credentials("right");
        const DoctorReport r = examine(target(*server), &right);
        QVERIFY(!r.ok);
        QVERIFY2(r.diagnosis.contains(QLatin1String("(403)")), qPrintable(r.toText()));
        QVERIFY(r.fix.contains(QLatin1String("permission")));
    }

    void tlsVersionMismatch()
    {
        auto server = serve(QStringLiteral("server"), {}, QStringLiteral("TLSv1 TLSv1.1"));
        if (!server->errorText().isEmpty())
            QSKIP("this nginx/OpenSSL cannot serve TLS 1.0/1.1");
        const DoctorReport r = examine(target(*server));
        QVERIFY(!r.ok);
        QVERIFY2(r.fix.contains(QLatin1String("TLS 1.0/1.1")) && r.fix.contains(QLatin1String("min-tls")), qPrintable(r.toText()));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        ConnectionDoctor::Target t;
        t.name = "corp";
        t.url = QUrl(QStringLiteral("https://127.0.0.1:%1/simple").arg(port));
        const DoctorReport r = examine(t);
        QVERIFY(!r.ok);
        QCOMPARE(statusOf(r, "tcp"), QStringLiteral("failed"));
        QVERIFY2(r.diagnosis.contains(QLatin1String("refused")), qPrintable(r.toText()));
        QCOMPARE(statusOf(r, "tls"), QStringLiteral("skipped"));
    }

    void unresolvableHost()
    {
        ConnectionDoctor::Target t;
        t.name = "corp";
        t.url = QUrl(QStringLiteral("https://pypi.corp.invalid/simple"));
        const DoctorReport r = examine(t);
        QVERIFY(!r.ok);
        QCOMPARE(statusOf(r, "dns"), QStringLiteral("failed"));
        QVERIFY2(r.diagnosis.contains(QLatin1String("does not resolve")), qPrintable(r.toText()));
        QVERIFY(r.fix.contains(QLatin1String("VPN")));
    }

    void notAnIndexRoot()
    {
        auto server = serve(QStringLiteral("server"));
        ConnectionDoctor::Target t = target(*server);
        t.url = QUrl(server->baseUrl() + QStringLiteral("/nothing-here"));
        const DoctorReport r = examine(t);
        QVERIFY(!r.ok);
        QVERIFY2(r.fix.contains(QLatin1String("/simple")), qPrintable(r.toText()));
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
