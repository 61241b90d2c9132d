// PEP 517 / 660 builds with real Pythons, real backends and real processes. An in-tree backend
// (standard library only) builds a wheel that installs and imports on every Python 3.8+ found,
// an editable wheel that follows its source, and metadata with and without its own hook; a
// backend published on a local index (nginx) is installed into the isolated build environment
// through the provision callback, with what get_requires_for_build_wheel adds. Failing, missing
// and misdeclared backends say what a user must fix; a cancelled build takes its processes with
// it; hostile sdists are refused before anything is written.
#include "common/nginxserver.h"
#include "common/requirements.h"
#include "common/wheelindex.h"

#include "core/install/build.h"
#include "core/install/venv.h"
#include "core/install/wheel.h"
#include "core/pep/interpreterprobe.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;
using TestSupport::Run;

namespace {

// A PEP 517 / 660 backend of the standard library only. It reads project.json (name, version,
// module) from the source tree, its working folder, and packs MODULE.py into a wheel with a
// RECORD; the editable wheel holds a .pth naming the source tree. Test cases append code that
// replaces or deletes hooks.
const char backendSource[] = R"PY(import base64, hashlib, json, os, sys, zipfile


def _project():
    with open("project.json", encoding="utf-8") as f:
        return json.load(f)


def _dist(p):
    return "%s-%s" % (p["name"].replace("-", "_"), p["version"])


def _metadata(p, summary):
    return "Metadata-Version: 2.1\nName: %s\nVersion: %s\nSummary: %s\n" % (
        p["name"], p["version"], summary)


WHEEL = "Wheel-Version: 1.0\nGenerator: tinybackend\nRoot-Is-Purelib: true\nTag: py3-none-any\n"


def _digest(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def _write_wheel(directory, files):
    p = _project()
    info = _dist(p) + ".dist-info"
    files = dict(files)
    files[info + "/METADATA"] = _metadata(p, "built")
    files[info + "/WHEEL"] = WHEEL
    record = []
    for path, text in files.items():
        data = text.encode("utf-8")
        record.append("%s,%s,%d" % (path, _digest(data), len(data)))
    record.append(info + "/RECORD,,")
    name = _dist(p) + "-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(directory, name), "w") as z:
        for path, text in files.items():
            z.writestr(path, text)
        z.writestr(info + "/RECORD", "\n".join(record) + "\n")
    return name


def _extra_source():
    return ""


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    p = _project()
    print("tinybackend: building a wheel of %s" % p["name"])
    print("tinybackend: PYTHONPATH=%s" % os.environ.get("PYTHONPATH"))
    module = p["module"] + ".py"
    with open(module, encoding="utf-8") as f:
        text = f.read()
    text += "CONFIG = %r\n" % (sorted((config_settings or {}).items()),)
    return _write_wheel(wheel_directory, {module: text + _extra_source()})


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    p = _project()
    print("tinybackend: building an editable wheel of %s" % p["name"])
    return _write_wheel(wheel_directory, {"_%s_editable.pth" % p["module"]: os.getcwd() + "\n"})


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    p = _project()
    print("tinybackend: preparing the metadata of %s" % p["name"])
    info = _dist(p) + ".dist-info"
    os.mkdir(os.path.join(metadata_directory, info))
    for name, text in (("METADATA", _metadata(p, "prepared")), ("WHEEL", WHEEL)):
        with open(os.path.join(metadata_directory, info, name), "w", encoding="utf-8") as f:
            f.write(text)
    return info
)PY";

const char inTreePyproject[] = "[build-system]\n"
                               "requires = []\n"
                               "build-backend = \"tinybackend\"\n"
                               "backend-path = [\"_build\"]\n";

// Writes archives for unpackSdist from a JSON list of members on stdin: {name, type (file, dir,
// symlink, hardlink, chr), text, target, mode, pax_size (tar: a PAX size record that need not
// match the file's)}; .zip or .tar.gz by the output's name.
const char makeArchive[] = R"PY(import io, json, stat, sys, tarfile, time, zipfile
spec = json.load(sys.stdin)
out = sys.argv[1]
if out.endswith(".zip"):
    with zipfile.ZipFile(out, "w") as z:
        for m in spec:
            kind = m.get("type", "file")
            zi = zipfile.ZipInfo(m["name"])
            zi.create_system = 3
            if kind == "dir":
                zi.external_attr = (stat.S_IFDIR | 0o755) << 16
                z.writestr(zi, "")
            elif kind == "symlink":
                zi.external_attr = (stat.S_IFLNK | 0o777) << 16
                z.writestr(zi, m["target"])
            else:
                zi.external_attr = (stat.S_IFREG | m.get("mode", 0o644)) << 16
                z.writestr(zi, m.get("text", ""))
else:
    with tarfile.open(out, "w:gz") as t:
        for m in spec:
            kind = m.get("type", "file")
            ti = tarfile.TarInfo(m["name"])
            ti.mtime = time.time()
            data = m.get("text", "").encode()
            if kind == "dir":
                ti.type, ti.mode = tarfile.DIRTYPE, 0o755
                t.addfile(ti)
            elif kind in ("symlink", "hardlink"):
                ti.type = tarfile.SYMTYPE if kind == "symlink" else tarfile.LNKTYPE
                ti.linkname = m["target"]
                t.addfile(ti)
            elif kind == "chr":
                ti.type, ti.devmajor, ti.devminor = tarfile.CHRTYPE, 1, 3
                t.addfile(ti)
            else:
                ti.size, ti.mode = len(data), m.get("mode", 0o644)
                if "pax_size" in m:
                    ti.pax_headers = {"size": str(m["pax_size"])}
                t.addfile(ti, io.BytesIO(data))
)PY";

bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && f.write(text.toUtf8()) == text.toUtf8().size();
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every path below `dir`, relative, sorted: what a user listing the folder sees.
QStringList listing(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

// Gone, or a zombie waiting for init: either way no longer running.
bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close >= 0 && text.mid(close + 2, 1) == "Z";
}

// Base interpreters of Python 3.8 and later: Debian's, and pyenv's when there are some.
QStringList buildPythons()
{
    QStringList out{TestSupport::systemPython3()};
    const QString pyenv
        = qEnvironmentVariable("PYENV_ROOT", QDir::homePath() + QStringLiteral("/.pyenv"));
    static const QRegularExpression supported(QStringLiteral("^3\\.(8|9|1[0-9])\\.\\d+$"));
    for (const QString &version :
         QDir(pyenv + QStringLiteral("/versions")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString python
            = pyenv + QStringLiteral("/versions/") + version + QStringLiteral("/bin/python3");
        if (supported.match(version).hasMatch() && QFileInfo(python).isExecutable())
            out << python;
    }
    return out;
}

// Installs requirements from a simple index the way a resolver-less installer would: each
// requirement's project page, its one wheel downloaded and installed into the environment.
Expected<void> installFromIndex(const QString &baseUrl,
                                const std::vector<std::string> &requirements, const QString &venv,
                                const QString &downloads)
{
    QNetworkAccessManager network;
    auto get = [&network](const QUrl &url) -> Expected<QByteArray> {
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return fail(ErrorCode::Network,
                        url.toString() + QStringLiteral(": ") + reply->errorString());
        return reply->readAll();
    };
    const QStringList sites
        = QDir(venv + QStringLiteral("/lib")).entryList({QStringLiteral("python3*")}, QDir::Dirs);
    if (sites.size() != 1)
        return fail(ErrorCode::Io, QStringLiteral("no single lib/python3.X in ") + venv);
    const QString sitePackages
        = venv + QStringLiteral("/lib/") + sites.first() + QStringLiteral("/site-packages");
    static const QRegularExpression projectName(QStringLiteral("^[A-Za-z0-9._-]+"));
    static const QRegularExpression href(QStringLiteral("href=\"([^\"#]+)"));
    for (const std::string &requirement : requirements) {
        const QString name
            = projectName.match(QString::fromStdString(requirement)).captured(0).toLower();
        const QUrl page(baseUrl + QStringLiteral("/simple/") + name + QLatin1Char('/'));
        auto html = get(page);
        if (!html)
            return std::unexpected(html.error());
        const auto link = href.match(QString::fromUtf8(*html));
        if (!link.hasMatch())
            return fail(ErrorCode::Network, QStringLiteral("no file for ") + name);
        const QUrl url = page.resolved(QUrl(link.captured(1)));
        auto data = get(url);
        if (!data)
            return std::unexpected(data.error());
        const QString wheel = downloads + QLatin1Char('/') + url.fileName();
        QFile out(wheel);
        if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size())
            return fail(ErrorCode::Io, QStringLiteral("cannot write ") + wheel);
        out.close();
        auto installed
            = installWheel(wheel, InstallScheme::forVirtualEnvironment(venv, sitePackages));
        if (!installed)
            return std::unexpected(installed.error());
    }
    return {};
}

} // namespace

class TestBuild : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tmp; // TMPDIR of this test: the build environments must leave nothing in it
    std::optional<InterpreterInfo> m_base;
    int m_count = 0;

    QString fresh(const QString &stem)
    {
        return m_dir.filePath(stem + QLatin1Char('-') + QString::number(++m_count));
    }

    // A source tree of the project hello-tree 1.0 (module hello, VALUE = 'one') with the in-tree
    // backend in _build (plus `extra` code appended to it), and `pyproject` unless it is null.
    QString makeTree(const QString &pyproject, const QString &extra = {})
    {
        const QString tree = fresh(QStringLiteral("tree"));
        const QJsonObject project{{QStringLiteral("name"), QStringLiteral("hello-tree")},
                                  {QStringLiteral("version"), QStringLiteral("1.0")},
                                  {QStringLiteral("module"), QStringLiteral("hello")}};
        bool ok
            = writeFile(tree + QStringLiteral("/project.json"),
                        QString::fromUtf8(QJsonDocument(project).toJson()))
              && writeFile(tree + QStringLiteral("/hello.py"), QStringLiteral("VALUE = 'one'\n"))
              && writeFile(tree + QStringLiteral("/_build/tinybackend.py"),
                           QString::fromUtf8(backendSource) + extra);
        if (!pyproject.isNull())
            ok = ok && writeFile(tree + QStringLiteral("/pyproject.toml"), pyproject);
        return ok ? tree : QString();
    }

    BuildRequest request(const QString &tree, BuildRequest::Hook hook = BuildRequest::Hook::Wheel)
    {
        BuildRequest r;
        r.sourceDir = tree;
        r.basePython = TestSupport::systemPython3();
        r.hook = hook;
        r.outputDir = fresh(QStringLiteral("out"));
        return r;
    }

    std::optional<VirtualEnvironment> makeVenv(const InterpreterInfo &base)
    {
        auto env = createVirtualEnvironment(fresh(QStringLiteral("venv")), base);
        if (!env)
            qWarning("%s", qPrintable(env.error().toString()));
        return env ? std::optional(*env) : std::nullopt;
    }

    Run python(const VirtualEnvironment &env, const QString &code)
    {
        // From an empty folder, so that nothing is imported from the working folder by chance.
        const QString cwd = fresh(QStringLiteral("cwd"));
        QDir().mkpath(cwd);
        return TestSupport::runProgram(env.python, {QStringLiteral("-c"), code}, {}, cwd);
    }

    QString install(const QString &wheel, const VirtualEnvironment &env)
    {
        auto installed
            = installWheel(wheel, InstallScheme::forVirtualEnvironment(env.path, env.sitePackages));
        return installed ? QString() : installed.error().toString();
    }

    // An archive made by Python's tarfile or zipfile from `members`.
    QString archive(const QString &fileName, const QJsonArray &members)
    {
        const QString path = fresh(QStringLiteral("archive")) + QLatin1Char('/') + fileName;
        QDir().mkpath(QFileInfo(path).absolutePath());
        const Run made
            = TestSupport::runProgram(TestSupport::systemPython3(),
                                      {QStringLiteral("-c"), QString::fromUtf8(makeArchive), path},
                                      QJsonDocument(members).toJson());
        if (made.code != 0)
            qWarning("%s", qPrintable(made.out));
        return made.code == 0 ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (TestSupport::systemPython3().isEmpty())
            ENVDESK_NEEDS("python3 is needed (scripts/test installs it)");
        QVERIFY(m_dir.isValid());
        // nginx's worker may run as another user: it must be able to read the index.
        TestSupport::NginxServer::openToWorkers(m_dir.path());
        m_tmp = m_dir.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(m_tmp));
        qputenv("TMPDIR", QFile::encodeName(m_tmp));
        auto base = probeInterpreter(TestSupport::systemPython3());
        QVERIFY2(base, qPrintable(base ? QString() : base.error().toString()));
        m_base = *base;
    }

    void cleanup()
    {
        // Every build removed its isolated environment, whatever became of the build.
        QCOMPARE(listing(m_tmp), QStringList());
    }

    void buildsAWheelThatInstalls_data()
    {
        QTest::addColumn<QString>("basePython");
        for (const QString &python : buildPythons())
            QTest::newRow(qPrintable(python)) << python;
    }

    // An in-tree backend (backend-path) builds a wheel on every Python found; installed into a
    // new environment, it imports, and carries the config settings the backend was given.
    void buildsAWheelThatInstalls()
    {
        QFETCH(QString, basePython);
        auto base = probeInterpreter(basePython);
        QVERIFY2(base, qPrintable(base ? QString() : base.error().toString()));
        const QString tree = makeTree(QString::fromUtf8(inTreePyproject));
        QVERIFY(!tree.isEmpty());
        BuildRequest r = request(tree);
        r.basePython = basePython;
        r.configSettings = {QStringLiteral("flavour=spicy"), QStringLiteral("level=3"),
                            QStringLiteral("flavour=mild")};
        QStringList lines;
        r.output = [&lines](const QString &line) { lines << line; };
        int provisions = 0;
        r.provision = [&provisions](const std::vector<std::string> &, const QString &) {
            ++provisions;
            return Expected<void>();
        };
        // What the caller's environment says must not reach the backend.
        qputenv("PYTHONPATH", QFile::encodeName(m_dir.filePath(QStringLiteral("poison"))));
        auto built = buildSource(r);
        qunsetenv("PYTHONPATH");
        QVERIFY2(built, qPrintable(built ? QString() : built.error().toString()));
        QCOMPARE(built->path,
                 QDir(r.outputDir).filePath(QStringLiteral("hello_tree-1.0-py3-none-any.whl")));
        QCOMPARE(listing(r.outputDir),
                 QStringList{QStringLiteral("hello_tree-1.0-py3-none-any.whl")});
        QVERIFY2(lines.contains(QStringLiteral("tinybackend: building a wheel of hello-tree")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.contains(QStringLiteral("tinybackend: PYTHONPATH=None")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(built->output, lines);
        QCOMPARE(provisions, 0); // requires = [] and no get_requires hook: nothing to install

        auto env = makeVenv(*base);
        QVERIFY(env);
        const QString failed = install(built->path, *env);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const Run run
            = python(*env, QStringLiteral("import hello; print(hello.VALUE, hello.CONFIG, "
                                          "hello.__file__.startswith(%1))")
                               .arg(QLatin1Char('\'') + env->sitePackages + QLatin1Char('\'')));
        QCOMPARE(run.out,
                 QStringLiteral("one [('flavour', ['spicy', 'mild']), ('level', '3')] True"));
    }

    // PEP 660: the editable wheel points at the source tree, so an edit shows without a rebuild.
    void editableFollowsTheSource()
    {
        const QString tree = makeTree(QString::fromUtf8(inTreePyproject));
        QVERIFY(!tree.isEmpty());
        BuildRequest r = request(tree, BuildRequest::Hook::Editable);
        auto built = buildSource(r);
        QVERIFY2(built, qPrintable(built ? QString() : built.error().toString()));
        QVERIFY(built->output.contains(
            QStringLiteral("tinybackend: building an editable wheel of hello-tree")));
        auto env = makeVenv(*m_base);
        QVERIFY(env);
        const QString failed = install(built->path, *env);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(readFile(env->sitePackages + QStringLiteral("/_hello_editable.pth")).trimmed(),
                 QFileInfo(tree).absoluteFilePath());
        const QString show = QStringLiteral("import hello; print(hello.VALUE)");
        QCOMPARE(python(*env, show).out, QStringLiteral("one"));
        QVERIFY(writeFile(tree + QStringLiteral("/hello.py"), QStringLiteral("VALUE = 'two'\n")));
        QCOMPARE(python(*env, show).out, QStringLiteral("two"));
    }

    void metadata_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("said");
        QTest::newRow("prepare_metadata_for_build_wheel")
            << QString() << QStringLiteral("prepared")
            << QStringLiteral("tinybackend: preparing the metadata of hello-tree");
        QTest::newRow("fallback to build_wheel")
            << QStringLiteral("\ndel prepare_metadata_for_build_wheel\n") << QStringLiteral("built")
            << QStringLiteral("tinybackend: building a wheel of hello-tree");
    }

    // The .dist-info folder comes from the backend's metadata hook, or, when it has none, from
    // the wheel it builds; either way only the folder lands in outputDir.
    void metadata()
    {
        QFETCH(QString, extra);
        QFETCH(QString, summary);
        QFETCH(QString, said);
        const QString tree = makeTree(QString::fromUtf8(inTreePyproject), extra);
        QVERIFY(!tree.isEmpty());
        BuildRequest r = request(tree, BuildRequest::Hook::Metadata);
        auto built = buildSource(r);
        QVERIFY2(built, qPrintable(built ? QString() : built.error().toString()));
        QCOMPARE(built->path,
                 QDir(r.outputDir).filePath(QStringLiteral("hello_tree-1.0.dist-info")));
        QVERIFY2(built->output.contains(said), qPrintable(built->output.join(QLatin1Char('\n'))));
        const QString metadata = readFile(built->path + QStringLiteral("/METADATA"));
        QVERIFY2(
            metadata.contains(QStringLiteral("Name: hello-tree\n"))
                && metadata.contains(QStringLiteral("Version: 1.0\n"))
                && metadata.contains(QStringLiteral("Summary: ") + summary + QLatin1Char('\n')),
            qPrintable(metadata));
        QStringList expected{QStringLiteral("hello_tree-1.0.dist-info"),
                             QStringLiteral("hello_tree-1.0.dist-info/METADATA"),
                             QStringLiteral("hello_tree-1.0.dist-info/WHEEL")};
        if (summary == QLatin1String("built"))
            expected << QStringLiteral("hello_tree-1.0.dist-info/RECORD");
        expected.sort();
        QCOMPARE(listing(r.outputDir), expected);
    }

    // A backend that is itself a package on an index: provision is asked for [build-system]
    // requires, then for what get_requires_for_build_wheel adds, and the build uses both.
    void backendFromAnIndex()
    {
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is needed (scripts/test installs it)");
        TestSupport::WheelIndex index(m_dir.filePath(QStringLiteral("www")));
        const QString published
            = QString::fromUtf8(backendSource)
              + QStringLiteral("\n\ndef get_requires_for_build_wheel(config_settings=None):\n"
                               "    return ['tinyextra==1.0']\n\n\n"
                               "def _extra_source():\n"
                               "    import tinyextra\n"
                               "    return 'BUILT_WITH = %r\\n' % tinyextra.VALUE\n\n\n"
                               "class backend:\n"
                               "    build_wheel = staticmethod(build_wheel)\n"
                               "    get_requires_for_build_wheel = "
                               "staticmethod(get_requires_for_build_wheel)\n");
        QString failed
            = index.publish(QStringLiteral("tinybuild"), QStringLiteral("1.0"), {},
                            QJsonObject{{QStringLiteral("tinybuild/__init__.py"), published}});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = index.publishModule(QStringLiteral("tinyextra"), QStringLiteral("1.0"),
                                     QStringLiteral("'extra-1'"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        TestSupport::NginxServer server(TestSupport::NginxServer::Options{.root = index.root()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));

        const QString tree = makeTree(QStringLiteral("[build-system]\n"
                                                     "requires = [\"tinybuild>=1.0\"]\n"
                                                     "build-backend = \"tinybuild:backend\"\n"));
        QVERIFY(!tree.isEmpty());
        QVERIFY(QFile::remove(tree + QStringLiteral("/_build/tinybackend.py")));
        BuildRequest r = request(tree);
        std::vector<std::vector<std::string>> asked;
        QStringList venvs;
        const QString downloads = fresh(QStringLiteral("downloads"));
        QDir().mkpath(downloads);
        r.provision = [&](const std::vector<std::string> &requirements, const QString &venv) {
            asked.push_back(requirements);
            venvs << venv;
            return installFromIndex(server.baseUrl(), requirements, venv, downloads);
        };
        auto built = buildSource(r);
        QVERIFY2(built, qPrintable(built ? QString() : built.error().toString()));
        QCOMPARE(asked,
                 (std::vector<std::vector<std::string>>{{"tinybuild>=1.0"}, {"tinyextra==1.0"}}));
        QCOMPARE(venvs.size(), 2);
        QCOMPARE(venvs.at(0), venvs.at(1));
        QVERIFY(!QFileInfo::exists(venvs.at(0))); // the build environment is gone
        const QString log = server.accessLog();
        QVERIFY2(
            log.contains(QStringLiteral("GET /files/tinybuild-1.0-py3-none-any.whl 200"))
                && log.contains(QStringLiteral("GET /files/tinyextra-1.0-py3-none-any.whl 200")),
            qPrintable(log));

        auto env = makeVenv(*m_base);
        QVERIFY(env);
        failed = install(built->path, *env);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(
            python(*env, QStringLiteral("import hello; print(hello.VALUE, hello.BUILT_WITH)")).out,
            QStringLiteral("one extra-1"));
    }

    // A backend that fails after printing: the error says which hook of which backend, how it
    // ended and the last 20 lines it printed; outputDir is as it was.
    void failingBackend()
    {
        const QString tree = makeTree(
            QString::fromUtf8(inTreePyproject),
            QStringLiteral("\n\ndef build_wheel(wheel_directory, config_settings=None, "
                           "metadata_directory=None):\n"
                           "    for i in range(1, 31):\n"
                           "        print('noise %02d' % i)\n"
                           "    print('compiling part one')\n"
                           "    print('compiling part two')\n"
                           "    sys.stderr.write('error: the compiler gave up\\n')\n"
                           "    with open(os.path.join(wheel_directory, 'half.whl'), 'w') as f:\n"
                           "        f.write('half')\n"
                           "    raise RuntimeError('tinybackend cannot build this')\n"));
        QVERIFY(!tree.isEmpty());
        for (const bool existing : {true, false}) {
            BuildRequest r = request(tree);
            if (existing)
                QVERIFY(
                    writeFile(r.outputDir + QStringLiteral("/keep.txt"), QStringLiteral("mine")));
            auto built = buildSource(r);
            QVERIFY(!built);
            QCOMPARE(built.error().code, ErrorCode::BuildFailed);
            const QString text = built.error().toString();
            for (const QString &part :
                 {QFileInfo(tree).absoluteFilePath(), QStringLiteral("build_wheel"),
                  QStringLiteral("the backend tinybackend"), QStringLiteral("exited with status 1"),
                  QStringLiteral("compiling part one"), QStringLiteral("compiling part two"),
                  QStringLiteral("error: the compiler gave up"),
                  QStringLiteral("RuntimeError: tinybackend cannot build this")})
                QVERIFY2(text.contains(part),
                         qPrintable(part + QStringLiteral(" not in: ") + text));
            // The last lines, not all of them.
            QVERIFY2(!text.contains(QStringLiteral("noise 01")), qPrintable(text));
            QCOMPARE(built.error().message.split(QLatin1Char('\n')).size(), 1 + 1 + 20);
            if (existing)
                QCOMPARE(listing(r.outputDir), QStringList{QStringLiteral("keep.txt")});
            else
                QVERIFY(!QFileInfo::exists(r.outputDir));
        }
    }

    void backendProblems_data()
    {
        QTest::addColumn<QString>("pyproject"); // null: no pyproject.toml
        QTest::addColumn<QString>("extra");
        QTest::addColumn<int>("hook");
        QTest::addColumn<bool>("withProvision");
        QTest::addColumn<QStringList>("said");
        const int wheel = int(BuildRequest::Hook::Wheel);
        QTest::newRow("backend not installed")
            << QStringLiteral(
                   "[build-system]\nrequires = []\nbuild-backend = \"notinstalled_backend\"\n")
            << QString() << wheel << true
            << QStringList{
                   QStringLiteral("the backend notinstalled_backend cannot be imported"),
                   QStringLiteral("the backend notinstalled_backend is not installed in the "
                                  "build environment: add it to [build-system] requires")};
        QTest::newRow("backend's own import missing")
            << QString::fromUtf8(inTreePyproject)
            << QStringLiteral("\nimport not_a_real_dependency\n") << wheel << true
            << QStringList{
                   QStringLiteral("it needs the module not_a_real_dependency"),
                   QStringLiteral("add the project providing it to [build-system] requires")};
        QTest::newRow("setup.py-style import during the build")
            << QString::fromUtf8(inTreePyproject)
            << QStringLiteral("\n\ndef build_wheel(wheel_directory, config_settings=None, "
                              "metadata_directory=None):\n    import numpy_not_here\n")
            << wheel << true
            << QStringList{QStringLiteral("exited with status 1"),
                           QStringLiteral("the build needs the module numpy_not_here")};
        QTest::newRow("backend not from backend-path")
            << QStringLiteral("[build-system]\nrequires = []\nbuild-backend = \"json\"\n"
                              "backend-path = [\"_build\"]\n")
            << QString() << wheel << true
            << QStringList{QStringLiteral("the backend json was loaded from"),
                           QStringLiteral("not from its backend-path")};
        QTest::newRow("object missing")
            << QStringLiteral(
                   "[build-system]\nrequires = []\nbuild-backend = \"tinybackend:nothere\"\n"
                   "backend-path = [\"_build\"]\n")
            << QString() << wheel << true
            << QStringList{QStringLiteral("the backend tinybackend:nothere has no object nothere "
                                          "(running get_requires_for_build_wheel)")};
        QTest::newRow("no build_editable")
            << QString::fromUtf8(inTreePyproject) << QStringLiteral("\ndel build_editable\n")
            << int(BuildRequest::Hook::Editable) << true
            << QStringList{QStringLiteral("cannot build editable installs"),
                           QStringLiteral("PEP 660")};
        QTest::newRow("no pyproject.toml, no installer")
            << QString() << QString() << wheel << false
            << QStringList{QStringLiteral("setuptools>=40.8.0"),
                           QStringLiteral("no installer was given"),
                           QStringLiteral("it is built with setuptools")};
        QTest::newRow("no build-backend, setuptools not installed")
            << QStringLiteral("[build-system]\nrequires = []\n") << QString() << wheel << true
            << QStringList{QStringLiteral("setuptools.build_meta:__legacy__ cannot be imported"),
                           QStringLiteral("it is built with setuptools")};
        QTest::newRow("requirements, no installer")
            << QStringLiteral("[build-system]\nrequires = [\"tinybuild>=1\", \"other\"]\n"
                              "build-backend = \"tinybackend\"\nbackend-path = [\"_build\"]\n")
            << QString() << wheel << false
            << QStringList{QStringLiteral("tinybuild>=1, other cannot be installed")};
        QTest::newRow("installer fails")
            << QStringLiteral("[build-system]\nrequires = [\"tinybuild>=1\"]\n"
                              "build-backend = \"tinybackend\"\nbackend-path = [\"_build\"]\n")
            << QString() << wheel << true
            << QStringList{QStringLiteral("installing its build requirements tinybuild>=1 failed: "
                                          "no index has tinybuild")};
    }

    // What a user reads when the backend cannot run: the cause and what to change.
    void backendProblems()
    {
        QFETCH(QString, pyproject);
        QFETCH(QString, extra);
        QFETCH(int, hook);
        QFETCH(bool, withProvision);
        QFETCH(QStringList, said);
        const QString tree = makeTree(pyproject.isEmpty() ? QString() : pyproject, extra);
        QVERIFY(!tree.isEmpty());
        if (pyproject.isEmpty())
            QVERIFY(writeFile(tree + QStringLiteral("/setup.py"),
                              QStringLiteral("from setuptools import setup\nsetup()\n")));
        BuildRequest r = request(tree, BuildRequest::Hook(hook));
        if (withProvision) {
            r.provision = [](const std::vector<std::string> &requirements, const QString &) {
                return Expected<void>(
                    fail(ErrorCode::NoSolution, QStringLiteral("no index has ")
                                                    + QString::fromStdString(requirements.front())
                                                          .section(QLatin1Char('>'), 0, 0)));
            };
        }
        auto built = buildSource(r);
        QVERIFY(!built);
        QVERIFY(built.error().code == ErrorCode::BuildFailed
                || built.error().code == ErrorCode::NoSolution);
        const QString text = built.error().toString();
        for (const QString &part : said)
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in: ") + text));
        QVERIFY(text.contains(QFileInfo(tree).absoluteFilePath()));
        QVERIFY(!QFileInfo::exists(r.outputDir));
    }

    void buildSystem_data()
    {
        QTest::addColumn<QString>("pyproject");
        QTest::addColumn<QString>("requirements"); // joined by '|'; for valid cases
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("line"); // of the error; 0: valid
        QTest::addColumn<QString>("said");
        QTest::newRow("no pyproject.toml")
            << QString() << QStringLiteral("setuptools>=40.8.0")
            << QStringLiteral("setuptools.build_meta:__legacy__") << 0 << QString();
        QTest::newRow("no [build-system]")
            << QStringLiteral("[project]\nname = \"x\"\n") << QStringLiteral("setuptools>=40.8.0")
            << QStringLiteral("setuptools.build_meta:__legacy__") << 0 << QString();
        QTest::newRow("no build-backend")
            << QStringLiteral("[build-system]\nrequires = [\"setuptools>=61\", \"wheel\"]\n")
            << QStringLiteral("setuptools>=61|wheel")
            << QStringLiteral("setuptools.build_meta:__legacy__") << 0 << QString();
        QTest::newRow("declared") << QStringLiteral("[build-system]\nrequires = [\"hatchling\"]\n"
                                                    "build-backend = \"hatchling.build\"\n")
                                  << QStringLiteral("hatchling")
                                  << QStringLiteral("hatchling.build") << 0 << QString();
        QTest::newRow("invalid TOML")
            << QStringLiteral("[build-system]\nrequires = [\n\"a\",\nbuild-backend = 3\n")
            << QString() << QString() << 4 << QStringLiteral("invalid TOML");
        QTest::newRow("no requires")
            << QStringLiteral("[project]\nname = \"x\"\n\n[build-system]\nbuild-backend = \"x\"\n")
            << QString() << QString() << 4 << QStringLiteral("[build-system] has no requires");
        QTest::newRow("requires not an array")
            << QStringLiteral("[build-system]\n\nrequires = \"setuptools\"\n") << QString()
            << QString() << 3 << QStringLiteral("must be an array of strings");
        QTest::newRow("requirement not PEP 508")
            << QStringLiteral("[build-system]\nrequires = [\n  \"ok\",\n  \"bad >>= 1\",\n]\n")
            << QString() << QString() << 4 << QStringLiteral("build-system.requires:");
        QTest::newRow("backend not a name")
            << QStringLiteral("[build-system]\nrequires = []\nbuild-backend = \"not a module\"\n")
            << QString() << QString() << 3
            << QStringLiteral("build-backend 'not a module' is not a module or module:object");
        QTest::newRow("backend-path leaves the tree")
            << QStringLiteral("[build-system]\nrequires = []\nbuild-backend = \"b\"\n"
                              "backend-path = [\"_build\", \"../elsewhere\"]\n")
            << QString() << QString() << 4
            << QStringLiteral("backend-path entry '../elsewhere' is outside the source tree");
        QTest::newRow("backend-path through a link out of the tree")
            << QStringLiteral("[build-system]\nrequires = []\nbuild-backend = \"b\"\n"
                              "backend-path = [\"escape\"]\n")
            << QString() << QString() << 4
            << QStringLiteral("backend-path entry 'escape' is outside the source tree");
    }

    // [build-system] as PEP 517 and 518 read it; mistakes are named with their file and line.
    void buildSystem()
    {
        QFETCH(QString, pyproject);
        QFETCH(QString, requirements);
        QFETCH(QString, backend);
        QFETCH(int, line);
        QFETCH(QString, said);
        const QString tree = fresh(QStringLiteral("system"));
        QVERIFY(QDir().mkpath(tree));
        QVERIFY(QFile::link(m_dir.path(), tree + QStringLiteral("/escape")));
        if (!pyproject.isEmpty())
            QVERIFY(writeFile(tree + QStringLiteral("/pyproject.toml"), pyproject));
        auto system = readBuildSystem(tree);
        if (line == 0) {
            QVERIFY2(system, qPrintable(system ? QString() : system.error().toString()));
            QStringList got;
            for (const std::string &r : system->requires_)
                got << QString::fromStdString(r);
            QCOMPARE(got.join(QLatin1Char('|')), requirements);
            QCOMPARE(QString::fromStdString(system->backend), backend);
            QCOMPARE(system->legacy, backend.startsWith(QLatin1String("setuptools.build_meta")));
            return;
        }
        QVERIFY(!system);
        QCOMPARE(system.error().file, tree + QStringLiteral("/pyproject.toml"));
        QCOMPARE(system.error().line, line);
        QVERIFY2(system.error().message.contains(said), qPrintable(system.error().toString()));
    }

    // Cancelling kills the backend and what it started, promptly, and leaves nothing behind.
    void cancelKillsTheBackend()
    {
        const QString tree = makeTree(
            QString::fromUtf8(inTreePyproject),
            QStringLiteral("\n\ndef build_wheel(wheel_directory, config_settings=None, "
                           "metadata_directory=None):\n"
                           "    import subprocess, time\n"
                           "    child = subprocess.Popen([sys.executable, '-c', "
                           "'import time; time.sleep(30)'])\n"
                           "    print('tinybackend: pids %d %d' % (os.getpid(), child.pid))\n"
                           "    time.sleep(30)\n"));
        QVERIFY(!tree.isEmpty());
        BuildRequest r = request(tree);
        QList<qint64> pids;
        bool runningWhenSeen = false;
        QElapsedTimer sinceSeen;
        QElapsedTimer sinceCancelled;
        r.output = [&](const QString &line) {
            static const QRegularExpression said(
                QStringLiteral("^tinybackend: pids (\\d+) (\\d+)$"));
            const auto m = said.match(line);
            if (!m.hasMatch())
                return;
            pids = {m.captured(1).toLongLong(), m.captured(2).toLongLong()};
            runningWhenSeen = !processGone(pids[0]) && !processGone(pids[1]);
            sinceSeen.start();
        };
        r.cancelled = [&] {
            if (!sinceSeen.isValid() || sinceSeen.elapsed() < 200)
                return false;
            if (!sinceCancelled.isValid())
                sinceCancelled.start();
            return true;
        };
        auto built = buildSource(r);
        QVERIFY(sinceSeen.isValid());
        const qint64 total = sinceSeen.elapsed();
        QVERIFY(!built);
        QCOMPARE(built.error().code, ErrorCode::Cancelled);
        QVERIFY2(total < 2000, qPrintable(QString::number(total)));
        QVERIFY2(sinceCancelled.elapsed() < 1000,
                 qPrintable(QString::number(sinceCancelled.elapsed())));
        QVERIFY(runningWhenSeen);
        QVERIFY2(processGone(pids[0]), "the backend still runs");
        // The group got SIGKILL; the child, reparented, dies when the kernel next runs it (a few
        // ms on a loaded machine). Without the kill it would sleep 30 s.
        QTRY_VERIFY2_WITH_TIMEOUT(processGone(pids[1]), "the backend's child still runs", 1000);
        QVERIFY(!QFileInfo::exists(r.outputDir));
    }

    void unpacksAnSdist_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("tar.gz") << QStringLiteral("pkg-1.0.tar.gz");
        QTest::newRow("zip") << QStringLiteral("pkg-1.0.zip");
    }

    // A well-made sdist unpacks to its top folder, with its link and executable bit.
    void unpacksAnSdist()
    {
        QFETCH(QString, fileName);
        auto file = [](const QString &name, const QString &text, int mode = 0644) {
            return QJsonObject{{QStringLiteral("name"), name},
                               {QStringLiteral("text"), text},
                               {QStringLiteral("mode"), mode}};
        };
        const QString path = archive(
            fileName,
            QJsonArray{
                QJsonObject{{QStringLiteral("name"), QStringLiteral("pkg-1.0/")},
                            {QStringLiteral("type"), QStringLiteral("dir")}},
                file(QStringLiteral("pkg-1.0/pyproject.toml"), QString::fromUtf8(inTreePyproject)),
                file(QStringLiteral("pkg-1.0/src/pkg/__init__.py"), QStringLiteral("VALUE = 1\n")),
                file(QStringLiteral("pkg-1.0/LICENSE"), QStringLiteral("MIT\n")),
                file(QStringLiteral("pkg-1.0/run.sh"), QStringLiteral("#!/bin/sh\necho ran\n"),
                     0755),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("pkg-1.0/docs/LICENSE")},
                            {QStringLiteral("type"), QStringLiteral("symlink")},
                            {QStringLiteral("target"), QStringLiteral("../LICENSE")}}});
        QVERIFY(!path.isEmpty());
        const QString target = fresh(QStringLiteral("unpacked"));
        auto tree = unpackSdist(path, target);
        QVERIFY2(tree, qPrintable(tree ? QString() : tree.error().toString()));
        QCOMPARE(*tree, target + QStringLiteral("/pkg-1.0"));
        QCOMPARE(
            listing(target),
            (QStringList{QStringLiteral("pkg-1.0"), QStringLiteral("pkg-1.0/LICENSE"),
                         QStringLiteral("pkg-1.0/docs"), QStringLiteral("pkg-1.0/docs/LICENSE"),
                         QStringLiteral("pkg-1.0/pyproject.toml"), QStringLiteral("pkg-1.0/run.sh"),
                         QStringLiteral("pkg-1.0/src"), QStringLiteral("pkg-1.0/src/pkg"),
                         QStringLiteral("pkg-1.0/src/pkg/__init__.py")}));
        QCOMPARE(readFile(*tree + QStringLiteral("/docs/LICENSE")), QStringLiteral("MIT\n"));
        QVERIFY(QFileInfo(*tree + QStringLiteral("/docs/LICENSE")).isSymLink());
        QCOMPARE(TestSupport::runProgram(*tree + QStringLiteral("/run.sh"), {}).out,
                 QStringLiteral("ran"));
        QCOMPARE(readBuildSystem(*tree)->backend, std::string("tinybackend"));
        // Unpacking again into the same folder replaces nothing.
        auto again = unpackSdist(path, target);
        QVERIFY(!again);
        QVERIFY(again.error().toString().contains(QStringLiteral("already exists")));
    }

    void refusesHostileSdists_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QJsonArray>("members");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("outside"); // relative to the case's folder; must not appear
        auto file = [](const QString &name) {
            return QJsonObject{{QStringLiteral("name"), name},
                               {QStringLiteral("text"), QStringLiteral("evil\n")}};
        };
        auto link = [](const QString &name, const QString &target, bool hard = false) {
            return QJsonObject{{QStringLiteral("name"), name},
                               {QStringLiteral("type"),
                                hard ? QStringLiteral("hardlink") : QStringLiteral("symlink")},
                               {QStringLiteral("target"), target}};
        };
        const QJsonObject ok = file(QStringLiteral("pkg-1.0/ok.txt"));
        for (const QString &fileName :
             {QStringLiteral("pkg-1.0.tar.gz"), QStringLiteral("pkg-1.0.zip")}) {
            const QString kind = fileName.section(QLatin1Char('.'), -1);
            QTest::addRow("%s: ../evil", qPrintable(kind))
                << fileName << QJsonArray{ok, file(QStringLiteral("pkg-1.0/../../evil.txt"))}
                << QStringLiteral("pkg-1.0/../../evil.txt") << QStringLiteral("evil.txt");
            QTest::addRow("%s: symlink out", qPrintable(kind))
                << fileName
                << QJsonArray{ok,
                              link(QStringLiteral("pkg-1.0/link"), QStringLiteral("../../outside"))}
                << QStringLiteral("pkg-1.0/link") << QStringLiteral("outside");
        }
        QTest::newRow("absolute path")
            << QStringLiteral("pkg-1.0.tar.gz")
            << QJsonArray{ok, file(QStringLiteral("ABSOLUTE/abs-evil.txt"))}
            << QStringLiteral("ABSOLUTE/abs-evil.txt") << QStringLiteral("abs-evil.txt");
        QTest::newRow("symlink out through another symlink")
            << QStringLiteral("pkg-1.0.tar.gz")
            << QJsonArray{ok, link(QStringLiteral("pkg-1.0/sub/deep/l"), QStringLiteral("../..")),
                          link(QStringLiteral("pkg-1.0/m"), QStringLiteral("sub/deep/l/.."))}
            << QStringLiteral("pkg-1.0/m") << QString();
        QTest::newRow("written through a symlink")
            << QStringLiteral("pkg-1.0.tar.gz")
            << QJsonArray{ok, link(QStringLiteral("pkg-1.0/in"), QStringLiteral("sub")),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("pkg-1.0/sub")},
                                      {QStringLiteral("type"), QStringLiteral("dir")}},
                          file(QStringLiteral("pkg-1.0/in/x.txt"))}
            << QStringLiteral("pkg-1.0/in/x.txt") << QString();
        QTest::newRow("hard link out")
            << QStringLiteral("pkg-1.0.tar.gz")
            << QJsonArray{ok,
                          link(QStringLiteral("pkg-1.0/h"), QStringLiteral("../outside.txt"), true)}
            << QStringLiteral("pkg-1.0/h") << QStringLiteral("outside.txt");
        QTest::newRow("device")
            << QStringLiteral("pkg-1.0.tar.gz")
            << QJsonArray{ok, QJsonObject{{QStringLiteral("name"), QStringLiteral("pkg-1.0/null")},
                                          {QStringLiteral("type"), QStringLiteral("chr")}}}
            << QStringLiteral("pkg-1.0/null") << QString();
        QTest::newRow("PAX size disagrees with the tar header")
            << QStringLiteral("pkg-1.0.tar.gz")
            << QJsonArray{ok, QJsonObject{{QStringLiteral("name"), QStringLiteral("pkg-1.0/smuggled.txt")},
                                          {QStringLiteral("text"), QStringLiteral("hello, world\n")},
                                          {QStringLiteral("pax_size"), 4}}}
            << QStringLiteral("pkg-1.0/smuggled.txt") << QString();
        QTest::newRow("two top-level folders")
            << QStringLiteral("pkg-1.0.tar.gz")
            << QJsonArray{ok, file(QStringLiteral("other/evil.txt"))} << QStringLiteral("other")
            << QStringLiteral("other");
    }

    // Hostile sdists are refused naming the member, and nothing is written anywhere.
    void refusesHostileSdists()
    {
        QFETCH(QString, fileName);
        QFETCH(QJsonArray, members);
        QFETCH(QString, named);
        QFETCH(QString, outside);
        const QString folder = fresh(QStringLiteral("hostile"));
        const QString target = folder + QStringLiteral("/a/target");
        QVERIFY(QDir().mkpath(target));
        // The absolute member points into this case's folder, where it would be noticed.
        for (qsizetype i = 0; i < members.size(); ++i) {
            QJsonObject m = members.at(i).toObject();
            QString name = m.value(QStringLiteral("name")).toString();
            if (name.startsWith(QLatin1String("ABSOLUTE/"))) {
                name.replace(QStringLiteral("ABSOLUTE"), folder);
                m.insert(QStringLiteral("name"), name);
                members.replace(i, m);
                named = name;
            }
        }
        const QString path = archive(fileName, members);
        QVERIFY(!path.isEmpty());
        auto tree = unpackSdist(path, target);
        QVERIFY(!tree);
        QCOMPARE(tree.error().code, ErrorCode::InvalidArchive);
        QVERIFY2(tree.error().message.contains(QLatin1Char('\'') + named + QLatin1Char('\'')),
                 qPrintable(tree.error().toString()));
        QCOMPARE(listing(folder), (QStringList{QStringLiteral("a"), QStringLiteral("a/target")}));
        if (!outside.isEmpty()) {
            for (const QString &where : QStringList{folder, folder + QStringLiteral("/a"), target})
                QVERIFY(!QFileInfo::exists(where + QLatin1Char('/') + outside));
        }
    }
    // A member that decompresses past the limit (a bomb: a megabyte of zeros is a few hundred
    // bytes of gzip) stops the unpacking, naming it; nothing is left in the target.
    void refusesAnSdistThatUnpacksPastItsLimit()
    {
        const QString path = archive(
            QStringLiteral("bomb-1.0.tar.gz"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("bomb-1.0/zeros.bin")},
                                   {QStringLiteral("text"), QString(1 << 20, QLatin1Char('0'))},
                                   {QStringLiteral("mode"), 0644}}});
        QVERIFY(!path.isEmpty());
        QVERIFY(QFileInfo(path).size() < 64 * 1024);
        const QString target = fresh(QStringLiteral("bomb"));
        QVERIFY(QDir().mkpath(target));
        auto tree = unpackSdist(path, target, 256 * 1024);
        QVERIFY(!tree);
        QCOMPARE(tree.error().code, ErrorCode::InvalidArchive);
        QVERIFY2(tree.error().message.contains(QLatin1String("'bomb-1.0/zeros.bin'")),
                 qPrintable(tree.error().toString()));
        QCOMPARE(listing(target), QStringList());
        // Within the limit it unpacks.
        auto fits = unpackSdist(path, target, 2 << 20);
        QVERIFY2(fits, qPrintable(fits ? QString() : fits.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestBuild)
#include "tst_build.moc"
