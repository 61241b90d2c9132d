#include "mainwindow.h"

#include "dependenciespage.h"
#include "i18n.h"
#include "environmentpage.h"
#include "indexespage.h"
#include "logdock.h"
#include "networkpage.h"
#include "newprojectwizard.h"
#include "projectdocument.h"
#include "sourcespage.h"
#include "theme.h"
#include "uiutil.h"

#include "core/install/lockinputs.h"
#include "core/jobs/projectjobs.h"
#include "core/jobs/resolvejob.h"
#include "core/net/httpclient.h"
#include "core/pep/name.h"
#include "core/project/importer.h"
#include "core/project/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QCoreApplication>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Envdesk::Ui {

using namespace Envdesk::Core;

namespace {

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

const char *const kRecentKey = "recentProjects";
constexpr int kRecentMax = 10;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(this))
{
    setWindowTitle(QStringLiteral("envdesk"));
    setObjectName(QStringLiteral("MainWindow"));

    m_settings = new QStandardItemModel(0, 3, this);
    m_settings->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("From")});
    m_resolution = new QStandardItemModel(0, 3, this);
    m_resolution->setHorizontalHeaderLabels({tr("Package"), tr("Version"), tr("File")});

    // The start page until a project is open, then one page per navigation entry.
    m_pages = new QStackedWidget(this);
    m_start = new QWidget(m_pages);
    auto *startLayout = new QVBoxLayout(m_start);
    auto *welcome = new QLabel(tr("Open or create a Python project to begin."), m_start);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setAlignment(Qt::AlignCenter);
    startLayout->addStretch();
    startLayout->addWidget(welcome);
    auto *startButtons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("&New Project…"), m_start);
    newButton->setObjectName(QStringLiteral("startNew"));
    auto *openButton = new QPushButton(tr("&Open Project…"), m_start);
    openButton->setObjectName(QStringLiteral("startOpen"));
    startButtons->addStretch();
    startButtons->addWidget(newButton);
    startButtons->addWidget(openButton);
    startButtons->addStretch();
    startLayout->addLayout(startButtons);
    auto *recentLabel = new QLabel(tr("&Recent projects:"), m_start);
    m_recent = new QListWidget(m_start);
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setMaximumHeight(200);
    recentLabel->setBuddy(m_recent);
    startLayout->addWidget(recentLabel);
    startLayout->addWidget(m_recent);
    startLayout->addStretch();
    m_pages->addWidget(m_start);
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newProject);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openProject(item->data(Qt::UserRole).toString()); });

    auto *projectPage = new QWidget(m_pages);
    auto *projectLayout = new QVBoxLayout(projectPage);
    m_projectSummary = new QLabel(projectPage);
    m_projectSummary->setObjectName(QStringLiteral("projectSummary"));
    m_projectSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_projectSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_projectSummary->setWordWrap(true);
    projectLayout->addWidget(m_projectSummary);
    m_pages->addWidget(projectPage);
    m_dependenciesPage = new DependenciesPage(m_document, m_pages);
    m_pages->addWidget(m_dependenciesPage);
    m_indexesPage = new IndexesPage(m_document, m_pages);
    m_pages->addWidget(m_indexesPage);
    m_sourcesPage = new SourcesPage(m_document, m_pages);
    m_pages->addWidget(m_sourcesPage);
    m_networkPage = new NetworkPage(m_document, m_pages);
    m_pages->addWidget(m_networkPage);
    m_environmentPage = new EnvironmentPage(m_document, m_pages);
    m_pages->addWidget(m_environmentPage);
    m_pages->addWidget(makeTable(m_settings, QStringLiteral("settingsView"), m_pages));
    m_pages->addWidget(makeTable(m_resolution, QStringLiteral("resolutionView"), m_pages));
    for (auto *page : std::initializer_list<QWidget *>{m_dependenciesPage, m_indexesPage, m_sourcesPage, m_networkPage}) {
        connect(page, SIGNAL(failed(QString)), statusBar(), SLOT(showMessage(QString)));
    }
    connect(m_indexesPage, &IndexesPage::logLine, this, [this](const QString &line, bool isError) {
        log(isError ? LogEntry::Level::Warning : LogEntry::Level::Info, line);
    });
    // The connection test's stages, with their index, in the log as they complete.
    connect(m_indexesPage, &IndexesPage::jobEvent, this, &MainWindow::logEvent);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->addItems({tr("Project"), tr("Dependencies"), tr("Indexes"), tr("Sources"),
                            tr("Certificates & Network"), tr("Environment"), tr("Settings"), tr("Resolution")});
    m_navigation->setMaximumWidth(180);
    m_navigation->setEnabled(false);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_document->isOpen()) {
            m_pages->setCurrentIndex(row + 1);
            if (row == EnvironmentPageIndex)
                m_environmentPage->refresh();
        }
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *toolbar = addToolBar(tr("Project"));
    toolbar->setObjectName(QStringLiteral("toolbar"));
    auto action = [this, toolbar](const QString &text, const QString &name, const QKeySequence &key,
                                  const QString &tip) {
        auto *a = toolbar->addAction(text);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        return a;
    };
    auto *newAction = action(tr("New…"), QStringLiteral("newAction"), QKeySequence::New, tr("Create a project"));
    connect(newAction, &QAction::triggered, this, &MainWindow::newProject);
    auto *open = action(tr("Open…"), QStringLiteral("openAction"), QKeySequence::Open, tr("Open a project folder"));
    connect(open, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a project folder"));
        if (!dir.isEmpty())
            openProject(dir);
    });
    connect(openButton, &QPushButton::clicked, open, &QAction::trigger);
    auto *importAction = new QAction(tr("&Import…"), this);
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setToolTip(tr("Bring indexes, pins and requirements in from pip.conf, a Pipfile or requirements.txt"));
    connect(importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import from pip.conf, a Pipfile or a requirements file"), m_document->directory(),
            tr("pip and pipenv files (pip.conf pip.ini Pipfile *.txt *.in);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    m_projectActions << importAction;
    m_saveAction = action(tr("Save"), QStringLiteral("saveAction"), QKeySequence::Save,
                          tr("Write pyproject.toml"));
    m_saveAction->setEnabled(false);
    connect(m_saveAction, &QAction::triggered, this, [this] { saveProject(); });
    auto *undo = m_document->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    toolbar->addAction(undo);
    auto *redo = m_document->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    auto *resolve = action(tr("Resolve"), QStringLiteral("resolveAction"), QKeySequence(Qt::CTRL | Qt::Key_R),
                           tr("Resolve the dependencies without writing anything"));
    connect(resolve, &QAction::triggered, this, [this] { resolveProject(); });
    auto *lock = action(tr("Lock"), QStringLiteral("lockAction"), QKeySequence(Qt::CTRL | Qt::Key_L),
                        tr("Resolve the dependencies and write pylock.toml"));
    connect(lock, &QAction::triggered, this, [this] { lockProject(); });
    // In the Project menu only: a lock for every environment (uv's universal lock).
    auto *lockEverywhere = new QAction(tr("Lock for &Every Environment"), this);
    lockEverywhere->setObjectName(QStringLiteral("lockEverywhereAction"));
    lockEverywhere->setToolTip(tr("Resolve for every Python the project's requires-python allows, on every platform, "
                                  "and write pylock.toml with a marker on each package that is not needed everywhere"));
    connect(lockEverywhere, &QAction::triggered, this, [this] { lockProject(true); });
    auto *sync = action(tr("Sync"), QStringLiteral("syncAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                        tr("Make the project's .venv match pylock.toml (shows the plan first)"));
    connect(sync, &QAction::triggered, this, [this] { syncProject(); });
    m_cancelAction = action(tr("Cancel"), QStringLiteral("cancelAction"), QKeySequence(Qt::Key_Escape),
                            tr("Stop what is running"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelResolve);
    m_testAction = action(tr("Test connection"), QStringLiteral("testAction"), QKeySequence(Qt::CTRL | Qt::Key_T),
                          tr("Run the connection doctor on the selected index"));
    connect(m_testAction, &QAction::triggered, this, [this] {
        showPage(IndexesPageIndex);
        m_indexesPage->testConnection();
    });
    // In the Project menu only: a terminal in the project's environment, with its indexes,
    // credentials and CAs where uv and pip look (envdesk-cli run, without syncing).
    auto *terminal = new QAction(tr("Open a &Terminal Here"), this);
    terminal->setObjectName(QStringLiteral("terminalAction"));
    terminal->setToolTip(tr("A terminal in the project's folder, inside .venv, where pip and uv reach the "
                            "project's indexes with their credentials and certificates"));
    connect(terminal, &QAction::triggered, this, [this] { openTerminal(); });
    m_projectActions << resolve << lock << lockEverywhere << sync << m_testAction << terminal;

    auto languageMenu = [this](QMenu *view) {
        auto *menu = view->addMenu(tr("L&anguage"));
        auto *group = new QActionGroup(this);
        const std::pair<QString, QString> languages[] = {{QStringLiteral("system"), tr("Follow the &system")},
                                                         {QStringLiteral("en"), QStringLiteral("English")},
                                                         {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                         {QStringLiteral("fr"), QStringLiteral("Français")}};
        for (const auto &[value, label] : languages) {
            auto *a = menu->addAction(label);
            a->setObjectName(QStringLiteral("language-") + value);
            a->setCheckable(true);
            a->setChecked(languagePreference() == value);
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, value] {
                setLanguagePreference(value);
                statusBar()->showMessage(tr("The language changes the next time envdesk starts."));
            });
        }
    };

    // The same actions in menus (Alt+F, Alt+E, ...), and the view preferences.
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addActions({newAction, open, importAction, m_saveAction});
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    auto *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    auto *project = menuBar()->addMenu(tr("&Project"));
    project->addActions({resolve, lock, lockEverywhere, sync, m_cancelAction, m_testAction, terminal});
    auto *view = menuBar()->addMenu(tr("&View"));
    auto *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const std::pair<QString, QString> choices[] = {{QStringLiteral("system"), tr("Follow the &system")},
                                                   {QStringLiteral("light"), tr("&Light")},
                                                   {QStringLiteral("dark"), tr("&Dark")}};
    for (const auto &[value, label] : choices) {
        auto *a = theme->addAction(label);
        a->setObjectName(QStringLiteral("theme-") + value);
        a->setCheckable(true);
        a->setChecked(themePreference() == value);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [value] {
            setThemePreference(value);
            if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
                applyThemePreference(*app);
        });
    }

    m_logDock = new LogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    view->addAction(m_logDock->toggleViewAction());
    languageMenu(view);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->showMessage(tr("Ready"));

    connect(m_document, &ProjectDocument::changed, this, &MainWindow::projectChanged);
    connect(m_document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        setWindowModified(modified);
        m_saveAction->setEnabled(modified);
    });
    connect(m_document, &ProjectDocument::changedOnDisk, this, &MainWindow::onChangedOnDisk);

    refreshRecent();
    setBusy(false);
    // 1280x800, or less on a smaller screen, so the window never opens larger than the desktop.
    QSize size(1280, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

MainWindow::~MainWindow() = default;

QString MainWindow::projectFile() const
{
    return m_document->isOpen() ? m_document->filePath() : QString();
}

void MainWindow::log(LogEntry::Level level, const QString &text, const QString &package, const QString &index)
{
    m_logDock->model()->append({0, level, text, package, index});
}

void MainWindow::showPage(int page)
{
    m_navigation->setCurrentRow(page);
}

QStringList MainWindow::recentProjects()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void MainWindow::refreshRecent()
{
    m_recent->clear();
    for (const QString &path : recentProjects()) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(QFileInfo(path).fileName(), path), m_recent);
        item->setData(Qt::UserRole, path);
    }
}

bool MainWindow::openProject(const QString &path)
{
    if (!maybeKeepEdits())
        return false;
    if (auto opened = m_document->open(path); !opened) {
        log(LogEntry::Level::Error, tr("cannot open %1: %2").arg(path, opened.error().toString()));
        statusBar()->showMessage(opened.error().message);
        return false;
    }
    const QString dir = m_document->directory();
    QStringList recent = recentProjects();
    recent.removeAll(dir);
    recent.prepend(dir);
    QSettings().setValue(QLatin1String(kRecentKey), recent.mid(0, kRecentMax));
    refreshRecent();
    refreshSettings();
    m_resolution->removeRows(0, m_resolution->rowCount());
    m_navigation->setEnabled(true);
    m_navigation->setCurrentRow(ProjectPage);
    m_pages->setCurrentIndex(1);
    setBusy(false);
    statusBar()->showMessage(tr("Opened %1").arg(m_document->filePath()));
    const PyProject &p = m_document->project();
    log(tr("opened %1: %2 dependencies, %3 indexes")
            .arg(m_document->filePath())
            .arg(p.dependencies().size())
            .arg(p.indexes().size()));
    return true;
}

void MainWindow::newProject()
{
    if (!maybeKeepEdits())
        return;
    auto *wizard = new NewProjectWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NewProjectWizard::projectCreated, this,
            [this](const QString &file, const QString &python, bool syncNow) {
                if (!openProject(file))
                    return;
                // The environment with the chosen interpreter, then (when asked) lock and sync.
                const QString dir = m_document->directory();
                const bool thenSync = syncNow && !m_document->project().dependencies().empty();
                auto finish = [this](int code) {
                    if (code == 0) // else the failure's own message is there
                        statusBar()->showMessage(tr("The project is ready"));
                    m_environmentPage->refresh();
                    Q_EMIT commandFinished(code);
                };
                VenvRequest request;
                request.path = QDir(dir).filePath(QStringLiteral(".venv"));
                request.python = python;
                request.projectFile = m_document->filePath();
                auto job = std::make_unique<VenvJob>(request);
                VenvJob *venv = job.get();
                runJob(std::move(job), tr("Setting up %1…").arg(dir), [this, venv, thenSync, finish] {
                    if (!venv->result()) {
                        showJobError(tr("New Project"), venv->result().error());
                        finish(2);
                        return;
                    }
                    if (!thenSync) {
                        finish(0);
                        return;
                    }
                    // Queued: this job is deleted first.
                    QTimer::singleShot(0, this, [this, finish] {
                        startLock(false, [this, finish](int code) {
                            if (code != 0)
                                return finish(code);
                            QTimer::singleShot(0, this, [this, finish] { startSync(false, finish); });
                        });
                    });
                });
            });
    connect(wizard, &NewProjectWizard::logLine, this, [this](const QString &line) { log(line); });
    wizard->open();
}

bool MainWindow::saveProject()
{
    if (auto saved = m_document->save(); !saved) {
        log(LogEntry::Level::Error, saved.error().toString());
        statusBar()->showMessage(saved.error().message);
        if (saved.error().code == ErrorCode::FileChanged)
            onChangedOnDisk();
        else
            showError(this, tr("Save"), saved.error());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()));
    log(tr("saved %1").arg(m_document->filePath()));
    refreshSettings();
    return true;
}

bool MainWindow::importFile(const QString &path, bool showSummary)
{
    auto plan = readImport(path);
    if (!plan) {
        log(LogEntry::Level::Error, tr("cannot import %1: %2").arg(path, plan.error().toString()));
        if (showSummary)
            showError(this, tr("Import"), plan.error());
        return false;
    }
    std::vector<QString> done;
    auto edited = m_document->edit(tr("Import %1").arg(QFileInfo(path).fileName()), [&](PyProject &p) -> Expected<void> {
        auto applied = applyImport(p, *plan);
        if (!applied)
            return std::unexpected(applied.error());
        done = std::move(*applied);
        return {};
    });
    if (!edited) {
        log(LogEntry::Level::Error, tr("cannot import %1: %2").arg(path, edited.error().toString()));
        if (showSummary)
            showError(this, tr("Import"), edited.error());
        return false;
    }
    QStringList lines;
    for (const QString &line : done)
        lines << line;
    QStringList warnings;
    for (const Diagnostic &w : plan->warnings) {
        const QString text = (w.line > 0 ? tr("line %1: %2").arg(w.line).arg(w.message) : w.message)
                             + (w.hint.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(w.hint));
        warnings << text;
        log(LogEntry::Level::Warning, tr("import %1: %2").arg(QFileInfo(path).fileName(), text));
    }
    for (const QString &line : lines)
        log(tr("import %1: %2").arg(QFileInfo(path).fileName(), line));
    statusBar()->showMessage(tr("Imported %1: %n change(s), not saved yet", nullptr, int(lines.size()))
                                 .arg(QFileInfo(path).fileName()));
    if (showSummary) {
        QMessageBox box(warnings.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import"),
                        tr("Imported %1: %n change(s). Review them, then save.", nullptr, int(lines.size()))
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("importSummary"));
        box.setInformativeText(warnings.isEmpty() ? lines.join(QLatin1Char('\n'))
                                                  : tr("Warnings:\n%1").arg(warnings.join(QLatin1Char('\n'))));
        box.exec();
    }
    return true;
}

bool MainWindow::saveBeforeRunning()
{
    return !m_document->isModified() || saveProject();
}

bool MainWindow::maybeKeepEdits()
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved.").arg(m_document->filePath()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedPrompt"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveProject();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeKeepEdits()) {
        // What runs stops now (downloads aborted, builds killed, waits on an index given up);
        // the jobs' destructors wait only for that.
        if (m_work)
            m_work->cancel();
        if (m_job)
            m_job->cancel();
        event->accept();
    }
    else
        event->ignore();
}

void MainWindow::onChangedOnDisk()
{
    const QString file = m_document->filePath();
    if (m_document->isModified()) {
        QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                        tr("%1 was changed by another program, and you have changes that are not saved.").arg(file),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("reloadPrompt"));
        box.setInformativeText(tr("Reload the file and lose your changes, or keep editing (saving will then "
                                  "be refused until you reload)."));
        auto *reload = box.addButton(tr("&Reload"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Keep my changes"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != reload)
            return;
    }
    if (auto reloaded = m_document->reload(); !reloaded) {
        log(LogEntry::Level::Error, tr("cannot reload %1: %2").arg(file, reloaded.error().toString()));
        statusBar()->showMessage(reloaded.error().message);
        return;
    }
    refreshSettings();
    log(tr("%1 changed on disk: reloaded").arg(file));
    statusBar()->showMessage(tr("Reloaded %1: it changed on disk").arg(file));
    Q_EMIT reloaded();
}

void MainWindow::projectChanged()
{
    if (!m_document->isOpen()) {
        setWindowTitle(QStringLiteral("envdesk"));
        return;
    }
    const PyProject &project = m_document->project();
    const QString name = QString::fromStdString(project.name());
    setWindowTitle(name.isEmpty() ? QStringLiteral("envdesk[*]") : tr("%1[*] — envdesk").arg(name));
    setWindowModified(m_document->isModified());
    QString summary
        = tr("<h2>%1 %2</h2><p>%3</p><p>requires-python: %4</p>")
              .arg(name.toHtmlEscaped(), QString::fromStdString(project.version()).toHtmlEscaped(),
                   m_document->filePath().toHtmlEscaped(),
                   project.requiresPython().empty()
                       ? tr("(any)")
                       : QString::fromStdString(project.requiresPython()).toHtmlEscaped());
    if (!project.warnings().empty()) {
        summary += tr("<h3>Warnings</h3><ul>");
        for (const Diagnostic &d : project.warnings())
            summary += QStringLiteral("<li>%1 <i>%2</i></li>")
                           .arg(tr("line %1: %2").arg(d.line).arg(d.message.toHtmlEscaped()),
                                d.hint.toHtmlEscaped());
        summary += QStringLiteral("</ul>");
    }
    m_projectSummary->setText(summary);
}

void MainWindow::refreshSettings()
{
    // The effective settings are what the file on disk says, merged with the user's config and
    // the environment: shown after open, save and reload.
    m_settings->removeRows(0, m_settings->rowCount());
    if (!m_document->isOpen())
        return;
    SettingsInputs inputs;
    inputs.projectDir = m_document->directory();
    auto settings = resolveSettings(inputs);
    if (!settings) {
        log(LogEntry::Level::Error, tr("settings: %1").arg(settings.error().toString()));
        return;
    }
    for (const Setting &s : settings->settings) {
        if (!s.isSet())
            continue;
        QStringList values, origins;
        for (const SettingItem &item : s.items) {
            values << shown(item.value);
            origins << item.from.toString();
            if (!s.isList)
                break; // the value that takes effect
        }
        m_settings->appendRow(row({QString::fromStdString(s.key), values.join(QLatin1String(", ")),
                                   origins.join(QLatin1String(", "))}));
    }
    for (const Diagnostic &n : settings->notes)
        log(LogEntry::Level::Warning, tr("note: %1").arg(n.message));
}

void MainWindow::resolveProject(const QString &pythonVersion)
{
    if (!m_document->isOpen() || m_job || m_work || !saveBeforeRunning())
        return;
    ResolveRequest request;
    request.projectFile = m_document->filePath();
    request.pythonVersion = pythonVersion.toStdString();
    m_job = std::make_unique<ResolveJob>(request);
    m_indexesSeen.clear();
    m_failedIndex.clear();
    connect(m_job.get(), &ResolveJob::resolverEvent, this, [this](const ResolveEvent &e) {
        static const char *const kinds[] = {"decide", "conflict", "backtrack", "no versions", "unavailable"};
        const bool bad = e.kind == ResolveEvent::Kind::Conflict || e.kind == ResolveEvent::Kind::NoVersions;
        log(bad ? LogEntry::Level::Warning : LogEntry::Level::Info,
            QStringLiteral("%1 %2 %3 %4")
                .arg(QLatin1String(kinds[int(e.kind)]), QString::fromStdString(e.package),
                     QString::fromStdString(e.version), QString::fromStdString(e.message)),
            QString::fromStdString(e.package));
    });
    connect(m_job.get(), &ResolveJob::indexQueried, this, [this](const IndexQuery &q) {
        const QString index = QString::fromStdString(q.index);
        // /simple/<project>/: which project this index answered for.
        const QStringList parts = QUrl(q.url).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QString package = parts.size() >= 2 && q.url.contains(QLatin1String("/simple/")) ? parts.last() : QString();
        if (!package.isEmpty() && (q.status == 200 || q.status == 304 || q.fromCache))
            m_indexesSeen[QString::fromStdString(normalizePackageName(package.toStdString()))].insert(index);
        if (q.status >= 400 || q.outcome == IndexQuery::Outcome::Failed || q.outcome == IndexQuery::Outcome::Refused)
            m_failedIndex = index; // for the fix a failure offers
        if (q.certificateByCommonName)
            log(LogEntry::Level::Warning, q.certificateWarning(), package, index);
        log(q.status >= 400 || q.status == 0 ? LogEntry::Level::Warning : LogEntry::Level::Debug,
            QStringLiteral("index %1: %2 -> %3%4 %5 ms")
                .arg(index, q.url, q.status ? QString::number(q.status) : QStringLiteral("-"),
                     q.fromCache ? tr(" (cache)") : QString())
                .arg(q.elapsedMs),
            package, index);
    });
    connect(m_job.get(), &ResolveJob::progress, this, [this](int decided, int fetches) {
        statusBar()->showMessage(tr("Resolving: %1 packages decided, %2 metadata files").arg(decided).arg(fetches));
    });
    connect(m_job.get(), &ResolveJob::finished, this, [this](const ResolveOutcome &outcome) {
        showOutcome(outcome);
        m_job.reset();
        setBusy(false);
        m_sourcesPage->setIndexesSeen(m_indexesSeen);
        Q_EMIT resolveFinished(outcome.ok);
    });
    setBusy(true);
    statusBar()->showMessage(tr("Resolving…"));
    log(tr("resolving %1").arg(m_document->filePath()));
    m_job->start();
}

void MainWindow::cancelResolve()
{
    if (m_job) {
        log(tr("cancelling"));
        m_job->cancel();
    }
    if (m_work) {
        log(tr("cancelling: downloads stop, a build is stopped, each package stays whole"));
        m_work->cancel();
    }
}

void MainWindow::showOutcome(const ResolveOutcome &outcome)
{
    m_resolution->removeRows(0, m_resolution->rowCount());
    for (const QString &note : outcome.notes)
        log(LogEntry::Level::Warning, note);
    if (!outcome.ok) {
        showJobError(tr("Resolve"), outcome.error);
        return;
    }
    for (const ResolvedPackage &p : outcome.packages)
        m_resolution->appendRow(row({QString::fromStdString(p.name), QString::fromStdString(p.version),
                                     QString::fromStdString(p.filename)}));
    statusBar()->showMessage(tr("Resolved %1 packages for Python %2 in %3 s")
                                 .arg(outcome.packages.size())
                                 .arg(QString::fromStdString(outcome.python))
                                 .arg(outcome.elapsedMs / 1000.0, 0, 'f', 2));
    log(tr("resolved %1 packages").arg(outcome.packages.size()));
    showPage(ResolutionPage);
}

void MainWindow::setBusy(bool busy)
{
    const bool open = m_document->isOpen();
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(open && !busy);
    m_cancelAction->setEnabled(busy);
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0); // busy: the work is not countable up front (a sync says when it is)
    m_progressSteps = 0;
}

} // namespace Envdesk::Ui
