#pragma once

#include "../error.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace Envdesk::Core {

/** A user name and its secret (password or token). The secret never goes to a log or a file. */
struct Credential
{
    QString username;
    QByteArray secret;
};

/**
 * Secrets in the OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
 * Windows) through QtKeychain. Entries are keyed by the index URL (scheme, host, port and path),
 * not by the index name, so renaming an index keeps its credentials.
 *
 * There is no plaintext fallback: QtKeychain's insecure fallback stays off, and when no keychain
 * answers, every call fails with a message saying so. isAvailable() makes a real write, read and
 * delete, because QtKeychain's own check passes as soon as the library loads.
 *
 * Calls block until the keychain answers, so use them from a worker thread or the CLI, never from
 * the GUI thread. Whatever thread calls, the keychain is asked from one thread per process (see
 * docs/workarounds.md: libsecret answers only the thread that first used it).
 */
class SecretStore
{
public:
    explicit SecretStore(QString service = QStringLiteral("envdesk"));

    struct Availability
    {
        bool available = false;
        QString message; ///< why not, in words a user can act on
    };
    Availability probe() const;

    /** The entry for `indexUrl`; nullopt when there is none. */
    Expected<std::optional<Credential>> read(const QUrl &indexUrl) const;
    /**
     * The entry for `url` or, failing that, for the longest path prefix of it in the same realm
     * (an entry for https://host/ serves https://host/repository/pypi/simple), as uv's credential
     * store matches. Sets *matchedKey to the key that answered.
     */
    Expected<std::optional<Credential>> readBestMatch(const QUrl &url, QString *matchedKey = nullptr) const;
    Expected<void> write(const QUrl &indexUrl, const Credential &credential) const;
    /** Removes the entry; removing a missing entry is not an error. */
    Expected<void> remove(const QUrl &indexUrl) const;

    /** The keychain key for an index URL: scheme://host:port/path, without user info or a final '/'. */
    static QString keyFor(const QUrl &indexUrl);

private:
    // The same, run on the process's keychain thread.
    Expected<std::optional<Credential>> readHere(const QUrl &indexUrl) const;
    Expected<void> writeHere(const QUrl &indexUrl, const Credential &credential) const;
    Expected<void> removeHere(const QUrl &indexUrl) const;

    QString m_service;
};

} // namespace Envdesk::Core
