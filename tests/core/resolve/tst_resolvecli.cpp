// envdesk-cli resolve against a real nginx serving an index this test writes: PEP 503 pages whose
// files carry PEP 658 metadata files, built from the corpora in data/ (resolvelib's snapshots)
// and from small scenarios for wheel tags, Requires-Python and yanked files.
#include "common/requirements.h"
#include "common/nginxserver.h"

#include "core/pep/name.h"
#include "core/pep/version.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Envdesk::Core;

namespace {

const QString dataDir = QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/resolve/data");

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
}

struct FileSpec
{
    QString filename;
    QByteArray metadata;
    QString requiresPython; ///< data-requires-python
    bool yanked = false;
    QString uploadTime; ///< PEP 700 upload-time (ISO 8601); set, the page is PEP 691 JSON
};

// One project page and its files' metadata files, as an index serves them.
void writeProject(const QString &root, const QString &project, const QList<FileSpec> &files)
{
    // Upload times exist only in the JSON form of the simple API (PEP 691, PEP 700).
    if (std::any_of(files.begin(), files.end(), [](const FileSpec &f) { return !f.uploadTime.isEmpty(); })) {
        QJsonArray entries;
        for (const FileSpec &f : files) {
            const QByteArray hash = QCryptographicHash::hash(f.metadata, QCryptographicHash::Sha256).toHex();
            writeFile(root + QStringLiteral("/files/") + f.filename + QStringLiteral(".metadata"), f.metadata);
            QJsonObject metadataHash;
            metadataHash.insert(QStringLiteral("sha256"), QString::fromLatin1(hash));
            QJsonObject entry;
            entry.insert(QStringLiteral("filename"), f.filename);
            entry.insert(QStringLiteral("url"), QString(QStringLiteral("../../files/") + f.filename));
            entry.insert(QStringLiteral("hashes"), QJsonObject());
            entry.insert(QStringLiteral("core-metadata"), metadataHash);
            if (!f.requiresPython.isEmpty())
                entry.insert(QStringLiteral("requires-python"), f.requiresPython);
            if (f.yanked)
                entry.insert(QStringLiteral("yanked"), QStringLiteral("broken"));
            if (!f.uploadTime.isEmpty())
                entry.insert(QStringLiteral("upload-time"), f.uploadTime);
            entries.append(entry);
        }
        writeFile(root + QStringLiteral("/simple/") + project + QStringLiteral("/index.json"),
                  QJsonDocument(QJsonObject{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("api-version"), QStringLiteral("1.1")}}},
                                            {QStringLiteral("name"), project},
                                            {QStringLiteral("files"), entries}})
                      .toJson());
        return;
    }
    QByteArray page = "<!DOCTYPE html><html><body>\n";
    for (const FileSpec &f : files) {
        const QByteArray hash
            = QCryptographicHash::hash(f.metadata, QCryptographicHash::Sha256).toHex();
        writeFile(root + QStringLiteral("/files/") + f.filename + QStringLiteral(".metadata"),
                  f.metadata);
        page += "<a href=\"../../files/" + f.filename.toUtf8()
                + "\" data-dist-info-metadata=\"sha256=" + hash + "\"";
        if (!f.requiresPython.isEmpty())
            page += " data-requires-python=\"" + f.requiresPython.toHtmlEscaped().toUtf8() + "\"";
        if (f.yanked)
            page += " data-yanked=\"broken\"";
        page += ">" + f.filename.toUtf8() + "</a>\n";
    }
    writeFile(root + QStringLiteral("/simple/") + project + QStringLiteral("/index.html"),
              page + "</body></html>\n");
}

QByteArray metadata(const QString &name, const QString &version, const QStringList &requires_,
                    const QString &requiresPython = {})
{
    QByteArray out
        = "Metadata-Version: 2.1\nName: " + name.toUtf8() + "\nVersion: " + version.toUtf8() + "\n";
    if (!requiresPython.isEmpty())
        out += "Requires-Python: " + requiresPython.toUtf8() + "\n";
    for (const QString &r : requires_)
        out += "Requires-Dist: " + r.toUtf8() + "\n";
    return out;
}

// An index of a corpus: one pure-Python wheel per version.
void writeCorpus(const QString &root, const QJsonObject &packages)
{
    for (auto it = packages.begin(); it != packages.end(); ++it) {
        const QString name = QString::fromStdString(normalizePackageName(it.key().toStdString()));
        QList<FileSpec> files;
        const QJsonObject versions = it.value().toObject();
        for (auto v = versions.begin(); v != versions.end(); ++v) {
            QStringList requires_;
            for (const QJsonValue &r :
                 v.value().toObject().value(QStringLiteral("requires")).toArray())
                requires_ << r.toString();
            QString wheelName = name;
            wheelName.replace(QLatin1Char('-'), QLatin1Char('_'));
            files << FileSpec{wheelName + QLatin1Char('-') + v.key()
                                  + QStringLiteral("-py3-none-any.whl"),
                              metadata(it.key(), v.key(), requires_)};
        }
        writeProject(root, name, files);
    }
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run resolve(const QStringList &args, const QString &cacheDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheDir);
    for (const char *v : {"UV_INDEX_URL", "PIP_INDEX_URL", "HTTP_PROXY", "http_proxy", "ALL_PROXY"})
        env.remove(QLatin1String(v));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(cacheDir);
    p.start(QStringLiteral(ENVDESK_CLI_PATH), QStringList{QStringLiteral("resolve")} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QMap<QString, QString> pins(const QByteArray &json)
{
    QMap<QString, QString> out;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(json).object().value(QStringLiteral("packages")).toArray())
        out[v.toObject().value(QStringLiteral("name")).toString()]
            = v.toObject().value(QStringLiteral("version")).toString();
    return out;
}

// A universal resolution's answer: {"name": {"version": "marker"}} ("" where it is always needed).
QJsonObject pinsWithMarkers(const QByteArray &json)
{
    QJsonObject out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).object().value(QStringLiteral("packages")).toArray()) {
        const QJsonObject p = v.toObject();
        QJsonObject versions = out.value(p.value(QStringLiteral("name")).toString()).toObject();
        versions.insert(p.value(QStringLiteral("version")).toString(), p.value(QStringLiteral("marker")));
        out.insert(p.value(QStringLiteral("name")).toString(), versions);
    }
    return out;
}

} // namespace

class TestResolveCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    // The scenario suite's indexes: written and served once for every scenario.
    std::unique_ptr<QTemporaryDir> m_scenarioRoot;
    std::unique_ptr<TestSupport::NginxServer> m_scenarioServer;
    QElapsedTimer m_scenarioClock; ///< the suite's run time, said at the end (bench/README.md)
    int m_scenarioCount = 0;

    // A scenario's versions of one package: {"1.0": ["dep>=1", ...]} or {"1.0": {"requires": [...],
    // "requires_python": ">=3.9" (on the page), "metadata_requires_python": ..., "yanked": true,
    // "uploaded": "2024-03-01T12:00:00Z" (PEP 700: the project's page is then JSON),
    // "files": ["py3-none-any", "cp312-cp312-manylinux_2_17_x86_64", "sdist"]}}.
    static QList<FileSpec> scenarioFiles(const QString &name, const QJsonObject &versions)
    {
        QList<FileSpec> files;
        QString stem = QString::fromStdString(normalizePackageName(name.toStdString()));
        stem.replace(QLatin1Char('-'), QLatin1Char('_'));
        for (auto v = versions.begin(); v != versions.end(); ++v) {
            const QJsonObject spec = v.value().isArray() ? QJsonObject{{"requires", v.value()}} : v.value().toObject();
            QStringList requires_;
            for (const QJsonValue &r : spec.value(QLatin1String("requires")).toArray())
                requires_ << r.toString();
            QStringList kinds;
            for (const QJsonValue &k : spec.value(QLatin1String("files")).toArray())
                kinds << k.toString();
            if (kinds.isEmpty())
                kinds << QStringLiteral("py3-none-any");
            for (const QString &kind : kinds) {
                const QString filename = kind == QLatin1String("sdist")
                                             ? QString(name + QLatin1Char('-') + v.key() + QStringLiteral(".tar.gz"))
                                             : QString(stem + QLatin1Char('-') + v.key() + QLatin1Char('-') + kind
                                                       + QStringLiteral(".whl"));
                files << FileSpec{filename,
                                  metadata(name, v.key(), requires_,
                                           spec.value(QLatin1String("metadata_requires_python")).toString()),
                                  spec.value(QLatin1String("requires_python")).toString(),
                                  spec.value(QLatin1String("yanked")).toBool(),
                                  spec.value(QLatin1String("uploaded")).toString()};
            }
        }
        return files;
    }

    // A scenario's indexes: {"NAME": {"packages": {...}, "default": true, "explicit": true,
    // "deny": {"pkg": 401}}}, or just "packages" for one default index called "main".
    static QJsonObject scenarioIndexes(const QJsonObject &scenario)
    {
        if (scenario.contains(QLatin1String("indexes")))
            return scenario.value(QLatin1String("indexes")).toObject();
        return {{"main", QJsonObject{{"packages", scenario.value(QLatin1String("packages"))}, {"default", true}}}};
    }

    bool startScenarioServer(const QJsonObject &all)
    {
        m_scenarioRoot = std::make_unique<QTemporaryDir>(m_work.filePath(QStringLiteral("scenarios-")));
        TestSupport::NginxServer::openToWorkers(m_scenarioRoot->path());
        QString denials;
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (!it.value().isObject())
                continue;
            const QJsonObject indexes = scenarioIndexes(it.value().toObject());
            for (auto ix = indexes.begin(); ix != indexes.end(); ++ix) {
                const QString base = m_scenarioRoot->path() + QLatin1Char('/') + it.key() + QLatin1Char('/') + ix.key();
                const QJsonObject packages = ix.value().toObject().value(QLatin1String("packages")).toObject();
                QByteArray rootPage;
                for (auto p = packages.begin(); p != packages.end(); ++p) {
                    const QString name = QString::fromStdString(normalizePackageName(p.key().toStdString()));
                    writeProject(base, name, scenarioFiles(p.key(), p.value().toObject()));
                    rootPage += "<a href=\"" + name.toUtf8() + "/\">" + name.toUtf8() + "</a>\n";
                }
                writeFile(base + QStringLiteral("/simple/index.html"), rootPage);
                const QJsonObject deny = ix.value().toObject().value(QLatin1String("deny")).toObject();
                for (auto d = deny.begin(); d != deny.end(); ++d)
                    denials += QStringLiteral("location = /%1/%2/simple/%3/ { return %4; }\n")
                                   .arg(it.key(), ix.key(), d.key())
                                   .arg(d.value().toInt());
            }
        }
        m_scenarioServer = std::make_unique<TestSupport::NginxServer>(
            TestSupport::NginxServer::Options{.root = m_scenarioRoot->path(),
                                              .extraServerConfig = denials,
                                              .indexFiles = QStringLiteral("index.json index.html")});
        return m_scenarioServer->start();
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        if (m_scenarioCount > 0)
            qInfo("scenario suite: %d scenarios in %lld ms (index writing and nginx start included)",
                  m_scenarioCount, m_scenarioClock.elapsed());
    }

    // The scenario suite (data/scenarios.json): small indexes, a request, and the pins expected
    // ("expect", the whole resolution) or the words the failure must say ("fail").
    void scenarios_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("scenario");
        const QJsonObject all = readJson(dataDir + QStringLiteral("/scenarios.json"));
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (it.value().isObject())
                QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
        }
    }

    void scenarios()
    {
        QFETCH(QString, name);
        QFETCH(QJsonObject, scenario);
        if (!m_scenarioServer) {
            m_scenarioClock.start();
            QVERIFY2(startScenarioServer(readJson(dataDir + QStringLiteral("/scenarios.json"))),
                     qPrintable(m_scenarioServer ? m_scenarioServer->errorText() : QString()));
        }
        ++m_scenarioCount;
        // The request as a project: its dependencies, indexes, pins and strategy.
        QTemporaryDir project(m_work.filePath(QStringLiteral("scenario-")));
        QStringList deps;
        for (const QJsonValue &r : scenario.value(QLatin1String("request")).toArray())
            deps << QLatin1Char('"') + r.toString() + QLatin1Char('"');
        QByteArray text = "[project]\nname = \"scenario\"\nversion = \"0\"\ndependencies = ["
                          + deps.join(QLatin1String(", ")).toUtf8() + "]\n";
        if (scenario.contains(QLatin1String("requires_python")))
            text += "requires-python = \"" + scenario.value(QLatin1String("requires_python")).toString().toUtf8() + "\"\n";
        // [tool.uv]: the strategy, and any other setting the scenario gives ("uv": {"key": "value"}).
        QJsonObject uv = scenario.value(QLatin1String("uv")).toObject();
        if (scenario.contains(QLatin1String("strategy")))
            uv.insert(QStringLiteral("index-strategy"), scenario.value(QLatin1String("strategy")));
        if (!uv.isEmpty()) {
            text += "\n[tool.uv]\n";
            for (auto it = uv.begin(); it != uv.end(); ++it) {
                if (!it.value().isArray()) {
                    text += it.key().toUtf8() + " = \"" + it.value().toString().toUtf8() + "\"\n";
                    continue;
                }
                QStringList items;
                for (const QJsonValue &item : it.value().toArray())
                    items << QLatin1Char('"') + item.toString() + QLatin1Char('"');
                text += it.key().toUtf8() + " = [" + items.join(QLatin1String(", ")).toUtf8() + "]\n";
            }
        }
        const QJsonObject indexes = scenarioIndexes(scenario);
        QStringList order;
        for (const QJsonValue &n : scenario.value(QLatin1String("order")).toArray())
            order << n.toString();
        if (order.isEmpty())
            order = indexes.keys();
        for (const QString &ix : order) {
            const QJsonObject config = indexes.value(ix).toObject();
            text += "\n[[tool.uv.index]]\nname = \"" + ix.toUtf8() + "\"\nurl = \"" + m_scenarioServer->baseUrl().toUtf8() + "/"
                    + name.toUtf8() + "/" + ix.toUtf8() + "/simple\"\n";
            if (config.value(QLatin1String("default")).toBool())
                text += "default = true\n";
            if (config.value(QLatin1String("explicit")).toBool())
                text += "explicit = true\n";
        }
        const QJsonObject sources = scenario.value(QLatin1String("sources")).toObject();
        if (!sources.isEmpty()) {
            text += "\n[tool.uv.sources]\n";
            for (auto it = sources.begin(); it != sources.end(); ++it)
                text += it.key().toUtf8() + " = { index = \"" + it.value().toString().toUtf8() + "\" }\n";
        }
        writeFile(project.filePath(QStringLiteral("pyproject.toml")), text);
        QStringList args{QStringLiteral("--project"), project.path(), QStringLiteral("--python-version"),
                         scenario.value(QLatin1String("python")).toString(QStringLiteral("3.12")),
                         QStringLiteral("--format"), QStringLiteral("json")};
        for (const QJsonValue &a : scenario.value(QLatin1String("args")).toArray())
            args << a.toString();
        // Universal scenarios: "universal": {"name": {"version": "marker"}}, the whole answer.
        const bool universal = scenario.contains(QLatin1String("universal"));
        if (universal || scenario.value(QLatin1String("universal_fails")).toBool())
            args << QStringLiteral("--universal");
        const Run r = resolve(args, project.path());
        if (universal) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(answer.value(QLatin1String("platform")).toString(), QStringLiteral("universal"));
            QCOMPARE(answer.value(QLatin1String("python")).toString(), scenario.value(QLatin1String("requires_python")).toString());
            QCOMPARE(QString::fromUtf8(QJsonDocument(pinsWithMarkers(r.out)).toJson()),
                     QString::fromUtf8(QJsonDocument(scenario.value(QLatin1String("universal")).toObject()).toJson()));
        } else if (scenario.contains(QLatin1String("expect"))) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QMap<QString, QString> expected;
            const QJsonObject e = scenario.value(QLatin1String("expect")).toObject();
            for (auto it = e.begin(); it != e.end(); ++it)
                expected.insert(it.key(), it.value().toString());
            QCOMPARE(pins(r.out), expected);
        } else {
            QCOMPARE(r.exitCode, scenario.value(QLatin1String("exit")).toInt(1));
            for (const QJsonValue &f : scenario.value(QLatin1String("fail")).toArray())
                QVERIFY2(r.err.contains(f.toString()), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(f.toString(), r.err)));
        }
    }

    void initTestCase()
    {
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        QVERIFY(m_work.isValid());
        QFile::setPermissions(m_work.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                 | QFile::ReadOther | QFile::ExeOther
                                                 | QFile::ReadGroup | QFile::ExeGroup);
    }

    void resolvelibCorpora_data()
    {
        QTest::addColumn<QString>("caseName");
        for (const QString &name :
             QDir(dataDir + QStringLiteral("/cases")).entryList({QStringLiteral("*.json")}))
            QTest::newRow(qPrintable(name)) << name;
    }
    void resolvelibCorpora()
    {
        QFETCH(QString, caseName);
        const QJsonObject c = readJson(dataDir + QStringLiteral("/cases/") + caseName);
        const QString corpus = dataDir + QLatin1Char('/')
                               + c.value(QStringLiteral("index")).toString()
                               + QStringLiteral(".json");
        if (!QFile::exists(corpus))
            ENVDESK_NEEDS("corpus not kept here");
        QTemporaryDir root(m_work.filePath(QStringLiteral("index-")));
        TestSupport::NginxServer::openToWorkers(root.path());
        writeCorpus(root.path(), readJson(corpus).value(QStringLiteral("packages")).toObject());
        TestSupport::NginxServer server({.root = root.path()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        QStringList args;
        for (const QJsonValue &r : c.value(QStringLiteral("requested")).toArray())
            args << r.toString();
        args << QStringLiteral("--index-url") << server.baseUrl() + QStringLiteral("/simple")
             << QStringLiteral("--python-version") << QStringLiteral("3.8")
             << QStringLiteral("--format") << QStringLiteral("json");
        const Run r = resolve(args, root.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QMap<QString, QString> got = pins(r.out);
        const QJsonObject expected = c.value(QStringLiteral("resolved")).toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QString want
                = it.value().isObject()
                      ? it.value().toObject().value(QStringLiteral("version")).toString()
                      : it.value().toString();
            const QString have
                = got.value(QString::fromStdString(normalizePackageName(it.key().toStdString())));
            QVERIFY2(
                Version::parse(have.toStdString())
                    && *Version::parse(have.toStdString()) == *Version::parse(want.toStdString()),
                qPrintable(it.key() + QLatin1String(": ") + have + QLatin1String(" vs ") + want));
        }
        QCOMPARE(got.size(), expected.size());
        // Every package says where it came from and how to check it.
        const QJsonObject first = QJsonDocument::fromJson(r.out)
                                      .object()
                                      .value(QStringLiteral("packages"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QVERIFY(first.value(QStringLiteral("url")).toString().startsWith(server.baseUrl()));
        QVERIFY(first.contains(QStringLiteral("requires")));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("python")).toString(),
                 QStringLiteral("3.8.0"));
    }

    // Everything a resolution fetched, the prefetched metadata it ended up not needing included,
    // is in the cache: with pages that may be kept (max-age, as PyPI sends), the same resolution
    // again asks the index nothing.
    void aWarmResolutionAsksTheIndexNothing()
    {
        // 60 projects of 6 versions each: the newest of each is taken, and the metadata of the
        // next newest ones is prefetched meanwhile, the last of it still arriving as the solver ends.
        QJsonObject packages;
        QStringList requested;
        for (int i = 0; i < 60; ++i) {
            QJsonObject versions;
            for (int v = 1; v <= 6; ++v)
                versions.insert(QStringLiteral("%1.0").arg(v), QJsonObject{{"requires", QJsonArray{}}});
            packages.insert(QStringLiteral("leaf%1").arg(i), versions);
            requested << QStringLiteral("leaf%1").arg(i);
        }
        QTemporaryDir root(m_work.filePath(QStringLiteral("warm-")));
        TestSupport::NginxServer::openToWorkers(root.path());
        writeCorpus(root.path(), packages);
        TestSupport::NginxServer server(
            {.root = root.path(), .extraServerConfig = QStringLiteral("add_header Cache-Control \"max-age=600\";")});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        QTemporaryDir cache(m_work.filePath(QStringLiteral("warm-cache-")));
        QStringList args = requested;
        args << QStringLiteral("--index-url") << server.baseUrl() + QStringLiteral("/simple")
             << QStringLiteral("--python-version") << QStringLiteral("3.8") << QStringLiteral("--format")
             << QStringLiteral("json");
        const Run cold = resolve(args, cache.path());
        QVERIFY2(cold.exitCode == 0, qPrintable(cold.err));
        const QString asked = server.accessLog();
        QVERIFY(asked.count(QLatin1String(".metadata")) > 0);
        const Run warm = resolve(args, cache.path());
        QVERIFY2(warm.exitCode == 0, qPrintable(warm.err));
        QCOMPARE(warm.out, cold.out);
        QCOMPARE(server.accessLog().mid(asked.size()), QString());
    }

    // Wheel tags, Requires-Python (from the page and from metadata) and yanked files decide
    // which versions exist for the target; an impossible request exits 1 with an explanation.
    void targetDecidesWhichFilesCount()
    {
        QTemporaryDir root(m_work.filePath(QStringLiteral("index-")));
        TestSupport::NginxServer::openToWorkers(root.path());
        writeProject(root.path(), QStringLiteral("native"),
                     {{QStringLiteral("native-2.0-cp312-cp312-manylinux_2_17_x86_64.whl"),
                       metadata(QStringLiteral("native"), QStringLiteral("2.0"), {})},
                      {QStringLiteral("native-1.5-cp38-cp38-win_amd64.whl"),
                       metadata(QStringLiteral("native"), QStringLiteral("1.5"), {})},
                      {QStringLiteral("native-1.0-cp38-cp38-manylinux_2_17_x86_64.whl"),
                       metadata(QStringLiteral("native"), QStringLiteral("1.0"), {})}});
        writeProject(root.path(), QStringLiteral("modern"),
                     {{QStringLiteral("modern-3.0-py3-none-any.whl"),
                       metadata(QStringLiteral("modern"), QStringLiteral("3.0"), {}),
                       QStringLiteral(">=3.10")},
                      {QStringLiteral("modern-2.0-py3-none-any.whl"),
                       metadata(QStringLiteral("modern"), QStringLiteral("2.0"), {},
                                QStringLiteral(">=3.9"))},
                      {QStringLiteral("modern-1.0-py3-none-any.whl"),
                       metadata(QStringLiteral("modern"), QStringLiteral("1.0"), {})}});
        writeProject(root.path(), QStringLiteral("shaky"),
                     {{QStringLiteral("shaky-2.0-py3-none-any.whl"),
                       metadata(QStringLiteral("shaky"), QStringLiteral("2.0"), {}),
                       {},
                       true},
                      {QStringLiteral("shaky-1.0-py3-none-any.whl"),
                       metadata(QStringLiteral("shaky"), QStringLiteral("1.0"), {})}});
        writeProject(root.path(), QStringLiteral("beta"),
                     {{QStringLiteral("beta-2.0b1-py3-none-any.whl"),
                       metadata(QStringLiteral("beta"), QStringLiteral("2.0b1"), {})},
                      {QStringLiteral("beta-1.0-py3-none-any.whl"),
                       metadata(QStringLiteral("beta"), QStringLiteral("1.0"), {})}});
        TestSupport::NginxServer server({.root = root.path()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const QString index = server.baseUrl() + QStringLiteral("/simple");
        const QStringList common{QStringLiteral("--index-url"), index, QStringLiteral("--format"),
                                 QStringLiteral("json")};

        Run r = resolve(QStringList{QStringLiteral("native"), QStringLiteral("modern"),
                                    QStringLiteral("shaky"), QStringLiteral("--python-version"),
                                    QStringLiteral("3.8")}
                            + common,
                        root.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QMap<QString, QString> got = pins(r.out);
        QCOMPARE(got.value(QStringLiteral("native")),
                 QStringLiteral("1.0")); // 2.0 is cp312, 1.5 Windows
        QCOMPARE(got.value(QStringLiteral("modern")),
                 QStringLiteral("1.0")); // 3.0 by the page, 2.0 by its metadata
        QCOMPARE(got.value(QStringLiteral("shaky")), QStringLiteral("1.0")); // 2.0 is yanked

        r = resolve(QStringList{QStringLiteral("native"), QStringLiteral("modern"),
                                QStringLiteral("--python-version"), QStringLiteral("3.12")}
                        + common,
                    root.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        got = pins(r.out);
        QCOMPARE(got.value(QStringLiteral("native")), QStringLiteral("2.0"));
        QCOMPARE(got.value(QStringLiteral("modern")), QStringLiteral("3.0"));

        r = resolve(QStringList{QStringLiteral("native"), QStringLiteral("--python-version"),
                                QStringLiteral("3.8"), QStringLiteral("--python-platform"),
                                QStringLiteral("windows")}
                        + common,
                    root.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pins(r.out).value(QStringLiteral("native")), QStringLiteral("1.5"));

        // Unsatisfiable: exit 1, the derivation and what was left out on stderr.
        r = resolve(QStringList{QStringLiteral("modern>=2"), QStringLiteral("--python-version"),
                                QStringLiteral("3.8")}
                        + common,
                    root.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("modern"))
                     && r.err.contains(QLatin1String("requires Python")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("your requirements cannot be met")),
                 qPrintable(r.err));

        // Prereleases kept out by the mode are pointed at.
        r = resolve(QStringList{QStringLiteral("beta>1"), QStringLiteral("--python-version"),
                                QStringLiteral("3.12"), QStringLiteral("--prerelease"),
                                QStringLiteral("explicit")}
                        + common,
                    root.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("beta has prereleases"))
                     && r.err.contains(QLatin1String("2.0b1"))
                     && r.err.contains(QLatin1String("--prerelease allow")),
                 qPrintable(r.err));
        r = resolve(QStringList{QStringLiteral("beta>1"), QStringLiteral("--python-version"),
                                QStringLiteral("3.12"), QStringLiteral("--prerelease"),
                                QStringLiteral("allow")}
                        + common,
                    root.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pins(r.out).value(QStringLiteral("beta")), QStringLiteral("2.0b1"));

        // A prerelease that meets the failing range is pointed at even when a newer final exists.
        writeProject(root.path(), QStringLiteral("mid"),
                     {{QStringLiteral("mid-3.0-py3-none-any.whl"), metadata(QStringLiteral("mid"), QStringLiteral("3.0"), {})},
                      {QStringLiteral("mid-2.5b1-py3-none-any.whl"), metadata(QStringLiteral("mid"), QStringLiteral("2.5b1"), {})},
                      {QStringLiteral("mid-1.0-py3-none-any.whl"), metadata(QStringLiteral("mid"), QStringLiteral("1.0"), {})}});
        r = resolve(QStringList{QStringLiteral("mid>2,<3"), QStringLiteral("--python-version"), QStringLiteral("3.12"),
                                QStringLiteral("--prerelease"), QStringLiteral("disallow")}
                        + common,
                    root.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("mid has prereleases that would meet 'mid")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("2.5b1")));

        // A project no index has is said to be missing, not to lack a matching version.
        r = resolve(QStringList{QStringLiteral("nowhere>=1"), QStringLiteral("--python-version"),
                                QStringLiteral("3.12")}
                        + common,
                    root.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("nowhere was not found on any index")),
                 qPrintable(r.err));

        // --no-build: a project with only an sdist is not used, and the explanation says why.
        writeProject(root.path(), QStringLiteral("srconly"),
                     {{QStringLiteral("srconly-1.0.tar.gz"), metadata(QStringLiteral("srconly"), QStringLiteral("1.0"), {})}});
        r = resolve(QStringList{QStringLiteral("srconly"), QStringLiteral("--python-version"), QStringLiteral("3.12")} + common,
                    root.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pins(r.out).value(QStringLiteral("srconly")), QStringLiteral("1.0"));
        r = resolve(QStringList{QStringLiteral("srconly"), QStringLiteral("--python-version"), QStringLiteral("3.12"),
                                QStringLiteral("--no-build"), QStringLiteral(":all:")}
                        + common,
                    root.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("files of srconly left out")) && r.err.contains(QLatin1String("no-build")),
                 qPrintable(r.err));

        // A project only an explicit index has: the hint says to pin it there.
        writeProject(root.path() + QStringLiteral("/private"), QStringLiteral("secret-pkg"),
                     {{QStringLiteral("secret_pkg-1.0-py3-none-any.whl"),
                       metadata(QStringLiteral("secret-pkg"), QStringLiteral("1.0"), {})}});
        writeFile(root.path() + QStringLiteral("/private/simple/index.html"),
                  "<a href=\"/private/simple/secret-pkg/\">secret-pkg</a>\n");
        QTemporaryDir project(m_work.filePath(QStringLiteral("project-XXXXXX")));
        writeFile(project.filePath(QStringLiteral("pyproject.toml")),
                  "[project]\nname = \"p\"\nversion = \"1\"\ndependencies = [\"secret-pkg\"]\n\n"
                  "[[tool.uv.index]]\nname = \"main\"\nurl = \"" + index.toUtf8() + "\"\ndefault = true\n\n"
                  "[[tool.uv.index]]\nname = \"private\"\nurl = \"" + server.baseUrl().toUtf8()
                      + "/private/simple\"\nexplicit = true\n");
        r = resolve({QStringLiteral("--project"), project.path(), QStringLiteral("--python-version"),
                     QStringLiteral("3.12")},
                    root.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("secret-pkg is on the explicit index 'private'"))
                     && r.err.contains(QLatin1String("secret-pkg = { index = \"private\" }")),
                 qPrintable(r.err));
        QFile pinned(project.filePath(QStringLiteral("pyproject.toml")));
        QVERIFY(pinned.open(QIODevice::Append));
        pinned.write("\n[tool.uv.sources]\nsecret-pkg = { index = \"private\" }\n");
        pinned.close();
        r = resolve({QStringLiteral("--project"), project.path(), QStringLiteral("--python-version"),
                     QStringLiteral("3.12"), QStringLiteral("--format"), QStringLiteral("json")},
                    root.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pins(r.out).value(QStringLiteral("secret-pkg")), QStringLiteral("1.0"));

        // Usage and configuration errors: exit 2.
        r = resolve(QStringList{QStringLiteral("native"), QStringLiteral("--python-version"),
                                QStringLiteral("3.8"), QStringLiteral("--python-platform"),
                                QStringLiteral("amiga")}
                        + common,
                    root.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("unknown platform 'amiga'")));
        r = resolve(QStringList{QStringLiteral("not a requirement!!"),
                                QStringLiteral("--python-version"), QStringLiteral("3.8")}
                        + common,
                    root.path());
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestResolveCli)
#include "tst_resolvecli.moc"
