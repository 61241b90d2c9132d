// Host name verification against curl: for each rule of RFC 6125 that a certificate can break,
// a certificate made here (openssl), served by nginx, fetched by envdesk over each transport and
// after a redirect, and by curl (and, where the two differ on purpose, Python's ssl module) for
// the same URL and CA. envdesk's verdict must be the oracle's.
//
// The host names (a.example.test, bücher.example, ...) resolve to 127.0.0.1 in a private mount
// namespace the test makes for itself (common/privatehosts.h).

#include "common/certs.h"
#include "common/nginxserver.h"
#include "common/privatehosts.h"
#include "common/requirements.h"
#include "common/tinyproxy.h"

#include "core/net/doctor.h"
#include "core/net/hostnamecheck.h"
#include "core/net/httpclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace Envdesk::Core;
using TestSupport::NginxServer;

namespace {

const QStringList testNames{
    QStringLiteral("a.example.test"),        QStringLiteral("a.b.example.test"),
    QStringLiteral("ab.example.test"),       QStringLiteral("a.test"),
    QStringLiteral("xn--bcher-kva.example"), QStringLiteral("sub.xn--bcher-kva.example"),
    QStringLiteral("example.co.uk"),         QStringLiteral("example.test"),
    QStringLiteral("a.example.test."),
};

struct CertificateCase
{
    const char *file;
    const char *cn;
    const char *extensions;
};

// Every certificate the rows use: file name, subject CN, extension lines.
const std::vector<CertificateCase> certificateCases{
    {"san-mismatch", "localhost", "subjectAltName=DNS:wrong.example"},
    {"cn-only", "localhost", ""},
    {"ip-cn-only", "127.0.0.1", ""},
    {"ip-san", "other", "subjectAltName=IP:127.0.0.1"},
    {"ip-as-dns", "127.0.0.1", "subjectAltName=DNS:127.0.0.1"},
    {"wildcard", "x", "subjectAltName=DNS:*.example.test"},
    {"partial-wildcard", "x", "subjectAltName=DNS:a*.example.test"},
    {"wildcard-ip", "x", "subjectAltName=DNS:*.0.0.1"},
    {"star-dot", "x", "subjectAltName=DNS:*."},
    {"star-alone", "x", "subjectAltName=DNS:*"},
    {"wildcard-one-label", "x", "subjectAltName=DNS:*.test"},
    {"wildcard-public-suffix", "x", "subjectAltName=DNS:*.co.uk"},
    {"idn", "x", "subjectAltName=DNS:xn--bcher-kva.example"},
    {"idn-wildcard", "x", "subjectAltName=DNS:*.xn--bcher-kva.example"},
    {"email-only", "localhost", "subjectAltName=email:ops@example.test"},
    {"upper-case", "x", "subjectAltName=DNS:LOCALHOST"},
};

enum class Transport { Http11, Http2, Proxy };

Expected<HttpResponse> fetch(HttpClient &client, HttpRequest request)
{
    std::optional<Expected<HttpResponse>> result;
    request.maxRetries = 0;
    request.connectTimeoutMs = 5000;
    client.get(request, [&](Expected<HttpResponse> r) { result = std::move(r); });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 20000)
        QTest::qWait(5);
    return result ? *result
                  : std::unexpected(Error{ErrorCode::Timeout, QStringLiteral("no answer")});
}

/// "accepted", "refused", or what else happened.
QString verdictOf(const Expected<HttpResponse> &r)
{
    if (r)
        return r->status == 200 && r->body == "hello over TLS"
                   ? QStringLiteral("accepted")
                   : QStringLiteral("HTTP %1").arg(r->status);
    if (r.error().code == ErrorCode::Tls)
        return QStringLiteral("refused");
    return QStringLiteral("error: ") + r.error().toString();
}

} // namespace

class TestHostNames : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestCertificates m_certs;
    QTemporaryDir m_root;
    std::map<QString, std::unique_ptr<NginxServer>> m_servers; ///< by certificate and protocol
    std::unique_ptr<NginxServer> m_front;                      ///< redirects to any host and port
    std::unique_ptr<TestSupport::TinyProxy> m_proxy;
    QSet<QString> m_oracleAsked; ///< certificate|host pairs whose oracle verdict was checked

    NginxServer *server(const QString &certificate, bool http2)
    {
        const QString key = certificate + (http2 ? QStringLiteral("/h2") : QStringLiteral("/h1"));
        auto &slot = m_servers[key];
        if (!slot) {
            slot = std::make_unique<NginxServer>(NginxServer::Options{
                .root = m_root.path(),
                .certificate = m_certs.path(certificate + QStringLiteral(".crt")),
                .key = m_certs.path(certificate + QStringLiteral(".key")),
                .http2 = http2});
            if (!slot->start())
                qWarning("nginx: %s", qPrintable(slot->errorText()));
        }
        return slot.get();
    }

    QString curlVerdict(const QUrl &url)
    {
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-s"), QStringLiteral("-L"), QStringLiteral("-o"),
                    QStringLiteral("/dev/null"), QStringLiteral("-w"),
                    QStringLiteral("%{http_code}"), QStringLiteral("--cacert"),
                    m_certs.path(QStringLiteral("ca.crt")), QStringLiteral("--max-time"),
                    QStringLiteral("15"), url.toString()});
        if (!curl.waitForFinished(20000))
            return QStringLiteral("curl hung");
        const QByteArray status = curl.readAllStandardOutput();
        // 60: the peer's certificate cannot be authenticated (the host name check included).
        if (curl.exitCode() == 60 || curl.exitCode() == 51)
            return QStringLiteral("refused");
        if (curl.exitCode() == 0 && status == "200")
            return QStringLiteral("accepted");
        return QStringLiteral("curl exit %1, HTTP %2")
            .arg(curl.exitCode())
            .arg(QString::fromLatin1(status));
    }

    QString pythonVerdict(const QString &host, quint16 port)
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            return QStringLiteral("no python3");
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral(R"(
import socket, ssl, sys
context = ssl.create_default_context(cafile=sys.argv[3])
try:
    with socket.create_connection(("127.0.0.1", int(sys.argv[2])), timeout=10) as s:
        with context.wrap_socket(s, server_hostname=sys.argv[1]):
            print("accepted")
except ssl.SSLCertVerificationError:
    print("refused")
)"),
                         host, QString::number(port), m_certs.path(QStringLiteral("ca.crt"))});
        if (!p.waitForFinished(20000))
            return QStringLiteral("python hung");
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed()
               + QString::fromUtf8(p.readAllStandardError());
    }

    HttpRequest request(const QUrl &url, Transport transport)
    {
        HttpRequest r;
        r.url = url;
        r.tls.trust = TlsProfile::Trust::Custom;
        r.tls.caFiles = {m_certs.path(QStringLiteral("ca.crt"))};
        if (transport == Transport::Proxy)
            r.proxy = m_proxy->url();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            ENVDESK_NEEDS("curl is not installed (scripts/test installs it)");
        if (TestSupport::TinyProxy::binary().isEmpty())
            ENVDESK_NEEDS("tinyproxy is not installed (scripts/test installs it)");
        QVERIFY2(m_certs.make(), qPrintable(m_certs.errorText()));
        for (const CertificateCase &c : certificateCases)
            QVERIFY2(m_certs.leafWith(QString::fromLatin1(c.file), QString::fromLatin1(c.cn),
                                      c.extensions),
                     qPrintable(m_certs.errorText()));
        NginxServer::openToWorkers(m_root.path());
        QFile f(m_root.filePath(QStringLiteral("hello.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello over TLS");
        f.close();
        // The front door: a certificate for localhost, and /to/HOST/PORT redirects there.
        m_front = std::make_unique<NginxServer>(NginxServer::Options{
            .root = m_root.path(),
            .certificate = m_certs.path(QStringLiteral("server.crt")),
            .key = m_certs.path(QStringLiteral("server.key")),
            .extraServerConfig = QStringLiteral(
                "location ~ ^/to/([^/]+)/([0-9]+)$ { return 302 https://$1:$2/hello.txt; }")});
        QVERIFY2(m_front->start(), qPrintable(m_front->errorText()));
        m_proxy = std::make_unique<TestSupport::TinyProxy>();
        QVERIFY(m_proxy->start());
    }

    void verdictIsCurls_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("accepted");
        // Whose verdict envdesk must give: curl's, or Python's where envdesk follows the stricter
        // rule on purpose (an IP address only in a common name), or none (a public suffix under a
        // wildcard: browsers' rule, which neither curl nor Python applies).
        QTest::addColumn<QString>("oracle");
        QTest::addColumn<bool>("needsNames");
        QTest::addColumn<int>("transport");
        struct Row
        {
            const char *name;
            const char *certificate;
            const char *host;
            bool accepted;
            const char *oracle;
        };
        const Row rows[] = {
            {"SAN mismatch, CN matches", "san-mismatch", "localhost", false, "curl"},
            {"CN only", "cn-only", "localhost", true, "curl"},
            {"IP in the CN only", "ip-cn-only", "127.0.0.1", false, "python"},
            {"IP SAN", "ip-san", "127.0.0.1", true, "curl"},
            {"IP SAN asked by name", "ip-san", "localhost", false, "curl"},
            {"IP written as a DNS SAN", "ip-as-dns", "127.0.0.1", false, "curl"},
            {"wildcard over one label", "wildcard", "a.example.test", true, "curl"},
            {"wildcard over two labels", "wildcard", "a.b.example.test", false, "curl"},
            {"wildcard not for its parent", "wildcard", "example.test", false, "curl"},
            {"partial wildcard", "partial-wildcard", "ab.example.test", false, "curl"},
            {"wildcard on an IP", "wildcard-ip", "127.0.0.1", false, "curl"},
            {"*. alone", "star-dot", "localhost", false, "curl"},
            {"* alone", "star-alone", "localhost", false, "curl"},
            {"wildcard over a single label", "wildcard-one-label", "a.test", false, "curl"},
            {"wildcard over a public suffix", "wildcard-public-suffix", "example.co.uk", false, ""},
            {"IDN host", "idn", "bücher.example", true, "curl"},
            {"IDN host in A-labels", "idn", "xn--bcher-kva.example", true, "curl"},
            {"wildcard over an IDN", "idn-wildcard", "sub.bücher.example", true, "curl"},
            {"email SAN only, CN matches", "email-only", "localhost", true, "curl"},
            {"SAN in upper case", "upper-case", "localhost", true, "curl"},
            {"trailing dot", "wildcard", "a.example.test.", true, "curl"},
        };
        const std::pair<const char *, Transport> transports[] = {{"HTTP/1.1", Transport::Http11},
                                                                 {"HTTP/2", Transport::Http2},
                                                                 {"proxy", Transport::Proxy}};
        for (const Row &row : rows) {
            const QString host = QString::fromUtf8(row.host);
            const bool needsNames
                = host != QLatin1String("localhost") && host != QLatin1String("127.0.0.1");
            for (const auto &[label, transport] : transports) {
                QTest::addRow("%s, %s", row.name, label)
                    << QString::fromLatin1(row.certificate) << host << row.accepted
                    << QString::fromLatin1(row.oracle) << needsNames << int(transport);
            }
        }
    }

    void verdictIsCurls()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, host);
        QFETCH(bool, accepted);
        QFETCH(QString, oracle);
        QFETCH(bool, needsNames);
        QFETCH(int, transport);
        if (needsNames && !TestSupport::PrivateHosts::active()) {
            const QString why = QStringLiteral("test host names cannot resolve here: ")
                                + TestSupport::PrivateHosts::whyNot();
            if (!TestSupport::PrivateHosts::refusedByTheKernel())
                ENVDESK_NEEDS(why); // scripts/test installs util-linux and mount; as root they work
            QSKIP(qPrintable(why));
        }
        NginxServer *target = server(certificate, Transport(transport) == Transport::Http2);
        QVERIFY2(target->port(), qPrintable(target->errorText()));
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(host);
        url.setPort(target->port());
        url.setPath(QStringLiteral("/hello.txt"));
        QUrl redirect(
            m_front->baseUrl().replace(QLatin1String("127.0.0.1"), QLatin1String("localhost")));
        redirect.setPath(QStringLiteral("/to/%1/%2")
                             .arg(QString::fromLatin1(url.host(QUrl::FullyEncoded).toLatin1()))
                             .arg(target->port()));

        const QString expected = accepted ? QStringLiteral("accepted") : QStringLiteral("refused");
        // The oracle says what we think it says (so the row means what its name claims).
        // Asked once per certificate and host (the transport is envdesk's business).
        const QString oracleKey = certificate + QLatin1Char('|') + host;
        if (oracle == QLatin1String("curl") && !m_oracleAsked.contains(oracleKey)) {
            QCOMPARE(curlVerdict(url), expected);
            QCOMPARE(curlVerdict(redirect), expected);
        } else if (oracle == QLatin1String("python") && !m_oracleAsked.contains(oracleKey)) {
            QCOMPARE(pythonVerdict(host, target->port()), expected);
        }
        m_oracleAsked.insert(oracleKey);

        HttpClient client;
        HttpRequest asked = request(url, Transport(transport));
        asked.headers.append(
            {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic c2VjcmV0OnNlY3JldA==")});
        const QString logBefore = target->accessLog();
        const auto direct = fetch(client, asked);
        QCOMPARE(verdictOf(direct), expected);
        if (!direct) {
            // Nothing reached the server: no request, no credentials.
            QCOMPARE(target->accessLog(), logBefore);
            // The message names the host asked for and what the certificate names.
            QVERIFY2(direct.error().hint.contains(QLatin1String("the certificate is for")),
                     qPrintable(direct.error().toString()));
        } else {
            QCOMPARE(direct->certificateByCommonName,
                     certificate == QLatin1String("cn-only")
                         || certificate == QLatin1String("email-only"));
        }
        HttpClient other;
        const auto redirected = fetch(other, request(redirect, Transport(transport)));
        QCOMPARE(verdictOf(redirected), expected);
    }

    // What a user of the command line sees: the refusal names the certificate's names and the
    // host; a certificate named only in its CN works, with a warning.
    void commandLine()
    {
        QDir().mkpath(m_root.filePath(QStringLiteral("simple/demo")));
        QFile page(m_root.filePath(QStringLiteral("simple/demo/index.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<html><body><a href=\"demo-1.0-py3-none-any.whl#sha256="
                   "0000000000000000000000000000000000000000000000000000000000000000\">demo-1.0-"
                   "py3-none-any.whl</a>"
                   "</body></html>");
        page.close();
        NginxServer::openToWorkers(m_root.filePath(QStringLiteral("simple")));
        NginxServer::openToWorkers(m_root.filePath(QStringLiteral("simple/demo")));
        QTemporaryDir cache;
        auto listFiles = [&](const QString &certificate) {
            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SSL_CERT_FILE"), m_certs.path(QStringLiteral("ca.crt")));
            env.insert(QStringLiteral("UV_CACHE_DIR"), cache.path());
            cli.setProcessEnvironment(env);
            cli.start(QStringLiteral(ENVDESK_CLI_PATH),
                      {QStringLiteral("index"), QStringLiteral("list-files"),
                       QStringLiteral("demo"), QStringLiteral("--refresh"),
                       QStringLiteral("--index-url"),
                       QStringLiteral("https://localhost:%1/simple")
                           .arg(server(certificate, false)->port())});
            cli.waitForFinished(30000);
            return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()
                                                                    + cli.readAllStandardError()));
        };
        const auto [refusedCode, refused] = listFiles(QStringLiteral("san-mismatch"));
        QCOMPARE(refusedCode, 2);
        QVERIFY2(refused.contains(
                     QLatin1String("the certificate is for DNS:wrong.example, not localhost")),
                 qPrintable(refused));
        const auto [obsoleteCode, obsolete] = listFiles(QStringLiteral("cn-only"));
        QCOMPARE(obsoleteCode, 0);
        QVERIFY2(obsolete.contains(QLatin1String("demo-1.0-py3-none-any.whl")),
                 qPrintable(obsolete));
        QVERIFY2(obsolete.contains(QLatin1String("warning: the certificate of localhost:"))
                     && obsolete.contains(QLatin1String("names it only in its common name")),
                 qPrintable(obsolete));
        const auto [fineCode, fine] = listFiles(QStringLiteral("upper-case"));
        QCOMPARE(fineCode, 0);
        QVERIFY2(!fine.contains(QLatin1String("common name")), qPrintable(fine));
    }

    // The pure rules, for what no server is needed: a certificate made here, names asked of it.
    void namesOfACertificate()
    {
        auto load = [this](const char *name) {
            QFile f(m_certs.path(QString::fromLatin1(name) + QStringLiteral(".crt")));
            return f.open(QIODevice::ReadOnly) ? QSslCertificate(f.readAll()) : QSslCertificate();
        };
        const HostNameCheck mismatch
            = HostNameCheck::of(load("san-mismatch"), QStringLiteral("localhost"));
        QVERIFY(!mismatch.matches);
        QCOMPARE(mismatch.names, QStringList{QStringLiteral("DNS:wrong.example")});
        const HostNameCheck cnOnly
            = HostNameCheck::of(load("cn-only"), QStringLiteral("LOCALHOST"));
        QVERIFY(cnOnly.matches);
        QVERIFY(cnOnly.byCommonName);
        QCOMPARE(cnOnly.names, QStringList{QStringLiteral("CN:localhost")});
        QVERIFY(!HostNameCheck::of(load("ip-san"), QStringLiteral("::1")).matches);
        QVERIFY(HostNameCheck::of(load("ip-san"), QStringLiteral("127.0.0.1")).matches);
        QVERIFY(!HostNameCheck::of(load("wildcard"), QStringLiteral(".example.test")).matches);
        QVERIFY(!HostNameCheck::of(load("wildcard"), QStringLiteral("a..example.test")).matches);
        QVERIFY(!HostNameCheck::of(QSslCertificate(), QStringLiteral("localhost")).matches);
        // Qt's errors: its own host name verdict goes, envdesk's comes.
        const QSslCertificate good = load("wildcard");
        const QList<QSslError> qt{QSslError(QSslError::HostNameMismatch, good),
                                  QSslError(QSslError::CertificateExpired, good)};
        const auto kept
            = HostNameCheck::replaceQtVerdict(qt, good, QStringLiteral("a.example.test"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.front().error(), QSslError::CertificateExpired);
        const auto added
            = HostNameCheck::replaceQtVerdict({}, good, QStringLiteral("a.b.example.test"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.front().error(), QSslError::HostNameMismatch);
    }

    // The connection doctor says which names the certificate has and which host was asked for,
    // refuses what the client refuses, and warns about a certificate named only in its CN.
    void doctorNamesTheCertificatesNames()
    {
        auto examine = [this](const QString &certificate, const QString &host) {
            NginxServer *target = server(certificate, false);
            ConnectionDoctor::Target t;
            t.name = "corp";
            t.url = QUrl(QStringLiteral("https://%1:%2/simple/").arg(host).arg(target->port()));
            t.tls.trust = TlsProfile::Trust::Custom;
            t.tls.caFiles = {m_certs.path(QStringLiteral("ca.crt"))};
            ConnectionDoctor doctor(t, nullptr);
            std::optional<DoctorReport> report;
            doctor.run([&](DoctorReport r) { report = std::move(r); });
            QElapsedTimer clock;
            clock.start();
            while (!report && clock.elapsed() < 30000)
                QTest::qWait(5);
            return report.value_or(DoctorReport{});
        };
        const DoctorReport refused
            = examine(QStringLiteral("san-mismatch"), QStringLiteral("localhost"));
        const DoctorReport::Stage *tls = refused.stage(QLatin1String("tls"));
        QVERIFY(tls);
        QCOMPARE(tls->status, DoctorReport::Status::Failed);
        const QString details = tls->details.join(QLatin1Char('\n'));
        QVERIFY2(details.contains(QLatin1String(
                     "names in the certificate: DNS:wrong.example; host asked for: localhost")),
                 qPrintable(details));
        QVERIFY(!refused.ok);

        const DoctorReport obsolete
            = examine(QStringLiteral("cn-only"), QStringLiteral("localhost"));
        const DoctorReport::Stage *cn = obsolete.stage(QLatin1String("tls"));
        QVERIFY(cn);
        QCOMPARE(cn->status, DoctorReport::Status::Warning);
        QVERIFY2(cn->summary.contains(QLatin1String("common name")), qPrintable(cn->summary));
        QVERIFY2(cn->details.join(QLatin1Char('\n')).contains(QLatin1String("CN:localhost")),
                 qPrintable(cn->details.join(QLatin1Char('\n'))));

        const DoctorReport ip = examine(QStringLiteral("ip-cn-only"), QStringLiteral("127.0.0.1"));
        QCOMPARE(ip.stage(QLatin1String("tls"))->status, DoctorReport::Status::Failed);
    }
};

int main(int argc, char **argv)
{
    TestSupport::PrivateHosts::enter(argc, argv, testNames);
    QCoreApplication app(argc, argv);
    TestHostNames test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostnames.moc"
