#include "core/install/wheel.h"
#include "ui/i18n.h"
#include "ui/indexespage.h"
#include "ui/logdock.h"
#include "ui/mainwindow.h"
#include "ui/newprojectwizard.h"
#include "ui/theme.h"

#include <envdesk/buildinfo.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QListWidget>
#include <QTimer>

namespace {

// `--screenshots DIR`: writes a PNG of every page, the log dock and the New Project wizard, as the
// window draws them, then quits (scripts/screenshots runs it under Xvfb).
void takeScreenshots(Envdesk::Ui::MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    const QStringList names = {QStringLiteral("project"), QStringLiteral("dependencies"), QStringLiteral("indexes"),
                               QStringLiteral("sources"), QStringLiteral("network"), QStringLiteral("environment"), QStringLiteral("settings"),
                               QStringLiteral("resolution")};
    for (int page = 0; page < navigation->count() && page < names.size(); ++page) {
        window.showPage(page);
        QApplication::processEvents();
        window.grab().save(QDir(dir).filePath(QStringLiteral("page-%1.png").arg(names[page])));
    }
    window.logDock()->grab().save(QDir(dir).filePath(QStringLiteral("log-dock.png")));
    Envdesk::Ui::NewProjectWizard wizard(&window);
    wizard.show();
    QApplication::processEvents();
    wizard.grab().save(QDir(dir).filePath(QStringLiteral("wizard.png")));
}

// `--connection-tests`: the Indexes page after the connection doctor ran on each index, one PNG
// per index (connection-NAME.png).
void screenshotConnectionTests(Envdesk::Ui::MainWindow &window, const QString &dir)
{
    auto *page = window.findChild<Envdesk::Ui::IndexesPage *>();
    window.showPage(Envdesk::Ui::MainWindow::IndexesPageIndex);
    for (int row = 0; row < page->listModel()->rowCount(); ++row) {
        page->selectIndex(row);
        QEventLoop loop;
        QObject::connect(page, &Envdesk::Ui::IndexesPage::connectionTested, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        page->testConnection();
        loop.exec();
        QApplication::processEvents();
        const std::string name = page->listModel()->indexes()[std::size_t(row)].name;
        window.grab().save(QDir(dir).filePath(QStringLiteral("connection-%1.png").arg(QString::fromStdString(name))));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    Envdesk::Core::pinTimeZoneForArchives();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("envdesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(Envdesk::Core::BuildInfo::version));
    QApplication::setOrganizationName(QStringLiteral("envdesk"));

    // The language first, so that everything, the help text included, is translated.
    QString language = Envdesk::Ui::languagePreference();
    const QStringList rawArgs = app.arguments();
    if (const qsizetype at = rawArgs.indexOf(QStringLiteral("--language")); at >= 0 && at + 1 < rawArgs.size())
        language = rawArgs.at(at + 1);
    Envdesk::Ui::installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "The envdesk desktop app: Python projects, their indexes, credentials and environments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "A project folder or its pyproject.toml "
                                                                 "(default: the last project opened)"),
                                 QStringLiteral("[PROJECT]"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Write a PNG of every page, the log and the wizard into DIR, then quit"),
        QStringLiteral("DIR"));
    parser.addOption(screenshots);
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "The language of the window: en, de, fr or system (default: the preference)"),
        QStringLiteral("LANG"));
    parser.addOption(languageOption);
    const QCommandLineOption connectionTests(
        QStringLiteral("connection-tests"),
        QApplication::translate("main", "With --screenshots: also test each index's connection and take the report"));
    parser.addOption(connectionTests);
    parser.process(app);
    Envdesk::Ui::applyThemePreference(app);
    Envdesk::Ui::followSystemColorScheme(app);

    Envdesk::Ui::MainWindow window;
    // `envdesk PATH` opens the project at PATH (a folder or its pyproject.toml); `envdesk` alone
    // reopens the last project, when it is still there.
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) {
        window.openProject(args.first());
    } else if (const QStringList recent = Envdesk::Ui::MainWindow::recentProjects(); !recent.isEmpty()
               && QFileInfo::exists(recent.first() + QStringLiteral("/pyproject.toml"))) {
        window.openProject(recent.first());
    }
    window.show();
    if (parser.isSet(screenshots)) {
        QTimer::singleShot(1500, &window, [&] {
            takeScreenshots(window, parser.value(screenshots));
            if (parser.isSet(connectionTests))
                screenshotConnectionTests(window, parser.value(screenshots));
            QApplication::quit();
        });
    }
    return app.exec();
}
