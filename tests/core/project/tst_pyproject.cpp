#include "common/requirements.h"
#include "common/pythonoracle.h"

#include "core/pep/requirement.h"
#include "core/project/pyproject.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;

namespace {

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray demoProject()
{
    QFile f(QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/project/data/demo-pyproject.toml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture demo-pyproject.toml");
    return f.readAll();
}

} // namespace

class TestPyProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField()
    {
        auto p = PyProject::fromText(demoProject().toStdString(), QStringLiteral("pyproject.toml"));
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        QCOMPARE(p->name(), std::string("demo"));
        QCOMPARE(p->version(), std::string("1.2.0"));
        QCOMPARE(p->requiresPython(), std::string(">=3.9"));
        QCOMPARE(p->dependencies().size(), 2u);
        QCOMPARE(p->optionalDependencies().front().first, std::string("test"));
        const auto groups = p->dependencyGroups();
        QCOMPARE(groups.size(), 2u);
        QCOMPARE(groups[0].second[1], std::string("include-group:lint"));

        const auto indexes = p->indexes();
        QCOMPARE(indexes.size(), 2u);
        QCOMPARE(indexes[0].name, std::string("corp"));
        QVERIFY(indexes[0].isExplicit);
        QCOMPARE(indexes[0].authenticate, IndexConfig::Authenticate::Always);
        QCOMPARE(indexes[0].ignoreErrorCodes, std::vector<int>{403});
        QCOMPARE(indexes[0].line, 21);
        QVERIFY(indexes[1].isDefault);

        const auto sources = p->sources();
        QCOMPARE(sources.size(), 3u);
        QCOMPARE(sources[0].kind, SourcePin::Kind::Index);
        QCOMPARE(sources[0].index, std::string("corp"));
        QCOMPARE(sources[1].kind, SourcePin::Kind::Git);
        QCOMPARE(sources[1].tag, std::string("v1"));
        QCOMPARE(sources[2].kind, SourcePin::Kind::Path);
        QVERIFY(sources[2].editable);

        QCOMPARE(p->uvSetting("index-strategy")->text, std::string("first-index"));
        QVERIFY(p->warnings().empty());
    }

    // Issue 18: [[tool.uv.index]] followed by [tool.uv] (valid TOML 1.0, as uv users write it)
    // was refused as "table already exists", so the project could not be opened.
    void uvTableAfterItsIndexes()
    {
        const std::string text = "[project]\nname = \"demo\"\nversion = \"0.1.0\"\ndependencies = []\n\n"
                                 "[[tool.uv.index]]\nname = \"corp\"\nurl = \"https://corp.example/simple\"\n\n"
                                 "[tool.uv]\nindex-strategy = \"unsafe-best-match\"\n";
        auto project = PyProject::fromText(text, QStringLiteral("pyproject.toml"));
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        QCOMPARE(project->text(), text);
        QCOMPARE(project->indexes().size(), 1u);
        QCOMPARE(project->indexes()[0].name, std::string("corp"));
        IndexConfig second;
        second.name = "second";
        second.url = "https://second.example/simple";
        const auto added = project->addIndex(second);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        const auto set = project->setUvSetting("prerelease", TomlValue::string("allow"));
        QVERIFY2(set, qPrintable(set ? QString() : set.error().toString()));
        QCOMPARE(project->indexes().size(), 2u);
        QCOMPARE(project->indexes()[1].name, std::string("second"));
        QVERIFY(project->text().find("index-strategy = \"unsafe-best-match\"\nprerelease = \"allow\"\n")
                != std::string::npos);
    }

    void credentialVariableNames()
    {
        QCOMPARE(IndexConfig::credentialVariablePrefix("internal-proxy"), std::string("UV_INDEX_INTERNAL_PROXY"));
        QCOMPARE(IndexConfig::credentialVariablePrefix("a.b"), std::string("UV_INDEX_A_B"));
        QCOMPARE(IndexConfig::credentialVariablePrefix("Corp2"), std::string("UV_INDEX_CORP2"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad requirement")
            << QByteArray("[project]\nname = \"x\"\ndependencies = [\n  \"ok\",\n  \"bad req ===\",\n]\n") << 5
            << "'bad req ==='";
        QTest::newRow("duplicate index name")
            << QByteArray("[[tool.uv.index]]\nname = \"a\"\nurl = \"https://a\"\n[[tool.uv.index]]\nname = \"a\"\nurl = \"https://b\"\n")
            << 5 << "'a' is used twice";
        QTest::newRow("source names unknown index")
            << QByteArray("[tool.uv.sources]\nfoo = { index = \"nope\" }\n") << 2 << "'nope'";
        QTest::newRow("bad url")
            << QByteArray("[[tool.uv.index]]\nname = \"a\"\nurl = \"ftp://host/simple\"\n") << 3 << "ftp";
        QTest::newRow("url with space")
            << QByteArray("[[tool.uv.index]]\nname = \"a\"\nurl = \"https://host/ simple\"\n") << 3 << "spaces";
        QTest::newRow("two defaults")
            << QByteArray("[[tool.uv.index]]\nname = \"a\"\nurl = \"https://a\"\ndefault = true\n[[tool.uv.index]]\nname = \"b\"\nurl = \"https://b\"\ndefault = true\n")
            << 8 << "default";
        QTest::newRow("explicit without name")
            << QByteArray("[[tool.uv.index]]\nurl = \"https://a\"\nexplicit = true\n") << 3 << "needs a name";
        QTest::newRow("bad index name")
            << QByteArray("[[tool.uv.index]]\nname = \"my index\"\nurl = \"https://a\"\n") << 2 << "'my index'";
        QTest::newRow("wrong type")
            << QByteArray("[tool.uv]\nindex-strategy = 3\n") << 2 << "must be a string, not a integer";
        QTest::newRow("bad enum")
            << QByteArray("[tool.uv]\nindex-strategy = \"best\"\n") << 2 << "'best'";
        QTest::newRow("bad requires-python")
            << QByteArray("[project]\nname = \"x\"\nrequires-python = \">=3.x\"\n") << 3 << "3.x";
        QTest::newRow("invalid TOML")
            << QByteArray("[project]\nname = \"x\"\ndependencies = [\n") << 4 << "invalid TOML"; // at the end, where the array should have closed
        QTest::newRow("bad marker in environments")
            << QByteArray("[tool.uv]\nenvironments = [\"sys_platform = 'linux'\"]\n") << 2 << "environments";
        QTest::newRow("editable git source")
            << QByteArray("[tool.uv.sources]\ntool = { git = \"https://g.example/t.git\", editable = true }\n") << 2
            << "only a path or workspace source can be editable";
        QTest::newRow("tag on a path source")
            << QByteArray("[tool.uv.sources]\nlib = { path = \"lib\", tag = \"v1\" }\n") << 2 << "tag belongs to a git source";
        QTest::newRow("missing include-group")
            << QByteArray("[dependency-groups]\ndev = [{ include-group = \"nope\" }]\n") << 2 << "'nope'";
    }
    void badInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), QStringLiteral("pyproject.toml"), text);
        auto p = PyProject::load(dir.path());
        QVERIFY(!p);
        QCOMPARE(p.error().file, path);
        QCOMPARE(p.error().line, line);
        QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().toString()));
        QCOMPARE(readFile(path), text); // nothing written
    }

    void warningsDoNotStopWork()
    {
        auto p = PyProject::fromText("[tool.uv]\nfuture-key = 1\n\n[[tool.uv.index]]\nname = \"corp\"\n"
                                     "url = \"https://alice:s3cret@nexus.example.com/simple\"\n"
                                     "shiny = true\n",
                                     QStringLiteral("pyproject.toml"));
        QVERIFY(p);
        QCOMPARE(p->warnings().size(), 3u);
        QString all;
        for (const Diagnostic &d : p->warnings())
            all += d.message + QLatin1Char('|') + d.hint + QLatin1Char('\n');
        QVERIFY2(all.contains(QLatin1String("unknown key 'future-key'")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("unknown key 'shiny'")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("index 'corp' has credentials in its URL")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("UV_INDEX_CORP_PASSWORD")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("s3cret")), "a warning must not repeat the secret");

        QVERIFY(p->stripIndexCredentials("corp"));
        QCOMPARE(p->indexes()[0].url, std::string("https://nexus.example.com/simple"));
        QVERIFY(p->text().find("s3cret") == std::string::npos);
        QCOMPARE(p->warnings().size(), 2u);
    }

    void envdeskIndexSecretsStayOutOfTheFile()
    {
        auto p = PyProject::fromText("[[tool.uv.index]]\nname = \"corp\"\nurl = \"https://nexus.example.com/simple\"\n\n"
                                     "[tool.envdesk.index.corp]\nheaders = { Authorization = \"Bearer abc\", X-Tenant = \"t1\", "
                                     "X-Api-Key = \"${keychain}\" }\ncredential-command = [\"aws\", \"codeartifact\"]\n"
                                     "credential-username = \"aws\"\ncredential-lifetime = 43200\n",
                                     QStringLiteral("pyproject.toml"));
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        QCOMPARE(p->warnings().size(), 1u);
        QVERIFY(p->warnings()[0].message.contains(QLatin1String("header Authorization holds its value in the file")));
        QCOMPARE(p->warnings()[0].line, 6);
        QVERIFY(p->warnings()[0].hint.contains(QLatin1String("${keychain}")));

        auto empty = PyProject::fromText("[[tool.uv.index]]\nname = \"corp\"\nurl = \"https://n.example/simple\"\n"
                                         "[tool.envdesk.index.corp]\ncredential-command = []\n",
                                         QStringLiteral("pyproject.toml"));
        QVERIFY(!empty);
        QCOMPARE(empty.error().line, 5);
        auto negative = PyProject::fromText("[[tool.uv.index]]\nname = \"corp\"\nurl = \"https://n.example/simple\"\n"
                                            "[tool.envdesk.index.corp]\ncredential-lifetime = -5\n",
                                            QStringLiteral("pyproject.toml"));
        QVERIFY(!negative);
        QVERIFY(negative.error().message.contains(QLatin1String("credential-lifetime")));
    }

    void indexesMoveWithTheirCommentsAndSubTables()
    {
        const std::string text = "[project]\nname = \"a\"\n\n"
                                 "# first\n[[tool.uv.index]]\nname = \"one\"\nurl = \"https://one.example.com/simple\"\n"
                                 "[tool.uv.index.cache-control]\napi = \"max-age=60\"\n\n"
                                 "[[tool.uv.index]]\nname = \"two\"\nurl = \"https://two.example.com/simple\"\n\n"
                                 "[[tool.uv.index]]\nname = \"three\"\nurl = \"https://three.example.com/simple\"";
        auto p = PyProject::fromText(text, QStringLiteral("pyproject.toml"));
        QVERIFY(p);
        QVERIFY(p->moveIndex(0, 2));
        QStringList names;
        for (const auto &i : p->indexes())
            names << QString::fromStdString(i.name);
        QCOMPARE(names, (QStringList{"two", "three", "one"}));
        QCOMPARE(QString::fromStdString(p->text()),
                 QStringLiteral("[project]\nname = \"a\"\n\n"
                                "[[tool.uv.index]]\nname = \"two\"\nurl = \"https://two.example.com/simple\"\n\n"
                                "[[tool.uv.index]]\nname = \"three\"\nurl = \"https://three.example.com/simple\"\n\n"
                                "# first\n[[tool.uv.index]]\nname = \"one\"\nurl = \"https://one.example.com/simple\"\n"
                                "[tool.uv.index.cache-control]\napi = \"max-age=60\"\n"));
        QVERIFY(p->moveIndex(2, 0));
        QVERIFY(p->text().starts_with("[project]\nname = \"a\"\n\n# first\n[[tool.uv.index]]\nname = \"one\""));
        QVERIFY(!p->moveIndex(0, 3)); // no such place: refused, nothing changed

        // Inline arrays of tables move element by element.
        auto inlineProject = PyProject::fromText(
            "[tool.uv]\nindex = [{ name = \"a\", url = \"https://a.example.com/simple\" }, "
            "{ name = \"b\", url = \"https://b.example.com/simple\" }]\n",
            QStringLiteral("pyproject.toml"));
        QVERIFY(inlineProject);
        QVERIFY(inlineProject->moveIndex(1, 0));
        QCOMPARE(inlineProject->text(),
                 std::string("[tool.uv]\nindex = [{ name = \"b\", url = \"https://b.example.com/simple\" }, "
                             "{ name = \"a\", url = \"https://a.example.com/simple\" }]\n"));
    }

    void indexFieldsAreSetAndRemovedOneByOne()
    {
        auto p = PyProject::fromText("[[tool.uv.index]]\nname = \"corp\"\nurl = \"https://corp.example.com/simple\"\n",
                                     QStringLiteral("pyproject.toml"));
        QVERIFY(p);
        QVERIFY(p->setIndexField(0, "explicit", TomlValue::booleanValue(true)));
        QVERIFY(p->indexes().at(0).isExplicit);
        QVERIFY(p->setIndexField(0, "explicit", std::nullopt));
        QCOMPARE(p->text(), std::string("[[tool.uv.index]]\nname = \"corp\"\nurl = \"https://corp.example.com/simple\"\n"));
        auto bad = p->setIndexField(0, "url", TomlValue::string("not a url"));
        QVERIFY(!bad);
        QVERIFY(bad.error().line > 0);
        QVERIFY(!p->setIndexField(1, "url", TomlValue::string("https://x.example.com/simple")));
    }

    // Renaming an index takes its pins along (one edit, one undo); settings of its own under
    // [tool.envdesk.index.NAME] stop the rename with the way out.
    void renamingAnIndexMovesItsPins()
    {
        const std::string text = "[project]\nname = \"x\"\ndependencies = [\"torch\", \"numpy\"]\n\n"
                                 "[[tool.uv.index]]\nname = \"corp\"\nurl = \"https://corp.example.com/simple\"\n\n"
                                 "[tool.uv.sources]\ntorch = { index = \"corp\" }\n"
                                 "numpy = [{ index = \"corp\", marker = \"sys_platform == 'linux'\" }, { path = \"np\" }]\n";
        auto p = PyProject::fromText(text, QStringLiteral("pyproject.toml"));
        QVERIFY(p);
        auto renamed = p->setIndexField(0, "name", TomlValue::string("corp-pypi"));
        QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().toString()));
        QCOMPARE(p->text(), std::string("[project]\nname = \"x\"\ndependencies = [\"torch\", \"numpy\"]\n\n"
                                        "[[tool.uv.index]]\nname = \"corp-pypi\"\nurl = \"https://corp.example.com/simple\"\n\n"
                                        "[tool.uv.sources]\ntorch = { index = \"corp-pypi\" }\n"
                                        "numpy = [{ index = \"corp-pypi\", marker = \"sys_platform == 'linux'\" }, { path = \"np\" }]\n"));
        auto withSettings = PyProject::fromText(text + "\n[tool.envdesk.index.corp]\nverify = false\n",
                                                QStringLiteral("pyproject.toml"));
        QVERIFY(withSettings);
        auto refused = withSettings->setIndexField(0, "name", TomlValue::string("other"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("[tool.envdesk.index.corp]")),
                 qPrintable(refused.error().toString()));
    }

    void aNewProjectIsWrittenOnlyWhereThereIsNone()
    {
        QTemporaryDir dir;
        auto p = PyProject::newProject(dir.path(), "my-app", ">=3.10");
        QVERIFY(p);
        QCOMPARE(p->text(), std::string("[project]\nname = \"my-app\"\nversion = \"0.1.0\"\nrequires-python = \">=3.10\"\n"
                                        "dependencies = []\n"));
        QVERIFY(p->addDependency("requests"));
        QVERIFY(p->save());
        auto again = PyProject::newProject(dir.path(), "other", {});
        QVERIFY(again);
        auto refused = again->save();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::FileChanged);
        QVERIFY(PyProject::load(dir.path())->dependencies() == std::vector<std::string>{"requests"});
        QVERIFY(!PyProject::newProject(dir.path(), "-bad name", {}));
    }

    void editsAndSavesAtomically()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), QStringLiteral("pyproject.toml"), demoProject());
        auto p = PyProject::load(path);
        QVERIFY(p);
        QVERIFY(p->addDependency("httpx>=0.27"));
        QVERIFY(p->addDependency("requests>=2.32")); // replaces, in place
        QVERIFY(p->removeDependency("NumPy"));
        QVERIFY(p->addDependency("pytest-cov", DependencyTarget::extra("test")));
        QVERIFY(p->addDependency("black", DependencyTarget::group("lint")));
        QVERIFY(p->addIndex({.name = "internal", .url = "https://artifactory.example.com/api/pypi/pypi/simple"}));
        QVERIFY(p->pinPackage("httpx", "internal"));
        QVERIFY(p->setUvSetting("index-strategy", TomlValue::string("unsafe-best-match")));
        QVERIFY(p->addInsecureHost("legacy.example.com:8443"));
        QVERIFY(p->isModified());
        QCOMPARE(readFile(path), demoProject()); // nothing on disk until save()
        QVERIFY(p->save());

        auto reread = PyProject::load(path);
        QVERIFY(reread);
        QCOMPARE(reread->dependencies(), (std::vector<std::string>{"requests>=2.32", "httpx>=0.27"}));
        QCOMPARE(reread->indexes().back().name, std::string("internal"));
        QCOMPARE(reread->sources().back().package, std::string("httpx"));
        const QByteArray saved = readFile(path);
        QVERIFY(saved.contains("    \"requests>=2.32\",  # HTTP\n")); // comment kept
        QVERIFY(saved.startsWith("# A project made by hand\n"));
        QVERIFY(saved.contains("allow-insecure-host = [\"legacy.example.com:8443\"]"));
        QVERIFY(!QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral(".tmp")).size());
    }

    void rejectedEditChangesNothing()
    {
        auto p = PyProject::fromText(demoProject().toStdString(), QStringLiteral("pyproject.toml"));
        QVERIFY(p);
        const std::string before = p->text();
        auto bad = p->addDependency("not a requirement ((");
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("not a requirement")));
        QVERIFY(!p->addIndex({.name = "corp", .url = "https://x"}));
        QVERIFY(!p->pinPackage("x", "missing"));
        SourcePin editableGit;
        editableGit.package = "tool";
        editableGit.kind = SourcePin::Kind::Git;
        editableGit.url = "https://g.example/tool.git";
        editableGit.editable = true;
        auto refused = p->setSource(editableGit);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("editable")), qPrintable(refused.error().toString()));
        QVERIFY(!p->removeIndex("corp")); // still pinned
        QVERIFY(!p->setUvSetting("index-strategy", TomlValue::string("best")));
        QCOMPARE(p->text(), before);
        QVERIFY(!p->isModified());
    }

    void refusesToOverwriteAChangedFile()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), QStringLiteral("pyproject.toml"), demoProject());
        auto p = PyProject::load(path);
        QVERIFY(p);
        QVERIFY(p->addDependency("httpx"));
        writeFile(dir.path(), QStringLiteral("pyproject.toml"), demoProject() + "# edited elsewhere\n");
        auto saved = p->save();
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::FileChanged);
        QVERIFY(readFile(path).endsWith("# edited elsewhere\n"));
    }

    void corpusRoundTripAndEdits_data()
    {
        QTest::addColumn<QString>("file");
        QStringList dirs{QStringLiteral(ENVDESK_SOURCE_DIR "/tests/data/config")};
        if (QDir(QStringLiteral(ENVDESK_SHARED_DIR "/corpora/config")).exists())
            dirs << QStringLiteral(ENVDESK_SHARED_DIR "/corpora/config");
        for (const QString &d : dirs) {
            for (const QString &name : QDir(d).entryList({QStringLiteral("*pyproject.toml")}, QDir::Files))
                QTest::newRow(qPrintable(QFileInfo(d).dir().dirName() + QLatin1Char('/') + name))
                    << QDir(d).filePath(name);
        }
    }
    void corpusRoundTripAndEdits()
    {
        QFETCH(QString, file);
        const QByteArray original = readFile(file);
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), QStringLiteral("pyproject.toml"), original);
        auto p = PyProject::load(path);
        if (!p) {
            // Broken on purpose or by accident: an error with line and column, and nothing written.
            QVERIFY2(p.error().line > 0 && p.error().column > 0, qPrintable(p.error().toString()));
            QVERIFY(p.error().code == ErrorCode::InvalidToml || p.error().code == ErrorCode::InvalidProject);
            QCOMPARE(readFile(path), original);
            return;
        }
        QCOMPARE(QByteArray::fromStdString(p->text()), original);
        QVERIFY(p->save());
        QCOMPARE(readFile(path), original); // load + save without edits: byte-identical

        const QString python = TestSupport::packagingPython();
        QJsonArray edits;
        QJsonArray allowed{"envdesk-added", "corp-index", "https://corp.example.com/simple",
                           "[[tool.uv.index]]", "[tool.uv.sources]", "[tool.uv]", "index-strategy",
                           "allow-insecure-host", "legacy.example.com", "dependencies", "]", "["};
        auto run = [&](Expected<void> r, QJsonArray edit) {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            edits.append(edit);
        };
        run(p->addDependency("envdesk-added>=1.0"), {"add-dep", "envdesk-added>=1.0"});
        const auto deps = p->dependencies();
        if (deps.size() > 1) {
            auto req = Requirement::parse(deps.front());
            QVERIFY(req);
            run(p->removeDependency(req->name()), {"remove-dep", QString::fromStdString(req->name())});
            allowed.append(QString::fromStdString(req->name()));
        }
        run(p->addIndex({.name = "corp-index", .url = "https://corp.example.com/simple"}),
            {"add-index", "corp-index", "https://corp.example.com/simple"});
        run(p->pinPackage("envdesk-added", "corp-index"), {"pin", "envdesk-added", "corp-index"});
        run(p->setUvSetting("index-strategy", TomlValue::string("unsafe-best-match")),
            {"set-uv", "index-strategy", "unsafe-best-match"});
        run(p->addInsecureHost("legacy.example.com"), {"insecure-host", "legacy.example.com"});
        QVERIFY(p->save());
        if (python.isEmpty())
            ENVDESK_NEEDS("Debian's python3 (3.11+, with python3-packaging) is needed to check the result with tomllib");
        QString error;
        const QJsonObject request{{"original", file}, {"edited", path}, {"edits", edits}, {"allowed", allowed}};
        auto answers = TestSupport::askOracle(python, QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/project/oracle_toml.py"),
                                              QJsonArray{request}, &error);
        QVERIFY2(answers, qPrintable(error));
        const QJsonObject answer = answers->at(0).toObject();
        QVERIFY2(answer["ok"].toBool(), qPrintable(answer["why"].toString() + "\n--- edited file:\n" + readFile(path)));
    }
};

QTEST_GUILESS_MAIN(TestPyProject)
#include "tst_pyproject.moc"
