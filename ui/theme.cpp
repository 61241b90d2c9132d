#include "theme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace Envdesk::Ui {

namespace {

const char *const kThemeKey = "theme";
// The platform's own palette, before envdesk set one: the last word when the desktop says nothing.
std::optional<bool> g_platformPaletteIsDark;

int schemeFromVariant(QVariant v)
{
    // The portal's value comes as a variant, sometimes wrapped twice.
    while (v.canConvert<QDBusVariant>())
        v = v.value<QDBusVariant>().variant();
    bool ok = false;
    const int scheme = v.toInt(&ok);
    return ok ? scheme : -1;
}

// Receives the portal's SettingChanged signal (old-style slot: QDBusConnection::connect wants one).
class PortalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit PortalWatcher(QApplication *app)
        : QObject(app)
        , m_app(app)
    {}

public Q_SLOTS:
    // (namespace, key, value); anything else on the interface is not ours.
    void settingChanged(const QDBusMessage &message)
    {
        const QList<QVariant> args = message.arguments();
        if (args.size() != 3 || args[0].toString() != QLatin1String("org.freedesktop.appearance")
            || args[1].toString() != QLatin1String("color-scheme")
            || themePreference() != QLatin1String("system"))
            return;
        applyColorScheme(*m_app, systemColorScheme(QProcessEnvironment::systemEnvironment(),
                                                   schemeFromVariant(args[2]),
                                                   g_platformPaletteIsDark.value_or(false)));
    }

private:
    QApplication *m_app;
};

} // namespace

ColorScheme systemColorScheme(const QProcessEnvironment &environment, int portal, bool paletteIsDark)
{
    if (portal == 1)
        return ColorScheme::Dark;
    if (portal == 2)
        return ColorScheme::Light;
    const QString gtk = environment.value(QStringLiteral("GTK_THEME"));
    if (!gtk.isEmpty())
        return gtk.contains(QLatin1String("dark"), Qt::CaseInsensitive) ? ColorScheme::Dark : ColorScheme::Light;
    return paletteIsDark ? ColorScheme::Dark : ColorScheme::Light;
}

int portalColorScheme()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return -1;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"), QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    call << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    const QDBusMessage reply = bus.call(call, QDBus::Block, 300);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return -1;
    return schemeFromVariant(reply.arguments().first());
}

QString themePreference()
{
    const QString value = QSettings().value(QLatin1String(kThemeKey), QStringLiteral("system")).toString();
    return value == QLatin1String("light") || value == QLatin1String("dark") ? value : QStringLiteral("system");
}

void setThemePreference(const QString &preference)
{
    QSettings().setValue(QLatin1String(kThemeKey), preference);
}

void applyColorScheme(QApplication &app, ColorScheme scheme)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (scheme == ColorScheme::Light) {
        app.setPalette(app.style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x2f, 0x65, 0xca);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    app.setPalette(p);
}

void applyThemePreference(QApplication &app)
{
    const QString preference = themePreference();
    if (preference == QLatin1String("dark"))
        return applyColorScheme(app, ColorScheme::Dark);
    if (preference == QLatin1String("light"))
        return applyColorScheme(app, ColorScheme::Light);
    if (!g_platformPaletteIsDark)
        g_platformPaletteIsDark = app.palette().color(QPalette::Window).lightness() < 128;
    applyColorScheme(app, systemColorScheme(QProcessEnvironment::systemEnvironment(), portalColorScheme(),
                                            *g_platformPaletteIsDark));
}

bool followSystemColorScheme(QApplication &app)
{
    if (app.findChild<PortalWatcher *>())
        return true;
    if (!g_platformPaletteIsDark)
        g_platformPaletteIsDark = app.palette().color(QPalette::Window).lightness() < 128;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    auto *watcher = new PortalWatcher(&app);
    const bool ok = bus.connect(QString(), QStringLiteral("/org/freedesktop/portal/desktop"),
                       QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("SettingChanged"),
                       watcher, SLOT(settingChanged(QDBusMessage)));
    return ok;
}

} // namespace Envdesk::Ui

#include "theme.moc"
