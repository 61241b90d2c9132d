#include "common/requirements.h"
#include "common/pepgenerator.h"
#include "common/pythonoracle.h"

#include "core/pep/filename.h"

#include <QTest>

#include <algorithm>

using namespace Envdesk::Core;

class TestFilename : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wheels()
    {
        auto w = WheelFilename::parse("Typing_Extensions-4.9.0-1build-py2.py3-none-any.whl");
        QVERIFY2(w, qPrintable(w ? QString() : w.error().message));
        QCOMPARE(w->name, std::string("typing-extensions"));
        QCOMPARE(w->version.toString(), std::string("4.9.0"));
        QCOMPARE(w->build->first, 1u);
        QCOMPARE(w->build->second, std::string("build"));
        QCOMPARE(w->tags.size(), 2u);
        auto bad = WheelFilename::parse("foo-1.0-py3-none.whl");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidFilename);
        QVERIFY(bad.error().message.contains(QLatin1String("foo-1.0-py3-none.whl")));
        QVERIFY(!WheelFilename::parse("foo__bar-1.0-py3-none-any.whl"));
        QVERIFY(!WheelFilename::parse("foo-1.0-x-py3-none-any.whl"));
        QVERIFY(!WheelFilename::parse("foo-1.0.tar.gz"));
    }

    void sdists()
    {
        auto s = SdistFilename::parse("zope.interface-6.1.tar.gz");
        QVERIFY(s);
        QCOMPARE(s->name, std::string("zope-interface"));
        auto dashed = SdistFilename::parse("my-long-name-2.0rc1.zip");
        QVERIFY(dashed);
        QCOMPARE(dashed->name, std::string("my-long-name"));
        QCOMPARE(dashed->version.toString(), std::string("2.0rc1"));
        QVERIFY(!SdistFilename::parse("noversion.tar.gz"));
        QVERIFY(!SdistFilename::parse("pkg-1.0.tar.bz3"));
    }

    void agreesWithPackaging()
    {
        const QString python = TestSupport::packagingPython();
        if (python.isEmpty())
            ENVDESK_NEEDS("Debian's python3 with python3-packaging is not installed (scripts/test installs it)");
        TestSupport::PepGenerator gen(427);
        static const std::vector<std::string> names = {"pkg", "Pkg_Name", "zope.interface", "a__b", "my-pkg", "x1", "A.B_c"};
        static const std::vector<std::string> tags = {"py3-none-any", "py2.py3-none-any", "cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64",
                                                      "cp39-abi3-macosx_11_0_arm64", "CP38-CP38-WIN_AMD64", "py3-none", "pp310-pypy310_pp73-linux_x86_64"};
        std::vector<std::string> inputs;
        while (inputs.size() < 2500) {
            std::string name = gen.oneOf(names);
            const std::string version = gen.version(gen.chance(10));
            if (gen.chance(60)) {
                std::string file = name + "-" + version;
                if (gen.chance(15))
                    file += "-" + std::string(gen.chance(80) ? "1" : "x") + (gen.chance(50) ? "abc" : "");
                file += "-" + gen.oneOf(tags) + ".whl";
                inputs.push_back(file);
            } else {
                inputs.push_back(name + "-" + version + (gen.chance(80) ? ".tar.gz" : ".zip"));
            }
        }
        QJsonArray requests;
        for (const std::string &i : inputs)
            requests.append(QJsonObject{{"name", QString::fromStdString(i)}});
        QString error;
        auto answers = TestSupport::askOracle(python, QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/pep/oracle_filename.py"), requests, &error);
        QVERIFY2(answers, qPrintable(error));
        QStringList disagreements;
        int valid = 0;
        for (std::size_t k = 0; k < inputs.size(); ++k) {
            const QJsonObject e = answers->at(qsizetype(k)).toObject();
            QString theirs = QStringLiteral("invalid");
            if (e["valid"].toBool()) {
                ++valid;
                theirs = e["name"].toString() + QLatin1Char('|') + e["version"].toString();
                if (e.contains(QLatin1String("tags"))) {
                    const QJsonArray b = e["build"].toArray();
                    theirs += QStringLiteral("|%1%2|").arg(b.isEmpty() ? QString() : QString::number(b.at(0).toInteger()), b.at(1).toString());
                    theirs += e["tags"].toVariant().toStringList().join(QLatin1Char(','));
                }
            }
            QString ours = QStringLiteral("invalid");
            const std::string &i = inputs[k];
            bool tooLarge = false;
            if (i.ends_with(".whl")) {
                auto w = WheelFilename::parse(i);
                if (w) {
                    QStringList t;
                    for (const Tag &tag : w->tags)
                        t << QString::fromStdString(tag.toString());
                    t.sort();
                    t.removeDuplicates();
                    ours = QStringLiteral("%1|%2|%3%4|%5")
                               .arg(QString::fromStdString(w->name), QString::fromStdString(w->version.toString()),
                                    w->build ? QString::number(w->build->first) : QString(),
                                    w->build ? QString::fromStdString(w->build->second) : QString(), t.join(QLatin1Char(',')));
                } else {
                    tooLarge = w.error().message.contains(QLatin1String("too large"));
                }
            } else {
                auto s = SdistFilename::parse(i);
                if (s)
                    ours = QString::fromStdString(s->name) + QLatin1Char('|') + QString::fromStdString(s->version.toString());
                else
                    tooLarge = s.error().message.contains(QLatin1String("too large"));
            }
            if (ours != theirs && !tooLarge)
                disagreements << QStringLiteral("%1: ours %2, packaging %3").arg(QString::fromStdString(i), ours, theirs);
        }
        QVERIFY(valid > 1500);
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestFilename)
#include "tst_filename.moc"
