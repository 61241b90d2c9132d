#include "ui/mainwindow.h"

#include <envdesk/buildinfo.h>

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("envdesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(Envdesk::Core::BuildInfo::version));
    QApplication::setOrganizationName(QStringLiteral("envdesk"));

    Envdesk::Ui::MainWindow window;
    // `envdesk PATH` opens the project at PATH (a folder or its pyproject.toml).
    const QStringList args = app.arguments();
    if (args.size() > 1)
        window.openProject(args.at(1));
    window.show();
    return app.exec();
}
