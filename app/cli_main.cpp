#include "core/cli/cli.h"

#include <envdesk/buildinfo.h>

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("envdesk-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Envdesk::Core::BuildInfo::version));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Envdesk::Core::runCli(QCoreApplication::arguments(), out, err);
}
