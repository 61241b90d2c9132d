// Dark and light: the desktop's preference is read from the XDG portal, GTK_THEME or the
// platform palette (Qt 6.4 has no color-scheme API), the View menu overrides it, and the choice is
// remembered.
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "common/requirements.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QPalette>
#include <QStandardPaths>
#include <QTest>

using Envdesk::Ui::ColorScheme;

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followsTheDesktop()
    {
        QProcessEnvironment none;
        QProcessEnvironment gtkDark;
        gtkDark.insert(QStringLiteral("GTK_THEME"), QStringLiteral("Adwaita:dark"));
        QProcessEnvironment gtkLight;
        gtkLight.insert(QStringLiteral("GTK_THEME"), QStringLiteral("Adwaita"));
        QCOMPARE(Envdesk::Ui::systemColorScheme(none, 1, false), ColorScheme::Dark);
        QCOMPARE(Envdesk::Ui::systemColorScheme(gtkDark, 2, true), ColorScheme::Light); // the portal wins
        QCOMPARE(Envdesk::Ui::systemColorScheme(gtkDark, -1, false), ColorScheme::Dark);
        QCOMPARE(Envdesk::Ui::systemColorScheme(gtkLight, 0, true), ColorScheme::Light);
        QCOMPARE(Envdesk::Ui::systemColorScheme(none, -1, true), ColorScheme::Dark);
        QCOMPARE(Envdesk::Ui::systemColorScheme(none, 0, false), ColorScheme::Light);
    }

    void askingThePortalNeverHangs()
    {
        QElapsedTimer clock;
        clock.start();
        const int scheme = Envdesk::Ui::portalColorScheme();
        QVERIFY(scheme >= -1 && scheme <= 2);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    }

    // The desktop switching to dark and back while the window is open: the palette follows at once,
    // unless the user chose a theme in the View menu.
    void followsTheDesktopWhileRunning()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            ENVDESK_NEEDS("a D-Bus session bus (scripts/test runs the suite in dbus-run-session)");
        Envdesk::Ui::setThemePreference(QStringLiteral("system"));
        Envdesk::Ui::MainWindow window;
        window.show();
        QVERIFY(Envdesk::Ui::followSystemColorScheme(*qApp));
        auto announce = [](uint scheme) {
            QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/portal/desktop"),
                                                             QStringLiteral("org.freedesktop.portal.Settings"),
                                                             QStringLiteral("SettingChanged"));
            signal << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
                   << QVariant::fromValue(QDBusVariant(scheme));
            QVERIFY(QDBusConnection::sessionBus().send(signal));
        };
        announce(1);
        QTRY_VERIFY(qApp->palette().color(QPalette::Window).lightness() < 100);
        announce(2);
        QTRY_VERIFY(qApp->palette().color(QPalette::Window).lightness() > 150);
        // A choice made in the View menu stands.
        window.findChild<QAction *>(QStringLiteral("theme-light"))->trigger();
        announce(1);
        QTest::qWait(300);
        QVERIFY(qApp->palette().color(QPalette::Window).lightness() > 150);
        window.findChild<QAction *>(QStringLiteral("theme-system"))->trigger();
    }

    void theViewMenuSwitchesAndRemembers()
    {
        Envdesk::Ui::MainWindow window;
        window.show();
        auto *dark = window.findChild<QAction *>(QStringLiteral("theme-dark"));
        auto *light = window.findChild<QAction *>(QStringLiteral("theme-light"));
        QVERIFY(dark && light);
        dark->trigger();
        QVERIFY(qApp->palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(qApp->palette().color(QPalette::WindowText).lightness() > 200);
        QCOMPARE(Envdesk::Ui::themePreference(), QStringLiteral("dark"));
        light->trigger();
        QVERIFY(qApp->palette().color(QPalette::Window).lightness() > 150);
        QCOMPARE(Envdesk::Ui::themePreference(), QStringLiteral("light"));
        Envdesk::Ui::MainWindow again;
        QVERIFY(again.findChild<QAction *>(QStringLiteral("theme-light"))->isChecked());
        window.findChild<QAction *>(QStringLiteral("theme-system"))->trigger();
        QCOMPARE(Envdesk::Ui::themePreference(), QStringLiteral("system"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
