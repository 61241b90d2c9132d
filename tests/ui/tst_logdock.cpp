// The live log: lines from any thread reach the view in batches without stalling the window
// (measured: the event loop's longest gap while 100,000 lines arrive, and while a connection test
// hangs on a server that never answers), memory stays bounded with the drop said out loud,
// filters by level, package, index and text, export writes what is shown, and credentials in
// URLs never reach a line.
#include "common/stallmeter.h"
#include "common/faultserver.h"

#include "ui/indexespage.h"
#include "ui/logdock.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using Envdesk::Ui::LogEntry;
using Envdesk::Ui::LogModel;

namespace {

using TestSupport::StallMeter;

LogEntry line(const QString &text, LogEntry::Level level = LogEntry::Level::Info, const QString &package = {},
              const QString &index = {})
{
    return {0, level, text, package, index};
}

} // namespace

class TestLogDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Recent projects and other settings go to a throwaway test location, never the user's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void filtersSearchExportAndRedaction()
    {
        Envdesk::Ui::LogDock dock;
        dock.show();
        QAbstractItemModelTester source(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester shown(dock.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        LogModel *model = dock.model();
        model->append(line(QStringLiteral("index corp: https://alice:hunter2@corp.example.com/simple/flask/ -> 200"),
                           LogEntry::Level::Debug, QStringLiteral("Flask"), QStringLiteral("corp")));
        model->append(line(QStringLiteral("decide flask 3.0.0"), LogEntry::Level::Info, QStringLiteral("flask")));
        model->append(line(QStringLiteral("index pypi: https://pypi.org/simple/requests/ -> 401"),
                           LogEntry::Level::Warning, QStringLiteral("requests"), QStringLiteral("pypi")));
        model->append(line(QStringLiteral("error: no solution"), LogEntry::Level::Error));
        model->flush();
        QCOMPARE(dock.filter()->rowCount(), 4);
        QVERIFY(!dock.shownText().contains(QLatin1String("hunter2")));
        QVERIFY(dock.shownText().contains(QLatin1String("https://***@corp.example.com/simple/flask/")));

        auto *level = dock.findChild<QComboBox *>(QStringLiteral("logLevel"));
        level->setCurrentIndex(2); // warnings and errors
        QCOMPARE(dock.filter()->rowCount(), 2);
        level->setCurrentIndex(0);
        QTest::keyClicks(dock.findChild<QLineEdit *>(QStringLiteral("logPackage")), QStringLiteral("FLASK"));
        QCOMPARE(dock.filter()->rowCount(), 2); // names compared normalized
        dock.findChild<QLineEdit *>(QStringLiteral("logPackage"))->clear();
        QTest::keyClicks(dock.findChild<QLineEdit *>(QStringLiteral("logIndex")), QStringLiteral("pypi"));
        QCOMPARE(dock.filter()->rowCount(), 1);
        dock.findChild<QLineEdit *>(QStringLiteral("logIndex"))->clear();
        QTest::keyClicks(dock.findChild<QLineEdit *>(QStringLiteral("logSearch")), QStringLiteral("solution"));
        QCOMPARE(dock.filter()->rowCount(), 1);
        QVERIFY(dock.shownText().endsWith(QLatin1String("error   error: no solution")));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("log.txt"));
        QVERIFY(dock.exportTo(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), dock.shownText() + QLatin1Char('\n'));
        QString error;
        QVERIFY(!dock.exportTo(dir.filePath(QStringLiteral("no/such/folder/log.txt")), &error));
        QVERIFY(error.contains(QLatin1String("no/such/folder")));
    }

    void boundedWithTheDropSaid()
    {
        Envdesk::Ui::LogDock dock;
        dock.show();
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dock.model()->setCapacity(1000);
        for (int i = 0; i < 2500; ++i)
            dock.model()->append(line(QStringLiteral("line %1").arg(i)));
        dock.model()->flush();
        QCOMPARE(dock.model()->rowCount(), 1000);
        QCOMPARE(dock.model()->droppedCount(), 1500);
        QVERIFY(dock.model()->index(0, 0).data().toString().endsWith(QLatin1String("line 1500")));
        auto *dropped = dock.findChild<QLabel *>(QStringLiteral("logDropped"));
        QVERIFY(dropped->isVisible());
        QVERIFY(dropped->text().contains(QLatin1String("1500 older lines were dropped")));
        for (int i = 0; i < 10; ++i)
            dock.model()->append(line(QStringLiteral("more %1").arg(i)));
        dock.model()->flush();
        QCOMPARE(dock.model()->rowCount(), 1000);
        QCOMPARE(dock.model()->droppedCount(), 1510);
        dock.findChild<QPushButton *>(QStringLiteral("logClear"))->click();
        QCOMPARE(dock.model()->rowCount(), 0);
        QVERIFY(!dropped->isVisible());
    }

    void aFloodOfLinesFromAWorkerNeverStallsTheWindow()
    {
        Envdesk::Ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Envdesk::Ui::LogDock *dock = window.logDock();
        auto *follow = dock->findChild<QCheckBox *>(QStringLiteral("logFollow"));
        QVERIFY(follow->isChecked());
        StallMeter meter;
        constexpr int kLines = 100000;
        std::atomic_bool done = false;
        QThread *producer = QThread::create([&] {
            for (int i = 0; i < kLines; ++i)
                dock->model()->append(line(QStringLiteral("resolver step %1 of the flood").arg(i), LogEntry::Level::Info,
                                           QStringLiteral("pkg%1").arg(i % 100)));
            done = true;
        });
        producer->start();
        QTRY_VERIFY_WITH_TIMEOUT(done && dock->model()->rowCount() == kLines, 60000);
        producer->wait();
        delete producer;
        QTest::qWait(100);
        qInfo("longest event-loop stall while %d lines arrived: %lld ms", kLines, meter.longestMs());
        QVERIFY2(meter.longestMs() < 100, qPrintable(QStringLiteral("stalled %1 ms").arg(meter.longestMs())));
        // Follow-tail kept the newest line in view.
        auto *view = dock->findChild<QListView *>(QStringLiteral("log"));
        QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
        // A filter over the whole log is one step, and it stays quick.
        QElapsedTimer filtering;
        filtering.start();
        dock->findChild<QLineEdit *>(QStringLiteral("logPackage"))->setText(QStringLiteral("pkg7"));
        QCOMPARE(dock->filter()->rowCount(), kLines / 100);
        qInfo("filtering %d lines took %lld ms", kLines, filtering.elapsed());
    }

    void aHangingConnectionTestLeavesTheWindowLive()
    {
        // A server that accepts and never answers: the doctor waits for its timeout off the GUI thread.
        TestSupport::FaultServer server([](const TestSupport::FaultRequest &) { return TestSupport::FaultAction{{}, TestSupport::FaultAction::After::Stall}; });
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("pyproject.toml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[project]\nname = \"p\"\nversion = \"1\"\n\n[[tool.uv.index]]\nname = \"slow\"\nurl = \""
                + server.url(QStringLiteral("/simple")).toUtf8() + "\"\n");
        f.close();
        Envdesk::Ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(dir.path()));
        auto *page = window.findChild<Envdesk::Ui::IndexesPage *>();
        page->selectIndex(0);
        QSignalSpy tested(page, &Envdesk::Ui::IndexesPage::connectionTested);
        StallMeter meter;
        page->testConnection();
        QVERIFY(!tested.wait(3000)); // still hanging...
        qInfo("longest event-loop stall while the connection test hangs: %lld ms", meter.longestMs());
        QVERIFY2(meter.longestMs() < 100, qPrintable(QStringLiteral("stalled %1 ms").arg(meter.longestMs())));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("testConnection"))->isEnabled());
    }
};

QTEST_MAIN(TestLogDock)
#include "tst_logdock.moc"
