// Virtual environments made natively, checked by running every Python 3.8+ found on this machine
// inside the one made for it (on a fresh Debian machine: its python3 alone). `venv --python X.Y.Z`
// finds every interpreter `python list` shows (Python 2 found, and refused with the reason), and
// warns, as uv does, about one the project's requires-python does not admit.
#include "common/requirements.h"
#include "core/install/interpreters.h"
#include "core/install/venv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;

namespace {

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PYTHONPATH"));
    env.remove(QStringLiteral("PYTHONHOME"));
    env.remove(QStringLiteral("VIRTUAL_ENV"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(30000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

std::vector<InterpreterInfo> bases()
{
    std::vector<InterpreterInfo> out;
    QTemporaryDir cache;
    InterpreterDiscoveryOptions o;
    o.cacheFile = cache.filePath(QStringLiteral("c.json"));
    for (const FoundInterpreter &i : discoverInterpreters(o).interpreters) {
        if (!i.info.isVirtualEnvironment()
            && (i.info.major > 3 || (i.info.major == 3 && i.info.minor >= 8)))
            out.push_back(i.info);
    }
    return out;
}

} // namespace

class TestVenv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyInterpreterRunsInItsEnvironment()
    {
        const auto list = bases();
        if (list.empty())
            ENVDESK_NEEDS("no Python 3.8+ here");
        for (const InterpreterInfo &base : list) {
            const QString path = m_dir.filePath(
                QStringLiteral("env-%1").arg(QString::fromStdString(base.version)));
            auto env = createVirtualEnvironment(path, base);
            QVERIFY2(env, qPrintable(env ? QString() : env.error().toString()));
            int code = -1;
            const QString answer = run(
                env->python,
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, site, platform; assert sys.prefix != sys.base_prefix; "
                                "print(sys.prefix); print(platform.python_version()); "
                                "print(site.getsitepackages()[0])")},
                &code);
            QVERIFY2(code == 0, qPrintable(QString::fromStdString(base.version)
                                           + QLatin1String(": ") + answer));
            const QStringList lines = answer.split(QLatin1Char('\n'));
            QCOMPARE(QDir(lines.value(0)).canonicalPath(), QDir(path).canonicalPath());
            QCOMPARE(lines.value(1).toStdString(), base.version);
            QCOMPARE(QDir(lines.value(2)).canonicalPath(), QDir(env->sitePackages).canonicalPath());
            QVERIFY(QFileInfo(path + QStringLiteral("/bin/python3")).exists());
            QVERIFY(QFile(path + QStringLiteral("/pyvenv.cfg")).exists());
            qInfo("Python %s: %s", base.version.c_str(), qPrintable(path));
        }
    }

    void activationScriptPutsTheEnvironmentFirst()
    {
        const auto list = bases();
        if (list.empty())
            ENVDESK_NEEDS("no Python 3.8+ here");
        const QString path = m_dir.filePath(QStringLiteral("with space's name"));
        auto env = createVirtualEnvironment(path, list.front(), {QStringLiteral("demo")});
        QVERIFY2(env, qPrintable(env ? QString() : env.error().toString()));
        const QString script
            = QStringLiteral(". '%1/bin/activate' && echo \"$VIRTUAL_ENV\" && python -c 'import "
                             "sys; print(sys.prefix)' "
                             "&& echo \"$PS1\" && deactivate && echo \"[$VIRTUAL_ENV]\"")
                  .arg(QString(path).replace(QLatin1Char('\''), QLatin1String("'\\''")));
        int code = -1;
        const QStringList lines
            = run(QStringLiteral("bash"),
                  {QStringLiteral("-c"), QStringLiteral("PS1='$ '; ") + script}, &code)
                  .split(QLatin1Char('\n'));
        QCOMPARE(code, 0);
        QCOMPARE(lines.value(0), path);
        QCOMPARE(QDir(lines.value(1)).canonicalPath(), QDir(path).canonicalPath());
        QCOMPARE(lines.value(2), QStringLiteral("(demo) $ "));
        QCOMPARE(lines.value(3), QStringLiteral("[]"));
    }

    void nothingOfTheUsersIsDeleted()
    {
        const auto list = bases();
        if (list.empty())
            ENVDESK_NEEDS("no Python 3.8+ here");
        const QString busy = m_dir.filePath(QStringLiteral("busy"));
        QDir().mkpath(busy);
        QFile keep(busy + QStringLiteral("/notes.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
        keep.close();
        for (bool clear : {false, true}) {
            VenvOptions o;
            o.clear = clear;
            auto r = createVirtualEnvironment(busy, list.front(), o);
            QVERIFY(!r);
            QVERIFY(r.error().message.contains(QLatin1String("not empty")));
            QVERIFY(QFile::exists(busy + QStringLiteral("/notes.txt")));
        }
        // An environment is replaced only with clear.
        const QString path = m_dir.filePath(QStringLiteral("replace-me"));
        QVERIFY(createVirtualEnvironment(path, list.front()));
        auto again = createVirtualEnvironment(path, list.back());
        QVERIFY(!again);
        QVERIFY(again.error().hint.contains(QLatin1String("--clear")));
        VenvOptions o;
        o.clear = true;
        auto replaced = createVirtualEnvironment(path, list.back(), o);
        QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().toString()));
        QCOMPARE(replaced->version, list.back().version);
        // No staging folders left behind.
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral(".envdesk-venv*")}, QDir::AllEntries | QDir::Hidden)
                     .size(),
                 0);

        // A virtual environment's interpreter is not a base.
        auto inner = probeInterpreter(replaced->python);
        QVERIFY(inner);
        auto nested = createVirtualEnvironment(m_dir.filePath(QStringLiteral("nested")), *inner);
        QVERIFY(!nested);
        QVERIFY(nested.error().message.contains(QLatin1String("itself in a virtual environment")));
    }

    // `venv --python X.Y.Z` finds every interpreter `python list` shows; one that cannot host an
    // environment (Python 2) is found and refused with the reason, not "no Python 2.7 found".
    void aVersionFindsEveryListedInterpreter_data()
    {
        QTest::addColumn<QString>("version");
        QProcess list; // stdout only: the JSON document (warnings go to stderr)
        list.start(QStringLiteral(ENVDESK_CLI_PATH),
                   {QStringLiteral("python"), QStringLiteral("list"), QStringLiteral("--format"),
                    QStringLiteral("json")});
        list.waitForFinished(60000);
        const QJsonArray found = QJsonDocument::fromJson(list.readAllStandardOutput())
                                     .object()
                                     .value(QLatin1String("interpreters"))
                                     .toArray();
        for (const QJsonValue &i : found) {
            if (i[QLatin1String("virtualenv")].toBool())
                continue;
            const QString version = i[QLatin1String("version")].toString();
            QTest::newRow(
                qPrintable(version + QLatin1Char(' ') + i[QLatin1String("path")].toString()))
                << version;
        }
    }

    void aVersionFindsEveryListedInterpreter()
    {
        QFETCH(QString, version);
        const QString target = m_dir.filePath(QStringLiteral("by-version-") + version);
        QDir(target).removeRecursively();
        int code = -1;
        const QString said
            = run(QStringLiteral(ENVDESK_CLI_PATH),
                  {QStringLiteral("venv"), target, QStringLiteral("--python"), version}, &code);
        QVERIFY2(!said.contains(QLatin1String("no Python")), qPrintable(said));
        if (version.startsWith(QLatin1String("2."))) {
            QCOMPARE(code, 2);
            QVERIFY2(said.contains(QLatin1String("cannot host a virtual environment"))
                         && said.contains(QLatin1String("3.3 or later"))
                         && said.contains(QStringLiteral("Python ") + version),
                     qPrintable(said));
            QVERIFY(!QFileInfo::exists(target));
            return;
        }
        QVERIFY2(code == 0, qPrintable(said));
        QCOMPARE(run(target + QStringLiteral("/bin/python"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import platform; print(platform.python_version())")}),
                 version);
    }

    // An interpreter the project's requires-python does not admit: made, with uv's warning.
    void anInterpreterOutsideRequiresPythonIsWarnedAbout()
    {
        auto python3 = probeInterpreter(QStringLiteral("/usr/bin/python3"));
        if (!python3)
            ENVDESK_NEEDS("Debian's /usr/bin/python3");
        const QString project = m_dir.filePath(QStringLiteral("too-old"));
        QDir().mkpath(project);
        QFile f(project + QStringLiteral("/pyproject.toml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString requires_
            = QStringLiteral(">%1").arg(QString::fromStdString(python3->version));
        f.write(
            QStringLiteral("[project]\nname = \"old\"\nversion = \"1\"\nrequires-python = \"%1\"\n"
                           "dependencies = []\n")
                .arg(requires_)
                .toUtf8());
        f.close();
        int code = -1;
        const QString said
            = run(QStringLiteral(ENVDESK_CLI_PATH),
                  {QStringLiteral("venv"), QStringLiteral("--project"), project,
                   QStringLiteral("--python"), QString::fromStdString(python3->version)},
                  &code);
        QVERIFY2(code == 0 && said.contains(QLatin1String("warning:"))
                     && said.contains(QStringLiteral("requires-python '%1'").arg(requires_))
                     && said.contains(QStringLiteral("Python ")
                                      + QString::fromStdString(python3->version)),
                 qPrintable(said));
        QVERIFY(QFileInfo::exists(project + QStringLiteral("/.venv/pyvenv.cfg")));
        // An admitted one: no warning.
        f.remove();
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[project]\nname = \"old\"\nversion = \"1\"\nrequires-python = \">=3\"\n");
        f.close();
        const QString quiet
            = run(QStringLiteral(ENVDESK_CLI_PATH),
                  {QStringLiteral("venv"), QStringLiteral("--project"), project,
                   QStringLiteral("--python"), QString::fromStdString(python3->version),
                   QStringLiteral("--clear")},
                  &code);
        QVERIFY2(code == 0 && !quiet.contains(QLatin1String("warning")), qPrintable(quiet));
    }
};

QTEST_GUILESS_MAIN(TestVenv)
#include "tst_venv.moc"
