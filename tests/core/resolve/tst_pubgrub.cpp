// The PubGrub solver on corpora: Dart pub's documented scenarios, and resolvelib's real-world
// snapshots with their expected resolutions. Every solution is checked on its own terms too:
// each selected package's requirements (markers evaluated) are met by the selection.
#include "common/requirements.h"
#include "core/pep/name.h"
#include "core/resolve/pubgrub.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Envdesk::Core;

namespace {

const QString dataDir = QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/resolve/data");

// A provider over a corpus: {"packages": {name: {version: {"requires": [...]}}}}.
class CorpusProvider : public DependencyProvider
{
public:
    explicit CorpusProvider(const QJsonObject &packages)
    {
        for (auto it = packages.begin(); it != packages.end(); ++it) {
            auto &versions = m_packages[normalizePackageName(it.key().toStdString())];
            const QJsonObject byVersion = it.value().toObject();
            for (auto v = byVersion.begin(); v != byVersion.end(); ++v) {
                auto version = Version::parse(v.key().toStdString());
                if (!version)
                    continue; // the snapshots keep a few legacy versions PEP 440 rejects
                std::vector<std::string> requires_;
                for (const QJsonValue &r :
                     v.value().toObject().value(QStringLiteral("requires")).toArray())
                    requires_.push_back(r.toString().toStdString());
                versions.emplace_back(*version, requires_);
            }
        }
    }

    Expected<std::vector<Version>> versions(const std::string &project) override
    {
        ++versionCalls;
        std::vector<Version> out;
        for (const auto &[v, r] : m_packages[project])
            out.push_back(v);
        return out;
    }

    Expected<std::vector<Requirement>> requirements(const std::string &project,
                                                    const Version &version) override
    {
        ++requirementCalls;
        for (const auto &[v, texts] : m_packages[project]) {
            if (v != version)
                continue;
            std::vector<Requirement> out;
            for (const std::string &t : texts) {
                auto r = Requirement::parse(t);
                if (!r) {
                    Error e = r.error();
                    e.code = ErrorCode::InvalidMetadata; // as an index's bad metadata would be
                    return std::unexpected(e);
                }
                out.push_back(*r);
            }
            return out;
        }
        return std::vector<Requirement>{};
    }

    int versionCalls = 0;
    int requirementCalls = 0;

private:
    std::map<std::string, std::vector<std::pair<Version, std::vector<std::string>>>> m_packages;
};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

MarkerEnvironment python38()
{
    return {"cpython", "3.8.10", "posix",   "x86_64", "6.1.0", "Linux",
            "#1 SMP",  "3.8.10", "CPython", "3.8",    "linux"};
}

std::vector<Requirement> parseAll(const QJsonArray &texts)
{
    std::vector<Requirement> out;
    for (const QJsonValue &t : texts)
        out.push_back(*Requirement::parse(t.toString().toStdString()));
    return out;
}

// Checks a solution against the corpus: every requested and every transitive requirement holds.
QString problemsWith(const Resolution &solution, const std::vector<Requirement> &requested,
                     CorpusProvider &corpus, const MarkerEnvironment &env)
{
    QStringList problems;
    auto check = [&](const Requirement &r, const std::string &extra, const QString &from) {
        if (r.hasMarker()) {
            auto applies = r.marker().evaluate(env, extra);
            if (!applies || !*applies)
                return;
        }
        const std::string name = normalizePackageName(r.name());
        auto it = solution.packages.find(name);
        if (it == solution.packages.end()) {
            problems << QStringLiteral("%1 needs %2, which was not selected")
                            .arg(from, QString::fromStdString(r.toString()));
            return;
        }
        if (!r.specifiers().toRange().contains(it->second))
            problems << QStringLiteral("%1 needs %2, but %3 was selected")
                            .arg(from, QString::fromStdString(r.toString()),
                                 QString::fromStdString(it->second.toString()));
    };
    for (const Requirement &r : requested)
        check(r, {}, QStringLiteral("the request"));
    for (const auto &[name, version] : solution.packages) {
        auto reqs = corpus.requirements(name, version);
        if (!reqs)
            continue;
        std::vector<std::string> extras{{}};
        if (auto e = solution.extras.find(name); e != solution.extras.end())
            extras.insert(extras.end(), e->second.begin(), e->second.end());
        for (const std::string &extra : extras) {
            for (const Requirement &r : *reqs)
                check(r, extra, QString::fromStdString(name + " " + version.toString()));
        }
    }
    return problems.join(QLatin1String("; "));
}

QString describe(const Resolution &solution)
{
    QStringList parts;
    for (const auto &[name, version] : solution.packages)
        parts << QString::fromStdString(name + "==" + version.toString());
    return parts.join(QLatin1String(", "));
}

} // namespace

class TestPubGrub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pubScenarios_data()
    {
        QTest::addColumn<QString>("scenario");
        const QJsonObject all = readJson(dataDir + QStringLiteral("/pub-examples.json"));
        for (const QString &name : all.keys()) {
            if (!name.startsWith(QLatin1Char('#')))
                QTest::newRow(qPrintable(name)) << name;
        }
    }
    void pubScenarios()
    {
        QFETCH(QString, scenario);
        const QJsonObject s
            = readJson(dataDir + QStringLiteral("/pub-examples.json")).value(scenario).toObject();
        CorpusProvider corpus(s.value(QStringLiteral("packages")).toObject());
        PubGrubSolver solver(&corpus, {python38()});
        const auto requested = parseAll(s.value(QStringLiteral("requested")).toArray());
        auto solution = solver.solve(requested);
        if (s.value(QStringLiteral("conflicted")).toBool()) {
            QVERIFY2(!solution, qPrintable(solution ? describe(*solution) : QString()));
            QCOMPARE(solution.error().code, ErrorCode::NoSolution);
            qInfo("%s", qPrintable(solution.error().message));
            return;
        }
        QVERIFY2(solution, qPrintable(solution ? QString() : solution.error().message));
        const QJsonObject expected = s.value(QStringLiteral("resolved")).toObject();
        QCOMPARE(int(solution->packages.size()), expected.size());
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(
                QString::fromStdString(solution->packages.at(it.key().toStdString()).toString()),
                it.value().toString());
    }

    // The failure explanations read as a derivation a person can follow.
    void explanations()
    {
        const QJsonObject all = readJson(dataDir + QStringLiteral("/pub-examples.json"));
        {
            const QJsonObject s = all.value(QStringLiteral("linear-error-reporting")).toObject();
            CorpusProvider corpus(s.value(QStringLiteral("packages")).toObject());
            PubGrubSolver solver(&corpus, {python38()});
            auto r = solver.solve(parseAll(s.value(QStringLiteral("requested")).toArray()));
            QVERIFY(!r);
            const QString text = r.error().message;
            // Every fact of the chain appears: foo needs bar 2, bar 2 needs baz 3, you need baz 1.
            for (const char *fact : {"foo", "bar", "baz", "depends on", "you require", "Because"})
                QVERIFY2(text.contains(QLatin1String(fact)), qPrintable(text));
            QVERIFY2(text.endsWith(QLatin1String("your requirements cannot be met.")),
                     qPrintable(text));
            QVERIFY(solver.failure());
        }
        {
            const QJsonObject s = all.value(QStringLiteral("branching-error-reporting")).toObject();
            CorpusProvider corpus(s.value(QStringLiteral("packages")).toObject());
            PubGrubSolver solver(&corpus, {python38()});
            auto r = solver.solve(parseAll(s.value(QStringLiteral("requested")).toArray()));
            QVERIFY(!r);
            const QString text = r.error().message;
            for (const char *fact : {"foo", "a ", "b ", "x ", "y "})
                QVERIFY2(text.contains(QLatin1String(fact)), qPrintable(text));
        }
        {
            // A package that does not exist at all.
            CorpusProvider corpus(QJsonObject{});
            PubGrubSolver solver(&corpus, {python38()});
            auto r = solver.solve({*Requirement::parse("nosuchthing>=1")});
            QVERIFY(!r);
            QVERIFY2(
                r.error().message.contains(QLatin1String("no version of nosuchthing matches >=1")),
                qPrintable(r.error().message));
        }
    }

    // The live log sees every decision, conflict and backtrack; cancellation stops the solver.
    void eventsAndCancellation()
    {
        const QJsonObject s
            = readJson(dataDir + QStringLiteral("/pub-examples.json"))
                  .value(QStringLiteral("conflict-resolution-with-a-partial-satisfier"))
                  .toObject();
        CorpusProvider corpus(s.value(QStringLiteral("packages")).toObject());
        std::vector<ResolveEvent> events;
        ResolveOptions options{python38()};
        options.listener = [&](const ResolveEvent &e) { events.push_back(e); };
        PubGrubSolver solver(&corpus, options);
        auto r = solver.solve(parseAll(s.value(QStringLiteral("requested")).toArray()));
        QVERIFY(r);
        auto count = [&](ResolveEvent::Kind k) {
            return std::count_if(events.begin(), events.end(),
                                 [k](const ResolveEvent &e) { return e.kind == k; });
        };
        QCOMPARE(int(count(ResolveEvent::Kind::Decision)), r->decisions);
        QVERIFY(count(ResolveEvent::Kind::Conflict) >= 1);
        QVERIFY(count(ResolveEvent::Kind::Backtrack) >= 1);
        // foo 1.1.0 is tried first and abandoned: the log shows the decision and the lesson.
        QVERIFY(std::any_of(events.begin(), events.end(), [](const ResolveEvent &e) {
            return e.kind == ResolveEvent::Kind::Decision && e.package == "foo"
                   && e.version == "1.1.0";
        }));
        QVERIFY(std::any_of(events.begin(), events.end(), [](const ResolveEvent &e) {
            return e.kind == ResolveEvent::Kind::Backtrack && e.message.find("learned") == 0;
        }));

        int polls = 0;
        options.listener = nullptr;
        options.cancelled = [&polls] { return ++polls > 3; };
        PubGrubSolver cancelled(&corpus, options);
        auto c = cancelled.solve(parseAll(s.value(QStringLiteral("requested")).toArray()));
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::Cancelled);
    }

    void extrasAndMarkers()
    {
        const QJsonObject packages
            = QJsonDocument::fromJson(
                  "{\"app\": {\"1.0\": {\"requires\": [\"lib[fast]>=1\", \"winonly; sys_platform "
                  "== 'win32'\"]}},"
                  " \"lib\": {\"1.0\": {\"requires\": [\"speedup>=2; extra == 'fast'\", \"base\"]},"
                  "          \"2.0\": {\"requires\": [\"speedup>=3; extra == 'fast'\", \"base\"]}},"
                  " \"speedup\": {\"2.5\": {\"requires\": []}},"
                  " \"base\": {\"1.0\": {\"requires\": []}}}")
                  .object();
        CorpusProvider corpus(packages);
        PubGrubSolver solver(&corpus, {python38()});
        const std::vector<Requirement> requested{*Requirement::parse("app")};
        auto r = solver.solve(requested);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        // lib 2.0[fast] needs speedup>=3, which does not exist: lib 1.0 it is.
        QCOMPARE(describe(*r), QStringLiteral("app==1.0, base==1.0, lib==1.0, speedup==2.5"));
        QCOMPARE(r->extras.at("lib"), std::vector<std::string>{"fast"});
        QVERIFY(problemsWith(*r, requested, corpus, python38()).isEmpty());
    }

    void prereleasesOnlyWhenNeeded()
    {
        const QJsonObject packages
            = QJsonDocument::fromJson(
                  "{\"a\": {\"1.0\": {\"requires\": []}, \"2.0b1\": {\"requires\": []}},"
                  " \"b\": {\"3.0rc1\": {\"requires\": []}}}")
                  .object();
        CorpusProvider corpus(packages);
        PubGrubSolver solver(&corpus, {python38()});
        auto r = solver.solve({*Requirement::parse("a"), *Requirement::parse("b")});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(describe(*r), QStringLiteral("a==1.0, b==3.0rc1"));
        PubGrubSolver allow(&corpus, {python38(), PrereleaseMode::Allow});
        QCOMPARE(describe(*allow.solve({*Requirement::parse("a")})), QStringLiteral("a==2.0b1"));
    }

    // uv's prerelease modes and resolution strategies.
    void modes_data()
    {
        QTest::addColumn<int>("prerelease");
        QTest::addColumn<int>("resolution");
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("expected");
        const int ifnoe = int(PrereleaseMode::IfNecessaryOrExplicit),
                  highest = int(ResolutionMode::Highest);
        QTest::newRow("default: finals") << ifnoe << highest << "a"
                                         << "a==1.0, dep==2.0";
        QTest::newRow("default: explicit prerelease named") << ifnoe << highest << "a>=2.0b1"
                                                            << "a==2.0b1, dep==2.0";
        QTest::newRow("default: only prereleases fit") << ifnoe << highest << "only"
                                                       << "only==1.0rc1";
        QTest::newRow("disallow: nothing fits")
            << int(PrereleaseMode::Disallow) << highest << "only"
            << "error";
        QTest::newRow("disallow: the explicit one is refused")
            << int(PrereleaseMode::Disallow) << highest << "a>=2.0b1"
            << "error";
        QTest::newRow("explicit: not named, not taken")
            << int(PrereleaseMode::Explicit) << highest << "only"
            << "error";
        QTest::newRow("explicit: named")
            << int(PrereleaseMode::Explicit) << highest << "only>=1.0rc1"
            << "only==1.0rc1";
        QTest::newRow("if-necessary: named but finals fit")
            << int(PrereleaseMode::IfNecessary) << highest << "a>=1.0b1"
            << "a==1.0, dep==2.0";
        QTest::newRow("allow") << int(PrereleaseMode::Allow) << highest << "a"
                               << "a==2.0b1, dep==3.0a1";
        QTest::newRow("lowest") << ifnoe << int(ResolutionMode::Lowest) << "a"
                                << "a==0.9, dep==1.0";
        QTest::newRow("lowest-direct") << ifnoe << int(ResolutionMode::LowestDirect) << "a"
                                       << "a==0.9, dep==2.0";
    }
    void modes()
    {
        QFETCH(int, prerelease);
        QFETCH(int, resolution);
        QFETCH(QString, request);
        QFETCH(QString, expected);
        const QJsonObject packages
            = QJsonDocument::fromJson("{\"a\": {\"0.9\": {\"requires\": [\"dep>=1\"]}, \"1.0\": "
                                      "{\"requires\": [\"dep>=1\"]},"
                                      "        \"2.0b1\": {\"requires\": [\"dep>=1\"]}},"
                                      " \"dep\": {\"1.0\": {\"requires\": []}, \"2.0\": "
                                      "{\"requires\": []}, \"3.0a1\": {\"requires\": []}},"
                                      " \"only\": {\"1.0rc1\": {\"requires\": []}}}")
                  .object();
        CorpusProvider corpus(packages);
        ResolveOptions options{python38()};
        options.prerelease = PrereleaseMode(prerelease);
        options.resolution = ResolutionMode(resolution);
        PubGrubSolver solver(&corpus, options);
        auto r = solver.solve({*Requirement::parse(request.toStdString())});
        QCOMPARE(r ? describe(*r) : QStringLiteral("error"), expected);
    }

    // resolvelib's cases: real PyPI snapshots with the resolution resolvelib found. Ours must be
    // valid on its own terms, agree where the case says there is no solution, and match the
    // expected versions (reported per case).
    void resolvelibCases_data()
    {
        QTest::addColumn<QString>("caseFile");
        QTest::addColumn<QString>("corpusDir");
        const QString shared = QStringLiteral(ENVDESK_SHARED_DIR "/corpora/resolvelib");
        const bool haveShared = QDir(shared + QStringLiteral("/cases")).exists();
        const QString casesDir
            = haveShared ? shared + QStringLiteral("/cases") : dataDir + QStringLiteral("/cases");
        for (const QString &name :
             QDir(casesDir).entryList({QStringLiteral("*.json")}, QDir::Files))
            QTest::newRow(qPrintable(name))
                << casesDir + QLatin1Char('/') + name << (haveShared ? shared : dataDir);
    }
    void resolvelibCases()
    {
        QFETCH(QString, caseFile);
        QFETCH(QString, corpusDir);
        const QJsonObject c = readJson(caseFile);
        QString index = c.value(QStringLiteral("index")).toString();
        const QString corpusFile = corpusDir + QLatin1Char('/') + index + QStringLiteral(".json");
        if (!QFile::exists(corpusFile))
            ENVDESK_NEEDS((QStringLiteral("corpus %1 is not here").arg(index)));
        CorpusProvider corpus(readJson(corpusFile).value(QStringLiteral("packages")).toObject());
        PubGrubSolver solver(&corpus, {python38()});
        const auto requested = parseAll(c.value(QStringLiteral("requested")).toArray());
        QElapsedTimer clock;
        clock.start();
        auto r = solver.solve(requested);
        const QJsonValue resolved = c.value(QStringLiteral("resolved"));
        const bool expectFailure = c.contains(QStringLiteral("conflicted"))
                                   || (resolved.isObject() && resolved.toObject().isEmpty());
        if (expectFailure) {
            QVERIFY2(!r, qPrintable(r ? describe(*r) : QString()));
            qInfo("no solution, as expected (%lld ms):\n%s", qint64(clock.elapsed()),
                  qPrintable(r.error().message));
            return;
        }
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const QString problems = problemsWith(*r, requested, corpus, python38());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        int same = 0, differ = 0;
        QStringList differences;
        const QJsonObject expected = resolved.toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QString want
                = it.value().isObject()
                      ? it.value().toObject().value(QStringLiteral("version")).toString()
                      : it.value().toString();
            auto got = r->packages.find(normalizePackageName(it.key().toStdString()));
            if (got != r->packages.end() && Version::parse(want.toStdString())
                && *Version::parse(want.toStdString()) == got->second) {
                ++same;
            } else {
                ++differ;
                differences << it.key() + QLatin1String(" ") + want + QLatin1String(" vs ")
                                   + (got == r->packages.end()
                                          ? QStringLiteral("-")
                                          : QString::fromStdString(got->second.toString()));
            }
        }
        qInfo("%d of %d expected versions matched, %d decisions, %d conflicts, %lld ms%s", same,
              same + differ, r->decisions, r->conflicts, qint64(clock.elapsed()),
              differences.isEmpty() ? ""
                                    : qPrintable(QLatin1String("; differs: ")
                                                 + differences.join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TestPubGrub)
#include "tst_pubgrub.moc"
