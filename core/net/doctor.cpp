#include "doctor.h"
#include "hostnamecheck.h"

#include "httpclient.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxyFactory>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace Envdesk::Core {

namespace {

QString statusName(DoctorReport::Status s)
{
    switch (s) {
    case DoctorReport::Status::Ok: return QStringLiteral("ok");
    case DoctorReport::Status::Warning: return QStringLiteral("warning");
    case DoctorReport::Status::Failed: return QStringLiteral("failed");
    case DoctorReport::Status::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QString protocolName(QSsl::SslProtocol p)
{
    // Qt marks the 1.0/1.1 enumerators deprecated, but a legacy server still negotiates them.
    switch (int(p)) {
    case 0: return QStringLiteral("TLS 1.0");
    case 1: return QStringLiteral("TLS 1.1");
    case int(QSsl::TlsV1_2): return QStringLiteral("TLS 1.2");
    case int(QSsl::TlsV1_3): return QStringLiteral("TLS 1.3");
    default: return QStringLiteral("TLS");
    }
}

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

DoctorReport::Fix fixFor(TlsRemedy remedy)
{
    switch (remedy) {
    case TlsRemedy::None:
        return DoctorReport::Fix::None;
    case TlsRemedy::TrustCa:
        return DoctorReport::Fix::TrustCa;
    case TlsRemedy::RenewServerCertificate:
        return DoctorReport::Fix::RenewServerCertificate;
    case TlsRemedy::CheckClock:
        return DoctorReport::Fix::CheckClock;
    case TlsRemedy::CheckUrl:
        return DoctorReport::Fix::CheckUrl;
    case TlsRemedy::ClientCertificate:
        return DoctorReport::Fix::ClientCertificate;
    case TlsRemedy::AllowOlderTls:
        return DoctorReport::Fix::AllowOlderTls;
    }
    return DoctorReport::Fix::Other;
}

} // namespace

const DoctorReport::Stage *DoctorReport::stage(const QString &name) const
{
    for (const Stage &s : stages) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QString DoctorReport::toText() const
{
    QString out = QCoreApplication::translate("Envdesk::Core::Net", "Connection test for %1 (%2)\n").arg(index, url);
    for (const Stage &s : stages) {
        const QString mark = s.status == Status::Ok        ? QStringLiteral("ok  ")
                             : s.status == Status::Warning ? QStringLiteral("warn")
                             : s.status == Status::Failed  ? QStringLiteral("FAIL")
                                                           : QStringLiteral("skip");
        out += QStringLiteral("  [%1] %2: %3").arg(mark, s.name.leftJustified(5), s.summary);
        if (s.elapsedMs > 0)
            out += QStringLiteral(" (%1 ms)").arg(s.elapsedMs);
        out += QLatin1Char('\n');
        for (const QString &d : s.details)
            out += QStringLiteral("           %1\n").arg(d);
    }
    out += QLatin1Char('\n') + diagnosis + QLatin1Char('\n');
    if (!fix.isEmpty())
        out += QCoreApplication::translate("Envdesk::Core::Net", "Fix: %1\n").arg(fix);
    return out;
}

QByteArray DoctorReport::toJson() const
{
    QJsonArray list;
    for (const Stage &s : stages)
        list.append(QJsonObject{{"stage", s.name}, {"status", statusName(s.status)}, {"summary", s.summary},
                                {"details", QJsonArray::fromStringList(s.details)}, {"ms", double(s.elapsedMs)}});
    return QJsonDocument(QJsonObject{{"index", index}, {"url", url}, {"ok", ok}, {"stages", list},
                                     {"diagnosis", diagnosis}, {"fix", fix}})
        .toJson(QJsonDocument::Indented);
}

ConnectionDoctor::ConnectionDoctor(Target target, CredentialProvider *credentials, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_credentials(credentials)
{
    m_report.index = m_target.name.empty() ? redactedUrl(m_target.url) : QString::fromStdString(m_target.name);
    m_report.url = redactedUrl(m_target.url);
    m_target.tls.verify = m_target.tls.verify && !m_target.insecureHost;
}

ConnectionDoctor::~ConnectionDoctor()
{
    // Nothing that is torn down with this object may answer into it.
    m_stopped = true;
    delete m_http;
    delete m_socket;
}

void ConnectionDoctor::addStage(const QString &name, DoctorReport::Status status,
                                const QString &summary, const QStringList &details, qint64 us)
{
    m_report.stages.push_back({name, status, summary, details, us > 0 ? us / 1000 : 0, us});
    Q_EMIT stageAdded(m_report.stages.back());
}

void ConnectionDoctor::diagnose(const QString &diagnosis, const QString &fix,
                                DoctorReport::Fix kind)
{
    if (m_report.diagnosis.isEmpty()) {
        m_report.diagnosis = diagnosis;
        m_report.fix = fix;
        m_report.fixKind = fix.isEmpty() ? DoctorReport::Fix::None : kind;
    }
}

void ConnectionDoctor::begin(const QString &name)
{
    m_running = name;
    m_stageClock.start();
}

qint64 ConnectionDoctor::stageUs() const
{
    return m_stageClock.nsecsElapsed() / 1000;
}

void ConnectionDoctor::run(std::function<void(DoctorReport)> done, CancelToken cancel)
{
    m_done = std::move(done);
    m_cancel = std::move(cancel);
    // The token is a flag set from any thread: looked at while the stages wait.
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        if (m_stopped)
            poll->stop();
        else if (m_cancel.isCancelled())
            cancelNow();
    });
    poll->start();
    if (m_cancel.isCancelled()) {
        cancelNow();
        return;
    }
    if (m_target.proxy.isEmpty())
        addStage(QStringLiteral("proxy"), DoctorReport::Status::Ok, tr("none: connecting directly"));
    else
        addStage(QStringLiteral("proxy"), DoctorReport::Status::Ok,
                 tr("%1 (from %2)").arg(redactedUrl(m_target.proxy),
                                        m_target.proxySource.isEmpty() ? tr("the settings") : m_target.proxySource));
    dns();
}

void ConnectionDoctor::dns()
{
    // Through a proxy, this machine resolves and connects to the proxy only.
    const QString host = m_target.proxy.isEmpty() ? m_target.url.host() : m_target.proxy.host();
    QHostAddress literal;
    if (literal.setAddress(host)) {
        m_addresses = {literal};
        addStage(QStringLiteral("dns"), DoctorReport::Status::Ok, tr("%1 is an address, no lookup needed").arg(host));
        tcp();
        return;
    }
    begin(QStringLiteral("dns"));
    QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
        if (m_stopped)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            addStage(QStringLiteral("dns"), DoctorReport::Status::Failed,
                     tr("%1 does not resolve: %2").arg(host, info.errorString()), {}, stageUs());
            diagnose(
                tr("The host name %1 does not resolve, so envdesk cannot reach the index at all.")
                    .arg(host),
                tr("check the index URL for typos; if the index is only reachable inside the "
                   "company network, "
                   "connect to the VPN first"),
                DoctorReport::Fix::CheckHostName);
            finish();
            return;
        }
        m_addresses = info.addresses();
        QStringList shown;
        for (const QHostAddress &a : m_addresses)
            shown << a.toString();
        addStage(QStringLiteral("dns"), DoctorReport::Status::Ok, shown.join(QLatin1String(", ")),
                 {}, stageUs());
        tcp();
    });
}

void ConnectionDoctor::tcp()
{
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    begin(QStringLiteral("tcp"));
    const bool proxied = !m_target.proxy.isEmpty();
    const int port = proxied ? m_target.proxy.port(8080) : portOf(m_target.url);
    const QString where = QStringLiteral("%1:%2").arg(m_addresses.first().toString()).arg(port);
    auto fail = [this, socket, where, proxied](const QString &why, bool timedOut) {
        if (m_stopped)
            return;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        addStage(QStringLiteral("tcp"), DoctorReport::Status::Failed, tr("%1: %2").arg(where, why),
                 {}, stageUs());
        if (proxied)
            diagnose(
                tr("The proxy %1 (from %2) %3, so no request can get through it.")
                    .arg(redactedUrl(m_target.proxy),
                         m_target.proxySource.isEmpty() ? tr("the settings") : m_target.proxySource,
                         timedOut ? tr("does not answer") : tr("refused the connection")),
                tr("fix %1, or add %2 to NO_PROXY if the index is reached directly")
                    .arg(m_target.proxySource.isEmpty() ? tr("the proxy setting")
                                                        : m_target.proxySource,
                         m_target.url.host()),
                DoctorReport::Fix::Proxy);
        else if (timedOut)
            diagnose(tr("Nothing answered at %1 within %2 seconds: a firewall drops the "
                        "connection, or this network "
                        "needs a proxy to reach it.")
                         .arg(where)
                         .arg(m_timeoutMs / 1000),
                     tr("set HTTPS_PROXY if your company uses a proxy, or ask the network team "
                        "whether %1 is reachable "
                        "from here")
                         .arg(m_target.url.host()),
                     DoctorReport::Fix::Proxy);
        else
            diagnose(tr("The connection to %1 was refused: nothing listens there. The index is "
                        "down, or the port in "
                        "the URL is wrong.")
                         .arg(where),
                     tr("check the port in the index URL; if it is right, the index server is not "
                        "running"),
                     DoctorReport::Fix::CheckPort);
        finish();
    };
    connect(timer, &QTimer::timeout, this, [fail] { fail(tr("no answer"), true); });
    connect(socket, &QTcpSocket::connected, this, [this, socket, timer, where] {
        if (m_stopped)
            return;
        timer->stop();
        addStage(QStringLiteral("tcp"), DoctorReport::Status::Ok, tr("connected to %1").arg(where),
                 {}, stageUs());
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        if (!m_target.proxy.isEmpty()) {
            addStage(QStringLiteral("tls"), DoctorReport::Status::Skipped, tr("checked through the proxy by the HTTP stage"));
            http(false);
        } else if (m_target.url.scheme() == QLatin1String("https")) {
            tls();
        } else {
            addStage(QStringLiteral("tls"), DoctorReport::Status::Warning, tr("plain HTTP: nothing is encrypted"));
            http(false);
        }
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [socket, fail](QAbstractSocket::SocketError) {
        fail(socket->errorString(), false);
    });
    timer->start(m_timeoutMs);
    socket->connectToHost(m_addresses.first(), quint16(port));
}

void ConnectionDoctor::tls()
{
    auto config = m_target.tls.configuration();
    if (!config) {
        addStage(QStringLiteral("tls"), DoctorReport::Status::Failed, config.error().message);
        diagnose(config.error().message, config.error().hint, DoctorReport::Fix::TlsSettings);
        finish();
        return;
    }
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    socket->setSslConfiguration(*config);
    socket->setPeerVerifyName(m_target.url.host());
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    begin(QStringLiteral("tls"));
    auto errors = std::make_shared<QList<QSslError>>();
    auto done = std::make_shared<bool>(false);
    auto chainDetails = [](const QList<QSslCertificate> &chain) {
        QStringList lines;
        for (const QSslCertificate &c : chain)
            lines << tr("certificate '%1', issued by '%2', valid %3 to %4")
                         .arg(c.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", ")),
                              c.issuerInfo(QSslCertificate::CommonName).join(QLatin1String(", ")),
                              c.effectiveDate().date().toString(Qt::ISODate), c.expiryDate().date().toString(Qt::ISODate));
        return lines;
    };
    const QString host = m_target.url.host(QUrl::FullyEncoded);
    // The names the certificate carries and the host asked for: what a host name verdict rests on.
    auto namesDetail = [host](const QSslCertificate &leaf) {
        return tr("names in the certificate: %1; host asked for: %2")
            .arg(HostNameCheck::of(leaf, host).namesText(), host);
    };
    connect(socket, &QSslSocket::sslErrors, this, [this, socket, errors, host](const QList<QSslError> &list) {
        // envdesk's host name verdict, not Qt's (hostnamecheck.h).
        *errors = HostNameCheck::replaceQtVerdict(list, socket->peerCertificate(), host);
        if (!m_target.tls.verify || errors->isEmpty())
            socket->ignoreSslErrors();
    });
    auto failed = std::make_shared<std::function<void(const QString &)>>();
    connect(
        socket, &QSslSocket::encrypted, this,
        [this, socket, timer, errors, done, chainDetails, namesDetail, host, failed] {
            if (*done || m_stopped)
                return;
            const HostNameCheck check = HostNameCheck::of(socket->peerCertificate(), host);
            if (m_target.tls.verify && !check.matches) {
                *errors = {QSslError(QSslError::HostNameMismatch, socket->peerCertificate())};
                (*failed)(QSslError(QSslError::HostNameMismatch).errorString());
                return;
            }
            *done = true;
            timer->stop();
            QStringList details{
                tr("protocol %1, cipher %2")
                    .arg(protocolName(socket->sessionProtocol()), socket->sessionCipher().name())};
            details += chainDetails(socket->peerCertificateChain());
            details << namesDetail(socket->peerCertificate());
            if (!m_target.tls.clientCertificate.isEmpty())
                details << tr("client certificate offered: %1").arg(m_target.tls.clientCertificate);
            if (!m_target.tls.verify) {
                QStringList problems;
                for (const QSslError &e : *errors)
                    problems << e.errorString();
                details << tr("verification is OFF for this host (allow-insecure-host)%1")
                               .arg(problems.isEmpty() ? QString()
                                                       : QStringLiteral(": ")
                                                             + problems.join(QLatin1String("; ")));
                addStage(QStringLiteral("tls"), DoctorReport::Status::Warning,
                         tr("%1 without verification").arg(protocolName(socket->sessionProtocol())),
                         details, stageUs());
            } else if (check.byCommonName) {
                details << tr("the certificate names %1 only in its common name, a form RFC 6125 "
                              "and the CA/Browser Forum "
                              "retired: ask the server's owners for a certificate with a "
                              "subjectAltName")
                               .arg(host);
                addStage(QStringLiteral("tls"), DoctorReport::Status::Warning,
                         tr("%1, certificate verified through its common name (obsolete)")
                             .arg(protocolName(socket->sessionProtocol())),
                         details, stageUs());
            } else {
                addStage(
                    QStringLiteral("tls"), DoctorReport::Status::Ok,
                    tr("%1, certificate verified").arg(protocolName(socket->sessionProtocol())),
                    details, stageUs());
            }
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
            http(false);
        });
    *failed
        = [this, socket, timer, errors, done, chainDetails, namesDetail](const QString &qtError) {
              if (*done || m_stopped)
                  return;
              *done = true;
              timer->stop();
              TlsRemedy remedy = TlsRemedy::None;
              const Error e = errors->isEmpty()
                                  ? describeHandshakeFailure(m_target.url, qtError, &remedy)
                                  : describeTlsErrors(m_target.url, *errors,
                                                      socket->peerCertificateChain(), &remedy);
              QStringList details = chainDetails(socket->peerCertificateChain());
              if (!socket->peerCertificate().isNull())
                  details << namesDetail(socket->peerCertificate());
              addStage(QStringLiteral("tls"), DoctorReport::Status::Failed, e.message, details,
                       stageUs());
              diagnose(e.message, e.hint, fixFor(remedy));
              socket->disconnect(this);
              socket->abort();
              socket->deleteLater();
              finish();
          };
    connect(socket, &QSslSocket::errorOccurred, this, [socket, failed](QAbstractSocket::SocketError) { (*failed)(socket->errorString()); });
    connect(timer, &QTimer::timeout, this, [failed] { (*failed)(tr("no TLS answer within the time allowed")); });
    timer->start(m_timeoutMs);
    socket->connectToHostEncrypted(m_target.url.host(), quint16(portOf(m_target.url)));
}

void ConnectionDoctor::http(bool withCredentials)
{
    auto *client = new HttpClient(this, 1, 4);
    m_http = client;
    // The stage's time runs from the first request (the probe without credentials) to the answer.
    if (!m_httpTimed) {
        m_httpTimed = true;
        begin(QStringLiteral("http"));
    }
    HttpRequest request;
    request.url = m_target.url.adjusted(QUrl::RemoveUserInfo);
    if (!request.url.path().endsWith(QLatin1Char('/')))
        request.url.setPath(request.url.path() + QLatin1Char('/'));
    request.accept = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01";
    request.tls = m_target.tls;
    request.proxy = m_target.proxy;
    request.maxRetries = 0;
    request.connectTimeoutMs = m_timeoutMs;
    request.readTimeoutMs = m_timeoutMs;
    request.cancel = m_cancel;
    request.label = m_target.name; // a job names the index while it waits
    for (const auto &[name, value] : m_target.headers)
        request.headers.append(qMakePair(name, value));
    std::optional<FoundCredential> found;
    if (withCredentials || m_target.authenticate == IndexConfig::Authenticate::Always || !m_target.url.userName().isEmpty()) {
        if (m_credentials)
            found = m_credentials->find(m_target.name, m_target.url);
        if (found) {
            request.headers.append(qMakePair(QByteArray("Authorization"), found->basicAuthorization()));
            m_credentialSource = found->source;
        }
    }
    client->get(request, [this, client, withCredentials, found](Expected<HttpResponse> r) {
        client->deleteLater();
        if (m_stopped)
            return;
        if (!r && r.error().code == ErrorCode::Cancelled) {
            cancelNow();
            return;
        }
        if (!r) {
            addStage(QStringLiteral("http"), DoctorReport::Status::Failed, r.error().message, {},
                     stageUs());
            // The TLS stage has checked the certificate unless a proxy carried the connection;
            // what is left is the proxy's, or words only.
            diagnose(r.error().message, r.error().hint,
                     r.error().code == ErrorCode::Proxy ? DoctorReport::Fix::Proxy
                                                        : DoctorReport::Fix::Other);
            finish();
            return;
        }
        const int status = r->status;
        // uv's auto: a 401, 403 or 404 to the probe without credentials is asked again with them
        // (GitLab hides a private project behind 404); the probe is a step, not a failure.
        if ((status == 401 || status == 403 || status == 404) && !found && !withCredentials
            && m_target.authenticate != IndexConfig::Authenticate::Never && m_credentials
            && m_credentials->find(m_target.name, m_target.url)) {
            m_anonymousStatus = status;
            http(true);
            return;
        }
        QStringList httpDetails;
        if (m_anonymousStatus)
            httpDetails << tr("without credentials: HTTP %1").arg(m_anonymousStatus);
        addStage(QStringLiteral("http"),
                 status == 200 ? DoctorReport::Status::Ok : DoctorReport::Status::Failed,
                 tr("HTTP %1").arg(status), httpDetails, stageUs());
        if (status == 404 && found && (m_anonymousStatus == 401 || m_anonymousStatus == 403)) {
            addStage(QStringLiteral("auth"), DoctorReport::Status::Failed,
                     tr("the token was refused (this server answers 404 for a bad token)"),
                     {tr("without credentials: HTTP %1; with the credentials from %2: HTTP 404")
                          .arg(m_anonymousStatus)
                          .arg(m_credentialSource)});
            diagnose(tr("The token was refused (this server answers 404 for a bad token): the "
                        "index root asks "
                        "for credentials, and answers 404 to the credentials from %1.")
                         .arg(m_credentialSource),
                     tr("renew the token and update %1 (for AWS CodeArtifact: aws codeartifact "
                        "get-authorization-token; a credential-command keeps it fresh)")
                         .arg(m_credentialSource),
                     DoctorReport::Fix::RenewCredentials);
            finish();
            return;
        }
        if (status == 401 || status == 403) {
            if (!found && !withCredentials && m_target.authenticate != IndexConfig::Authenticate::Never) {
                std::optional<FoundCredential> available = m_credentials ? m_credentials->find(m_target.name, m_target.url)
                                                                         : std::nullopt;
                if (available) {
                    http(true);
                    return;
                }
                const QString prefix = QString::fromStdString(IndexConfig::credentialVariablePrefix(m_target.name));
                addStage(QStringLiteral("auth"), DoctorReport::Status::Failed,
                         tr("the server wants credentials (%1) and none were found").arg(status),
                         {tr("looked in: the index URL, %1_USERNAME / _PASSWORD, .netrc, the keychain").arg(prefix)});
                diagnose(tr("The index answered %1: it needs credentials, and envdesk found none "
                            "for it.")
                             .arg(status),
                         tr("set them in the keychain (envdesk-cli auth set %1), or in %2_USERNAME "
                            "and %2_PASSWORD")
                             .arg(m_report.url, prefix),
                         DoctorReport::Fix::SetCredentials);
            } else {
                addStage(QStringLiteral("auth"), DoctorReport::Status::Failed,
                         tr("the server rejected the credentials from %1 (%2)").arg(m_credentialSource).arg(status));
                diagnose(
                    tr("The server rejected the credentials from %1 (%2).")
                        .arg(m_credentialSource)
                        .arg(status),
                    status == 403
                        ? tr("the account may lack read permission on this repository, or the "
                             "token expired: "
                             "ask for access or renew the token, then update %1; or the URL is not "
                             "the "
                             "index's simple API root (it usually ends in /simple/), and the "
                             "server "
                             "forbids listing what is there")
                              .arg(m_credentialSource)
                        : tr("the user name or token is wrong or expired: renew it and update %1")
                              .arg(m_credentialSource),
                    DoctorReport::Fix::RenewCredentials);
            }
            finish();
            return;
        }
        if (status == 400 && r->body.contains("No required SSL certificate")) {
            addStage(QStringLiteral("auth"), DoctorReport::Status::Failed, tr("the server requires a client certificate"));
            diagnose(tr("The server requires a client certificate, and none was sent."),
                     tr("set your client certificate under Certificates (SSL_CLIENT_CERT, or "
                        "client-cert for this index)"),
                     DoctorReport::Fix::ClientCertificate);
            finish();
            return;
        }
        if (!m_credentialSource.isEmpty())
            addStage(QStringLiteral("auth"), DoctorReport::Status::Ok, tr("accepted the credentials from %1").arg(m_credentialSource));
        else
            addStage(QStringLiteral("auth"), DoctorReport::Status::Ok, tr("no credentials needed"));
        if (status == 404 && found && m_anonymousStatus == 404) {
            addStage(QStringLiteral("api"), DoctorReport::Status::Failed, tr("404 at the index root, with and without credentials"));
            diagnose(tr("%1 answers 404 with and without the credentials from %2: either it is not "
                        "a package index "
                        "root, or the server refuses the credentials and hides the index (GitLab "
                        "answers 404 for both).")
                         .arg(m_report.url, m_credentialSource),
                     tr("check the URL (GitLab: /api/v4/projects/ID/packages/pypi/simple), then "
                        "the token and its "
                        "read_api or read_package_registry scope, and update %1")
                         .arg(m_credentialSource),
                     DoctorReport::Fix::CheckUrl);
            finish();
            return;
        }
        if (status == 404) {
            addStage(QStringLiteral("api"), DoctorReport::Status::Failed, tr("404 at the index root"));
            diagnose(tr("The server answers, but %1 is not a package index root (404).")
                         .arg(m_report.url),
                     tr("check the URL: most index URLs end in /simple (Nexus: "
                        "/repository/NAME/simple, Artifactory: "
                        "/api/pypi/NAME/simple)"),
                     DoctorReport::Fix::CheckUrl);
            finish();
            return;
        }
        if (status != 200) {
            diagnose(tr("The index answered HTTP %1.").arg(status),
                     tr("the server is failing; try again later or ask its owners"),
                     DoctorReport::Fix::RetryLater);
            finish();
            return;
        }
        const bool json = r->contentType.startsWith("application/vnd.pypi.simple.v1+json");
        int projects = 0;
        if (json) {
            projects = int(QJsonDocument::fromJson(r->body).object().value(QLatin1String("projects")).toArray().size());
        } else {
            projects = int(r->body.count("<a ") + r->body.count("<A "));
        }
        addStage(QStringLiteral("api"), DoctorReport::Status::Ok,
                 tr("%1, %2 projects listed").arg(json ? tr("PEP 691 JSON") : tr("PEP 503 HTML")).arg(projects));
        m_report.ok = true;
        diagnose(tr("The index works: envdesk can reach it%1 and read its project list.")
                     .arg(m_credentialSource.isEmpty()
                              ? QString()
                              : tr(" with the credentials from %1").arg(m_credentialSource)),
                 QString(), DoctorReport::Fix::None);
        if (!m_target.tls.verify && m_target.url.scheme() == QLatin1String("https"))
            m_report.diagnosis += tr(" TLS verification is off for this host (allow-insecure-host).");
        finish();
    });
}

void ConnectionDoctor::cancelNow()
{
    if (m_stopped)
        return;
    // What is under way stops now: its socket closed, its request dropped (the client's
    // destructor answers nothing that is in flight).
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    if (m_http)
        m_http->deleteLater();
    if (!m_running.isEmpty() && !m_report.stage(m_running))
        addStage(m_running, DoctorReport::Status::Skipped, tr("cancelled"), {}, stageUs());
    m_report.cancelled = true;
    diagnose(tr("The connection test was cancelled."), QString(), DoctorReport::Fix::None);
    finish();
}

void ConnectionDoctor::finish()
{
    if (m_stopped)
        return;
    m_stopped = true;
    for (const QString &name : {QStringLiteral("proxy"), QStringLiteral("dns"), QStringLiteral("tcp"), QStringLiteral("tls"),
                                QStringLiteral("http"), QStringLiteral("auth"), QStringLiteral("api")}) {
        if (!m_report.stage(name))
            addStage(name, DoctorReport::Status::Skipped, tr("not reached"));
    }
    auto done = std::move(m_done);
    if (done)
        done(m_report);
}

} // namespace Envdesk::Core
