// Interpreter discovery on this machine: Debian's python3, every pyenv version, an interpreter
// found through a wrapper on PATH, a broken one; answers cached by file state.
#include "common/requirements.h"
#include "core/install/interpreters.h"

#include <QDir>
#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestInterpreters)
#include "tst_interpreters.moc"
