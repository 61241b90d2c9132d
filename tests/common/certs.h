#pragma once

// Test certificates made with the openssl command line: a CA, server certificates (valid,
// expired, for the wrong host, self-signed), a client CA and a client certificate. Everything is
// generated in a temporary folder per test run; nothing is committed.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace TestSupport {

class TestCertificates
{
public:
    TestCertificates() = default;

    /** Makes everything; false (with errorText()) when openssl is missing or fails. */
    bool make()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        const QString d = m_dir.path();
        write(QStringLiteral("ext-localhost.cnf"),
              "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
              "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
        write(QStringLiteral("ext-wronghost.cnf"),
              "subjectAltName=DNS:wrong.example.com\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        write(QStringLiteral("ext-client.cnf"), "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n");
        write(QStringLiteral("ext-ca.cnf"), "basicConstraints=critical,CA:TRUE\nkeyUsage=keyCertSign,cRLSign\n");
        // CA-style config for the expired certificate (openssl 3.0's x509 cannot set start dates).
        QDir().mkpath(d + QStringLiteral("/ca-db"));
        write(QStringLiteral("ca-db/index.txt"), "");
        write(QStringLiteral("ca-db/serial"), "1000\n");
        write(QStringLiteral("ca.cnf"),
              QStringLiteral("[ ca ]\ndefault_ca = test\n[ test ]\ndir = %1/ca-db\ndatabase = $dir/index.txt\n"
                             "serial = $dir/serial\nnew_certs_dir = $dir\ndefault_md = sha256\npolicy = any\n"
                             "unique_subject = no\ncopy_extensions = none\n[ any ]\ncommonName = supplied\n"
                             "[ server ]\nsubjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                             "extendedKeyUsage=serverAuth\n")
                  .arg(d)
                  .toUtf8());
        return ca(QStringLiteral("ca"), QStringLiteral("Envdesk Test Root CA"))
               && ca(QStringLiteral("client-ca"), QStringLiteral("Envdesk Test Client CA"))
               && leaf(QStringLiteral("server"), QStringLiteral("localhost"), QStringLiteral("ca"), QStringLiteral("ext-localhost.cnf"))
               && leaf(QStringLiteral("wronghost"), QStringLiteral("wrong.example.com"), QStringLiteral("ca"), QStringLiteral("ext-wronghost.cnf"))
               && leaf(QStringLiteral("client"), QStringLiteral("envdesk-client"), QStringLiteral("client-ca"), QStringLiteral("ext-client.cnf"))
               && selfSigned() && expired();
    }

    /**
     * One more server certificate signed by the test CA (after make()): subject CN `cn`, and the
     * openssl extension lines `extensions` (subjectAltName=..., or nothing for none).
     */
    bool leafWith(const QString &name, const QString &cn, const QByteArray &extensions)
    {
        write(name + QStringLiteral(".cnf"),
              extensions + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        // An EC key: twenty of them take what two RSA keys take.
        return leaf(name, cn, QStringLiteral("ca"), name + QStringLiteral(".cnf"), QStringLiteral("ec"));
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString errorText() const { return m_error; }

    /** PEM file holding `name`.crt then `name`.key (SSL_CLIENT_CERT's format). */
    QString combined(const QString &name)
    {
        const QString out = path(name + QStringLiteral("-combined.pem"));
        QFile c(path(name + QStringLiteral(".crt")));
        QFile k(path(name + QStringLiteral(".key")));
        QFile o(out);
        if (c.open(QIODevice::ReadOnly) && k.open(QIODevice::ReadOnly) && o.open(QIODevice::WriteOnly))
            o.write(c.readAll() + k.readAll());
        return out;
    }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    void write(const QString &name, const QByteArray &content)
    {
        QFile f(path(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
    }

    bool run(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(QStringLiteral("openssl %1 failed: %2").arg(args.join(QLatin1Char(' ')),
                                                                   QString::fromUtf8(p.readAllStandardError())));
        return true;
    }

    bool ca(const QString &name, const QString &cn)
    {
        return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                    name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + cn, QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"), QStringLiteral("keyUsage=keyCertSign,cRLSign")});
    }

    bool leaf(const QString &name, const QString &cn, const QString &issuer, const QString &ext,
              const QString &key = QStringLiteral("rsa:2048"))
    {
        QStringList keyArgs{QStringLiteral("-newkey"), key};
        if (key == QLatin1String("ec"))
            keyArgs << QStringLiteral("-pkeyopt") << QStringLiteral("ec_paramgen_curve:prime256v1");
        return run(QStringList{QStringLiteral("req")} + keyArgs + QStringList{QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=") + cn})
               && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                       QStringLiteral("-CA"), issuer + QStringLiteral(".crt"), QStringLiteral("-CAkey"), issuer + QStringLiteral(".key"),
                       QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), name + QStringLiteral(".crt"),
                       QStringLiteral("-days"), QStringLiteral("825"), QStringLiteral("-extfile"), ext});
    }

    bool selfSigned()
    {
        return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("selfsigned.key"), QStringLiteral("-out"),
                    QStringLiteral("selfsigned.crt"), QStringLiteral("-days"), QStringLiteral("825"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    }

    bool expired()
    {
        return run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), QStringLiteral("expired.key"), QStringLiteral("-out"), QStringLiteral("expired.csr"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost")})
               && run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                       QStringLiteral("-extensions"), QStringLiteral("server"), QStringLiteral("-cert"), QStringLiteral("ca.crt"),
                       QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-in"), QStringLiteral("expired.csr"),
                       QStringLiteral("-out"), QStringLiteral("expired.crt"), QStringLiteral("-startdate"),
                       QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"), QStringLiteral("20210101000000Z")});
    }

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace TestSupport
