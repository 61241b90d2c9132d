// The window runs lock, plan, sync and environment set-up as typed jobs (issue 19): what the log
// shows and lets you filter, how failures reach the user (message, hint, fix), that the plan the
// user approves is the one applied, and that Cancel, a hanging index and closing the window are
// answered at once. Real servers: nginx (plain, basic auth, TLS with a private CA) and a socket
// server that stalls.

#include "common/certs.h"
#include "common/faultserver.h"
#include "common/nginxserver.h"
#include "common/requirements.h"
#include "common/stallmeter.h"
#include "common/sourcetree.h"
#include "common/wheelindex.h"

#include "core/net/secretstore.h"
#include "ui/i18n.h"
#include "ui/logdock.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using TestSupport::FaultAction;
using TestSupport::FaultRequest;
using TestSupport::FaultServer;
using Envdesk::Ui::LogEntry;
using Envdesk::Ui::LogModel;
using Envdesk::Ui::MainWindow;

namespace {

QString logText(MainWindow &window)
{
    window.logDock()->model()->flush();
    return window.logDock()->shownText();
}

QString makeProject(const QTemporaryDir &dir, const QByteArray &pyproject)
{
    const QString project = dir.filePath(QStringLiteral("project"));
    QDir().mkpath(project);
    QFile f(project + QStringLiteral("/pyproject.toml"));
    return f.open(QIODevice::WriteOnly) && f.write(pyproject) == pyproject.size() ? project : QString();
}

QByteArray projectWithIndex(const QString &url, const QByteArray &dependencies)
{
    return "[project]\nname = \"app\"\nversion = \"1\"\ndependencies = [" + dependencies
           + "]\n\n[[tool.uv.index]]\nname = \"local\"\nurl = \"" + url.toUtf8() + "\"\ndefault = true\n";
}

// The error message the window shows (the "jobError" box), or nullptr.
QMessageBox *errorBox(MainWindow &window)
{
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("jobError"));
    return box && box->isVisible() ? box : nullptr;
}

QAbstractButton *buttonNamed(QMessageBox *box, const QString &name)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->objectName() == name)
            return b;
    }
    return nullptr;
}

// Answers the sync's plan (the "syncPreview" box) with `button`, first running `before`.
void answerPlan(MainWindow &window, QMessageBox::StandardButton button, std::function<void(const QString &)> before = {})
{
    auto *poll = new QTimer(&window);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, before] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (box && box->objectName() == QLatin1String("syncPreview") && box->isVisible()) {
                if (before)
                    before(box->informativeText());
                box->button(button)->click();
                poll->deleteLater();
                return;
            }
        }
    });
    poll->start(50);
}

bool imports(const QString &project, const QString &module)
{
    QProcess p;
    p.start(project + QStringLiteral("/.venv/bin/python"), {QStringLiteral("-c"), QStringLiteral("import ") + module});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// An index of `tool` 1.0 (and `big` 1.0, whose wheel comes slowly) served by a socket server:
// pages from `root`; the big wheel's first half, then silence.
FaultServer::Handler slowWheelIndex(const QString &root)
{
    return [root](const FaultRequest &r) -> FaultAction {
        QString path = QString::fromUtf8(r.path);
        if (path.endsWith(QLatin1Char('/')))
            path += QStringLiteral("index.html");
        QFile file(root + path);
        if (!file.open(QIODevice::ReadOnly))
            return FaultAction::status(404);
        const QByteArray body = file.readAll();
        if (path.contains(QLatin1String("big-1.0")) && path.endsWith(QLatin1String(".whl")))
            return {FaultAction::response(200, body.left(body.size() / 2), {}, body.size()), FaultAction::After::Stall, 0};
        return FaultAction::ok(body, path.endsWith(QLatin1String(".html")) ? "text/html" : "application/octet-stream");
    };
}

using TestSupport::StallMeter;

} // namespace

class TestWindowJobs : public QObject
{
    Q_OBJECT

    bool haveTools()
    {
        return !TestSupport::NginxServer::binary().isEmpty() && !TestSupport::systemPython3().isEmpty();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The log during Lock holds the resolver's steps and the index's answers, with the package
    // and index they are about; the package filter narrows them to one package.
    void lockLogsResolverAndIndexEventsWithTheirFields()
    {
        if (!haveTools())
            ENVDESK_NEEDS("nginx and python3 are needed (scripts/test installs them)");
        QTemporaryDir dir;
        TestSupport::NginxServer::openToWorkers(dir.path());
        TestSupport::WheelIndex index(dir.filePath(QStringLiteral("www")));
        QVERIFY(index.publish(QStringLiteral("tool"), QStringLiteral("1.0"), {QStringLiteral("helper")}, {}).isEmpty());
        QVERIFY(index.publishModule(QStringLiteral("helper"), QStringLiteral("2.0"), QStringLiteral("2")).isEmpty());
        TestSupport::NginxServer server({.root = index.root()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const QString project = makeProject(dir, projectWithIndex(server.baseUrl() + QStringLiteral("/simple"), "\"tool\""));

        MainWindow window;
        QVERIFY(window.openProject(project));
        QSignalSpy done(&window, &MainWindow::commandFinished);
        window.lockProject();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.takeFirst().first().toInt(), 0);

        LogModel *model = window.logDock()->model();
        model->flush();
        int resolverOnTool = 0, indexOnHelper = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const LogEntry &e = model->entry(row);
            if (e.package == QLatin1String("tool") && e.text.startsWith(QLatin1String("decide tool 1.0")))
                ++resolverOnTool;
            if (e.package == QLatin1String("helper") && e.index == QLatin1String("local")
                && e.text.contains(QLatin1String("/simple/helper/")))
                ++indexOnHelper;
        }
        QVERIFY2(resolverOnTool > 0, qPrintable(logText(window)));
        QVERIFY2(indexOnHelper > 0, qPrintable(logText(window)));

        // The filter by package: only helper's lines, and there are fewer of them than lines.
        window.logDock()->filter()->setMinimumLevel(LogEntry::Level::Debug);
        const int all = window.logDock()->filter()->rowCount();
        window.logDock()->filter()->setPackage(QStringLiteral("helper"));
        const int shown = window.logDock()->filter()->rowCount();
        QVERIFY2(shown > 0 && shown < all, qPrintable(QStringLiteral("%1 of %2").arg(shown).arg(all)));
        for (int row = 0; row < shown; ++row)
            QCOMPARE(window.logDock()->filter()->index(row, 0).data(LogModel::PackageRole).toString(),
                     QStringLiteral("helper"));
    }

    // A lock that cannot be made says why where the user looks: the explanation, the index that
    // refused and the fix it offers, not "see the log".
    void aFailingLockShowsItsMessageHintAndFix()
    {
        if (!haveTools())
            ENVDESK_NEEDS("nginx and python3 are needed (scripts/test installs them)");
        QTemporaryDir dir;
        TestSupport::NginxServer::openToWorkers(dir.path());
        TestSupport::WheelIndex index(dir.filePath(QStringLiteral("www")));
        QVERIFY(index.publishModule(QStringLiteral("tool"), QStringLiteral("1.0"), QStringLiteral("1")).isEmpty());

        // No solution: the explanation, in the message.
        {
            TestSupport::NginxServer server({.root = index.root()});
            QVERIFY2(server.start(), qPrintable(server.errorText()));
            const QString project
                = makeProject(dir, projectWithIndex(server.baseUrl() + QStringLiteral("/simple"), "\"tool>=2\""));
            MainWindow window;
            QVERIFY(window.openProject(project));
            QSignalSpy done(&window, &MainWindow::commandFinished);
            window.lockProject();
            QVERIFY(done.wait(60000));
            QCOMPARE(done.takeFirst().first().toInt(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(errorBox(window), 10000);
            QMessageBox *box = errorBox(window);
            QVERIFY2(box->informativeText().contains(QLatin1String("tool")), qPrintable(box->informativeText()));
            QVERIFY(!window.statusBar()->currentMessage().contains(QLatin1String("see the log")));
            box->close();
            QTRY_VERIFY(!errorBox(window));
            // Resolve says it the same way.
            QSignalSpy resolved(&window, &MainWindow::resolveFinished);
            window.resolveProject();
            QVERIFY(resolved.wait(60000));
            QCOMPARE(resolved.first().first().toBool(), false);
            QTRY_VERIFY_WITH_TIMEOUT(errorBox(window), 10000);
            QVERIFY2(errorBox(window)->informativeText().contains(QLatin1String("tool")),
                     qPrintable(errorBox(window)->informativeText()));
            errorBox(window)->close();
        }
        // 401: the index is named, and the way to its credentials offered.
        {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"), QStringLiteral("s3cret")});
            QVERIFY(openssl.waitForFinished(10000) && openssl.exitCode() == 0);
            QFile htpasswd(dir.filePath(QStringLiteral("htpasswd")));
            QVERIFY(htpasswd.open(QIODevice::WriteOnly));
            htpasswd.write("dev:" + openssl.readAllStandardOutput().trimmed() + "\n");
            htpasswd.close();
            TestSupport::NginxServer server({.root = index.root(), .htpasswd = htpasswd.fileName()});
            QVERIFY2(server.start(), qPrintable(server.errorText()));
            const QString project
                = makeProject(dir, projectWithIndex(server.baseUrl() + QStringLiteral("/simple"), "\"tool\""));
            MainWindow window;
            QVERIFY(window.openProject(project));
            QSignalSpy done(&window, &MainWindow::commandFinished);
            window.lockProject();
            QVERIFY(done.wait(60000));
            QCOMPARE(done.takeFirst().first().toInt(), 2);
            QTRY_VERIFY_WITH_TIMEOUT(errorBox(window), 10000);
            QMessageBox *box = errorBox(window);
            const QString shown = box->text() + QLatin1Char('\n') + box->informativeText();
            QVERIFY2(shown.contains(QLatin1String("401")), qPrintable(shown));
            QAbstractButton *fix = buttonNamed(box, QStringLiteral("credentialsFix"));
            QVERIFY2(fix && fix->text().contains(QLatin1String("local")), qPrintable(shown));
            auto *list = window.findChild<QWidget *>(QStringLiteral("indexList"));
            QVERIFY(!list->isVisibleTo(&window));
            fix->click();
            QVERIFY(list->isVisibleTo(&window)); // the Indexes page, where its credentials are set
        }
        // A certificate from a CA this machine does not trust: the trust-CA fix.
        {
            TestSupport::TestCertificates certs;
            QVERIFY2(certs.make(), "openssl could not make the test certificates");
            TestSupport::NginxServer server({.root = index.root(),
                                             .certificate = certs.path(QStringLiteral("server.crt")),
                                             .key = certs.path(QStringLiteral("server.key"))});
            QVERIFY2(server.start(), qPrintable(server.errorText()));
            QVERIFY(server.baseUrl().startsWith(QLatin1String("https://")));
            const QString project
                = makeProject(dir, projectWithIndex(server.baseUrl() + QStringLiteral("/simple"), "\"tool\""));
            MainWindow window;
            QVERIFY(window.openProject(project));
            QSignalSpy done(&window, &MainWindow::commandFinished);
            window.lockProject();
            QVERIFY(done.wait(60000));
            QCOMPARE(done.takeFirst().first().toInt(), 2);
            QTRY_VERIFY_WITH_TIMEOUT(errorBox(window), 10000);
            QMessageBox *box = errorBox(window);
            QVERIFY2(box->informativeText().contains(QLatin1String("CA")), qPrintable(box->informativeText()));
            QAbstractButton *fix = buttonNamed(box, QStringLiteral("trustCaFix"));
            QVERIFY2(fix && fix->text().contains(QLatin1String("local")), qPrintable(box->text()));
        }
    }

    // The plan the user approved is what is applied; if the lock changes between approval and
    // Apply, nothing is changed and the user is told why.
    void theApprovedPlanIsAppliedOrRefused()
    {
        if (!haveTools())
            ENVDESK_NEEDS("nginx and python3 are needed (scripts/test installs them)");
        QTemporaryDir dir;
        TestSupport::NginxServer::openToWorkers(dir.path());
        TestSupport::WheelIndex index(dir.filePath(QStringLiteral("www")));
        QVERIFY(index.publishModule(QStringLiteral("tool"), QStringLiteral("1.0"), QStringLiteral("1")).isEmpty());
        TestSupport::NginxServer server({.root = index.root()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const QString project = makeProject(dir, projectWithIndex(server.baseUrl() + QStringLiteral("/simple"), "\"tool\""));
        const QString lockPath = project + QStringLiteral("/pylock.toml");

        MainWindow window;
        QVERIFY(window.openProject(project));
        QSignalSpy done(&window, &MainWindow::commandFinished);
        window.lockProject();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.takeFirst().first().toInt(), 0);

        // Approved, then the lock changes on disk before Apply runs.
        answerPlan(window, QMessageBox::Apply, [&lockPath](const QString &) {
            QFile f(lockPath);
            QVERIFY(f.open(QIODevice::Append));
            f.write("# edited by someone else\n");
        });
        window.syncProject(true);
        QVERIFY(done.wait(120000));
        QCOMPARE(done.takeFirst().first().toInt(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(errorBox(window), 10000);
        QMessageBox *box = errorBox(window);
        QVERIFY2(box->text().contains(QLatin1String("changed after this sync was planned")), qPrintable(box->text()));
        QVERIFY(!imports(project, QStringLiteral("tool")));
        box->close();

        // Approved and unchanged: exactly what was shown is installed.
        QString shown;
        answerPlan(window, QMessageBox::Apply, [&shown](const QString &plan) { shown = plan; });
        window.syncProject(true);
        QVERIFY(done.wait(120000));
        QCOMPARE(done.takeFirst().first().toInt(), 0);
        QCOMPARE(shown, QStringLiteral("+ tool 1.0"));
        QVERIFY(imports(project, QStringLiteral("tool")));
    }

    // An index that accepts the connection and never answers is named in the status bar within
    // 6 s, and Cancel ends the lock at once.
    void aStalledIndexIsNamed()
    {
        if (TestSupport::systemPython3().isEmpty())
            ENVDESK_NEEDS("python3 is needed (scripts/test installs it)");
        QTemporaryDir dir;
        FaultServer server([](const FaultRequest &) { return FaultAction{{}, FaultAction::After::Stall, 0}; });
        const QString project = makeProject(dir, projectWithIndex(server.url(QStringLiteral("/simple")), "\"tool\""));
        MainWindow window;
        QVERIFY(window.openProject(project));
        QSignalSpy done(&window, &MainWindow::commandFinished);
        QElapsedTimer clock;
        clock.start();
        window.lockProject();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QLatin1String("local")), 6000);
        QVERIFY2(window.statusBar()->currentMessage().contains(server.url(QStringLiteral("/simple"))),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(clock.elapsed() >= 4900);
        clock.restart();
        window.cancelResolve();
        QVERIFY(done.wait(5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    }

    // Cancel while a build's requirements are being resolved (their index hangs) returns within
    // a second, and nothing is installed.
    void cancelDuringABuildsRequirementResolution()
    {
        if (TestSupport::systemPython3().isEmpty())
            ENVDESK_NEEDS("python3 is needed (scripts/test installs it)");
        QTemporaryDir dir;
        FaultServer server([](const FaultRequest &r) {
            return r.path.contains("slowdep") ? FaultAction{{}, FaultAction::After::Stall, 0} : FaultAction::status(404);
        });
        const QString project = makeProject(dir, projectWithIndex(server.url(QStringLiteral("/simple")), "\"helpers\"")
                                                     + "\n[tool.uv.sources]\nhelpers = { path = \"helpers\" }\n");
        const QString tree = project + QStringLiteral("/helpers");
        QVERIFY(TestSupport::makeSourceTree(tree, QStringLiteral("helpers"), QStringLiteral("0.2"), QStringLiteral("2")).isEmpty());
        QFile pyproject(tree + QStringLiteral("/pyproject.toml"));
        QVERIFY(pyproject.open(QIODevice::ReadOnly));
        const QByteArray text = pyproject.readAll().replace("requires = []", "requires = [\"slowdep\"]");
        pyproject.close();
        QVERIFY(pyproject.open(QIODevice::WriteOnly | QIODevice::Truncate) && pyproject.write(text) == text.size());
        pyproject.close();

        MainWindow window;
        QVERIFY(window.openProject(project));
        QSignalSpy done(&window, &MainWindow::commandFinished);
        window.syncProject(false);
        QTRY_VERIFY2_WITH_TIMEOUT(std::any_of(server.requests().begin(), server.requests().end(),
                                              [](const FaultRequest &r) { return r.path.contains("slowdep"); }),
                                  qPrintable(logText(window)), 30000);
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        window.cancelResolve();
        QVERIFY(done.wait(5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(done.takeFirst().first().toInt() != 0);
        QVERIFY(!imports(project, QStringLiteral("helpers")));
    }

    // The window stays responsive (no event-loop stall of 100 ms) while it locks a real
    // dependency snapshot (cheroot's, from ../shared) and syncs 60 packages.
    void theWindowNeverStallsDuringALockAndASync()
    {
        if (!haveTools())
            ENVDESK_NEEDS("nginx and python3 are needed (scripts/test installs them)");
        QTemporaryDir dir;
        TestSupport::NginxServer::openToWorkers(dir.path());
        const QString corpus = QStringLiteral(ENVDESK_SHARED_DIR "/corpora/resolvelib/pypi-2020-11-17-cheroot.json");
        if (QFile::exists(corpus)) {
            QProcess mkindex;
            mkindex.start(TestSupport::systemPython3(), {QStringLiteral(ENVDESK_SHARED_DIR "/tools/mkindex.py"), QStringLiteral("build"),
                                                         corpus, dir.filePath(QStringLiteral("cheroot"))});
            QVERIFY(mkindex.waitForFinished(120000) && mkindex.exitCode() == 0);
            TestSupport::NginxServer::openToWorkers(dir.filePath(QStringLiteral("cheroot")));
            TestSupport::NginxServer server({.root = dir.filePath(QStringLiteral("cheroot"))});
            QVERIFY2(server.start(), qPrintable(server.errorText()));
            QTemporaryDir projectDir;
            const QString project = makeProject(
                projectDir, projectWithIndex(server.baseUrl() + QStringLiteral("/simple"),
                                             "\"coverage==5.3\", \"pytest-mock>=1.11.0\", \"pytest-sugar>=0.9.3\", "
                                             "\"pytest-testmon<1.0.0\""));
            MainWindow window;
            QVERIFY(window.openProject(project));
            QSignalSpy done(&window, &MainWindow::commandFinished);
            StallMeter meter;
            window.lockProject();
            QVERIFY(done.wait(300000));
            QCOMPARE(done.takeFirst().first().toInt(), 0);
            qInfo("longest event-loop stall while locking cheroot: %lld ms", meter.longestMs());
            QVERIFY2(meter.longestMs() < 100, qPrintable(QStringLiteral("stalled %1 ms").arg(meter.longestMs())));
        } else {
            qInfo("../shared is absent: the cheroot lock is left out");
        }

        TestSupport::WheelIndex index(dir.filePath(QStringLiteral("www")));
        QByteArray dependencies;
        for (int i = 0; i < 60; ++i) {
            const QString name = QStringLiteral("pkg%1").arg(i);
            QVERIFY(index.publishModule(name, QStringLiteral("1.0"), QString::number(i)).isEmpty());
            dependencies += (i ? ", \"" : "\"") + name.toUtf8() + "\"";
        }
        TestSupport::NginxServer server({.root = index.root()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const QString project = makeProject(dir, projectWithIndex(server.baseUrl() + QStringLiteral("/simple"), dependencies));
        MainWindow window;
        QVERIFY(window.openProject(project));
        QSignalSpy done(&window, &MainWindow::commandFinished);
        StallMeter meter;
        window.syncProject(false);
        QVERIFY(done.wait(300000));
        QVERIFY2(done.takeFirst().first().toInt() == 0, qPrintable(logText(window)));
        QVERIFY(imports(project, QStringLiteral("pkg59")));
        qInfo("longest event-loop stall while syncing 60 packages: %lld ms", meter.longestMs());
        QVERIFY2(meter.longestMs() < 100, qPrintable(QStringLiteral("stalled %1 ms").arg(meter.longestMs())));
    }

    // The way a company user works: an index over HTTPS with a private CA (ca-bundle in the
    // project), basic auth on pages and on files, the password in the keychain (stored with
    // envdesk-cli auth set). In the window: Lock, then Sync, then the environment is used.
    void locksAndSyncsFromAPrivateIndexOverHttpsWithTheKeychain()
    {
        if (!haveTools())
            ENVDESK_NEEDS("nginx and python3 are needed (scripts/test installs them)");
        if (!Envdesk::Core::SecretStore().probe().available)
            ENVDESK_NEEDS("no Secret Service in this session (scripts/test provides one)");
        QTemporaryDir dir;
        TestSupport::NginxServer::openToWorkers(dir.path());
        TestSupport::TestCertificates certs;
        QVERIFY2(certs.make(), "openssl could not make the test certificates");
        TestSupport::WheelIndex index(dir.filePath(QStringLiteral("www")));
        QVERIFY(index.publishModule(QStringLiteral("tool"), QStringLiteral("1.0"), QStringLiteral("7")).isEmpty());
        const QByteArray password = "w1ndow-s3cret";
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"), QString::fromLatin1(password)});
        QVERIFY(openssl.waitForFinished(10000) && openssl.exitCode() == 0);
        QFile htpasswd(dir.filePath(QStringLiteral("htpasswd")));
        QVERIFY(htpasswd.open(QIODevice::WriteOnly));
        htpasswd.write("builder:" + openssl.readAllStandardOutput().trimmed() + "\n");
        htpasswd.close();
        TestSupport::NginxServer server({.root = index.root(),
                                         .certificate = certs.path(QStringLiteral("server.crt")),
                                         .key = certs.path(QStringLiteral("server.key")),
                                         .htpasswd = htpasswd.fileName()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const QString url = server.baseUrl() + QStringLiteral("/simple");
        const QString project = makeProject(dir, projectWithIndex(url, "\"tool\"") + "\n[tool.envdesk.index.local]\nca-bundle = \""
                                                     + certs.path(QStringLiteral("ca.crt")).toUtf8() + "\"\n");
        QProcess auth;
        auth.setWorkingDirectory(project);
        auth.start(QStringLiteral(ENVDESK_CLI_PATH), {QStringLiteral("auth"), QStringLiteral("set"), url,
                                                      QStringLiteral("--username"), QStringLiteral("builder")});
        QVERIFY(auth.waitForStarted());
        auth.write(password + "\n");
        auth.closeWriteChannel();
        QVERIFY(auth.waitForFinished(30000));
        QVERIFY2(auth.exitCode() == 0, auth.readAllStandardError().constData());

        MainWindow window;
        QVERIFY(window.openProject(project));
        QSignalSpy done(&window, &MainWindow::commandFinished);
        window.lockProject();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.takeFirst().first().toInt() == 0, qPrintable(logText(window)));
        window.syncProject(false);
        QVERIFY(done.wait(120000));
        QVERIFY2(done.takeFirst().first().toInt() == 0, qPrintable(logText(window)));
        QProcess use;
        use.start(project + QStringLiteral("/.venv/bin/python"), {QStringLiteral("-c"), QStringLiteral("import tool; print(tool.VALUE)")});
        QVERIFY(use.waitForFinished(30000));
        QCOMPARE(use.readAllStandardOutput().trimmed(), QByteArray("7"));
        // The wheel itself was fetched with the credentials (nginx asks for them on files too),
        // and no password reached the log.
        const QString log = server.accessLog();
        QVERIFY2(log.contains(QRegularExpression(QStringLiteral("GET /files/tool-1.0-py3-none-any.whl 200 auth=Basic "))),
                 qPrintable(log));
        QVERIFY(!logText(window).contains(QString::fromLatin1(password)));
    }

    // Cancel while a wheel downloads (its server stalls half-way) ends the sync within a second,
    // logged as an error in the German UI too (last: the translation stays installed), and the environment is as it was; closing the
    // window during such a sync returns within two seconds.
    void cancelAndCloseDuringADownloadAnswerAtOnce()
    {
        if (!haveTools())
            ENVDESK_NEEDS("nginx and python3 are needed (scripts/test installs them)");
        QTemporaryDir dir;
        TestSupport::WheelIndex index(dir.filePath(QStringLiteral("www")));
        QVERIFY(index.publishModule(QStringLiteral("tool"), QStringLiteral("1.0"), QStringLiteral("1")).isEmpty());
        // Large enough that half of it is a real partial download.
        QJsonObject files{{QStringLiteral("big/__init__.py"), QString(QStringLiteral("# padding\n")).repeated(20000)}};
        QVERIFY(index.publish(QStringLiteral("big"), QStringLiteral("1.0"), {}, files).isEmpty());
        FaultServer server(slowWheelIndex(index.root()));
        const QString project = makeProject(dir, projectWithIndex(server.url(QStringLiteral("/simple")), "\"tool\", \"big\""));

        Envdesk::Ui::installTranslations(*qApp, QStringLiteral("de"));
        auto window = std::make_unique<MainWindow>();
        QVERIFY(window->openProject(project));
        QSignalSpy done(window.get(), &MainWindow::commandFinished);
        window->syncProject(false);
        // The download has started when the wheel was asked for.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(server.requests().begin(), server.requests().end(),
                        [](const FaultRequest &r) { return r.path.contains("big-1.0") && r.path.endsWith(".whl"); }),
            60000);
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        window->cancelResolve();
        QVERIFY(done.wait(5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(done.takeFirst().first().toInt(), 2);
        LogModel *model = window->logDock()->model();
        model->flush();
        const LogEntry &last = model->entry(model->rowCount() - 1);
        QCOMPARE(last.level, LogEntry::Level::Error);
        QVERIFY2(last.text.startsWith(QLatin1String("abgebrochen")), qPrintable(last.text));
        QVERIFY(!imports(project, QStringLiteral("tool")));

        // Closing during the same sync.
        window->syncProject(false);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::count_if(server.requests().begin(), server.requests().end(),
                          [](const FaultRequest &r) { return r.path.contains("big-1.0") && r.path.endsWith(".whl"); })
                >= 2,
            60000);
        QTest::qWait(300);
        clock.restart();
        window->close();
        window.reset();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_MAIN(TestWindowJobs)
#include "tst_windowjobs.moc"
