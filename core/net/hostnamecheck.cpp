#include "hostnamecheck.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

#include <libpsl.h>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Net)
};

/// Lower case, one trailing dot removed; empty for a name that is not plain ASCII.
QString normalizedName(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    for (QChar c : std::as_const(name)) {
        if (c.unicode() > 0x7e || c.unicode() < 0x21)
            return {};
    }
    return name.toLower();
}

std::optional<QHostAddress> addressOf(QString host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    // Only the usual spellings: a name made of digits and dots that is not four numbers (QUrl
    // has already normalised the shorthand forms) stays a name.
    QHostAddress address;
    if (host.contains(QLatin1Char(':'))
            ? !address.setAddress(host)
            : host.count(QLatin1Char('.')) != 3 || !address.setAddress(host))
        return std::nullopt;
    return address;
}

const psl_ctx_t *publicSuffixes()
{
    // The distribution's list when there is one (updated with it), else the library's own copy.
    static const psl_ctx_t *list = [] {
        const psl_ctx_t *latest = psl_latest(nullptr);
        return latest ? latest : psl_builtin();
    }();
    return list;
}

/// RFC 6125 6.4.3, as browsers apply it: a wildcard only as the whole left-most label.
bool patternMatches(const QString &pattern, const QString &host)
{
    if (!pattern.contains(QLatin1Char('*')))
        return pattern == host;
    if (!pattern.startsWith(QLatin1String("*.")) || pattern.count(QLatin1Char('*')) != 1)
        return false;
    const QString rest = pattern.mid(2);
    // At least two labels under the wildcard, none empty.
    const QStringList labels = rest.split(QLatin1Char('.'));
    if (labels.size() < 2 || labels.contains(QString()))
        return false;
    const psl_ctx_t *suffixes = publicSuffixes();
    if (suffixes
        && psl_is_public_suffix2(suffixes, rest.toLatin1().constData(),
                                 PSL_TYPE_ICANN | PSL_TYPE_NO_STAR_RULE))
        return false;
    const qsizetype dot = host.indexOf(QLatin1Char('.'));
    return dot > 0 && host.mid(dot + 1) == rest;
}

} // namespace

HostNameCheck HostNameCheck::of(const QSslCertificate &certificate, const QString &host)
{
    HostNameCheck check;
    const auto alternatives = certificate.subjectAlternativeNames();
    const QList<QString> dnsNames = alternatives.values(QSsl::DnsEntry);
    const QList<QString> ipNames = alternatives.values(QSsl::IpAddressEntry);
    for (const QString &n : dnsNames)
        check.names << QStringLiteral("DNS:") + n;
    for (const QString &n : ipNames)
        check.names << QStringLiteral("IP:") + n;

    if (const auto address = addressOf(host)) {
        for (const QString &n : ipNames) {
            if (QHostAddress(n).isEqual(*address, QHostAddress::StrictConversion))
                check.matches = true;
        }
        return check;
    }

    const QString ace = normalizedName(QString::fromLatin1(QUrl::toAce(host)));
    if (ace.isEmpty())
        return check;
    if (!dnsNames.isEmpty() || !ipNames.isEmpty()) {
        for (const QString &n : dnsNames) {
            if (patternMatches(normalizedName(n), ace))
                check.matches = true;
        }
        return check;
    }
    // No subjectAltName: the last (most specific) common name, as curl and OpenSSL read it.
    const QStringList commonNames = certificate.subjectInfo(QSslCertificate::CommonName);
    if (commonNames.isEmpty())
        return check;
    check.names << QStringLiteral("CN:") + commonNames.last();
    check.matches = patternMatches(normalizedName(commonNames.last()), ace);
    check.byCommonName = check.matches;
    return check;
}

QList<QSslError> HostNameCheck::replaceQtVerdict(const QList<QSslError> &qtErrors,
                                                 const QSslCertificate &certificate,
                                                 const QString &host)
{
    QList<QSslError> errors;
    for (const QSslError &e : qtErrors) {
        if (e.error() != QSslError::HostNameMismatch)
            errors << e;
    }
    if (!certificate.isNull() && !of(certificate, host).matches)
        errors << QSslError(QSslError::HostNameMismatch, certificate);
    return errors;
}

QString HostNameCheck::namesText() const
{
    return names.isEmpty() ? Tr::tr("no host names") : names.join(QLatin1String(", "));
}

QString obsoleteCertificateWarning(const QString &host)
{
    return Tr::tr("the certificate of %1 names it only in its common name, a form RFC 6125 and the "
              "CA/Browser Forum retired: ask the server's owners for a certificate with a "
              "subjectAltName")
        .arg(host);
}

} // namespace Envdesk::Core
