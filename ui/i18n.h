#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Envdesk::Ui {

/** The languages envdesk ships ("en" is the source language): en, de, fr. */
QStringList availableLanguages();

/** The language preference saved in the user's settings: "system" (the default) or a language. */
QString languagePreference();
void setLanguagePreference(const QString &language);

/**
 * Installs the translators for `language` ("system": the system locale's language): envdesk's own
 * (compiled into the app) and Qt's (standard buttons and dialogs, from Qt's translations folder,
 * when installed). Returns the language in effect ("en" when nothing matched).
 */
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace Envdesk::Ui
