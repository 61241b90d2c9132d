#pragma once

#include "../error.h"

#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>
#include <QUrl>

namespace Envdesk::Core {

/**
 * How TLS is done for one index (or all): whom to trust, which client identity to present,
 * whether to verify at all (only for an allow-insecure-host), and the lowest protocol version.
 *
 * Requests with different profiles never share a connection pool: HttpClient keeps separate
 * QNetworkAccessManagers per profile key(), so a connection opened without verification is never
 * reused under a stricter profile, nor the reverse.
 */
struct TlsProfile
{
    enum class Trust { System, Custom, SystemAndCustom };
    enum class MinimumVersion { Tls10, Tls11, Tls12, Tls13 };

    Trust trust = Trust::System;
    QStringList caFiles;         ///< PEM bundles (SSL_CERT_FILE, ca-bundle)
    QStringList caDirectories;   ///< folders of PEM files (SSL_CERT_DIR)
    QString clientCertificate;   ///< PEM: certificate, then the key unless clientKey is set
    QString clientKey;           ///< PEM key, when separate
    /// Passphrase of a PKCS#12 file (.p12, .pfx) or an encrypted PEM key, from the keychain.
    /// A secret: not part of key(), never logged.
    QByteArray clientPassphrase;
    bool verify = true;
    MinimumVersion minimumVersion = MinimumVersion::Tls12;

    /** A stable string that differs whenever two profiles must not share connections. */
    QString key() const;

    /**
     * The Qt configuration. A missing or empty CA file or folder is an error naming it, never a
     * silent fall-back to the system store; so is an unreadable client certificate or key.
     */
    Expected<QSslConfiguration> configuration() const;

    static std::optional<MinimumVersion> parseMinimumVersion(const QString &text);

    /** Whether `path` is a PKCS#12 bundle (by its name: .p12 or .pfx). */
    static bool isPkcs12(const QString &path);
};

/**
 * uv's allow-insecure-host matching: `host`, `host:port`, `scheme://host[:port]` or `*`; the host
 * compared exactly (no subdomains), a given port must equal the URL's port.
 */
bool insecureHostMatches(const QString &pattern, const QUrl &url);

/** What the hint of a TLS failure asks for, for callers that offer it as an action. */
enum class TlsRemedy {
    None,    ///< no hint
    TrustCa, ///< trust the CA that signed the server's certificate (or the self-signed one)
    RenewServerCertificate, ///< the server's certificate expired: its owners must renew it
    CheckClock,             ///< the certificate is not valid yet
    CheckUrl,               ///< the certificate is for another host
    ClientCertificate,      ///< the server wants a client certificate
    AllowOlderTls,          ///< the server speaks only TLS 1.0/1.1 (min-tls)
};

/**
 * A certificate problem in words a user can act on: the host, the errors, the chain (subject,
 * issuer, validity of each certificate), and which setting would fix it (the hint; `remedy`, when
 * given, says which kind of fix the hint is).
 */
Error describeTlsErrors(const QUrl &url, const QList<QSslError> &errors,
                        const QList<QSslCertificate> &chain, TlsRemedy *remedy = nullptr);

/** A handshake that failed before any certificate check (protocol, client certificate). */
Error describeHandshakeFailure(const QUrl &url, const QString &qtError,
                               TlsRemedy *remedy = nullptr);

} // namespace Envdesk::Core
