// The main window: opens titled "envdesk", shows a project's dependencies, indexes and effective
// settings with their origins, and resolves on a worker thread while the window stays live; Lock
// writes pylock.toml, Sync creates the environment, shows the plan and changes nothing unless
// the plan is accepted.
#include "common/faultserver.h"
#include "common/nginxserver.h"
#include "common/requirements.h"
#include "common/sourcetree.h"
#include "common/wheelindex.h"

#include "ui/logdock.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QProgressBar>
#include <QTimer>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QWindow>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

using TestSupport::FaultAction;
using TestSupport::FaultRequest;
using TestSupport::FaultServer;

namespace {

// Everything the log dock holds, as Copy would give it.
QString logText(Envdesk::Ui::MainWindow &window)
{
    window.logDock()->model()->flush();
    return window.logDock()->shownText();
}

QStringList column(QAbstractItemView *view, int col)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, col).data().toString();
    return out;
}

// A folder "project" in `dir` with `pyproject` as its pyproject.toml: its path, empty when it
// could not be written.
QString makeProject(const QTemporaryDir &dir, const QByteArray &pyproject)
{
    const QString project = dir.filePath(QStringLiteral("project"));
    QDir().mkpath(project);
    QFile f(project + QStringLiteral("/pyproject.toml"));
    return f.open(QIODevice::WriteOnly) && f.write(pyproject) == pyproject.size() ? project
                                                                                  : QString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Recent projects and other settings go to a throwaway test location, never the user's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensTitledEnvdesk()
    {
        Envdesk::Ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("envdesk"));
        auto *welcome = window.findChild<QLabel *>(QStringLiteral("welcomeLabel"));
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("resolveAction"))->isEnabled());
    }

    void showsAProjectAndResolvesIt()
    {
        // A tiny index: app needs lib>=2.
        QMap<QByteArray, QByteArray> files;
        files["/simple/app/"] = "<a href=\"/files/app-1.0-py3-none-any.whl\" "
                                "data-dist-info-metadata=\"true\">app-1.0-py3-none-any.whl</a>";
        files["/files/app-1.0-py3-none-any.whl.metadata"]
            = "Metadata-Version: 2.1\nName: app\nVersion: 1.0\nRequires-Dist: lib>=2\n";
        files["/simple/lib/"] = "<a href=\"/files/lib-2.1-py3-none-any.whl\" "
                                "data-dist-info-metadata=\"true\">lib-2.1-py3-none-any.whl</a>";
        files["/files/lib-2.1-py3-none-any.whl.metadata"]
            = "Metadata-Version: 2.1\nName: lib\nVersion: 2.1\n";
        FaultServer server([files](const FaultRequest &r) {
            return files.contains(r.path)
                       ? FaultAction::ok(files.value(r.path),
                                         r.path.startsWith("/simple/") ? "text/html" : "text/plain")
                       : FaultAction::status(404);
        });
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("pyproject.toml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[project]\nname = \"shop\"\nversion = \"0.3.0\"\nrequires-python = "
                "\">=3.9\"\ndependencies = [\"app\"]\n\n"
                "[dependency-groups]\ndev = [\"pytest\"]\n\n[tool.uv]\nprerelease = "
                "\"allow\"\n\n[[tool.uv.index]]\nname = \"corp\"\nurl = \""
                + server.url(QStringLiteral("/simple")).toUtf8() + "\"\ndefault = true\n");
        f.close();

        Envdesk::Ui::MainWindow window;
        // Every model of every page, checked through everything below (open, resolve, pages).
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *model : window.findChildren<QAbstractItemModel *>())
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QVERIFY(testers.size() >= 10);
        window.show();
        QVERIFY(window.openProject(dir.path()));
        for (int page = 0; page <= Envdesk::Ui::MainWindow::ResolutionPage; ++page)
            window.showPage(page);
        QCOMPARE(window.windowHandle()->title(),
                 QStringLiteral("shop — envdesk")); // no unsaved marker
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("projectSummary"))
                    ->text()
                    .contains(QLatin1String("requires-python: &gt;=3.9")));
        auto *deps = window.findChild<QTableView *>(QStringLiteral("dependenciesView"));
        QCOMPARE(column(deps, 0), (QStringList{"app", "pytest"}));
        QCOMPARE(column(deps, 1), (QStringList{"dependencies", "group dev"}));
        auto *indexes = window.findChild<QAbstractItemView *>(QStringLiteral("indexList"));
        QCOMPARE(column(indexes, 0), QStringList{"1. corp (default)"});
        auto *settings = window.findChild<QTableView *>(QStringLiteral("settingsView"));
        const int pre = column(settings, 0).indexOf(QStringLiteral("prerelease"));
        QVERIFY(pre >= 0);
        QCOMPARE(column(settings, 1).at(pre), QStringLiteral("allow"));
        QVERIFY(column(settings, 2).at(pre).endsWith(QLatin1String("pyproject.toml:11")));

        QSignalSpy finished(&window, &Envdesk::Ui::MainWindow::resolveFinished);
        window.resolveProject(QStringLiteral("3.12"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("cancelAction"))->isEnabled());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        auto *resolution = window.findChild<QTableView *>(QStringLiteral("resolutionView"));
        QCOMPARE(column(resolution, 0), (QStringList{"app", "lib"}));
        QCOMPARE(column(resolution, 1), (QStringList{"1.0", "2.1"}));
        const QString log = logText(window);
        QVERIFY2(log.contains(QLatin1String("decide app 1.0"))
                     && log.contains(QLatin1String("index corp")),
                 qPrintable(log));
        QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow(),
                 int(Envdesk::Ui::MainWindow::ResolutionPage));
    }

    void locksAndSyncsAfterShowingThePlan()
    {
        if (TestSupport::NginxServer::binary().isEmpty() || TestSupport::systemPython3().isEmpty())
            ENVDESK_NEEDS("nginx and python3 are needed (scripts/test installs them)");
        QTemporaryDir dir;
        TestSupport::NginxServer::openToWorkers(dir.path());
        TestSupport::WheelIndex index(dir.filePath(QStringLiteral("www")));
        QVERIFY(
            index.publishModule(QStringLiteral("tool"), QStringLiteral("1.0"), QStringLiteral("1"))
                .isEmpty());
        TestSupport::NginxServer server({.root = index.root()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        // And a folder of its own, editable, built through its PEP 517 backend at sync.
        const QString project = makeProject(
            dir, "[project]\nname = \"tools\"\nversion = \"1\"\ndependencies = [\"tool\", "
                 "\"helpers\"]\n\n"
                 "[[tool.uv.index]]\nname = \"local\"\nurl = \""
                     + server.baseUrl().toUtf8()
                     + "/simple\"\ndefault = true\n\n"
                       "[tool.uv.sources]\nhelpers = { path = \"helpers\", editable = true }\n");
        QVERIFY(!project.isEmpty());
        const QString made = TestSupport::makeSourceTree(
            project + QStringLiteral("/helpers"), QStringLiteral("helpers"), QStringLiteral("0.2"),
            QStringLiteral("'mine'"));
        QVERIFY2(made.isEmpty(), qPrintable(made));

        Envdesk::Ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(project));
        QSignalSpy done(&window, &Envdesk::Ui::MainWindow::commandFinished);
        window.lockProject();
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("syncAction"))->isEnabled()); // busy
        QVERIFY(done.wait(60000));
        QCOMPARE(done.takeFirst().first().toInt(), 0);
        QVERIFY(QFile::exists(project + QStringLiteral("/pylock.toml")));
        QVERIFY2(logText(window).contains(QLatin1String("+ tool 1.0"))
                     && logText(window).contains(QLatin1String("+ helpers 0.2")),
                 qPrintable(logText(window)));

        // The plan is shown; declined, nothing is installed (the environment itself is made).
        QString shownPlan;
        auto answer = [&](QMessageBox::StandardButton button) {
            auto *poll = new QTimer(&window);
            QObject::connect(poll, &QTimer::timeout, poll, [&shownPlan, poll, button] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    auto *box = qobject_cast<QMessageBox *>(w);
                    if (box && box->objectName() == QLatin1String("syncPreview")
                        && box->isVisible()) {
                        shownPlan = box->informativeText();
                        box->button(button)->click();
                        poll->deleteLater();
                        return;
                    }
                }
            });
            poll->start(50);
        };
        answer(QMessageBox::Cancel);
        window.syncProject();
        QVERIFY(done.wait(120000));
        QVERIFY2(done.first().first().toInt() == -1, qPrintable(logText(window)));
        done.clear();
        QVERIFY2(shownPlan.contains(QLatin1String("+ tool 1.0")), qPrintable(shownPlan));
        const QString python = project + QStringLiteral("/.venv/bin/python");
        QVERIFY(QFile::exists(python));
        QVERIFY(
            TestSupport::runProgram(python, {QStringLiteral("-c"), QStringLiteral("import tool")})
                .code
            != 0);

        // Accepted: installed, with the status bar counting the steps.
        shownPlan.clear();
        auto *progress = window.findChild<QProgressBar *>(QStringLiteral("progress"));
        QList<QPair<int, int>> steps;
        connect(progress, &QProgressBar::valueChanged, progress, [&steps, progress](int value) {
            steps.append({value, progress->maximum()});
        });
        answer(QMessageBox::Apply);
        window.syncProject();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.takeFirst().first().toInt(), 0);
        QVERIFY2(steps.contains(qMakePair(2, 2)), qPrintable(QString::number(steps.size())));
        QVERIFY(shownPlan.contains(QLatin1String("+ tool 1.0")));
        QVERIFY2(shownPlan.contains(QLatin1String("+ helpers 0.2 (from "))
                     && shownPlan.contains(QLatin1String(", editable)")),
                 qPrintable(shownPlan));
        // The build's steps reach the log as they happen.
        QVERIFY2(logText(window).contains(QLatin1String("building helpers")),
                 qPrintable(logText(window)));
        const TestSupport::Run imported = TestSupport::runProgram(
            python, {QStringLiteral("-c"),
                     QStringLiteral("import tool, helpers; print(tool.VALUE, helpers.VALUE)")});
        QCOMPARE(imported.out, QStringLiteral("1 mine"));
        // The Environment page lists what is installed, and by whom.
        window.showPage(Envdesk::Ui::MainWindow::EnvironmentPageIndex);
        auto *environment = window.findChild<QTableView *>(QStringLiteral("environmentView"));
        QTRY_VERIFY_WITH_TIMEOUT(column(environment, 0).contains(QStringLiteral("tool")), 10000);
        const int row = column(environment, 0).indexOf(QStringLiteral("tool"));
        QCOMPARE(column(environment, 1).at(row), QStringLiteral("1.0"));
        QCOMPARE(column(environment, 2).at(row), QStringLiteral("envdesk"));
    }

    // Project > Lock for Every Environment: a universal lock, a package required differently by
    // Python version locked twice with its markers; Lock afterwards keeps it so.
    // A project with groups and extras: before the plan, the window asks which to install,
    // starting from uv's default (the dev group), and remembers the answer.
    void syncChoosesGroupsAndExtras()
    {
        if (TestSupport::NginxServer::binary().isEmpty() || TestSupport::systemPython3().isEmpty())
            ENVDESK_NEEDS("nginx and python3 are needed (scripts/test installs them)");
        QTemporaryDir dir;
        TestSupport::NginxServer::openToWorkers(dir.path());
        TestSupport::WheelIndex index(dir.filePath(QStringLiteral("www")));
        for (const char *name : {"tool", "lint", "speed"})
            QVERIFY(index
                        .publishModule(QString::fromLatin1(name), QStringLiteral("1.0"),
                                       QStringLiteral("1"))
                        .isEmpty());
        TestSupport::NginxServer server({.root = index.root()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const QString project = makeProject(
            dir, "[project]\nname = \"tools\"\nversion = \"1\"\ndependencies = [\"tool\"]\n\n"
                 "[project.optional-dependencies]\nfast = [\"speed\"]\n\n"
                 "[dependency-groups]\ndev = [\"lint\"]\n\n"
                 "[[tool.uv.index]]\nname = \"local\"\nurl = \""
                     + server.baseUrl().toUtf8() + "/simple\"\ndefault = true\n");
        QVERIFY(!project.isEmpty());
        Envdesk::Ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(project));
        QSignalSpy done(&window, &Envdesk::Ui::MainWindow::commandFinished);

        QStringList offered;
        // Answers the choice (groups and extras to tick), then applies the plan it leads to.
        auto answer = [&](const QMap<QString, bool> &ticks) {
            auto *poll = new QTimer(&window);
            QObject::connect(poll, &QTimer::timeout, poll, [&offered, poll, ticks] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (w->objectName() == QLatin1String("syncChoice") && w->isVisible()) {
                        offered.clear();
                        for (QCheckBox *box : w->findChildren<QCheckBox *>())
                            offered << box->objectName()
                                           + (box->isChecked() ? QStringLiteral("=on")
                                                               : QStringLiteral("=off"));
                        for (auto it = ticks.begin(); it != ticks.end(); ++it)
                            w->findChild<QCheckBox *>(it.key())->setChecked(it.value());
                        w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                    }
                    auto *box = qobject_cast<QMessageBox *>(w);
                    if (box && box->objectName() == QLatin1String("syncPreview")
                        && box->isVisible()) {
                        box->button(QMessageBox::Apply)->click();
                        poll->deleteLater();
                        return;
                    }
                }
            });
            poll->start(50);
        };
        const QString python = project + QStringLiteral("/.venv/bin/python");
        auto has = [&](const char *module) {
            return TestSupport::runProgram(
                       python,
                       {QStringLiteral("-c"), QStringLiteral("import ") + QLatin1String(module)})
                       .code
                   == 0;
        };
        answer({{QStringLiteral("--extra:fast"), true}});
        window.syncProject();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.takeFirst().first().toInt(), 0);
        offered.sort();
        QCOMPARE(offered, (QStringList{QStringLiteral("--extra:fast=off"),
                                       QStringLiteral("--group:dev=on")}));
        QVERIFY(has("tool") && has("lint") && has("speed"));

        // The answer is remembered; leaving dev out removes what only it needed.
        answer({{QStringLiteral("--group:dev"), false}});
        window.syncProject();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.takeFirst().first().toInt(), 0);
        offered.sort();
        QCOMPARE(offered, (QStringList{QStringLiteral("--extra:fast=on"),
                                       QStringLiteral("--group:dev=on")}));
        QVERIFY(has("tool") && !has("lint") && has("speed"));

        // Open a Terminal Here: the terminal (here a script) starts in the project's folder,
        // inside .venv, with the project's index in pip's variables.
        const QString seen = dir.filePath(QStringLiteral("terminal.txt"));
        const QString script = dir.filePath(QStringLiteral("terminal.sh"));
        QFile terminal(script);
        QVERIFY(terminal.open(QIODevice::WriteOnly));
        terminal.write("#!/bin/sh\npwd > '" + seen.toUtf8() + ".part'\nenv >> '" + seen.toUtf8()
                       + ".part'\nmv '" + seen.toUtf8() + ".part' '" + seen.toUtf8() + "'\n");
        terminal.close();
        terminal.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("TERMINAL", script.toUtf8());
        qputenv("PATH", QFileInfo(QStringLiteral(ENVDESK_CLI_PATH)).absolutePath().toUtf8() + ':'
                            + qgetenv("PATH"));
        window.findChild<QAction *>(QStringLiteral("terminalAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(seen), 20000);
        QFile shown(seen);
        QVERIFY(shown.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(shown.readAll());
        QVERIFY2(text.startsWith(QDir(project).canonicalPath() + QLatin1Char('\n'))
                     || text.startsWith(project + QLatin1Char('\n')),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("VIRTUAL_ENV=") + project + QStringLiteral("/.venv")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("PIP_INDEX_URL=") + server.baseUrl()),
                 qPrintable(text));
        qunsetenv("TERMINAL");
    }

    void locksForEveryEnvironment()
    {
        if (TestSupport::NginxServer::binary().isEmpty() || TestSupport::systemPython3().isEmpty())
            ENVDESK_NEEDS("nginx and python3 are needed (scripts/test installs them)");
        QTemporaryDir dir;
        TestSupport::NginxServer::openToWorkers(dir.path());
        TestSupport::WheelIndex index(dir.filePath(QStringLiteral("www")));
        QVERIFY(index
                    .publishModule(QStringLiteral("app-core"), QStringLiteral("1.0"),
                                   QStringLiteral("1"),
                                   {QStringLiteral("compat<2; python_version < '3.11'"),
                                    QStringLiteral("compat>=2; python_version >= '3.11'")})
                    .isEmpty());
        for (const QString &v : {QStringLiteral("1.0"), QStringLiteral("2.0")})
            QVERIFY(
                index.publishModule(QStringLiteral("compat"), v, QStringLiteral("1")).isEmpty());
        TestSupport::NginxServer server({.root = index.root()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const QString project
            = makeProject(dir, "[project]\nname = \"app\"\nversion = \"1\"\nrequires-python = "
                               "\">=3.9\"\ndependencies = [\"app-core\"]\n\n"
                               "[[tool.uv.index]]\nname = \"local\"\nurl = \""
                                   + server.baseUrl().toUtf8() + "/simple\"\ndefault = true\n");
        QVERIFY(!project.isEmpty());

        Envdesk::Ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(project));
        QSignalSpy done(&window, &Envdesk::Ui::MainWindow::commandFinished);
        auto *everywhere = window.findChild<QAction *>(QStringLiteral("lockEverywhereAction"));
        QVERIFY(everywhere && everywhere->isEnabled());
        everywhere->trigger();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.takeFirst().first().toInt() == 0, qPrintable(logText(window)));
        const auto readLock = [&] {
            QFile lock(project + QStringLiteral("/pylock.toml"));
            return lock.open(QIODevice::ReadOnly) ? QString::fromUtf8(lock.readAll()) : QString();
        };
        const QString first = readLock();
        QVERIFY2(!first.contains(QLatin1String("environments")), qPrintable(first));
        QVERIFY2(first.contains(QLatin1String("marker = \"python_version < '3.11'\""))
                     && first.contains(QLatin1String("marker = \"python_version >= '3.11'\"")),
                 qPrintable(first));
        // Project > Lock: still for every environment, the same file.
        window.lockProject();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.takeFirst().first().toInt(), 0);
        QCOMPARE(readLock(), first);
    }

    void aBrokenProjectIsExplainedNotOpened()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("pyproject.toml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[project\nname = 1\n");
        f.close();
        Envdesk::Ui::MainWindow window;
        QVERIFY(!window.openProject(dir.path()));
        QVERIFY(window.projectFile().isEmpty());
        QVERIFY(logText(window).contains(QLatin1String("pyproject.toml:1")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
