// The Indexes page's connection test, driven as a user drives it (the Test and Cancel buttons)
// against real servers: an nginx whose CA the project does not trust gets the trust-CA button and
// a report whose stages show their real times; an nginx with an expired certificate gets no CA
// button; an index that accepts and never answers is cancelled from the page, which is ready again
// at once, and a window closed while such a test hangs goes away without waiting for it.
#include "common/certs.h"
#include "common/faultserver.h"
#include "common/nginxserver.h"
#include "common/requirements.h"

#include "ui/indexespage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using Envdesk::Ui::IndexesPage;
using Envdesk::Ui::MainWindow;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

template<typename T>
T *child(QWidget &window, const char *name)
{
    T *w = window.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no widget named %s", name);
    return w;
}

QTreeWidgetItem *stageRow(QTreeWidget *report, const QString &stage)
{
    for (int i = 0; i < report->topLevelItemCount(); ++i) {
        if (report->topLevelItem(i)->text(0) == stage)
            return report->topLevelItem(i);
    }
    return nullptr;
}

// The milliseconds a Time cell shows ("3.4 ms", "12 ms"), or -1 when it shows none.
double shownMs(const QWidget *page, const QTreeWidgetItem *row)
{
    QString text = row->text(2);
    if (!text.endsWith(QLatin1String(" ms")))
        return -1;
    text.chop(3);
    bool ok = false;
    const double ms = page->locale().toDouble(text, &ok);
    return ok ? ms : -1;
}

} // namespace

class TestIndexesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestSupport::TestCertificates m_certs;
    QTemporaryDir m_www;

    void project(const QString &url, const QByteArray &extra = {})
    {
        writeFile(m_dir.filePath(QStringLiteral("pyproject.toml")),
                  "[project]\nname = \"p\"\nversion = \"1\"\ndependencies = "
                  "[]\n\n[[tool.uv.index]]\nname = \"corp\"\n"
                  "url = \""
                      + url.toUtf8() + "\"\n" + extra);
    }

    // Opens the project on the Indexes page with its first index selected.
    IndexesPage *openIndexes(MainWindow &window)
    {
        window.show();
        if (!window.openProject(m_dir.path()))
            return nullptr;
        window.showPage(MainWindow::IndexesPageIndex);
        auto *page = window.findChild<IndexesPage *>();
        page->selectIndex(0);
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx (scripts/test installs it)");
        if (!m_certs.make())
            ENVDESK_NEEDS(QStringLiteral("openssl: ") + m_certs.errorText());
        TestSupport::NginxServer::openToWorkers(m_www.path());
        writeFile(m_www.filePath(QStringLiteral("simple/index.html")),
                  "<a href=\"/simple/flask/\">flask</a>\n");
        TestSupport::NginxServer::openToWorkers(m_www.filePath(QStringLiteral("simple")));
    }

    void unknownCaGetsTheTrustCaButtonAndRealStageTimes()
    {
        TestSupport::NginxServer server({.root = m_www.path(),
                                         .certificate = m_certs.path(QStringLiteral("server.crt")),
                                         .key = m_certs.path(QStringLiteral("server.key"))});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        project(server.baseUrl() + QStringLiteral("/simple"));
        MainWindow window;
        IndexesPage *page = openIndexes(window);
        QVERIFY(page);
        QSignalSpy tested(page, &IndexesPage::connectionTested);
        QTest::mouseClick(child<QPushButton>(window, "testConnection"), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.first().first().toBool(), false);

        QVERIFY2(child<QPushButton>(window, "fixCaBundle")->isVisible(),
                 qPrintable(child<QLabel>(window, "connectionDiagnosis")->text()));
        QVERIFY(!child<QPushButton>(window, "fixMinTls")->isVisible());
        QVERIFY(!child<QPushButton>(window, "fixCredentials")->isVisible());
        QVERIFY(!child<QPushButton>(window, "cancelConnectionTest")->isVisible());

        // The Time column: the handshake took time and says so; the stages that waited for
        // nothing (a direct connection, an address without a lookup, stages never reached) show
        // no time rather than "0 ms".
        auto *report = child<QTreeWidget>(window, "connectionReport");
        QTreeWidgetItem *tls = stageRow(report, QStringLiteral("tls"));
        QVERIFY(tls);
        QCOMPARE(tls->data(0, Qt::UserRole).toString(), QStringLiteral("failed"));
        QVERIFY2(shownMs(page, tls) > 0, qPrintable(tls->text(2)));
        QVERIFY2(shownMs(page, stageRow(report, QStringLiteral("tcp"))) >= 0,
                 qPrintable(stageRow(report, QStringLiteral("tcp"))->text(2)));
        for (const char *untimed : {"proxy", "http", "auth", "api"}) {
            QTreeWidgetItem *row = stageRow(report, QLatin1String(untimed));
            QVERIFY(row);
            QCOMPARE(shownMs(page, row), -1.0);
        }
        int zero = 0;
        for (int i = 0; i < report->topLevelItemCount(); ++i)
            zero += report->topLevelItem(i)->text(2) == QLatin1String("0 ms");
        QCOMPARE(zero, 0);
    }

    void anExpiredCertificateGetsNoCaButton()
    {
        TestSupport::NginxServer server({.root = m_www.path(),
                                         .certificate = m_certs.path(QStringLiteral("expired.crt")),
                                         .key = m_certs.path(QStringLiteral("expired.key"))});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        project(server.baseUrl() + QStringLiteral("/simple"),
                "\n[tool.envdesk.index.corp]\nca-bundle = \""
                    + m_certs.path(QStringLiteral("ca.crt")).toUtf8() + "\"\n");
        MainWindow window;
        IndexesPage *page = openIndexes(window);
        QVERIFY(page);
        QSignalSpy tested(page, &IndexesPage::connectionTested);
        QTest::mouseClick(child<QPushButton>(window, "testConnection"), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        const QString diagnosis = child<QLabel>(window, "connectionDiagnosis")->text();
        QVERIFY2(diagnosis.contains(QLatin1String("expired")), qPrintable(diagnosis));
        // Trusting another CA would not help: the server's owners must renew the certificate.
        QVERIFY(!child<QPushButton>(window, "fixCaBundle")->isVisible());
        QVERIFY(!child<QPushButton>(window, "fixMinTls")->isVisible());
    }

    void aHangingTestIsCancelledFromThePage()
    {
        TestSupport::FaultServer server([](const TestSupport::FaultRequest &) {
            return TestSupport::FaultAction{{}, TestSupport::FaultAction::After::Stall};
        });
        project(server.url(QStringLiteral("/simple")));
        MainWindow window;
        IndexesPage *page = openIndexes(window);
        QVERIFY(page);
        auto *test = child<QPushButton>(window, "testConnection");
        auto *cancel = child<QPushButton>(window, "cancelConnectionTest");
        QSignalSpy tested(page, &IndexesPage::connectionTested);
        QVERIFY(!cancel->isVisible());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() == 1, 5000); // asked, and no answer comes
        QVERIFY(!test->isEnabled());
        QVERIFY(cancel->isVisible() && cancel->isEnabled());

        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 1000);
        qInfo("the page was ready again %lld ms after Cancel", clock.elapsed());
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY(!cancel->isVisible());
        QVERIFY(page->isTestingConnection() == false);
        const QString said = child<QLabel>(window, "connectionDiagnosis")->text();
        QVERIFY2(said.contains(QLatin1String("cancelled")), qPrintable(said));
        QCOMPARE(tested.size(), 0); // a cancelled test has no verdict

        // Usable again: the next test starts and hangs the same way.
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() == 2, 5000);
        QVERIFY(page->isTestingConnection());
        QVERIFY(!test->isEnabled());
    }

    void closingTheWindowWhileATestHangsDoesNotWait()
    {
        TestSupport::FaultServer server([](const TestSupport::FaultRequest &) {
            return TestSupport::FaultAction{{}, TestSupport::FaultAction::After::Stall};
        });
        project(server.url(QStringLiteral("/simple")));
        auto window = std::make_unique<MainWindow>();
        IndexesPage *page = openIndexes(*window);
        QVERIFY(page);
        QTest::mouseClick(child<QPushButton>(*window, "testConnection"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() == 1, 5000);
        QTest::qWait(200);
        QVERIFY(page->isTestingConnection());
        QElapsedTimer clock;
        clock.start();
        window->close();
        window.reset();
        qInfo("the window was gone %lld ms after closing", clock.elapsed());
        QVERIFY(clock.elapsed() < 2000);
    }
};

QTEST_MAIN(TestIndexesPage)
#include "tst_indexespage.moc"
