#include "mainwindow.h"

#include <QLabel>
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
    resize(1280, 800);
}

} // namespace Envdesk::Ui
