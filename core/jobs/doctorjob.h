#pragma once

#include "job.h"

#include "../net/doctor.h"

#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <optional>

namespace Envdesk::Core {

/** Which index to test, as a plain value the window or envdesk-cli fills in. */
struct DoctorRequest
{
    QString projectFile; ///< pyproject.toml (its indexes, [tool.envdesk] TLS, proxy, headers)
    QString index;       ///< an index name from the project, or an index URL
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    /// Stops the test within 100 ms, even while the index accepts and never answers.
    CancelToken cancel;
};

/**
 * The connection test of one index, in the calling thread: the index looked up in the project
 * (its URL, authenticate, headers, credential command), its TLS and proxy settings, then the
 * connection doctor's stages, each handed to `stageDone` as it is recorded. Blocks the calling
 * thread (it runs an event loop there) until the doctor is done or the request's token is
 * cancelled (then the report says `cancelled`). An Error when the project or the index cannot be
 * used (no index of that name, not a URL, a header whose variable is unset); a failing connection
 * is a report, not an error. The report's `warnings` say why credentials were not found.
 *
 * What DoctorJob runs on its worker thread, and what `envdesk-cli index test` runs.
 */
Expected<DoctorReport>
testIndexConnection(const DoctorRequest &request,
                    const std::function<void(const DoctorReport::Stage &)> &stageDone = {});

/**
 * The connection test as a job: testIndexConnection() on a worker thread, one event per stage
 * as it completes (category Doctor, the index's name; level from the stage's outcome), then
 * finished(). result() is the report, or an Error (ErrorCode::Cancelled when cancelled: the
 * stages seen so far came as events). Destroying the job cancels the test and waits for it,
 * which takes at most about 100 ms even while the index hangs.
 */
class DoctorJob : public Job
{
    Q_OBJECT

public:
    explicit DoctorJob(DoctorRequest request, QObject *parent = nullptr);
    ~DoctorJob() override;

    const DoctorRequest &request() const { return m_request; }
    /** Valid once finished() arrived. */
    const Expected<DoctorReport> &result() const { return m_result; }

    /** The event for a stage of `index`'s test, as the job sends it. */
    static Event eventFor(const DoctorReport::Stage &stage, const QString &index);

protected:
    void run() override;

private:
    DoctorRequest m_request;
    Expected<DoctorReport> m_result;
};

} // namespace Envdesk::Core
