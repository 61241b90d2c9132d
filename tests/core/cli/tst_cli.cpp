#include "common/requirements.h"
#include "common/certs.h"
#include "common/nginxserver.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args, const QString &workingDirectory = {},
                   const QProcessEnvironment &extra = {})
    {
        QProcess process;
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : extra.keys())
            env.insert(k, extra.value(k));
        env.insert(QStringLiteral("XDG_CACHE_HOME"),
                   QDir::tempPath() + QStringLiteral("/envdesk-cli-test-cache"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ENVDESK_CLI_PATH), args);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void versionPrintsTheProjectVersion()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("envdesk-cli ")), qPrintable(r.out));
        QVERIFY(r.out.trimmed().split(QLatin1Char(' ')).last().contains(QLatin1Char('.')));
    }

    void helpListsUsageAndExitsZero()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Usage: envdesk-cli")));
        QVERIFY(r.out.contains(QLatin1String("Commands:")));
    }

    void unknownCommandIsAUsageError()
    {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("unknown command 'frobnicate'")));
        QVERIFY(r.out.isEmpty());
    }

    void noArgumentsShowsHelpAsUsageError()
    {
        const Run r = run({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains(QLatin1String("Usage: envdesk-cli")));
    }

    void editsTheProjectFile()
    {
        QTemporaryDir dir;
        const QByteArray original = "# my project\n[project]\nname = \"demo\"\nversion = "
                                    "\"0.1\"\ndependencies = [\n    \"requests>=2\",  # http\n]\n";
        QFile f(dir.filePath(QStringLiteral("pyproject.toml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original);
        f.close();
        QCOMPARE(
            run({QStringLiteral("add"), QStringLiteral("httpx>=0.27"), QStringLiteral("--frozen")},
                dir.path())
                .exitCode,
            0);
        QCOMPARE(run({QStringLiteral("index"), QStringLiteral("add"), QStringLiteral("corp"),
                      QStringLiteral("https://nexus.example.com/repository/pypi/simple"),
                      QStringLiteral("--explicit"), QStringLiteral("--project"), dir.path()})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("add"), QStringLiteral("internal-lib"),
                      QStringLiteral("--index"), QStringLiteral("corp"), QStringLiteral("--group"),
                      QStringLiteral("dev"), QStringLiteral("--frozen")},
                     dir.path())
                     .exitCode,
                 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray edited = f.readAll();
        f.close();
        QVERIFY2(edited.startsWith(
                     "# my project\n[project]\nname = \"demo\"\nversion = \"0.1\"\ndependencies = "
                     "[\n    \"requests>=2\",  # http\n    \"httpx>=0.27\",\n]\n"),
                 edited.constData());
        QVERIFY(edited.contains(
            "[[tool.uv.index]]\nname = \"corp\"\nurl = "
            "\"https://nexus.example.com/repository/pypi/simple\"\nexplicit = true\n"));
        QVERIFY(edited.contains("[dependency-groups]\ndev = [\n    \"internal-lib\",\n]\n"));
        QVERIFY(edited.contains("internal-lib = { index = \"corp\" }"));

        const Run stillPinned
            = run({QStringLiteral("index"), QStringLiteral("remove"), QStringLiteral("corp")},
                  dir.path());
        QCOMPARE(stillPinned.exitCode, 2);
        QVERIFY(stillPinned.err.contains(QLatin1String("still used by 'internal-lib'")));

        const Run bad = run({QStringLiteral("add"), QStringLiteral("not a (( requirement"),
                             QStringLiteral("--frozen")},
                            dir.path());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("invalid requirement")));
        QCOMPARE(
            run({QStringLiteral("remove"), QStringLiteral("Requests"), QStringLiteral("--frozen")},
                dir.path())
                .exitCode,
            0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("requests>=2"));
    }

    void brokenProjectFileIsReportedWithItsLine()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("pyproject.toml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "[project]\nname = \"x\"\n[[tool.uv.index]]\nname = \"a b\"\nurl = \"https://x\"\n");
        f.close();
        const Run r = run({QStringLiteral("add"), QStringLiteral("six"),
                           QStringLiteral("--project"), dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("pyproject.toml:4:")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("'a b'")));
    }

    void listFilesAndConnectionTest()
    {
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        QTemporaryDir root;
        QDir().mkpath(root.filePath(QStringLiteral("simple/demo")));
        QFile page(root.filePath(QStringLiteral("simple/demo/index.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<a href=\"/f/demo-1.0-py3-none-any.whl#sha256=ab\" "
                   "data-requires-python=\"&gt;=3.8\">demo-1.0-py3-none-any.whl</a>"
                   "<a href=\"/f/demo-0.9.tar.gz\" data-yanked=\"broken\">demo-0.9.tar.gz</a>");
        page.close();
        QFile rootPage(root.filePath(QStringLiteral("simple/index.html")));
        QVERIFY(rootPage.open(QIODevice::WriteOnly));
        rootPage.write("<a href=\"/simple/demo/\">demo</a>");
        rootPage.close();
        TestSupport::NginxServer server({.root = root.path()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const QString index = server.baseUrl() + QStringLiteral("/simple");
        QTemporaryDir empty;
        const Run text = run({QStringLiteral("index"), QStringLiteral("list-files"),
                              QStringLiteral("demo"), QStringLiteral("--index-url"), index,
                              QStringLiteral("--project"), empty.path()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QLatin1String("demo-1.0-py3-none-any.whl")),
                 qPrintable(text.out + text.err));
        QVERIFY(text.out.contains(QLatin1String("requires-python >=3.8")));
        QVERIFY(text.out.contains(QLatin1String("yanked: broken")));
        const Run json
            = run({QStringLiteral("index"), QStringLiteral("list-files"), QStringLiteral("demo"),
                   QStringLiteral("--index-url"), index, QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("--project"), empty.path()});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.contains(QLatin1String("\"sha256\": \"ab\"")));

        // The root listing, for name completion.
        rootPage.open(QIODevice::WriteOnly);
        rootPage.write("<a href=\"/simple/demo/\">demo</a><a href=\"/simple/zope-interface/\">zope.interface</a>");
        rootPage.close();
        const Run names = run({QStringLiteral("index"), QStringLiteral("list-projects"), QStringLiteral("--index-url"),
                               index, QStringLiteral("--project"), empty.path()});
        QCOMPARE(names.exitCode, 0);
        QVERIFY2(names.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2
                     && names.out.contains(QLatin1String("demo")) && names.out.contains(QLatin1String("zope")),
                 qPrintable(names.out + names.err));
        const Run namesJson = run({QStringLiteral("index"), QStringLiteral("list-projects"), QStringLiteral("--index-url"),
                                   index, QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--project"), empty.path()});
        QCOMPARE(namesJson.exitCode, 0);
        QVERIFY(namesJson.out.startsWith(QLatin1String("{\"projects\":[")));
        const Run unreachable = run({QStringLiteral("index"), QStringLiteral("list-projects"),
                                     QStringLiteral("--index-url"), server.baseUrl() + QStringLiteral("/missing"),
                                     QStringLiteral("--project"), empty.path()});
        QCOMPARE(unreachable.exitCode, 2);
        QVERIFY(unreachable.err.contains(QLatin1String("/missing")));

        const Run ok = run({QStringLiteral("index"), QStringLiteral("test"), index,
                            QStringLiteral("--project"), empty.path()});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(QLatin1String("The index works")), qPrintable(ok.out));
        const Run wrong
            = run({QStringLiteral("index"), QStringLiteral("test"),
                   server.baseUrl() + QStringLiteral("/nothing"), QStringLiteral("--project"),
                   empty.path(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.out.contains(QLatin1String("\"ok\": false")));
    }

    // [tool.envdesk.index.NAME]: a header whose value comes from the environment, and a
    // credential command (a script of the project's) whose token the index accepts.
    void envdeskIndexHeadersAndCredentialCommand()
    {
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        QTemporaryDir root;
        QDir().mkpath(root.filePath(QStringLiteral("www/simple/demo")));
        QFile page(root.filePath(QStringLiteral("www/simple/demo/index.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<a href=\"/f/demo-1.0-py3-none-any.whl\">demo-1.0-py3-none-any.whl</a>");
        page.close();
        QFile rootPage(root.filePath(QStringLiteral("www/simple/index.html")));
        QVERIFY(rootPage.open(QIODevice::WriteOnly));
        rootPage.write("<a href=\"/simple/demo/\">demo</a>");
        rootPage.close();
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"),
                                                  QStringLiteral("tok-from-helper")});
        QVERIFY(openssl.waitForFinished(10000) && openssl.exitCode() == 0);
        QFile htpasswd(root.filePath(QStringLiteral("htpasswd")));
        QVERIFY(htpasswd.open(QIODevice::WriteOnly));
        htpasswd.write("aws:" + openssl.readAllStandardOutput().trimmed() + "\n");
        htpasswd.close();
        TestSupport::NginxServer server({.root = root.filePath(QStringLiteral("www")),
                                         .htpasswd = htpasswd.fileName(),
                                         .extraServerConfig = QStringLiteral(
                                             "if ($http_x_api_key != \"k-9\") { return 403; }")});
        QVERIFY2(server.start(), qPrintable(server.errorText()));

        QTemporaryDir project;
        QDir().mkpath(project.filePath(QStringLiteral("scripts")));
        QFile helper(project.filePath(QStringLiteral("scripts/token.sh")));
        QVERIFY(helper.open(QIODevice::WriteOnly));
        helper.write("#!/bin/sh\necho tok-from-helper\n");
        helper.close();
        helper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile pyproject(project.filePath(QStringLiteral("pyproject.toml")));
        QVERIFY(pyproject.open(QIODevice::WriteOnly));
        pyproject.write(
            "[project]\nname = \"p\"\nversion = \"1.0\"\ndependencies = "
            "[]\n\n[[tool.uv.index]]\nname = \"corp\"\nurl = \""
            + server.baseUrl().toUtf8()
            + "/simple\"\ndefault = true\nauthenticate = \"always\"\n\n[tool.envdesk.index.corp]\n"
              "headers = { X-Api-Key = \"${env:CORP_KEY}\" }\ncredential-command = "
              "[\"scripts/token.sh\"]\n"
              "credential-username = \"aws\"\n");
        pyproject.close();

        QProcessEnvironment env;
        env.insert(QStringLiteral("CORP_KEY"), QStringLiteral("k-9"));
        Run r = run({QStringLiteral("index"), QStringLiteral("list-files"), QStringLiteral("demo")},
                    project.path(), env);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(QStringLiteral("exit %1: ").arg(r.exitCode) + r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("demo-1.0-py3-none-any.whl")));
        r = run({QStringLiteral("index"), QStringLiteral("test"), QStringLiteral("corp")},
                project.path(), env);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(QStringLiteral("exit %1: ").arg(r.exitCode) + r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("credential command")));
        QVERIFY(!r.out.contains(QLatin1String("tok-from-helper")));

        // Without the variable: an error naming the header and the variable, nothing sent.
        r = run({QStringLiteral("index"), QStringLiteral("list-files"), QStringLiteral("demo")},
                project.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(
                     QLatin1String("header X-Api-Key uses ${env:CORP_KEY}, which is not set")),
                 qPrintable(r.err));
    }

    // list-files uses the index's TLS settings: a private CA from [tool.envdesk.index.NAME]
    // ca-bundle, and allow-insecure-host; without either the certificate is refused.
    void listFilesUsesPerIndexTls()
    {
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        TestSupport::TestCertificates certs;
        QVERIFY2(certs.make(), qPrintable(certs.errorText()));
        QTemporaryDir root;
        QDir().mkpath(root.filePath(QStringLiteral("simple/demo")));
        QFile page(root.filePath(QStringLiteral("simple/demo/index.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<a href=\"/f/demo-1.0-py3-none-any.whl\">demo-1.0-py3-none-any.whl</a>");
        page.close();
        TestSupport::NginxServer server({.root = root.path(),
                                         .certificate = certs.path(QStringLiteral("server.crt")),
                                         .key = certs.path(QStringLiteral("server.key"))});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        QVERIFY(server.baseUrl().startsWith(QLatin1String("https://")));

        QTemporaryDir project;
        auto write = [&](const QByteArray &extra, const QByteArray &before = {}) {
            QFile f(project.filePath(QStringLiteral("pyproject.toml")));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("[project]\nname = \"p\"\nversion = \"1.0\"\ndependencies = []\n\n" + before
                    + "[[tool.uv.index]]\nname = \"corp\"\nurl = \"" + server.baseUrl().toUtf8()
                    + "/simple\"\ndefault = true\n" + extra);
        };
        QProcessEnvironment env;
        env.insert(QStringLiteral("SSL_CERT_FILE"),
                   QString()); // the machine's own setting does not apply
        write({});
        Run r = run({QStringLiteral("index"), QStringLiteral("list-files"), QStringLiteral("demo"),
                     QStringLiteral("--refresh")},
                    project.path(), env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("certificate")), qPrintable(r.err));

        write("\n[tool.envdesk.index.corp]\nca-bundle = \""
              + certs.path(QStringLiteral("ca.crt")).toUtf8() + "\"\n");
        r = run({QStringLiteral("index"), QStringLiteral("list-files"), QStringLiteral("demo"),
                 QStringLiteral("--refresh")},
                project.path(), env);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(QStringLiteral("exit %1: ").arg(r.exitCode) + r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("demo-1.0-py3-none-any.whl")));

        write({}, "[tool.uv]\nallow-insecure-host = [\"127.0.0.1\"]\n\n");
        r = run({QStringLiteral("index"), QStringLiteral("list-files"), QStringLiteral("demo"),
                 QStringLiteral("--refresh")},
                project.path(), env);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(QStringLiteral("exit %1: ").arg(r.exitCode) + r.out + r.err));
        // Said every time.
        QVERIFY2(r.err.contains(QStringLiteral("certificates of 127.0.0.1:%1 were not checked")
                                    .arg(QUrl(server.baseUrl()).port())),
                 qPrintable(r.err));

        write("\n[tool.envdesk.index.corp]\nca-bundle = \"missing-ca.pem\"\n");
        r = run({QStringLiteral("index"), QStringLiteral("list-files"), QStringLiteral("demo"),
                 QStringLiteral("--refresh")},
                project.path(), env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("missing-ca.pem")), qPrintable(r.err));
    }

    void httpTimeoutFromTheEnvironment()
    {
        QTemporaryDir empty;
        QProcessEnvironment env;
        env.insert(QStringLiteral("UV_HTTP_TIMEOUT"), QStringLiteral("soon"));
        const Run r
            = run({QStringLiteral("index"), QStringLiteral("list-files"), QStringLiteral("demo"),
                   QStringLiteral("--index-url"), QStringLiteral("http://127.0.0.1:9/simple"),
                   QStringLiteral("--project"), empty.path()},
                  {}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("UV_HTTP_TIMEOUT='soon'")), qPrintable(r.err));
    }

    // --project naming a folder that is not there (missing, or a symbolic link loop) fails naming
    // it, for every command that takes it; nothing is read from or written to another folder (the
    // parent, the current one) instead.
    void aProjectThatIsNotThereIsAnError_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("loop");
        QTest::addColumn<bool>("before"); // envdesk-cli --project DIR COMMAND
        const QList<QStringList> commands{
            {QStringLiteral("lock")},
            {QStringLiteral("sync")},
            {QStringLiteral("add"), QStringLiteral("six")},
            {QStringLiteral("remove"), QStringLiteral("six")},
            {QStringLiteral("venv")},
            {QStringLiteral("settings")},
            {QStringLiteral("tree")},
            {QStringLiteral("resolve"), QStringLiteral("six")},
            {QStringLiteral("install"), QStringLiteral("six")},
            {QStringLiteral("index"), QStringLiteral("add"), QStringLiteral("corp"),
             QStringLiteral("https://corp.example/simple")},
        };
        for (const QStringList &command : commands) {
            for (const bool before : {false, true}) {
                const QString where = before ? QStringLiteral(", before the command") : QString();
                QTest::newRow(qPrintable(command.first() + QStringLiteral(" missing") + where))
                    << command << false << before;
                QTest::newRow(qPrintable(command.first() + QStringLiteral(" loop") + where))
                    << command << true << before;
            }
        }
    }

    void aProjectThatIsNotThereIsAnError()
    {
        QFETCH(QStringList, command);
        QFETCH(bool, loop);
        QFETCH(bool, before);
        QTemporaryDir dir;
        // The parent (and the current folder) is a project of its own, to fall back to.
        QFile f(dir.filePath(QStringLiteral("pyproject.toml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[project]\nname = \"parent\"\nversion = \"1\"\ndependencies = [\"six\"]\n");
        f.close();
        const QString named
            = dir.filePath(loop ? QStringLiteral("loop") : QStringLiteral("missing"));
        if (loop)
            QVERIFY(QFile::link(named, named));
        const QStringList entries
            = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const QStringList option{QStringLiteral("--project"), named};
        const Run r = run(before ? option + command : command + option, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY2(
            r.err.contains(loop ? QLatin1String("symbolic link") : QLatin1String("does not exist")),
            qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 entries);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }
    // Ctrl+C stops a command the way Cancel does in the window, even while it waits for an index
    // that never answers (here: the index of a build's requirements): within a second, saying so,
    // with nothing installed.
    void ctrlCCancelsWithinASecond()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            ENVDESK_NEEDS("python3 is needed (scripts/test installs it)");
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p"));
        QVERIFY(QDir().mkpath(project + QStringLiteral("/helpers/helpers")) && QDir().mkpath(project + QStringLiteral("/helpers/_build")));
        auto write = [](const QString &path, const QByteArray &text) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
        };
        QVERIFY(write(project + QStringLiteral("/pyproject.toml"),
                      "[project]\nname = \"app\"\nversion = \"1\"\ndependencies = [\"helpers\"]\n\n"
                      "[[tool.uv.index]]\nname = \"silent\"\nurl = \"http://127.0.0.1:"
                          + QByteArray::number(silent.serverPort())
                          + "/simple\"\ndefault = true\n\n[tool.uv.sources]\nhelpers = { path = \"helpers\" }\n"));
        QVERIFY(write(project + QStringLiteral("/helpers/pyproject.toml"),
                      "[project]\nname = \"helpers\"\nversion = \"0.2\"\n\n[build-system]\nrequires = [\"slowdep\"]\n"
                      "build-backend = \"tinybackend\"\nbackend-path = [\"_build\"]\n"));
        QVERIFY(write(project + QStringLiteral("/helpers/helpers/__init__.py"), "VALUE = 2\n"));
        QVERIFY(QFile::copy(QStringLiteral(ENVDESK_SOURCE_DIR "/tests/common/tinybackend.py"),
                            project + QStringLiteral("/helpers/_build/tinybackend.py")));
        QProcess cli;
        cli.setWorkingDirectory(project);
        cli.start(QStringLiteral(ENVDESK_CLI_PATH), {QStringLiteral("sync")});
        QVERIFY(cli.waitForStarted());
        // Waiting for the index: its connection is open.
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections() || silent.findChildren<QTcpSocket *>().size() > 0, 60000);
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(cli.processId()), SIGINT);
        QVERIFY(cli.waitForFinished(5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 2);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("cancelled")), qPrintable(err));
        QVERIFY(!QFile::exists(project + QStringLiteral("/.venv/lib/python3")));
        QProcess check;
        check.start(project + QStringLiteral("/.venv/bin/python"), {QStringLiteral("-c"), QStringLiteral("import helpers")});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY(check.exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
