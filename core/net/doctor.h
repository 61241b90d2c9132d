#pragma once

#include "credentials.h"
#include "tlsprofile.h"

#include "../project/projecttypes.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <vector>

namespace Envdesk::Core {

/** The connection doctor's findings for one index, stage by stage, and what to do. */
struct DoctorReport
{
    enum class Status { Ok, Warning, Failed, Skipped };
    struct Stage
    {
        QString name;     ///< "proxy", "dns", "tcp", "tls", "http", "auth", "api"
        Status status = Status::Skipped;
        QString summary;  ///< one line
        QStringList details;
        qint64 elapsedMs = 0;
    };

    QString index;        ///< name, or the redacted URL
    QString url;          ///< redacted
    std::vector<Stage> stages;
    bool ok = false;
    QString diagnosis;    ///< plain words: what is wrong
    QString fix;          ///< what to do about it

    const Stage *stage(const QString &name) const;
    QString toText() const;
    QByteArray toJson() const;
};

/**
 * Checks one index the way a request would reach it: the proxy, DNS, TCP, the TLS handshake
 * (protocol, cipher, the peer's chain, verification), the HTTP answer, authentication (which
 * source supplied credentials and whether the server took them) and the simple API (JSON or HTML,
 * how many projects the root lists); then says in plain words what failed and how to fix it.
 *
 * Runs in the thread it lives in, asynchronously; never blocks that thread.
 */
class ConnectionDoctor : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        std::string name;
        QUrl url;
        TlsProfile tls;
        bool insecureHost = false; ///< matched allow-insecure-host
        IndexConfig::Authenticate authenticate = IndexConfig::Authenticate::Auto;
        QUrl proxy;          ///< empty: direct
        QString proxySource; ///< where the proxy came from ("HTTPS_PROXY")
        std::vector<std::pair<QByteArray, QByteArray>> headers; ///< [tool.envdesk] headers, resolved
    };

    ConnectionDoctor(Target target, CredentialProvider *credentials, QObject *parent = nullptr);

    void run(std::function<void(DoctorReport)> done);

private:
    void dns();
    void tcp();
    void tls();
    void http(bool withCredentials);
    void finish();
    void addStage(const QString &name, DoctorReport::Status status, const QString &summary,
                  const QStringList &details = {}, qint64 ms = 0);
    void diagnose(const QString &diagnosis, const QString &fix);

    Target m_target;
    CredentialProvider *m_credentials;
    DoctorReport m_report;
    std::function<void(DoctorReport)> m_done;
    QString m_credentialSource;
    int m_anonymousStatus = 0; ///< the root's answer to the probe without credentials, when one was made
    QList<QHostAddress> m_addresses;
    int m_timeoutMs = 10000;
};

} // namespace Envdesk::Core
