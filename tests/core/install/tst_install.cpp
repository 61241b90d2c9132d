// envdesk-cli install end to end: a real nginx serves an index of real wheels (with PEP 658
// metadata files), envdesk resolves for a virtual environment's interpreter, downloads with the
// hashes checked, and installs; a second run changes a version (the old files go), a third has
// nothing to do; a wheel whose hash is wrong installs nothing.
#include "common/requirements.h"
#include "common/nginxserver.h"
#include "common/wheelindex.h"

#include "core/install/venv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;

using TestSupport::Run;

namespace {

QString python3()
{
    return TestSupport::systemPython3();
}

Run run(const QString &program, const QStringList &args, const QByteArray &input = {},
        const QString &cwd = {})
{
    return TestSupport::runProgram(program, args, input, cwd);
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::NginxServer> m_server;
    std::optional<VirtualEnvironment> m_env;

    // Builds a wheel (and its .metadata) into www/files and lists it on www/simple/NAME/.
    void publish(const QString &name, const QString &version, const QStringList &requires_,
                 const QJsonObject &files, bool wrongHash = false)
    {
        TestSupport::WheelIndex index(m_dir.filePath(QStringLiteral("www")));
        const QString failed = index.publish(name, version, requires_, files, wrongHash);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    Run install(const QStringList &reqs)
    {
        return run(QStringLiteral(ENVDESK_CLI_PATH),
                   QStringList{QStringLiteral("install")} + reqs
                       + QStringList{QStringLiteral("--venv"), m_env->path,
                                     QStringLiteral("--index-url"),
                                     m_server->baseUrl() + QStringLiteral("/simple")},
                   {}, m_dir.path());
    }

    QString inEnv(const QString &code)
    {
        return run(m_env->python, {QStringLiteral("-c"), code}).out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (TestSupport::NginxServer::binary().isEmpty() || python3().isEmpty())
            ENVDESK_NEEDS("nginx and python3 are needed (scripts/test installs them)");
        TestSupport::NginxServer::openToWorkers(m_dir.path());
        publish(QStringLiteral("demo-pkg"), QStringLiteral("1.0"), {QStringLiteral("helper>=1")},
                QJsonObject{{QStringLiteral("demo_pkg/__init__.py"),
                             QStringLiteral("import helper\nVALUE = helper.LEVEL * 10\n")}});
        publish(
            QStringLiteral("demo-pkg"), QStringLiteral("2.0"), {QStringLiteral("helper>=3")},
            QJsonObject{{QStringLiteral("demo_pkg/__init__.py"), QStringLiteral("VALUE = 0\n")}});
        publish(QStringLiteral("helper"), QStringLiteral("1.0"), {},
                QJsonObject{{QStringLiteral("helper/__init__.py"), QStringLiteral("LEVEL = 1\n")}});
        publish(QStringLiteral("helper"), QStringLiteral("2.0"), {},
                QJsonObject{{QStringLiteral("helper/__init__.py"), QStringLiteral("LEVEL = 2\n")},
                            {QStringLiteral("helper/only_in_two.py"), QStringLiteral("X = 1\n")}});
        publish(QStringLiteral("tampered"), QStringLiteral("1.0"), {},
                QJsonObject{{QStringLiteral("tampered/__init__.py"), QStringLiteral("X = 1\n")}},
                true);
        m_server = std::make_unique<TestSupport::NginxServer>(
            TestSupport::NginxServer::Options{.root = m_dir.filePath(QStringLiteral("www"))});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        auto base = probeInterpreter(python3());
        QVERIFY(base);
        auto env = createVirtualEnvironment(m_dir.filePath(QStringLiteral("env")), *base);
        QVERIFY2(env, qPrintable(env ? QString() : env.error().toString()));
        m_env = *env;
    }

    void resolvesDownloadsAndInstalls()
    {
        // demo-pkg 2.0 needs helper>=3, which does not exist: 1.0 with helper 2.0.
        Run r = install({QStringLiteral("demo-pkg")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("demo-pkg==1.0"))
                     && r.out.contains(QLatin1String("helper==2.0")),
                 qPrintable(r.out));
        QCOMPARE(inEnv(QStringLiteral("import demo_pkg; print(demo_pkg.VALUE)")),
                 QStringLiteral("20"));
        QCOMPARE(inEnv(QStringLiteral(
                     "import importlib.metadata as m; "
                     "print(m.distribution('demo-pkg').read_text('REQUESTED') is not None, "
                     "m.distribution('helper').read_text('REQUESTED') is None)")),
                 QStringLiteral("True True"));
        QVERIFY(QFile::exists(m_env->sitePackages + QStringLiteral("/helper/only_in_two.py")));

        // Another version: the old one's files go.
        r = install({QStringLiteral("demo-pkg"), QStringLiteral("helper==1.0")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("helper==1.0 (was 2.0)")), qPrintable(r.out));
        QCOMPARE(inEnv(QStringLiteral("import demo_pkg; print(demo_pkg.VALUE)")),
                 QStringLiteral("10"));
        QVERIFY(!QFile::exists(m_env->sitePackages + QStringLiteral("/helper/only_in_two.py")));
        QCOMPARE(QDir(m_env->sitePackages)
                     .entryList({QStringLiteral("helper-*.dist-info")}, QDir::Dirs)
                     .size(),
                 1);

        r = install({QStringLiteral("demo-pkg"), QStringLiteral("helper==1.0")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Nothing to do")), qPrintable(r.out));
    }

    void aWrongHashInstallsNothing()
    {
        const QStringList before
            = QDir(m_env->sitePackages).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const Run r = install({QStringLiteral("tampered")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QLatin1String("aaaaaaaa")),
                 qPrintable(r.out)); // the expected hash is named
        QCOMPARE(QDir(m_env->sitePackages).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 before);
    }

    void notAnEnvironment()
    {
        const Run r = run(QStringLiteral(ENVDESK_CLI_PATH),
                          {QStringLiteral("install"), QStringLiteral("helper"),
                           QStringLiteral("--venv"), m_dir.filePath(QStringLiteral("nowhere"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(QLatin1String("envdesk-cli venv")));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
