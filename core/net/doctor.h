#pragma once

#include "credentials.h"
#include "tlsprofile.h"

#include "../cancel.h"

#include "../project/projecttypes.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <vector>

namespace Envdesk::Core {

/** The connection doctor's findings for one index, stage by stage, and what to do. */
struct DoctorReport
{
    enum class Status { Ok, Warning, Failed, Skipped };
    /**
     * What the fix asks for, decided where its text is written: callers choose an action (a
     * button, a settings page) from this, never from the translated text.
     */
    enum class Fix {
        None,                   ///< nothing to fix (the index works), or the test was cancelled
        CheckHostName,          ///< the host does not resolve: a typo, or a VPN to connect first
        CheckPort,              ///< nothing listens at the URL's address and port
        CheckUrl,               ///< not an index root, or a certificate for another host
        Proxy,                  ///< the proxy setting is wrong or missing, or it wants a login
        TrustCa,                ///< trust the CA (or self-signed certificate) of the server
        AllowOlderTls,          ///< the server speaks only TLS 1.0/1.1: min-tls for this index
        ClientCertificate,      ///< the server wants a client certificate
        RenewServerCertificate, ///< the server's certificate expired: its owners must renew it
        CheckClock,             ///< the certificate is not valid yet: this computer's clock
        TlsSettings,            ///< this index's TLS settings cannot be used (a missing CA file)
        SetCredentials,         ///< the server wants credentials and none were found
        RenewCredentials,       ///< the credentials were refused: wrong, expired, no permission
        RetryLater,             ///< the server fails: later, or its owners
        Other,                  ///< a fix in words only
    };
    struct Stage
    {
        QString name;     ///< "proxy", "dns", "tcp", "tls", "http", "auth", "api"
        Status status = Status::Skipped;
        QString summary;  ///< one line
        QStringList details;
        qint64 elapsedMs = 0; ///< whole milliseconds (elapsedUs / 1000), as envdesk-cli prints them
        qint64 elapsedUs = -1; ///< the stage's own time in microseconds; -1: it waited for nothing
    };

    QString index;        ///< name, or the redacted URL
    QString url;          ///< redacted
    std::vector<Stage> stages;
    bool ok = false;
    bool cancelled = false; ///< stopped by its CancelToken before the end
    QString diagnosis;    ///< plain words: what is wrong
    QString fix;          ///< what to do about it (text)
    Fix fixKind = Fix::None; ///< what to do about it (for actions)
    /// Why credentials were not found (a credential command that failed, a locked keychain).
    QStringList warnings;

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
 * Runs in the thread it lives in, asynchronously; never blocks that thread. Each stage is signalled
 * (stageAdded) as it is recorded; a cancelled token ends the test within 100 ms, the stage under
 * way recorded as cancelled and the report marked `cancelled`.
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
    ~ConnectionDoctor() override;

    /** Starts the test; `done` is called once, in this object's thread. */
    void run(std::function<void(DoctorReport)> done, CancelToken cancel = {});

Q_SIGNALS:
    void stageAdded(const Envdesk::Core::DoctorReport::Stage &stage);

private:
    void dns();
    void tcp();
    void tls();
    void http(bool withCredentials);
    void finish();
    void cancelNow();
    /** `us`: the stage's time in microseconds, -1 when it waited for nothing. */
    void addStage(const QString &name, DoctorReport::Status status, const QString &summary,
                  const QStringList &details = {}, qint64 us = -1);
    void diagnose(const QString &diagnosis, const QString &fix, DoctorReport::Fix kind);
    /** Starts timing the stage `name` (for its time, and for what a cancel interrupts). */
    void begin(const QString &name);
    qint64 stageUs() const;

    Target m_target;
    CredentialProvider *m_credentials;
    DoctorReport m_report;
    std::function<void(DoctorReport)> m_done;
    QString m_credentialSource;
    int m_anonymousStatus = 0; ///< the root's answer to the probe without credentials, when one was made
    QList<QHostAddress> m_addresses;
    int m_timeoutMs = 10000;
    CancelToken m_cancel;
    bool m_stopped = false; ///< finished: late answers are ignored
    QString m_running;      ///< the stage under way
    QElapsedTimer m_stageClock;
    /// The http stage's clock runs (from the probe without credentials to the last answer).
    bool m_httpTimed = false;
    QPointer<QAbstractSocket> m_socket; ///< the tcp or tls stage's
    QPointer<QObject> m_http;           ///< the http stage's client
};

} // namespace Envdesk::Core

Q_DECLARE_METATYPE(Envdesk::Core::DoctorReport)
