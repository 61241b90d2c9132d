#include "indexjobs.h"

#include "../index/indexsetup.h"
#include "../net/hostnamecheck.h"
#include "../pep/filename.h"
#include "../pep/name.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <optional>
#include <set>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::IndexJobs)
};

Error cancelled()
{
    Error e;
    e.code = ErrorCode::Cancelled;
    e.message = Tr::tr("The index look-up was cancelled.");
    return e;
}

// An index as events name it: as IndexQuery::index does.
std::string indexName(const IndexSource &source)
{
    return source.name.empty() ? redactedUrl(source.url).toStdString() : source.name;
}

Expected<IndexClientOptions> optionsFor(const IndexLookupRequest &request)
{
    auto options = indexOptionsFromProject(request.projectFile, request.indexUrls,
                                           request.extraIndexUrls, request.indexStrategy);
    if (!options)
        return options;
    options->refresh = request.refresh;
    options->offline = request.offline;
    if (!request.cacheDirectory.isEmpty())
        options->cacheDirectory = request.cacheDirectory;
    return options;
}

} // namespace

Expected<ProjectNames> listIndexProjects(const IndexLookupRequest &request,
                                         const IndexLookupHooks &hooks)
{
    auto options = optionsFor(request);
    if (!options)
        return std::unexpected(options.error());
    IndexSession session(*options, request.projectFile);
    IndexClient &client = session.client;
    if (hooks.queried)
        QObject::connect(&client, &IndexClient::queried, &client, hooks.queried);
    // Every index a package could come from: the search order, then the explicit ones.
    const std::vector<IndexSource> sources = client.searchOrder();
    std::set<std::string> names;
    ProjectNames result;
    for (const IndexSource &source : sources) {
        if (request.cancel.isCancelled())
            return std::unexpected(cancelled());
        std::optional<Expected<std::vector<std::string>>> listed;
        QEventLoop loop;
        client.rootListing(
            source,
            [&](Expected<std::vector<std::string>> r) {
                listed = std::move(r);
                loop.quit();
            },
            request.cancel);
        if (!listed)
            loop.exec();
        ++result.indexesAsked;
        if (!*listed
            && (listed->error().code == ErrorCode::Cancelled || request.cancel.isCancelled()))
            return std::unexpected(cancelled());
        if (hooks.listed)
            hooks.listed(source, *listed);
        if (!*listed) {
            ++result.indexesFailed;
            if (hooks.warned)
                hooks.warned(listed->error().toString(), indexName(source));
            continue;
        }
        names.insert((*listed)->begin(), (*listed)->end());
    }
    result.names.assign(names.begin(), names.end());
    return result;
}

Expected<ProjectFiles> listProjectFiles(const IndexLookupRequest &request,
                                        const std::string &project, const IndexLookupHooks &hooks)
{
    auto options = optionsFor(request);
    if (!options)
        return std::unexpected(options.error());
    // Credentials in uv's order, and TLS and proxy per index and host as the doctor sees them.
    IndexSession session(*options, request.projectFile);
    IndexClient &client = session.client;
    QStringList unverifiedHosts;
    QStringList commonNameHosts;
    QObject::connect(&client, &IndexClient::queried, &client,
                     [&unverifiedHosts, &commonNameHosts](const IndexQuery &q) {
                         const QUrl u(q.url);
                         const QString host
                             = u.port() > 0 ? QStringLiteral("%1:%2").arg(u.host()).arg(u.port())
                                            : u.host();
                         if (q.tlsUnverified && !unverifiedHosts.contains(host))
                             unverifiedHosts << host;
                         if (q.certificateByCommonName && !commonNameHosts.contains(host))
                             commonNameHosts << host;
                     });
    if (hooks.queried)
        QObject::connect(&client, &IndexClient::queried, &client, hooks.queried);
    std::optional<Expected<ProjectFiles>> result;
    QEventLoop loop;
    client.projectFiles(
        project,
        [&](Expected<ProjectFiles> r) {
            result = std::move(r);
            loop.quit();
        },
        request.cancel);
    if (!result)
        loop.exec();
    if (hooks.warned) {
        for (const QString &w : session.credentials.warnings())
            hooks.warned(w, {});
        // Every time: certificates were not checked for these hosts.
        for (const QString &host : unverifiedHosts)
            hooks.warned(
                Tr::tr("certificates of %1 were not checked (allow-insecure-host or verify = false)")
                    .arg(host),
                {});
        for (const QString &host : commonNameHosts)
            hooks.warned(obsoleteCertificateWarning(host), {});
    }
    if (!*result && request.cancel.isCancelled())
        return std::unexpected(cancelled());
    return std::move(*result);
}

std::vector<Version> offeredVersions(const ProjectFiles &files)
{
    std::set<Version, std::greater<>> versions;
    for (const AttributedFile &f : files.files) {
        if (f.file.yanked)
            continue;
        if (auto w = WheelFilename::parse(f.file.filename))
            versions.insert(w->version);
        else if (auto s = SdistFilename::parse(f.file.filename))
            versions.insert(s->version);
    }
    return {versions.begin(), versions.end()};
}

namespace {

// A job's hooks: queries, listings and warnings as events, with the package looked up (if any)
// and the index they are about.
IndexLookupHooks eventHooks(const std::function<void(const Event &)> &emit,
                            const std::string &package = {})
{
    IndexLookupHooks hooks;
    hooks.queried = [emit](const IndexQuery &q) {
        Event e = Event::of(q);
        e.package = normalizePackageName(q.project); // the query keeps the name as it was asked for
        emit(e);
    };
    hooks.listed
        = [emit](const IndexSource &source, const Expected<std::vector<std::string>> &names) {
              if (names)
                  emit(Event::make(Event::Level::Debug, Event::Category::Index,
                                   QCoreApplication::translate("Envdesk::Core::IndexJobs",
                                                               "%1 lists %n project(s)", nullptr,
                                                               int(names->size()))
                                       .arg(redactedUrl(source.url)),
                                   {}, indexName(source)));
          };
    hooks.warned = [emit, package](const QString &text, const std::string &index) {
        emit(Event::make(Event::Level::Warning, Event::Category::Index, text, package, index));
    };
    return hooks;
}

} // namespace

ProjectNamesJob::ProjectNamesJob(IndexLookupRequest request, QObject *parent)
    : Job(request.cancel, parent)
    , m_request(std::move(request))
    , m_result(std::unexpected(cancelled()))
{
    m_request.cancel = m_cancel; // the job's own token
}

ProjectNamesJob::~ProjectNamesJob()
{
    stopAndWait();
}

void ProjectNamesJob::run()
{
    m_result = listIndexProjects(m_request, eventHooks([this](const Event &e) { emitEvent(e); }));
}

ProjectFilesJob::ProjectFilesJob(IndexLookupRequest request, std::string project, QObject *parent)
    : Job(request.cancel, parent)
    , m_request(std::move(request))
    , m_project(std::move(project))
    , m_result(std::unexpected(cancelled()))
{
    m_request.cancel = m_cancel; // the job's own token
}

ProjectFilesJob::~ProjectFilesJob()
{
    stopAndWait();
}

void ProjectFilesJob::run()
{
    m_result = listProjectFiles(m_request, m_project,
                                eventHooks([this](const Event &e) { emitEvent(e); }, m_project));
}

} // namespace Envdesk::Core
