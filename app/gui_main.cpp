#include "ui/mainwindow.h"

#include <envdesk/buildinfo.h>

#include <QApplication>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("envdesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(Envdesk::Core::BuildInfo::version));
    QApplication::setOrganizationName(QStringLiteral("envdesk"));

    Envdesk::Ui::MainWindow window;
    // `envdesk PATH` opens the project at PATH (a folder or its pyproject.toml); `envdesk` alone
    // reopens the last project, when it is still there.
    const QStringList args = app.arguments();
    if (args.size() > 1) {
        window.openProject(args.at(1));
    } else if (const QStringList recent = Envdesk::Ui::MainWindow::recentProjects(); !recent.isEmpty()
               && QFileInfo::exists(recent.first() + QStringLiteral("/pyproject.toml"))) {
        window.openProject(recent.first());
    }
    window.show();
    return app.exec();
}
