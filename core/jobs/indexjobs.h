#pragma once

#include "job.h"

#include "../index/indexclient.h"
#include "../pep/version.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace Envdesk::Core {

/** Which indexes to ask, as a plain value the window or envdesk-cli fills in. */
struct IndexLookupRequest
{
    /// pyproject.toml: its indexes, pins and strategy, [tool.envdesk] TLS, proxy and credential
    /// commands. A file that does not exist leaves only the URLs below.
    QString projectFile;
    QStringList indexUrls;      ///< the default index (--index-url)
    QStringList extraIndexUrls; ///< asked first (--extra-index-url)
    QString indexStrategy;      ///< empty: the project's, else first-index
    bool refresh = false;       ///< revalidate cached pages
    bool offline = false;       ///< cached pages only
    QString cacheDirectory;     ///< empty: the default cache
    /// Stops the look-up: requests in flight are aborted, the result is ErrorCode::Cancelled.
    CancelToken cancel;
};

/** What a look-up says on the way, for the log or the command line's stderr and -v. */
struct IndexLookupHooks
{
    /// Each request for a project's page, as it is answered.
    std::function<void(const IndexQuery &)> queried;
    /// Each index's root listing, as it is answered (a failure is also said through `warned`).
    std::function<void(const IndexSource &, const Expected<std::vector<std::string>> &)> listed;
    /// A problem that did not stop the look-up; `index` names the index it is about, or is empty.
    std::function<void(const QString &text, const std::string &index)> warned;
};

/** The names in the root listings of the indexes unpinned packages are searched in. */
struct ProjectNames
{
    std::vector<std::string> names; ///< as listed, sorted, each once
    int indexesAsked = 0;
    int indexesFailed = 0; ///< each said through IndexLookupHooks::warned
};

/**
 * The project names the indexes offer (their root listings), for name completion: every index of
 * the search order asked in turn, in the calling thread (it runs an event loop there). An index
 * that fails is a warning; an Error only when the options cannot be made (a bad project file or
 * strategy) or the request's token was cancelled. What ProjectNamesJob and `envdesk-cli index
 * list-projects` run.
 */
Expected<ProjectNames> listIndexProjects(const IndexLookupRequest &request,
                                         const IndexLookupHooks &hooks = {});

/**
 * The files of `project` on the indexes, as envdesk's index rules select them, in the calling
 * thread. Warnings (credentials not found and why, certificates not checked, certificates that
 * name their host the obsolete way) are said through `hooks` before the result, also when the
 * look-up fails. What ProjectFilesJob and `envdesk-cli index list-files` run.
 */
Expected<ProjectFiles> listProjectFiles(const IndexLookupRequest &request,
                                        const std::string &project,
                                        const IndexLookupHooks &hooks = {});

/** The versions `files` offer (from wheel and sdist names; yanked files left out), newest first. */
std::vector<Version> offeredVersions(const ProjectFiles &files);

/**
 * listIndexProjects() as a job: each index query and warning as an event (category Index), then
 * finished(); result() valid from then on. Destroying the job cancels the look-up and waits.
 */
class ProjectNamesJob : public Job
{
    Q_OBJECT

public:
    explicit ProjectNamesJob(IndexLookupRequest request, QObject *parent = nullptr);
    ~ProjectNamesJob() override;

    const Expected<ProjectNames> &result() const { return m_result; }

protected:
    void run() override;

private:
    IndexLookupRequest m_request;
    Expected<ProjectNames> m_result;
};

/**
 * listProjectFiles() as a job, for one project: each index query and warning as an event
 * (category Index, the project and index named), then finished(); result() valid from then on,
 * offeredVersions() of it for the versions. Destroying the job cancels the look-up and waits.
 */
class ProjectFilesJob : public Job
{
    Q_OBJECT

public:
    ProjectFilesJob(IndexLookupRequest request, std::string project, QObject *parent = nullptr);
    ~ProjectFilesJob() override;

    const std::string &project() const { return m_project; }
    const Expected<ProjectFiles> &result() const { return m_result; }

protected:
    void run() override;

private:
    IndexLookupRequest m_request;
    std::string m_project;
    Expected<ProjectFiles> m_result;
};

} // namespace Envdesk::Core
