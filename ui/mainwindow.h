#pragma once

#include "logmodel.h"

#include <QMainWindow>
#include <QMap>
#include <QSet>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QStandardItemModel;
class QAction;

namespace Envdesk::Core {
class CommandJob;
class ResolveJob;
struct ResolveOutcome;
} // namespace Envdesk::Core

namespace Envdesk::Ui {

class DependenciesPage;
class EnvironmentPage;
class IndexesPage;
class LogDock;
class NetworkPage;
class ProjectDocument;
class SourcesPage;

/**
 * The application's main window: a navigation list on the left (Project, Dependencies, Indexes,
 * Sources, Certificates & Network, Environment, Settings, Resolution), the pages, a toolbar (New, Open, Save, Undo, Redo,
 * Resolve, Lock, Sync, Cancel, Test connection), a status bar with progress, and the live log as a
 * dock. The start page lists recent projects.
 *
 * Edits go through a ProjectDocument (undo / redo, an unsaved marker in the title, a prompt when
 * the file changes on disk). Everything that touches the network or the environment runs in the
 * core's jobs on worker threads; the window only shows what they report, so it never blocks.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { ProjectPage, DependenciesPageIndex, IndexesPageIndex, SourcesPageIndex, NetworkPageIndex,
                EnvironmentPageIndex, SettingsPage, ResolutionPage };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a project (a pyproject.toml or its folder); false, with the reason in the log, on
     * failure. */
    bool openProject(const QString &path);
    /** Opens the New Project wizard; a finished wizard opens the project it made. */
    void newProject();
    /** Writes the open project; false with the reason shown on failure. */
    bool saveProject();
    /**
     * Imports indexes, pins, trusted hosts and requirements from a pip.conf / pip.ini, a Pipfile or
     * a requirements file into the open project, as one undoable edit (not saved yet). What it did
     * and every warning go to the log and to a message; false with the reason on failure.
     */
    bool importFile(const QString &path, bool showSummary = true);
    /** Starts resolving the open project's dependencies for `pythonVersion` (empty: python3 here).
     */
    void resolveProject(const QString &pythonVersion = {});
    /** Cancels whatever runs: a resolve, a lock or a sync. */
    void cancelResolve();
    /**
     * Writes the project's pylock.toml (envdesk-cli lock, on a worker thread, into the log);
     * `everyEnvironment`: for every environment of requires-python (a universal lock, which later
     * plain locks keep universal).
     */
    void lockProject(bool everyEnvironment = false);
    /**
     * Makes the project's .venv match its lock: creates the environment when there is none, shows
     * the plan (a dry run) and asks before changing anything, unless `ask` is false.
     */
    void syncProject(bool ask = true);

    QString projectFile() const;
    ProjectDocument *document() const { return m_document; }
    LogDock *logDock() const { return m_logDock; }
    /** Shows a page (Page); the navigation follows. */
    void showPage(int page);

    /** The projects opened most recently, newest first (kept in the user's settings). */
    static QStringList recentProjects();

Q_SIGNALS:
    void resolveFinished(bool ok);
    /** A lock or sync ended (exit code 0: done; for a sync whose plan was declined, -1). */
    void commandFinished(int exitCode);
    /** The project changed on disk and was reloaded (for tests and the status bar). */
    void reloaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void log(LogEntry::Level level, const QString &text, const QString &package = {},
             const QString &index = {});
    void log(const QString &text) { log(LogEntry::Level::Info, text); }
    void showOutcome(const Envdesk::Core::ResolveOutcome &outcome);
    /**
     * Runs envdesk-cli commands on a worker thread; `done` gets the exit code and stdout. Their
     * stdout goes to the log too unless `logOutput` is false (the caller logs what it makes of it).
     */
    void runCommands(const QList<QStringList> &commands, const QString &what,
                     const std::function<void(int, const QStringList &)> &done, bool logOutput = true);
    void setBusy(bool busy);
    void projectChanged();
    void refreshSettings();
    void refreshRecent();
    void onChangedOnDisk();
    /** Saves unsaved edits before a command reads the file; false when that failed. */
    bool saveBeforeRunning();
    /** Asks what to do with unsaved edits; false when the user cancelled. */
    bool maybeKeepEdits();

    ProjectDocument *m_document = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_start = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_projectSummary = nullptr;
    LogDock *m_logDock = nullptr;
    DependenciesPage *m_dependenciesPage = nullptr;
    IndexesPage *m_indexesPage = nullptr;
    SourcesPage *m_sourcesPage = nullptr;
    NetworkPage *m_networkPage = nullptr;
    EnvironmentPage *m_environmentPage = nullptr;
    QStandardItemModel *m_settings = nullptr;
    QStandardItemModel *m_resolution = nullptr;
    QProgressBar *m_progress = nullptr;
    int m_progressSteps = 0; ///< countable steps of what runs (0: not countable)
    /// The groups and extras sync installs, as sync's options, by project folder (this session).
    QHash<QString, QStringList> m_syncChoice;
    /** Asks which dependency groups and extras to install; false when the user cancels. */
    bool chooseGroupsAndExtras(const QString &dir);
    /** A terminal in the project's environment (envdesk-cli run -- TERMINAL). */
    void openTerminal();
    QList<QAction *> m_projectActions; ///< enabled while a project is open and nothing runs
    QAction *m_saveAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_testAction = nullptr;
    QMap<QString, QSet<QString>> m_indexesSeen;
    std::unique_ptr<Envdesk::Core::ResolveJob> m_job;
    std::unique_ptr<Envdesk::Core::CommandJob> m_command;
};

} // namespace Envdesk::Ui
