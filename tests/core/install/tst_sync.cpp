// envdesk-cli sync against real pip and real failures. A real nginx serves 50 packages in two
// versions (a dependency chain, a console script, a data file) and Debian's own pip wheel; two
// locks pin all of them at 1.0 or at 2.0. The environment envdesk syncs passes `pip check`, `pip
// list` shows every version, the console script runs, and `pip uninstall` removes a package
// envdesk installed. Two syncs never change one environment at once: the second waits, or gives
// up after ENVDESK_LOCK_TIMEOUT naming the first. And a sync killed with SIGKILL at 20 random
// moments leaves an environment the next sync repairs, every time.
#include "common/nginxserver.h"
#include "common/requirements.h"
#include "common/wheelindex.h"

#include "core/install/venv.h"
#include "core/pep/interpreterprobe.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Envdesk::Core;
using TestSupport::Run;

namespace {

constexpr int packageCount = 50;

QString packageName(int i)
{
    return QStringLiteral("pkg-%1").arg(i, 2, 10, QLatin1Char('0'));
}


} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::NginxServer> m_server;
    QString m_venv;
    QString m_lockOld; // everything at 1.0
    QString m_lockNew; // everything at 2.0

    Run cli(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        return TestSupport::runProgram(QStringLiteral(ENVDESK_CLI_PATH), args, {}, m_dir.path(),
                                       extra);
    }

    Run sync(const QString &lock) { return cli(syncArgs(lock)); }

    QStringList syncArgs(const QString &lock)
    {
        return {QStringLiteral("sync"), QStringLiteral("--venv"), m_venv, QStringLiteral("--lock"),
                lock};
    }

    Run python(const QStringList &args, const QString &venv = {})
    {
        return TestSupport::runProgram(
            (venv.isEmpty() ? m_venv : venv) + QStringLiteral("/bin/python"), args);
    }

    // Every package at `version`, importable, and pip agreeing that nothing is broken.
    void verifyEnvironment(const QString &version, const QString &context, const QString &venv = {})
    {
        auto python = [&](const QStringList &args) { return this->python(args, venv); };
        const Run check
            = python({QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("check"),
                      QStringLiteral("--disable-pip-version-check")});
        QVERIFY2(check.code == 0,
                 qPrintable(context + QStringLiteral(": pip check: ") + check.out));
        const Run versions = python(
            {QStringLiteral("-c"),
             QStringLiteral("import importlib, importlib.metadata as m\n"
                            "bad = []\n"
                            "for i in range(%1):\n"
                            "    name = f'pkg-{i:02d}'\n"
                            "    if m.version(name) != '%2': bad.append((name, m.version(name)))\n"
                            "    mod = importlib.import_module(f'pkg_{i:02d}')\n"
                            "    if mod.VALUE != '%2': bad.append((name, 'module', mod.VALUE))\n"
                            "print(bad or 'ok')\n")
                 .arg(packageCount)
                 .arg(version)});
        QVERIFY2(versions.code == 0 && versions.out == QLatin1String("ok"),
                 qPrintable(context + QStringLiteral(": ") + versions.out));
    }

    // A project pinning every package at `version` (and pip), locked for the environment.
    QString lockFor(const QString &version, const QString &venv = {}, const QString &output = {})
    {
        const QString folder = m_dir.filePath(QStringLiteral("project-") + version);
        QDir().mkpath(folder);
        QStringList deps{QStringLiteral("\"pip\""), QStringLiteral("\"extra-host[speed]\"")};
        for (int i = 0; i < packageCount; ++i)
            deps << QStringLiteral("\"%1==%2\"").arg(packageName(i), version);
        QFile f(folder + QStringLiteral("/pyproject.toml"));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("[project]\nname = \"p\"\nversion = \"0\"\ndependencies = [%1]\n\n"
                               "[[tool.uv.index]]\nname = \"local\"\nurl = \"%2/simple\"\n"
                               "default = true\n")
                    .arg(deps.join(QLatin1String(", ")), m_server->baseUrl())
                    .toUtf8());
        f.close();
        const QString lock = output.isEmpty() ? folder + QStringLiteral("/pylock.toml") : output;
        const Run r = cli({QStringLiteral("lock"), QStringLiteral("--project"), folder,
                           QStringLiteral("--python"),
                           (venv.isEmpty() ? m_venv : venv) + QStringLiteral("/bin/python"),
                           QStringLiteral("-o"), lock});
        return r.code == 0 && QFile::exists(lock) ? lock : r.out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (TestSupport::NginxServer::binary().isEmpty() || TestSupport::systemPython3().isEmpty())
            ENVDESK_NEEDS("nginx and python3 are needed (scripts/test installs them)");
        if (TestSupport::debianPipWheel().isEmpty())
            ENVDESK_NEEDS(
                "Debian's pip wheel, /usr/share/python-wheels/pip-*.whl (python3-pip-whl; "
                "scripts/test installs it)");
        TestSupport::NginxServer::openToWorkers(m_dir.path());
        TestSupport::WheelIndex index(m_dir.filePath(QStringLiteral("www")));
        for (const QString version : {QStringLiteral("1.0"), QStringLiteral("2.0")}) {
            for (int i = 0; i < packageCount; ++i) {
                const QString module = QStringLiteral("pkg_%1").arg(i, 2, 10, QLatin1Char('0'));
                QJsonObject files{
                    {module + QStringLiteral("/__init__.py"),
                     QStringLiteral("VALUE = '%1'\ndef main():\n    print('hello from %2')\n")
                         .arg(version, module)}};
                for (int part = 0; part < 4; ++part)
                    files.insert(module + QStringLiteral("/part%1.py").arg(part),
                                 QStringLiteral("X = %1\n").arg(part));
                QStringList requires_;
                if (i > 0)
                    requires_ << packageName(i - 1) + QStringLiteral(">=1");
                if (i == 0) {
                    files.insert(
                        QStringLiteral("pkg_00-%1.data/data/share/pkg00/notes.txt").arg(version),
                        QStringLiteral("data file\n"));
                }
                const QString failed = index.publish(
                    packageName(i), version, requires_, files, false,
                    i == 0 ? QStringLiteral("[console_scripts]\npkg00-hello = pkg_00:main\n")
                           : QString());
                QVERIFY2(failed.isEmpty(), qPrintable(failed));
            }
        }
        // A package with an extra that pulls in another.
        QVERIFY(index
                    .publish(QStringLiteral("extra-host"), QStringLiteral("1.0"),
                             {QStringLiteral("extra-dep>=1; extra == \"speed\"")},
                             QJsonObject{{QStringLiteral("extra_host/__init__.py"),
                                          QStringLiteral("VALUE = 'host'\n")}},
                             false, {}, {QStringLiteral("speed")})
                    .isEmpty());
        QVERIFY(index
                    .publishModule(QStringLiteral("extra-dep"), QStringLiteral("1.0"),
                                   QStringLiteral("'dep'"))
                    .isEmpty());
        // pip for every Python the tests seed: Debian's wheel, and the ones pyenv's Pythons bundle.
        QStringList pipWheels{TestSupport::debianPipWheel()};
        const QString pyenv
            = qEnvironmentVariable("PYENV_ROOT", QDir::homePath() + QStringLiteral("/.pyenv"));
        for (const QString &version : QDir(pyenv + QStringLiteral("/versions"))
                                          .entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QString &lib :
                 QDir(pyenv + QStringLiteral("/versions/") + version + QStringLiteral("/lib"))
                     .entryList({QStringLiteral("python3.*")}, QDir::Dirs)) {
                const QString bundled = pyenv + QStringLiteral("/versions/") + version
                                        + QStringLiteral("/lib/") + lib
                                        + QStringLiteral("/ensurepip/_bundled");
                for (const QString &w : QDir(bundled).entryList(
                         {QStringLiteral("pip-*-py3-none-any.whl")}, QDir::Files))
                    pipWheels << bundled + QLatin1Char('/') + w;
            }
        }
        QSet<QString> published;
        for (const QString &wheel : pipWheels) {
            if (published.contains(QFileInfo(wheel).fileName()))
                continue;
            published.insert(QFileInfo(wheel).fileName());
            const QString pip = index.publishWheel(QStringLiteral("pip"), wheel);
            QVERIFY2(pip.isEmpty(), qPrintable(pip));
        }
        m_server = std::make_unique<TestSupport::NginxServer>(
            TestSupport::NginxServer::Options{.root = index.root()});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        auto base = probeInterpreter(TestSupport::systemPython3());
        QVERIFY(base);
        auto env = createVirtualEnvironment(m_dir.filePath(QStringLiteral("env")), *base);
        QVERIFY2(env, qPrintable(env ? QString() : env.error().toString()));
        m_venv = env->path;
        m_lockOld = lockFor(QStringLiteral("1.0"));
        QVERIFY2(QFile::exists(m_lockOld), qPrintable(m_lockOld));
        m_lockNew = lockFor(QStringLiteral("2.0"));
        QVERIFY2(QFile::exists(m_lockNew), qPrintable(m_lockNew));
    }

    // Sync `venv` with `lock` (everything at 1.0), then ask pip: check, list, the console script,
    // the data file, uninstall, sync again, and pip installing on its own.
    void exerciseWithPip(const QString &venv, const QString &lock, const QString &context)
    {
        auto python = [&](const QStringList &args) { return this->python(args, venv); };
        const QString noNag = QStringLiteral("--disable-pip-version-check");
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--venv"), venv,
                     QStringLiteral("--lock"), lock});
        QVERIFY2(r.code == 0, qPrintable(context + QStringLiteral(": ") + r.out));
        verifyEnvironment(QStringLiteral("1.0"), context + QStringLiteral(", after the first sync"),
                          venv);
        r = python({QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("list"),
                    QStringLiteral("--format"), QStringLiteral("json"), noNag});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QStringList names;
        for (const QJsonValue &v : listed) {
            const QString name = v[QLatin1String("name")].toString();
            names << name;
            if (name.startsWith(QLatin1String("pkg")))
                QCOMPARE(v[QLatin1String("version")].toString(), QStringLiteral("1.0"));
        }
        QVERIFY2(names.contains(QLatin1String("pip")) && names.contains(QLatin1String("extra-host"))
                     && names.contains(QLatin1String("extra-dep"))
                     && names.filter(QStringLiteral("pkg-")).size() == packageCount,
                 qPrintable(context + QStringLiteral(": ") + names.join(QLatin1Char(' '))));
        // The console script and the data file.
        r = TestSupport::runProgram(venv + QStringLiteral("/bin/pkg00-hello"), {});
        QVERIFY2(r.code == 0 && r.out == QLatin1String("hello from pkg_00"), qPrintable(r.out));
        QVERIFY(QFile::exists(venv + QStringLiteral("/share/pkg00/notes.txt")));
        // pip removes what envdesk installed, completely; sync puts it back.
        r = python({QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("uninstall"),
                    QStringLiteral("-y"), QStringLiteral("pkg-49"), noNag});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Successfully uninstalled pkg-49")),
                 qPrintable(r.out));
        auto info = probeInterpreter(venv + QStringLiteral("/bin/python"));
        QVERIFY(info);
        const QString site = info->paths.at("purelib");
        QVERIFY(!QFile::exists(site + QStringLiteral("/pkg_49")));
        QVERIFY(QDir(site).entryList({QStringLiteral("pkg_49-*")}, QDir::Dirs).isEmpty());
        r = cli({QStringLiteral("sync"), QStringLiteral("--venv"), venv, QStringLiteral("--lock"),
                 lock});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("+ pkg-49 1.0")), qPrintable(r.out));
        verifyEnvironment(QStringLiteral("1.0"),
                          context + QStringLiteral(", after pip uninstall and sync"), venv);
        // pip itself installs into it.
        r = python({QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("install"), noNag,
                    QStringLiteral("--no-cache-dir"), QStringLiteral("--index-url"),
                    m_server->baseUrl() + QStringLiteral("/simple"),
                    QStringLiteral("pkg-49==2.0")});
        QVERIFY2(r.code == 0, qPrintable(context + QStringLiteral(": pip install: ") + r.out));
        r = python({QStringLiteral("-c"), QStringLiteral("import pkg_49; print(pkg_49.VALUE)")});
        QCOMPARE(r.out, QStringLiteral("2.0"));
    }

    void interoperatesWithPip()
    {
        exerciseWithPip(m_venv, m_lockOld, QStringLiteral("Debian's python3"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(sync(m_lockOld).code == 0); // pkg-49 back at 1.0
    }

    void seededEnvironmentsWorkWithPip_data()
    {
        QTest::addColumn<QString>("python");
        QTest::newRow("python3") << TestSupport::systemPython3();
        // And the oldest and newest Pythons the issue names, when this machine has them.
        const QString pyenv
            = qEnvironmentVariable("PYENV_ROOT", QDir::homePath() + QStringLiteral("/.pyenv"));
        for (const QString minor : {QStringLiteral("3.8"), QStringLiteral("3.13")}) {
            const QStringList found = QDir(pyenv + QStringLiteral("/versions"))
                                          .entryList({minor + QStringLiteral(".*")}, QDir::Dirs);
            for (const QString &v : found) {
                if (v.count(QLatin1Char('.')) == 2 && !v.contains(QLatin1Char('t')))
                    QTest::newRow(qPrintable(QStringLiteral("pyenv ") + v))
                        << pyenv + QStringLiteral("/versions/") + v + QStringLiteral("/bin/python")
                               + minor;
            }
        }
    }

    void seededEnvironmentsWorkWithPip()
    {
        QFETCH(QString, python);
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                .replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString venv = m_dir.filePath(QStringLiteral("seeded-") + tag);
        Run r = cli({QStringLiteral("venv"), venv, QStringLiteral("--python"), python,
                     QStringLiteral("--seed"), QStringLiteral("--index-url"),
                     m_server->baseUrl() + QStringLiteral("/simple")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("pip==")), qPrintable(r.out));
        r = this->python({QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("--version")},
                         venv);
        QVERIFY2(r.code == 0 && r.out.startsWith(QLatin1String("pip ")), qPrintable(r.out));
        const QString lock
            = lockFor(QStringLiteral("1.0"), venv,
                      m_dir.filePath(QStringLiteral("lock-") + tag + QStringLiteral(".toml")));
        QVERIFY2(QFile::exists(lock), qPrintable(lock));
        exerciseWithPip(venv, lock, QString::fromLatin1(QTest::currentDataTag()));
    }

    void oneSyncAtATime()
    {
        // A lock file its holder was killed before it could write its name into: taken over.
        {
            QFile empty(m_venv + QStringLiteral("/.envdesk/lock"));
            QVERIFY(empty.open(QIODevice::WriteOnly | QIODevice::Truncate));
            empty.setFileTime(QDateTime::currentDateTime().addSecs(-10),
                              QFileDevice::FileModificationTime);
        }
        QProcessEnvironment patient;
        patient.insert(QStringLiteral("ENVDESK_LOCK_TIMEOUT"), QStringLiteral("20"));
        Run taken = cli(syncArgs(m_lockOld), patient);
        QVERIFY2(taken.code == 0, qPrintable(taken.out));

        QLockFile held(m_venv + QStringLiteral("/.envdesk/lock"));
        QVERIFY(held.tryLock(0));
        QProcessEnvironment quick;
        quick.insert(QStringLiteral("ENVDESK_LOCK_TIMEOUT"), QStringLiteral("1"));
        Run r = cli(syncArgs(m_lockNew), quick);
        QCOMPARE(r.code, 2);
        QVERIFY2(
            r.out.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid()))
                && r.out.contains(QLatin1String("ENVDESK_LOCK_TIMEOUT")),
            qPrintable(r.out));
        verifyEnvironment(QStringLiteral("1.0"), QStringLiteral("after a sync that gave up"));

        // The second one waits, says so, and goes on when the first is done.
        QProcess waiting;
        waiting.setProcessEnvironment(TestSupport::cleanEnvironment());
        waiting.start(QStringLiteral(ENVDESK_CLI_PATH), syncArgs(m_lockNew));
        QByteArray said;
        QElapsedTimer clock;
        clock.start();
        while (!said.contains("waiting for process") && clock.elapsed() < 20000) {
            waiting.waitForReadyRead(200);
            said += waiting.readAllStandardError();
        }
        QVERIFY2(said.contains("waiting for process"), said.constData());
        QCOMPARE(waiting.state(), QProcess::Running);
        held.unlock();
        QVERIFY(waiting.waitForFinished(60000));
        QVERIFY2(waiting.exitCode() == 0, waiting.readAll().constData());
        verifyEnvironment(QStringLiteral("2.0"), QStringLiteral("after the waiting sync"));
    }

    void survivesKillAtAnyMoment()
    {
        // How long a whole sync takes here, to kill within it.
        QElapsedTimer clock;
        clock.start();
        Run r = sync(m_lockOld);
        QVERIFY2(r.code == 0, qPrintable(r.out));
        const qint64 whole = std::max<qint64>(clock.elapsed(), 50);
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qInfo("a whole sync takes %lld ms; kill moments from seed %u", whole, seed);
        QString current = QStringLiteral("1.0");
        for (int round = 0; round < 20; ++round) {
            const QString target
                = current == QLatin1String("1.0") ? QStringLiteral("2.0") : QStringLiteral("1.0");
            const QString lock = target == QLatin1String("1.0") ? m_lockOld : m_lockNew;
            QProcess victim;
            victim.setProcessEnvironment(TestSupport::cleanEnvironment());
            victim.start(QStringLiteral(ENVDESK_CLI_PATH), syncArgs(lock));
            QVERIFY(victim.waitForStarted());
            const int delay = int(random.bounded(quint32(whole)));
            QThread::msleep(delay);
            victim.kill(); // SIGKILL
            victim.waitForFinished(10000);
            const QString context = QStringLiteral("round %1, killed after %2 ms (seed %3)")
                                        .arg(round)
                                        .arg(delay)
                                        .arg(seed);
            r = sync(lock);
            QVERIFY2(r.code == 0, qPrintable(context + QStringLiteral(": ") + r.out));
            verifyEnvironment(target,
                              context + QStringLiteral("; the sync after it said: ") + r.out);
            if (QTest::currentTestFailed())
                return;
            current = target;
        }
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
