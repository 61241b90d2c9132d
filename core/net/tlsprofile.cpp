#include "tlsprofile.h"
#include "hostnamecheck.h"
#include "sha256.h"

#include "httpclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslKey>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Net)
};

Error tlsError(const QString &message, const QString &hint = {}, const QString &file = {})
{
    Error e;
    e.code = ErrorCode::Tls;
    e.message = message;
    e.hint = hint;
    e.file = file;
    return e;
}

QString subjectOf(const QSslCertificate &c)
{
    const QStringList cn = c.subjectInfo(QSslCertificate::CommonName);
    return cn.isEmpty() ? c.subjectDisplayName() : cn.join(QLatin1String(", "));
}

QString issuerOf(const QSslCertificate &c)
{
    const QStringList cn = c.issuerInfo(QSslCertificate::CommonName);
    return cn.isEmpty() ? c.issuerDisplayName() : cn.join(QLatin1String(", "));
}

} // namespace

QString TlsProfile::key() const
{
    QStringList parts{QString::number(int(trust)),
                      caFiles.join(QLatin1Char('|')),
                      caDirectories.join(QLatin1Char('|')),
                      clientCertificate,
                      clientKey,
                      verify ? QStringLiteral("verify") : QStringLiteral("insecure"),
                      QString::number(int(minimumVersion))};
    return QString::fromLatin1(
        Sha256::hash(parts.join(QLatin1Char('\n')).toUtf8())
            .toHex()
            .left(16));
}

bool TlsProfile::isPkcs12(const QString &path)
{
    return path.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive)
           || path.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive);
}

std::optional<TlsProfile::MinimumVersion> TlsProfile::parseMinimumVersion(const QString &text)
{
    if (text == QLatin1String("1.0"))
        return MinimumVersion::Tls10;
    if (text == QLatin1String("1.1"))
        return MinimumVersion::Tls11;
    if (text == QLatin1String("1.2"))
        return MinimumVersion::Tls12;
    if (text == QLatin1String("1.3"))
        return MinimumVersion::Tls13;
    return std::nullopt;
}

Expected<QSslConfiguration> TlsProfile::configuration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    switch (minimumVersion) {
    // Deprecated by Qt, and asked for on purpose: an old corporate proxy or index may speak
    // nothing newer, and the setting says so in so many words.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    case MinimumVersion::Tls10:
        config.setProtocol(QSsl::TlsV1_0OrLater);
        break;
    case MinimumVersion::Tls11:
        config.setProtocol(QSsl::TlsV1_1OrLater);
        break;
    QT_WARNING_POP
    case MinimumVersion::Tls12:
        config.setProtocol(QSsl::TlsV1_2OrLater);
        break;
    case MinimumVersion::Tls13:
        config.setProtocol(QSsl::TlsV1_3OrLater);
        break;
    }
    QList<QSslCertificate> cas;
    for (const QString &file : caFiles) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return std::unexpected(tlsError(
                Tr::tr("the CA file %1 cannot be read: %2").arg(file, f.errorString()),
                Tr::tr("fix the path under Certificates (or SSL_CERT_FILE); envdesk does not fall "
                   "back to the system store when a CA file is set"),
                file));
        const QList<QSslCertificate> found = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (found.isEmpty())
            return std::unexpected(tlsError(
                Tr::tr("the CA file %1 holds no PEM certificate").arg(file),
                Tr::tr("use a PEM file (-----BEGIN CERTIFICATE-----); DER files must be converted"),
                file));
        cas += found;
    }
    for (const QString &dir : caDirectories) {
        if (!QFileInfo(dir).isDir())
            return std::unexpected(
                tlsError(Tr::tr("the CA folder %1 does not exist").arg(dir), {}, dir));
        QList<QSslCertificate> found;
        for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files)) {
            QFile f(info.absoluteFilePath());
            if (f.open(QIODevice::ReadOnly))
                found += QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        }
        if (found.isEmpty())
            return std::unexpected(
                tlsError(Tr::tr("the CA folder %1 holds no PEM certificate").arg(dir), {}, dir));
        cas += found;
    }
    if (trust == Trust::Custom)
        config.setCaCertificates(cas);
    else if (!cas.isEmpty())
        config.addCaCertificates(cas);
    if (!clientCertificate.isEmpty() && isPkcs12(clientCertificate)) {
        QFile f(clientCertificate);
        if (!f.open(QIODevice::ReadOnly))
            return std::unexpected(tlsError(Tr::tr("the client certificate %1 cannot be read: %2")
                                                .arg(clientCertificate, f.errorString()),
                                            {}, clientCertificate));
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&f, &key, &certificate, &chain, clientPassphrase)
            || certificate.isNull()) {
            const QString keychainKey
                = QUrl::fromLocalFile(QFileInfo(clientCertificate).absoluteFilePath()).toString();
            return std::unexpected(
                tlsError(clientPassphrase.isEmpty()
                             ? Tr::tr("the PKCS#12 file %1 cannot be opened without its passphrase")
                                   .arg(clientCertificate)
                             : Tr::tr("the PKCS#12 file %1 cannot be opened: wrong passphrase, or not "
                                  "a PKCS#12 file")
                                   .arg(clientCertificate),
                         Tr::tr("store its passphrase in the keychain: envdesk-cli auth set %1 --token "
                            "(the passphrase is read from stdin)")
                             .arg(keychainKey),
                         clientCertificate));
        }
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        if (!chain.isEmpty())
            config.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
    } else if (!clientCertificate.isEmpty()) {
        QFile f(clientCertificate);
        if (!f.open(QIODevice::ReadOnly))
            return std::unexpected(tlsError(Tr::tr("the client certificate %1 cannot be read: %2")
                                                .arg(clientCertificate, f.errorString()),
                                            {}, clientCertificate));
        const QByteArray pem = f.readAll();
        const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
        if (certs.isEmpty())
            return std::unexpected(tlsError(
                Tr::tr("%1 holds no PEM certificate").arg(clientCertificate), {}, clientCertificate));
        QByteArray keyPem = pem;
        QString keyFile = clientCertificate;
        if (!clientKey.isEmpty()) {
            QFile k(clientKey);
            if (!k.open(QIODevice::ReadOnly))
                return std::unexpected(tlsError(
                    Tr::tr("the client key %1 cannot be read: %2").arg(clientKey, k.errorString()), {},
                    clientKey));
            keyPem = k.readAll();
            keyFile = clientKey;
        }
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, clientPassphrase);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, clientPassphrase);
        if (key.isNull()) {
            const bool encrypted = keyPem.contains("ENCRYPTED");
            const QString keychainKey
                = QUrl::fromLocalFile(QFileInfo(keyFile).absoluteFilePath()).toString();
            return std::unexpected(tlsError(
                encrypted ? Tr::tr("the private key in %1 is encrypted, and %2")
                                .arg(keyFile, clientPassphrase.isEmpty()
                                                  ? Tr::tr("no passphrase is stored for it")
                                                  : Tr::tr("the stored passphrase does not open it"))
                          : Tr::tr("%1 holds no PEM private key").arg(keyFile),
                encrypted
                    ? Tr::tr("store its passphrase in the keychain: envdesk-cli auth set %1 --token "
                         "(read from stdin)")
                          .arg(keychainKey)
                    : Tr::tr("SSL_CLIENT_CERT takes one PEM file with the certificate, then its key"),
                keyFile));
        }
        config.setLocalCertificate(certs.first());
        config.setPrivateKey(key);
    }
    if (minimumVersion == MinimumVersion::Tls10 || minimumVersion == MinimumVersion::Tls11) {
        // OpenSSL 3 refuses TLS 1.0/1.1 (and their SHA-1 signatures) at its default security
        // level; an index whose min-tls was lowered on purpose gets level 0 for its connections
        // only (a profile of its own: no other index shares them).
        config.setBackendConfigurationOption(QByteArrayLiteral("CipherString"),
                                             QByteArrayLiteral("DEFAULT:@SECLEVEL=0"));
    }
    if (!verify)
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

bool insecureHostMatches(const QString &pattern, const QUrl &url)
{
    const QString p = pattern.trimmed();
    if (p == QLatin1String("*"))
        return true;
    QUrl parsed
        = p.contains(QLatin1String("://")) ? QUrl(p) : QUrl(QStringLiteral("scheme-less://") + p);
    if (p.contains(QLatin1String("://")) && parsed.scheme() != url.scheme())
        return false;
    if (parsed.host().compare(url.host(), Qt::CaseInsensitive) != 0)
        return false;
    if (parsed.port() != -1) {
        const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
        if (parsed.port() != url.port(defaultPort))
            return false;
    }
    return true;
}

Error describeTlsErrors(const QUrl &url, const QList<QSslError> &errors,
                        const QList<QSslCertificate> &chain, TlsRemedy *remedy)
{
    QStringList problems;
    QString hint;
    TlsRemedy kind = TlsRemedy::None;
    const QString host = url.host();
    for (const QSslError &e : errors) {
        problems << e.errorString();
        switch (e.error()) {
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            if (hint.isEmpty())
                hint = Tr::tr("the certificate is signed by a CA envdesk does not trust ('%1'): add "
                          "that CA's PEM file "
                          "under Certificates (SSL_CERT_FILE, or ca-bundle for this index). Behind "
                          "a corporate "
                          "proxy that re-signs HTTPS, this is the proxy's root CA")
                           .arg(chain.isEmpty() ? Tr::tr("unknown") : issuerOf(chain.last()));
            if (kind == TlsRemedy::None)
                kind = TlsRemedy::TrustCa;
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            if (hint.isEmpty())
                hint = Tr::tr("the server uses a self-signed certificate: add it as a CA under "
                          "Certificates, or add '%1' "
                          "to allow-insecure-host (turns verification off for that host)")
                           .arg(host);
            if (kind == TlsRemedy::None)
                kind = TlsRemedy::TrustCa;
            break;
        case QSslError::CertificateExpired:
            if (hint.isEmpty())
                hint = Tr::tr("the server's certificate expired on %1: ask the server's owners to "
                          "renew it")
                           .arg(chain.isEmpty() ? Tr::tr("an earlier date")
                                                : chain.first().expiryDate().toString(Qt::ISODate));
            if (kind == TlsRemedy::None)
                kind = TlsRemedy::RenewServerCertificate;
            break;
        case QSslError::CertificateNotYetValid:
            if (hint.isEmpty())
                hint = Tr::tr("the certificate is not valid yet: check this computer's clock");
            if (kind == TlsRemedy::None)
                kind = TlsRemedy::CheckClock;
            break;
        case QSslError::HostNameMismatch:
            if (hint.isEmpty())
                hint = Tr::tr("the certificate is for %1, not %2: check the index URL")
                           .arg(chain.isEmpty() ? Tr::tr("another host")
                                                : HostNameCheck::of(chain.first(), host).namesText(),
                                host);
            if (kind == TlsRemedy::None)
                kind = TlsRemedy::CheckUrl;
            break;
        default:
            break;
        }
    }
    QStringList chainText;
    for (const QSslCertificate &c : chain)
        chainText << Tr::tr("'%1' issued by '%2', valid %3 to %4")
                         .arg(subjectOf(c), issuerOf(c),
                              c.effectiveDate().date().toString(Qt::ISODate),
                              c.expiryDate().date().toString(Qt::ISODate));
    Error e = tlsError(
        Tr::tr("TLS verification of %1 failed: %2. Chain: %3")
            .arg(redactedUrl(url), problems.join(QLatin1String("; ")),
                 chainText.isEmpty() ? Tr::tr("none received") : chainText.join(QLatin1String(" <- "))),
        hint);
    if (remedy)
        *remedy = kind;
    return e;
}

Error describeHandshakeFailure(const QUrl &url, const QString &qtError, TlsRemedy *remedy)
{
    const QString lower = qtError.toLower();
    QString hint;
    TlsRemedy kind = TlsRemedy::None;
    if (lower.contains(QLatin1String("certificate required"))
        || lower.contains(QLatin1String("alert handshake failure"))
        || lower.contains(QLatin1String("bad certificate"))) {
        hint = Tr::tr("the server may require a client certificate: set one under Certificates "
                  "(SSL_CLIENT_CERT, or "
                  "client-cert for this index)");
        kind = TlsRemedy::ClientCertificate;
    }
    if (lower.contains(QLatin1String("unsupported protocol"))
        || lower.contains(QLatin1String("protocol version"))
        || lower.contains(QLatin1String("no protocols available"))
        || lower.contains(QLatin1String("wrong version number"))) {
        hint = Tr::tr("the server and envdesk share no TLS version: the server probably speaks only "
                  "TLS 1.0/1.1, which is "
                  "disabled. Ask the server's owners to upgrade, or set min-tls for this index");
        kind = TlsRemedy::AllowOlderTls;
    }
    if (remedy)
        *remedy = kind;
    return tlsError(Tr::tr("TLS handshake with %1 failed: %2").arg(redactedUrl(url), qtError), hint);
}

} // namespace Envdesk::Core
