#pragma once

// A real nginx on 127.0.0.1 for tests: serves a folder the test made, optionally over TLS, with
// client-certificate verification and basic auth. Each instance has its own prefix folder, port,
// configuration and logs, and is stopped when the object goes away.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <unistd.h>

namespace TestSupport {

class NginxServer
{
public:
    struct Options
    {
        QString root;                 ///< folder to serve
        QString certificate;          ///< PEM; TLS when set
        QString key;                  ///< PEM key for `certificate`
        QString clientCa;             ///< verify client certificates against this CA
        bool requireClientCert = true;
        QString htpasswd;             ///< basic auth file for every location
        QString protocols = QStringLiteral("TLSv1.2 TLSv1.3");
        QString extraServerConfig;    ///< nginx directives added inside server { }
        QString indexFiles = QStringLiteral("index.html");
        bool http2 = false;           ///< offer HTTP/2 (with TLS, through ALPN)
    };

    /**
     * Lets nginx's workers (www-data when the tests run as root) into `folder`: owner rwx, others
     * r-x, as a folder it serves must be.
     */
    static void openToWorkers(const QString &folder)
    {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                          | QFile::ExeOther);
    }

    /** The nginx binary, or an empty string when nginx is not installed. */
    static QString binary()
    {
        for (const QString &candidate : {QStringLiteral("/usr/sbin/nginx"), QStringLiteral("/usr/bin/nginx")}) {
            if (QFile::exists(candidate))
                return candidate;
        }
        return QStandardPaths::findExecutable(QStringLiteral("nginx"));
    }

    explicit NginxServer(Options options)
        : m_options(std::move(options))
    {}

    ~NginxServer() { stop(); }

    /** Starts nginx and waits until it accepts connections; false (with errorText()) on failure. */
    bool start()
    {
        if (binary().isEmpty()) {
            m_error = QStringLiteral("nginx is not installed (scripts/test installs it)");
            return false;
        }
        if (!m_prefix.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return false;
        }
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0)) {
                m_error = probe.errorString();
                return false;
            }
            m_port = probe.serverPort();
        }
        const QString p = m_prefix.path();
        QDir().mkpath(p + QStringLiteral("/logs"));
        QDir().mkpath(p + QStringLiteral("/tmp"));
        QString tls;
        if (!m_options.certificate.isEmpty()) {
            tls = QStringLiteral("ssl_certificate %1;\n ssl_certificate_key %2;\n ssl_protocols %3;\n")
                      .arg(m_options.certificate, m_options.key, m_options.protocols);
            if (m_options.protocols.contains(QLatin1String("TLSv1 ")) || m_options.protocols.endsWith(QLatin1String("TLSv1"))
                || m_options.protocols.contains(QLatin1String("TLSv1.1")))
                tls += QStringLiteral(" ssl_ciphers DEFAULT:@SECLEVEL=0;\n");
            if (!m_options.clientCa.isEmpty())
                tls += QStringLiteral(" ssl_client_certificate %1;\n ssl_verify_client %2;\n")
                           .arg(m_options.clientCa, m_options.requireClientCert ? QStringLiteral("on")
                                                                                : QStringLiteral("optional"));
        }
        QString auth;
        if (!m_options.htpasswd.isEmpty())
            auth = QStringLiteral("auth_basic \"envdesk test\";\n auth_basic_user_file %1;\n").arg(m_options.htpasswd);
        // Root of a user namespace only (a test that made one, common/privatehosts.h): nginx's
        // nobody is not mapped there, and chowning its temporary folders to it fails.
        const QString user = fakeRoot() ? QStringLiteral("user root root;\n") : QString();
        const QString config = user + QStringLiteral(
            "daemon off;\nmaster_process off;\nworker_processes 1;\npid %1/nginx.pid;\n"
            "error_log %1/logs/error.log info;\n"
            "events { worker_connections 256; }\n"
            "http {\n"
            " include /etc/nginx/mime.types;\n"
            " default_type application/octet-stream;\n"
            " log_format envdesk '$request_method $uri $status auth=$http_authorization';\n"
            " access_log %1/logs/access.log envdesk;\n"
            " client_body_temp_path %1/tmp/body; proxy_temp_path %1/tmp/proxy;\n"
            " fastcgi_temp_path %1/tmp/fastcgi; uwsgi_temp_path %1/tmp/uwsgi; scgi_temp_path %1/tmp/scgi;\n"
            " server {\n"
            "  listen 127.0.0.1:%2%3;\n"
            "  server_name localhost;\n"
            "  root %4;\n"
            "  index %5;\n"
            "  %6\n"
            "  %7\n"
            "  %8\n"
            " }\n"
            "}\n")
                                   .arg(p)
                                   .arg(m_port)
                                   .arg(m_options.certificate.isEmpty() ? QString()
                                        : m_options.http2 ? QStringLiteral(" ssl http2")
                                                          : QStringLiteral(" ssl"))
                                   .arg(m_options.root, m_options.indexFiles, tls, auth,
                                        m_options.extraServerConfig);
        QFile file(p + QStringLiteral("/nginx.conf"));
        if (!file.open(QIODevice::WriteOnly)) {
            m_error = file.errorString();
            return false;
        }
        file.write(config.toUtf8());
        file.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(binary(), {QStringLiteral("-p"), p, QStringLiteral("-c"), p + QStringLiteral("/nginx.conf")});
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return false;
        }
        for (int i = 0; i < 100; ++i) {
            if (m_process.state() != QProcess::Running) {
                m_error = QStringLiteral("nginx exited: %1 %2").arg(QString::fromUtf8(m_process.readAll()), errorLog());
                return false;
            }
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                return true;
            QThread::msleep(50);
        }
        m_error = QStringLiteral("nginx did not start listening: %1").arg(errorLog());
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    quint16 port() const { return m_port; }
    QString baseUrl() const
    {
        return QStringLiteral("%1://127.0.0.1:%2")
            .arg(m_options.certificate.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"))
            .arg(m_port);
    }
    QString errorText() const { return m_error; }
    QString accessLog() const { return readAll(m_prefix.path() + QStringLiteral("/logs/access.log")); }
    QString errorLog() const { return readAll(m_prefix.path() + QStringLiteral("/logs/error.log")); }

private:
    static bool fakeRoot()
    {
        // uid 0 that is not the machine's root: /proc/self/uid_map maps fewer than all ids.
        QFile map(QStringLiteral("/proc/self/uid_map"));
        if (geteuid() != 0 || !map.open(QIODevice::ReadOnly))
            return false;
        return !map.readAll().simplified().startsWith("0 0 4294967295");
    }

    static QString readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    Options m_options;
    QTemporaryDir m_prefix;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace TestSupport
