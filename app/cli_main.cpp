#include "cli/cli.h"
#include "core/install/wheel.h"

#include <envdesk/buildinfo.h>

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    Envdesk::Core::pinTimeZoneForArchives();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("envdesk-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Envdesk::Core::BuildInfo::version));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = Envdesk::Core::runCli(QCoreApplication::arguments(), out, err);
    // Everything the command did is done and written (files committed, network objects gone);
    // leave without running static destructors, where Qt's network and TLS teardown once
    // crashed after a successful command under load (docs/workarounds.md).
    out.flush();
    err.flush();
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}
