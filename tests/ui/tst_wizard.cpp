// The New Project wizard as a user goes through it: folder and name, an interpreter from the ones
// on this machine, an index preset whose URL template must be filled in, the first dependencies
// checked line by line. Finishing writes a uv-compatible pyproject.toml (never over an existing
// one), and the main window opens it and makes its .venv with the chosen interpreter.
#include "common/nginxserver.h"
#include "common/requirements.h"
#include "common/wheelindex.h"

#include "ui/mainwindow.h"
#include "ui/newprojectwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using Envdesk::Ui::NewProjectWizard;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Closes the next error box and returns its text through `text`.
void dismissNextError(QObject *owner, QString *text)
{
    auto *poll = new QTimer(owner);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, text] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()
                && box->objectName() == QLatin1String("errorMessage")) {
                *text = box->text() + QLatin1Char('\n') + box->informativeText();
                box->accept();
                poll->deleteLater();
                return;
            }
        }
    });
    poll->start(20);
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Recent projects and other settings go to a throwaway test location, never the user's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void walksThroughAndWritesTheProject()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("billing"));
        NewProjectWizard wizard;
        QSignalSpy found(&wizard, &NewProjectWizard::interpretersFound);
        wizard.show();
        QVERIFY(found.wait(60000));

        // Page 1: a relative folder is refused; the name follows the folder.
        auto *folderEdit = wizard.findChild<QLineEdit *>(QStringLiteral("wizardFolder"));
        QTest::keyClicks(folderEdit, QStringLiteral("relative/path"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewProjectWizard::LocationPage));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("wizardError"))->text().contains(QLatin1String("full path")));
        folderEdit->setText(folder);
        QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("wizardName"))->text(), QStringLiteral("billing"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewProjectWizard::InterpreterPage));

        // Page 2: the interpreters found here, with where they came from; requires-python follows the choice.
        auto *list = wizard.findChild<QTreeWidget *>(QStringLiteral("wizardInterpreters"));
        if (found.first().first().toInt() == 0)
            ENVDESK_NEEDS("a Python interpreter (scripts/test installs python3)");
        QVERIFY(list->topLevelItemCount() >= 1);
        QTreeWidgetItem *first = list->topLevelItem(0);
        QVERIFY(QFile::exists(first->text(2)));
        QVERIFY(!first->text(3).isEmpty());
        const QStringList version = first->text(0).split(QLatin1Char('.'));
        QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("wizardRequiresPython"))->text(),
                 QStringLiteral(">=%1.%2").arg(version[0], version[1]));
        wizard.next();

        // Page 3: a preset fills a URL template that must be completed.
        auto *preset = wizard.findChild<QComboBox *>(QStringLiteral("wizardPreset"));
        preset->setCurrentIndex(preset->findData(QStringLiteral("nexus")));
        auto *url = wizard.findChild<QLineEdit *>(QStringLiteral("wizardIndexUrl"));
        QCOMPARE(url->text(), QStringLiteral("https://{host}/repository/{repository}/simple"));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("wizardCredentials"))->text().contains(QLatin1String("token")));
        QString error;
        dismissNextError(&wizard, &error);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewProjectWizard::IndexPage));
        QVERIFY2(error.contains(QLatin1String("placeholder")), qPrintable(error));
        url->setText(QStringLiteral("https://nexus.example.com/repository/pypi-all/simple"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewProjectWizard::DependenciesPage));

        // Page 4: requirements checked line by line.
        auto *deps = wizard.findChild<QPlainTextEdit *>(QStringLiteral("wizardDependencies"));
        deps->setFocus();
        QTest::keyClicks(deps, QStringLiteral("requests>=2.31"));
        QTest::keyClick(deps, Qt::Key_Return);
        QTest::keyClicks(deps, QStringLiteral("attrs ="));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("wizardDependencyStatus"))->text().contains(QLatin1String("Line 2")));
        QTest::keyClicks(deps, QStringLiteral("= 23.2"));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("wizardDependencyStatus"))->text().isEmpty());

        QSignalSpy created(&wizard, &NewProjectWizard::projectCreated);
        wizard.findChild<QCheckBox *>(QStringLiteral("wizardSyncNow"))->setChecked(false);
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().at(1).toString(), first->data(0, Qt::UserRole).toString());
        QCOMPARE(created.first().at(2).toBool(), false);
        const QString file = folder + QStringLiteral("/pyproject.toml");
        QCOMPARE(created.first().at(0).toString(), file);
        QCOMPARE(readFile(file),
                 QByteArray("[project]\nname = \"billing\"\nversion = \"0.1.0\"\nrequires-python = \">=")
                     + version[0].toUtf8() + "." + version[1].toUtf8()
                     + "\"\ndependencies = [\"requests>=2.31\", \"attrs == 23.2\"]\n\n[[tool.uv.index]]\nname = "
                       "\"nexus\"\nurl = \"https://nexus.example.com/repository/pypi-all/simple\"\ndefault = true\n");
    }

    // Starting from the project's old requirements file: its index, dependencies and sources are
    // imported into the new project (paths relative to it), its warnings reach the log.
    void startsFromARequirementsFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("legacy"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/plugin")));
        QFile setupCfg(folder + QStringLiteral("/plugin/setup.cfg"));
        QVERIFY(setupCfg.open(QIODevice::WriteOnly));
        setupCfg.write("[metadata]\nname = legacy-plugin\n");
        setupCfg.close();
        QFile requirements(folder + QStringLiteral("/requirements.txt"));
        QVERIFY(requirements.open(QIODevice::WriteOnly));
        requirements.write("--index-url https://mirror.example.com/simple\nflask>=3\n-e ./plugin\nhg+https://hg.example.com/x#egg=x\n");
        requirements.close();
        NewProjectWizard wizard;
        QSignalSpy log(&wizard, &NewProjectWizard::logLine);
        wizard.show();
        wizard.findChild<QLineEdit *>(QStringLiteral("wizardFolder"))->setText(folder);
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewProjectWizard::DependenciesPage));
        auto *from = wizard.findChild<QLineEdit *>(QStringLiteral("wizardImportFile"));
        from->setText(folder + QStringLiteral("/missing.txt"));
        Q_EMIT from->editingFinished();
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("wizardDependencyStatus"))->text().contains(QLatin1String("missing.txt")));
        from->setText(folder + QStringLiteral("/requirements.txt"));
        Q_EMIT from->editingFinished();
        const QString preview = wizard.findChild<QLabel *>(QStringLiteral("wizardDependencyStatus"))->text();
        QVERIFY2(preview.contains(QLatin1String("1 index(es), 2 dependencies, 1 source(s), 1 warning(s)")), qPrintable(preview));
        wizard.findChild<QCheckBox *>(QStringLiteral("wizardSyncNow"))->setChecked(false);
        wizard.button(QWizard::FinishButton)->click();
        const QByteArray written = readFile(folder + QStringLiteral("/pyproject.toml"));
        QVERIFY2(written.contains("dependencies = [\"flask>=3\", \"legacy-plugin\"]")
                     && written.contains("url = \"https://mirror.example.com/simple\"\ndefault = true")
                     && written.contains("[tool.uv.sources]\nlegacy-plugin = { path = \"plugin\", editable = true }\n"),
                 written.constData());
        QStringList lines;
        for (const QList<QVariant> &args : log)
            lines << args.first().toString();
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QLatin1String("requirements.txt:4: 'x' comes from a Mercurial repository")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void refusesAFolderThatHasAProject()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("pyproject.toml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[project]\nname = \"mine\"\n");
        f.close();
        NewProjectWizard wizard;
        wizard.show();
        wizard.findChild<QLineEdit *>(QStringLiteral("wizardFolder"))->setText(dir.path());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewProjectWizard::LocationPage));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("wizardError"))->text().contains(QLatin1String("already has")));
        QCOMPARE(readFile(f.fileName()), QByteArray("[project]\nname = \"mine\"\n"));
    }

    void offersTheIndexsNamesAndVersions()
    {
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx (scripts/test installs it)");
        QTemporaryDir www;
        QDir().mkpath(www.filePath(QStringLiteral("simple/demo")));
        QFile root(www.filePath(QStringLiteral("simple/index.html")));
        QVERIFY(root.open(QIODevice::WriteOnly));
        root.write("<a href=\"/simple/demo/\">demo</a><a href=\"/simple/flask/\">flask</a>");
        root.close();
        QFile demo(www.filePath(QStringLiteral("simple/demo/index.html")));
        QVERIFY(demo.open(QIODevice::WriteOnly));
        demo.write("<a href=\"/f/demo-2.0-py3-none-any.whl\">demo-2.0-py3-none-any.whl</a>");
        demo.close();
        TestSupport::NginxServer server({.root = www.path()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        QTemporaryDir dir;
        NewProjectWizard wizard;
        wizard.show();
        wizard.findChild<QLineEdit *>(QStringLiteral("wizardFolder"))->setText(dir.filePath(QStringLiteral("app")));
        wizard.next();
        wizard.next();
        auto *preset = wizard.findChild<QComboBox *>(QStringLiteral("wizardPreset"));
        preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
        wizard.findChild<QLineEdit *>(QStringLiteral("wizardIndexUrl"))->setText(server.baseUrl() + QStringLiteral("/simple"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewProjectWizard::DependenciesPage));
        QSignalSpy names(&wizard, &NewProjectWizard::namesShown);
        auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("wizardDependencyEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("fl"));
        QVERIFY(names.wait(20000));
        QCOMPARE(names.first().first().toInt(), 2);
        QCompleter *completer = edit->completer();
        completer->setCompletionPrefix(QStringLiteral("fl"));
        QCOMPARE(completer->currentCompletion(), QStringLiteral("flask"));
        edit->setText(QStringLiteral("demo>=2"));
        QTRY_COMPARE_WITH_TIMEOUT(qobject_cast<QStringListModel *>(completer->model())->stringList(),
                                  QStringList{QStringLiteral("demo==2.0")}, 20000);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(wizard.findChild<QPlainTextEdit *>(QStringLiteral("wizardDependencies"))->toPlainText(),
                 QStringLiteral("demo>=2"));
        QVERIFY(edit->text().isEmpty());
    }

    void theWindowOpensTheNewProjectWithItsEnvironment()
    {
        const QString python = TestSupport::systemPython3();
        if (python.isEmpty())
            ENVDESK_NEEDS("python3 (scripts/test installs it)");
        QTemporaryDir dir;
        Envdesk::Ui::MainWindow window;
        window.show();
        QSignalSpy done(&window, &Envdesk::Ui::MainWindow::commandFinished);
        window.newProject();
        auto *wizard = window.findChild<NewProjectWizard *>();
        QVERIFY(wizard);
        QSignalSpy found(wizard, &NewProjectWizard::interpretersFound);
        QVERIFY(found.wait(60000));
        wizard->findChild<QLineEdit *>(QStringLiteral("wizardFolder"))->setText(dir.filePath(QStringLiteral("tool")));
        wizard->next();
        // Choose the system python3 when it is listed (any found one otherwise).
        auto *list = wizard->findChild<QTreeWidget *>(QStringLiteral("wizardInterpreters"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (QFileInfo(list->topLevelItem(i)->text(2)).canonicalFilePath() == QFileInfo(python).canonicalFilePath())
                list->setCurrentItem(list->topLevelItem(i));
        }
        const QString chosen = list->currentItem()->text(2);
        wizard->next();
        wizard->next();
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.first().first().toInt(), 0);
        QCOMPARE(window.projectFile(), dir.filePath(QStringLiteral("tool/pyproject.toml")));
        const QString venvPython = dir.filePath(QStringLiteral("tool/.venv/bin/python"));
        const TestSupport::Run run = TestSupport::runProgram(
            venvPython, {QStringLiteral("-c"), QStringLiteral("import sys; print(sys.prefix != sys.base_prefix, sys.version_info[:2])")});
        QVERIFY2(run.code == 0, qPrintable(run.out));
        const TestSupport::Run base = TestSupport::runProgram(
            chosen, {QStringLiteral("-c"), QStringLiteral("import sys; print(True, sys.version_info[:2])")});
        QCOMPARE(run.out, base.out);
        QVERIFY(Envdesk::Ui::MainWindow::recentProjects().first() == dir.filePath(QStringLiteral("tool")));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
