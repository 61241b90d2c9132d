#include "mainwindow.h"

#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QStatusBar>

namespace Envdesk::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("envdesk"));
    setObjectName(QStringLiteral("MainWindow"));
    auto *welcome = new QLabel(tr("Open or create a Python project to begin."), this);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    setCentralWidget(welcome);
    statusBar()->showMessage(tr("Ready"));
    // 1280x800, or less on a smaller screen, so the window never opens larger than the desktop.
    QSize size(1280, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

} // namespace Envdesk::Ui
