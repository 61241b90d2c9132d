#include "indexclient.h"
#include "indexclient_p.h"

#include "../net/hostnamecheck.h"
#include "../pep/name.h"
#include "../project/projecttypes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <optional>
#include <set>

// Which indexes a project is looked up on, and in what order (uv's rules); their pages, with
// credentials and each index's connection. Downloads and metadata: indexdownloads.cpp.

namespace Envdesk::Core {

using namespace IndexDetail;

namespace {

const char pypiUrl[] = "https://pypi.org/simple";

// The project a distribution file name belongs to (normalized), for flat indexes: a wheel's name
// is its first dash-separated part (PEP 427 escapes dashes in names); an sdist's is everything
// before its last dash.
std::string projectOfFilename(const std::string &filename)
{
    if (filename.ends_with(".whl"))
        return normalizePackageName(filename.substr(0, filename.find('-')));
    std::string stem = filename;
    for (const char *ext : {".tar.gz", ".zip", ".tar.bz2", ".tgz", ".tar"}) {
        if (stem.ends_with(ext)) {
            stem.resize(stem.size() - std::strlen(ext));
            return normalizePackageName(stem.substr(0, stem.rfind('-')));
        }
    }
    return {};
}

bool isDistribution(const QString &name)
{
    for (const char *ext : {".whl", ".tar.gz", ".zip", ".tar.bz2", ".tgz"}) {
        if (name.endsWith(QLatin1String(ext)))
            return true;
    }
    return false;
}

QUrl projectUrl(const QUrl &index, const std::string &normalized)
{
    QUrl url = index;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QString::fromStdString(normalized) + QLatin1Char('/'));
    return url;
}

} // namespace

QString IndexSource::label() const
{
    return name.empty() ? redactedUrl(url)
                        : QStringLiteral("'%1'").arg(QString::fromStdString(name));
}

std::optional<IndexStrategy> parseIndexStrategy(std::string_view text)
{
    if (text == "first-index" || text == "first-match")
        return IndexStrategy::FirstIndex;
    if (text == "unsafe-first-match" || text == "unsafe-any-match")
        return IndexStrategy::UnsafeFirstMatch;
    if (text == "unsafe-best-match")
        return IndexStrategy::UnsafeBestMatch;
    return std::nullopt;
}

IndexClient::IndexClient(IndexClientOptions options, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_http(http)
{
    if (!m_options.cacheDirectory.isEmpty())
        m_cache.emplace(m_options.cacheDirectory);
}

std::vector<IndexSource> IndexClient::searchOrder() const
{
    std::vector<IndexSource> order;
    std::set<std::string> names;
    const IndexSource *defaultIndex = nullptr;
    for (const IndexSource &index : m_options.indexes) {
        // Names: the first definition wins.
        if (!index.name.empty() && !names.insert(index.name).second)
            continue;
        if (index.isDefault) {
            if (!defaultIndex)
                defaultIndex = &index;
            continue;
        }
        if (!index.isExplicit)
            order.push_back(index);
    }
    if (defaultIndex) {
        if (!defaultIndex->isExplicit)
            order.push_back(*defaultIndex);
    } else {
        IndexSource pypi;
        pypi.name = "pypi";
        pypi.url = QUrl(QString::fromLatin1(pypiUrl));
        pypi.isDefault = true;
        order.push_back(pypi);
    }
    return order;
}

std::vector<IndexSource> IndexClient::indexesFor(const std::string &project) const
{
    const auto pin = m_options.pins.find(normalizePackageName(project));
    if (pin != m_options.pins.end()) {
        for (const IndexSource &index : m_options.indexes) {
            if (index.name == pin->second)
                return {index};
        }
        return {};
    }
    return searchOrder();
}

Expected<QString> IndexClient::authorize(const IndexSource &index, HttpRequest &request, bool force)
{
    // Credentials never travel in the URL itself: Qt would use them behind our back.
    const bool urlHasCredentials = !request.url.userName().isEmpty();
    QUrl credentialUrl = index.url;
    request.url.setUserInfo(QString());
    if (index.authenticate == IndexConfig::Authenticate::Never) {
        if (urlHasCredentials || !index.url.userName().isEmpty())
            return std::unexpected(
                indexError(ErrorCode::InvalidProject,
                           tr("index %1 has authenticate = \"never\" but credentials in its URL")
                               .arg(index.label()),
                           tr("remove the credentials from the URL, or change authenticate")));
        return QString();
    }
    // Only to the index's own realm: files on another host (a CDN) get no credentials.
    if (CredentialProvider::realmOf(request.url) != CredentialProvider::realmOf(credentialUrl))
        return QString();
    for (const auto &[name, value] : index.headers)
        request.headers.append(qMakePair(name, value));
    std::optional<FoundCredential> found;
    const bool challenged
        = force || index.authenticate == IndexConfig::Authenticate::Always
          || (m_options.credentials && m_options.credentials->realmNeedsCredentials(request.url));
    if (m_options.credentials)
        found = m_options.credentials->find(index.name, index.url, challenged);
    else if (!index.url.userName().isEmpty())
        found = FoundCredential{index.url.userName(), index.url.password().toUtf8(),
                                tr("the index URL"), QDateTime()};
    // authenticate = auto: credentials meant for this index go with the first request, page or
    // file (an anonymous request may get a 401, a 404 or, from Artifactory, a partial listing);
    // a .netrc `default` entry only once the realm has asked for credentials.
    const bool wanted
        = force || index.authenticate == IndexConfig::Authenticate::Always
          || !index.url.userName().isEmpty() || (found && found->upFront)
          || (m_options.credentials && m_options.credentials->realmNeedsCredentials(request.url));
    if (!wanted)
        return QString();
    if (!found) {
        if (index.authenticate == IndexConfig::Authenticate::Always)
            return std::unexpected(indexError(
                ErrorCode::AccessDenied,
                tr("index %1 requires credentials (authenticate = \"always\"), but none were found")
                    .arg(index.label()),
                tr("store them with 'envdesk-cli auth set %1', or set %2_USERNAME and _PASSWORD, "
                   "or add the host to ~/.netrc")
                    .arg(redactedUrl(index.url),
                         QString::fromStdString(
                             IndexConfig::credentialVariablePrefix(index.name)))));
        return QString();
    }
    request.headers.append(qMakePair(QByteArray("Authorization"), found->basicAuthorization()));
    return found->source;
}

Expected<void> IndexClient::applyConnection(const IndexSource *index, HttpRequest &request) const
{
    request.readTimeoutMs = m_options.readTimeoutMs;
    if (index && request.label.empty())
        request.label = index->name;
    if (!m_options.connection)
        return {};
    const bool own
        = index
          && CredentialProvider::realmOf(request.url) == CredentialProvider::realmOf(index->url);
    auto settings = m_options.connection(own ? index->name : std::string(), request.url);
    if (!settings)
        return std::unexpected(settings.error());
    request.tls = settings->first;
    request.proxy = settings->second;
    // Re-decided at every redirect to another origin (the index's own settings only for its own).
    request.policyForHop
        = [connection = m_options.connection, name = index ? index->name : std::string(),
           realm = index ? CredentialProvider::realmOf(index->url) : QString()](const QUrl &next) {
              return connection(CredentialProvider::realmOf(next) == realm ? name : std::string(),
                                next);
          };
    return {};
}

const IndexSource *IndexClient::indexNamed(const std::string &name) const
{
    for (const IndexSource &index : m_options.indexes) {
        if (index.name == name
            || (index.name.empty() && redactedUrl(index.url).toStdString() == name))
            return &index;
    }
    return nullptr;
}

QUrl IndexClient::indexUrl(const std::string &name) const
{
    const IndexSource *index = indexNamed(name);
    if (!index || index->flat || index->url.isLocalFile())
        return {};
    QUrl url = index->url;
    url.setUserInfo(QString());
    return url;
}

std::string IndexClient::indexNameFor(const QUrl &url) const
{
    auto key = [](QUrl u) {
        u.setUserInfo(QString());
        u.setFragment(QString());
        QString text = u.toString(QUrl::NormalizePathSegments);
        while (text.endsWith(QLatin1Char('/')))
            text.chop(1);
        return text;
    };
    auto label = [](const IndexSource &index) {
        return index.name.empty() ? redactedUrl(index.url).toStdString() : index.name;
    };
    const QString wanted = key(url);
    for (const IndexSource &index : m_options.indexes) {
        if (key(index.url) == wanted)
            return label(index);
    }
    // A file's URL: the index whose URL is the longest whole-segment prefix of it.
    const IndexSource *best = nullptr;
    qsizetype bestLength = -1;
    for (const IndexSource &index : m_options.indexes) {
        const QString prefix = key(index.url) + QLatin1Char('/');
        if (wanted.startsWith(prefix) && prefix.size() > bestLength) {
            best = &index;
            bestLength = prefix.size();
        }
    }
    return best ? label(*best) : std::string();
}

void IndexClient::fetchPage(const IndexSource &index, const QUrl &url, PageCallback done,
                            CancelToken cancel)
{
    std::optional<HttpCache::Entry> cached;
    if (m_cache)
        cached = m_cache->load(url);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (cached && (m_options.offline || (!m_options.refresh && cached->isFresh(now)))) {
        done(Page{cached->status, cached->body, cached->contentType, url, true, false, 0, {}});
        return;
    }
    if (m_options.offline) {
        done(std::unexpected(
            indexError(ErrorCode::Network,
                       tr("%1 is not in the cache, and envdesk is offline").arg(redactedUrl(url)),
                       tr("run once without --offline to fill the cache"))));
        return;
    }
    auto send = std::make_shared<std::function<void(bool)>>();
    *send = [this, index, url, cached, done, cancel, send](bool force) {
        HttpRequest request;
        request.url = url;
        request.accept = simpleApiAcceptHeader();
        request.cancel = cancel;
        if (auto connection = applyConnection(&index, request); !connection) {
            const PageCallback finish = done; // clearing *send destroys this lambda
            *send = nullptr;
            finish(std::unexpected(connection.error()));
            return;
        }
        auto credentialSource = authorize(index, request, force);
        if (!credentialSource) {
            const PageCallback finish = done; // clearing *send destroys this lambda
            *send = nullptr;
            finish(std::unexpected(credentialSource.error()));
            return;
        }
        if (cached) {
            if (!cached->etag.isEmpty())
                request.headers.append(qMakePair(QByteArray("If-None-Match"), cached->etag));
            if (!cached->lastModified.isEmpty())
                request.headers.append(
                    qMakePair(QByteArray("If-Modified-Since"), cached->lastModified));
        }
        const QString source = *credentialSource;
        const QUrl proxy = request.proxy;
        const bool unverified = !request.tls.verify && url.scheme() == QLatin1String("https");
        m_http->get(request, [this, index, url, cached, done, send, force, source, proxy,
                              unverified](Expected<HttpResponse> response) {
            if (!response) {
                *send = nullptr;
                done(std::unexpected(response.error()));
                return;
            }
            if (response->status == 407 && !proxy.isEmpty()) {
                // The proxy's answer, not the index's: its credentials are the proxy's own.
                *send = nullptr;
                done(std::unexpected(
                    indexError(ErrorCode::Proxy,
                               tr("the proxy %1 requires authentication (407) for %2")
                                   .arg(redactedUrl(proxy), redactedUrl(url)),
                               tr("store the proxy's user name and password in the keychain: "
                                  "envdesk-cli auth set %1 --username "
                                  "USER (the password is read from stdin)")
                                   .arg(redactedUrl(proxy)))));
                return;
            }
            // authenticate = auto: asked without credentials and refused, so look them up, remember
            // that this realm needs them, and ask once more.
            if ((response->status == 401 || response->status == 403 || response->status == 404)
                && source.isEmpty() && !force
                && index.authenticate == IndexConfig::Authenticate::Auto && m_options.credentials
                && m_options.credentials->find(index.name, index.url)) {
                m_options.credentials->rememberRealmNeedsCredentials(url);
                const auto again = *send;
                again(true);
                return;
            }
            *send = nullptr;
            const qint64 maxAge = HttpCache::maxAge(*response, index.apiCacheControl);
            if (response->status == 304 && cached) {
                m_cache->touch(url, *cached, maxAge);
                done(Page{cached->status, cached->body, cached->contentType, response->finalUrl,
                          false, true, response->elapsedMs, source, unverified,
                          response->certificateByCommonName});
                return;
            }
            if (m_cache && response->status == 200) {
                HttpCache::Entry entry;
                entry.body = response->body;
                entry.contentType = response->contentType;
                entry.etag = response->header("ETag");
                entry.lastModified = response->header("Last-Modified");
                entry.storedAt = QDateTime::currentDateTimeUtc();
                entry.maxAgeSeconds = maxAge;
                if (maxAge >= 0 || !entry.etag.isEmpty() || !entry.lastModified.isEmpty())
                    m_cache->store(url, entry);
            }
            done(Page{response->status, response->body, response->contentType, response->finalUrl,
                      false, false, response->elapsedMs, source, unverified,
                      response->certificateByCommonName});
        });
    };
    (*send)(false);
}

QString IndexQuery::certificateWarning() const
{
    return certificateByCommonName ? obsoleteCertificateWarning(QUrl(url).host()) : QString();
}

void IndexClient::queryIndex(
    const IndexSource &index, const std::string &project,
    std::function<void(IndexQuery, Expected<std::vector<DistributionFile>>)> done,
    CancelToken cancel)
{
    const std::string normalized = normalizePackageName(project);
    IndexQuery query;
    query.project = project;
    query.index = index.name.empty() ? redactedUrl(index.url).toStdString() : index.name;

    // A flat index that is a local folder: list it.
    if (index.flat && (index.url.isLocalFile() || index.url.scheme().isEmpty())) {
        const QString folder
            = index.url.isLocalFile() ? index.url.toLocalFile() : index.url.toString();
        query.url = folder;
        std::vector<DistributionFile> files;
        for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files, QDir::Name)) {
            if (!isDistribution(info.fileName())
                || projectOfFilename(info.fileName().toStdString()) != normalized)
                continue;
            DistributionFile f;
            f.filename = info.fileName().toStdString();
            f.url = QUrl::fromLocalFile(info.absoluteFilePath());
            f.size = info.size();
            files.push_back(std::move(f));
        }
        query.outcome = files.empty() ? IndexQuery::Outcome::NotFound : IndexQuery::Outcome::Found;
        query.rule = files.empty() ? tr("no file of this project in the folder") : QString();
        done(query, files);
        return;
    }

    const QUrl url = index.flat ? index.url : projectUrl(index.url, normalized);
    query.url = redactedUrl(url);
    QElapsedTimer clock; // a failure has no response to take the time from
    clock.start();
    fetchPage(
        index, url,
        [this, index, query, normalized, clock, done = std::move(done)](Expected<Page> page) mutable {
            if (!page) {
                query.outcome = IndexQuery::Outcome::Failed;
                query.elapsedMs = clock.elapsed();
                Error e = page.error();
                e.message = tr("index %1: %2").arg(index.label(), e.message);
                done(query, std::unexpected(e));
                return;
            }
            query.status = page->status;
            query.credentialSource = page->credentialSource;
            query.tlsUnverified = page->tlsUnverified;
            query.certificateByCommonName = page->certificateByCommonName;
            query.fromCache = page->fromCache;
            query.revalidated = page->revalidated;
            query.elapsedMs = page->elapsedMs;
            const int status = page->status;
            const bool ignored
                = std::find(index.ignoreErrorCodes.begin(), index.ignoreErrorCodes.end(), status)
                  != index.ignoreErrorCodes.end();
            if (status == 200) {
                auto parsed
                    = parseProjectPage(page->body, QString::fromUtf8(page->contentType), page->url);
                if (!parsed) {
                    query.outcome = IndexQuery::Outcome::Failed;
                    done(query, std::unexpected(parsed.error()));
                    return;
                }
                std::vector<DistributionFile> files = std::move(parsed->files);
                if (index.flat) {
                    std::erase_if(files, [&](const DistributionFile &f) {
                        return projectOfFilename(f.filename) != normalized;
                    });
                    query.outcome = files.empty() ? IndexQuery::Outcome::NotFound
                                                  : IndexQuery::Outcome::Found;
                } else {
                    query.outcome = IndexQuery::Outcome::Found;
                }
                done(query, std::move(files));
                return;
            }
            auto notFound = [status, ignored](IndexQuery &query) {
                query.outcome = IndexQuery::Outcome::NotFound;
                query.rule = ignored && status != 404 && status != 410
                                 ? tr("%1 is listed in ignore-error-codes: treated as not found")
                                       .arg(status)
                                 : tr("not on this index");
            };
            // CodeArtifact answers a bad or expired token with 404, everywhere: a 404 that came
            // with credentials is checked against the index root before it counts as "not here".
            if (status == 404 && !ignored && !index.flat && !page->credentialSource.isEmpty()) {
                const QString source = page->credentialSource;
                tokenRefusedWith404(index, [index, query, source, notFound,
                                            done](bool refused) mutable {
                    if (!refused) {
                        notFound(query);
                        done(query, std::vector<DistributionFile>{});
                        return;
                    }
                    query.outcome = IndexQuery::Outcome::Failed;
                    query.rule = tr("the token was refused (this server answers 404 for a bad token)");
                    done(query,
                         std::unexpected(indexError(
                             ErrorCode::AccessDenied,
                             tr("index %1: the token was refused (this server answers 404 for a "
                                "bad token): the credentials from %2 got 404 for %3, and the "
                                "index root asks for credentials without them")
                                 .arg(index.label(), source, query.url),
                             tr("renew the token and update %1 (for AWS CodeArtifact: aws "
                                "codeartifact get-authorization-token; a credential-command keeps "
                                "it fresh)")
                                 .arg(source))));
                });
                return;
            }
            if (status == 404 || status == 410 || ignored) {
                notFound(query);
                done(query, std::vector<DistributionFile>{});
                return;
            }
            if (status == 401 || status == 403 || status == 407 || status == 511) {
                query.outcome = IndexQuery::Outcome::Refused;
                done(query, std::vector<DistributionFile>{});
                return;
            }
            query.outcome = IndexQuery::Outcome::Failed;
            done(query,
                 std::unexpected(indexError(
                     ErrorCode::Network,
                     tr("index %1 answered HTTP %2 for %3")
                         .arg(index.label())
                         .arg(status)
                         .arg(query.url),
                     tr("the index is failing; try again later or ask its administrators"))));
        },
        cancel);
}

void IndexClient::projectFiles(const std::string &project, FilesCallback done, CancelToken cancel)
{
    const std::vector<IndexSource> indexes = indexesFor(project);
    const auto pin = m_options.pins.find(normalizePackageName(project));
    if (indexes.empty()) {
        done(std::unexpected(indexError(
            ErrorCode::InvalidProject,
            tr("'%1' is pinned to the index '%2', which is not defined")
                .arg(QString::fromStdString(project), QString::fromStdString(pin->second)))));
        return;
    }
    const bool sequential
        = m_options.strategy == IndexStrategy::FirstIndex || pin != m_options.pins.end();
    struct State
    {
        ProjectFiles result;
        std::vector<std::optional<std::vector<DistributionFile>>> perIndex;
        std::size_t pending = 0;
        std::optional<Error> error;
        bool finished = false;
    };
    auto state = std::make_shared<State>();
    state->result.project = project;
    state->perIndex.resize(indexes.size());

    if (sequential) {
        auto step = std::make_shared<std::function<void(std::size_t)>>();
        *step = [this, indexes, state, step, done, cancel, project,
                 pinned = pin != m_options.pins.end()](std::size_t i) {
            if (i == indexes.size()) {
                // Found nowhere: a result, not an error. Copy what we need before breaking the
                // cycle, which destroys this very lambda.
                const FilesCallback finish = done;
                const ProjectFiles result = state->result;
                (*step) = nullptr;
                finish(result);
                return;
            }
            queryIndex(
                indexes[i], project,
                [this, i, indexes, state, step, done,
                 pinned](IndexQuery query, Expected<std::vector<DistributionFile>> files) {
                    if (query.outcome == IndexQuery::Outcome::Found)
                        query.rule = pinned ? tr("pinned to this index in [tool.uv.sources]")
                                            : tr("first index that has the project (first-index)");
                    if (query.outcome == IndexQuery::Outcome::Refused)
                        query.rule = tr("%1 stops the search (first-index): no valid credentials")
                                         .arg(query.status);
                    state->result.queries.push_back(query);
                    Q_EMIT queried(query);
                    if (!files) {
                        (*step) = nullptr;
                        done(std::unexpected(files.error()));
                        return;
                    }
                    if (query.outcome == IndexQuery::Outcome::Found) {
                        for (DistributionFile &f : *files)
                            state->result.files.push_back({std::move(f), query.index, int(i)});
                        (*step) = nullptr;
                        done(state->result);
                        return;
                    }
                    if (query.outcome == IndexQuery::Outcome::Refused) {
                        const IndexSource &index = indexes[i];
                        Error e = indexError(
                            ErrorCode::AccessDenied,
                            tr("index %1 answered %2 for '%3' (%4): it could not be queried for "
                               "lack of "
                               "valid credentials, so envdesk does not look for '%3' on the "
                               "indexes after it, "
                               "which could serve a different package of the same name")
                                .arg(index.label())
                                .arg(query.status)
                                .arg(QString::fromStdString(query.project), query.url),
                            tr("set credentials for this index (keychain, %1_USERNAME / _PASSWORD, "
                               ".netrc), "
                               "or add %2 to its ignore-error-codes if it hides missing packages "
                               "behind %2")
                                .arg(QString::fromStdString(
                                    IndexConfig::credentialVariablePrefix(index.name)))
                                .arg(query.status));
                        (*step) = nullptr;
                        done(std::unexpected(e));
                        return;
                    }
                    (*step)(i + 1);
                },
                cancel);
        };
        (*step)(0);
        return;
    }

    // The unsafe strategies ask every index at once and merge.
    state->pending = indexes.size();
    for (std::size_t i = 0; i < indexes.size(); ++i) {
        queryIndex(
            indexes[i], project,
            [this, i, indexes, state, done](IndexQuery query,
                                            Expected<std::vector<DistributionFile>> files) {
                if (state->finished)
                    return;
                if (query.outcome == IndexQuery::Outcome::Refused) {
                    query.rule = tr("%1 ignored by %2")
                                     .arg(query.status)
                                     .arg(m_options.strategy == IndexStrategy::UnsafeBestMatch
                                              ? QStringLiteral("unsafe-best-match")
                                              : QStringLiteral("unsafe-first-match"));
                }
                state->result.queries.push_back(query);
                Q_EMIT queried(query);
                if (!files && !state->error)
                    state->error = files.error();
                else if (files && query.outcome == IndexQuery::Outcome::Found)
                    state->perIndex[i] = std::move(*files);
                if (--state->pending > 0)
                    return;
                state->finished = true;
                if (state->error) {
                    done(std::unexpected(*state->error));
                    return;
                }
                std::set<std::string> seen;
                for (std::size_t k = 0; k < indexes.size(); ++k) {
                    if (!state->perIndex[k])
                        continue;
                    for (DistributionFile &f : *state->perIndex[k]) {
                        // The same file on several indexes: the first index's entry is used.
                        if (m_options.strategy == IndexStrategy::UnsafeBestMatch
                            && !seen.insert(f.filename).second)
                            continue;
                        const std::string name = indexes[k].name.empty()
                                                     ? redactedUrl(indexes[k].url).toStdString()
                                                     : indexes[k].name;
                        state->result.files.push_back({std::move(f), name, int(k)});
                    }
                }
                done(state->result);
            },
            cancel);
    }
}

void IndexClient::getWithChallenge(HttpRequest request, const IndexSource *index,
                                   std::function<void(Expected<HttpResponse>)> done)
{
    const HttpRequest unauthorized = request;
    QString source;
    if (index) {
        auto auth = authorize(*index, request, false);
        if (!auth) {
            done(std::unexpected(auth.error()));
            return;
        }
        source = *auth;
    }
    m_http->get(request, [this, unauthorized, index, source,
                          done = std::move(done)](Expected<HttpResponse> r) mutable {
        // uv's auto: a challenge (401, 403, or a 404 that may hide a private file) to a request
        // without credentials is answered once with the index's own, on the index's origin only.
        const bool challenged = r && (r->status == 401 || r->status == 403 || r->status == 404);
        if (challenged && index && source.isEmpty()
            && index->authenticate == IndexConfig::Authenticate::Auto && m_options.credentials
            && CredentialProvider::realmOf(unauthorized.url) == CredentialProvider::realmOf(index->url)
            && m_options.credentials->find(index->name, index->url)) {
            m_options.credentials->rememberRealmNeedsCredentials(unauthorized.url);
            HttpRequest again = unauthorized;
            if (auto auth = authorize(*index, again, true); auth && !auth->isEmpty()) {
                m_http->get(again, std::move(done));
                return;
            }
        }
        done(std::move(r));
    });
}

void IndexClient::tokenRefusedWith404(const IndexSource &index, std::function<void(bool)> done)
{
    const std::string key = index.name.empty() ? index.url.toString().toStdString() : index.name;
    if (const auto known = m_tokenChecks.find(key); known != m_tokenChecks.end()) {
        done(known->second);
        return;
    }
    QUrl root = index.url.adjusted(QUrl::RemoveUserInfo);
    if (!root.path().endsWith(QLatin1Char('/')))
        root.setPath(root.path() + QLatin1Char('/'));
    HttpRequest anonymous;
    anonymous.url = root;
    anonymous.maxRetries = 0;
    if (!applyConnection(&index, anonymous)) {
        done(false);
        return;
    }
    HttpRequest withCredentials = anonymous;
    if (!authorize(index, withCredentials, true)) {
        done(false);
        return;
    }
    // The root without credentials asks for them (401/403), and with ours it is "not found".
    m_http->get(anonymous, [this, key, withCredentials, done](Expected<HttpResponse> bare) {
        if (!bare || (bare->status != 401 && bare->status != 403)) {
            m_tokenChecks[key] = false;
            done(false);
            return;
        }
        m_http->get(withCredentials, [this, key, done](Expected<HttpResponse> sent) {
            const bool refused = sent && sent->status == 404;
            m_tokenChecks[key] = refused;
            done(refused);
        });
    });
}

void IndexClient::rootListing(const IndexSource &index, NamesCallback done, CancelToken cancel)
{
    QUrl url = index.url;
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    fetchPage(
        index, url,
        [index, url, done = std::move(done)](Expected<Page> page) {
            if (!page) {
                done(std::unexpected(page.error()));
                return;
            }
            if (page->status != 200) {
                done(std::unexpected(indexError(
                    ErrorCode::Network, tr("index %1 answered HTTP %2 for its project list (%3)")
                                            .arg(index.label())
                                            .arg(page->status)
                                            .arg(redactedUrl(url)))));
                return;
            }
            done(parseRootPage(page->body, QString::fromUtf8(page->contentType), page->url));
        },
        cancel);
}

} // namespace Envdesk::Core
