// Importing pip.conf / pip.ini, Pipfile and requirements files into a pyproject.toml.
#include "core/project/importer.h"
#include "core/project/pyproject.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;

namespace {

const QString dataDir = QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/project/data/import");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

PyProject emptyProject()
{
    return *PyProject::fromText(
        "[project]\nname = \"demo\"\nversion = \"0.1.0\"\ndependencies = []\n",
        QStringLiteral("pyproject.toml"));
}

bool warned(const ImportPlan &plan, const char *text, int line = -1)
{
    for (const Diagnostic &d : plan.warnings) {
        if (d.message.contains(QLatin1String(text)) && (line < 0 || d.line == line))
            return true;
    }
    return false;
}

const IndexConfig *indexNamed(const std::vector<IndexConfig> &list, const std::string &name)
{
    for (const IndexConfig &c : list) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pipConf()
    {
        auto plan = readImport(dataDir + QStringLiteral("/pip.conf"));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        // index-url is the default; the extra indexes follow.
        QCOMPARE(plan->indexes.size(), 3u);
        QCOMPARE(plan->indexes[0].url,
                 std::string("https://nexus.corp.example/repository/pypi-all/simple/"));
        QVERIFY(plan->indexes[0].isDefault);
        QCOMPARE(plan->indexes[0].name, std::string("nexus.corp.example"));
        QCOMPARE(plan->indexes[1].url,
                 std::string("https://artifactory.corp.example/api/pypi/ml/simple"));
        // [install] overrides [global], as for `pip install`.
        QCOMPARE(plan->insecureHosts,
                 (std::vector<std::string>{"nexus.corp.example", "artifactory.corp.example"}));
        QCOMPARE(plan->caBundle, std::string("/etc/pki/corp-root.pem"));
        QCOMPARE(plan->clientCert, std::string("/home/me/.config/me.pem"));
        QVERIFY(warned(*plan, "holds credentials", 3));
        QVERIFY(warned(*plan, "'timeout' is not imported", 10));
        QVERIFY(warned(*plan, "will not be checked", 13));

        PyProject project = emptyProject();
        auto done = applyImport(project, *plan);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        const std::string text = project.text();
        QVERIFY(text.find("tok-123-secret") == std::string::npos);
        QVERIFY(text.find("builder") == std::string::npos);
        const auto indexes = project.indexes();
        // PyPI as an extra index stays: with a default of its own, uv would not ask PyPI otherwise.
        QCOMPARE(indexes.size(), 3u);
        QCOMPARE(indexes[2].url, std::string("https://pypi.org/simple"));
        const IndexConfig *nexus = indexNamed(indexes, "nexus.corp.example");
        QVERIFY(nexus && nexus->isDefault);
        const TomlValue *hosts = project.uvSetting("allow-insecure-host");
        QVERIFY(hosts && hosts->array.size() == 2);
        const TomlValue *ca = project.document().at(
            {std::string("tool"), std::string("envdesk"), std::string("index"),
             std::string("nexus.corp.example"), std::string("ca-bundle")});
        QVERIFY(ca);
        QCOMPARE(ca->text, std::string("/etc/pki/corp-root.pem"));
        // Reloading what was written gives the same project: the edit is valid on its own.
        QVERIFY(PyProject::fromText(text, QStringLiteral("pyproject.toml")));
    }

    void pipfile()
    {
        auto plan = readImport(dataDir + QStringLiteral("/Pipfile"));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->indexes.size(), 2u);
        // pipenv asks the first source for everything and the others only when named.
        QVERIFY(plan->indexes[0].isDefault);
        QCOMPARE(plan->indexes[0].name, std::string("nexus"));
        QCOMPARE(plan->indexes[0].url,
                 std::string("https://nexus.corp.example/repository/pypi/simple"));
        QVERIFY(plan->indexes[1].isExplicit);
        QCOMPARE(plan->insecureHosts, std::vector<std::string>{"nexus.corp.example"});
        QVERIFY(warned(*plan, "verify_ssl = false", 3));
        QVERIFY(warned(*plan, "holds credentials", 2));
        QVERIFY(warned(*plan, "[requires] python_version", 29));
        QCOMPARE(plan->dependencies,
                 (std::vector<std::string>{"requests", "numpy==1.26.4", "django>=4.2,<5",
                                           "torch==2.3.0", "celery[redis]>=5",
                                           "pywin32; sys_platform == 'win32'", "local-lib", "toolkit",
                                           "internal", "vendored"}));
        QCOMPARE(plan->devDependencies, (std::vector<std::string>{"pytest", "devtools"}));
        // git, file and path sources become [tool.uv.sources]; Mercurial has no uv source kind.
        QVERIFY(warned(*plan, "Mercurial repository", 22));
        QVERIFY(warned(*plan, "'toolkit' holds credentials", 19));
        QVERIFY(warned(*plan, "'internal' is an editable git checkout", 20));
        QVERIFY(warned(*plan, "'devtools' comes from", 26)); // ./tools/devtools does not exist
        QVERIFY(!warned(*plan, "'local-lib' comes from"));

        // The project sits beside the Pipfile (never saved): paths are written relative to it.
        auto project = PyProject::fromText(emptyProject().text(), dataDir + QStringLiteral("/pyproject.toml"));
        QVERIFY(project);
        auto done = applyImport(*project, *plan);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        const std::string text = project->text();
        QVERIFY(text.find("NEXUS_TOKEN") == std::string::npos);
        QVERIFY(text.find("s3cret") == std::string::npos);
        QVERIFY(text.find("builder") == std::string::npos);
        QCOMPARE(project->dependencies().size(), 10u);
        QCOMPARE(project->dependencyGroups().front().first, std::string("dev"));
        // The bytes uv reads: one inline table per package, in the keys uv documents.
        const std::string sources = text.substr(text.find("[tool.uv.sources]"));
        QCOMPARE(sources.substr(0, sources.find("\n\n")),
                 std::string("[tool.uv.sources]\n"
                             "torch = { index = \"pytorch\" }\n"
                             "local-lib = { path = \"libs/local\", editable = true }\n"
                             "toolkit = { git = \"https://git.corp.example/platform/toolkit.git\", rev = \"v2.1\", subdirectory = \"python\" }\n"
                             "internal = { git = \"ssh://git@git.corp.example/team/internal.git\" }\n"
                             "vendored = { url = \"https://files.corp.example/vendored-1.0-py3-none-any.whl\" }\n"
                             "devtools = { path = \"tools/devtools\" }"));
        // Reading the file back gives the same sources.
        auto reloaded = PyProject::fromText(text, QStringLiteral("pyproject.toml"));
        QVERIFY(reloaded);
        const auto pins = reloaded->sources();
        QCOMPARE(pins.size(), 6u);
        QCOMPARE(int(pins[2].kind), int(SourcePin::Kind::Git));
        QCOMPARE(pins[2].rev, std::string("v2.1"));
        QVERIFY(pins[1].editable);
    }

    void requirementsFile()
    {
        auto plan = readImport(dataDir + QStringLiteral("/requirements.txt"));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->indexes.size(), 2u);
        QVERIFY(plan->indexes[0].isDefault);
        QCOMPARE(plan->indexes[0].url, std::string("https://mirror.corp.example/simple"));
        QCOMPARE(plan->indexes[1].url, std::string("https://extra.corp.example/simple"));
        QCOMPARE(plan->findLinks, std::vector<std::string>{"./wheels"});
        QCOMPARE(plan->insecureHosts, std::vector<std::string>{"mirror.corp.example"});
        // -r includes (with a cycle back), continuation lines, --hash stripped, comments dropped;
        // paths and URLs: the package named by the folder's metadata, the file name or #egg=.
        QCOMPARE(plan->dependencies,
                 (std::vector<std::string>{"attrs", "flask>=3.0     ; python_version >= \"3.9\"",
                                           "gunicorn==22.0.0", "corp-plugin", "thing", "tool",
                                           "corp-lib", "helper"}));
        QVERIFY(warned(*plan, "'thing' comes from", 12)); // the wheel is not there
        QVERIFY(warned(*plan, "'corp-lib' is an editable git checkout", 14));
        QVERIFY(warned(*plan, "Mercurial repository", 16));
        QVERIFY(warned(*plan, "cannot tell which package", 17));
        QVERIFY(warned(*plan, "there is no folder", 18));

        auto project = PyProject::fromText(emptyProject().text(), dataDir + QStringLiteral("/pyproject.toml"));
        QVERIFY(project);
        auto done = applyImport(*project, *plan);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        const TomlValue *links = project->uvSetting("find-links");
        QVERIFY(links && links->array.size() == 1);
        const std::string text = project->text();
        const std::string sources = text.substr(text.find("[tool.uv.sources]"));
        QCOMPARE(sources.substr(0, sources.find("\n\n")),
                 std::string("[tool.uv.sources]\n"
                             "corp-plugin = { path = \"src/plugin\", editable = true }\n"
                             "thing = { path = \"vendor/thing-1.0-py3-none-any.whl\" }\n"
                             "tool = { git = \"https://git.corp.example/team/tool.git\", rev = \"v1.2\", subdirectory = \"py\" }\n"
                             "corp-lib = { git = \"ssh://git@git.corp.example/team/lib.git\" }\n"
                             "helper = { url = \"https://files.corp.example/pkgs/helper-2.0.tar.gz\" }\n"));
    }

    // A path source at the project's own folder is not made a dependency of itself.
    void aPathToTheProjectItselfIsNotMadeADependency()
    {
        QTemporaryDir dir;
        auto plan = readPipfile("[packages]\nme = {path = \".\", editable = true}\nother = \"*\"\n",
                                dir.filePath(QStringLiteral("Pipfile")));
        QVERIFY(plan);
        auto project = PyProject::fromText(emptyProject().text(), dir.filePath(QStringLiteral("pyproject.toml")));
        auto done = applyImport(*project, *plan);
        QVERIFY(done);
        QCOMPARE(project->dependencies(), std::vector<std::string>{"other"});
        QVERIFY(project->sources().empty());
        QVERIFY(std::any_of(done->begin(), done->end(),
                            [](const QString &line) { return line.contains(QLatin1String("this project itself")); }));
    }

    void existingIndexesAreReused()
    {
        auto project = PyProject::fromText(
            "[project]\nname = \"demo\"\nversion = \"0.1.0\"\ndependencies = [\"torch>=2\"]\n\n"
            "[[tool.uv.index]]\nname = \"torch-cpu\"\nurl = "
            "\"https://download.pytorch.org/whl/cpu/\"\n"
            "explicit = true\n\n[[tool.uv.index]]\nname = \"nexus\"\nurl = "
            "\"https://other.example/simple\"\ndefault = true\n",
            QStringLiteral("pyproject.toml"));
        QVERIFY(project);
        auto plan = readImport(dataDir + QStringLiteral("/Pipfile"));
        QVERIFY(plan);
        auto done = applyImport(*project, *plan);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        const auto indexes = project->indexes();
        QCOMPARE(indexes.size(), 3u);
        // The Pipfile's "nexus" is a different URL: it gets a name of its own and, since the
        // project already has a default, is not a second default.
        const IndexConfig *imported = indexNamed(indexes, "nexus-2");
        QVERIFY(imported);
        QVERIFY(!imported->isDefault);
        // torch was already a dependency and stays as it was; its pin goes to the existing index.
        QCOMPARE(project->dependencies().front(), std::string("torch>=2"));
        const auto sources = project->sources();
        QCOMPARE(sources.size(), 6u);
        QCOMPARE(sources[0].package, std::string("torch"));
        QCOMPARE(sources[0].index, std::string("torch-cpu"));
    }

    void badInputNamesFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("text");
        QTest::newRow("requirement") << "bad-requirements.txt" << 2 << "not a valid requirement";
        QTest::newRow("pip.conf without section") << "bad-pip.conf" << 1 << "before any [section]";
    }
    void badInputNamesFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, text);
        auto plan = readImport(dataDir + QLatin1Char('/') + file);
        QVERIFY(!plan);
        QVERIFY(plan.error().file.endsWith(file));
        QCOMPARE(plan.error().line, line);
        QVERIFY2(plan.error().message.contains(text), qPrintable(plan.error().message));
    }

    void badPipfile()
    {
        auto plan = readPipfile("[[source]]\nurl = \"https://a.example/simple\"\nname = "
                                "\"a\"\n\n[packages]\nx = {version = \"*\", index = \"b\"}\n",
                                QStringLiteral("Pipfile"));
        QVERIFY(!plan);
        QCOMPARE(plan.error().line, 6);
        QVERIFY(plan.error().message.contains(QLatin1String("'b'")));
        plan = readPipfile("[packages\nx = 1\n", QStringLiteral("Pipfile"));
        QVERIFY(!plan);
        QCOMPARE(plan.error().line, 1);
        QVERIFY(plan.error().column > 0);
    }

    // Every pip.conf, pip.ini and Pipfile of the real-world corpus imports into a valid project.
    void realWorldFiles()
    {
        QStringList dirs{QStringLiteral(ENVDESK_SOURCE_DIR "/tests/data/config")};
        if (QDir(QStringLiteral(ENVDESK_SHARED_DIR "/corpora/config")).exists())
            dirs << QStringLiteral(ENVDESK_SHARED_DIR "/corpora/config");
        int imported = 0;
        for (const QString &dir : dirs) {
            for (const QString &name : QDir(dir).entryList(QDir::Files)) {
                const bool pip = name.endsWith(QLatin1String("pip.conf"))
                                 || name.endsWith(QLatin1String("pip.ini"));
                const bool pipfile = name.contains(QLatin1String("Pipfile"));
                if (!pip && !pipfile)
                    continue;
                const std::string text = readFile(dir + QLatin1Char('/') + name).toStdString();
                auto plan = pip ? readPipConf(text, name) : readPipfile(text, name);
                if (!plan) {
                    // A broken file must say where.
                    QVERIFY2(plan.error().line > 0,
                             qPrintable(name + QLatin1String(": ") + plan.error().toString()));
                    continue;
                }
                PyProject project = emptyProject();
                auto done = applyImport(project, *plan);
                QVERIFY2(done, qPrintable(name + QLatin1String(": ")
                                          + (done ? QString() : done.error().toString())));
                QVERIFY2(PyProject::fromText(project.text(), name), qPrintable(name));
                ++imported;
            }
        }
        QVERIFY(imported >= 3);
        qInfo("%d real-world pip and pipenv files imported", imported);
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("pyproject.toml"));
        QFile::copy(dataDir + QStringLiteral("/Pipfile"), dir.filePath(QStringLiteral("Pipfile")));
        QProcess cli;
        cli.setWorkingDirectory(dir.path());
        // --dry-run writes nothing.
        cli.start(
            QStringLiteral(ENVDESK_CLI_PATH),
            {QStringLiteral("import"), QStringLiteral("Pipfile"), QStringLiteral("--dry-run")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(!QFile::exists(project));
        cli.start(QStringLiteral(ENVDESK_CLI_PATH),
                  {QStringLiteral("import"), QStringLiteral("Pipfile")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardError().contains("verify_ssl = false"));
        auto loaded = PyProject::load(project);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->dependencies().size(), 10u);
        QVERIFY(readFile(project).contains("local-lib = { path = \"libs/local\", editable = true }"));
        // A bad file: error with its line, exit 2, the project untouched.
        const QByteArray before = readFile(project);
        QFile::copy(dataDir + QStringLiteral("/bad-requirements.txt"),
                    dir.filePath(QStringLiteral("bad.txt")));
        cli.start(QStringLiteral(ENVDESK_CLI_PATH),
                  {QStringLiteral("import"), QStringLiteral("bad.txt")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("bad.txt:2"));
        QCOMPARE(readFile(project), before);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
