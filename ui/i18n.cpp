#include "i18n.h"


#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Envdesk::Ui {

namespace {

const char *const kLanguageKey = "language";

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString languagePreference()
{
    const QString value = QSettings().value(QLatin1String(kLanguageKey), QStringLiteral("system")).toString();
    return availableLanguages().contains(value) ? value : QStringLiteral("system");
}

void setLanguagePreference(const QString &language)
{
    QSettings().setValue(QLatin1String(kLanguageKey), language);
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString wanted = language;
    if (wanted.isEmpty() || wanted == QLatin1String("system"))
        wanted = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (!availableLanguages().contains(wanted) || wanted == QLatin1String("en"))
        return QStringLiteral("en");
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/envdesk_%1.qm").arg(wanted))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    // The core's messages (errors, hints and what the jobs report, shown on the pages).
    auto *core = new QTranslator(&app);
    if (core->load(QStringLiteral(":/i18n/envdesk_core_%1.qm").arg(wanted)))
        QCoreApplication::installTranslator(core);
    else
        delete core;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(wanted), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(wanted));
    return wanted;
}

} // namespace Envdesk::Ui
