#include "common/requirements.h"
#include "common/pepgenerator.h"
#include "common/pythonoracle.h"

#include "core/pep/specifier.h"

#include <QTest>

using Envdesk::Core::Specifier;
using Envdesk::Core::SpecifierSet;
using Envdesk::Core::Version;
using Envdesk::Core::VersionRange;

namespace {

QString oracleScript()
{
    return QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/pep/oracle_version.py");
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonValue prereleaseValue(int mode)
{
    return mode == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(mode == 1);
}

std::optional<bool> prereleaseOption(int mode)
{
    return mode == 0 ? std::nullopt : std::optional<bool>(mode == 1);
}

// Versions that probe the edges of the generated specifiers.
std::vector<std::string> versionPool(TestSupport::PepGenerator &gen)
{
    std::vector<std::string> pool = {
        "1.0", "1.0.0", "1.0+local", "1.0.post1", "1.0.post1+local", "1.0.dev0", "1.0a1", "1.0rc1",
        "1.0a1.post1", "1.0.post1.dev1", "0.9", "1.1", "2.0", "2.0rc1", "2.0.dev1", "1!1.0",
        "1!0.5", "0!1.0", "1.0.0.1", "1.01", "10.0", "1.0.1a1", "1.2.3", "1.2", "2", "3.0.0+x.1"};
    while (pool.size() < 160) {
        std::string v = gen.version(false);
        if (Version::parse(v))
            pool.push_back(v);
    }
    return pool;
}

} // namespace

class TestSpecifier : public QObject
{
    Q_OBJECT

private:
    QString m_python;

private Q_SLOTS:
    // Found by fuzz_specifier: packaging computes the prefix of "~=" from the text, and keeps a
    // bare "c" as a release part ("~=0.0.c.00" means ==0.0.c.*), which no range models: such a
    // clause must not claim its range is exact.
    void compatibleWithOddPrefixIsNotRangeExact()
    {
        auto odd = Specifier::parse("~=0.0.c.00");
        QVERIFY(odd);
        QVERIFY(!odd->isRangeExact());
        QVERIFY(!odd->contains(*Version::parse("0"), true));
        QVERIFY(odd->contains(*Version::parse("0.0rc0"), true));
        auto plain = Specifier::parse("~=2.2rc0");
        QVERIFY(plain);
        QVERIFY(plain->isRangeExact());
        for (const char *v : {"2.2rc0", "2.5", "3.0", "2.1"})
            QCOMPARE(plain->toRange().contains(*Version::parse(v)), plain->contains(*Version::parse(v), true));
    }

    void initTestCase()
    {
        m_python = TestSupport::packagingPython();
    }

    void pep440Rules_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("contained");
        QTest::newRow(">1.0 excludes post") << ">1.0" << "1.0.post1" << false;
        QTest::newRow(">1.0 excludes local") << ">1.0" << "1.0+local" << false;
        QTest::newRow(">1.0.post1 admits post2") << ">1.0.post1" << "1.0.post2" << true;
        QTest::newRow("<2.0 excludes 2.0rc1") << "<2.0" << "2.0rc1" << false;
        QTest::newRow("<2.0rc2 admits 2.0rc1") << "<2.0rc2,>=2.0a1" << "2.0rc1" << true;
        QTest::newRow("< alone hides prereleases") << "<2.0rc2" << "2.0rc1" << false;
        QTest::newRow("==1.0 admits local") << "==1.0" << "1.0+local" << true;
        QTest::newRow("==1.0+a rejects other local") << "==1.0+a" << "1.0+b" << false;
        QTest::newRow("==1.0 admits 1.0.0") << "==1.0" << "1.0.0" << true;
        QTest::newRow("==1.* prefix") << "==1.*" << "1.9.post1" << true;
        QTest::newRow("!=1.* excludes") << "!=1.*" << "1.0" << false;
        QTest::newRow("==1.0.* rejects 1.1") << "==1.0.*" << "1.1" << false;
        QTest::newRow("~=2.2 admits 2.9") << "~=2.2" << "2.9" << true;
        QTest::newRow("~=2.2 rejects 3.0") << "~=2.2" << "3.0" << false;
        QTest::newRow("~=2 invalid shape") << "~=2.2.0" << "2.3" << false;
        QTest::newRow("prerelease hidden by default") << ">=1.0" << "2.0a1" << false;
        QTest::newRow("prerelease named in spec") << ">=2.0a1" << "2.0b1" << true;
        QTest::newRow("<=1.0 admits local") << "<=1.0" << "1.0+x" << true;
        QTest::newRow("=== compares text") << "===1.0" << "1.0" << true;
        QTest::newRow("=== not numeric") << "===1.0.0" << "1.0" << false;
        QTest::newRow(">1.0+local-less dev") << ">1.0.dev1" << "1.0" << true;
    }
    void pep440Rules()
    {
        QFETCH(QString, spec);
        QFETCH(QString, version);
        QFETCH(bool, contained);
        auto s = SpecifierSet::parse(spec.toStdString());
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->contains(*Version::parse(version.toStdString())), contained);
    }

    void rejectsWithPosition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::newRow("no operator") << "1.0" << 1;
        QTest::newRow("bad version") << ">=1.0x" << 6;
        QTest::newRow("wildcard with >=") << ">=1.0.*" << 6;
        QTest::newRow("local with >") << ">1.0+abc" << 5;
        QTest::newRow("second clause") << ">=1.0, <2.x" << 10;
        QTest::newRow("compatible needs two parts") << "~=1" << 3;
        QTest::newRow("wildcard after pre") << "==1.0a1.*" << 6;
    }
    void rejectsWithPosition()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        auto s = SpecifierSet::parse(text.toStdString());
        QVERIFY(!s);
        QCOMPARE(s.error().code, Envdesk::Core::ErrorCode::InvalidSpecifier);
        QCOMPARE(s.error().column, column);
        QVERIFY2(s.error().message.contains(QStringLiteral("position %1").arg(column)),
                 qPrintable(s.error().message));
    }

    // A dependency's Requires-Python as uv reads it: its lower bounds alone.
    void lowerBoundsAreWhatRequiresPythonKeeps_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("lower");
        QTest::newRow("upper only") << ">=3.8, <3.11" << ">=3.8";
        QTest::newRow("no lower") << "<3.12" << "";
        QTest::newRow("less-equal and not-equal") << "<=3.11, !=3.9.1, >3.7" << ">3.7";
        QTest::newRow("compatible") << "~=3.10" << ">=3.10";
        QTest::newRow("wildcard") << "==3.11.*" << ">=3.11";
        QTest::newRow("exact") << "==3.11.4" << ">=3.11.4";
        QTest::newRow("arbitrary") << "===3.11" << "";
    }

    void lowerBoundsAreWhatRequiresPythonKeeps()
    {
        QFETCH(QString, spec);
        QFETCH(QString, lower);
        auto parsed = Envdesk::Core::SpecifierSet::parse(spec.toStdString());
        QVERIFY(parsed);
        QCOMPARE(QString::fromStdString(parsed->lowerBounds().toString()), lower);
    }

    void rangeAlgebraIsPointwise()
    {
        // Ranges from specifier sets; union, intersection and complement must agree with the
        // boolean operations on membership for every version of a pool.
        TestSupport::PepGenerator gen(508);
        const std::vector<std::string> poolText = versionPool(gen);
        std::vector<Version> pool;
        for (const std::string &t : poolText)
            pool.push_back(*Version::parse(t));
        pool.push_back(Version::parse("1.0")->makeMin());
        pool.push_back(Version::parse("1.0")->makeMax());
        std::vector<VersionRange> ranges;
        while (ranges.size() < 60) {
            auto s = SpecifierSet::parse(gen.specifierSet(false));
            if (s)
                ranges.push_back(s->toRange());
        }
        ranges.push_back(VersionRange::full());
        ranges.push_back(VersionRange::empty());
        int checks = 0;
        for (std::size_t i = 0; i < ranges.size(); ++i) {
            const VersionRange &a = ranges[i];
            const VersionRange &b = ranges[(i * 7 + 3) % ranges.size()];
            const VersionRange u = a.unionWith(b);
            const VersionRange n = a.intersection(b);
            const VersionRange c = a.complement();
            QCOMPARE(c.complement(), a);
            QVERIFY(a.isSubsetOf(u));
            QVERIFY(n.isSubsetOf(a));
            for (const Version &v : pool) {
                QCOMPARE(u.contains(v), a.contains(v) || b.contains(v));
                QCOMPARE(n.contains(v), a.contains(v) && b.contains(v));
                QCOMPARE(c.contains(v), !a.contains(v));
                ++checks;
            }
        }
        QVERIFY(checks > 5000);
        QCOMPARE(q(SpecifierSet::parse(">=1.0,<2.0")->toRange().toString()), QStringLiteral(">=1.0, <2.0.<min>"));
        QVERIFY(VersionRange::full().complement().isEmpty());
    }

    void agreesWithPackagingOnParsing()
    {
        if (m_python.isEmpty())
            ENVDESK_NEEDS("Debian's python3 with python3-packaging is not installed (scripts/test installs it)");
        TestSupport::PepGenerator gen(691);
        std::vector<std::pair<bool, std::string>> inputs; // (is a set, text)
        for (const char *corner : {"===", "=== foo", "===foo bar", "==1.0.*", "== 1.0", "~=1.0.*",
                                   "<=1.0+local", "==1!1.0.*", "!=v1.0.*", ">=1.0,>=1.0.0",
                                   ">=1.0 , <2", ",,", "", "  ", "~=2.2.post3", "~=1.0+x"}) {
            inputs.emplace_back(false, corner);
            inputs.emplace_back(true, corner);
        }
        while (inputs.size() < 6000) {
            if (gen.chance(50))
                inputs.emplace_back(false, gen.specifier());
            else
                inputs.emplace_back(true, gen.specifierSet());
        }
        QJsonArray requests;
        for (const auto &[isSet, text] : inputs)
            requests.append(QJsonObject{{"op", isSet ? "set" : "spec"}, {"text", q(text)}});
        QString error;
        auto answers = TestSupport::askOracle(m_python, oracleScript(), requests, &error);
        QVERIFY2(answers, qPrintable(error));
        QStringList disagreements;
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            const auto &[isSet, text] = inputs[i];
            const QJsonObject expected = answers->at(qsizetype(i)).toObject();
            QString ours = QStringLiteral("invalid");
            bool tooLarge = false;
            if (isSet) {
                auto s = SpecifierSet::parse(text);
                if (s)
                    ours = q(s->toString());
                else
                    tooLarge = s.error().message.contains(QLatin1String("too large"));
            } else {
                auto s = Specifier::parse(text);
                if (s)
                    ours = q(s->toString());
                else
                    tooLarge = s.error().message.contains(QLatin1String("too large"));
            }
            const QString theirs = expected["valid"].toBool() ? expected["str"].toString()
                                                              : QStringLiteral("invalid");
            if (ours != theirs && !tooLarge)
                disagreements << QStringLiteral("%1 '%2': ours %3, packaging %4")
                                     .arg(isSet ? "set" : "spec", q(text), ours, theirs);
        }
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.mid(0, 20).join('\n')));
    }

    void agreesWithPackagingOnContainment()
    {
        if (m_python.isEmpty())
            ENVDESK_NEEDS("Debian's python3 with python3-packaging is not installed (scripts/test installs it)");
        TestSupport::PepGenerator gen(1000);
        const std::vector<std::string> pool = versionPool(gen);
        struct Case
        {
            std::string set;
            std::string version;
            int prereleases; // 0 default, 1 allowed, 2 not allowed
            bool single;
        };
        std::vector<Case> cases;
        std::vector<std::string> sets;
        while (sets.size() < 1500) {
            const bool single = gen.chance(50);
            std::string text = single ? gen.specifier(false) : gen.specifierSet(false);
            if (single ? bool(Specifier::parse(text)) : bool(SpecifierSet::parse(text)))
                sets.push_back((single ? "S" : "M") + text);
        }
        for (const std::string &tagged : sets) {
            for (int k = 0; k < 10; ++k) {
                const std::string &v = gen.chance(50) ? pool[std::size_t(gen.pick(26))]
                                                      : gen.oneOf(pool);
                cases.push_back({tagged.substr(1), v, gen.pick(3), tagged[0] == 'S'});
            }
        }
        QJsonArray requests;
        for (const Case &c : cases) {
            if (c.single)
                requests.append(QJsonObject{{"op", "spec_contains"}, {"spec", q(c.set)},
                                            {"version", q(c.version)},
                                            {"prereleases", prereleaseValue(c.prereleases)}});
            else
                requests.append(QJsonObject{{"op", "contains"}, {"set", q(c.set)},
                                            {"version", q(c.version)},
                                            {"prereleases", prereleaseValue(c.prereleases)}});
        }
        QString error;
        auto answers = TestSupport::askOracle(m_python, oracleScript(), requests, &error);
        QVERIFY2(answers, qPrintable(error));
        QStringList disagreements;
        int compared = 0;
        int rangeChecked = 0;
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const Case &c = cases[i];
            const QJsonValue expected = answers->at(qsizetype(i));
            if (!expected.isBool())
                continue; // packaging raised (e.g. "===foo" asked about prereleases); ours answers
            ++compared;
            const Version v = *Version::parse(c.version);
            bool ours = false;
            if (c.single) {
                const Specifier s = *Specifier::parse(c.set);
                ours = s.contains(v, prereleaseOption(c.prereleases));
                // The range view must agree wherever it claims to be exact.
                if (c.prereleases == 1 && s.isRangeExact()) {
                    ++rangeChecked;
                    if (s.toRange().contains(v) != expected.toBool())
                        disagreements << QStringLiteral("range of '%1' = %2 on %3: ours %4")
                                             .arg(q(c.set), q(s.toRange().toString()), q(c.version))
                                             .arg(s.toRange().contains(v));
                }
            } else {
                ours = SpecifierSet::parse(c.set)->contains(v, prereleaseOption(c.prereleases));
            }
            if (ours != expected.toBool())
                disagreements << QStringLiteral("'%1' contains %2 (prereleases %3): ours %4")
                                     .arg(q(c.set), q(c.version))
                                     .arg(c.prereleases)
                                     .arg(ours);
        }
        QVERIFY2(compared > 14000, qPrintable(QString::number(compared)));
        QVERIFY2(rangeChecked > 1500, qPrintable(QString::number(rangeChecked)));
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.mid(0, 25).join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestSpecifier)
#include "tst_specifier.moc"
