#pragma once

#include "../cancel.h"
#include "event.h"

#include <QObject>

#include <functional>

class QThread;

namespace Envdesk::Core {

/**
 * The shape of every job the window and envdesk-cli start (LockJob, SyncPlanJob, ApplyJob,
 * VenvJob, DoctorJob, index look-ups): a request value in, typed events out on the caller's thread
 * (queued signals), a result value or an Error at the end (each job's result(), valid once
 * finished() arrived), cancel() from any thread, and a destructor that cancels and then waits.
 *
 * The job's token is a child of the one in its request: cancelling the request's token stops the
 * job, cancelling the job stops only the job.
 *
 * While the job waits for an index that has sent nothing for 5 s, a warning event of category
 * Index names the index, the URL and the time waited (again every 5 s), so the window can say so.
 */
class Job : public QObject
{
    Q_OBJECT

public:
    ~Job() override; ///< cancels, and waits for the worker

    void start();
    void cancel();
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    const CancelToken &cancelToken() const { return m_cancel; }

Q_SIGNALS:
    void event(const Envdesk::Core::Event &event);
    /** The result is ready (the subclass's result()). */
    void finished();

protected:
    Job(const CancelToken &requestToken, QObject *parent);
    /** The work, on the worker thread. Subclasses store their result before returning. */
    virtual void run() = 0;
    /** Subclasses call this first in their destructor (run() uses their members). */
    void stopAndWait();
    /** Thread-safe: queued to the receivers. */
    void emitEvent(const Event &e) { Q_EMIT event(e); }

    CancelToken m_cancel;

private:
    QThread *m_thread = nullptr;
    bool m_finished = false;
};

} // namespace Envdesk::Core
