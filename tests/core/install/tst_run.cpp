// envdesk-cli run and export, as a user runs them against a private index: nginx over HTTPS with
// a CA of the test's own and basic auth on every page and file; the password only in the
// keychain, the CA only in the project's [tool.envdesk.index] settings. `run -- python -m pip
// download` reaches the index with both, and nothing the run leaves on disk holds the password.
// `export` writes a requirements file that pip accepts in --require-hashes mode.

#include "common/certs.h"
#include "common/nginxserver.h"
#include "common/requirements.h"
#include "common/wheelindex.h"

#include "core/net/secretstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;
using TestSupport::Run;

namespace {

const QByteArray password = "tok-RUN-4e1b";

} // namespace

class TestRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::TestCertificates m_certs;
    std::unique_ptr<TestSupport::NginxServer> m_server;
    QString m_project;
    QProcessEnvironment m_env;

    Run cli(const QStringList &args)
    {
        return TestSupport::runProgram(QStringLiteral(ENVDESK_CLI_PATH), args, {}, m_project,
                                       m_env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::NginxServer::openToWorkers(m_dir.path());
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        if (!QFile::exists(QStringLiteral("/usr/bin/python3"))
            || TestSupport::debianPipWheel().isEmpty())
            ENVDESK_NEEDS(
                "Debian's python3 and python3-pip-whl are needed (scripts/test installs them)");
        if (!SecretStore().probe().available)
            ENVDESK_NEEDS("no Secret Service in this session (scripts/test provides one)");
        QVERIFY2(m_certs.make(), qPrintable(m_certs.errorText()));
        const QString root = m_dir.filePath(QStringLiteral("index"));
        TestSupport::WheelIndex index(root);
        QCOMPARE(index.publishModule(QStringLiteral("alpha"), QStringLiteral("1.0"),
                                     QStringLiteral("'1.0'")),
                 QString());
        QCOMPARE(index.publishWheel(QStringLiteral("pip"), TestSupport::debianPipWheel()),
                 QString());
        // Basic auth on everything: pages and files.
        const QString htpasswd = m_dir.filePath(QStringLiteral("htpasswd"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"),
                                                  QString::fromLatin1(password)});
        QVERIFY(openssl.waitForFinished(10000));
        QFile h(htpasswd);
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.write("builder:" + openssl.readAllStandardOutput().trimmed() + "\n");
        h.close();
        QFile::setPermissions(htpasswd, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        m_server = std::make_unique<TestSupport::NginxServer>(TestSupport::NginxServer::Options{
            .root = root,
            .certificate = m_certs.path(QStringLiteral("server.crt")),
            .key = m_certs.path(QStringLiteral("server.key")),
            .htpasswd = htpasswd});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));

        m_project = m_dir.filePath(QStringLiteral("project"));
        QDir().mkpath(m_project);
        const QString url = QStringLiteral("https://localhost:%1/simple").arg(m_server->port());
        QFile pyproject(m_project + QStringLiteral("/pyproject.toml"));
        QVERIFY(pyproject.open(QIODevice::WriteOnly));
        pyproject.write(
            QStringLiteral(
                "[project]\nname = \"app\"\nversion = \"0.1\"\nrequires-python = \">=3.8\"\n"
                "dependencies = [\"alpha\", \"pip\"]\n\n"
                "[[tool.uv.index]]\nname = \"corp\"\nurl = \"%1\"\ndefault = true\n\n"
                "[tool.envdesk.index.corp]\nca-bundle = \"%2\"\n")
                .arg(url, m_certs.path(QStringLiteral("ca.crt")))
                .toUtf8());
        pyproject.close();
        m_env.insert(QStringLiteral("UV_CACHE_DIR"), m_dir.filePath(QStringLiteral("cache")));
        m_env.insert(QStringLiteral("NETRC"), m_dir.filePath(QStringLiteral("no-netrc")));
        m_env.insert(QStringLiteral("SSL_CERT_FILE"),
                     QString()); // the machine's setting plays no part
        m_env.insert(QStringLiteral("PIP_CONFIG_FILE"), QStringLiteral("/dev/null"));
        const Run set
            = TestSupport::runProgram(QStringLiteral(ENVDESK_CLI_PATH),
                                      {QStringLiteral("auth"), QStringLiteral("set"), url,
                                       QStringLiteral("--username"), QStringLiteral("builder")},
                                      password + '\n', m_project, m_env);
        QVERIFY2(set.code == 0, qPrintable(set.out));
        // Debian's pip (23.0) runs on the Python it came with.
        const Run venv = cli({QStringLiteral("venv"), QStringLiteral(".venv"),
                              QStringLiteral("--python"), QStringLiteral("/usr/bin/python3")});
        QVERIFY2(venv.code == 0, qPrintable(venv.out));
    }

    void pipReachesThePrivateIndexThroughRun()
    {
        const QString downloads = m_dir.filePath(QStringLiteral("downloads"));
        // The sync first, so that what the index sees afterwards is pip's alone.
        const Run synced
            = cli({QStringLiteral("run"), QStringLiteral("--"), QStringLiteral("python"),
                   QStringLiteral("-c"), QStringLiteral("import alpha; print(alpha.VALUE)")});
        QVERIFY2(synced.code == 0, qPrintable(synced.out));
        QVERIFY2(synced.out.startsWith(QLatin1String("1.0\n")),
                 qPrintable(synced.out)); // stdout, then what sync said
        const qsizetype before = m_server->accessLog().size();
        const Run r = cli(
            {QStringLiteral("run"), QStringLiteral("--no-sync"), QStringLiteral("--"),
             QStringLiteral("python"), QStringLiteral("-m"), QStringLiteral("pip"),
             QStringLiteral("download"), QStringLiteral("alpha==1.0"), QStringLiteral("--no-deps"),
             QStringLiteral("--disable-pip-version-check"), QStringLiteral("-d"), downloads});
        QVERIFY2(r.code == 0,
                 qPrintable(r.out + QStringLiteral("\n") + m_server->accessLog().right(1500)));
        QVERIFY2(QFile::exists(downloads + QStringLiteral("/alpha-1.0-py3-none-any.whl")),
                 qPrintable(r.out));
        // pip asked with the credentials, over the project's CA (nginx saw no 401 for its file).
        const QString pipsRequests = m_server->accessLog().mid(before);
        QVERIFY2(pipsRequests.contains(
                     QLatin1String("/files/alpha-1.0-py3-none-any.whl 200 auth=Basic")),
                 qPrintable(pipsRequests));
        QVERIFY2(!pipsRequests.contains(QLatin1String(" 401 ")), qPrintable(pipsRequests));
        QVERIFY(!r.out.contains(QString::fromLatin1(password)));
        // The password is in no file the project, the environment or the cache holds.
        for (const QString &folder :
             QStringList{m_project, m_dir.filePath(QStringLiteral("cache"))}) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.size() < 50'000'000 && f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(password), qPrintable(f.fileName()));
            }
        }
    }

    void theEnvironmentNamesIndexesAndCertificates()
    {
        const Run r = cli(
            {QStringLiteral("run"), QStringLiteral("--no-sync"), QStringLiteral("--"),
             QStringLiteral("python"), QStringLiteral("-c"),
             QStringLiteral("import os, sys\n"
                            "print(sys.prefix == os.environ['VIRTUAL_ENV'])\n"
                            "print(os.environ['UV_INDEX_CORP_USERNAME'])\n"
                            "print(os.environ['PIP_INDEX_URL'].startswith('https://builder:'))\n"
                            "print(os.environ['SSL_CERT_FILE'] == os.environ['PIP_CERT'])\n"
                            "print(open(os.environ['SSL_CERT_FILE']).read().count('BEGIN "
                            "CERTIFICATE') > 1)\n")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QCOMPARE(
            r.out.split(QLatin1Char('\n')),
            QStringList({QStringLiteral("True"), QStringLiteral("builder"), QStringLiteral("True"),
                         QStringLiteral("True"), QStringLiteral("True")}));
        // The bundle holds the project's CA.
        QFile bundle(m_project + QStringLiteral("/.venv/.envdesk/ca-bundle.pem"));
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        QFile ca(m_certs.path(QStringLiteral("ca.crt")));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QVERIFY(bundle.readAll().contains(QSslCertificate(ca.readAll()).toPem()));
    }

    void exitCodesAreTheCommands()
    {
        Run r = cli({QStringLiteral("run"), QStringLiteral("--no-sync"), QStringLiteral("--"),
                     QStringLiteral("python"), QStringLiteral("-c"),
                     QStringLiteral("raise SystemExit(7)")});
        QCOMPARE(r.code, 7);
        r = cli({QStringLiteral("run"), QStringLiteral("--no-sync"), QStringLiteral("--"),
                 QStringLiteral("no-such-program-here")});
        QCOMPARE(r.code, 127);
        QVERIFY2(r.out.contains(QLatin1String("cannot run no-such-program-here")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("run")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QLatin1String("usage: envdesk-cli run")), qPrintable(r.out));
    }

    // init makes what the New Project window makes: a project on the private index, its .venv,
    // its first dependency locked and synced; and refuses what it cannot do, changing nothing.
    void initMakesAProjectThatSyncs()
    {
        const QString folder = m_dir.filePath(QStringLiteral("made/by-init"));
        const QString url = QStringLiteral("https://localhost:%1/simple").arg(m_server->port());
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("SSL_CERT_FILE"), m_certs.path(QStringLiteral("ca.crt")));
        auto init = [&](const QStringList &args) {
            return TestSupport::runProgram(QStringLiteral(ENVDESK_CLI_PATH),
                                           QStringList{QStringLiteral("init")} + args, {},
                                           m_dir.path(), env);
        };
        // The preset's URL pattern must be filled in; credentials never go into the file.
        Run r = init({folder, QStringLiteral("--index-preset"), QStringLiteral("nexus")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QLatin1String("/repository/{repository}/simple")),
                 qPrintable(r.out));
        r = init({folder, QStringLiteral("--index-preset"), QStringLiteral("custom"),
                  QStringLiteral("--index-url"),
                  QStringLiteral("https://builder:secret@localhost/simple")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QLatin1String("envdesk-cli auth set")), qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/pyproject.toml")));

        // The keychain already holds this index's password (initTestCase).
        r = init({folder, QStringLiteral("--name"), QStringLiteral("made"),
                  QStringLiteral("--python"), QStringLiteral("/usr/bin/python3"),
                  QStringLiteral("--index-preset"), QStringLiteral("custom"),
                  QStringLiteral("--index-url"), url, QStringLiteral("-d"),
                  QStringLiteral("alpha")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QFile pyproject(folder + QStringLiteral("/pyproject.toml"));
        QVERIFY(pyproject.open(QIODevice::ReadOnly));
        const QByteArray text = pyproject.readAll();
        QVERIFY2(text.contains("name = \"made\"") && text.contains("requires-python = \">=3.")
                     && text.contains("dependencies = [\"alpha\"]") && text.contains(url.toUtf8()),
                 text.constData());
        const Run imported = TestSupport::runProgram(
            folder + QStringLiteral("/.venv/bin/python"),
            {QStringLiteral("-c"), QStringLiteral("import alpha; print(alpha.VALUE)")});
        QCOMPARE(imported.out, QStringLiteral("1.0"));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/pylock.toml")));

        // A folder that has a project keeps it byte for byte.
        r = init({folder});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QLatin1String("already exists")), qPrintable(r.out));
        pyproject.seek(0);
        QFile again(pyproject.fileName());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), text);
    }

    // The export is what pip installs in --require-hashes mode, from the same index.
    void exportIsWhatPipInstallsWithHashes()
    {
        const QString requirements = m_dir.filePath(QStringLiteral("requirements.txt"));
        Run r = cli({QStringLiteral("export"), QStringLiteral("-o"), requirements});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QFile f(requirements);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(text.contains("alpha==1.0 \\\n    --hash=sha256:"), text.constData());
        QVERIFY2(!text.contains(password), text.constData());
        const QString target = m_dir.filePath(QStringLiteral("target"));
        r = cli({QStringLiteral("run"), QStringLiteral("--no-sync"), QStringLiteral("--"),
                 QStringLiteral("python"), QStringLiteral("-m"), QStringLiteral("pip"),
                 QStringLiteral("install"), QStringLiteral("--require-hashes"),
                 QStringLiteral("--disable-pip-version-check"), QStringLiteral("--target"), target,
                 QStringLiteral("-r"), requirements});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY(QFile::exists(target + QStringLiteral("/alpha/__init__.py")));

        // A damaged hash is refused by pip: the hashes are really checked.
        QByteArray damaged = text;
        const qsizetype at = damaged.indexOf("--hash=sha256:") + 14;
        damaged[at] = damaged[at] == 'a' ? 'b' : 'a';
        QFile bad(m_dir.filePath(QStringLiteral("damaged.txt")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(damaged);
        bad.close();
        r = cli({QStringLiteral("run"), QStringLiteral("--no-sync"), QStringLiteral("--"),
                 QStringLiteral("python"), QStringLiteral("-m"), QStringLiteral("pip"),
                 QStringLiteral("install"), QStringLiteral("--require-hashes"),
                 QStringLiteral("--disable-pip-version-check"), QStringLiteral("--no-cache-dir"),
                 QStringLiteral("--target"), m_dir.filePath(QStringLiteral("target2")),
                 QStringLiteral("-r"), bad.fileName()});
        QVERIFY(r.code != 0);
        QVERIFY2(r.out.contains(QLatin1String("HASHES")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestRun)
#include "tst_run.moc"
