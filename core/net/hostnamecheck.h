#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace Envdesk::Core {

/**
 * Whether a server certificate names the host a URL asked for, decided by envdesk rather than by
 * Qt (whose check also accepts a matching common name when subjectAltName names other hosts).
 *
 * The rules (RFC 6125, RFC 2818, the CA/Browser Forum's; the same verdicts as curl and Python's
 * ssl module, docs/credentials-tls-proxies.md):
 * - a host name is compared with the certificate's DNS subjectAltName entries, in A-label form
 *   (an internationalised host is converted first), without regard to case or one trailing dot;
 * - an IP address is compared with IP subjectAltName entries only, never with a DNS entry or a
 *   common name;
 * - a wildcard counts only as the whole left-most label (`*.example.com`), stands for exactly one
 *   label, never matches an IP address, and never stands under a public suffix (`*.co.uk`) or a
 *   single label (`*.com`, `*.`);
 * - the subject's common name is consulted only when the certificate has no DNS and no IP
 *   subjectAltName at all (an obsolete form: byCommonName says so, and callers warn).
 *
 * Thread-safe: a pure function of its arguments (the public suffix list is read once).
 */
struct HostNameCheck
{
    bool matches = false;
    bool byCommonName = false; ///< matched through the subject's common name (no subjectAltName)
    QStringList names; ///< what the certificate names: "DNS:x", "IP:x", or "CN:x" when consulted

    static HostNameCheck of(const QSslCertificate &certificate, const QString &host);

    /**
     * Qt's verification errors with its host name verdict replaced by envdesk's: Qt's
     * HostNameMismatch dropped, envdesk's added when `certificate` does not name `host`.
     */
    static QList<QSslError> replaceQtVerdict(const QList<QSslError> &qtErrors,
                                             const QSslCertificate &certificate,
                                             const QString &host);

    /** "DNS:a, DNS:b" or "no names" in words, for messages. */
    QString namesText() const;
};

/** The warning for a certificate that names `host` only in its common name, translated. */
QString obsoleteCertificateWarning(const QString &host);

} // namespace Envdesk::Core
