// The editing pages of the main window, driven as a user drives them (typing, clicks, keys, a
// drop on the index list) against real files: each edit lands in pyproject.toml byte for byte as
// expected once saved, undo and redo give back the exact bytes, a change made on disk by another
// program is noticed, credentials go to the real keychain (Secret Service in the test session)
// and never into the file, and the connection test shows the doctor's report from a real nginx.
#include "common/certs.h"
#include "common/nginxserver.h"
#include "common/requirements.h"

#include "core/net/secretstore.h"
#include "ui/dependenciespage.h"
#include "ui/indexespage.h"
#include "ui/networkpage.h"
#include "ui/logdock.h"
#include "ui/mainwindow.h"
#include "ui/projectdocument.h"
#include "ui/sourcespage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using Envdesk::Ui::MainWindow;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QStringList column(QAbstractItemView *view, int col = 0)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, col).data().toString();
    return out;
}

template<typename T>
T *child(QWidget &window, const char *name)
{
    T *w = window.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no widget named %s", name);
    return w;
}

// Types into a line edit the way a user does, then leaves it (editingFinished).
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Clicks the button of the next message box called `name` that shows up.
void answerNextBox(QObject *owner, const QString &name, const QString &buttonText, QString *shown = nullptr)
{
    auto *poll = new QTimer(owner);
    QObject::connect(poll, &QTimer::timeout, poll, [=] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || box->objectName() != name || !box->isVisible())
                continue;
            if (shown)
                *shown = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == buttonText) {
                    b->click();
                    poll->deleteLater();
                    return;
                }
            }
        }
    });
    poll->start(20);
}

const QByteArray kProject = "[project]\n"
                            "name = \"shop\"\n"
                            "version = \"1.0\"\n"
                            "# what the shop needs\n"
                            "dependencies = [\n"
                            "    \"flask>=3\",\n"
                            "]\n"
                            "\n"
                            "[tool.uv]\n"
                            "# keep this comment\n"
                            "\n"
                            "[[tool.uv.index]]\n"
                            "# the company mirror\n"
                            "name = \"corp\"\n"
                            "url = \"https://corp.example.com/simple\"\n"
                            "\n"
                            "[[tool.uv.index]]\n"
                            "name = \"team\"\n"
                            "url = \"https://team.example.com/simple\"\n"
                            "explicit = true\n"
                            "\n"
                            "[[tool.uv.index]]\n"
                            "name = \"mirror\"\n"
                            "url = \"https://mirror.example.com/simple\"\n";

} // namespace

class TestEditors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    void freshProject(const QByteArray &text = kProject)
    {
        m_file = m_dir.filePath(QStringLiteral("pyproject.toml"));
        QFile::remove(m_file);
        writeFile(m_file, text);
    }

private Q_SLOTS:
    // Recent projects and other settings go to a throwaway test location, never the user's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { freshProject(); }

    void dependenciesAreValidatedAddedRemovedAndUndone()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window); // keyboard shortcuts go to the active window
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(m_dir.path()));
        window.showPage(MainWindow::DependenciesPageIndex);
        auto *view = child<QTableView>(window, "dependenciesView");
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *edit = child<QLineEdit>(window, "requirementEdit");
        auto *add = child<QPushButton>(window, "addDependency");
        auto *status = child<QLabel>(window, "requirementStatus");

        // Typing: checked as it goes.
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("requests>=2,<"));
        QVERIFY(!add->isEnabled());
        QVERIFY2(status->text().contains(QLatin1String("Not a valid requirement")), qPrintable(status->text()));
        QTest::keyClicks(edit, QStringLiteral("3"));
        QVERIFY(add->isEnabled());
        QVERIFY(status->text().contains(QLatin1String("Valid requirement on requests")));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(column(view), (QStringList{"flask>=3", "requests>=2,<3"}));
        QVERIFY(edit->text().isEmpty());
        QVERIFY(window.isWindowModified());
        QCOMPARE(readFile(m_file), kProject); // nothing written before Save

        // Into a dependency group.
        auto *kind = child<QComboBox>(window, "dependencyKind");
        kind->setCurrentIndex(2);
        QTest::keyClicks(child<QLineEdit>(window, "dependencyTargetName"), QStringLiteral("dev"));
        QTest::keyClicks(edit, QStringLiteral("pytest"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(column(view, 1), (QStringList{"dependencies", "dependencies", "group dev"}));

        // Save: the bytes, comments and layout kept.
        QVERIFY(window.saveProject());
        QVERIFY(!window.isWindowModified());
        QByteArray expected = kProject;
        expected.replace("    \"flask>=3\",\n", "    \"flask>=3\",\n    \"requests>=2,<3\",\n");
        // A new table goes at the end, its array laid out like the file's other arrays.
        expected += "\n[dependency-groups]\ndev = [\n    \"pytest\",\n]\n";
        QCOMPARE(readFile(m_file), expected);

        // Remove flask (select it, click Remove), then undo and redo with the keyboard.
        view->selectRow(0);
        QTest::mouseClick(child<QPushButton>(window, "removeDependency"), Qt::LeftButton);
        QCOMPARE(column(view), (QStringList{"requests>=2,<3", "pytest"}));
        QVERIFY(window.isWindowModified());
        view->setFocus(); // (in a line edit, Ctrl+Z undoes the typing instead)
        QTest::keySequence(view, QKeySequence::Undo);
        QCOMPARE(column(view), (QStringList{"flask>=3", "requests>=2,<3", "pytest"}));
        QVERIFY(!window.isWindowModified()); // back at the saved state
        QTest::keySequence(view, QKeySequence::Redo);
        QCOMPARE(column(view), (QStringList{"requests>=2,<3", "pytest"}));
        QVERIFY(window.saveProject());
        QByteArray removed = expected;
        removed.replace("    \"flask>=3\",\n", "");
        QCOMPARE(readFile(m_file), removed);
        // Undo past a save, and save again: the file follows.
        window.document()->undoStack()->undo();
        QVERIFY(window.saveProject());
        QCOMPARE(readFile(m_file), expected);
    }

    void editingARowReplacesIt()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_dir.path()));
        auto *view = child<QTableView>(window, "dependenciesView");
        window.show();
        window.showPage(MainWindow::DependenciesPageIndex);
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Return);
        auto *edit = child<QLineEdit>(window, "requirementEdit");
        QCOMPARE(edit->text(), QStringLiteral("flask>=3"));
        typeInto(edit, QStringLiteral("quart>=0.19"));
        QCOMPARE(column(view), QStringList{"quart>=0.19"});
        QVERIFY(window.saveProject());
        QVERIFY(readFile(m_file).contains("    \"quart>=0.19\",\n]"));
        QVERIFY(!readFile(m_file).contains("flask"));
    }

    void indexesReorderByDropAndKeysAndEditEveryField()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.path()));
        window.showPage(MainWindow::IndexesPageIndex);
        auto *list = child<QListView>(window, "indexList");
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(list), (QStringList{"1. corp", "2. team (explicit)", "3. mirror"}));

        // Drag "mirror" to the top: the drop the view gets at the end of a drag.
        QMimeData *data = list->model()->mimeData({list->model()->index(2, 0)});
        QVERIFY(data);
        const QPoint top = list->visualRect(list->model()->index(0, 0)).topLeft() + QPoint(5, 1);
        QDragEnterEvent enter(top, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &enter);
        QDragMoveEvent move(top, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &move);
        QDropEvent drop(top, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &drop);
        delete data;
        QCOMPARE(column(list), (QStringList{"1. mirror", "2. corp", "3. team (explicit)"}));
        QCOMPARE(list->currentIndex().row(), 0); // the moved index stays selected

        // Alt+Down moves it one place down.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(column(list), (QStringList{"1. corp", "2. mirror", "3. team (explicit)"}));
        QVERIFY(window.saveProject());
        const QByteArray corp = "[[tool.uv.index]]\n# the company mirror\nname = \"corp\"\nurl = \"https://corp.example.com/simple\"\n";
        const QByteArray team = "[[tool.uv.index]]\nname = \"team\"\nurl = \"https://team.example.com/simple\"\nexplicit = true\n";
        const QByteArray mirror = "[[tool.uv.index]]\nname = \"mirror\"\nurl = \"https://mirror.example.com/simple\"\n";
        const QByteArray head = kProject.left(kProject.indexOf("[[tool.uv.index]]"));
        QCOMPARE(readFile(m_file), head + corp + "\n" + mirror + "\n" + team);

        // The form: every field of the selected index.
        list->setCurrentIndex(list->model()->index(1, 0)); // mirror
        typeInto(child<QLineEdit>(window, "indexUrl"), QStringLiteral("https://mirror2.example.com/pypi/simple"));
        QTest::mouseClick(child<QCheckBox>(window, "indexDefault"), Qt::LeftButton);
        child<QComboBox>(window, "indexAuthenticate")->setCurrentIndex(1);
        typeInto(child<QLineEdit>(window, "indexIgnoreCodes"), QStringLiteral("401, 403"));
        child<QComboBox>(window, "indexFormat")->setCurrentIndex(1);
        child<QComboBox>(window, "indexFormat")->setCurrentIndex(0);
        QVERIFY(window.saveProject());
        const QByteArray edited = "[[tool.uv.index]]\nname = \"mirror\"\nurl = \"https://mirror2.example.com/pypi/simple\"\n"
                                  "default = true\nauthenticate = \"always\"\nignore-error-codes = [401, 403]\n";
        QCOMPARE(readFile(m_file), head + corp + "\n" + edited + "\n" + team);
        QCOMPARE(column(list).at(1), QStringLiteral("2. mirror (default)"));

        // A bad value is refused with the reason; the file and the form keep the old one.
        typeInto(child<QLineEdit>(window, "indexUrl"), QStringLiteral("not a url"));
        auto *status = child<QLabel>(window, "indexStatus");
        QVERIFY2(!status->text().isEmpty(), "no reason shown for a bad URL");
        QCOMPARE(child<QLineEdit>(window, "indexUrl")->text(), QStringLiteral("https://mirror2.example.com/pypi/simple"));
        QVERIFY(!window.isWindowModified());

        // The strategy, explained.
        auto *strategy = child<QComboBox>(window, "indexStrategy");
        strategy->setCurrentIndex(2);
        QVERIFY(child<QLabel>(window, "indexStrategyHelp")->text().contains(QLatin1String("pip")));
        QVERIFY(window.saveProject());
        const QByteArray withStrategy = readFile(m_file);
        const qsizetype at = withStrategy.indexOf("index-strategy = \"unsafe-best-match\"\n");
        QVERIFY2(at > withStrategy.indexOf("[tool.uv]\n# keep this comment\n")
                     && at < withStrategy.indexOf("[[tool.uv.index]]"),
                 withStrategy.constData());
        strategy->setCurrentIndex(0);
        QVERIFY(window.saveProject());
        QVERIFY(!readFile(m_file).contains("index-strategy"));
    }

    void sourcesPinAndUnpin()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.path()));
        window.showPage(MainWindow::SourcesPageIndex);
        auto *view = child<QTableView>(window, "sourcesView");
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        child<QComboBox>(window, "pinIndex")->setCurrentText(QStringLiteral("team"));
        QTest::keyClicks(child<QLineEdit>(window, "pinPackage"), QStringLiteral("shop-internal"));
        QTest::mouseClick(child<QPushButton>(window, "pinButton"), Qt::LeftButton);
        QCOMPARE(column(view), QStringList{"shop-internal"});
        QCOMPARE(column(view, 1), QStringList{"index team"});
        QVERIFY(window.saveProject());
        QVERIFY2(readFile(m_file).contains("[tool.uv.sources]\nshop-internal = { index = \"team\" }\n"),
                 readFile(m_file).constData());
        // An unknown package name is refused.
        QTest::keyClicks(child<QLineEdit>(window, "pinPackage"), QStringLiteral("-bad-"));
        QTest::mouseClick(child<QPushButton>(window, "pinButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(window, "sourcesStatus")->text().contains(QLatin1String("not a valid package name")));
        // Removing a pinned index is refused with the reason.
        window.showPage(MainWindow::IndexesPageIndex);
        window.findChild<Envdesk::Ui::IndexesPage *>()->selectIndex(1);
        QTest::mouseClick(child<QPushButton>(window, "removeIndex"), Qt::LeftButton);
        QVERIFY(child<QLabel>(window, "indexStatus")->text().contains(QLatin1String("still used")));
        // Renaming it takes the pin along: typed into the form, one edit.
        auto *name = child<QLineEdit>(window, "indexName");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("team-pypi"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(window.saveProject());
        QVERIFY2(readFile(m_file).contains("name = \"team-pypi\"")
                     && readFile(m_file).contains("shop-internal = { index = \"team-pypi\" }\n"),
                 readFile(m_file).constData());
        window.showPage(MainWindow::SourcesPageIndex);
        QCOMPARE(column(view, 1), QStringList{"index team-pypi"});
        window.document()->undoStack()->undo();
        QCOMPARE(column(view, 1), QStringList{"index team"});
        // Unpin.
        window.showPage(MainWindow::SourcesPageIndex);
        view->selectRow(0);
        QTest::mouseClick(child<QPushButton>(window, "unpinButton"), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 0);

        // A folder, typed relative or absolute, written relative to the project; editable.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("libs/flask-fork")));
        auto *kind = child<QComboBox>(window, "sourceKind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("folder")));
        child<QLineEdit>(window, "pinPackage")->clear();
        QTest::keyClicks(child<QLineEdit>(window, "pinPackage"), QStringLiteral("flask"));
        QTest::keyClicks(child<QLineEdit>(window, "sourceLocation"), m_dir.filePath(QStringLiteral("libs/flask-fork")));
        child<QCheckBox>(window, "sourceEditable")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(window, "setSourceButton"), Qt::LeftButton);
        QVERIFY2(child<QLabel>(window, "sourcesStatus")->text().contains(QLatin1String("now comes from")),
                 qPrintable(child<QLabel>(window, "sourcesStatus")->text()));
        QCOMPARE(column(view, 1), QStringList{"path libs/flask-fork (editable)"});
        // A git repository at a tag, for a package the project does not depend on: set, and said so.
        kind->setCurrentIndex(kind->findData(QStringLiteral("git")));
        QVERIFY(!child<QCheckBox>(window, "sourceEditable")->isVisibleTo(&window));
        QTest::keyClicks(child<QLineEdit>(window, "pinPackage"), QStringLiteral("shop-tools"));
        QTest::keyClicks(child<QLineEdit>(window, "sourceLocation"), QStringLiteral("https://git.example.com/shop/tools.git"));
        QTest::keyClicks(child<QLineEdit>(window, "sourceRevision"), QStringLiteral("v2"));
        QTest::mouseClick(child<QPushButton>(window, "setSourceButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(window, "sourcesStatus")->text().contains(QLatin1String("does not depend on it")));
        // A folder that is not there is refused, naming it; nothing changes.
        kind->setCurrentIndex(kind->findData(QStringLiteral("folder")));
        QTest::keyClicks(child<QLineEdit>(window, "pinPackage"), QStringLiteral("other"));
        QTest::keyClicks(child<QLineEdit>(window, "sourceLocation"), QStringLiteral("libs/missing"));
        QTest::mouseClick(child<QPushButton>(window, "setSourceButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(window, "sourcesStatus")->text().contains(QLatin1String("There is no folder")));
        QVERIFY(window.saveProject());
        QVERIFY2(readFile(m_file).contains("[tool.uv.sources]\nflask = { path = \"libs/flask-fork\", editable = true }\n"
                                           "shop-tools = { git = \"https://git.example.com/shop/tools.git\", rev = \"v2\" }\n"),
                 readFile(m_file).constData());
        window.document()->undoStack()->undo();
        window.document()->undoStack()->undo();
        QCOMPARE(view->model()->rowCount(), 0);
        child<QLineEdit>(window, "pinPackage")->clear();
        child<QLineEdit>(window, "sourceLocation")->clear();

        // After a resolve: a package two indexes offered and not pinned is called out.
        auto *page = window.findChild<Envdesk::Ui::SourcesPage *>();
        page->setIndexesSeen({{QStringLiteral("shop-internal"), {QStringLiteral("team"), QStringLiteral("mirror")}},
                              {QStringLiteral("flask"), {QStringLiteral("corp")}}});
        auto *warning = child<QLabel>(window, "confusionWarning");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QLatin1String("shop-internal (on mirror, team)")));
        QVERIFY(!warning->text().contains(QLatin1String("flask")));
        QVERIFY(page->pin(QStringLiteral("shop-internal"), QStringLiteral("team")));
        QVERIFY(!warning->isVisible());
    }

    void certificatesAndNetworkPerIndexAndInsecureHosts()
    {
        TestSupport::TestCertificates certs;
        if (!certs.make())
            ENVDESK_NEEDS(QStringLiteral("openssl: ") + certs.errorText());
        QDir(m_dir.path()).mkpath(QStringLiteral("certs"));
        QFile::remove(m_dir.filePath(QStringLiteral("certs/me.pem")));
        QFile::remove(m_dir.filePath(QStringLiteral("certs/old.pem")));
        QVERIFY(QFile::copy(certs.path(QStringLiteral("client.crt")), m_dir.filePath(QStringLiteral("certs/me.pem"))));
        QVERIFY(QFile::copy(certs.path(QStringLiteral("expired.crt")), m_dir.filePath(QStringLiteral("certs/old.pem"))));
        qputenv("SSL_CERT_FILE", "/etc/corp/root.pem");
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.path()));
        qunsetenv("SSL_CERT_FILE");
        window.showPage(MainWindow::NetworkPageIndex);
        auto *page = window.findChild<Envdesk::Ui::NetworkPage *>();
        auto *machine = child<QTableView>(window, "networkMachineView");
        QAbstractItemModelTester tester(machine->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = column(machine).indexOf(QStringLiteral("ssl-cert-file"));
        QVERIFY(row >= 0);
        QCOMPARE(column(machine, 1).at(row), QStringLiteral("/etc/corp/root.pem"));
        QVERIFY(column(machine, 2).at(row).contains(QLatin1String("SSL_CERT_FILE")));

        page->selectIndex(QStringLiteral("team"));
        typeInto(child<QLineEdit>(window, "networkCaBundle"), QStringLiteral("certs/corp-root.pem"));
        typeInto(child<QLineEdit>(window, "networkClientCert"), QStringLiteral("certs/me.pem"));
        QVERIFY2(page->certificateSummary().contains(QLatin1String("Subject: envdesk-client"))
                     && page->certificateSummary().contains(QLatin1String("Issuer: Envdesk Test Client CA"))
                     && page->certificateSummary().contains(QLatin1String("valid until")),
                 qPrintable(page->certificateSummary()));
        QTest::mouseClick(child<QCheckBox>(window, "networkVerify"), Qt::LeftButton);
        QVERIFY(child<QLabel>(window, "networkStatus")->text().contains(QLatin1String("no longer checked")));
        child<QComboBox>(window, "networkMinTls")->setCurrentIndex(4);
        typeInto(child<QLineEdit>(window, "networkProxy"), QStringLiteral("none"));
        QVERIFY(window.saveProject());
        QVERIFY2(readFile(m_file).endsWith("\n[tool.envdesk.index.team]\nca-bundle = \"certs/corp-root.pem\"\n"
                                           "client-cert = \"certs/me.pem\"\nverify = false\nmin-tls = \"1.3\"\n"
                                           "proxy = \"none\"\n"),
                 readFile(m_file).constData());
        // Back to the defaults: the keys go away.
        QTest::mouseClick(child<QCheckBox>(window, "networkVerify"), Qt::LeftButton);
        child<QComboBox>(window, "networkMinTls")->setCurrentIndex(0);
        typeInto(child<QLineEdit>(window, "networkProxy"), QString());
        QVERIFY(window.saveProject());
        QVERIFY(readFile(m_file).endsWith("client-cert = \"certs/me.pem\"\n"));

        // An expired certificate says so.
        typeInto(child<QLineEdit>(window, "networkClientCert"), QStringLiteral("certs/old.pem"));
        QVERIFY2(page->certificateSummary().contains(QLatin1String("EXPIRED")), qPrintable(page->certificateSummary()));
        typeInto(child<QLineEdit>(window, "networkClientCert"), QStringLiteral("certs/missing.pem"));
        QVERIFY(page->certificateSummary().contains(QLatin1String("Cannot read")));

        // Insecure hosts, with the warning; removed again.
        QVERIFY(!page->addInsecureHost(QStringLiteral("https://bad/")));
        typeInto(child<QLineEdit>(window, "insecureHostEdit"), QStringLiteral("pypi.corp.example:8443"));
        QCOMPARE(column(child<QListWidget>(window, "insecureHosts")), QStringList{"pypi.corp.example:8443"});
        QVERIFY(child<QLabel>(window, "networkStatus")->text().contains(QLatin1String("no longer checked")));
        QTest::mouseClick(child<QCheckBox>(window, "systemCerts"), Qt::LeftButton);
        QVERIFY(window.saveProject());
        QVERIFY2(readFile(m_file).contains("[tool.uv]\nallow-insecure-host = [\"pypi.corp.example:8443\"]\n"
                                           "native-tls = true\n# keep this comment\n"),
                 readFile(m_file).constData());
        child<QListWidget>(window, "insecureHosts")->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(window, "removeInsecureHost"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(window, "systemCerts"), Qt::LeftButton);
        QVERIFY(window.saveProject());
        QVERIFY(readFile(m_file).contains("[tool.uv]\n# keep this comment\n\n[[tool.uv.index]]"));
    }

    void namesAndVersionsAreOfferedFromTheIndexes()
    {
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx (scripts/test installs it)");
        QTemporaryDir www;
        QDir().mkpath(www.filePath(QStringLiteral("simple/demo")));
        writeFile(www.filePath(QStringLiteral("simple/index.html")),
                  "<a href=\"/simple/demo/\">demo</a><a href=\"/simple/deltas/\">deltas</a><a href=\"/simple/flask/\">flask</a>");
        writeFile(www.filePath(QStringLiteral("simple/demo/index.html")),
                  "<a href=\"/f/demo-1.0-py3-none-any.whl\">demo-1.0-py3-none-any.whl</a>"
                  "<a href=\"/f/demo-1.2.tar.gz\">demo-1.2.tar.gz</a>"
                  "<a href=\"/f/demo-1.1.tar.gz\" data-yanked=\"\">demo-1.1.tar.gz</a>");
        TestSupport::NginxServer server({.root = www.path()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        freshProject("[project]\nname = \"p\"\nversion = \"1\"\ndependencies = []\n\n[[tool.uv.index]]\nname = \"local\"\nurl = \""
                     + server.baseUrl().toUtf8() + "/simple\"\ndefault = true\n");
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.path()));
        window.showPage(MainWindow::DependenciesPageIndex);
        auto *page = window.findChild<Envdesk::Ui::DependenciesPage *>();
        QSignalSpy names(page, &Envdesk::Ui::DependenciesPage::namesShown);
        QSignalSpy versions(page, &Envdesk::Ui::DependenciesPage::versionsShown);
        auto *edit = child<QLineEdit>(window, "requirementEdit");
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("de"));
        QVERIFY(names.wait(20000));
        QCOMPARE(names.first().first().toInt(), 3);
        QCompleter *completer = edit->completer();
        completer->setCompletionPrefix(QStringLiteral("de"));
        QStringList offered;
        for (int i = 0; completer->setCurrentRow(i); ++i)
            offered << completer->currentCompletion();
        QCOMPARE(offered, (QStringList{"deltas", "demo"}));
        QTest::keyClicks(edit, QStringLiteral("mo>=1"));
        const auto demoVersions = [&versions] {
            for (const QList<QVariant> &v : versions) {
                if (v.at(0).toString() == QLatin1String("demo"))
                    return v.at(1).toInt();
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(demoVersions() >= 0, 20000);
        QCOMPARE(demoVersions(), 2); // the yanked 1.1 is not offered
        auto *model = qobject_cast<QStringListModel *>(completer->model());
        QVERIFY(model);
        QCOMPARE(model->stringList(), (QStringList{"demo==1.2", "demo==1.0"}));
        QVERIFY(child<QLabel>(window, "requirementStatus")->text().contains(QLatin1String("the newest 1.2")));
    }

    void importsAPipfileShowingItsWarnings()
    {
        freshProject("[project]\nname = \"shop\"\nversion = \"1.0\"\ndependencies = []\n");
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.path()));
        QString summary;
        answerNextBox(&window, QStringLiteral("importSummary"), QStringLiteral("OK"), &summary);
        // The Pipfile beside the project, with the folder its path source names.
        const QString pipfile = m_dir.filePath(QStringLiteral("Pipfile"));
        QVERIFY(QFile::copy(QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/project/data/import/Pipfile"), pipfile));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("libs/local")));
        QVERIFY(window.importFile(pipfile));
        QVERIFY2(summary.contains(QLatin1String("Imported Pipfile")), qPrintable(summary));
        QVERIFY(window.isWindowModified());
        QCOMPARE(readFile(m_file), QByteArray("[project]\nname = \"shop\"\nversion = \"1.0\"\ndependencies = []\n"));
        // verify_ssl = false became an insecure host, and the window says so.
        window.logDock()->model()->flush();
        const QString log = window.logDock()->shownText();
        QVERIFY2(log.contains(QLatin1String("verify_ssl")), qPrintable(log));
        QVERIFY(window.saveProject());
        const QByteArray saved = readFile(m_file);
        QVERIFY2(saved.contains("\"requests\"") && saved.contains("allow-insecure-host = [\"nexus.corp.example\"]")
                     && saved.contains("name = \"pytorch\"") && !saved.contains("NEXUS_TOKEN"),
                 saved.constData());
        // git, file and path sources land in [tool.uv.sources], credentials left out.
        QVERIFY2(saved.contains("local-lib = { path = \"libs/local\", editable = true }\n"
                                "toolkit = { git = \"https://git.corp.example/platform/toolkit.git\", rev = \"v2.1\", "
                                "subdirectory = \"python\" }\n")
                     && !saved.contains("s3cret"),
                 saved.constData());
        QVERIFY2(log.contains(QLatin1String("Mercurial")), qPrintable(log));
        const QStringList sourcePackages = column(child<QTableView>(window, "sourcesView"));
        QVERIFY2(sourcePackages.contains(QStringLiteral("toolkit")) && sourcePackages.contains(QStringLiteral("local-lib")),
                 qPrintable(sourcePackages.join(QLatin1Char(' '))));
        QCOMPARE(column(child<QTableView>(window, "sourcesView")).contains(QStringLiteral("torch")), true);
        // One undo takes the whole import back.
        window.document()->undoStack()->undo();
        QVERIFY(window.saveProject());
        QCOMPARE(readFile(m_file), QByteArray("[project]\nname = \"shop\"\nversion = \"1.0\"\ndependencies = []\n"));
        // A broken file is explained, nothing changes.
        QString error;
        answerNextBox(&window, QStringLiteral("errorMessage"), QStringLiteral("OK"), &error);
        QVERIFY(!window.importFile(QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/project/data/import/bad-pip.conf")));
        QVERIFY(!error.isEmpty());
        QVERIFY(!window.isWindowModified());
    }

    void anOldTlsServerGetsTheMinTlsFix()
    {
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx (scripts/test installs it)");
        TestSupport::TestCertificates certs;
        if (!certs.make())
            ENVDESK_NEEDS(QStringLiteral("openssl: ") + certs.errorText());
        QTemporaryDir www;
        QDir().mkpath(www.filePath(QStringLiteral("simple")));
        writeFile(www.filePath(QStringLiteral("simple/index.html")), "<a href=\"/simple/flask/\">flask</a>\n");
        TestSupport::NginxServer server({.root = www.path(), .certificate = certs.path(QStringLiteral("server.crt")),
                                         .key = certs.path(QStringLiteral("server.key")),
                                         .protocols = QStringLiteral("TLSv1 TLSv1.1")});
        if (!server.start())
            QSKIP("this nginx/OpenSSL cannot serve TLS 1.0/1.1");
        freshProject("[project]\nname = \"p\"\nversion = \"1\"\ndependencies = []\n\n[[tool.uv.index]]\nname = \"old\"\nurl = \""
                     + server.baseUrl().toUtf8() + "/simple\"\n\n[tool.envdesk.index.old]\nca-bundle = \""
                     + certs.path(QStringLiteral("ca.crt")).toUtf8() + "\"\n");
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.path()));
        window.showPage(MainWindow::IndexesPageIndex);
        auto *page = window.findChild<Envdesk::Ui::IndexesPage *>();
        page->selectIndex(0);
        QSignalSpy tested(page, &Envdesk::Ui::IndexesPage::connectionTested);
        page->testConnection();
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY2(child<QPushButton>(window, "fixMinTls")->isVisible(),
                 qPrintable(child<QLabel>(window, "connectionDiagnosis")->text()));
        QVERIFY(!child<QPushButton>(window, "fixCaBundle")->isVisible());
        QTest::mouseClick(child<QPushButton>(window, "fixMinTls"), Qt::LeftButton);
        QVERIFY(window.saveProject());
        QVERIFY2(readFile(m_file).endsWith(QByteArray("ca-bundle = \"" + certs.path(QStringLiteral("ca.crt")).toUtf8()
                                                      + "\"\nmin-tls = \"1.0\"\n")),
                 readFile(m_file).constData());
    }

    void aCredentialCommandIsNamedNotRun()
    {
        QTemporaryDir marker;
        const QString ran = marker.filePath(QStringLiteral("ran"));
        freshProject("[project]\nname = \"p\"\nversion = \"1\"\ndependencies = []\n\n[[tool.uv.index]]\nname = \"aws\"\n"
                     "url = \"https://corp-123.d.codeartifact.eu-west-1.amazonaws.com/pypi/main/simple/\"\n\n"
                     "[tool.envdesk.index.aws]\ncredential-command = [\"touch\", \""
                     + ran.toUtf8() + "\"]\n");
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.path()));
        window.showPage(MainWindow::IndexesPageIndex);
        auto *source = child<QLabel>(window, "credentialSource");
        QTRY_VERIFY_WITH_TIMEOUT(source->text().contains(QLatin1String("credential command")), 30000);
        QVERIFY(source->text().contains(QLatin1String("touch")));
        QVERIFY(!QFile::exists(ran));
    }

    void aChangeOnDiskIsReloadedOrAskedAbout()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.path()));
        auto *view = child<QTableView>(window, "dependenciesView");
        QSignalSpy reloaded(&window, &MainWindow::reloaded);

        // No unsaved edits: the new file is simply shown.
        QByteArray changed = kProject;
        changed.replace("\"flask>=3\"", "\"django>=5\"");
        writeFile(m_file, changed);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(column(view), QStringList{"django>=5"});

        // Unsaved edits: asked; "Keep my changes" keeps them, and saving is refused, not forced.
        QVERIFY(window.findChild<Envdesk::Ui::DependenciesPage *>());
        auto *edit = child<QLineEdit>(window, "requirementEdit");
        typeInto(edit, QStringLiteral("celery"));
        QVERIFY(window.isWindowModified());
        QString asked;
        answerNextBox(&window, QStringLiteral("reloadPrompt"), QStringLiteral("Keep my changes"), &asked);
        QByteArray other = changed;
        other.replace("\"django>=5\"", "\"fastapi\"");
        writeFile(m_file, other);
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 5000);
        QVERIFY(asked.contains(QLatin1String("changed by another program")));
        QCOMPARE(column(view), (QStringList{"django>=5", "celery"}));
        answerNextBox(&window, QStringLiteral("reloadPrompt"), QStringLiteral("Reload"));
        QVERIFY(!window.saveProject());
        QCOMPARE(readFile(m_file), other); // nothing overwritten
        QCOMPARE(column(view), QStringList{"fastapi"});
        QVERIFY(!window.isWindowModified());
    }

    void credentialsGoToTheKeychainNotTheFile()
    {
        Envdesk::Core::SecretStore store;
        if (const auto probe = store.probe(); !probe.available)
            ENVDESK_NEEDS(QStringLiteral("a Secret Service (scripts/test runs one in its D-Bus session): ") + probe.message);
        QByteArray text = kProject;
        text.replace("https://corp.example.com/simple", "https://alice:s3cr3t-token@corp.example.com/simple");
        freshProject(text);
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.path()));
        window.showPage(MainWindow::IndexesPageIndex);
        auto *page = window.findChild<Envdesk::Ui::IndexesPage *>();
        page->selectIndex(0);
        auto *source = child<QLabel>(window, "credentialSource");
        QVERIFY(source->text().contains(QLatin1String("written in the index URL")));
        auto *move = child<QPushButton>(window, "moveCredentials");
        QVERIFY(move->isVisible());
        QTest::mouseClick(move, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.isWindowModified(), 10000);
        QVERIFY(window.saveProject());
        QVERIFY(!readFile(m_file).contains("s3cr3t"));
        QVERIFY(readFile(m_file).contains("url = \"https://corp.example.com/simple\""));
        auto stored = store.read(QUrl(QStringLiteral("https://corp.example.com/simple")));
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->username, QStringLiteral("alice"));
        QCOMPARE((*stored)->secret, QByteArray("s3cr3t-token"));
        QTRY_VERIFY_WITH_TIMEOUT(source->text().contains(QLatin1String("alice")), 10000);

        // Set for another index by typing, then removed.
        page->selectIndex(2);
        typeInto(child<QLineEdit>(window, "credentialUsername"), QStringLiteral("__token__"));
        typeInto(child<QLineEdit>(window, "credentialSecret"), QStringLiteral("pypi-token-123"));
        QTest::mouseClick(child<QPushButton>(window, "saveCredentials"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(window, "credentialSecret")->text().isEmpty());
        const QUrl mirror(QStringLiteral("https://mirror.example.com/simple"));
        QTRY_VERIFY_WITH_TIMEOUT(store.read(mirror).value_or(std::nullopt).has_value(), 10000);
        QCOMPARE(store.read(mirror)->value().secret, QByteArray("pypi-token-123"));
        QTest::mouseClick(child<QPushButton>(window, "removeCredentials"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!store.read(mirror).value_or(std::nullopt).has_value(), 10000);
        QVERIFY(!readFile(m_file).contains("pypi-token-123"));
        window.logDock()->model()->flush();
        QVERIFY(!window.logDock()->shownText().contains(QLatin1String("s3cr3t")));
        QVERIFY(store.remove(QUrl(QStringLiteral("https://corp.example.com/simple"))));
    }

    void connectionTestShowsTheReportAndAppliesTheCaFix()
    {
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx (scripts/test installs it)");
        TestSupport::TestCertificates certs;
        if (!certs.make())
            ENVDESK_NEEDS(QStringLiteral("openssl: ") + certs.errorText());
        QTemporaryDir www;
        QDir().mkpath(www.filePath(QStringLiteral("simple")));
        writeFile(www.filePath(QStringLiteral("simple/index.html")), "<a href=\"/simple/flask/\">flask</a>\n");
        TestSupport::NginxServer server({.root = www.path(), .certificate = certs.path(QStringLiteral("server.crt")),
                                         .key = certs.path(QStringLiteral("server.key"))});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        QByteArray text = kProject;
        text.replace("https://corp.example.com/simple", QByteArray(server.baseUrl().toUtf8() + "/simple"));
        freshProject(text);

        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window); // keyboard shortcuts go to the active window
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(m_dir.path()));
        auto *page = window.findChild<Envdesk::Ui::IndexesPage *>();
        page->selectIndex(0);
        QSignalSpy tested(page, &Envdesk::Ui::IndexesPage::connectionTested);
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier); // Test connection
        QVERIFY2(tested.wait(30000), qPrintable(window.logDock()->shownText()));
        QCOMPARE(tested.takeFirst().first().toBool(), false);
        auto *report = child<QTreeWidget>(window, "connectionReport");
        QStringList failed;
        for (int i = 0; i < report->topLevelItemCount(); ++i) {
            if (report->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("failed"))
                failed << report->topLevelItem(i)->text(0);
        }
        QCOMPARE(failed, QStringList{"tls"});
        auto *diagnosis = child<QLabel>(window, "connectionDiagnosis");
        QVERIFY2(diagnosis->text().contains(QLatin1String("Fix:")), qPrintable(diagnosis->text()));
        auto *fix = child<QPushButton>(window, "fixCaBundle");
        QVERIFY(fix->isVisible());

        // The fix: trust the CA for this index, then test again.
        QVERIFY(page->useCaBundle(certs.path(QStringLiteral("ca.crt"))));
        page->testConnection(); // saves first
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.takeFirst().first().toBool(), qPrintable(diagnosis->text()));
        QVERIFY(readFile(m_file).contains("[tool.envdesk.index.corp]\nca-bundle = "));
        for (int i = 0; i < report->topLevelItemCount(); ++i)
            QVERIFY2(report->topLevelItem(i)->data(0, Qt::UserRole).toString() != QLatin1String("failed"),
                     qPrintable(report->topLevelItem(i)->text(1)));
        QVERIFY(!fix->isVisible());
    }
};

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
