#pragma once

// tinyproxy (Debian's tinyproxy-bin) on 127.0.0.1 as a forward proxy for tests, optionally with
// Basic proxy authentication.

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

namespace TestSupport {

class TinyProxy
{
public:
    static QString binary() { return QStandardPaths::findExecutable(QStringLiteral("tinyproxy")); }

    explicit TinyProxy(QString user = {}, QString password = {})
        : m_user(std::move(user))
        , m_password(std::move(password))
    {}
    ~TinyProxy()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
        }
    }

    bool start()
    {
        if (binary().isEmpty())
            return false;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        QFile conf(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
        if (!conf.open(QIODevice::WriteOnly))
            return false;
        QString text = QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nLogLevel Info\nMaxClients 50\n"
                                      "LogFile \"%2/tinyproxy.log\"\n")
                           .arg(m_port)
                           .arg(m_dir.path());
        if (!m_user.isEmpty())
            text += QStringLiteral("BasicAuth %1 %2\n").arg(m_user, m_password);
        conf.write(text.toUtf8());
        conf.close();
        m_process.start(binary(), {QStringLiteral("-d"), QStringLiteral("-c"), conf.fileName()});
        if (!m_process.waitForStarted(5000))
            return false;
        for (int i = 0; i < 100; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            if (s.waitForConnected(100))
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    QUrl url(bool withCredentials = false) const
    {
        QUrl u(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        if (withCredentials) {
            u.setUserName(m_user);
            u.setPassword(m_password);
        }
        return u;
    }

    QString log() const
    {
        QFile f(m_dir.filePath(QStringLiteral("tinyproxy.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    QString m_user;
    QString m_password;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace TestSupport
