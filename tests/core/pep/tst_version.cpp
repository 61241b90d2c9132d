#include "common/requirements.h"
#include "common/pepgenerator.h"
#include "common/pythonoracle.h"

#include "core/pep/version.h"

#include <QTest>

#include <algorithm>
#include <unordered_set>

using Envdesk::Core::Version;

namespace {

QString oracleScript()
{
    return QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/pep/oracle_version.py");
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Spellings that reach every branch of the grammar, valid and not.
const char *const corners[] = {
    "1.0", "1.0.0", "v1.0", "V1.0", " 1.0 ", "\t1.0\n", "1!2.0", "0!1.0", "01!1.0", "1.0-1",
    "1.0-r1", "1.0.post1.dev2", "1.0.post-1", "1.0.post_1", "1.0post", "1.0-post", "1.0rev",
    "1.0r", "1.0-r", "1.0.r.1", "1.0a", "1.0a-", "1.0a-dev", "1.0alpha1", "1.0ALPHA1", "1.0.beta.2",
    "1.0c1", "1.0pre1", "1.0preview", "1.0-preview-3", "1.0rc", "1.0.rc.1", "1.0_rc_1",
    "1.0.dev", "1.0dev0", "1.0-dev-5", "1.0.DEV1", "1.0+local", "1.0+LOCAL.7", "1.0+01",
    "1.0+a-b_c.1", "1.0+", "1.0+.", "1.0+a..b", "1.0-", "1.0.", ".1.0", "1..0", "1.0.*",
    "", " ", "a", "v", "1.0b2.post345.dev456", "1!1.0b2.post345.dev456+abc.1", "1.0-1-1",
    "1.0.post1-1", "1.0a1-1", "1.0a1.post1", "1.0-dev", "1.0devel", "1.0.0.0.0.0", "00", "0",
    "1.0abc", "1.0a1b2", "18446744073709551615", "18446744073709551616", "1.0+18446744073709551616",
    "1.0.0-1+local", "2.0.0a0", "1.0+local.post1", "1.0..dev1", "1.0_dev", "1.0pre-dev1",
    "1.0-rc1", "1.0rc1.dev", "1.0.post1.post2", "1.0.dev1.post1", "1.0a1a2",
};

} // namespace

class TestVersion : public QObject
{
    Q_OBJECT

private:
    QString m_python;

private Q_SLOTS:
    void initTestCase()
    {
        m_python = TestSupport::packagingPython();
    }

    void parsesAndNormalizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << "1.0" << "1.0";
        QTest::newRow("v prefix") << "v1.2" << "1.2";
        QTest::newRow("epoch") << "1!2.0" << "1!2.0";
        QTest::newRow("zero epoch dropped") << "0!2.0" << "2.0";
        QTest::newRow("implicit post") << "1.0-1" << "1.0.post1";
        QTest::newRow("alpha spelled out") << "1.0-ALPHA.2" << "1.0a2";
        QTest::newRow("c is rc") << "1.0c1" << "1.0rc1";
        QTest::newRow("preview is rc") << "1.0preview" << "1.0rc0";
        QTest::newRow("rev is post") << "1.0rev3" << "1.0.post3";
        QTest::newRow("post and dev") << "1.0.post1.dev2" << "1.0.post1.dev2";
        QTest::newRow("leading zeros") << "01.002.0003" << "1.2.3";
        QTest::newRow("local lowered, separators") << "1.0+Ubuntu-1_2" << "1.0+ubuntu.1.2";
        QTest::newRow("local number leading zero") << "1.0+007" << "1.0+7";
        QTest::newRow("whitespace") << "  1.0\n" << "1.0";
        QTest::newRow("separator kept before empty pre number") << "1.0a-" << "1.0a0";
    }
    void parsesAndNormalizes()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        auto v = Version::parse(text.toStdString());
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
        QCOMPARE(q(v->toString()), normalized);
    }

    void rejectsWithPosition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("trailing junk") << "1.0abc" << 5 << "'bc'"; // "1.0a" is a version
        QTest::newRow("empty") << "" << 1 << "unexpected end";
        QTest::newRow("double dot") << "1..0" << 2 << "'..0'";
        QTest::newRow("wildcard") << "1.0.*" << 4 << "'.*'";
        QTest::newRow("trailing dash") << "1.0-" << 4 << "'-'";
        QTest::newRow("empty local") << "1.0+" << 4 << "'+'";
        QTest::newRow("leading space counted") << "  1.0x" << 6 << "'x'";
        QTest::newRow("too large") << "1.99999999999999999999" << 3 << "too large";
    }
    void rejectsWithPosition()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, mentions);
        auto v = Version::parse(text.toStdString());
        QVERIFY(!v);
        QCOMPARE(v.error().code, Envdesk::Core::ErrorCode::InvalidVersion);
        QCOMPARE(v.error().column, column);
        QVERIFY2(v.error().message.contains(mentions), qPrintable(v.error().message));
        QVERIFY2(v.error().message.contains(QStringLiteral("position %1").arg(column)),
                 qPrintable(v.error().message));
        QVERIFY(!v.error().hint.isEmpty());
    }

    void ordersAsPep440()
    {
        // Ascending, each strictly greater than the one before (PEP 440's own example order).
        const QStringList ascending = {
            "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456",
            "1.0b2", "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0",
            "1.0+abc.5", "1.0+abc.7", "1.0+5", "1.0.post456.dev34", "1.0.post456", "1.0.15",
            "1.1.dev1", "1!0.1"};
        for (int i = 1; i < ascending.size(); ++i) {
            auto a = Version::parse(ascending[i - 1].toStdString());
            auto b = Version::parse(ascending[i].toStdString());
            QVERIFY(a && b);
            QVERIFY2(*a < *b, qPrintable(ascending[i - 1] + " < " + ascending[i]));
        }
        QCOMPARE(*Version::parse("1.0"), *Version::parse("1.0.0.0"));
        QCOMPARE(Version::parse("1.0")->hash(), Version::parse("1.0.0")->hash());
        QCOMPARE(*Version::parse("1.0+01"), *Version::parse("1.0+1"));
    }

    void sentinelsBracketTheirRelease()
    {
        const Version v = *Version::parse("1.0");
        for (const char *inside : {"1.0.dev0", "1.0a1", "1.0", "1.0+x", "1.0.post5.dev1", "1.0.0.post9+z"}) {
            const Version x = *Version::parse(inside);
            QVERIFY2(v.makeMin() < x, inside);
            QVERIFY2(x < v.makeMax(true), inside);
        }
        QVERIFY(*Version::parse("0.999") < v.makeMin());
        QVERIFY(v.makeMax(true) < *Version::parse("1.0.1.dev0"));
        // makeMax: above the post releases and locals of 1.0 but below 1.0.1.
        QVERIFY(*Version::parse("1.0.post99+local") < v.makeMax());
        QVERIFY(v.makeMax() < *Version::parse("1.0.1"));
        // makeLocalMax: above 1.0+anything, below 1.0.post0.
        QVERIFY(*Version::parse("1.0+zzz.999") < v.makeLocalMax());
        QVERIFY(v.makeLocalMax() < *Version::parse("1.0.post0.dev0"));
        QVERIFY(!Version::parse(v.makeMin().toString()));
    }

    void agreesWithPackagingOnParsing()
    {
        if (m_python.isEmpty())
            ENVDESK_NEEDS("Debian's python3 with python3-packaging is not installed (scripts/test installs it)");
        TestSupport::PepGenerator gen(440);
        std::vector<std::string> inputs(std::begin(corners), std::end(corners));
        while (inputs.size() < 8000)
            inputs.push_back(gen.version());
        QJsonArray requests;
        for (const std::string &text : inputs)
            requests.append(QJsonObject{{"op", "version"}, {"text", q(text)}});
        QString error;
        auto answers = TestSupport::askOracle(m_python, oracleScript(), requests, &error);
        QVERIFY2(answers, qPrintable(error));

        QStringList disagreements;
        int valid = 0;
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            const QJsonObject expected = answers->at(qsizetype(i)).toObject();
            auto v = Version::parse(inputs[i]);
            const bool tooLarge = !v && v.error().message.contains(QLatin1String("too large"));
            QString ours;
            QString theirs;
            if (expected.value("valid").toBool()) {
                ++valid;
                theirs = QStringLiteral("%1|%2|%3|%4%5%6|%7")
                             .arg(expected["str"].toString(), expected["public"].toString(),
                                  expected["base"].toString())
                             .arg(expected["pre"].toBool())
                             .arg(expected["post"].toBool())
                             .arg(expected["dev"].toBool())
                             .arg(expected["local"].isNull() ? QString() : expected["local"].toString());
            } else {
                theirs = QStringLiteral("invalid");
            }
            if (v) {
                std::string local = v->toString();
                local = local.find('+') == std::string::npos ? "" : local.substr(local.find('+') + 1);
                ours = QStringLiteral("%1|%2|%3|%4%5%6|%7")
                           .arg(q(v->toString()), q(v->publicString()), q(v->baseVersion().toString()))
                           .arg(v->isPrerelease())
                           .arg(v->isPostrelease())
                           .arg(v->isDevrelease())
                           .arg(q(local));
            } else {
                ours = QStringLiteral("invalid");
            }
            // Numbers beyond 64 bits are a documented refusal of ours.
            if (ours != theirs && !tooLarge)
                disagreements << QStringLiteral("'%1': ours %2, packaging %3").arg(q(inputs[i]), ours, theirs);
        }
        QVERIFY2(valid > 5000, "the generator should mostly produce valid versions");
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.mid(0, 20).join('\n')));
    }

    void agreesWithPackagingOnOrdering()
    {
        if (m_python.isEmpty())
            ENVDESK_NEEDS("Debian's python3 with python3-packaging is not installed (scripts/test installs it)");
        TestSupport::PepGenerator gen(7);
        std::vector<std::string> pool;
        while (pool.size() < 400) {
            std::string text = gen.version(false);
            if (Version::parse(text))
                pool.push_back(text);
        }
        // Near neighbours are where orderings go wrong: add variants of the same release.
        for (const char *extra : {"1.0", "1.0.0", "1.0+0", "1.0+a", "1.0+a.0", "1.0+0.a", "1.0.dev0",
                                  "1.0a0.dev0", "1.0.post0.dev0", "1.0.post0", "1.0rc0+x", "1!0"})
            pool.push_back(extra);
        QJsonArray requests;
        std::vector<std::pair<std::size_t, std::size_t>> pairs;
        for (int i = 0; i < 12000; ++i) {
            const std::size_t a = std::size_t(gen.pick(int(pool.size())));
            std::size_t b = std::size_t(gen.pick(int(pool.size())));
            if (gen.chance(10))
                b = a;
            pairs.emplace_back(a, b);
            requests.append(QJsonObject{{"op", "compare"}, {"a", q(pool[a])}, {"b", q(pool[b])}});
        }
        QString error;
        auto answers = TestSupport::askOracle(m_python, oracleScript(), requests, &error);
        QVERIFY2(answers, qPrintable(error));
        QStringList disagreements;
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            const Version a = *Version::parse(pool[pairs[i].first]);
            const Version b = *Version::parse(pool[pairs[i].second]);
            const auto c = a <=> b;
            const int ours = c < 0 ? -1 : (c > 0 ? 1 : 0);
            const int theirs = answers->at(qsizetype(i)).toInt();
            if (ours != theirs)
                disagreements << QStringLiteral("%1 vs %2: ours %3, packaging %4")
                                     .arg(q(pool[pairs[i].first]), q(pool[pairs[i].second]))
                                     .arg(ours)
                                     .arg(theirs);
            if (ours == 0 && a.hash() != b.hash())
                disagreements << QStringLiteral("equal but hashes differ: %1, %2")
                                     .arg(q(pool[pairs[i].first]), q(pool[pairs[i].second]));
        }
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.mid(0, 20).join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
