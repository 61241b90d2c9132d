#pragma once

#include "simpleapi.h"

#include "../net/credentials.h"
#include "../net/httpcache.h"
#include "../project/projecttypes.h"
#include "../net/httpclient.h"

#include <QObject>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace Envdesk::Core {

/** One index as the client sees it (from IndexConfig, the legacy options or the command line). */
struct IndexSource
{
    std::string name;  ///< may be empty
    QUrl url;          ///< simple API root, a flat HTML page, or a local folder (file://)
    bool isDefault = false;
    bool isExplicit = false;
    bool flat = false;
    std::vector<int> ignoreErrorCodes;
    QByteArray apiCacheControl; ///< overrides the server's Cache-Control for pages
    IndexConfig::Authenticate authenticate = IndexConfig::Authenticate::Auto;
    /// Extra request headers (`[tool.envdesk.index.NAME] headers`, placeholders resolved), sent
    /// only to the index's own scheme, host and port. Values may be secrets: never logged.
    std::vector<std::pair<QByteArray, QByteArray>> headers;

    /** The name, or the redacted URL when unnamed: for messages. */
    QString label() const;
};

enum class IndexStrategy { FirstIndex, UnsafeFirstMatch, UnsafeBestMatch };

/** uv's names, with their aliases (first-match, unsafe-any-match). */
std::optional<IndexStrategy> parseIndexStrategy(std::string_view text);

/** One question put to one index, for the live log and for explanations. */
struct IndexQuery
{
    enum class Outcome { Found, NotFound, Refused, Failed, Skipped };
    std::string project;
    std::string index;
    QString url;  ///< redacted
    Outcome outcome = Outcome::NotFound;
    int status = 0;
    bool fromCache = false;   ///< answered from the cache without a request
    bool revalidated = false; ///< 304 Not Modified
    qint64 elapsedMs = 0;
    QString rule;             ///< which selection rule applied, in words
    QString credentialSource; ///< where the credentials sent came from; empty when none were sent
    bool tlsUnverified = false; ///< sent over HTTPS without certificate checks (allow-insecure-host)
    /// The server's certificate named its host only in its common name (obsolete; warned about).
    bool certificateByCommonName = false;

    /** The warning to show for certificateByCommonName, translated; empty when it is false. */
    QString certificateWarning() const;
};

/** A file and the index it came from (rank: position in the search order). */
struct AttributedFile
{
    DistributionFile file;
    std::string index;
    int indexRank = 0;
};

/** All files of one project on the indexes that apply to it. */
struct ProjectFiles
{
    std::string project;
    std::vector<AttributedFile> files;
    std::vector<IndexQuery> queries;
};

struct IndexClientOptions
{
    std::vector<IndexSource> indexes;        ///< as configured, in file order (defaults anywhere)
    IndexStrategy strategy = IndexStrategy::FirstIndex;
    std::map<std::string, std::string> pins; ///< normalized package name -> index name
    QString cacheDirectory;                  ///< empty: no cache
    bool refresh = false;                    ///< revalidate everything
    bool offline = false;                    ///< cache only
    int readTimeoutMs = 30000;               ///< without progress (UV_HTTP_TIMEOUT, seconds)
    /// Where credentials come from; none are sent when unset. Not owned; same thread.
    CredentialProvider *credentials = nullptr;
    /// TLS profile and proxy for a request to `url` made for the index `index` (empty when the
    /// URL is not on the index's own origin, e.g. a file on a CDN). Unset: system trust, direct.
    /// An error fails that request (a CA file that does not exist, say).
    std::function<Expected<std::pair<TlsProfile, QUrl>>(const std::string &index, const QUrl &url)> connection;
    /// Credential commands by index name ([tool.envdesk]), for the caller's CredentialProvider.
    std::map<std::string, CredentialCommand> credentialCommands;
};

/**
 * Answers "all files of project P on the indexes that apply to P", following uv's index rules
 * exactly: search order (implicit indexes in order, then the default one, PyPI unless an index
 * says default = true); explicit indexes only for packages pinned to them; a pinned package only
 * from its pin; `first-index` stops at the first index that has the package, treats 404/410 as
 * "not here", and stops with an error on 401/403 (the dependency-confusion guard) unless the index
 * lists the code in ignore-error-codes; `unsafe-first-match` and `unsafe-best-match` ask every
 * index and ignore 401/403/407/511.
 *
 * Threading: lives in one thread with its HttpClient; callbacks and signals come in that thread.
 */
class IndexClient : public QObject
{
    Q_OBJECT

public:
    using FilesCallback = std::function<void(Expected<ProjectFiles>)>;
    using NamesCallback = std::function<void(Expected<std::vector<std::string>>)>;

    IndexClient(IndexClientOptions options, HttpClient *http, QObject *parent = nullptr);

    /** The indexes a package is looked up in, in order, under these options. */
    std::vector<IndexSource> indexesFor(const std::string &project) const;
    /** Search order for unpinned packages: implicit indexes, then the default. */
    std::vector<IndexSource> searchOrder() const;

    void projectFiles(const std::string &project, FilesCallback done, CancelToken cancel = {});
    void rootListing(const IndexSource &index, NamesCallback done, CancelToken cancel = {});

    using BytesCallback = std::function<void(Expected<QByteArray>)>;
    /**
     * The core metadata (METADATA / PKG-INFO text) of a distribution file: the PEP 658 `.metadata`
     * file when the index has one (its hash checked); for a wheel without it, the METADATA member
     * read through HTTP range requests on the ZIP directory, or from a full download when the
     * server does not honour ranges. Results are cached. Sdists without a metadata file fail with
     * ErrorCode::NeedsBuild.
     */
    void fetchMetadata(const AttributedFile &file, BytesCallback done, CancelToken cancel = {});
    /**
     * Keeps what a build said an sdist's core metadata is, by the sdist's URL and SHA-256 (a file
     * without one is not kept): fetchMetadata answers with it from then on, so the sdist is built
     * for its metadata once, not at every resolution.
     */
    void storeBuiltMetadata(const AttributedFile &sdist, const QByteArray &metadata);

    using PathCallback = std::function<void(Expected<QString>)>;
    /**
     * Downloads a distribution file into the cache (`CACHE/files-v1/<sha256>/<filename>`), its
     * SHA-256 checked against the index's hash while it streams; a file already there with the
     * right hash is not fetched again. On a mismatch nothing stays behind and the error names the
     * URL, the expected and the actual hash. A file the index gave no SHA-256 for is refused
     * (it could not be checked). Without a cache directory: the system's temporary folder.
     */
    void download(const AttributedFile &file, PathCallback done, CancelToken cancel = {});
    /**
     * Downloads a file no index lists (a `[tool.uv.sources]` url entry), whose hash nobody gave:
     * saved under a temporary name, then hashed and moved to where download() keeps files
     * (by SHA-256), so that the lock can record the hash and later downloads check it. TLS and
     * proxy settings apply by the URL's host; no index credentials are sent.
     */
    void downloadUnlisted(const QUrl &url, PathCallback done, CancelToken cancel = {});

    /**
     * The simple API URL of the index named `name` (as AttributedFile::index names it), without
     * user info: what a lock file records. Empty for flat indexes and unknown names.
     */
    QUrl indexUrl(const std::string &name) const;
    /** Where downloads and pages are cached; empty when nothing is. */
    const QString &cacheDirectory() const { return m_options.cacheDirectory; }
    /**
     * The name (AttributedFile::index) of the configured index whose URL is `url` (compared
     * without user info and trailing slashes), else of the one whose URL is the longest prefix of
     * `url` by whole path segments (a file's URL); empty when none is.
     */
    std::string indexNameFor(const QUrl &url) const;

Q_SIGNALS:
    void queried(const Envdesk::Core::IndexQuery &query);

private:
    struct Page
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QUrl url;
        bool fromCache = false;
        bool revalidated = false;
        qint64 elapsedMs = 0;
        QString credentialSource;
        bool tlsUnverified = false;
        bool certificateByCommonName = false;
    };
    using PageCallback = std::function<void(Expected<Page>)>;
    void fetchPage(const IndexSource &index, const QUrl &url, PageCallback done, CancelToken cancel);
    void queryIndex(const IndexSource &index, const std::string &project,
                    std::function<void(IndexQuery, Expected<std::vector<DistributionFile>>)> done,
                    CancelToken cancel);

    /**
     * Adds credentials to `request` as the index's `authenticate` mode says (always: up front;
     * auto: when the realm is known to need them). Fails for `always` without credentials, and for
     * `never` with credentials in the URL. Returns where they came from, or an empty string.
     */
    Expected<QString> authorize(const IndexSource &index, HttpRequest &request, bool force);
    const IndexSource *indexNamed(const std::string &name) const;
    /**
     * Whether `index` refuses its credentials with 404 (AWS CodeArtifact's answer to a bad or
     * expired token): its root asks for credentials without them, and answers 404 with them.
     * Asked once per index and run.
     */
    void tokenRefusedWith404(const IndexSource &index, std::function<void(bool)> done);
    /**
     * GET for a file or metadata of `index` (nullptr: none): with authenticate = auto, a 401,
     * 403 or 404 to a request sent without credentials is asked again once with the index's
     * credentials, and its realm remembered for the rest of the run.
     */
    void getWithChallenge(HttpRequest request, const IndexSource *index,
                          std::function<void(Expected<HttpResponse>)> done);
    /** Sets the request's TLS profile and proxy from options.connection. */
    Expected<void> applyConnection(const IndexSource *index, HttpRequest &request) const;
    void metadataFromWheel(const AttributedFile &file, BytesCallback done, CancelToken cancel);

    IndexClientOptions m_options;
    std::map<std::string, bool> m_tokenChecks; ///< tokenRefusedWith404's answers, by index
    HttpClient *m_http;
    std::optional<HttpCache> m_cache;
};

} // namespace Envdesk::Core
