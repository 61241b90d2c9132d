#pragma once

#include "core/cancel.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace Envdesk::Core {

/**
 * Runs envdesk-cli commands (the same code as the command line: `runCli`) one after the other on
 * a worker thread, for the desktop app's Lock and Sync. Each line a command writes arrives as
 * output() in the receiver's thread as soon as it is written; the first command that fails stops
 * the rest. finished() carries the last exit code (0: all succeeded).
 */
class CommandJob : public QObject
{
    Q_OBJECT

public:
    /** `commands`: each one's arguments after `envdesk-cli` (e.g. {"sync", "--project", DIR}). */
    explicit CommandJob(QList<QStringList> commands, QObject *parent = nullptr);
    ~CommandJob() override; ///< waits for the command that is running

    void start();
    bool isRunning() const;
    /**
     * Asks the commands to stop: a resolve stops within a second, a sync before it changes the
     * environment or between two packages (each package stays whole), and no later command runs.
     * The job still ends with finished() (exit code 2, the error saying it was cancelled).
     */
    void cancel();

Q_SIGNALS:
    void output(const QString &line, bool isError);
    void finished(int exitCode);

private:
    QList<QStringList> m_commands;
    QThread *m_thread = nullptr;
    CancelToken m_cancel;
};

} // namespace Envdesk::Core
