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
class Job;
class ResolveJob;
struct Error;
struct Event;
struct ResolveOutcome;
struct SyncPlan;
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
     * Writes the project's pylock.toml (a LockJob: its resolver and index events in the log);
     * `everyEnvironment`: for every environment of requires-python (a universal lock, which later
     * plain locks keep universal). A failure shows its message and hint, and a fix where it has one.
     */
    void lockProject(bool everyEnvironment = false);
    /**
     * Makes the project's .venv match its lock: creates the environment when there is none, plans
     * (a SyncPlanJob), shows the plan and asks before changing anything (unless `ask` is false),
     * then applies exactly the plan that was approved (an ApplyJob), which refuses if the lock or the
     * environment changed in between.
     */
    void syncProject(bool ask = true);
    /** Whether a lock, plan, sync or environment set-up runs. */
    bool isWorking() const { return m_work != nullptr; }

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
    void logEvent(const Envdesk::Core::Event &event);
    /**
     * Runs a job (one at a time): its events go to the log (countable steps to the progress bar,
     * waits on an index to the status bar); `done` runs when it has finished, before it is deleted.
     */
    void runJob(std::unique_ptr<Envdesk::Core::Job> job, const QString &what, std::function<void()> done);
    /** A failure where the user looks: the log, the status bar and (unless cancelled) a message
     * with the hint and the fix the error offers. */
    void showJobError(const QString &title, const Envdesk::Core::Error &error);
    /** The steps of lock and sync, each calling `then` with an exit code (0 done, 1 no solution or
     * declined as -1, 2 failed). */
    void startLock(bool everyEnvironment, std::function<void(int)> then);
    void startSync(bool ask, std::function<void(int)> then);
    void startPlan(bool ask, std::function<void(int)> then);
    void startApply(const Envdesk::Core::SyncPlan &plan, std::function<void(int)> then);
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
    std::unique_ptr<Envdesk::Core::Job> m_work; ///< the lock, plan, sync or venv that runs
    QString m_failedIndex; ///< the index the last failed request went to (for a fix button)
};

} // namespace Envdesk::Ui
