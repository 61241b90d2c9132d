// Packages from folders and files, as [tool.uv.sources] path entries and `name @ file:` requirements
// declare them: envdesk-cli lock writes them into pylock.toml as PEP 751 `directory` and `archive`
// entries, sync builds the folders through their PEP 517 backend (editable ones through PEP 660)
// and installs the files, each with its PEP 610 direct_url.json; their own dependencies come from
// a real nginx index. A folder whose metadata is dynamic, and an index's sdist without a metadata
// file, are asked through their backend. A git source is checked out at its commit and locked as
// vcs; a url source is downloaded and locked as an archive with its URL and hash. A URL dependency
// of a dependency is refused with a clear message.
#include "common/nginxserver.h"
#include "common/requirements.h"
#include "common/sourcetree.h"
#include "common/wheelindex.h"

#include "core/install/venv.h"
#include "core/pep/interpreterprobe.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Envdesk::Core;
using TestSupport::Run;

namespace {

bool writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestLocalSources : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::NginxServer> m_server;
    QString m_base; // the base interpreter environments are made from

    Run cli(const QStringList &args)
    {
        return TestSupport::runProgram(QStringLiteral(ENVDESK_CLI_PATH), args, {}, m_dir.path());
    }

    Run python(const QString &venv, const QString &code)
    {
        return TestSupport::runProgram(venv + QStringLiteral("/bin/python"), {QStringLiteral("-c"), code});
    }

    // A source folder built by the stdlib-only backend in tests/common (common/sourcetree.h).
    void makeLibrary(const QString &folder, const QString &name, const QString &version,
                     const QString &value, const QStringList &dependencies = {}, bool dynamicVersion = false)
    {
        const QString failed
            = TestSupport::makeSourceTree(folder, name, version, value, dependencies, dynamicVersion);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    // `envdesk-cli lock` on the project `app` fails, saying `says` and naming the line of its one
    // source (pyproject.toml:12 in project()'s layout); no lock is written.
    void lockIsRefused(const QString &app, const QString &says)
    {
        const Run r = cli({QStringLiteral("lock"), QStringLiteral("--project"), app});
        QVERIFY2(r.code != 0 && r.out.contains(says) && r.out.contains(QLatin1String("pyproject.toml:12")),
                 qPrintable(r.out));
        QVERIFY(!QFile::exists(app + QStringLiteral("/pylock.toml")));
    }

    QString makeEnvironment(const QString &name)
    {
        auto base = probeInterpreter(m_base);
        if (!base)
            return {};
        auto env = createVirtualEnvironment(m_dir.filePath(name), *base);
        return env ? env->path : QString();
    }

    QString project(const QString &name, const QString &dependencies, const QString &sources)
    {
        const QString folder = m_dir.filePath(name);
        writeFile(folder + QStringLiteral("/pyproject.toml"),
                  QStringLiteral("[project]\nname = \"%1\"\nversion = \"0.1\"\ndependencies = [%2]\n\n"
                                 "[[tool.uv.index]]\nname = \"local\"\nurl = \"%3/simple\"\ndefault = true\n\n"
                                 "[tool.uv.sources]\n%4")
                      .arg(name, dependencies, m_server->baseUrl(), sources)
                      .toUtf8());
        return folder;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = TestSupport::systemPython3();
        if (TestSupport::NginxServer::binary().isEmpty() || m_base.isEmpty())
            ENVDESK_NEEDS("nginx and python3 are needed (scripts/test installs them)");
        TestSupport::NginxServer::openToWorkers(m_dir.path());
        TestSupport::WheelIndex index(m_dir.filePath(QStringLiteral("www")));
        QVERIFY(index.publishModule(QStringLiteral("helper"), QStringLiteral("1.0"), QStringLiteral("'helper'")).isEmpty());
        m_server = std::make_unique<TestSupport::NginxServer>(
            TestSupport::NginxServer::Options{.root = index.root()});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    }

    // An editable folder and a built one: locked as directories, built and installed, the editable
    // one live, the built one rebuilt when its pyproject.toml changes; their dependency from nginx.
    void foldersAreLockedBuiltAndInstalled()
    {
        const QString app = project(QStringLiteral("app"), QStringLiteral("\"mylib\", \"other-lib\""),
                                    QStringLiteral("mylib = { path = \"libs/mylib\", editable = true }\n"
                                                   "other-lib = { path = \"libs/other\" }\n"));
        makeLibrary(app + QStringLiteral("/libs/mylib"), QStringLiteral("mylib"), QStringLiteral("1.2"),
                    QStringLiteral("'first'"), {QStringLiteral("helper>=1")});
        makeLibrary(app + QStringLiteral("/libs/other"), QStringLiteral("other-lib"), QStringLiteral("0.3"),
                    QStringLiteral("'other'"));
        // The folder's own uv settings are its business: a pin to an index only it knows is not
        // judged here (only its [project] table is read).
        QFile own(app + QStringLiteral("/libs/other/pyproject.toml"));
        QVERIFY(own.open(QIODevice::Append));
        own.write("\n[tool.uv.sources]\nsomething = { index = \"only-there\" }\n");
        own.close();
        const QString venv = makeEnvironment(QStringLiteral("app-env"));
        QVERIFY(!venv.isEmpty());
        Run r = cli({QStringLiteral("lock"), QStringLiteral("--project"), app, QStringLiteral("--python"),
                     venv + QStringLiteral("/bin/python")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        const QByteArray lock = readFile(app + QStringLiteral("/pylock.toml"));
        QVERIFY2(lock.contains("name = \"mylib\"\nversion = \"1.2\"\ndependencies = [{ name = \"helper\" }]\n"
                               "directory = { path = \"libs/mylib\", editable = true }\n"),
                 lock.constData());
        QVERIFY2(lock.contains("name = \"other-lib\"\nversion = \"0.3\"\ndirectory = { path = \"libs/other\" }\n"),
                 lock.constData());
        QVERIFY2(lock.contains("name = \"helper\"\nversion = \"1.0\"\nindex = "), lock.constData());

        r = cli({QStringLiteral("sync"), QStringLiteral("--project"), app, QStringLiteral("--venv"), venv});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("building mylib")), qPrintable(r.out));
        Run shown = python(venv, QStringLiteral("import mylib, other_lib, helper; print(mylib.VALUE, other_lib.VALUE, helper.VALUE)"));
        QCOMPARE(shown.out, QStringLiteral("first other helper"));
        // PEP 610: what pip and uv read to tell where a package came from.
        const QString site = python(venv, QStringLiteral("import sysconfig; print(sysconfig.get_paths()['purelib'])")).out;
        const QJsonObject direct = QJsonDocument::fromJson(
                                       readFile(site + QStringLiteral("/mylib-1.2.dist-info/direct_url.json")))
                                       .object();
        QCOMPARE(direct.value(QLatin1String("url")).toString(),
                 QUrl::fromLocalFile(app + QStringLiteral("/libs/mylib")).toString());
        QVERIFY(direct.value(QLatin1String("dir_info")).toObject().value(QLatin1String("editable")).toBool());

        // Editable: a change in the source shows without a sync.
        QVERIFY(writeFile(app + QStringLiteral("/libs/mylib/mylib/__init__.py"), "VALUE = 'second'\n"));
        shown = python(venv, QStringLiteral("import mylib; print(mylib.VALUE)"));
        QCOMPARE(shown.out, QStringLiteral("second"));
        // Nothing changed that needs a build: the next sync keeps everything.
        r = cli({QStringLiteral("sync"), QStringLiteral("--project"), app, QStringLiteral("--venv"), venv});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("matches")), qPrintable(r.out));
        // The built folder is built again once its pyproject.toml is newer than the installed copy.
        QThread::msleep(1100);
        QVERIFY(writeFile(app + QStringLiteral("/libs/other/other_lib/__init__.py"), "VALUE = 'rebuilt'\n"));
        QByteArray project = readFile(app + QStringLiteral("/libs/other/pyproject.toml"));
        QVERIFY(writeFile(app + QStringLiteral("/libs/other/pyproject.toml"), project + "\n"));
        r = cli({QStringLiteral("sync"), QStringLiteral("--project"), app, QStringLiteral("--venv"), venv});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("~ other-lib 0.3")), qPrintable(r.out));
        shown = python(venv, QStringLiteral("import other_lib; print(other_lib.VALUE)"));
        QCOMPARE(shown.out, QStringLiteral("rebuilt"));
    }

    // A wheel file: locked as an archive with its hash, installed from where it is; a changed file
    // is refused at sync, naming it.
    void aWheelFileIsLockedWithItsHash()
    {
        const QString app = project(QStringLiteral("wheelapp"), QStringLiteral("\"thing\""),
                                    QStringLiteral("thing = { path = \"dist/thing-2.0-py3-none-any.whl\" }\n"));
        // The wheel: built by the backend from a folder beside the project.
        const QString src = m_dir.filePath(QStringLiteral("thing-src"));
        makeLibrary(src, QStringLiteral("thing"), QStringLiteral("2.0"), QStringLiteral("'thing'"));
        QDir().mkpath(app + QStringLiteral("/dist"));
        const Run built = TestSupport::runProgram(
            m_base, {QStringLiteral("-c"), QStringLiteral("import sys; sys.path.insert(0, '_build'); import tinybackend; "
                                                          "print(tinybackend.build_wheel(sys.argv[1]))"),
                     app + QStringLiteral("/dist")},
            {}, src);
        QVERIFY2(built.code == 0, qPrintable(built.out));
        const QString venv = makeEnvironment(QStringLiteral("wheel-env"));
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--project"), app, QStringLiteral("--venv"), venv});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        const QByteArray lock = readFile(app + QStringLiteral("/pylock.toml"));
        QVERIFY2(lock.contains("archive = { path = \"dist/thing-2.0-py3-none-any.whl\", size = ")
                     && lock.contains(", hashes = { sha256 = \""),
                 lock.constData());
        QCOMPARE(python(venv, QStringLiteral("import thing; print(thing.VALUE)")).out, QStringLiteral("thing"));
        // Reinstalling from a file that changed after the lock: refused, nothing touched.
        QVERIFY(writeFile(app + QStringLiteral("/dist/thing-2.0-py3-none-any.whl"), "not the locked wheel"));
        r = cli({QStringLiteral("sync"), QStringLiteral("--project"), app, QStringLiteral("--venv"), venv,
                 QStringLiteral("--reinstall"), QStringLiteral("--frozen")});
        QVERIFY2(r.code != 0 && r.out.contains(QLatin1String("does not match its hash")), qPrintable(r.out));
        QCOMPARE(python(venv, QStringLiteral("import thing; print(thing.VALUE)")).out, QStringLiteral("thing"));
    }

    // Metadata only the backend knows (dynamic = ["version"]): asked through
    // prepare_metadata_for_build_wheel at lock time.
    void dynamicMetadataComesFromTheBackend()
    {
        const QString app = project(QStringLiteral("dynapp"), QStringLiteral("\"dyn\""),
                                    QStringLiteral("dyn = { path = \"dyn\" }\n"));
        makeLibrary(app + QStringLiteral("/dyn"), QStringLiteral("dyn"), QStringLiteral("4.5.6"),
                    QStringLiteral("'dyn'"), {}, true);
        const QString venv = makeEnvironment(QStringLiteral("dyn-env"));
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--project"), app, QStringLiteral("--venv"), venv});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(readFile(app + QStringLiteral("/pylock.toml")).contains("name = \"dyn\"\nversion = \"4.5.6\"\n"),
                 readFile(app + QStringLiteral("/pylock.toml")).constData());
        QCOMPARE(python(venv, QStringLiteral("import dyn; print(dyn.VALUE)")).out, QStringLiteral("dyn"));
    }

    // `name @ file:` on the command line installs a folder as envdesk-cli install's requirement.
    void installTakesAFileUrlRequirement()
    {
        const QString src = m_dir.filePath(QStringLiteral("direct-src"));
        makeLibrary(src, QStringLiteral("direct-pkg"), QStringLiteral("1.0"), QStringLiteral("'direct'"),
                    {QStringLiteral("helper")});
        const QString venv = makeEnvironment(QStringLiteral("direct-env"));
        const Run r = cli({QStringLiteral("install"), QStringLiteral("--venv"), venv, QStringLiteral("--index-url"),
                           m_server->baseUrl() + QStringLiteral("/simple"),
                           QStringLiteral("direct-pkg @ ") + QUrl::fromLocalFile(src).toString()});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QCOMPARE(python(venv, QStringLiteral("import direct_pkg, helper; print(direct_pkg.VALUE, helper.VALUE)")).out,
                 QStringLiteral("direct helper"));
        // --no-build: a folder would have to be built, so it is refused, saying so.
        const Run refused = cli({QStringLiteral("resolve"), QStringLiteral("--index-url"),
                                 m_server->baseUrl() + QStringLiteral("/simple"), QStringLiteral("--no-build"),
                                 QStringLiteral(":all:"),
                                 QStringLiteral("direct-pkg @ ") + QUrl::fromLocalFile(src).toString()});
        QVERIFY2(refused.code == 2 && refused.out.contains(QLatin1String("--no-build forbids building it")),
                 qPrintable(refused.out));
    }

    // An index's sdist without a metadata file: its backend gives the metadata at lock time, and
    // sync downloads it, checks its hash and builds it.
    void anIndexSdistIsBuiltForMetadataAndInstall()
    {
        const QString src = m_dir.filePath(QStringLiteral("sdpkg-1.5"));
        makeLibrary(src, QStringLiteral("sdpkg"), QStringLiteral("1.5"), QStringLiteral("'from sdist'"),
                    {QStringLiteral("helper")});
        const QString sdist = m_dir.filePath(QStringLiteral("sdpkg-1.5.tar.gz"));
        const Run packed = TestSupport::runProgram(
            m_base, {QStringLiteral("-c"), QStringLiteral("import sys, tarfile\n"
                                                          "with tarfile.open(sys.argv[1], 'w:gz') as t:\n"
                                                          "    t.add(sys.argv[2], arcname='sdpkg-1.5')\n"),
                     sdist, src});
        QVERIFY2(packed.code == 0, qPrintable(packed.out));
        // Listed with its hash and no metadata file: only a build can tell its requirements.
        TestSupport::WheelIndex index(m_dir.filePath(QStringLiteral("www")));
        QVERIFY(index.publishWheel(QStringLiteral("sdpkg"), sdist).isEmpty());
        const QString app = project(QStringLiteral("sdistapp"), QStringLiteral("\"sdpkg\""), QString());
        const QString venv = makeEnvironment(QStringLiteral("sdist-env"));
        const Run r = cli({QStringLiteral("sync"), QStringLiteral("--project"), app, QStringLiteral("--venv"), venv});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("building sdpkg")), qPrintable(r.out));
        const QByteArray lock = readFile(app + QStringLiteral("/pylock.toml"));
        QVERIFY2(lock.contains("name = \"sdpkg\"\nversion = \"1.5\"\nindex = ")
                     && lock.contains("dependencies = [{ name = \"helper\" }]\nsdist = { name = \"sdpkg-1.5.tar.gz\""),
                 lock.constData());
        QCOMPARE(python(venv, QStringLiteral("import sdpkg, helper; print(sdpkg.VALUE, helper.VALUE)")).out,
                 QStringLiteral("from sdist helper"));
        // Resolving again asks no backend: the built metadata is kept in the cache by the sdist's hash.
        const QString hooks = m_dir.filePath(QStringLiteral("sdist-hooks.log"));
        QProcessEnvironment logging;
        logging.insert(QStringLiteral("TINYBACKEND_LOG"), hooks);
        const Run again = TestSupport::runProgram(QStringLiteral(ENVDESK_CLI_PATH),
                                                  {QStringLiteral("lock"), QStringLiteral("--project"), app,
                                                   QStringLiteral("--upgrade")},
                                                  {}, m_dir.path(), logging);
        QVERIFY2(again.code == 0, qPrintable(again.out));
        QVERIFY2(!QFile::exists(hooks), readFile(hooks).constData());
        // A new copy of the cache builds it once more (the control: the log does record hooks).
        QProcessEnvironment fresh = logging;
        fresh.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("fresh-cache")));
        const Run cold = TestSupport::runProgram(QStringLiteral(ENVDESK_CLI_PATH),
                                                 {QStringLiteral("lock"), QStringLiteral("--project"), app,
                                                  QStringLiteral("--upgrade")},
                                                 {}, m_dir.path(), fresh);
        QVERIFY2(cold.code == 0, qPrintable(cold.out));
        QCOMPARE(readFile(hooks), QByteArray("prepare_metadata_for_build_wheel\n"));
    }

    // A git source: the tag's commit checked out (in the cache), locked as PEP 751 vcs with its
    // commit id, built and installed with vcs_info; no revision means the remote's HEAD; a
    // revision the repository lacks is named.
    void aGitSourceIsCheckedOutLockedAndBuilt()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            ENVDESK_NEEDS("git (scripts/test installs it)");
        const QString repo = m_dir.filePath(QStringLiteral("tool-repo"));
        makeLibrary(repo, QStringLiteral("tool"), QStringLiteral("1.0"), QStringLiteral("'tagged'"));
        auto git = [&](const QStringList &args) {
            return TestSupport::runProgram(QStringLiteral("git"),
                                           QStringList{QStringLiteral("-c"), QStringLiteral("user.name=t"),
                                                       QStringLiteral("-c"), QStringLiteral("user.email=t@example.org")}
                                               + args,
                                           {}, repo);
        };
        QCOMPARE(git({QStringLiteral("init"), QStringLiteral("-q")}).code, 0);
        QCOMPARE(git({QStringLiteral("add"), QStringLiteral(".")}).code, 0);
        QCOMPARE(git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one")}).code, 0);
        QCOMPARE(git({QStringLiteral("tag"), QStringLiteral("v1")}).code, 0);
        const QString tagged = git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out;
        QVERIFY(writeFile(repo + QStringLiteral("/tool/__init__.py"), "VALUE = 'head'\n"));
        QCOMPARE(git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("two")}).code, 0);
        const QString url = QUrl::fromLocalFile(repo).toString();

        const QString app = project(QStringLiteral("gitapp"), QStringLiteral("\"tool\""),
                                    QStringLiteral("tool = { git = \"%1\", tag = \"v1\" }\n").arg(url));
        const QString venv = makeEnvironment(QStringLiteral("git-env"));
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--project"), app, QStringLiteral("--venv"), venv});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("building tool")), qPrintable(r.out));
        const QByteArray lock = readFile(app + QStringLiteral("/pylock.toml"));
        QVERIFY2(lock.contains(QStringLiteral("vcs = { type = \"git\", url = \"%1\", requested-revision = \"v1\", "
                                              "commit-id = \"%2\" }")
                                   .arg(url, tagged)
                                   .toUtf8()),
                 lock.constData());
        QCOMPARE(python(venv, QStringLiteral("import tool; print(tool.VALUE)")).out, QStringLiteral("tagged"));
        const QString site = python(venv, QStringLiteral("import sysconfig; print(sysconfig.get_paths()['purelib'])")).out;
        const QJsonObject direct
            = QJsonDocument::fromJson(readFile(site + QStringLiteral("/tool-1.0.dist-info/direct_url.json"))).object();
        QCOMPARE(direct.value(QLatin1String("vcs_info")).toObject().value(QLatin1String("commit_id")).toString(), tagged);
        // The next sync has nothing to do: the installed copy is that commit's.
        r = cli({QStringLiteral("sync"), QStringLiteral("--project"), app, QStringLiteral("--venv"), venv});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("matches")), qPrintable(r.out));

        // No revision: the repository's HEAD, the second commit.
        const QString head = project(QStringLiteral("headapp"), QStringLiteral("\"tool\""),
                                     QStringLiteral("tool = { git = \"%1\" }\n").arg(url));
        const QString headEnv = makeEnvironment(QStringLiteral("head-env"));
        r = cli({QStringLiteral("sync"), QStringLiteral("--project"), head, QStringLiteral("--venv"), headEnv});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QCOMPARE(python(headEnv, QStringLiteral("import tool; print(tool.VALUE)")).out, QStringLiteral("head"));

        // A tag the repository does not have: named, nothing written.
        const QString missing = project(QStringLiteral("missingapp"), QStringLiteral("\"tool\""),
                                        QStringLiteral("tool = { git = \"%1\", tag = \"v9\" }\n").arg(url));
        lockIsRefused(missing, QStringLiteral("no branch, tag or commit named v9"));
    }

    // url sources: a wheel and an sdist on a web server no index lists. Downloaded once at lock
    // time for their hash and metadata, locked as archives with the URL, downloaded again (hash
    // checked) and installed at sync, the sdist built. A URL that answers 404 is named.
    void urlSourcesAreDownloadedLockedAndInstalled()
    {
        TestSupport::WheelIndex index(m_dir.filePath(QStringLiteral("www")));
        QVERIFY(index.publishModule(QStringLiteral("webwheel"), QStringLiteral("3.1"), QStringLiteral("'wheel from the web'"),
                                    {QStringLiteral("helper")})
                    .isEmpty());
        const QString src = m_dir.filePath(QStringLiteral("websd-0.9"));
        makeLibrary(src, QStringLiteral("websd"), QStringLiteral("0.9"), QStringLiteral("'sdist from the web'"));
        const Run packed = TestSupport::runProgram(
            m_base, {QStringLiteral("-c"), QStringLiteral("import sys, tarfile\n"
                                                          "with tarfile.open(sys.argv[1], 'w:gz') as t:\n"
                                                          "    t.add(sys.argv[2], arcname='websd-0.9')\n"),
                     m_dir.filePath(QStringLiteral("www/files/websd-0.9.tar.gz")), src});
        QVERIFY2(packed.code == 0, qPrintable(packed.out));
        const QString files = m_server->baseUrl() + QStringLiteral("/files/");
        const QString app = project(QStringLiteral("urlapp"), QStringLiteral("\"webwheel\", \"websd\""),
                                    QStringLiteral("webwheel = { url = \"%1webwheel-3.1-py3-none-any.whl\" }\n"
                                                   "websd = { url = \"%1websd-0.9.tar.gz\" }\n")
                                        .arg(files));
        const QString venv = makeEnvironment(QStringLiteral("url-env"));
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--project"), app, QStringLiteral("--venv"), venv});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("building websd")), qPrintable(r.out));
        const QByteArray lock = readFile(app + QStringLiteral("/pylock.toml"));
        QVERIFY2(lock.contains(QStringLiteral("archive = { url = \"%1webwheel-3.1-py3-none-any.whl\", size = ").arg(files).toUtf8())
                     && lock.contains(QStringLiteral("archive = { url = \"%1websd-0.9.tar.gz\", size = ").arg(files).toUtf8())
                     && lock.contains("name = \"webwheel\"\nversion = \"3.1\"\ndependencies = [{ name = \"helper\" }]"),
                 lock.constData());
        QCOMPARE(python(venv, QStringLiteral("import webwheel, websd, helper; print(webwheel.VALUE, '/', websd.VALUE)")).out,
                 QStringLiteral("wheel from the web / sdist from the web"));

        const QString missing = project(QStringLiteral("urlmissing"), QStringLiteral("\"gone\""),
                                        QStringLiteral("gone = { url = \"%1gone-1.0.tar.gz\" }\n").arg(files));
        lockIsRefused(missing, QStringLiteral("gone-1.0.tar.gz answered HTTP 404"));
    }

    // What envdesk does not take is refused before anything is written, with the way out.
    void transitiveUrlsAreRefusedClearly()
    {
        // A folder whose own dependency is a URL: only the project may declare those.
        const QString app2 = project(QStringLiteral("wrapperapp"), QStringLiteral("\"wrapper\""),
                                     QStringLiteral("wrapper = { path = \"wrapper\" }\n"));
        makeLibrary(app2 + QStringLiteral("/wrapper"), QStringLiteral("wrapper"), QStringLiteral("1.0"),
                    QStringLiteral("1"), {QStringLiteral("inner @ https://files.example/inner-1.0.tar.gz")});
        const Run r = cli({QStringLiteral("lock"), QStringLiteral("--project"), app2});
        QVERIFY(r.code != 0);
        QVERIFY2(r.out.contains(QLatin1String("inner from a URL")) && r.out.contains(QLatin1String("only the project itself")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestLocalSources)
#include "tst_localsources.moc"
