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
    window.show();
    return app.exec();
}
