#include "core/index/simpleapi.h"

#include <QFile>
#include <QTest>

using namespace Envdesk::Core;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/index/data/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

} // namespace

class TestSimpleApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPep691Json()
    {
        const QByteArray body = fixture("pep691.json");
        auto page = parseProjectPage(body, QStringLiteral("application/vnd.pypi.simple.v1+json"),
                                     QUrl(QStringLiteral("https://idx.example.com/simple/demo/")));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
        QVERIFY(page->isJson);
        QCOMPARE(page->apiVersion, std::string("1.1"));
        QCOMPARE(page->files.size(), 3u);
        const DistributionFile &wheel = page->files[0];
        QCOMPARE(wheel.url.toString(), QStringLiteral("https://idx.example.com/files/demo-1.0-py3-none-any.whl"));
        QCOMPARE(wheel.hashes.at("sha256"), std::string("abcd"));
        QCOMPARE(wheel.requiresPython, std::string(">=3.8"));
        QVERIFY(wheel.hasMetadata);
        QCOMPARE(wheel.metadataHashes.at("sha256"), std::string("ef01"));
        QCOMPARE(wheel.metadataUrl().toString(), QStringLiteral("https://idx.example.com/files/demo-1.0-py3-none-any.whl.metadata"));
        QCOMPARE(*wheel.size, 1234);
        QCOMPARE(wheel.uploadTime.date(), QDate(2024, 1, 2));
        QVERIFY(page->files[1].yanked);
        QCOMPARE(page->files[1].yankedReason, std::string("broken build"));
        QVERIFY(page->files[1].hasMetadata);
        QCOMPARE(page->files[1].hashes.at("sha256"), std::string("99"));
        QVERIFY(!page->files[1].url.hasFragment());
        QVERIFY(page->files[2].yanked);
        QCOMPARE(page->versions.size(), 3u);
    }

    void coreMetadataWinsWhereverItStands()
    {
        // PEP 714: core-metadata replaces dist-info-metadata; a page may carry both, in any order.
        const QByteArray body
            = "{\"meta\":{\"api-version\":\"1.1\"},\"name\":\"d\",\"files\":["
              "{\"filename\":\"d-1.0.tar.gz\",\"url\":\"d-1.0.tar.gz#sha256=AA\","
              "\"dist-info-metadata\":true,\"core-metadata\":false},"
              "{\"filename\":\"d-2.0.tar.gz\",\"url\":\"d-2.0.tar.gz#sha256=AA\",\"hashes\":{\"SHA256\":\"BB\"},"
              "\"core-metadata\":{\"sha256\":\"CC\"},\"dist-info-metadata\":false},"
              "{\"filename\":\"d-3.0.tar.gz\",\"url\":\"/f/d-3.0.tar.gz\",\"dist-info-metadata\":{\"sha256\":\"dd\"},"
              "\"size\":-1,\"yanked\":\"bad\",\"future-field\":[{\"x\":null}]}]}";
        auto page = parseProjectPage(body, QStringLiteral("application/vnd.pypi.simple.v1+json"),
                                     QUrl(QStringLiteral("https://idx/simple/d/")));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
        QCOMPARE(page->files.size(), 3u);
        QVERIFY(!page->files[0].hasMetadata);
        QCOMPARE(page->files[0].hashes.at("sha256"), std::string("aa")); // from the URL's fragment
        QVERIFY(page->files[1].hasMetadata);
        QCOMPARE(page->files[1].metadataHashes.at("sha256"), std::string("cc"));
        QCOMPARE(page->files[1].hashes.at("sha256"), std::string("bb")); // "hashes" beats the fragment
        QCOMPARE(page->files[1].hashes.size(), 1u);
        QVERIFY(page->files[2].hasMetadata);
        QCOMPARE(page->files[2].metadataHashes.at("sha256"), std::string("dd"));
        QCOMPARE(page->files[2].url.toString(), QStringLiteral("https://idx/f/d-3.0.tar.gz"));
        QVERIFY(!page->files[2].size);
        QCOMPARE(page->files[2].yankedReason, std::string("bad"));
    }

    void readsPep503HtmlTolerantly()
    {
        const QByteArray body = fixture("pep503.html");
        auto page = parseProjectPage(body, QStringLiteral("text/html; charset=utf-8"),
                                     QUrl(QStringLiteral("https://idx.example.com/simple/demo/")));
        QVERIFY(page);
        QVERIFY(!page->isJson);
        QCOMPARE(page->apiVersion, std::string("1.0"));
        QCOMPARE(page->files.size(), 4u);
        QCOMPARE(page->files[0].url.toString(), QStringLiteral("https://idx.example.com/packages/demo-1.0-py3-none-any.whl"));
        QCOMPARE(page->files[0].hashes.at("sha256"), std::string("aa11"));
        QCOMPARE(page->files[0].requiresPython, std::string(">=3.8,<4"));
        QCOMPARE(page->files[0].metadataHashes.at("sha256"), std::string("bb22"));
        QCOMPARE(page->files[1].url.toString(), QStringLiteral("https://idx.example.com/simple/demo/demo-0.9.tar.gz"));
        QVERIFY(page->files[1].yanked);
        QVERIFY(page->files[1].yankedReason.empty());
        QCOMPARE(page->files[2].yankedReason, std::string("bad & old"));
        QVERIFY(page->files[2].hasMetadata);
        QCOMPARE(page->files[3].filename, std::string("demo-0.7.tar.gz"));
    }

    void baseHrefResolvesLinks()
    {
        auto page = parseProjectPage("<base href=\"https://cdn.example.com/p/\"><a href=\"d-1.0.tar.gz\">d-1.0.tar.gz</a>",
                                     QStringLiteral("text/html"), QUrl(QStringLiteral("https://idx/simple/d/")));
        QVERIFY(page);
        QCOMPARE(page->files[0].url.toString(), QStringLiteral("https://cdn.example.com/p/d-1.0.tar.gz"));
    }

    void malformedJsonNamesTheUrl()
    {
        auto page = parseProjectPage("{\"files\": [", QStringLiteral("application/vnd.pypi.simple.v1+json"),
                                     QUrl(QStringLiteral("https://user:pw@idx.example.com/simple/demo/")));
        QVERIFY(!page);
        QCOMPARE(page.error().code, ErrorCode::InvalidIndexResponse);
        QVERIFY(page.error().message.contains(QLatin1String("https://idx.example.com/simple/demo/")));
        QVERIFY(!page.error().toString().contains(QLatin1String("pw")));
        QVERIFY2(page.error().message.contains(QLatin1String("the text ends inside an object or array at byte 11")),
                 qPrintable(page.error().message));
        auto missing = parseProjectPage("{\"name\": \"demo\"}", QStringLiteral("application/vnd.pypi.simple.v1+json"),
                                        QUrl(QStringLiteral("https://idx.example.com/simple/demo/")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("has no \"files\" list")));
        auto nameless = parseProjectPage("{\"files\": [{\"url\": \"a.whl\"}]}", QStringLiteral("application/json"),
                                         QUrl(QStringLiteral("https://idx.example.com/simple/demo/")));
        QVERIFY(!nameless);
        QVERIFY(nameless.error().message.contains(QLatin1String("has no filename or url")));
    }

    void wrongContentTypeIsAnError()
    {
        auto page = parseProjectPage("\x89PNG", QStringLiteral("image/png"), QUrl(QStringLiteral("https://idx/simple/d/")));
        QVERIFY(!page);
        QVERIFY(page.error().message.contains(QLatin1String("image/png")));
    }

    void rootListing()
    {
        auto html = parseRootPage("<a href=\"/simple/a/\">a</a><a href=\"/simple/b-c/\">b-c</a>",
                                  QStringLiteral("text/html"), QUrl(QStringLiteral("https://idx/simple/")));
        QVERIFY(html);
        QCOMPARE(*html, (std::vector<std::string>{"a", "b-c"}));
        auto json = parseRootPage(fixture("root.json"),
                                  QStringLiteral("application/vnd.pypi.simple.v1+json"), QUrl(QStringLiteral("https://idx/simple/")));
        QVERIFY(json);
        QCOMPARE(*json, (std::vector<std::string>{"x", "Y_z"}));
    }
};

QTEST_GUILESS_MAIN(TestSimpleApi)
#include "tst_simpleapi.moc"
