#include "core/pep/interpreterprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Envdesk::Core;

namespace {

// Every Python on this machine: pyenv's, /usr/bin, /usr/local/bin and PATH; one per real file.
QStringList interpreters()
{
    QStringList candidates;
    const QString pyenv = QDir::home().filePath(QStringLiteral(".pyenv/versions"));
    for (const QString &v : QDir(pyenv).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        candidates << pyenv + QLatin1Char('/') + v + QStringLiteral("/bin/python");
    for (const QString &dir : {QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin")}) {
        for (const QString &name : QDir(dir).entryList({QStringLiteral("python2*"), QStringLiteral("python3*")}, QDir::Files))
            candidates << dir + QLatin1Char('/') + name;
    }
    for (const QString &name : {QStringLiteral("python3"), QStringLiteral("python")}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            candidates << found;
    }
    QStringList unique;
    std::set<QString> seen;
    for (const QString &c : candidates) {
        const QFileInfo info(c);
        if (!info.exists() || !info.isExecutable() || c.endsWith(QLatin1String("-config")) || c.contains(QLatin1String("m-config")))
            continue;
        if (seen.insert(info.canonicalFilePath()).second)
            unique << c;
    }
    return unique;
}

} // namespace

class TestInterpreter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_packagingPath;

private Q_SLOTS:
    void initTestCase()
    {
        // Only packaging itself on the path, not the rest of Debian's dist-packages.
        QFile::link(QStringLiteral("/usr/lib/python3/dist-packages/packaging"), m_packagingPath.filePath(QStringLiteral("packaging")));
    }

    void tagsParse()
    {
        auto set = Tag::parseSet("py2.py3-none-any");
        QVERIFY(set);
        QCOMPARE(set->size(), 2u);
        QCOMPARE((*set)[1].toString(), std::string("py3-none-any"));
        auto upper = Tag::parseSet("CP312-CP312-MANYLINUX_2_17_X86_64.manylinux2014_x86_64");
        QVERIFY(upper);
        QCOMPARE((*upper)[0].toString(), std::string("cp312-cp312-manylinux_2_17_x86_64"));
        QVERIFY(!Tag::parseSet("py3-none"));
        QVERIFY(!Tag::parseSet("py3--any"));
    }

    void tagsForAGivenTarget()
    {
        // A target described without any interpreter: CPython 3.12 on glibc 2.28 x86_64.
        TagEnvironment env;
        env.major = 3;
        env.minor = 12;
        env.glibcMajor = 2;
        env.glibcMinor = 28;
        env.pyDebug = false;
        const std::vector<Tag> tags = supportedTags(env);
        QCOMPARE(tags.front().toString(), std::string("cp312-cp312-manylinux_2_28_x86_64"));
        TagPriority priority(tags);
        QVERIFY(priority.rank({"cp312", "cp312", "manylinux2014_x86_64"}));
        QVERIFY(!priority.rank({"cp312", "cp312", "manylinux_2_31_x86_64"}));
        QVERIFY(*priority.rank({"cp312", "abi3", "manylinux_2_17_x86_64"}) > *priority.rank({"cp312", "cp312", "manylinux_2_17_x86_64"}));
        QCOMPARE(tags.back().toString(), std::string("py30-none-any"));
        // macOS arm64 and Windows, as packaging lays them out.
        TagEnvironment mac = env;
        mac.system = "Darwin";
        mac.macMajor = 14;
        mac.macMinor = 2;
        mac.macArch = "arm64";
        const std::vector<std::string> macPlatforms = platformTags(mac);
        QCOMPARE(macPlatforms.front(), std::string("macosx_14_0_arm64"));
        QVERIFY(std::find(macPlatforms.begin(), macPlatforms.end(), "macosx_10_16_universal2") != macPlatforms.end());
        TagEnvironment windows = env;
        windows.system = "Windows";
        windows.sysconfigPlatform = "win-amd64";
        QCOMPARE(platformTags(windows), (std::vector<std::string>{"win_amd64"}));
    }

    void probeAndTagsAgreeWithPackaging_data()
    {
        QTest::addColumn<QString>("python");
        const QStringList found = interpreters();
        for (const QString &p : found)
            QTest::newRow(qPrintable(p)) << p;
        if (found.isEmpty())
            QTest::newRow("none") << QString();
    }
    void probeAndTagsAgreeWithPackaging()
    {
        QFETCH(QString, python);
        if (python.isEmpty())
            QFAIL("no Python interpreter found on this machine");
        auto info = probeInterpreter(python);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        // The version agrees with the interpreter's own words.
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import platform; print(platform.python_version())")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(QString::fromStdString(info->version), QString::fromUtf8(p.readAllStandardOutput()).trimmed());
        QVERIFY(!info->paths.at("purelib").isEmpty());
        if (info->major < 3 || (info->major == 3 && info->minor < 7)) {
            qInfo("%s: probe checked; packaging 23.0 needs Python 3.7+, so its tags are not compared", qPrintable(python));
            return;
        }
        QProcess oracle;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONPATH"), m_packagingPath.path());
        oracle.setProcessEnvironment(env);
        oracle.start(python, {QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/pep/oracle_tags.py")});
        QVERIFY(oracle.waitForFinished(60000));
        if (oracle.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("packaging does not import under %1: %2").arg(python, QString::fromUtf8(oracle.readAllStandardError()).right(200))));
        const QJsonObject expected = QJsonDocument::fromJson(oracle.readAllStandardOutput()).object();
        QStringList theirs;
        for (const QJsonValue &t : expected.value(QLatin1String("tags")).toArray())
            theirs << t.toString();
        QStringList ours;
        for (const Tag &t : info->supportedTags())
            ours << QString::fromStdString(t.toString());
        QVERIFY(theirs.size() > 30);
        if (ours != theirs) {
            qsizetype i = 0;
            while (i < ours.size() && i < theirs.size() && ours[i] == theirs[i])
                ++i;
            QFAIL(qPrintable(QStringLiteral("%1: tag lists differ at %2 of %3/%4: ours %5, packaging %6")
                                 .arg(python)
                                 .arg(i)
                                 .arg(ours.size())
                                 .arg(theirs.size())
                                 .arg(ours.value(i), theirs.value(i))));
        }
        const QJsonObject m = expected.value(QLatin1String("markers")).toObject();
        const MarkerEnvironment &mine = info->markers;
        QCOMPARE(QString::fromStdString(mine.implementationName), m[QLatin1String("implementation_name")].toString());
        QCOMPARE(QString::fromStdString(mine.implementationVersion), m[QLatin1String("implementation_version")].toString());
        QCOMPARE(QString::fromStdString(mine.pythonFullVersion), m[QLatin1String("python_full_version")].toString());
        QCOMPARE(QString::fromStdString(mine.pythonVersion), m[QLatin1String("python_version")].toString());
        QCOMPARE(QString::fromStdString(mine.platformRelease), m[QLatin1String("platform_release")].toString());
        QCOMPARE(QString::fromStdString(mine.platformVersion), m[QLatin1String("platform_version")].toString());
        QCOMPARE(QString::fromStdString(mine.platformMachine), m[QLatin1String("platform_machine")].toString());
        QCOMPARE(QString::fromStdString(mine.sysPlatform), m[QLatin1String("sys_platform")].toString());
        QCOMPARE(QString::fromStdString(mine.osName), m[QLatin1String("os_name")].toString());
        QCOMPARE(QString::fromStdString(mine.platformSystem), m[QLatin1String("platform_system")].toString());
        QCOMPARE(QString::fromStdString(mine.platformPythonImplementation), m[QLatin1String("platform_python_implementation")].toString());
    }

    void probeErrorsNameThePath()
    {
        auto missing = probeInterpreter(QStringLiteral("/nonexistent/python3"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::ProbeFailed);
        QVERIFY(missing.error().message.contains(QLatin1String("/nonexistent/python3")));
        auto notPython = probeInterpreter(QStringLiteral("/bin/echo"));
        QVERIFY(!notPython);
        QVERIFY2(notPython.error().message.contains(QLatin1String("did not answer like a Python")), qPrintable(notPython.error().message));
        auto silent = probeInterpreter(QStringLiteral("/bin/true"));
        QVERIFY(!silent);
        QTemporaryDir dir;
        const QString hang = dir.filePath(QStringLiteral("hang"));
        QFile f(hang);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nsleep 30\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        auto hung = probeInterpreter(hang, 1000);
        QVERIFY(!hung);
        QVERIFY2(hung.error().message.contains(QLatin1String("did not answer within")), qPrintable(hung.error().message));
        auto dirError = probeInterpreter(dir.path());
        QVERIFY(!dirError);
    }
};

QTEST_GUILESS_MAIN(TestInterpreter)
#include "tst_interpreter.moc"
