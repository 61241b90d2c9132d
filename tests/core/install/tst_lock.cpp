// pylock.toml and sync. The file itself: deterministic text that Python's tomllib reads as PEP 751
// says, read back to the same value, errors that name the line, no credentials ever, the diff
// between two locks. End to end: a real nginx serves real wheels; envdesk-cli lock writes the lock
// for a project, keeps its versions until an upgrade is asked for, --check tells a stale lock;
// envdesk-cli sync makes a virtual environment match it exactly (installs, replaces, removes the
// extraneous, keeps the seed tools), --dry-run changes nothing, and a lock for another
// environment or a wrong hash changes nothing either.
#include "common/nginxserver.h"
#include "common/requirements.h"
#include "common/wheelindex.h"

#include "core/install/pylock.h"
#include "core/install/interpreters.h"
#include "core/install/venv.h"
#include "core/jobs/resolvejob.h"
#include "core/pep/interpreterprobe.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>

#include <sys/stat.h>

using namespace Envdesk::Core;
using TestSupport::Run;

namespace {

LockedFile lockedFile(const std::string &name, const QString &url, const std::string &sha)
{
    LockedFile f;
    f.name = name;
    f.url = QUrl(url);
    f.hashes["sha256"] = sha;
    return f;
}

PyLock sampleLock()
{
    PyLock lock;
    lock.environments = {"sys_platform == 'linux' and python_version == '3.11'"};
    lock.requiresPython = ">=3.9";
    lock.requested = {"b>=1", "a"};
    LockedPackage b;
    b.name = "b";
    b.version = "2.0";
    b.index = QUrl(QStringLiteral("https://user:secret@index.example/simple"));
    b.wheels.push_back(
        lockedFile("b-2.0-py3-none-any.whl",
                   QStringLiteral("https://user:secret@index.example/b-2.0-py3-none-any.whl"),
                   std::string(64, 'b')));
    b.sdist = lockedFile("b-2.0.tar.gz", QStringLiteral("https://index.example/b-2.0.tar.gz"),
                         std::string(64, 'c'));
    b.sdist->size = 1234;
    b.sdist->uploadTime = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 5), Qt::UTC);
    LockedPackage a;
    a.name = "a";
    a.version = "1.0";
    a.marker = "python_version >= '3.9'";
    a.requiresPython = ">=3.8";
    a.dependencies = {"b"};
    a.wheels.push_back(lockedFile("a-1.0-cp311-cp311-manylinux_2_17_x86_64.whl",
                                  QStringLiteral("https://index.example/a-1.0-cp311.whl"),
                                  std::string(64, 'd')));
    a.wheels.push_back(lockedFile("a-1.0-py3-none-any.whl",
                                  QStringLiteral("https://index.example/a-1.0-py3-none-any.whl"),
                                  std::string(64, 'a')));
    lock.packages = {b, a}; // out of order on purpose
    return lock;
}

QString lockError(const std::string &text)
{
    auto parsed = PyLock::parse(text, QStringLiteral("pylock.toml"));
    return parsed ? QString() : parsed.error().toString();
}

const std::string goodHead = "lock-version = \"1.0\"\ncreated-by = \"x\"\n";
const std::string goodWheel = "wheels = [{ name = \"a-1.0-py3-none-any.whl\", url = "
                              "\"https://i.example/a.whl\", hashes = { sha256 = \"00\" } }]\n";

} // namespace

class TestLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::NginxServer> m_server;
    std::unique_ptr<TestSupport::WheelIndex> m_index;
    QString m_project;
    QString m_venv;

    Run cli(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        return TestSupport::runProgram(QStringLiteral(ENVDESK_CLI_PATH), args, {}, m_project,
                                       extra);
    }

    static quint64 inode(const QString &path)
    {
        struct stat st;
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
    }

    QString newEnvironment(const QString &name)
    {
        auto base = probeInterpreter(TestSupport::systemPython3());
        auto env = base ? createVirtualEnvironment(m_dir.filePath(name), *base)
                        : Expected<VirtualEnvironment>(std::unexpected(base.error()));
        return env ? env->path : QString();
    }

    QString inEnv(const QString &code)
    {
        return TestSupport::runProgram(m_venv + QStringLiteral("/bin/python"),
                                       {QStringLiteral("-c"), code})
            .out;
    }

    QStringList installed()
    {
        QStringList out
            = QDir(sitePackages()).entryList({QStringLiteral("*.dist-info")}, QDir::Dirs);
        out.sort();
        return out;
    }

    QString sitePackages()
    {
        auto info = probeInterpreter(m_venv + QStringLiteral("/bin/python"));
        return info && info->paths.count("purelib") ? info->paths.at("purelib") : QString();
    }

    QByteArray lockText()
    {
        QFile f(m_project + QStringLiteral("/pylock.toml"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QByteArray fileText(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // A project folder of its own (no .venv yet) with `dependencies`, on the test's index.
    QString newProject(const QString &name, const QStringList &dependencies)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        QStringList quoted;
        for (const QString &d : dependencies)
            quoted << QLatin1Char('"') + d + QLatin1Char('"');
        QFile f(folder + QStringLiteral("/pyproject.toml"));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(QStringLiteral("[project]\nname = \"%1\"\nversion = \"0.1\"\n"
                               "requires-python = \">=3.8\"\ndependencies = [%2]\n\n"
                               "[[tool.uv.index]]\nname = \"local\"\nurl = \"%3/simple\"\n"
                               "default = true\n")
                    .arg(name, quoted.join(QLatin1String(", ")), m_server->baseUrl())
                    .toUtf8());
        return folder;
    }

    void writeProject(const QStringList &dependencies)
    {
        QStringList quoted;
        for (const QString &d : dependencies)
            quoted << QLatin1Char('"') + d + QLatin1Char('"');
        QFile f(m_project + QStringLiteral("/pyproject.toml"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("[project]\nname = \"demo\"\nversion = \"0.1\"\n"
                               "requires-python = \">=3.8\"\ndependencies = [%1]\n\n"
                               "[[tool.uv.index]]\nname = \"local\"\nurl = \"%2/simple\"\n"
                               "default = true\n")
                    .arg(quoted.join(QLatin1String(", ")), m_server->baseUrl())
                    .toUtf8());
    }

private Q_SLOTS:
    // --- the file --------------------------------------------------------------------------

    void writesTheSameBytesForTheSameLock()
    {
        const PyLock lock = sampleLock();
        PyLock reordered = lock;
        std::reverse(reordered.packages.begin(), reordered.packages.end());
        std::reverse(reordered.packages[0].wheels.begin(), reordered.packages[0].wheels.end());
        QCOMPARE(QByteArray::fromStdString(reordered.toToml()),
                 QByteArray::fromStdString(lock.toToml()));
        const QString text = QString::fromStdString(lock.toToml());
        QVERIFY2(text.indexOf(QLatin1String("name = \"a\""))
                     < text.indexOf(QLatin1String("name = \"b\"")),
                 qPrintable(text));
        // No credentials, wherever the URLs came from.
        QVERIFY2(!text.contains(QLatin1String("secret")) && !text.contains(QLatin1String("user@")),
                 qPrintable(text));
    }

    void readsBackWhatItWrote()
    {
        const PyLock lock = sampleLock();
        auto read = PyLock::parse(lock.toToml(), QStringLiteral("pylock.toml"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(read->packages.size(), std::size_t(2));
        const LockedPackage *b = read->find("B");
        QVERIFY(b && b->sdist);
        QCOMPARE(b->sdist->size, std::optional<qint64>(1234));
        QCOMPARE(b->sdist->uploadTime, QDateTime(QDate(2024, 5, 1), QTime(12, 30, 5), Qt::UTC));
        QCOMPARE(b->index.toString(), QStringLiteral("https://index.example/simple"));
        QCOMPARE(read->find("a")->marker, std::string("python_version >= '3.9'"));
        QCOMPARE(read->find("a")->dependencies, std::vector<std::string>{"b"});
        QCOMPARE(read->requested, lock.requested);
        QCOMPARE(read->environments, lock.environments);
        QVERIFY(!read->universal);
        // Written again: the same bytes.
        QCOMPARE(read->toToml(), lock.toToml());
        // A universal lock says so in [tool.envdesk], and a wrong value there is refused by line.
        PyLock universal = lock;
        universal.universal = true;
        auto again = PyLock::parse(universal.toToml(), QStringLiteral("pylock.toml"));
        QVERIFY(again && again->universal);
        std::string bad = universal.toToml();
        bad.replace(bad.find("universal = true"), 16, "universal = \"yes\"");
        auto refused = PyLock::parse(bad, QStringLiteral("pylock.toml"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().toString().contains(QLatin1String("universal is true or false")),
                 qPrintable(refused.error().toString()));
    }

    void pythonReadsItAsPep751Says()
    {
        const QString python = TestSupport::systemPython3();
        if (python.isEmpty())
            ENVDESK_NEEDS("python3 (scripts/test installs it)");
        const Run probe = TestSupport::runProgram(
            python, {QStringLiteral("-c"), QStringLiteral("import tomllib")});
        if (probe.code != 0)
            ENVDESK_NEEDS(
                "a python3 with tomllib (Python 3.11 or later: Debian 12 and Ubuntu 24.04 "
                "have one)");
        const QString script = QStringLiteral(
            "import sys, tomllib, datetime\n"
            "d = tomllib.loads(sys.stdin.read())\n"
            "assert d['lock-version'] == '1.0' and d['created-by'] == 'envdesk'\n"
            "a, b = d['packages']\n"
            "assert (a['name'], a['version'], b['name']) == ('a', '1.0', 'b')\n"
            "assert a['wheels'][1]['hashes'] == {'sha256': 'a' * 64}\n"
            "t = b['sdist']['upload-time']\n"
            "assert isinstance(t, datetime.datetime) and t.tzinfo is not None, t\n"
            "assert b['sdist']['size'] == 1234 and b['index'] == 'https://index.example/simple'\n"
            "assert a['dependencies'] == [{'name': 'b'}]\n"
            "print('ok')\n");
        const Run r = TestSupport::runProgram(python, {QStringLiteral("-c"), script},
                                              QByteArray::fromStdString(sampleLock().toToml()));
        QVERIFY2(r.code == 0 && r.out == QLatin1String("ok"), qPrintable(r.out));
    }

    void refusesBadLocksNamingTheLine()
    {
        QString e = lockError("lock-version = \"2.0\"\ncreated-by = \"x\"\n");
        QVERIFY2(e.contains(QLatin1String("pylock.toml:1")) && e.contains(QLatin1String("2.0")),
                 qPrintable(e));
        e = lockError(goodHead + "\n[[packages]]\nname = \"a\"\nversion = \"1.0\"\n"
                      + "wheels = [{ name = \"a-1.0-py3-none-any.whl\", url = "
                        "\"https://i.example/a.whl\" }]\n");
        QVERIFY2(e.contains(QLatin1String("pylock.toml:7"))
                     && e.contains(QLatin1String("no hashes")),
                 qPrintable(e));
        e = lockError(goodHead + "\n[[packages]]\nname = \"a\"\nversion = \"1.0\"\n"
                      + "wheels = [{ name = \"a-1.0-py3-none-any.whl\", url = "
                        "\"https://u:p@i.example/a.whl\", hashes = { sha256 = \"00\" } }]\n");
        QVERIFY2(e.contains(QLatin1String("credentials")), qPrintable(e));
        e = lockError(goodHead + "\n[[packages]]\nname = \"a\"\n" + goodWheel);
        QVERIFY2(e.contains(QLatin1String("no valid version")), qPrintable(e));
        e = lockError(goodHead
                      + "\n[[packages]]\nname = \"a\"\nversion = \"1.0\"\nvcs = { type = \"git\", "
                        "url = \"https://g.example/a\" }\n");
        QVERIFY2(e.contains(QLatin1String("vcs")) && e.contains(QLatin1String("pylock.toml:7")),
                 qPrintable(e));
        e = lockError(goodHead + "environments = [\"python_version >< '3'\"]\n");
        QVERIFY2(e.contains(QLatin1String("environments")), qPrintable(e));
        e = lockError(goodHead + "\n[[packages]]\nname = \"a\"\nversion = \"1.0\"\n");
        QVERIFY2(e.contains(QLatin1String("no wheels, sdist, directory, archive or vcs")), qPrintable(e));
        e = lockError("lock-version = \"1.0\"\ncreated-by = \n");
        QVERIFY2(e.contains(QLatin1String("pylock.toml:2")), qPrintable(e));
        QVERIFY(
            lockError(goodHead + "\n[[packages]]\nname = \"a\"\nversion = \"1.0\"\n" + goodWheel)
                .isEmpty());
    }

    void saysWhatChanged()
    {
        PyLock before = sampleLock();
        PyLock after = sampleLock();
        after.packages[0].version = "3.0"; // b upgraded
        after.packages[1].version = "0.9"; // a downgraded
        LockedPackage c;
        c.name = "c";
        c.version = "1.0";
        after.packages.push_back(c);
        LockedPackage gone;
        gone.name = "gone";
        gone.version = "4.0";
        before.packages.push_back(gone);
        const QStringList lines = diffLocks(before, after).lines();
        QCOMPARE(lines, (QStringList{QStringLiteral("+ c 1.0"), QStringLiteral("- gone 4.0"),
                                     QStringLiteral("\u2191 b 2.0 -> 3.0"),
                                     QStringLiteral("\u2193 a 1.0 -> 0.9 ; python_version >= '3.9'")}));
        QVERIFY(diffLocks(before, before).isEmpty());

        // A package locked twice (a universal lock): entry by entry, matched by marker.
        LockedPackage older = c, newer = c;
        older.marker = "python_version < '3.12'";
        newer.version = "2.0";
        newer.marker = "python_version >= '3.12'";
        PyLock split = after;
        split.packages.erase(split.packages.end() - 1);
        split.packages.push_back(older);
        split.packages.push_back(newer);
        QCOMPARE(diffLocks(after, split).lines(),
                 (QStringList{QStringLiteral("+ c 1.0 ; python_version < '3.12'"),
                              QStringLiteral("+ c 2.0 ; python_version >= '3.12'"), QStringLiteral("- c 1.0")}));
        PyLock later = split;
        later.packages.back().version = "2.1";
        QCOMPARE(diffLocks(split, later).lines(),
                 QStringList{QStringLiteral("\u2191 c 2.0 -> 2.1 ; python_version >= '3.12'")});
    }

    void checksTheEnvironment()
    {
        MarkerEnvironment env;
        env.sysPlatform = "linux";
        env.pythonVersion = "3.12";
        env.pythonFullVersion = "3.12.1";
        env.platformMachine = "x86_64";
        env.implementationName = "cpython";
        const PyLock lock = sampleLock();
        auto fits = lock.checkEnvironment(env, QStringLiteral("/p/pylock.toml"));
        QVERIFY(!fits);
        QVERIFY2(fits.error().message.contains(QLatin1String("python_version == '3.12'"))
                     && fits.error().hint.contains(QLatin1String("--python 3.12.1")),
                 qPrintable(fits.error().toString()));
        env.pythonVersion = "3.11";
        env.pythonFullVersion = "3.11.2";
        QVERIFY(lock.checkEnvironment(env, QString()));
        env.pythonFullVersion = "3.8.1"; // requires-python >=3.9
        env.pythonVersion = "3.11";
        QVERIFY(!lock.checkEnvironment(env, QString()));
    }

    // A package's Requires-Python goes into the lock as the resolution read it, its lower bounds
    // (uv's rule), so that a PEP 751 installer checking it selects the package for the Python it
    // was resolved for.
    void theLockRecordsRequiresPythonAsResolved()
    {
        ResolveOutcome outcome;
        outcome.ok = true;
        outcome.python = "3.12.1";
        outcome.markers.pythonFullVersion = "3.12.1";
        outcome.markers.pythonVersion = "3.12";
        outcome.markers.sysPlatform = "linux";
        ResolvedPackage p;
        p.name = "old";
        p.version = "2.0";
        p.index = "local";
        p.filename = "old-2.0-py3-none-any.whl";
        p.requiresPython = ">=3.8, <3.12";
        DistributionFile wheel;
        wheel.filename = p.filename;
        wheel.url = QUrl(QStringLiteral("https://example.invalid/files/old-2.0-py3-none-any.whl"));
        wheel.hashes = {{"sha256", std::string(64, 'a')}};
        wheel.requiresPython = p.requiresPython;
        p.files = {wheel};
        p.url = wheel.url;
        p.hashes = wheel.hashes;
        outcome.packages = {p};
        const PyLock lock = lockFromOutcome(outcome, {"old"}, ">=3.8");
        QCOMPARE(lock.packages.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(lock.packages.front().requiresPython), QStringLiteral(">=3.8"));
        QVERIFY(QString::fromStdString(lock.toToml()).contains(QLatin1String("requires-python = \">=3.8\"")));
    }

    // --- end to end ---------------------------------------------------------------------------

    void initTestCase()
    {
        if (TestSupport::NginxServer::binary().isEmpty() || TestSupport::systemPython3().isEmpty())
            ENVDESK_NEEDS("nginx and python3 are needed (scripts/test installs them)");
        TestSupport::NginxServer::openToWorkers(m_dir.path());
        m_index = std::make_unique<TestSupport::WheelIndex>(m_dir.filePath(QStringLiteral("www")));
        for (const auto &[name, version, value, requires_] :
             std::vector<std::tuple<QString, QString, QString, QStringList>>{
                 {QStringLiteral("demo-pkg"),
                  QStringLiteral("1.0"),
                  QStringLiteral("1"),
                  {QStringLiteral("helper>=1")}},
                 {QStringLiteral("demo-pkg"),
                  QStringLiteral("2.0"),
                  QStringLiteral("2"),
                  {QStringLiteral("helper>=3")}},
                 {QStringLiteral("helper"), QStringLiteral("1.0"), QStringLiteral("1"), {}},
                 {QStringLiteral("helper"), QStringLiteral("2.0"), QStringLiteral("2"), {}},
                 {QStringLiteral("stray"), QStringLiteral("1.0"), QStringLiteral("1"), {}},
                 {QStringLiteral("pip"), QStringLiteral("99.0"), QStringLiteral("1"), {}}}) {
            const QString failed = m_index->publishModule(name, version, value, requires_);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
        }
        m_server = std::make_unique<TestSupport::NginxServer>(
            TestSupport::NginxServer::Options{.root = m_index->root()});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        m_project = m_dir.filePath(QStringLiteral("project"));
        QDir().mkpath(m_project);
        writeProject({QStringLiteral("demo-pkg")});
        auto base = probeInterpreter(TestSupport::systemPython3());
        QVERIFY(base);
        auto env = createVirtualEnvironment(m_project + QStringLiteral("/.venv"), *base);
        QVERIFY2(env, qPrintable(env ? QString() : env.error().toString()));
        m_venv = env->path;
    }

    void locksTheProject()
    {
        Run r = cli({QStringLiteral("lock")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("+ demo-pkg 1.0"))
                     && r.out.contains(QLatin1String("+ helper 2.0")),
                 qPrintable(r.out));
        const QByteArray first = lockText();
        auto lock = PyLock::parse(first.toStdString(), QStringLiteral("pylock.toml"));
        QVERIFY2(lock, qPrintable(lock ? QString() : lock.error().toString()));
        QCOMPARE(lock->packages.size(), std::size_t(2));
        QCOMPARE(lock->find("helper")->index.toString(),
                 m_server->baseUrl() + QStringLiteral("/simple"));
        QCOMPARE(lock->find("helper")->wheels.size(), std::size_t(1));
        QCOMPARE(lock->find("helper")->wheels[0].hashes.at("sha256").size(), std::size_t(64));
        QCOMPARE(lock->find("demo-pkg")->dependencies, std::vector<std::string>{"helper"});
        QCOMPARE(lock->requested, std::vector<std::string>{"demo-pkg"});
        QCOMPARE(lock->requiresPython, std::string(">=3.8"));
        // Resolved for the project's .venv: its environment is named.
        auto info = probeInterpreter(m_venv + QStringLiteral("/bin/python"));
        QVERIFY(info);
        QCOMPARE(lock->environments, std::vector<std::string>{environmentMarker(info->markers)});

        // Again: the same bytes, and it says so; --check agrees.
        r = cli({QStringLiteral("lock")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("up to date")), qPrintable(r.out));
        QCOMPARE(lockText(), first);
        r = cli({QStringLiteral("lock"), QStringLiteral("--check")});
        QVERIFY2(r.code == 0, qPrintable(r.out));

        // The tree, both ways.
        r = cli({QStringLiteral("tree")});
        QCOMPARE(r.out, QString::fromUtf8("demo-pkg 1.0\n\u2514\u2500\u2500 helper 2.0"));
        r = cli({QStringLiteral("tree"), QStringLiteral("--invert"), QStringLiteral("Helper")});
        QCOMPARE(r.out, QString::fromUtf8("helper 2.0\n\u2514\u2500\u2500 demo-pkg 1.0"));
        r = cli({QStringLiteral("tree"), QStringLiteral("--invert"), QStringLiteral("nothing")});
        QVERIFY2(r.code == 2 && r.out.contains(QLatin1String("nothing is not in")),
                 qPrintable(r.out));
    }

    void syncsTheEnvironment()
    {
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("+ demo-pkg 1.0")), qPrintable(r.out));
        QVERIFY(installed().isEmpty());

        // Something the lock does not have, and a seed tool: the first goes, the second stays.
        r = cli({QStringLiteral("install"), QStringLiteral("stray"), QStringLiteral("pip")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        r = cli({QStringLiteral("sync")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("- stray 1.0"))
                     && !r.out.contains(QLatin1String("pip")),
                 qPrintable(r.out));
        QCOMPARE(installed(), (QStringList{QStringLiteral("demo_pkg-1.0.dist-info"),
                                           QStringLiteral("helper-2.0.dist-info"),
                                           QStringLiteral("pip-99.0.dist-info")}));
        QCOMPARE(
            inEnv(QStringLiteral("import demo_pkg, helper; print(demo_pkg.VALUE, helper.VALUE)")),
            QStringLiteral("1 2"));
        QCOMPARE(inEnv(QStringLiteral(
                     "import importlib.metadata as m; "
                     "print(m.distribution('demo-pkg').read_text('REQUESTED') is not None, "
                     "m.distribution('helper').read_text('REQUESTED') is None)")),
                 QStringLiteral("True True"));

        r = cli({QStringLiteral("sync")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("matches")), qPrintable(r.out));
        r = cli({QStringLiteral("sync"), QStringLiteral("--remove-seed-tools")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("- pip 99.0")), qPrintable(r.out));
        QCOMPARE(installed().size(), 2);
    }

    // One lock for every Python of requires-python: a dependency required differently before and
    // from Python 3.12 is locked twice, each with its marker, and each environment gets its own.
    void aUniversalLockServesEveryPython()
    {
        for (const auto &[name, version, value, requires_] : std::vector<std::tuple<QString, QString, QString, QStringList>>{
                 {QStringLiteral("forked"), QStringLiteral("1.0"), QStringLiteral("1"),
                  {QStringLiteral("shim<2; python_version < '3.12'"), QStringLiteral("shim>=2; python_version >= '3.12'")}},
                 {QStringLiteral("shim"), QStringLiteral("1.0"), QStringLiteral("1"), {}},
                 {QStringLiteral("shim"), QStringLiteral("2.0"), QStringLiteral("2"), {}}}) {
            const QString failed = m_index->publishModule(name, version, value, requires_);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
        }
        const QString dir = m_dir.filePath(QStringLiteral("universal"));
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/pyproject.toml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[project]\nname = \"everywhere\"\nversion = \"0.1\"\nrequires-python = \">=3.8\"\n"
                               "dependencies = [\"forked\"]\n\n[[tool.uv.index]]\nname = \"local\"\nurl = \"%1/simple\"\n"
                               "default = true\n")
                    .arg(m_server->baseUrl())
                    .toUtf8());
        f.close();
        Run r = cli({QStringLiteral("lock"), QStringLiteral("--universal"), QStringLiteral("--project"), dir});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QFile lockFile(dir + QStringLiteral("/pylock.toml"));
        QVERIFY(lockFile.open(QIODevice::ReadOnly));
        const QByteArray text = lockFile.readAll();
        lockFile.close();
        auto lock = PyLock::parse(text.toStdString(), QStringLiteral("pylock.toml"));
        QVERIFY2(lock, qPrintable(lock ? QString() : lock.error().toString()));
        QVERIFY2(lock->environments.empty() && lock->universal, text.constData()); // every environment
        std::map<std::string, std::string> shims;
        for (const LockedPackage &p : lock->packages) {
            if (p.name == "shim")
                shims[p.version] = p.marker;
            else
                QVERIFY2(p.name == "forked" && p.marker.empty(), text.constData());
        }
        QCOMPARE(shims, (std::map<std::string, std::string>{{"1.0", "python_version < '3.12'"},
                                                            {"2.0", "python_version >= '3.12'"}}));
        // The tree shows both entries with their markers, and what needs each.
        r = cli({QStringLiteral("tree"), QStringLiteral("--project"), dir});
        QCOMPARE(r.out, QString::fromUtf8("forked 1.0\n\u251c\u2500\u2500 shim 1.0 ; python_version < '3.12'\n"
                                          "\u2514\u2500\u2500 shim 2.0 ; python_version >= '3.12'"));
        r = cli({QStringLiteral("tree"), QStringLiteral("--project"), dir, QStringLiteral("--invert"), QStringLiteral("shim")});
        QCOMPARE(r.out, QString::fromUtf8("shim 1.0 ; python_version < '3.12'\n\u2514\u2500\u2500 forked 1.0\n"
                                          "shim 2.0 ; python_version >= '3.12'\n\u2514\u2500\u2500 forked 1.0 (*)"));
        // Locking again without the option keeps it universal: the same bytes.
        r = cli({QStringLiteral("lock"), QStringLiteral("--project"), dir});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("up to date")), qPrintable(r.out));
        QVERIFY(lockFile.open(QIODevice::ReadOnly));
        QCOMPARE(lockFile.readAll(), text);

        // Every Python 3.8+ here (at least Debian's python3), one of each minor: synced from the
        // one lock, each imports the shim its marker gives it.
        std::set<std::pair<int, int>> minors;
        int synced = 0;
        for (const FoundInterpreter &found : discoverInterpreters().interpreters) {
            const InterpreterInfo &info = found.info;
            if (info.isVirtualEnvironment() || info.major != 3 || info.minor < 8 || !minors.insert({info.major, info.minor}).second)
                continue;
            auto env = createVirtualEnvironment(dir + QStringLiteral("/venv-3.%1").arg(info.minor), info);
            QVERIFY2(env, qPrintable(env ? QString() : env.error().toString()));
            r = cli({QStringLiteral("sync"), QStringLiteral("--project"), dir, QStringLiteral("--venv"), env->path});
            QVERIFY2(r.code == 0, qPrintable(r.out));
            const QString value = TestSupport::runProgram(env->path + QStringLiteral("/bin/python"),
                                                          {QStringLiteral("-c"), QStringLiteral("import shim; print(shim.VALUE)")})
                                      .out;
            QCOMPARE(value, info.minor >= 12 ? QStringLiteral("2") : QStringLiteral("1"));
            ++synced;
        }
        QVERIFY(synced >= 1);
        qInfo("one universal lock synced into %d environments (Python 3.%s)", synced,
              qPrintable([&] {
                  QStringList m;
                  for (const auto &[major, minor] : minors)
                      m << QString::number(minor);
                  return m.join(QLatin1String(", 3."));
              }()));
    }

    void keepsLockedVersionsUntilAnUpgrade()
    {
        // New versions appear: helper 3.0 even makes demo-pkg 2.0 possible.
        QVERIFY(m_index
                    ->publishModule(QStringLiteral("helper"), QStringLiteral("3.0"),
                                    QStringLiteral("3"))
                    .isEmpty());
        const QByteArray before = lockText();
        Run r = cli({QStringLiteral("lock"), QStringLiteral("--refresh")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("up to date")), qPrintable(r.out));
        QCOMPARE(lockText(), before);

        r = cli({QStringLiteral("lock"), QStringLiteral("--refresh"),
                 QStringLiteral("--upgrade-package"), QStringLiteral("helper")});
        QVERIFY2(r.code == 0 && r.out.contains(QString::fromUtf8("\u2191 helper 2.0 -> 3.0"))
                     && !r.out.contains(QLatin1String("demo-pkg")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("sync")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("~ helper 2.0 -> 3.0")),
                 qPrintable(r.out));
        QCOMPARE(inEnv(QStringLiteral("import helper; print(helper.VALUE)")), QStringLiteral("3"));

        r = cli({QStringLiteral("lock"), QStringLiteral("--upgrade")});
        QVERIFY2(r.code == 0 && r.out.contains(QString::fromUtf8("\u2191 demo-pkg 1.0 -> 2.0")),
                 qPrintable(r.out));
    }

    void checkTellsAStaleLock()
    {
        writeProject({QStringLiteral("demo-pkg"), QStringLiteral("stray")});
        const QByteArray before = lockText();
        const Run r = cli({QStringLiteral("lock"), QStringLiteral("--check")});
        QVERIFY2(r.code == 1 && r.out.contains(QLatin1String("not up to date"))
                     && r.out.contains(QLatin1String("+ stray 1.0")),
                 qPrintable(r.out));
        QCOMPARE(lockText(), before);
        writeProject({QStringLiteral("demo-pkg")});
    }

    void refusesALockForAnotherEnvironment()
    {
        const QString other = m_project + QStringLiteral("/pylock.windows.toml");
        Run r = cli({QStringLiteral("lock"), QStringLiteral("--python-version"),
                     QStringLiteral("3.9"), QStringLiteral("--python-platform"),
                     QStringLiteral("windows"), QStringLiteral("-o"), other});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        const QStringList before = installed();
        r = cli({QStringLiteral("sync"), QStringLiteral("--lock"), other});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QLatin1String("sys_platform == 'win32'"))
                     && r.out.contains(QLatin1String("envdesk-cli lock --python")),
                 qPrintable(r.out));
        QCOMPARE(installed(), before);
    }

    void aWrongHashChangesNothing()
    {
        QVERIFY(cli({QStringLiteral("sync")}).code == 0);
        QByteArray text = lockText();
        // Make the lock ask for demo-pkg 1.0 again, with a hash its file does not have.
        auto lock = PyLock::parse(text.toStdString(), QStringLiteral("pylock.toml"));
        QVERIFY(lock);
        const LockedPackage *demo = lock->find("demo-pkg");
        const std::string sha = demo->wheels.at(0).hashes.at("sha256");
        text.replace(QByteArray::fromStdString(sha), QByteArray(64, 'f'));
        const QString tampered = m_project + QStringLiteral("/pylock.tampered.toml");
        QFile f(tampered);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const QStringList before = installed();
        const Run r = cli({QStringLiteral("sync"), QStringLiteral("--lock"), tampered,
                           QStringLiteral("--reinstall")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QLatin1String("ffffffff")), qPrintable(r.out));
        QCOMPARE(installed(), before);
        QCOMPARE(inEnv(QStringLiteral("import demo_pkg; print(demo_pkg.VALUE)")),
                 QStringLiteral("2"));
    }

    void syncLocksFirstWhenTheProjectChanged()
    {
        QVERIFY(cli({QStringLiteral("sync")}).code == 0);
        writeProject({QStringLiteral("demo-pkg"), QStringLiteral("stray")});
        // A dry run says what the lock and the environment would become, and writes neither.
        const QByteArray lockBefore = lockText();
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Would lock"))
                     && r.out.contains(QLatin1String("+ stray 1.0")),
                 qPrintable(r.out));
        QCOMPARE(lockText(), lockBefore);
        QVERIFY(!installed().contains(QStringLiteral("stray-1.0.dist-info")));
        // The same plan as a value (what the desktop app shows): one JSON document on stdout.
        r = cli({QStringLiteral("sync"), QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(plan.value(QLatin1String("locking")).toArray().size() > 0, qPrintable(r.out));
        const QJsonArray changes = plan.value(QLatin1String("changes")).toArray();
        QVERIFY2(changes.contains(QJsonObject{{QStringLiteral("action"), QStringLiteral("install")},
                                              {QStringLiteral("name"), QStringLiteral("stray")},
                                              {QStringLiteral("version"), QStringLiteral("1.0")}}),
                 qPrintable(r.out));
        QCOMPARE(lockText(), lockBefore);
        r = cli({QStringLiteral("sync"), QStringLiteral("--locked")});
        QVERIFY2(r.code == 1 && r.out.contains(QLatin1String("does not match")), qPrintable(r.out));
        r = cli({QStringLiteral("sync"), QStringLiteral("--frozen")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("matches")), qPrintable(r.out));
        r = cli({QStringLiteral("sync")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Locked"))
                     && r.out.contains(QLatin1String("+ stray 1.0")),
                 qPrintable(r.out));
        QVERIFY(installed().contains(QStringLiteral("stray-1.0.dist-info")));
        QVERIFY(lockText().contains("name = \"stray\""));
        writeProject({QStringLiteral("demo-pkg")});
        r = cli({QStringLiteral("sync")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("- stray 1.0")), qPrintable(r.out));
        QVERIFY(!installed().contains(QStringLiteral("stray-1.0.dist-info")));
    }

    void syncMakesTheProjectsEnvironmentWhenThereIsNone()
    {
        const QString other = m_dir.filePath(QStringLiteral("fresh"));
        QDir().mkpath(other);
        QFile f(other + QStringLiteral("/pyproject.toml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[project]\nname = \"fresh\"\nversion = \"1\"\ndependencies = [\"demo-pkg\"]\n\n"
                               "[[tool.uv.index]]\nname = \"local\"\nurl = \"%1/simple\"\ndefault = true\n")
                    .arg(m_server->baseUrl())
                    .toUtf8());
        f.close();
        // A dry run writes nothing, so it cannot make the environment: it says what will.
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--dry-run"), QStringLiteral("--project"), other});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QLatin1String("no environment yet")), qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(other + QStringLiteral("/.venv")));
        r = cli({QStringLiteral("sync"), QStringLiteral("--project"), other});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Created")) && r.out.contains(QLatin1String("+ demo-pkg ")),
                 qPrintable(r.out));
        QCOMPARE(TestSupport::runProgram(other + QStringLiteral("/.venv/bin/python"),
                                         {QStringLiteral("-c"), QStringLiteral("import demo_pkg")})
                     .code,
                 0);
        // A project with no dependencies locks and syncs to nothing.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("[project]\nname = \"fresh\"\nversion = \"1\"\ndependencies = []\n");
        f.close();
        r = cli({QStringLiteral("sync"), QStringLiteral("--project"), other});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("- demo-pkg ")), qPrintable(r.out));
        r = cli({QStringLiteral("sync"), QStringLiteral("--project"), other});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("(0 packages)")), qPrintable(r.out));
    }

    void syncWithoutALockSaysHowToMakeOne()
    {
        const Run r = cli({QStringLiteral("sync"), QStringLiteral("--lock"),
                           m_project + QStringLiteral("/none.toml")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QLatin1String("none.toml"))
                     && r.out.contains(QLatin1String("envdesk-cli lock")),
                 qPrintable(r.out));
    }

    void compilesBytecodeWhenAsked()
    {
        auto info = probeInterpreter(m_venv + QStringLiteral("/bin/python"));
        QVERIFY(info);
        const QString cache = info->paths.at("purelib") + QStringLiteral("/demo_pkg/__pycache__");
        QDir(cache).removeRecursively();
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--frozen"),
                     QStringLiteral("--reinstall"), QStringLiteral("--compile-bytecode")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("to bytecode")), qPrintable(r.out));
        QVERIFY2(!QDir(cache).entryList({QStringLiteral("__init__.*.pyc")}, QDir::Files).isEmpty(),
                 qPrintable(cache));
        // Reinstalled without it: the old bytecode goes with the old files.
        r = cli(
            {QStringLiteral("sync"), QStringLiteral("--frozen"), QStringLiteral("--reinstall")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY(QDir(cache).entryList({QStringLiteral("__init__.*.pyc")}, QDir::Files).isEmpty());
        // From the settings too.
        QProcessEnvironment compile;
        compile.insert(QStringLiteral("UV_COMPILE_BYTECODE"), QStringLiteral("1"));
        r = cli({QStringLiteral("sync"), QStringLiteral("--frozen"), QStringLiteral("--reinstall")},
                compile);
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY(!QDir(cache).entryList({QStringLiteral("__init__.*.pyc")}, QDir::Files).isEmpty());
    }

    void installsFilesALockGivesByPath()
    {
        // A lock written elsewhere, pointing at a wheel beside it (PEP 751 `path`).
        const QString folder = m_dir.filePath(QStringLiteral("by-path"));
        QDir().mkpath(folder + QStringLiteral("/wheels"));
        const QString wheel = QStringLiteral("stray-1.0-py3-none-any.whl");
        QVERIFY(QFile::copy(m_index->root() + QStringLiteral("/files/") + wheel,
                            folder + QStringLiteral("/wheels/") + wheel));
        QFile w(folder + QStringLiteral("/wheels/") + wheel);
        QVERIFY(w.open(QIODevice::ReadOnly));
        const QByteArray sha
            = QCryptographicHash::hash(w.readAll(), QCryptographicHash::Sha256).toHex();
        auto writeLock = [&](const QByteArray &hash) {
            QFile lock(folder + QStringLiteral("/pylock.toml"));
            QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
            lock.write("lock-version = \"1.0\"\ncreated-by = \"elsewhere\"\n\n[[packages]]\n"
                       "name = \"stray\"\nversion = \"1.0\"\nwheels = [{ name = \""
                       + wheel.toUtf8() + "\", path = \"wheels/" + wheel.toUtf8()
                       + "\", hashes = { sha256 = \"" + hash + "\" } }]\n");
        };
        writeLock(sha);
        auto read = PyLock::read(folder + QStringLiteral("/pylock.toml"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(read->packages.at(0).wheels.at(0).url.toLocalFile(),
                 folder + QStringLiteral("/wheels/") + wheel);
        QVERIFY(
            QString::fromStdString(read->toToml()).contains(QStringLiteral("path = \"wheels/")));
        const QString venv = newEnvironment(QStringLiteral("by-path-env"));
        // A wrong hash: nothing installed, the path and both hashes named.
        writeLock(QByteArray(64, '0'));
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--venv"), venv,
                     QStringLiteral("--lock"), folder + QStringLiteral("/pylock.toml")});
        QVERIFY2(r.code == 2 && r.out.contains(QLatin1String("wheels/") + wheel)
                     && r.out.contains(QString::fromLatin1(sha)),
                 qPrintable(r.out));
        writeLock(sha);
        r = cli({QStringLiteral("sync"), QStringLiteral("--venv"), venv, QStringLiteral("--lock"),
                 folder + QStringLiteral("/pylock.toml")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("+ stray 1.0")), qPrintable(r.out));
        QCOMPARE(TestSupport::runProgram(
                     venv + QStringLiteral("/bin/python"),
                     {QStringLiteral("-c"), QStringLiteral("import stray; print(stray.VALUE)")})
                     .out,
                 QStringLiteral("1"));
    }

    void addAndRemoveLockAndSync()
    {
        QFile file(m_project + QStringLiteral("/pyproject.toml"));
        Run r = cli({QStringLiteral("add"), QStringLiteral("stray")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("+ stray 1.0")), qPrintable(r.out));
        QVERIFY(installed().contains(QStringLiteral("stray-1.0.dist-info")));
        QVERIFY(lockText().contains("name = \"stray\""));
        r = cli({QStringLiteral("remove"), QStringLiteral("stray")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("- stray 1.0")), qPrintable(r.out));
        QVERIFY(!installed().contains(QStringLiteral("stray-1.0.dist-info")));
        // A requirement that cannot be met: the file is put back, the environment untouched.
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const QStringList envBefore = installed();
        r = cli({QStringLiteral("add"), QStringLiteral("helper>=9")});
        QVERIFY2(r.code == 1 && r.out.contains(QLatin1String("put back")), qPrintable(r.out));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        file.close();
        QCOMPARE(installed(), envBefore);
    }

    // uv's add: a requirement given without a version is written with a lower bound of the
    // version locked; one with a version is written as given; --frozen (nothing locked) as given.
    void addWritesALowerBoundOfTheLockedVersion()
    {
        const QString folder = newProject(QStringLiteral("bounds"), {});
        Run r = cli({QStringLiteral("add"), QStringLiteral("stray"), QStringLiteral("Helper"),
                     QStringLiteral("demo-pkg==1.0"), QStringLiteral("--project"), folder});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("+ stray 1.0")), qPrintable(r.out));
        auto lock = PyLock::read(folder + QStringLiteral("/pylock.toml"));
        QVERIFY2(lock && lock->find("helper"),
                 qPrintable(lock ? QString() : lock.error().toString()));
        const QByteArray helper
            = "\"Helper>=" + QByteArray::fromStdString(lock->find("helper")->version) + '"';
        const QByteArray text = fileText(folder + QStringLiteral("/pyproject.toml"));
        QVERIFY2(text.contains("\"stray>=1.0\"") && text.contains(helper)
                     && text.contains("\"demo-pkg==1.0\""),
                 text.constData());
        // The lock names the requirements as they are written now.
        r = cli({QStringLiteral("lock"), QStringLiteral("--check"), QStringLiteral("--project"),
                 folder});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        r = cli({QStringLiteral("sync"), QStringLiteral("--locked"), QStringLiteral("--project"),
                 folder});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("matches")), qPrintable(r.out));
        r = cli({QStringLiteral("add"), QStringLiteral("pip"), QStringLiteral("--frozen"),
                 QStringLiteral("--project"), folder});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY(fileText(folder + QStringLiteral("/pyproject.toml")).contains("\"pip\""));
    }

    // Removing the last dependency locks (an empty lock) and syncs (what was installed goes).
    void removingTheLastDependencyLocksAndSyncsToNothing()
    {
        const QString folder = newProject(QStringLiteral("last"), {QStringLiteral("stray")});
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--project"), folder});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("+ stray 1.0")), qPrintable(r.out));
        r = cli({QStringLiteral("remove"), QStringLiteral("stray"), QStringLiteral("--project"),
                 folder});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Locked 0 packages"))
                     && r.out.contains(QLatin1String("- stray 1.0")),
                 qPrintable(r.out));
        auto lock = PyLock::read(folder + QStringLiteral("/pylock.toml"));
        QVERIFY2(lock, qPrintable(lock ? QString() : lock.error().toString()));
        QVERIFY(lock->packages.empty() && lock->requested.empty());
        auto info = probeInterpreter(folder + QStringLiteral("/.venv/bin/python"));
        QVERIFY(info);
        QCOMPARE(QDir(info->paths.at("purelib")).entryList({QStringLiteral("stray*")}, QDir::Dirs),
                 QStringList());
        r = cli({QStringLiteral("lock"), QStringLiteral("--project"), folder});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("up to date")), qPrintable(r.out));
    }

    // add locks, then the sync fails (a download whose hash is not the index's): pyproject.toml
    // and pylock.toml are put back byte for byte, and the message says so.
    void aSyncThatFailsAfterAddPutsBothFilesBack()
    {
        QVERIFY(m_index
                    ->publish(QStringLiteral("bad-hash"), QStringLiteral("1.0"), {},
                              QJsonObject{{QStringLiteral("bad_hash/__init__.py"),
                                           QStringLiteral("VALUE = 1\n")}},
                              true)
                    .isEmpty());
        const QString folder = newProject(QStringLiteral("rollback"), {QStringLiteral("stray")});
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--project"), folder});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        const QByteArray project = fileText(folder + QStringLiteral("/pyproject.toml"));
        const QByteArray lock = fileText(folder + QStringLiteral("/pylock.toml"));
        QVERIFY(!lock.isEmpty());
        r = cli({QStringLiteral("add"), QStringLiteral("bad-hash"), QStringLiteral("--project"),
                 folder});
        QVERIFY2(r.code == 2 && r.out.contains(QLatin1String("Locked"))
                     && r.out.contains(QLatin1String("put back"))
                     && r.out.contains(QLatin1String("could not be synced")),
                 qPrintable(r.out));
        QCOMPARE(fileText(folder + QStringLiteral("/pyproject.toml")), project);
        QCOMPARE(fileText(folder + QStringLiteral("/pylock.toml")), lock);
        r = cli({QStringLiteral("sync"), QStringLiteral("--locked"), QStringLiteral("--project"),
                 folder});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("matches")), qPrintable(r.out));
        // And when there was no lock before: there is none after.
        const QString fresh = newProject(QStringLiteral("rollback-new"), {});
        r = cli({QStringLiteral("add"), QStringLiteral("bad-hash"), QStringLiteral("--project"),
                 fresh});
        QVERIFY2(r.code == 2 && r.out.contains(QLatin1String("put back")), qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(fresh + QStringLiteral("/pylock.toml")));
        QVERIFY(!fileText(fresh + QStringLiteral("/pyproject.toml")).contains("bad-hash"));
    }

    // --python-platform without --python-version: that platform, with the interpreter's Python
    // (as uv does); an unknown platform is refused naming the ones there are.
    void aPlatformWithoutAVersionIsHonoured()
    {
        auto info = probeInterpreter(m_venv + QStringLiteral("/bin/python"));
        QVERIFY(info);
        const QString output = m_dir.filePath(QStringLiteral("windows.toml"));
        Run r = cli({QStringLiteral("lock"), QStringLiteral("--python-platform"),
                     QStringLiteral("windows"), QStringLiteral("-o"), output});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("(windows)")), qPrintable(r.out));
        auto lock = PyLock::read(output);
        QVERIFY2(lock, qPrintable(lock ? QString() : lock.error().toString()));
        QCOMPARE(lock->environments.size(), std::size_t(1));
        const QString environment = QString::fromStdString(lock->environments.front());
        QVERIFY2(
            environment.contains(QLatin1String("sys_platform == 'win32'"))
                && environment.contains(
                    QStringLiteral("python_version == '%1.%2'").arg(info->major).arg(info->minor)),
            qPrintable(environment));
        // resolve too (python3 on PATH, or --python).
        r = cli({QStringLiteral("resolve"), QStringLiteral("demo-pkg"),
                 QStringLiteral("--python-platform"), QStringLiteral("macos"),
                 QStringLiteral("--python"), m_venv + QStringLiteral("/bin/python"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        // stdout's JSON document, then stderr (a warning when there is no keychain).
        const QJsonObject resolved
            = QJsonDocument::fromJson(r.out.left(r.out.lastIndexOf(QLatin1Char('}')) + 1).toUtf8())
                  .object();
        QCOMPARE(resolved.value(QLatin1String("platform")).toString(), QStringLiteral("macos"));
        QCOMPARE(resolved.value(QLatin1String("python")).toString().toStdString(), info->version);

        const QString refused = m_dir.filePath(QStringLiteral("beos.toml"));
        r = cli({QStringLiteral("lock"), QStringLiteral("--python-platform"),
                 QStringLiteral("beos"), QStringLiteral("-o"), refused});
        QVERIFY2(r.code == 2 && r.out.contains(QLatin1String("'beos'"))
                     && r.out.contains(QLatin1String("linux, macos, windows"))
                     && r.out.contains(QLatin1String("x86_64-pc-windows-msvc")),
                 qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(refused));
        r = cli({QStringLiteral("lock"), QStringLiteral("--python-platform"),
                 QStringLiteral("windows"), QStringLiteral("--universal"), QStringLiteral("-o"),
                 refused});
        QVERIFY2(r.code == 2 && r.out.contains(QLatin1String("--universal")), qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(refused));
        // A universal lock stays universal when locked again: a platform is refused, not ignored.
        const QString universal = m_dir.filePath(QStringLiteral("universal.toml"));
        r = cli({QStringLiteral("lock"), QStringLiteral("--universal"), QStringLiteral("-o"),
                 universal});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        const QByteArray before = fileText(universal);
        r = cli({QStringLiteral("lock"), QStringLiteral("--python-platform"),
                 QStringLiteral("windows"), QStringLiteral("-o"), universal});
        QVERIFY2(r.code == 2 && r.out.contains(QLatin1String("for every platform"))
                     && r.out.contains(universal),
                 qPrintable(r.out));
        QCOMPARE(fileText(universal), before);
    }

    // Two first syncs of a project with no .venv yet, started together: one makes the
    // environment while the other waits for it; both succeed, every time.
    void twoFirstSyncsAtOnceBothSucceed()
    {
        for (int round = 0; round < 5; ++round) {
            const QString folder
                = newProject(QStringLiteral("first-%1").arg(round), {QStringLiteral("demo-pkg")});
            QProcess a, b;
            for (QProcess *p : {&a, &b}) {
                p->setProcessEnvironment(TestSupport::cleanEnvironment());
                p->setProcessChannelMode(QProcess::MergedChannels);
            }
            const QStringList args{QStringLiteral("sync"), QStringLiteral("--project"), folder};
            a.start(QStringLiteral(ENVDESK_CLI_PATH), args);
            b.start(QStringLiteral(ENVDESK_CLI_PATH), args);
            QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
            const QString said
                = QStringLiteral("round %1:\n%2\n---\n%3")
                      .arg(round)
                      .arg(QString::fromUtf8(a.readAll()), QString::fromUtf8(b.readAll()));
            QVERIFY2(a.exitCode() == 0 && b.exitCode() == 0, qPrintable(said));
            QCOMPARE(
                TestSupport::runProgram(folder + QStringLiteral("/.venv/bin/python"),
                                        {QStringLiteral("-c"),
                                         QStringLiteral("import demo_pkg; print(demo_pkg.VALUE)")})
                    .out,
                QStringLiteral("2"));
        }
    }

    // Last: it stops the index server.
    void otherEnvironmentsComeFromTheCache()
    {
        // A cache of our own, on the environments' filesystem, so that hardlinks are possible.
        QProcessEnvironment cache;
        cache.insert(QStringLiteral("UV_CACHE_DIR"), m_dir.filePath(QStringLiteral("cache")));
        const QString first = newEnvironment(QStringLiteral("cached-1"));
        const QString second = newEnvironment(QStringLiteral("cached-2"));
        const QString copied = newEnvironment(QStringLiteral("cached-copy"));
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !copied.isEmpty());
        auto moduleIn = [&](const QString &venv) {
            auto info = probeInterpreter(venv + QStringLiteral("/bin/python"));
            return info ? info->paths.at("purelib") + QStringLiteral("/demo_pkg/__init__.py")
                        : QString();
        };
        Run r = cli(
            {QStringLiteral("sync"), QStringLiteral("--frozen"), QStringLiteral("--venv"), first},
            cache);
        QVERIFY2(r.code == 0, qPrintable(r.out));
        // The second needs no index at all: every wheel is unpacked in the cache already.
        m_server->stop();
        r = cli(
            {QStringLiteral("sync"), QStringLiteral("--frozen"), QStringLiteral("--venv"), second},
            cache);
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("+ demo-pkg")), qPrintable(r.out));
        QVERIFY(inode(moduleIn(first)) != 0);
        QCOMPARE(inode(moduleIn(second)), inode(moduleIn(first))); // one file, linked twice
        QCOMPARE(TestSupport::runProgram(second + QStringLiteral("/bin/python"),
                                         {QStringLiteral("-c"),
                                          QStringLiteral("import demo_pkg; print(demo_pkg.VALUE)")})
                     .out,
                 QStringLiteral("2"));
        // link-mode copy: files of its own.
        QProcessEnvironment copy = cache;
        copy.insert(QStringLiteral("UV_LINK_MODE"), QStringLiteral("copy"));
        r = cli(
            {QStringLiteral("sync"), QStringLiteral("--frozen"), QStringLiteral("--venv"), copied},
            copy);
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY(inode(moduleIn(copied)) != 0 && inode(moduleIn(copied)) != inode(moduleIn(first)));
        // symlink is uv's, not envdesk's: said, with where it came from.
        QProcessEnvironment symlink = cache;
        symlink.insert(QStringLiteral("UV_LINK_MODE"), QStringLiteral("symlink"));
        r = cli({QStringLiteral("sync"), QStringLiteral("--frozen"), QStringLiteral("--venv"),
                 copied, QStringLiteral("--reinstall")},
                symlink);
        QVERIFY2(r.code == 2 && r.out.contains(QLatin1String("link-mode symlink"))
                     && r.out.contains(QLatin1String("UV_LINK_MODE")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestLock)
#include "tst_lock.moc"
