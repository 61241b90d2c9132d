// Interpreter discovery on this machine: Debian's python3, every pyenv version, an interpreter
// found through a wrapper on PATH, a broken one; answers cached by file state.
#include "common/requirements.h"
#include "core/install/interpreters.h"
#include "core/install/venv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Envdesk::Core;

namespace {

QString versionOf(const QString &python)
{
    QProcess p;
    p.start(python, {QStringLiteral("-c"),
                     QStringLiteral("import platform; print(platform.python_version())")});
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void writeScript(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

const FoundInterpreter *withPath(const InterpreterDiscovery &d, const QString &path)
{
    for (const FoundInterpreter &i : d.interpreters) {
        if (i.path == path)
            return &i;
    }
    return nullptr;
}

} // namespace

class TestInterpreters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheMachinesInterpreters()
    {
        QTemporaryDir dir;
        InterpreterDiscoveryOptions options;
        options.cacheFile = dir.filePath(QStringLiteral("cache.json"));
        const InterpreterDiscovery found = discoverInterpreters(options);
        QVERIFY2(!found.interpreters.empty(), qPrintable(found.problems.join(QLatin1Char('\n'))));
        if (QFile::exists(QStringLiteral("/usr/bin/python3"))) {
            bool seen = false;
            for (const FoundInterpreter &i : found.interpreters)
                seen = seen
                       || QFileInfo(i.info.executable).canonicalFilePath()
                              == QFileInfo(QStringLiteral("/usr/bin/python3")).canonicalFilePath();
            QVERIFY2(seen, "Debian's python3 is not listed");
        }
        // Every pyenv version, with the version it reports itself.
        const QString pyenv = QDir::home().filePath(QStringLiteral(".pyenv/versions"));
        int pyenvVersions = 0;
        for (const QString &v : QDir(pyenv).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QString exe = pyenv + QLatin1Char('/') + v + QStringLiteral("/bin/python3");
            if (!QFile::exists(exe))
                exe = pyenv + QLatin1Char('/') + v + QStringLiteral("/bin/python");
            if (!QFile::exists(exe))
                continue;
            const FoundInterpreter *i = withPath(found, exe);
            QVERIFY2(i, qPrintable(exe));
            QCOMPARE(i->source, QStringLiteral("pyenv"));
            QCOMPARE(QString::fromStdString(i->info.version), versionOf(exe));
            ++pyenvVersions;
        }
        qInfo("%zu interpreters (%d under pyenv), %d probed", found.interpreters.size(),
              pyenvVersions, found.probed);
        // Newest first.
        for (std::size_t k = 1; k < found.interpreters.size(); ++k)
            QVERIFY(
                std::tie(found.interpreters[k - 1].info.major, found.interpreters[k - 1].info.minor)
                >= std::tie(found.interpreters[k].info.major, found.interpreters[k].info.minor));

        // A second look costs no process.
        const InterpreterDiscovery again = discoverInterpreters(options);
        QCOMPARE(again.probed, 0);
        QCOMPARE(again.interpreters.size(), found.interpreters.size());
    }

    void wrappersBrokenOnesAndChangedFiles()
    {
        const QString real = QFile::exists(QStringLiteral("/usr/bin/python3"))
                                 ? QStringLiteral("/usr/bin/python3")
                                 : QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (real.isEmpty())
            ENVDESK_NEEDS("no python3 here");
        QTemporaryDir dir;
        const QString bin = dir.filePath(QStringLiteral("bin"));
        QDir().mkpath(bin);
        writeScript(bin + QStringLiteral("/python3"),
                    "#!/bin/sh\nexec " + real.toUtf8() + " \"$@\"\n");
        writeScript(bin + QStringLiteral("/python3.9"),
                    "#!/bin/sh\necho 'broken install' >&2\nexit 3\n");
        InterpreterDiscoveryOptions options;
        options.cacheFile = dir.filePath(QStringLiteral("cache.json"));
        options.environment = QProcessEnvironment();
        options.environment.insert(QStringLiteral("PATH"), bin);
        options.environment.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        InterpreterDiscovery found = discoverInterpreters(options);
        const FoundInterpreter *wrapper = withPath(found, bin + QStringLiteral("/python3"));
        QVERIFY(wrapper);
        QCOMPARE(wrapper->source, QStringLiteral("PATH"));
        QCOMPARE(QString::fromStdString(wrapper->info.version), versionOf(real));
        // The interpreter behind the wrapper is listed once.
        int same = 0;
        for (const FoundInterpreter &i : found.interpreters)
            same += QFileInfo(i.info.executable).canonicalFilePath()
                    == QFileInfo(wrapper->info.executable).canonicalFilePath();
        QCOMPARE(same, 1);
        QVERIFY2(found.problems.join(QLatin1Char('\n')).contains(QLatin1String("python3.9")),
                 qPrintable(found.problems.join(QLatin1Char('\n'))));
        QVERIFY(found.problems.join(QLatin1Char('\n')).contains(QLatin1String("broken install")));

        // Unchanged: from the cache. Changed: probed again.
        found = discoverInterpreters(options);
        QVERIFY(withPath(found, bin + QStringLiteral("/python3")));
        const int probedUnchanged = found.probed;
        QThread::msleep(20);
        writeScript(bin + QStringLiteral("/python3"),
                    "#!/bin/sh\n# changed\nexec " + real.toUtf8() + " \"$@\"\n");
        found = discoverInterpreters(options);
        QCOMPARE(found.probed, probedUnchanged + 1);
    }

    void anInterpreterNamedByPathIsProbedOnce()
    {
        // `envdesk-cli venv --python /usr/bin/python3.11` asks the interpreter about itself once;
        // later runs read the answer from the cache while the binary is unchanged. A script (a
        // pyenv shim, a wrapper) is asked every time: what it runs may change under it.
        const QString found = QFile::exists(QStringLiteral("/usr/bin/python3"))
                                  ? QStringLiteral("/usr/bin/python3")
                                  : QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (found.isEmpty())
            ENVDESK_NEEDS("no python3 here");
        QProcess p;
        p.start(found, {QStringLiteral("-c"), QStringLiteral("import sys; print(sys.executable)")});
        p.waitForFinished(20000);
        const QString binary = QFileInfo(QString::fromUtf8(p.readAllStandardOutput()).trimmed()).canonicalFilePath();
        QVERIFY(!binary.isEmpty());
        QTemporaryDir dir;
        const QByteArray savedCacheHome = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", QFile::encodeName(dir.path()));
        auto restore = qScopeGuard([&] {
            if (savedCacheHome.isEmpty())
                qunsetenv("XDG_CACHE_HOME");
            else
                qputenv("XDG_CACHE_HOME", savedCacheHome);
        });
        const QString version = versionOf(binary);
        auto first = probeInterpreterCached(binary);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(QString::fromStdString(first->version), version);

        // The cached answer is what the next call returns: altered here, the alteration shows.
        const QString cacheFile = dir.filePath(QStringLiteral("envdesk/interpreters-v1.json"));
        QFile cache(cacheFile);
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QByteArray text = cache.readAll();
        cache.close();
        QVERIFY2(text.contains(QJsonDocument(QJsonArray{binary}).toJson(QJsonDocument::Compact).mid(1).chopped(1)),
                 text.constData());
        QVERIFY(text.contains(version.toUtf8()));
        text.replace(version.toUtf8(), "3.99.1");
        QVERIFY(cache.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cache.write(text);
        cache.close();
        auto second = probeInterpreterCached(binary);
        QVERIFY(second);
        QCOMPARE(QString::fromStdString(second->version), QStringLiteral("3.99.1"));

        const QString wrapper = dir.filePath(QStringLiteral("python3-wrapper"));
        writeScript(wrapper, "#!/bin/sh\nexec " + binary.toUtf8() + " \"$@\"\n");
        auto viaScript = probeInterpreterCached(wrapper);
        QVERIFY(viaScript);
        QCOMPARE(QString::fromStdString(viaScript->version), version);
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QVERIFY(!cache.readAll().contains("python3-wrapper"));
    }

    void anEnvironmentKeepsItsInterpretersAnswer()
    {
        // A sync asks an environment's interpreter about itself once; the answer stays in the
        // environment, replacing whatever an older envdesk left there.
        const QString found = QFile::exists(QStringLiteral("/usr/bin/python3"))
                                  ? QStringLiteral("/usr/bin/python3")
                                  : QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (found.isEmpty())
            ENVDESK_NEEDS("no python3 here");
        auto base = probeInterpreter(found);
        QVERIFY2(base, qPrintable(base ? QString() : base.error().toString()));
        QTemporaryDir dir;
        auto env = createVirtualEnvironment(dir.filePath(QStringLiteral("env")), *base);
        QVERIFY2(env, qPrintable(env ? QString() : env.error().toString()));
        const QString cacheFile = env->path + QStringLiteral("/.envdesk/probe.json");
        QDir().mkpath(QFileInfo(cacheFile).absolutePath());
        QFile old(cacheFile);
        QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
        old.write("{\"stamp\":\"from an older envdesk\",\"probe\":\"{}\"}");
        old.close();
        auto first = probeInterpreterCached(env->python);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(first->isVirtualEnvironment());
        QFile cache(cacheFile);
        QVERIFY(cache.open(QIODevice::ReadOnly));
        const QJsonObject kept = QJsonDocument::fromJson(cache.readAll()).object();
        QCOMPARE(kept.keys(), QStringList{QFileInfo(env->python).absoluteFilePath()});
        auto second = probeInterpreterCached(env->python);
        QVERIFY(second);
        QCOMPARE(second->version, first->version);
        QCOMPARE(second->prefix, first->prefix);
    }
};

QTEST_GUILESS_MAIN(TestInterpreters)
#include "tst_interpreters.moc"
