#include "common/requirements.h"
#include "common/faultserver.h"
#include "common/nginxserver.h"

#include "core/index/indexclient.h"
#include "core/net/credentials.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;

namespace {

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

Expected<ProjectFiles> lookUp(IndexClient &client, const std::string &project)
{
    std::optional<Expected<ProjectFiles>> result;
    client.projectFiles(project, [&](Expected<ProjectFiles> r) { result = std::move(r); });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 20000)
        QTest::qWait(5);
    return result ? *result : std::unexpected(Error{ErrorCode::Timeout, QStringLiteral("no answer")});
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::NginxServer> m_server;

    CredentialProvider provider(const QMap<QString, QString> &env, const QString &netrc = {})
    {
        CredentialProvider::Options o;
        o.environment = QProcessEnvironment();
        for (auto it = env.begin(); it != env.end(); ++it)
            o.environment.insert(it.key(), it.value());
        o.netrcPath = netrc.isEmpty() ? m_dir.filePath(QStringLiteral("no-netrc")) : netrc;
        o.useKeychain = false;
        return CredentialProvider(o);
    }

    IndexSource privateIndex(IndexConfig::Authenticate mode = IndexConfig::Authenticate::Auto)
    {
        IndexSource s;
        s.name = "corp";
        s.url = QUrl(m_server->baseUrl() + QStringLiteral("/simple"));
        s.isDefault = true;
        s.authenticate = mode;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        const QString root = m_dir.filePath(QStringLiteral("www"));
        for (const char *project : {"alpha", "beta"}) {
            QDir().mkpath(root + QStringLiteral("/simple/") + QLatin1String(project));
            writeFile(root + QStringLiteral("/simple/") + QLatin1String(project) + QStringLiteral("/index.html"),
                      QByteArray("<a href=\"/files/") + project + "-1.0.tar.gz\">" + project + "-1.0.tar.gz</a>");
        }
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"), QStringLiteral("s3cret-token")});
        QVERIFY(openssl.waitForFinished(10000) && openssl.exitCode() == 0);
        const QString htpasswd = writeFile(m_dir.filePath(QStringLiteral("htpasswd")),
                                           "alice:" + openssl.readAllStandardOutput().trimmed() + "\n");
        m_server = std::make_unique<TestSupport::NginxServer>(TestSupport::NginxServer::Options{.root = root, .htpasswd = htpasswd});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    }

    void netrcParsing()
    {
        auto entries = parseNetrc("# corporate\nmachine nexus.example.com login alice password \"p w#1\"\n"
                                  "macdef init\ncd /x\n\nmachine other login bob password b\ndefault login anon password guest\n",
                                  QStringLiteral("/home/u/.netrc"));
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().toString()));
        QCOMPARE(entries->size(), 3u);
        QCOMPARE((*entries)[0].login, QStringLiteral("alice"));
        QCOMPARE((*entries)[0].password, QByteArray("p w#1"));
        QCOMPARE((*entries)[0].line, 2);
        QCOMPARE((*entries)[2].machine, QString());
        auto bad = parseNetrc("machine x\nlogin\n", QStringLiteral("/home/u/.netrc"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().line, 2);
        QCOMPARE(bad.error().file, QStringLiteral("/home/u/.netrc"));
        QVERIFY(!parseNetrc("password before machine", QStringLiteral("n")));
    }

    void precedenceFollowsUv()
    {
        const QString netrc = writeFile(m_dir.filePath(QStringLiteral("netrc")),
                                        "machine nexus.example.com login nina password from-netrc\n");
        const QUrl plain(QStringLiteral("https://nexus.example.com/simple"));
        const QUrl withUser(QStringLiteral("https://urluser:from-url@nexus.example.com/simple"));

        auto fromUrl = provider({{"UV_INDEX_CORP_USERNAME", "envuser"}, {"UV_INDEX_CORP_PASSWORD", "from-env"}}, netrc)
                           .find("corp", withUser);
        QVERIFY(fromUrl);
        QCOMPARE(fromUrl->secret, QByteArray("from-url"));
        QCOMPARE(fromUrl->source, QStringLiteral("the index URL"));

        auto fromEnv = provider({{"UV_INDEX_CORP_USERNAME", "envuser"}, {"UV_INDEX_CORP_PASSWORD", "from-env"}}, netrc)
                           .find("corp", plain);
        QVERIFY(fromEnv);
        QCOMPARE(fromEnv->username, QStringLiteral("envuser"));
        QCOMPARE(fromEnv->source, QStringLiteral("$UV_INDEX_CORP_PASSWORD"));

        auto fromNetrc = provider({}, netrc).find("corp", plain);
        QVERIFY(fromNetrc);
        QCOMPARE(fromNetrc->username, QStringLiteral("nina"));
        QVERIFY(fromNetrc->source.endsWith(QLatin1String("netrc line 1")));

        // A username alone (URL or variable) picks the matching .netrc entry's password only.
        auto userOnly = provider({{"UV_INDEX_CORP_USERNAME", "someone-else"}}, netrc).find("corp", plain);
        QVERIFY(!userOnly);
        QVERIFY(!provider({}, {}).find("corp", plain));
    }

    // [tool.envdesk] credential-command: a helper prints a short-lived token; it runs once and its
    // token is reused until it expires, then it runs again.
    void credentialCommandTokensAreCachedUntilTheyExpire()
    {
        const QString counter = m_dir.filePath(QStringLiteral("runs"));
        const QString script = writeFile(m_dir.filePath(QStringLiteral("token.sh")),
                                         "#!/bin/sh\necho run >> '" + counter.toUtf8() + "'\necho s3cret-token\n");
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        CredentialProvider::Options o;
        o.environment = QProcessEnvironment();
        o.netrcPath = m_dir.filePath(QStringLiteral("no-netrc"));
        o.useKeychain = false;
        o.commands["corp"] = CredentialCommand{{script}, QStringLiteral("alice"), 3600};
        CredentialProvider creds(o);
        HttpClient http;
        IndexClient client({.indexes = {privateIndex(IndexConfig::Authenticate::Always)}, .credentials = &creds}, &http);
        auto alpha = lookUp(client, "alpha");
        QVERIFY2(alpha, qPrintable(alpha ? QString() : alpha.error().toString()));
        QVERIFY(alpha->queries[0].credentialSource.contains(QLatin1String("credential command")));
        QVERIFY(lookUp(client, "beta"));
        QCOMPARE(creds.commandRuns(), 1);

        // A token past its lifetime is not used again: the helper runs for the next request.
        o.commands["corp"].lifetimeSeconds = 0;
        CredentialProvider shortLived(o);
        QVERIFY(shortLived.find("corp", privateIndex().url));
        QVERIFY(shortLived.find("corp", privateIndex().url));
        QCOMPARE(shortLived.commandRuns(), 2);
        QFile runs(counter);
        QVERIFY(runs.open(QIODevice::ReadOnly));
        QCOMPARE(runs.readAll().count("run"), 3);

        // Variables outrank the command, as they outrank .netrc and the keychain: it does not run.
        o.environment.insert(QStringLiteral("UV_INDEX_CORP_USERNAME"), QStringLiteral("alice"));
        o.environment.insert(QStringLiteral("UV_INDEX_CORP_PASSWORD"), QStringLiteral("from-env"));
        CredentialProvider withEnv(o);
        QCOMPARE(withEnv.find("corp", privateIndex().url)->source, QStringLiteral("$UV_INDEX_CORP_PASSWORD"));
        QCOMPARE(withEnv.commandRuns(), 0);
    }

    void credentialCommandJsonAndFailures()
    {
        const QString json = writeFile(m_dir.filePath(QStringLiteral("json.sh")),
                                       "#!/bin/sh\necho '{\"username\": \"oauth2accesstoken\", \"token\": \"ya29.tok\", \"expires_in\": 3600}'\n");
        const QString failing = writeFile(m_dir.filePath(QStringLiteral("fail.sh")),
                                          "#!/bin/sh\necho 'Error: the SSO session has expired' >&2\necho partial\nexit 3\n");
        for (const QString &f : {json, failing})
            QFile::setPermissions(f, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        CredentialProvider::Options o;
        o.environment = QProcessEnvironment();
        o.netrcPath = m_dir.filePath(QStringLiteral("no-netrc"));
        o.useKeychain = false;
        o.commands["gar"] = CredentialCommand{{json}};
        o.commands["aws"] = CredentialCommand{{failing}};
        o.commands["missing"] = CredentialCommand{{m_dir.filePath(QStringLiteral("no-such-helper"))}};
        CredentialProvider creds(o);
        const QUrl url(QStringLiteral("https://europe-python.pkg.dev/p/r/simple"));
        auto token = creds.find("gar", url);
        QVERIFY(token);
        QCOMPARE(token->username, QStringLiteral("oauth2accesstoken"));
        QCOMPARE(token->secret, QByteArray("ya29.tok"));
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(token->expires);
        QVERIFY2(left > 3400 && left <= 3600, qPrintable(QString::number(left)));

        // A failing helper: no credentials, and a warning that says why (its first error line),
        // never what it printed on stdout.
        QVERIFY(!creds.find("aws", url));
        QVERIFY(!creds.find("missing", url));
        const QString warnings = creds.warnings().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QLatin1String("(exit code 3): Error: the SSO session has expired")), qPrintable(warnings));
        QVERIFY(warnings.contains(QLatin1String("could not be started")));
        QVERIFY(!warnings.contains(QLatin1String("partial")));
    }

    // [tool.envdesk] headers go to the index's own origin only: a file on another host (a CDN)
    // gets neither them nor credentials.
    void extraHeadersStayWithTheIndex()
    {
        TestSupport::FaultServer cdn([](const TestSupport::FaultRequest &) {
            return TestSupport::FaultAction::ok("Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n");
        });
        const QByteArray page = "<a href=\"" + cdn.url(QStringLiteral("/f/demo-1.0-py3-none-any.whl")).toUtf8()
                                + "\" data-dist-info-metadata=\"true\">demo-1.0-py3-none-any.whl</a>";
        TestSupport::FaultServer index([page](const TestSupport::FaultRequest &) {
            return TestSupport::FaultAction{TestSupport::FaultAction::response(200, page, {{"Content-Type", "text/html"}}),
                                            TestSupport::FaultAction::After::Close, 0};
        });
        IndexSource s;
        s.name = "corp";
        s.url = QUrl(index.url(QStringLiteral("/simple")));
        s.isDefault = true;
        s.headers = {{"X-Api-Key", "k-123"}};
        HttpClient http;
        IndexClient client({.indexes = {s}}, &http);
        auto files = lookUp(client, "demo");
        QVERIFY2(files, qPrintable(files ? QString() : files.error().toString()));
        QCOMPARE(files->files.size(), 1u);
        QCOMPARE(index.requests().first().headers.value("x-api-key"), QByteArray("k-123"));
        std::optional<Expected<QByteArray>> metadata;
        client.fetchMetadata(files->files.front(), [&](Expected<QByteArray> m) { metadata = std::move(m); });
        QTRY_VERIFY_WITH_TIMEOUT(metadata.has_value(), 10000);
        QVERIFY2(*metadata, qPrintable(*metadata ? QString() : metadata->error().toString()));
        QCOMPARE(cdn.requests().size(), 1);
        QVERIFY(!cdn.requests().first().headers.contains("x-api-key"));
        QVERIFY(!cdn.requests().first().headers.contains("authorization"));
    }

    // authenticate = auto: credentials meant for this index (here its variables) go with the
    // first request, so an Artifactory that lists less to anonymous users lists everything.
    void autoSendsTheIndexsOwnCredentialsUpFront()
    {
        CredentialProvider creds = provider({{"UV_INDEX_CORP_USERNAME", "alice"}, {"UV_INDEX_CORP_PASSWORD", "s3cret-token"}});
        HttpClient http;
        IndexClient client({.indexes = {privateIndex()}, .credentials = &creds}, &http);
        const qsizetype before = m_server->accessLog().size();
        auto first = lookUp(client, "alpha");
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->files.size(), 1u);
        QCOMPARE(first->queries[0].credentialSource, QStringLiteral("$UV_INDEX_CORP_PASSWORD"));
        const QString log = m_server->accessLog().mid(before);
        QCOMPARE(log.count(QLatin1String(" 401 ")), 0);
        QVERIFY2(log.contains(QLatin1String("/simple/alpha/index.html 200 auth=Basic")), qPrintable(log));
    }

    // A .netrc `default` entry is meant for any host: sent only once the realm asks (401), and
    // then with every request to that realm for the rest of the run.
    void aNetrcDefaultWaitsForA401AndTheRealmIsRemembered()
    {
        const QString netrc = m_dir.filePath(QStringLiteral("netrc-default"));
        QFile f(netrc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("default login alice password s3cret-token\n");
        f.close();
        CredentialProvider creds = provider({}, netrc);
        HttpClient http;
        IndexClient client({.indexes = {privateIndex()}, .credentials = &creds}, &http);
        const qsizetype before = m_server->accessLog().size();
        auto first = lookUp(client, "alpha");
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->files.size(), 1u);
        QVERIFY(first->queries[0].credentialSource.contains(QLatin1String("line 1")));
        auto second = lookUp(client, "beta");
        QVERIFY(second);
        const QString log = m_server->accessLog().mid(before);
        QCOMPARE(log.count(QLatin1String("/simple/alpha/ 401")), 1);
        QCOMPARE(log.count(QLatin1String("/simple/beta/ 401")), 0); // sent up front the second time
    }

    void alwaysWithoutCredentialsSaysWhatToDo()
    {
        CredentialProvider creds = provider({});
        HttpClient http;
        IndexClient client({.indexes = {privateIndex(IndexConfig::Authenticate::Always)}, .credentials = &creds}, &http);
        auto r = lookUp(client, "alpha");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::AccessDenied);
        QVERIFY(r.error().message.contains(QLatin1String("requires credentials")));
        QVERIFY(r.error().hint.contains(QLatin1String("UV_INDEX_CORP_USERNAME")));
    }

    void wrongCredentialsAreReportedAsSuch()
    {
        CredentialProvider creds = provider({{"UV_INDEX_CORP_USERNAME", "alice"}, {"UV_INDEX_CORP_PASSWORD", "wrong"}});
        HttpClient http;
        IndexClient client({.indexes = {privateIndex()}, .credentials = &creds}, &http);
        auto r = lookUp(client, "alpha");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::AccessDenied);
        QVERIFY2(r.error().message.contains(QLatin1String("'corp' answered 401")), qPrintable(r.error().message));
        QVERIFY(!r.error().toString().contains(QLatin1String("wrong")));
    }

    void neverSendsNothing()
    {
        CredentialProvider creds = provider({{"UV_INDEX_CORP_USERNAME", "alice"}, {"UV_INDEX_CORP_PASSWORD", "s3cret-token"}});
        HttpClient http;
        IndexClient client({.indexes = {privateIndex(IndexConfig::Authenticate::Never)}, .credentials = &creds}, &http);
        auto r = lookUp(client, "alpha");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::AccessDenied);
        const QStringList lines = m_server->accessLog().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.last().startsWith(QLatin1String("GET /simple/alpha/ 401")));
        QVERIFY2(lines.last().endsWith(QLatin1String("auth=-")), qPrintable(lines.last()));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
