#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <functional>

class QApplication;

namespace Envdesk::Ui {

enum class ColorScheme { Light, Dark };

/**
 * Whether the desktop asks for dark or light windows, from (in order) the XDG desktop portal's
 * `org.freedesktop.appearance color-scheme` (`portal`: 1 dark, 2 light, 0 or -1 no preference),
 * GTK_THEME (`Adwaita:dark`), and the palette the platform already gives. Qt 6.4 has no
 * color-scheme API (it came in 6.5), so envdesk asks itself; docs/workarounds.md.
 */
ColorScheme systemColorScheme(const QProcessEnvironment &environment, int portal, bool paletteIsDark);

/** The portal's answer (1 dark, 2 light, 0 none), or -1 when no portal answered within 300 ms. */
int portalColorScheme();

/** The preference ("system", "light" or "dark") saved in the user's settings. */
QString themePreference();
void setThemePreference(const QString &preference);

/** Applies `scheme`: the Fusion style with a dark or a light palette. */
void applyColorScheme(QApplication &app, ColorScheme scheme);

/** Applies the user's preference, asking the system when it is "system". */
void applyThemePreference(QApplication &app);

/**
 * Follows the desktop while envdesk runs: the portal's SettingChanged signal for
 * `org.freedesktop.appearance color-scheme` switches the palette at once when the preference is
 * "system". False when there is no session bus to listen on.
 */
bool followSystemColorScheme(QApplication &app);

} // namespace Envdesk::Ui
