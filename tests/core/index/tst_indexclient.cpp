#include "common/requirements.h"
#include "common/faultserver.h"
#include "common/nginxserver.h"

#include "core/index/indexclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;

namespace {

// Writes a PEP 503 index under `root`: /simple/<project>/index.html listing files in /files/.
void writeProject(const QString &root, const QString &project, const QStringList &files)
{
    QDir().mkpath(root + QStringLiteral("/simple/") + project);
    QDir().mkpath(root + QStringLiteral("/files"));
    QString html = QStringLiteral("<!DOCTYPE html><html><body>\n");
    for (const QString &file : files) {
        QFile f(root + QStringLiteral("/files/") + file);
        f.open(QIODevice::WriteOnly);
        f.write("content of " + file.toUtf8());
        html += QStringLiteral("<a href=\"/files/%1\">%1</a><br/>\n").arg(file);
    }
    html += QStringLiteral("</body></html>\n");
    QFile page(root + QStringLiteral("/simple/") + project + QStringLiteral("/index.html"));
    page.open(QIODevice::WriteOnly);
    page.write(html.toUtf8());
}

struct Run
{
    Expected<ProjectFiles> result = std::unexpected(Error{});
    std::vector<IndexQuery> events;
};

Run lookUp(IndexClient &client, const std::string &project)
{
    Run run;
    bool done = false;
    auto connection = QObject::connect(&client, &IndexClient::queried, [&](const IndexQuery &q) { run.events.push_back(q); });
    client.projectFiles(project, [&](Expected<ProjectFiles> r) {
        run.result = std::move(r);
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < 20000)
        QTest::qWait(5);
    QObject::disconnect(connection);
    return run;
}

std::vector<std::string> indexesOf(const ProjectFiles &files)
{
    std::vector<std::string> out;
    for (const AttributedFile &f : files.files)
        out.push_back(f.index + ":" + f.file.filename);
    return out;
}

int requestsFor(const TestSupport::NginxServer &server, const QString &path)
{
    return int(server.accessLog().count(QStringLiteral("GET ") + path));
}

} // namespace

class TestIndexClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::NginxServer> m_a;
    std::unique_ptr<TestSupport::NginxServer> m_b;
    HttpClient *m_http = nullptr;

    IndexSource source(const char *name, const TestSupport::NginxServer &server)
    {
        IndexSource s;
        s.name = name;
        s.url = QUrl(server.baseUrl() + QStringLiteral("/simple"));
        return s;
    }

private Q_SLOTS:
    // Downloads land in the cache, checked against the index's SHA-256 while they stream; a
    // cached file is not fetched twice; a mismatch leaves nothing behind and says both hashes.
    void downloadsAreVerifiedAndCached()
    {
        const QByteArray wheel = "PK... pretend wheel bytes";
        const QByteArray good = QCryptographicHash::hash(wheel, QCryptographicHash::Sha256).toHex();
        TestSupport::FaultServer server([wheel](const TestSupport::FaultRequest &) { return TestSupport::FaultAction::ok(wheel); });
        QTemporaryDir cache;
        HttpClient http;
        IndexClient client({.cacheDirectory = cache.path()}, &http);
        auto download = [&](const std::string &sha, const std::string &name) {
            AttributedFile f;
            f.file.filename = name;
            f.file.url = QUrl(server.url(QStringLiteral("/files/") + QString::fromStdString(name)));
            if (!sha.empty())
                f.file.hashes["sha256"] = sha;
            std::optional<Expected<QString>> result;
            client.download(f, [&](Expected<QString> r) { result = std::move(r); });
            QElapsedTimer clock;
            clock.start();
            while (!result && clock.elapsed() < 10000)
                QTest::qWait(5);
            return result ? *result : Expected<QString>(std::unexpected(Error{}));
        };
        auto path = download(good.toStdString(), "demo-1.0-py3-none-any.whl");
        QVERIFY2(path, qPrintable(path ? QString() : path.error().toString()));
        QVERIFY(path->startsWith(cache.path()));
        QFile f(*path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), wheel);
        const int requests = server.requests().size();
        QCOMPARE(*download(good.toStdString(), "demo-1.0-py3-none-any.whl"), *path);
        QCOMPARE(server.requests().size(), requests); // from the cache

        const std::string wrong(64, 'a');
        auto bad = download(wrong, "demo-2.0-py3-none-any.whl");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::HashMismatch);
        QVERIFY2(bad.error().message.contains(QString::fromStdString(wrong)) && bad.error().message.contains(QString::fromLatin1(good)),
                 qPrintable(bad.error().toString()));
        QDirIterator it(cache.path(), {QStringLiteral("demo-2.0*")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), "a file that failed its hash stayed in the cache");

        auto unchecked = download({}, "demo-3.0-py3-none-any.whl");
        QVERIFY(!unchecked);
        QVERIFY(unchecked.error().message.contains(QLatin1String("no SHA-256")));
    }

    void initTestCase()
    {
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        const QString a = m_dir.filePath(QStringLiteral("a"));
        const QString b = m_dir.filePath(QStringLiteral("b"));
        writeProject(a, QStringLiteral("shared"), {QStringLiteral("shared-1.0-py3-none-any.whl"), QStringLiteral("shared-1.0.tar.gz")});
        writeProject(a, QStringLiteral("only-a"), {QStringLiteral("only_a-1.0-py3-none-any.whl")});
        writeProject(b, QStringLiteral("shared"), {QStringLiteral("shared-1.0-py3-none-any.whl"), QStringLiteral("shared-2.0-py3-none-any.whl")});
        writeProject(b, QStringLiteral("only-b"), {QStringLiteral("only_b-3.0-py3-none-any.whl")});
        writeProject(b, QStringLiteral("private"), {QStringLiteral("private-9.9-py3-none-any.whl")});
        TestSupport::NginxServer::Options oa;
        oa.root = a;
        // Index A refuses some projects, as private registries do.
        oa.extraServerConfig = QStringLiteral(
            "location /simple/private/ { return 401; }\n"
            "  location /simple/forbidden/ { return 403; }\n"
            "  location /simple/broken/ { return 500; }\n"
            "  location /simple/ { add_header Cache-Control \"max-age=600\"; }\n");
        m_a = std::make_unique<TestSupport::NginxServer>(oa);
        QVERIFY2(m_a->start(), qPrintable(m_a->errorText()));
        TestSupport::NginxServer::Options ob;
        ob.root = b;
        m_b = std::make_unique<TestSupport::NginxServer>(ob);
        QVERIFY2(m_b->start(), qPrintable(m_b->errorText()));
        m_http = new HttpClient(this);
    }

    void firstIndexTakesOnlyTheFirstThatHasIt()
    {
        IndexClient client({.indexes = {source("a", *m_a), source("b", *m_b)}}, m_http);
        Run run = lookUp(client, "Shared");
        QVERIFY2(run.result, qPrintable(run.result ? QString() : run.result.error().toString()));
        QCOMPARE(indexesOf(*run.result),
                 (std::vector<std::string>{"a:shared-1.0-py3-none-any.whl", "a:shared-1.0.tar.gz"}));
        QCOMPARE(run.events.size(), 1u);
        QCOMPARE(run.events[0].outcome, IndexQuery::Outcome::Found);
        QVERIFY(run.events[0].rule.contains(QLatin1String("first-index")));

        Run onlyB = lookUp(client, "only_b");
        QVERIFY(onlyB.result);
        QCOMPARE(indexesOf(*onlyB.result), (std::vector<std::string>{"b:only_b-3.0-py3-none-any.whl"}));
        QCOMPARE(onlyB.events.size(), 2u);
        QCOMPARE(onlyB.events[0].outcome, IndexQuery::Outcome::NotFound);
        QCOMPARE(onlyB.events[0].status, 404);
        QVERIFY(onlyB.events[0].url.endsWith(QLatin1String("/simple/only-b/")));
    }

    void notFoundAnywhereIsAResult()
    {
        IndexSource b = source("b", *m_b);
        b.isDefault = true; // instead of PyPI, which this machine cannot reach
        IndexClient client({.indexes = {source("a", *m_a), b}}, m_http);
        Run run = lookUp(client, "nowhere");
        QVERIFY2(run.result, qPrintable(run.result ? QString() : run.result.error().toString()));
        QVERIFY(run.result->files.empty());
        QCOMPARE(run.result->queries.size(), 2u);
    }

    void unauthorizedStopsTheSearch_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<int>("status");
        QTest::newRow("401") << "private" << 401;
        QTest::newRow("403") << "forbidden" << 403;
    }
    void unauthorizedStopsTheSearch()
    {
        QFETCH(QString, project);
        QFETCH(int, status);
        IndexClient client({.indexes = {source("corp", *m_a), source("b", *m_b)}}, m_http);
        const int before = requestsFor(*m_b, QStringLiteral("/simple/") + project);
        Run run = lookUp(client, project.toStdString());
        QVERIFY(!run.result);
        QCOMPARE(run.result.error().code, ErrorCode::AccessDenied);
        const QString message = run.result.error().message;
        QVERIFY2(message.contains(QStringLiteral("'corp' answered %1").arg(status)), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("credentials")));
        QVERIFY(run.result.error().hint.contains(QLatin1String("UV_INDEX_CORP_USERNAME")));
        QCOMPARE(requestsFor(*m_b, QStringLiteral("/simple/") + project), before); // never asked
    }

    void ignoreErrorCodesContinues()
    {
        IndexSource corp = source("corp", *m_a);
        corp.ignoreErrorCodes = {401};
        IndexClient client({.indexes = {corp, source("b", *m_b)}}, m_http);
        Run run = lookUp(client, "private");
        QVERIFY(run.result);
        QCOMPARE(indexesOf(*run.result), (std::vector<std::string>{"b:private-9.9-py3-none-any.whl"}));
        QVERIFY(run.events[0].rule.contains(QLatin1String("ignore-error-codes")));
    }

    void serverErrorIsAnErrorNamingTheIndex()
    {
        IndexClient client({.indexes = {source("a", *m_a), source("b", *m_b)}}, m_http);
        Run run = lookUp(client, "broken");
        QVERIFY(!run.result);
        QVERIFY2(run.result.error().message.contains(QLatin1String("'a' answered HTTP 500")), qPrintable(run.result.error().message));
    }

    void unsafeStrategiesAskEveryIndex()
    {
        IndexSource b = source("b", *m_b);
        b.isDefault = true;
        IndexClient best({.indexes = {source("a", *m_a), b}, .strategy = IndexStrategy::UnsafeBestMatch}, m_http);
        Run run = lookUp(best, "shared");
        QVERIFY2(run.result, qPrintable(run.result ? QString() : run.result.error().toString()));
        QCOMPARE(indexesOf(*run.result),
                 (std::vector<std::string>{"a:shared-1.0-py3-none-any.whl", "a:shared-1.0.tar.gz",
                                           "b:shared-2.0-py3-none-any.whl"}));
        IndexClient first({.indexes = {source("a", *m_a), b}, .strategy = IndexStrategy::UnsafeFirstMatch}, m_http);
        Run privateRun = lookUp(first, "private");
        QVERIFY(privateRun.result); // 401 ignored under the unsafe strategies
        QCOMPARE(indexesOf(*privateRun.result), (std::vector<std::string>{"b:private-9.9-py3-none-any.whl"}));
    }

    void explicitDefaultAndPins()
    {
        IndexSource a = source("a", *m_a);
        a.isDefault = true; // first in the file, but searched last
        IndexSource b = source("b", *m_b);
        IndexClient client({.indexes = {a, b}}, m_http);
        const auto order = client.searchOrder();
        QCOMPARE(order.size(), 2u);
        QCOMPARE(order[0].name, std::string("b"));
        QCOMPARE(order[1].name, std::string("a"));
        Run run = lookUp(client, "shared");
        QCOMPARE(indexesOf(*run.result).front(), std::string("b:shared-1.0-py3-none-any.whl"));

        IndexSource explicitB = source("b", *m_b);
        explicitB.isExplicit = true;
        IndexClient noPin({.indexes = {source("a", *m_a), explicitB}}, m_http);
        QCOMPARE(noPin.searchOrder().size(), 2u); // a, then PyPI as the default
        QCOMPARE(noPin.searchOrder()[1].url.toString(), QStringLiteral("https://pypi.org/simple"));
        IndexClient pinned({.indexes = {source("a", *m_a), explicitB}, .pins = {{"shared", "b"}}}, m_http);
        Run pinnedRun = lookUp(pinned, "Shared");
        QVERIFY(pinnedRun.result);
        QCOMPARE(indexesOf(*pinnedRun.result),
                 (std::vector<std::string>{"b:shared-1.0-py3-none-any.whl", "b:shared-2.0-py3-none-any.whl"}));
        QVERIFY(pinnedRun.events[0].rule.contains(QLatin1String("pinned")));
    }

    void flatFolderIndex()
    {
        QTemporaryDir flat;
        for (const char *name : {"tool-1.0-py3-none-any.whl", "tool-1.1.tar.gz", "other-1.0.tar.gz", "README.txt"}) {
            QFile f(flat.filePath(QLatin1String(name)));
            f.open(QIODevice::WriteOnly);
            f.write("x");
        }
        IndexSource local;
        local.name = "local";
        local.url = QUrl::fromLocalFile(flat.path());
        local.flat = true;
        IndexClient client({.indexes = {local, source("b", *m_b)}}, m_http);
        Run run = lookUp(client, "tool");
        QVERIFY(run.result);
        QCOMPARE(indexesOf(*run.result),
                 (std::vector<std::string>{"local:tool-1.0-py3-none-any.whl", "local:tool-1.1.tar.gz"}));
    }

    void cacheAnswersWarmRuns()
    {
        QTemporaryDir cacheDir;
        IndexClient client({.indexes = {source("a", *m_a)}, .cacheDirectory = cacheDir.path()}, m_http);
        const int before = requestsFor(*m_a, QStringLiteral("/simple/only-a/"));
        Run cold = lookUp(client, "only-a");
        QVERIFY(cold.result);
        QVERIFY(!cold.events[0].fromCache);
        Run warm = lookUp(client, "only-a");
        QVERIFY(warm.result);
        QVERIFY(warm.events[0].fromCache); // max-age=600: no request at all
        QCOMPARE(indexesOf(*warm.result), indexesOf(*cold.result));
        QCOMPARE(requestsFor(*m_a, QStringLiteral("/simple/only-a/")), before + 1);

        IndexClient refresh({.indexes = {source("a", *m_a)}, .cacheDirectory = cacheDir.path(), .refresh = true}, m_http);
        Run revalidated = lookUp(refresh, "only-a");
        QVERIFY(revalidated.result);
        QVERIFY(revalidated.events[0].revalidated); // nginx answered 304 to If-None-Match
        QCOMPARE(indexesOf(*revalidated.result), indexesOf(*cold.result));

        IndexClient offline({.indexes = {source("a", *m_a)}, .cacheDirectory = cacheDir.path(), .offline = true}, m_http);
        QVERIFY(lookUp(offline, "only-a").result);
        Run missing = lookUp(offline, "shared");
        QVERIFY(!missing.result);
        QVERIFY(missing.result.error().message.contains(QLatin1String("offline")));
    }

    void jsonIsPreferred()
    {
        TestSupport::FaultServer server([](const TestSupport::FaultRequest &r) {
            if (!r.headers.value("accept").startsWith("application/vnd.pypi.simple.v1+json"))
                return TestSupport::FaultAction::status(406);
            return TestSupport::FaultAction::ok(
                "{\"meta\":{\"api-version\":\"1.1\"},\"name\":\"j\",\"files\":[{\"filename\":\"j-1.0.tar.gz\","
                "\"url\":\"/f/j-1.0.tar.gz\",\"hashes\":{\"sha256\":\"00\"}}]}",
                "application/vnd.pypi.simple.v1+json");
        });
        IndexSource json;
        json.name = "json";
        json.url = QUrl(server.url(QStringLiteral("/simple")));
        IndexClient client({.indexes = {json}}, m_http);
        Run run = lookUp(client, "j");
        QVERIFY2(run.result, qPrintable(run.result ? QString() : run.result.error().toString()));
        QCOMPARE(run.result->files.size(), 1u);
        QCOMPARE(run.result->files[0].file.hashes.at("sha256"), std::string("00"));
    }

    void rootListing()
    {
        TestSupport::FaultServer server([](const TestSupport::FaultRequest &) {
            return TestSupport::FaultAction::ok("<a href=\"/simple/alpha/\">alpha</a><a href=\"/simple/beta/\">beta</a>", "text/html");
        });
        IndexSource idx;
        idx.name = "x";
        idx.url = QUrl(server.url(QStringLiteral("/simple")));
        IndexClient client({.indexes = {idx}}, m_http);
        std::optional<Expected<std::vector<std::string>>> names;
        client.rootListing(idx, [&](Expected<std::vector<std::string>> r) { names = std::move(r); });
        QTRY_VERIFY(names.has_value());
        QVERIFY(*names);
        QCOMPARE(**names, (std::vector<std::string>{"alpha", "beta"}));
    }
};

QTEST_GUILESS_MAIN(TestIndexClient)
#include "tst_indexclient.moc"
