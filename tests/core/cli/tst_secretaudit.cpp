// The secret-leak audit: a run of everyday operations with known secrets (a private index behind
// basic auth on a real nginx, credentials in a URL, in variables, in the keychain, in a proxy URL
// and in a pip.conf), then every file envdesk wrote and everything it printed is searched for the
// secrets, raw and base64-encoded as an Authorization header would carry them. Zero hits.
#include "common/requirements.h"
#include "common/nginxserver.h"

#include "core/net/secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Envdesk::Core;

namespace {

QString writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

} // namespace

class TestSecretAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_output; ///< everything envdesk printed

    int run(const QStringList &args, const QProcessEnvironment &env,
            const QByteArray &stdinData = {})
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.filePath(QStringLiteral("project")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ENVDESK_CLI_PATH), args);
        process.write(stdinData);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return -1;
        m_output += QString::fromUtf8(process.readAllStandardOutput())
                    + QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    }

private Q_SLOTS:
    void noSecretAnywhere()
    {
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        const bool keychain = SecretStore().probe().available;
        if (!keychain && qEnvironmentVariableIsSet("ENVDESK_TEST_KEYRING_HOME"))
            QFAIL("scripts/test promises a keyring, but none answers");
        if (!keychain)
            ENVDESK_NEEDS("no Secret Service in this session (scripts/test provides one)");

        const QByteArray urlSecret
            = "urlpw-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(10);
        const QByteArray envSecret
            = "envpw-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(10);
        const QByteArray proxySecret
            = "proxypw-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(10);
        const QByteArray pipSecret
            = "pippw-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(10);
        const QByteArray stdinSecret
            = "stdinpw-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(10);

        // A private index: basic auth for alice with the URL's secret.
        const QString www = m_dir.filePath(QStringLiteral("www"));
        writeFile(www + QStringLiteral("/simple/index.html"), "<a href=\"/simple/demo/\">demo</a>");
        writeFile(www + QStringLiteral("/simple/demo/index.html"),
                  "<a href=\"/files/demo-1.0-py3-none-any.whl\">demo-1.0-py3-none-any.whl</a>");
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"),
                                                  QString::fromLatin1(urlSecret)});
        QVERIFY(openssl.waitForFinished(10000) && openssl.exitCode() == 0);
        const QString htpasswd
            = writeFile(m_dir.filePath(QStringLiteral("auth/htpasswd")),
                        "alice:" + openssl.readAllStandardOutput().trimmed() + "\n");
        TestSupport::NginxServer server({.root = www, .htpasswd = htpasswd});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const QString base = server.baseUrl();
        const QString hostPort = QUrl(base).authority();

        // The project, with the secret in an index URL as users do write it.
        const QString project = m_dir.filePath(QStringLiteral("project"));
        writeFile(project + QStringLiteral("/pyproject.toml"),
                  "[project]\nname = \"audit\"\nversion = \"0.1.0\"\ndependencies = "
                  "[]\n\n[[tool.uv.index]]\n"
                  "name = \"corp\"\nurl = \"http://alice:"
                      + urlSecret + "@" + hostPort.toUtf8()
                      + "/simple\"\n"
                        "default = true\n");
        const QString pipConf = writeFile(m_dir.filePath(QStringLiteral("input/pip.conf")),
                                          "[global]\nextra-index-url = https://bob:" + pipSecret
                                              + "@pip.example/simple\n");

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("NETRC"), m_dir.filePath(QStringLiteral("home/.netrc")));
        env.insert(QStringLiteral("HTTPS_PROXY"),
                   QStringLiteral("http://proxyuser:%1@proxy.invalid:3128")
                       .arg(QString::fromLatin1(proxySecret)));
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));

        // Everyday operations.
        QCOMPARE(run({QStringLiteral("settings")}, env), 0);
        QCOMPARE(
            run({QStringLiteral("settings"), QStringLiteral("--format"), QStringLiteral("json")},
                env),
            0);
        QCOMPARE(run({QStringLiteral("index"), QStringLiteral("list-files"), QStringLiteral("demo"),
                      QStringLiteral("-v")},
                     env),
                 0);
        QCOMPARE(
            run({QStringLiteral("index"), QStringLiteral("test"), QStringLiteral("corp")}, env), 0);
        QCOMPARE(run({QStringLiteral("auth"), QStringLiteral("migrate")}, env), 0);
        QCOMPARE(run({QStringLiteral("auth"), QStringLiteral("get"), QStringLiteral("corp")}, env),
                 0);
        // From the keychain now, through the cache.
        QCOMPARE(run({QStringLiteral("index"), QStringLiteral("list-files"), QStringLiteral("demo"),
                      QStringLiteral("--refresh")},
                     env),
                 0);
        QCOMPARE(run({QStringLiteral("import"), pipConf}, env), 0);
        QCOMPARE(run({QStringLiteral("index"), QStringLiteral("add"), QStringLiteral("leaky"),
                      QStringLiteral("https://carol:%1@leaky.example/simple")
                          .arg(QString::fromLatin1(stdinSecret))},
                     env),
                 2); // refused: it would write the secret to pyproject.toml
        QCOMPARE(run({QStringLiteral("auth"), QStringLiteral("set"),
                      QStringLiteral("https://other.example/simple"), QStringLiteral("--username"),
                      QStringLiteral("carol")},
                     env, stdinSecret + "\n"),
                 0);
        // The variable outranks the keychain; the doctor names it, never its value.
        env.insert(QStringLiteral("UV_INDEX_CORP_USERNAME"), QStringLiteral("alice"));
        env.insert(QStringLiteral("UV_INDEX_CORP_PASSWORD"), QString::fromLatin1(envSecret));
        QCOMPARE(
            run({QStringLiteral("index"), QStringLiteral("test"), QStringLiteral("corp")}, env),
            1); // wrong password: 401
        QCOMPARE(run({QStringLiteral("index"), QStringLiteral("list-files"), QStringLiteral("demo"),
                      QStringLiteral("--refresh"), QStringLiteral("-v")},
                     env),
                 2);
        QCOMPARE(run({QStringLiteral("settings")}, env), 0);
        QVERIFY2(m_output.contains(QLatin1String("UV_INDEX_CORP_PASSWORD")), qPrintable(m_output));
        QVERIFY(m_output.contains(QLatin1String("401")));
        SecretStore().remove(QUrl(QStringLiteral("https://other.example/simple")));
        SecretStore().remove(QUrl(base + QStringLiteral("/simple")));

        // The audit.
        QList<QByteArray> needles;
        for (const QByteArray &secret : {urlSecret, envSecret, proxySecret, pipSecret, stdinSecret})
            needles << secret << secret.toBase64();
        needles << QByteArray("alice:" + urlSecret).toBase64()
                << QByteArray("alice:" + envSecret).toBase64();
        int files = 0;
        int cacheEntries = 0;
        for (const QString &dir :
             {project, m_dir.filePath(QStringLiteral("home")),
              m_dir.filePath(QStringLiteral("cache")), m_dir.filePath(QStringLiteral("config"))}) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray content = f.readAll();
                for (const QByteArray &needle : needles)
                    QVERIFY2(!content.contains(needle),
                             qPrintable(path + QLatin1String(" holds a secret")));
                ++files;
                cacheEntries += dir.endsWith(QLatin1String("cache"));
            }
        }
        for (const QByteArray &needle : needles)
            QVERIFY2(!m_output.toUtf8().contains(needle),
                     qPrintable(QLatin1String("printed a secret: ") + m_output));
        // The run did write files (the project, a cache entry of the authenticated page), so the
        // search searched something.
        QVERIFY2(files >= 2 && cacheEntries >= 1, qPrintable(QString::number(files)));
        qInfo("%d files and %lld bytes of output searched for %lld secret forms", files,
              qsizetype(m_output.size()), qsizetype(needles.size()));
    }
};

QTEST_GUILESS_MAIN(TestSecretAudit)
#include "tst_secretaudit.moc"
