#include "ui/mainwindow.h"

#include <QLabel>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensTitledEnvdesk()
    {
        Envdesk::Ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("envdesk"));
        auto *welcome = window.findChild<QLabel *>(QStringLiteral("welcomeLabel"));
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
