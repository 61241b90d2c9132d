#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QStandardItemModel;
class QAction;

namespace Envdesk::Core {
class CommandJob;
class ResolveJob;
struct ResolveOutcome;
} // namespace Envdesk::Core

namespace Envdesk::Ui {

/**
 * The application's main window: a navigation list on the left (Project, Dependencies, Indexes,
 * Settings, Resolution), the pages, a toolbar (Open, Resolve, Lock, Sync, Cancel) and the live log
 * as a dock.
 * Everything that touches the network runs in the core's jobs on worker threads; the window only
 * shows what they report, so it never blocks.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a project (a pyproject.toml or its folder); false, with the reason in the log, on
     * failure. */
    bool openProject(const QString &path);
    /** Starts resolving the open project's dependencies for `pythonVersion` (empty: python3 here).
     */
    void resolveProject(const QString &pythonVersion = {});
    void cancelResolve();
    /** Writes the project's pylock.toml (envdesk-cli lock, on a worker thread, into the log). */
    void lockProject();
    /**
     * Makes the project's .venv match its lock: creates the environment when there is none, shows
     * the plan (a dry run) and asks before changing anything, unless `ask` is false.
     */
    void syncProject(bool ask = true);

    QString projectFile() const { return m_projectFile; }

Q_SIGNALS:
    void resolveFinished(bool ok);
    /** A lock or sync ended (exit code 0: done; for a sync whose plan was declined, -1). */
    void commandFinished(int exitCode);

private:
    void showPage(int row);
    void log(const QString &line);
    void showOutcome(const Envdesk::Core::ResolveOutcome &outcome);
    /** Runs envdesk-cli commands on a worker thread; `done` gets the exit code and stdout. */
    void runCommands(const QList<QStringList> &commands, const QString &what,
                     const std::function<void(int, const QStringList &)> &done);
    void setBusy(bool busy);

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_welcome = nullptr;
    QLabel *m_projectSummary = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QStandardItemModel *m_dependencies = nullptr;
    QStandardItemModel *m_indexes = nullptr;
    QStandardItemModel *m_settings = nullptr;
    QStandardItemModel *m_resolution = nullptr;
    QAction *m_resolveAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_syncAction = nullptr;
    QString m_projectFile;
    std::unique_ptr<Envdesk::Core::ResolveJob> m_job;
    std::unique_ptr<Envdesk::Core::CommandJob> m_command;
};

} // namespace Envdesk::Ui
