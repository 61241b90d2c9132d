#include "common/pepgenerator.h"

#include "core/pep/markerset.h"

#include <QTest>

using namespace Envdesk::Core;

namespace {

MarkerSet set(const char *text)
{
    auto m = Marker::parse(text);
    if (!m)
        qFatal("%s does not parse: %s", text, qPrintable(m.error().message));
    return MarkerSet::of(*m);
}

VersionRange atLeast(const char *v)
{
    return VersionRange::atLeast(*Version::parse(v));
}

// Environments across Pythons, systems and machines (final releases: a prerelease Python is
// taken as its final release by the algebra, see markerset.h).
std::vector<MarkerEnvironment> grid()
{
    std::vector<MarkerEnvironment> out;
    const std::vector<std::string> pythons = {"2.7.18", "3.6.15", "3.7.16", "3.8.0", "3.8.18", "3.9.1", "3.10.0",
                                              "3.10.13", "3.11.7", "3.12.0", "3.12.1", "3.13.1", "4.0.0"};
    struct Platform
    {
        const char *sys, *system, *os, *machine;
    };
    const std::vector<Platform> platforms = {{"linux", "Linux", "posix", "x86_64"},
                                             {"linux", "Linux", "posix", "aarch64"},
                                             {"darwin", "Darwin", "posix", "arm64"},
                                             {"win32", "Windows", "nt", "AMD64"}};
    for (const std::string &py : pythons) {
        for (const Platform &p : platforms) {
            for (const char *impl : {"cpython", "pypy"}) {
                MarkerEnvironment e;
                e.implementationName = impl;
                e.implementationVersion = std::string(impl) == "pypy" ? "7.3.13" : py;
                e.osName = p.os;
                e.platformMachine = p.machine;
                e.platformRelease = "6.1.0-13-amd64";
                e.platformSystem = p.system;
                e.platformVersion = "#1 SMP";
                e.pythonFullVersion = py;
                e.pythonVersion = py.substr(0, py.rfind('.'));
                e.platformPythonImplementation = std::string(impl) == "pypy" ? "PyPy" : "CPython";
                e.sysPlatform = p.sys;
                out.push_back(e);
            }
        }
    }
    return out;
}

// Whether `text` (a marker, or "" for always) holds in `env`; nullopt when packaging would raise.
std::optional<bool> holds(const std::string &text, const MarkerEnvironment &env, const std::string &extra = {})
{
    if (text.empty())
        return true;
    auto m = Marker::parse(text);
    if (!m)
        qFatal("the algebra wrote a marker that does not parse: %s (%s)", text.c_str(),
               qPrintable(m.error().message));
    auto r = m->evaluate(env, extra);
    return r ? std::optional<bool>(*r) : std::nullopt;
}

} // namespace

class TestMarkerSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhatUvWrites_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("written");
        QTest::newRow("minor") << "python_version >= \"3.10\"" << "python_version >= '3.10'";
        QTest::newRow("minor, reversed") << "\"3.10\" <= python_version" << "python_version >= '3.10'";
        QTest::newRow("python_version > X.Y is the next minor") << "python_version > '3.9'"
                                                                << "python_version >= '3.10'";
        QTest::newRow("python_version <= X.Y is below the next minor") << "python_version <= '3.9'"
                                                                       << "python_version < '3.10'";
        QTest::newRow("one minor") << "python_version == '3.11'" << "python_version == '3.11'";
        QTest::newRow("a patch bound") << "python_full_version >= '3.8.1'" << "python_full_version >= '3.8.1'";
        QTest::newRow("both halves are everything")
            << "python_version < '3.10' or python_version >= '3.10'" << "";
        QTest::newRow("values of one variable join")
            << "sys_platform == 'linux' or sys_platform == 'darwin'"
            << "sys_platform == 'darwin' or sys_platform == 'linux'";
        QTest::newRow("a value and its opposite") << "sys_platform == 'linux' or sys_platform != 'linux'" << "";
        QTest::newRow("a contradiction stays empty... as nothing to write")
            << "sys_platform == 'linux' and sys_platform == 'win32'" << "<none>";
        QTest::newRow("and across variables")
            << "sys_platform == 'win32' and python_version < '3.9'"
            << "python_version < '3.9' and sys_platform == 'win32'";
        QTest::newRow("an opaque comparison kept as written") << "'arm' in platform_machine"
                                                              << "'arm' in platform_machine";
        QTest::newRow("a version-like string compared as a version")
            << "platform_release >= '5.0'" << "platform_release >= '5.0'";
        QTest::newRow("python_full_version wildcard") << "python_full_version == '3.10.*'"
                                                      << "python_version == '3.10'";
        QTest::newRow("compatible release") << "python_version ~= '3.8'" << "python_version >= '3.8' and python_version < '4.0'";
    }

    void writesWhatUvWrites()
    {
        QFETCH(QString, marker);
        QFETCH(QString, written);
        const MarkerSet s = set(marker.toUtf8().constData());
        if (written == QLatin1String("<none>")) {
            QVERIFY(s.isEmpty());
            return;
        }
        QCOMPARE(QString::fromStdString(s.toString()), written);
        QCOMPARE(s.isAll(), written.isEmpty());
    }

    void leavesOutTheProjectsOwnPythonBounds()
    {
        const VersionRange universe = atLeast("3.8");
        const MarkerSet project = MarkerSet::python(universe);
        // Inside requires-python >= 3.8, "python >= 3.8 on Windows" is just "on Windows".
        QCOMPARE(set("python_version >= '3.8' and sys_platform == 'win32'").intersect(project).toString(universe),
                 std::string("sys_platform == 'win32'"));
        QCOMPARE(set("python_version >= '3.10'").intersect(project).toString(universe),
                 std::string("python_version >= '3.10'"));
        QCOMPARE(set("python_version < '3.10'").intersect(project).toString(universe),
                 std::string("python_version < '3.10'"));
        QVERIFY(set("python_version >= '3.6'").intersect(project).toString(universe).empty());
        QVERIFY(set("python_version < '3.8'").intersect(project).isEmpty());
    }

    void answersTheResolversQuestions()
    {
        const MarkerSet newer = set("python_version >= '3.10'");
        const MarkerSet older = set("python_version < '3.10'");
        QVERIFY(newer.isDisjoint(older));
        QVERIFY(newer.unite(older).isAll());
        QVERIFY(set("python_version >= '3.11'").implies(newer));
        QVERIFY(!newer.implies(set("python_version >= '3.11'")));
        QVERIFY(set("sys_platform == 'win32'").isDisjoint(set("sys_platform == 'linux'")));
        QVERIFY(!set("sys_platform == 'win32'").isDisjoint(set("python_version < '3.9'")));
        QVERIFY(set("sys_platform == 'win32' and python_version < '3.9'").implies(set("sys_platform != 'linux'")));
        QCOMPARE(set("python_version >= '3.9' and python_version < '3.12'").pythonVersions(),
                 atLeast("3.9").intersection(VersionRange::lowerThan(*Version::parse("3.12"))));
        // Extras are settled by the extra given, not kept as a variable.
        auto withExtra = *Marker::parse("extra == 'test' and sys_platform == 'linux'");
        QVERIFY(MarkerSet::of(withExtra).isEmpty());
        QCOMPARE(MarkerSet::of(withExtra, "test").toString(), std::string("sys_platform == 'linux'"));
        QCOMPARE(MarkerSet::pythonRangeOf(">=3.8,<4").value(),
                 atLeast("3.8").intersection(VersionRange::lowerThan(*Version::parse("4"))));
        QVERIFY(!MarkerSet::pythonRangeOf(">=three"));
    }

    // For thousands of generated markers: the written set, its complement, and the and / or of
    // two of them mean in every environment of the grid exactly what the markers themselves mean.
    void meansWhatTheMarkerMeans()
    {
        TestSupport::Pep508Generator gen(20261202);
        const std::vector<MarkerEnvironment> envs = grid();
        int checked = 0;
        std::optional<Marker> previous;
        for (int i = 0; i < 2000; ++i) {
            const std::string text = gen.marker();
            // === compares spellings, which no marker can negate: left to the examples above.
            if (text.find("===") != std::string::npos)
                continue;
            auto marker = Marker::parse(text);
            if (!marker)
                continue;
            const MarkerSet s = MarkerSet::of(*marker, "test");
            const std::string written = s.toString();
            const std::string negated = s.complement().toString();
            std::optional<MarkerSet> both, either;
            if (previous) {
                both = s.intersect(MarkerSet::of(*previous, "test"));
                either = s.unite(MarkerSet::of(*previous, "test"));
            }
            for (const MarkerEnvironment &env : envs) {
                auto expected = marker->evaluate(env, "test");
                if (!expected)
                    continue; // packaging raises here: no meaning to compare
                const auto got = s.isEmpty() ? std::optional<bool>(false) : holds(written, env);
                if (!got)
                    continue; // an opaque comparison written back raises the same way
                if (*got != *expected)
                    QFAIL(qPrintable(QStringLiteral("%1 became %2, which differs for Python %3 on %4")
                                         .arg(QString::fromStdString(text), QString::fromStdString(written),
                                              QString::fromStdString(env.pythonFullVersion),
                                              QString::fromStdString(env.sysPlatform + "/" + env.platformMachine))));
                const auto gotNot = s.complement().isEmpty() ? std::optional<bool>(false) : holds(negated, env);
                if (gotNot && *gotNot == *expected)
                    QFAIL(qPrintable(QStringLiteral("not (%1) became %2, which is wrong for Python %3 on %4")
                                         .arg(QString::fromStdString(text), QString::fromStdString(negated),
                                              QString::fromStdString(env.pythonFullVersion),
                                              QString::fromStdString(env.sysPlatform))));
                if (previous) {
                    auto other = previous->evaluate(env, "test");
                    if (other) {
                        const auto a = both->isEmpty() ? std::optional<bool>(false) : holds(both->toString(), env);
                        const auto o = either->isEmpty() ? std::optional<bool>(false) : holds(either->toString(), env);
                        if (a && *a != (*expected && *other))
                            QFAIL(qPrintable(QStringLiteral("(%1) and (%2) became %3")
                                                 .arg(QString::fromStdString(text),
                                                      QString::fromStdString(previous->toString()),
                                                      QString::fromStdString(both->toString()))));
                        if (o && *o != (*expected || *other))
                            QFAIL(qPrintable(QStringLiteral("(%1) or (%2) became %3")
                                                 .arg(QString::fromStdString(text),
                                                      QString::fromStdString(previous->toString()),
                                                      QString::fromStdString(either->toString()))));
                    }
                }
                ++checked;
            }
            previous = *marker;
        }
        QVERIFY2(checked > 50000, qPrintable(QString::number(checked)));
    }
};

QTEST_GUILESS_MAIN(TestMarkerSet)
#include "tst_markerset.moc"
