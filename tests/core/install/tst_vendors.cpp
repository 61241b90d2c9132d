// The everyday private-index workflow against servers that behave like the vendors'
// (common/vendorindex.h: Nexus, GitLab, CodeArtifact with downloads redirected to pre-signed
// storage URLs, Artifactory with partial anonymous listings), with the credentials in each place
// a user keeps them (the keychain, UV_INDEX_<NAME>_* variables, .netrc, the index URL): lock,
// sync, install and the connection test through envdesk-cli, as a user runs them. The
// credentials never reach another host, never appear in the output or the lock, and a bad
// CodeArtifact-style token is named as such.

#include "common/nginxserver.h"
#include "common/requirements.h"
#include "common/vendorindex.h"
#include "common/wheelindex.h"

#include "core/net/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;
using TestSupport::Run;
using TestSupport::VendorIndex;

namespace {

const QString user = QStringLiteral("svc-build");
const QString password = QStringLiteral("tok-V3nd0r-s3cret");

enum class Source { Keychain, Variables, Netrc, Url };

QString sourceName(Source s)
{
    switch (s) {
    case Source::Keychain:
        return QStringLiteral("keychain");
    case Source::Variables:
        return QStringLiteral("variables");
    case Source::Netrc:
        return QStringLiteral("netrc");
    case Source::Url:
        return QStringLiteral("url");
    }
    return {};
}

} // namespace

class TestVendors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_python;
    bool m_keychain = false;
    std::map<int, std::unique_ptr<VendorIndex>> m_servers; ///< by profile

    VendorIndex *server(VendorIndex::Profile profile)
    {
        auto &slot = m_servers[int(profile)];
        if (!slot) {
            // Each server its own copy of the index (Artifactory's partial copy lives beside it).
            const QString root = m_dir.filePath(VendorIndex::nameOf(profile));
            QDir().mkpath(root);
            TestSupport::WheelIndex index(root);
            for (const auto &[name, version] :
                 {std::pair{"alpha", "1.0"}, {"alpha", "2.0"}, {"beta", "1.0"}}) {
                const QString made
                    = index.publishModule(QString::fromLatin1(name), QString::fromLatin1(version),
                                          QStringLiteral("'%1'").arg(QString::fromLatin1(version)));
                if (!made.isEmpty()) {
                    qWarning("%s", qPrintable(made));
                    return nullptr;
                }
            }
            slot = std::make_unique<VendorIndex>(profile, root, user, password,
                                                 QStringList{QStringLiteral("alpha-2.0")});
            if (!slot->start()) {
                qWarning("%s", qPrintable(slot->errorText()));
                slot.reset();
            }
        }
        return slot.get();
    }

    static QString indexUrlWithCredentials(const QString &url, const QString &name,
                                           const QString &secret)
    {
        QUrl u(url);
        u.setUserName(name);
        u.setPassword(secret);
        return u.toString();
    }

    // A project on the index, with the credentials where `source` says, and the environment the
    // commands run with.
    QProcessEnvironment setUp(const QString &folder, const QString &indexUrl, Source source,
                              const QString &secret = password)
    {
        QDir().mkpath(folder);
        QProcessEnvironment env;
        env.insert(QStringLiteral("UV_CACHE_DIR"), folder + QStringLiteral("/cache"));
        env.insert(QStringLiteral("NETRC"), folder + QStringLiteral("/netrc"));
        QString url = indexUrl;
        switch (source) {
        case Source::Keychain: {
            const Run set = TestSupport::runProgram(QStringLiteral(ENVDESK_CLI_PATH),
                                                    {QStringLiteral("auth"), QStringLiteral("set"),
                                                     indexUrl, QStringLiteral("--username"), user},
                                                    secret.toUtf8() + '\n', folder, env);
            if (set.code != 0)
                qWarning("auth set: %s", qPrintable(set.out));
            break;
        }
        case Source::Variables:
            env.insert(QStringLiteral("UV_INDEX_CORP_USERNAME"), user);
            env.insert(QStringLiteral("UV_INDEX_CORP_PASSWORD"), secret);
            break;
        case Source::Netrc: {
            QFile netrc(folder + QStringLiteral("/netrc"));
            netrc.open(QIODevice::WriteOnly);
            netrc.write(QStringLiteral("machine 127.0.0.1 login %1 password %2\n")
                            .arg(user, secret)
                            .toUtf8());
            netrc.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            break;
        }
        case Source::Url:
            url = indexUrlWithCredentials(indexUrl, user, secret);
            break;
        }
        QFile project(folder + QStringLiteral("/pyproject.toml"));
        project.open(QIODevice::WriteOnly);
        project.write(
            QStringLiteral(
                "[project]\nname = \"app\"\nversion = \"0.1\"\nrequires-python = \">=3.8\"\n"
                "dependencies = [\"alpha\", \"beta\"]\n\n"
                "[[tool.uv.index]]\nname = \"corp\"\nurl = \"%1\"\ndefault = true\n")
                .arg(url)
                .toUtf8());
        project.close();
        return env;
    }

    Run cli(const QStringList &args, const QString &folder, const QProcessEnvironment &env)
    {
        return TestSupport::runProgram(QStringLiteral(ENVDESK_CLI_PATH), args, {}, folder, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::NginxServer::openToWorkers(m_dir.path());
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        m_python = TestSupport::systemPython3();
        if (m_python.isEmpty())
            ENVDESK_NEEDS("python3 is not installed (scripts/test installs it)");
        m_keychain = SecretStore().probe().available;
        if (!m_keychain && qEnvironmentVariableIsSet("ENVDESK_TEST_KEYRING_HOME"))
            QFAIL("scripts/test promises a keyring, but none answers");
    }

    void workflow_data()
    {
        QTest::addColumn<int>("profile");
        QTest::addColumn<int>("source");
        for (VendorIndex::Profile p :
             {VendorIndex::Profile::Nexus, VendorIndex::Profile::GitLab,
              VendorIndex::Profile::CodeArtifact, VendorIndex::Profile::Artifactory}) {
            for (Source s : {Source::Keychain, Source::Variables, Source::Netrc, Source::Url})
                QTest::addRow("%s, %s", qPrintable(VendorIndex::nameOf(p)),
                              qPrintable(sourceName(s)))
                    << int(p) << int(s);
        }
    }

    void workflow()
    {
        QFETCH(int, profile);
        QFETCH(int, source);
        if (Source(source) == Source::Keychain && !m_keychain)
            ENVDESK_NEEDS("no Secret Service in this session (scripts/test provides one)");
        VendorIndex *index = server(VendorIndex::Profile(profile));
        QVERIFY(index);
        const QString folder = m_dir.filePath(QStringLiteral("%1-%2").arg(profile).arg(source));
        const QProcessEnvironment env = setUp(folder, index->indexUrl(), Source(source));
        const QString storageBefore = index->storageLog();
        QString everything; // all output, searched for the secret at the end

        // Lock: alpha 2.0, which an anonymous Artifactory listing hides.
        Run r = cli({QStringLiteral("lock")}, folder, env);
        everything += r.out;
        QVERIFY2(r.code == 0,
                 qPrintable(r.out + QStringLiteral("\n") + index->accessLog().right(2000)));
        QFile lockFile(folder + QStringLiteral("/pylock.toml"));
        QVERIFY(lockFile.open(QIODevice::ReadOnly));
        const QByteArray lock = lockFile.readAll();
        QVERIFY2(lock.contains("alpha-2.0-py3-none-any.whl"), lock.constData());
        QVERIFY2(!lock.contains(password.toUtf8()) && !lock.contains(user.toUtf8()),
                 lock.constData());

        // Sync: a new environment with both packages, the files fetched with the credentials.
        r = cli({QStringLiteral("sync")}, folder, env);
        everything += r.out;
        QVERIFY2(r.code == 0,
                 qPrintable(r.out + QStringLiteral("\n") + index->accessLog().right(2000)
                            + index->storageLog().right(1000)));
        Run imported = TestSupport::runProgram(
            folder + QStringLiteral("/.venv/bin/python"),
            {QStringLiteral("-c"),
             QStringLiteral("import alpha, beta; print(alpha.VALUE, beta.VALUE)")});
        QCOMPARE(imported.out, QStringLiteral("2.0 1.0"));

        // Install: another version into the same environment.
        r = cli({QStringLiteral("install"), QStringLiteral("alpha==1.0")}, folder, env);
        everything += r.out;
        QVERIFY2(r.code == 0, qPrintable(r.out));
        imported = TestSupport::runProgram(
            folder + QStringLiteral("/.venv/bin/python"),
            {QStringLiteral("-c"), QStringLiteral("import alpha; print(alpha.VALUE)")});
        QCOMPARE(imported.out, QStringLiteral("1.0"));

        // The connection test: the index works with these credentials.
        r = cli({QStringLiteral("index"), QStringLiteral("test"), QStringLiteral("corp"),
                 QStringLiteral("--format"), QStringLiteral("json")},
                folder, env);
        everything += r.out;
        QVERIFY2(r.code == 0, qPrintable(r.out));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(report.value(QLatin1String("ok")).toBool(), qPrintable(r.out));

        // The secret went nowhere it should not.
        QVERIFY2(!everything.contains(password), qPrintable(everything));
        if (index->hasStorage()) {
            const QString storage = index->storageLog().mid(storageBefore.size());
            QVERIFY2(storage.contains(QLatin1String("/bucket/alpha-2.0-py3-none-any.whl 200")),
                     qPrintable(storage));
            QVERIFY2(!storage.contains(QLatin1String("auth=Basic")), qPrintable(storage));
        }
        if (Source(source) == Source::Keychain)
            cli({QStringLiteral("auth"), QStringLiteral("remove"), index->indexUrl()}, folder, env);
    }

    // CodeArtifact answers a bad or expired token with 404: lock and the connection test say
    // the token was refused, not that the package does not exist.
    void badTokenAnsweredWith404()
    {
        VendorIndex *index = server(VendorIndex::Profile::CodeArtifact);
        QVERIFY(index);
        const QString folder = m_dir.filePath(QStringLiteral("bad-token"));
        const QProcessEnvironment env
            = setUp(folder, index->indexUrl(), Source::Variables, QStringLiteral("tok-expired"));
        Run r = cli({QStringLiteral("lock")}, folder, env);
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String(
                     "the token was refused (this server answers 404 for a bad token)")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("$UV_INDEX_CORP_PASSWORD")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("not found"))
                     && !r.out.contains(QLatin1String("No solution")),
                 qPrintable(r.out));

        r = cli({QStringLiteral("index"), QStringLiteral("test"), QStringLiteral("corp"),
                 QStringLiteral("--format"), QStringLiteral("json")},
                folder, env);
        QVERIFY(r.code != 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(report.value(QLatin1String("diagnosis"))
                     .toString()
                     .contains(QLatin1String(
                         "The token was refused (this server answers 404 for a bad token)")),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("tok-expired")));
    }

    // The global options as uv users type them: before or after the command.
    void globalOptions()
    {
        VendorIndex *index = server(VendorIndex::Profile::Nexus);
        QVERIFY(index);
        const QString folder = m_dir.filePath(QStringLiteral("global-options"));
        const QProcessEnvironment env = setUp(folder, index->indexUrl(), Source::Variables);
        const QString elsewhere = m_dir.path();
        auto run = [&](const QStringList &args) {
            return TestSupport::runProgram(QStringLiteral(ENVDESK_CLI_PATH), args, {}, elsewhere,
                                           env);
        };
        // Offline with nothing cached: refused; then cached by a run on line; then offline works.
        Run r = run({QStringLiteral("--offline"), QStringLiteral("--project"), folder,
                     QStringLiteral("resolve"), QStringLiteral("alpha")});
        QVERIFY2(r.code != 0, qPrintable(r.out));
        r = run({QStringLiteral("--project"), folder, QStringLiteral("resolve"),
                 QStringLiteral("alpha"), QStringLiteral("-vv")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("[credentials: $UV_INDEX_CORP_PASSWORD")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("alpha 2.0"))
                     || r.out.contains(QLatin1String("alpha==2.0")),
                 qPrintable(r.out));
        r = run({QStringLiteral("resolve"), QStringLiteral("--offline"), QStringLiteral("alpha"),
                 QStringLiteral("-v"), QStringLiteral("--project"), folder});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("index corp: "))
                     && !r.out.contains(QLatin1String("[credentials:")),
                 qPrintable(r.out));
        // --directory: as if started there; -q: no progress lines.
        r = run(
            {QStringLiteral("--directory"), folder, QStringLiteral("-q"), QStringLiteral("sync")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("progress:")), qPrintable(r.out));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/.venv/pyvenv.cfg")));
        r = run({QStringLiteral("--no-such-option"), QStringLiteral("sync")});
        QCOMPARE(r.code, 2);
        QVERIFY2(
            r.out.contains(QLatin1String("unknown option '--no-such-option' before the command")),
            qPrintable(r.out));
    }

    // A package that is simply not there stays "not found" with good credentials.
    void missingPackageStaysMissing()
    {
        VendorIndex *index = server(VendorIndex::Profile::CodeArtifact);
        QVERIFY(index);
        const QString folder = m_dir.filePath(QStringLiteral("missing"));
        const QProcessEnvironment env = setUp(folder, index->indexUrl(), Source::Variables);
        const Run r = cli({QStringLiteral("resolve"), QStringLiteral("gamma")}, folder, env);
        QVERIFY2(r.code == 1, qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("token was refused")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestVendors)
#include "tst_vendors.moc"
