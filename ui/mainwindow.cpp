#include "mainwindow.h"

#include "core/jobs/commandjob.h"
#include "core/jobs/resolvejob.h"
#include "core/net/httpclient.h"
#include "core/project/pyproject.h"
#include "core/project/settings.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

namespace Envdesk::Ui {

using namespace Envdesk::Core;

namespace {

QTableView *tableFor(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    return view;
}

// A setting's value as shown: URLs without their user information.
QString shown(const std::string &value)
{
    const QString text = QString::fromStdString(value);
    return text.contains(QLatin1String("://")) ? redactedUrl(QUrl(text)) : text;
}

QList<QStandardItem *> row(const QStringList &cells)
{
    QList<QStandardItem *> out;
    for (const QString &c : cells)
        out << new QStandardItem(c);
    return out;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("envdesk"));
    setObjectName(QStringLiteral("MainWindow"));

    m_dependencies = new QStandardItemModel(0, 2, this);
    m_dependencies->setHorizontalHeaderLabels({tr("Requirement"), tr("Where")});
    m_indexes = new QStandardItemModel(0, 4, this);
    m_indexes->setHorizontalHeaderLabels({tr("Index"), tr("URL"), tr("Role"), tr("Defined in")});
    m_settings = new QStandardItemModel(0, 3, this);
    m_settings->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("From")});
    m_resolution = new QStandardItemModel(0, 3, this);
    m_resolution->setHorizontalHeaderLabels({tr("Package"), tr("Version"), tr("File")});

    // Pages: the welcome text until a project is open, then one page per navigation entry.
    m_pages = new QStackedWidget(this);
    m_welcome = new QLabel(tr("Open or create a Python project to begin."), m_pages);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setObjectName(QStringLiteral("welcomeLabel"));
    m_pages->addWidget(m_welcome);
    auto *projectPage = new QWidget(m_pages);
    auto *projectLayout = new QVBoxLayout(projectPage);
    m_projectSummary = new QLabel(projectPage);
    m_projectSummary->setObjectName(QStringLiteral("projectSummary"));
    m_projectSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_projectSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_projectSummary->setWordWrap(true);
    projectLayout->addWidget(m_projectSummary);
    m_pages->addWidget(projectPage);
    m_pages->addWidget(tableFor(m_dependencies, QStringLiteral("dependenciesView"), m_pages));
    m_pages->addWidget(tableFor(m_indexes, QStringLiteral("indexesView"), m_pages));
    m_pages->addWidget(tableFor(m_settings, QStringLiteral("settingsView"), m_pages));
    m_pages->addWidget(tableFor(m_resolution, QStringLiteral("resolutionView"), m_pages));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItems(
        {tr("Project"), tr("Dependencies"), tr("Indexes"), tr("Settings"), tr("Resolution")});
    m_navigation->setMaximumWidth(180);
    m_navigation->setEnabled(false);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *toolbar = addToolBar(tr("Project"));
    toolbar->setObjectName(QStringLiteral("toolbar"));
    auto *open = toolbar->addAction(tr("Open…"));
    connect(open, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a project folder"));
        if (!dir.isEmpty())
            openProject(dir);
    });
    m_resolveAction = toolbar->addAction(tr("Resolve"));
    m_resolveAction->setObjectName(QStringLiteral("resolveAction"));
    m_resolveAction->setEnabled(false);
    connect(m_resolveAction, &QAction::triggered, this, [this] { resolveProject(); });
    m_lockAction = toolbar->addAction(tr("Lock"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setToolTip(tr("Resolve the dependencies and write pylock.toml"));
    m_lockAction->setEnabled(false);
    connect(m_lockAction, &QAction::triggered, this, [this] { lockProject(); });
    m_syncAction = toolbar->addAction(tr("Sync"));
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setToolTip(
        tr("Make the project's .venv match pylock.toml (shows the plan first)"));
    m_syncAction->setEnabled(false);
    connect(m_syncAction, &QAction::triggered, this, [this] { syncProject(); });
    m_cancelAction = toolbar->addAction(tr("Cancel"));
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelResolve);

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(20000);
    auto *dock = new QDockWidget(tr("Log"), this);
    dock->setObjectName(QStringLiteral("logDock"));
    dock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    statusBar()->showMessage(tr("Ready"));
    // 1280x800, or less on a smaller screen, so the window never opens larger than the desktop.
    QSize size(1280, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

MainWindow::~MainWindow() = default;

void MainWindow::log(const QString &line)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz ")) + line);
}

void MainWindow::showPage(int row)
{
    if (row >= 0 && !m_projectFile.isEmpty())
        m_pages->setCurrentIndex(row + 1);
}

bool MainWindow::openProject(const QString &path)
{
    auto project = PyProject::load(path);
    if (!project) {
        log(tr("cannot open %1: %2").arg(path, project.error().toString()));
        statusBar()->showMessage(project.error().message);
        return false;
    }
    m_projectFile = project->filePath();
    const QString name = QString::fromStdString(project->name());
    setWindowTitle(name.isEmpty() ? QStringLiteral("envdesk") : tr("%1 — envdesk").arg(name));

    QString summary
        = tr("<h2>%1 %2</h2><p>%3</p><p>requires-python: %4</p>")
              .arg(name.toHtmlEscaped(), QString::fromStdString(project->version()).toHtmlEscaped(),
                   m_projectFile.toHtmlEscaped(),
                   project->requiresPython().empty()
                       ? tr("(any)")
                       : QString::fromStdString(project->requiresPython()).toHtmlEscaped());
    if (!project->warnings().empty()) {
        summary += tr("<h3>Warnings</h3><ul>");
        for (const Diagnostic &d : project->warnings())
            summary += QStringLiteral("<li>line %1: %2 <i>%3</i></li>")
                           .arg(d.line)
                           .arg(d.message.toHtmlEscaped(), d.hint.toHtmlEscaped());
        summary += QStringLiteral("</ul>");
    }
    m_projectSummary->setText(summary);

    m_dependencies->removeRows(0, m_dependencies->rowCount());
    for (const std::string &d : project->dependencies())
        m_dependencies->appendRow(row({QString::fromStdString(d), tr("dependencies")}));
    for (const auto &[extra, list] : project->optionalDependencies()) {
        for (const std::string &d : list)
            m_dependencies->appendRow(row(
                {QString::fromStdString(d), tr("extra %1").arg(QString::fromStdString(extra))}));
    }
    for (const auto &[group, list] : project->dependencyGroups()) {
        for (const std::string &d : list)
            m_dependencies->appendRow(row(
                {QString::fromStdString(d), tr("group %1").arg(QString::fromStdString(group))}));
    }

    // Indexes and settings as they take effect, each with where it comes from.
    m_indexes->removeRows(0, m_indexes->rowCount());
    m_settings->removeRows(0, m_settings->rowCount());
    SettingsInputs inputs;
    inputs.projectDir = QFileInfo(m_projectFile).absolutePath();
    auto settings = resolveSettings(inputs);
    if (!settings) {
        log(tr("settings: %1").arg(settings.error().toString()));
    } else {
        for (const EffectiveIndex &i : settings->indexes) {
            QStringList role;
            if (i.config.isDefault)
                role << tr("default");
            if (i.config.isExplicit)
                role << tr("explicit");
            m_indexes->appendRow(row({QString::fromStdString(i.config.name),
                                      redactedUrl(QUrl(QString::fromStdString(i.config.url))),
                                      role.join(QLatin1String(", ")), i.from.toString()}));
        }
        for (const Setting &s : settings->settings) {
            if (!s.isSet())
                continue;
            QStringList values, origins;
            for (const SettingItem &item : s.items) {
                values << shown(item.value);
                origins << item.from.toString();
                if (!s.isList)
                    break; // the value that takes effect; what it overrides is in the log
            }
            m_settings->appendRow(
                row({QString::fromStdString(s.key), values.join(QLatin1String(", ")),
                     origins.join(QLatin1String(", "))}));
        }
        for (const Diagnostic &n : settings->notes)
            log(tr("note: %1").arg(n.message));
    }
    m_navigation->setEnabled(true);
    m_navigation->setCurrentRow(0);
    m_pages->setCurrentIndex(1);
    setBusy(false);
    statusBar()->showMessage(tr("Opened %1").arg(m_projectFile));
    log(tr("opened %1: %2 dependencies, %3 indexes")
            .arg(m_projectFile)
            .arg(m_dependencies->rowCount())
            .arg(m_indexes->rowCount()));
    return true;
}

void MainWindow::resolveProject(const QString &pythonVersion)
{
    if (m_projectFile.isEmpty() || m_job || m_command)
        return;
    ResolveRequest request;
    request.projectFile = m_projectFile;
    request.pythonVersion = pythonVersion.toStdString();
    m_job = std::make_unique<ResolveJob>(request);
    connect(m_job.get(), &ResolveJob::resolverEvent, this, [this](const ResolveEvent &e) {
        static const char *const kinds[]
            = {"decide", "conflict", "backtrack", "no versions", "unavailable"};
        log(QStringLiteral("%1 %2 %3 %4")
                .arg(QLatin1String(kinds[int(e.kind)]), QString::fromStdString(e.package),
                     QString::fromStdString(e.version), QString::fromStdString(e.message)));
    });
    connect(m_job.get(), &ResolveJob::indexQueried, this, [this](const IndexQuery &q) {
        log(QStringLiteral("index %1: %2 -> %3%4 %5 ms")
                .arg(QString::fromStdString(q.index), q.url,
                     q.status ? QString::number(q.status) : QStringLiteral("-"),
                     q.fromCache ? tr(" (cache)") : QString())
                .arg(q.elapsedMs));
    });
    connect(m_job.get(), &ResolveJob::progress, this, [this](int decided, int fetches) {
        statusBar()->showMessage(
            tr("Resolving: %1 packages decided, %2 metadata files").arg(decided).arg(fetches));
    });
    connect(m_job.get(), &ResolveJob::finished, this, [this](const ResolveOutcome &outcome) {
        showOutcome(outcome);
        m_job.reset();
        setBusy(false);
        m_cancelAction->setEnabled(false);
        Q_EMIT resolveFinished(outcome.ok);
    });
    setBusy(true);
    m_cancelAction->setEnabled(true);
    statusBar()->showMessage(tr("Resolving…"));
    log(tr("resolving %1").arg(m_projectFile));
    m_job->start();
}

void MainWindow::cancelResolve()
{
    if (m_job) {
        log(tr("cancelling"));
        m_job->cancel();
    }
}

void MainWindow::showOutcome(const ResolveOutcome &outcome)
{
    m_resolution->removeRows(0, m_resolution->rowCount());
    for (const QString &note : outcome.notes)
        log(note);
    if (!outcome.ok) {
        log(outcome.error.code == ErrorCode::NoSolution
                ? tr("No solution:\n%1").arg(outcome.error.message)
                : tr("error: %1").arg(outcome.error.toString()));
        statusBar()->showMessage(outcome.error.code == ErrorCode::NoSolution
                                     ? tr("No solution (see the log)")
                                     : outcome.error.message);
        return;
    }
    for (const ResolvedPackage &p : outcome.packages)
        m_resolution->appendRow(
            row({QString::fromStdString(p.name), QString::fromStdString(p.version),
                 QString::fromStdString(p.filename)}));
    statusBar()->showMessage(tr("Resolved %1 packages for Python %2 in %3 s")
                                 .arg(outcome.packages.size())
                                 .arg(QString::fromStdString(outcome.python))
                                 .arg(outcome.elapsedMs / 1000.0, 0, 'f', 2));
    log(tr("resolved %1 packages").arg(outcome.packages.size()));
    m_navigation->setCurrentRow(4);
}

void MainWindow::setBusy(bool busy)
{
    const bool open = !m_projectFile.isEmpty();
    m_resolveAction->setEnabled(open && !busy);
    m_lockAction->setEnabled(open && !busy);
    m_syncAction->setEnabled(open && !busy);
}

void MainWindow::runCommands(const QList<QStringList> &commands, const QString &what,
                             const std::function<void(int, const QStringList &)> &done)
{
    if (m_command || m_job)
        return;
    setBusy(true);
    statusBar()->showMessage(what);
    log(what);
    m_command = std::make_unique<CommandJob>(commands);
    auto output = std::make_shared<QStringList>();
    connect(m_command.get(), &CommandJob::output, this,
            [this, output](const QString &line, bool isError) {
                if (!isError)
                    *output << line;
                log(line);
            });
    connect(m_command.get(), &CommandJob::finished, this, [this, output, done](int code) {
        m_command.reset();
        setBusy(false);
        done(code, *output);
    });
    m_command->start();
}

void MainWindow::lockProject()
{
    if (m_projectFile.isEmpty())
        return;
    const QString dir = QFileInfo(m_projectFile).absolutePath();
    runCommands({{QStringLiteral("lock"), QStringLiteral("--project"), dir}},
                tr("Locking %1…").arg(dir), [this](int code, const QStringList &output) {
                    statusBar()->showMessage(code == 0 ? output.value(0, tr("Locked"))
                                                       : tr("Lock failed (see the log)"));
                    Q_EMIT commandFinished(code);
                });
}

void MainWindow::syncProject(bool ask)
{
    if (m_projectFile.isEmpty())
        return;
    const QString dir = QFileInfo(m_projectFile).absolutePath();
    QList<QStringList> preview;
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral(".venv/pyvenv.cfg"))))
        preview << QStringList{QStringLiteral("venv"), QStringLiteral("--project"), dir};
    preview << QStringList{QStringLiteral("sync"), QStringLiteral("--project"), dir,
                           QStringLiteral("--dry-run")};
    runCommands(preview, tr("Planning the sync of %1…").arg(dir),
                [this, dir, ask](int code, const QStringList &output) {
                    if (code != 0) {
                        statusBar()->showMessage(tr("Sync failed (see the log)"));
                        Q_EMIT commandFinished(code);
                        return;
                    }
                    const QStringList changes
                        = output.filter(QRegularExpression(QStringLiteral("^  [-+~] ")));
                    if (changes.isEmpty()) {
                        statusBar()->showMessage(output.value(output.size() - 1));
                        Q_EMIT commandFinished(0);
                        return;
                    }
                    if (ask) {
                        QMessageBox box(
                            QMessageBox::Question, tr("Sync"),
                            tr("%n change(s) to the environment:", nullptr, int(changes.size())),
                            QMessageBox::Apply | QMessageBox::Cancel, this);
                        box.setObjectName(QStringLiteral("syncPreview"));
                        box.setInformativeText(changes.join(QLatin1Char('\n')).trimmed());
                        box.setDefaultButton(QMessageBox::Apply);
                        if (box.exec() != QMessageBox::Apply) {
                            log(tr("sync declined"));
                            statusBar()->showMessage(tr("Nothing changed"));
                            Q_EMIT commandFinished(-1);
                            return;
                        }
                    }
                    runCommands(
                        {{QStringLiteral("sync"), QStringLiteral("--project"), dir}},
                        tr("Syncing %1…").arg(dir), [this](int code, const QStringList &output) {
                            statusBar()->showMessage(code == 0 ? output.value(0, tr("Synced"))
                                                               : tr("Sync failed (see the log)"));
                            Q_EMIT commandFinished(code);
                        });
                });
}

} // namespace Envdesk::Ui
