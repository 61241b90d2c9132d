#pragma once

#include "secretstore.h"

#include <QDateTime>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace Envdesk::Core {

/** One `machine` (or `default`) entry of a .netrc file. */
struct NetrcEntry
{
    QString machine; ///< empty for `default`
    QString login;
    QByteArray password;
    int line = 0;
};

/** Parses .netrc text (machine, default, login, password, account, macdef; quoted tokens). */
Expected<std::vector<NetrcEntry>> parseNetrc(const QByteArray &text, const QString &fileName);

/** Credentials found for a request, and where they came from (for messages: never the secret). */
struct FoundCredential
{
    QString username;
    QByteArray secret;
    QString source; ///< "the index URL", "$UV_INDEX_CORP_PASSWORD", "~/.netrc line 4", "the keychain"
    QDateTime expires; ///< when a short-lived token stops being used; invalid: for the whole run
    /// Sent with the first request to the index under `authenticate = "auto"`: true for
    /// credentials meant for this index (its URL, its variables, its command, a .netrc entry for
    /// its host, its keychain entry); false for a .netrc `default` entry, sent only when asked.
    bool upFront = true;

    /** The value of an `Authorization: Basic ...` header. */
    QByteArray basicAuthorization() const;
};

/**
 * A per-index credential helper (`[tool.envdesk.index.NAME] credential-command`): a program whose
 * standard output is a short-lived token (AWS CodeArtifact, Google Artifact Registry), or a JSON
 * object {"username", "token" or "password", "expires" (ISO 8601) or "expires_in" (seconds)}.
 */
struct CredentialCommand
{
    QStringList argv;                      ///< program and arguments (no shell)
    QString username = QStringLiteral("__token__"); ///< for a bare token
    qint64 lifetimeSeconds = 900;          ///< how long a bare token is used
    int timeoutMs = 60000;
};

/**
 * Finds credentials for an index, in uv's order of precedence: user info in the index URL;
 * UV_INDEX_<NAME>_USERNAME / _PASSWORD; then envdesk's credential command for the index, if it has
 * one; .netrc (NETRC, else ~/.netrc); the OS keychain (entry keyed by the index URL). A username
 * found without a password is completed from the later sources. Results are remembered for the
 * rest of the run, a command's token until it expires (in memory only: never written anywhere).
 *
 * Not thread-safe: one per worker thread, like HttpClient.
 */
class CredentialProvider
{
public:
    struct Options
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString netrcPath;               ///< empty: NETRC, else ~/.netrc
        bool useKeychain = true;
        QString keychainService = QStringLiteral("envdesk");
        std::map<std::string, CredentialCommand> commands; ///< by index name
    };

    CredentialProvider();
    explicit CredentialProvider(Options options);

    /**
     * Credentials for `indexName` / `indexUrl`, or nullopt. Never blocks longer than the keychain.
     * `afterChallenge` false: a look before the first request (authenticate = auto), where a
     * missing or locked keychain is no news yet; it is said (in warnings()) once a request has
     * been refused for want of credentials.
     */
    std::optional<FoundCredential> find(const std::string &indexName, const QUrl &indexUrl,
                                        bool afterChallenge = true);

    /** Realms (scheme://host:port) known to need credentials in this run. */
    bool realmNeedsCredentials(const QUrl &url) const;
    void rememberRealmNeedsCredentials(const QUrl &url);

    /** Problems met on the way (an unreadable .netrc, a locked keychain), for the log. */
    const QStringList &warnings() const { return m_warnings; }

    static QString realmOf(const QUrl &url);

    /** How many times credential commands ran (tests check the caching). */
    int commandRuns() const { return m_commandRuns; }

private:
    Options m_options;
    std::optional<std::vector<NetrcEntry>> m_netrc;
    QHash<QString, FoundCredential> m_cache;
    QSet<QString> m_misses; ///< indexes with nothing found in this run (not asked again)
    QStringList m_keychainProblems; ///< met before any challenge; said after one
    QSet<QString> m_realms;
    QStringList m_warnings;
    int m_commandRuns = 0;

    std::optional<FoundCredential> runCommand(const std::string &indexName, const CredentialCommand &command);
};

} // namespace Envdesk::Core
