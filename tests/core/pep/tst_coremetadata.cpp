#include "common/requirements.h"
#include "common/pythonoracle.h"

#include "core/pep/coremetadata.h"

#include <QTest>

#include <random>

using namespace Envdesk::Core;

class TestCoreMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVersion_data()
    {
        QTest::addColumn<QString>("version");
        for (const char *v : {"1.0", "1.1", "1.2", "2.0", "2.1", "2.2", "2.3", "2.4"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }
    void everyVersion()
    {
        QFETCH(QString, version);
        const QByteArray text = "Metadata-Version: " + version.toLatin1()
                                + "\nName: Demo_Pkg\nVersion: 1.0.post1\nSummary: A demo\n"
                                  "Requires-Dist: requests>=2.0\nRequires-Dist: pytest; extra == \"Test_Suite\"\n"
                                  "Provides-Extra: Test_Suite\nRequires-Python: >=3.8\nClassifier: A\nClassifier: B\n"
                                  "\nThe long description.\nSecond line.\n";
        auto m = CoreMetadata::parse(text, QStringLiteral("demo.dist-info/METADATA"));
        QVERIFY2(m, qPrintable(m ? QString() : m.error().toString()));
        QCOMPARE(m->metadataVersion(), version.toStdString());
        QCOMPARE(m->name(), std::string("Demo_Pkg"));
        QCOMPARE(m->version().toString(), std::string("1.0.post1"));
        QCOMPARE(m->summary(), std::string("A demo"));
        QCOMPARE(m->values("classifier").size(), 2u);
        auto deps = m->requiresDist();
        QVERIFY(deps);
        QCOMPARE(deps->size(), 2u);
        QCOMPARE((*deps)[1].marker().toString(), std::string("extra == \"test-suite\""));
        QVERIFY(m->requiresPython()->contains(*Version::parse("3.9")));
        const bool normalized = version >= QLatin1String("2.3");
        QCOMPARE(m->providesExtra().front(), std::string(normalized ? "test-suite" : "Test_Suite"));
        QCOMPARE(m->description(), std::string("The long description.\nSecond line.\n"));
    }

    void multiLineDescriptionField()
    {
        auto m = CoreMetadata::parse("Metadata-Version: 1.1\nName: old\nVersion: 0.1\nDescription: First line\n"
                                     "        |second line\n        third line\nKeywords: a b\n");
        QVERIFY(m);
        QCOMPARE(m->description(), std::string("First line\nsecond line\nthird line"));
        QCOMPARE(m->value("Keywords"), std::string("a b"));
    }

    void dynamicFields()
    {
        auto ok = CoreMetadata::parse("Metadata-Version: 2.2\nName: d\nVersion: 1\nDynamic: Requires-Dist\nDynamic: Summary\n");
        QVERIFY(ok);
        QCOMPARE(ok->dynamic(), (std::vector<std::string>{"Requires-Dist", "Summary"}));
        auto bad = CoreMetadata::parse("Metadata-Version: 2.2\nName: d\nVersion: 1\nDynamic: Version\n");
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("'Version' cannot be Dynamic")));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no metadata version") << QByteArray("Name: x\nVersion: 1\n") << 0 << "Metadata-Version";
        QTest::newRow("no name") << QByteArray("Metadata-Version: 2.1\nVersion: 1\n") << 0 << "Name";
        QTest::newRow("no version") << QByteArray("Metadata-Version: 2.1\nName: x\n") << 0 << "Version";
        QTest::newRow("future major") << QByteArray("Metadata-Version: 3.0\nName: x\nVersion: 1\n") << 1 << "3.0";
        QTest::newRow("bad version") << QByteArray("Metadata-Version: 2.1\nName: x\nVersion: one\n") << 3 << "one";
        QTest::newRow("not a header") << QByteArray("Metadata-Version: 2.1\nthis is not a header\n") << 2 << "not 'Field: value'";
        QTest::newRow("leading continuation") << QByteArray("  orphan\nName: x\n") << 1 << "continues";
        QTest::newRow("empty") << QByteArray() << 0 << "Metadata-Version";
    }
    void badInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        auto m = CoreMetadata::parse(text, QStringLiteral("PKG-INFO"));
        QVERIFY(!m);
        QCOMPARE(m.error().code, ErrorCode::InvalidMetadata);
        QCOMPARE(m.error().line, line);
        QCOMPARE(m.error().file, QStringLiteral("PKG-INFO"));
        QVERIFY2(m.error().message.contains(mentions), qPrintable(m.error().message));
    }

    void badRequirementNamesItsLine()
    {
        auto m = CoreMetadata::parse("Metadata-Version: 2.1\nName: x\nVersion: 1\nRequires-Dist: ok\nRequires-Dist: bad ((\n",
                                     QStringLiteral("x.dist-info/METADATA"));
        QVERIFY(m);
        auto deps = m->requiresDist();
        QVERIFY(!deps);
        QCOMPARE(deps.error().line, 5);
        QVERIFY(deps.error().toString().startsWith(QLatin1String("x.dist-info/METADATA:5")));
    }

    void badEncodingIsAWarningNotACrash()
    {
        QByteArray text = "Metadata-Version: 2.1\nName: x\nVersion: 1\nAuthor: J\xe9r\xf4me\n";
        auto m = CoreMetadata::parse(text);
        QVERIFY(m);
        QCOMPARE(m->warnings().size(), 1);
        QVERIFY(m->warnings().front().contains(QLatin1String("line 4")));
        QVERIFY(QString::fromStdString(m->value("Author")).contains(QChar(0xFFFD)));
        auto crlf = CoreMetadata::parse("Metadata-Version: 2.1\r\nName: x\r\nVersion: 1\r\n\r\nBody\r\n");
        QVERIFY(crlf);
        QCOMPARE(crlf->name(), std::string("x"));
    }

    void headersAgreeWithPythonsEmailParser()
    {
        const QString python = TestSupport::packagingPython();
        if (python.isEmpty())
            ENVDESK_NEEDS("Debian's python3 is needed (scripts/test installs it)");
        std::mt19937 rng(658);
        auto pick = [&](int n) { return int(rng() % unsigned(n)); };
        static const std::vector<std::string> keys = {"Summary", "Home-page", "Author", "License", "Classifier",
                                                      "Requires-Dist", "Provides-Extra", "Keywords", "Project-URL"};
        static const std::vector<std::string> values = {"simple", "with: colon", "a, b", "x >= 1", "Déjà vu",
                                                        "https://example.com/a?b=c", "MIT License", ""};
        std::vector<QByteArray> docs;
        for (int d = 0; d < 300; ++d) {
            QByteArray text = "Metadata-Version: 2.1\nName: pkg" + QByteArray::number(d) + "\nVersion: 1." + QByteArray::number(d) + "\n";
            const int n = pick(8);
            for (int k = 0; k < n; ++k) {
                text += QByteArray::fromStdString(keys[std::size_t(pick(int(keys.size())))]) + ": "
                        + QByteArray::fromStdString(values[std::size_t(pick(int(values.size())))]) + "\n";
                if (pick(5) == 0)
                    text += (pick(2) ? "        " : "\t") + QByteArray("continued ") + QByteArray::number(k) + "\n";
            }
            if (pick(2))
                text += "\nBody line one\nBody: not a header\n";
            docs.push_back(text);
        }
        QJsonArray requests;
        for (const QByteArray &d : docs)
            requests.append(QJsonObject{{"text", QString::fromUtf8(d)}});
        QString error;
        auto answers = TestSupport::askOracle(python, QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/pep/oracle_metadata.py"), requests, &error);
        QVERIFY2(answers, qPrintable(error));
        for (std::size_t k = 0; k < docs.size(); ++k) {
            auto m = CoreMetadata::parse(docs[k]);
            QVERIFY(m);
            const QJsonObject expected = answers->at(qsizetype(k)).toObject();
            const QJsonArray fields = expected["fields"].toArray();
            QCOMPARE(qsizetype(m->fields().size()), fields.size());
            for (qsizetype f = 0; f < fields.size(); ++f) {
                QCOMPARE(QString::fromStdString(m->fields()[std::size_t(f)].first), fields[f].toArray()[0].toString());
                QCOMPARE(QString::fromStdString(m->fields()[std::size_t(f)].second), fields[f].toArray()[1].toString());
            }
            QCOMPARE(QString::fromStdString(m->description()).trimmed(), expected["body"].toString().trimmed());
        }
    }
};

QTEST_GUILESS_MAIN(TestCoreMetadata)
#include "tst_coremetadata.moc"
