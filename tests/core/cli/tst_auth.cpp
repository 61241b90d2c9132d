// envdesk-cli auth: credentials into and out of the real keychain (the Secret Service that
// scripts/test starts), never through argv, never into a file.
#include "common/requirements.h"
#include "common/certs.h"
#include "common/nginxserver.h"
#include "common/tinyproxy.h"

#include "core/net/secretstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Envdesk::Core;

class TestAuth : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    bool m_available = false;
    QString m_host;

    Run run(const QStringList &args, const QByteArray &stdinData = {},
            const QProcessEnvironment &extra = {}) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NETRC"), m_dir.filePath(QStringLiteral("no-netrc")));
        for (const QString &k : extra.keys())
            env.insert(k, extra.value(k));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ENVDESK_CLI_PATH), args);
        process.write(stdinData);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QByteArray projectText(const QString &userInfo) const
    {
        return "[project]\nname = \"demo\"\nversion = \"0.1.0\"\ndependencies = []\n\n"
               "# the company index\n[[tool.uv.index]]\nname = \"corp\"\nurl = \"https://"
               + userInfo.toUtf8() + m_host.toUtf8() + "/simple\"\n";
    }

    void writeProject(const QByteArray &text) const
    {
        QFile f(m_dir.filePath(QStringLiteral("pyproject.toml")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

    QByteArray readProject() const
    {
        QFile f(m_dir.filePath(QStringLiteral("pyproject.toml")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_host = QStringLiteral("corp-%1.example")
                     .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        m_available = SecretStore().probe().available;
        if (!m_available && qEnvironmentVariableIsSet("ENVDESK_TEST_KEYRING_HOME"))
            QFAIL("scripts/test promises a keyring, but none answers");
    }

    void migrateMovesUrlCredentialsIntoTheKeychain()
    {
        if (!m_available)
            ENVDESK_NEEDS("no Secret Service in this session (scripts/test provides one)");
        writeProject(projectText(QStringLiteral("alice:tok-MIGRATE-42@")));
        Run r = run({QStringLiteral("auth"), QStringLiteral("migrate")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QLatin1String("tok-MIGRATE-42")));
        // Only the URL changed, byte for byte.
        QCOMPARE(readProject(), projectText(QString()));

        r = run({QStringLiteral("auth"), QStringLiteral("get"), QStringLiteral("corp")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("username: alice")));
        QVERIFY(r.out.contains(QLatin1String("the keychain")));
        QVERIFY(!r.out.contains(QLatin1String("tok-MIGRATE-42")));
        r = run({QStringLiteral("auth"), QStringLiteral("get"), QStringLiteral("corp"),
                 QStringLiteral("--show-secret")});
        QVERIFY(r.out.contains(QLatin1String("tok-MIGRATE-42")));

        // A second migrate has nothing to do.
        r = run({QStringLiteral("auth"), QStringLiteral("migrate")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("nothing to do")));
    }

    void setGetRemove()
    {
        if (!m_available)
            ENVDESK_NEEDS("no Secret Service in this session (scripts/test provides one)");
        writeProject(projectText(QString()));
        // The secret comes on stdin; without a user name that is refused.
        Run r = run({QStringLiteral("auth"), QStringLiteral("set"), QStringLiteral("corp")},
                    "tok-SET-7\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--username")));
        r = run({QStringLiteral("auth"), QStringLiteral("set"), QStringLiteral("corp"),
                 QStringLiteral("--username"), QStringLiteral("bob")},
                "tok-SET-7\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QLatin1String("tok-SET-7")));
        QCOMPARE(
            (*SecretStore().read(QUrl(QStringLiteral("https://%1/simple/").arg(m_host))))->secret,
            QByteArray("tok-SET-7"));
        r = run({QStringLiteral("auth"), QStringLiteral("get"),
                 QStringLiteral("https://%1/simple").arg(m_host)});
        QVERIFY(r.out.contains(QLatin1String("username: bob")));

        // A variable outranks the keychain, as in uv; get says which one.
        QProcessEnvironment env;
        env.insert(QStringLiteral("UV_INDEX_CORP_USERNAME"), QStringLiteral("ci"));
        env.insert(QStringLiteral("UV_INDEX_CORP_PASSWORD"), QStringLiteral("from-env"));
        r = run({QStringLiteral("auth"), QStringLiteral("get"), QStringLiteral("corp")}, {}, env);
        QVERIFY2(r.out.contains(QLatin1String("UV_INDEX_CORP_PASSWORD")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("from-env")));

        r = run({QStringLiteral("auth"), QStringLiteral("remove"), QStringLiteral("corp")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("auth"), QStringLiteral("get"), QStringLiteral("corp")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QLatin1String("no credentials")));

        r = run({QStringLiteral("auth"), QStringLiteral("set"), QStringLiteral("nope"),
                 QStringLiteral("--token")},
                "x");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("known indexes: corp")));
    }

    // A proxy that answers 407: the error says how to store its password; once stored in the
    // keychain under the proxy's URL, requests go through.
    void proxyPasswordFromTheKeychain()
    {
        if (!m_available)
            ENVDESK_NEEDS("no Secret Service in this session (scripts/test provides one)");
        if (TestSupport::NginxServer::binary().isEmpty()
            || TestSupport::TinyProxy::binary().isEmpty())
            ENVDESK_NEEDS("nginx and tinyproxy are needed (scripts/test installs them)");
        QTemporaryDir root;
        QDir().mkpath(root.filePath(QStringLiteral("simple/demo")));
        QFile page(root.filePath(QStringLiteral("simple/demo/index.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<a href=\"/f/demo-1.0-py3-none-any.whl\">demo-1.0-py3-none-any.whl</a>");
        page.close();
        TestSupport::NginxServer server({.root = root.path()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        TestSupport::TinyProxy proxy(QStringLiteral("pat"), QStringLiteral("proxy-pw-77"));
        QVERIFY(proxy.start());
        writeProject("[project]\nname = \"demo\"\nversion = \"0.1.0\"\ndependencies = "
                     "[]\n\n[[tool.uv.index]]\nname = \"corp\"\n"
                     "url = \""
                     + server.baseUrl().toUtf8() + "/simple\"\ndefault = true\n");
        QProcessEnvironment env;
        env.insert(QStringLiteral("HTTP_PROXY"), proxy.url().toString());
        env.insert(QStringLiteral("NO_PROXY"), QString());
        env.insert(QStringLiteral("no_proxy"), QString());
        const QStringList listFiles{QStringLiteral("index"), QStringLiteral("list-files"),
                                    QStringLiteral("demo"), QStringLiteral("--refresh")};
        SecretStore().remove(proxy.url());
        Run r = run(listFiles, {}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("407")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("envdesk-cli auth set ") + proxy.url().toString()),
                 qPrintable(r.err));

        r = run({QStringLiteral("auth"), QStringLiteral("set"), proxy.url().toString(),
                 QStringLiteral("--username"), QStringLiteral("pat")},
                "proxy-pw-77\n");
        QCOMPARE(r.exitCode, 0);
        r = run(listFiles, {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("demo-1.0-py3-none-any.whl")));
        QVERIFY(!QString(r.out + r.err).contains(QLatin1String("proxy-pw-77")));
        SecretStore().remove(proxy.url());
    }

    // A PKCS#12 client certificate whose passphrase is in the keychain, stored under the file's
    // URL: without it the error gives the command; with it the index (which demands a client
    // certificate) answers.
    void clientCertificatePassphraseFromTheKeychain()
    {
        if (!m_available)
            ENVDESK_NEEDS("a Secret Service (scripts/test starts one)");
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx (scripts/test installs it)");
        TestSupport::TestCertificates certs;
        QVERIFY2(certs.make(), qPrintable(certs.errorText()));
        const QString p12 = certs.path(QStringLiteral("client.p12"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                       certs.path(QStringLiteral("client.crt")), QStringLiteral("-inkey"),
                       certs.path(QStringLiteral("client.key")), QStringLiteral("-out"), p12,
                       QStringLiteral("-passout"), QStringLiteral("pass:p12-secret-5")});
        QVERIFY(openssl.waitForFinished(20000) && openssl.exitCode() == 0);
        QTemporaryDir root;
        QDir().mkpath(root.filePath(QStringLiteral("simple/demo")));
        QFile page(root.filePath(QStringLiteral("simple/demo/index.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<a href=\"/f/demo-1.0-py3-none-any.whl\">demo-1.0-py3-none-any.whl</a>");
        page.close();
        TestSupport::NginxServer server({.root = root.path(),
                                         .certificate = certs.path(QStringLiteral("server.crt")),
                                         .key = certs.path(QStringLiteral("server.key")),
                                         .clientCa = certs.path(QStringLiteral("client-ca.crt"))});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        writeProject("[project]\nname = \"demo\"\nversion = \"0.1.0\"\ndependencies = "
                     "[]\n\n[[tool.uv.index]]\nname = \"corp\"\n"
                     "url = \""
                     + server.baseUrl().toUtf8()
                     + "/simple\"\ndefault = true\n\n[tool.envdesk.index.corp]\nca-bundle = \""
                     + certs.path(QStringLiteral("ca.crt")).toUtf8() + "\"\nclient-cert = \""
                     + p12.toUtf8() + "\"\n");
        const QString fileUrl = QUrl::fromLocalFile(p12).toString();
        SecretStore().remove(QUrl(fileUrl));
        QProcessEnvironment env;
        env.insert(QStringLiteral("SSL_CERT_FILE"), QString());
        env.insert(QStringLiteral("SSL_CLIENT_CERT"), QString());
        const QStringList listFiles{QStringLiteral("index"), QStringLiteral("list-files"),
                                    QStringLiteral("demo"), QStringLiteral("--refresh")};
        Run r = run(listFiles, {}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("without its passphrase")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("envdesk-cli auth set ") + fileUrl),
                 qPrintable(r.err));

        r = run({QStringLiteral("auth"), QStringLiteral("set"), fileUrl, QStringLiteral("--token")},
                "p12-secret-5\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run(listFiles, {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("demo-1.0-py3-none-any.whl")));
        QVERIFY(!QString(r.out + r.err).contains(QLatin1String("p12-secret-5")));
        SecretStore().remove(QUrl(fileUrl));
    }

    // No Secret Service: say so, store nothing anywhere, leave the project file as it was.
    void withoutKeychainNothingIsStoredOrChanged()
    {
        const QByteArray original = projectText(QStringLiteral("alice:tok-NOKEY-9@"));
        writeProject(original);
        QProcessEnvironment env;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        Run r = run({QStringLiteral("auth"), QStringLiteral("migrate")}, {}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("keychain")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("nothing was changed")));
        QCOMPARE(readProject(), original);
        r = run({QStringLiteral("auth"), QStringLiteral("set"), QStringLiteral("corp"),
                 QStringLiteral("--token")},
                "tok-NOKEY-9", env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains(QLatin1String("tok-NOKEY-9")));
        // Nothing landed in the temporary home either.
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("home")))
                || QDir(m_dir.filePath(QStringLiteral("home"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
