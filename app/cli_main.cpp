#include "cli/cli.h"
#include "core/install/wheel.h"

#include <envdesk/buildinfo.h>

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace {

// Ctrl+C cancels the command the way Cancel does in the window: downloads aborted, a build's
// process group killed, each package installed whole or not at all; the command then ends with
// its "cancelled" error. A second Ctrl+C ends the process at once.
Envdesk::Core::CancelToken g_interrupt;
volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int signal)
{
    if (g_interrupted) {
        std::signal(signal, SIG_DFL);
        std::raise(signal);
        return;
    }
    g_interrupted = 1;
    g_interrupt.cancel(); // an atomic store
}

} // namespace

int main(int argc, char *argv[])
{
    Envdesk::Core::pinTimeZoneForArchives();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("envdesk-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Envdesk::Core::BuildInfo::version));
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::signal(SIGINT, onInterrupt);
    const int code = Envdesk::Core::runCli(QCoreApplication::arguments(), out, err, g_interrupt);
    // Everything the command did is done and written (files committed, network objects gone);
    // leave without running static destructors, where Qt's network and TLS teardown once
    // crashed after a successful command under load (docs/workarounds.md).
    out.flush();
    err.flush();
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}
