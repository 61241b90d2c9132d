#include "common/requirements.h"
#include "core/net/secretstore.h"

#include <QProcess>
#include <QTest>

using namespace Envdesk::Core;

// Runs against the real Secret Service: scripts/test starts gnome-keyring in a D-Bus session of
// its own. Outside that session the keychain tests skip, except the one that needs no keychain.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    SecretStore m_store{QStringLiteral("envdesk-test")};
    bool m_available = false;

    bool insideTestSession() const { return qEnvironmentVariableIsSet("ENVDESK_TEST_KEYRING_HOME"); }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("ENVDESK_EXPECT_NO_KEYCHAIN"))
            return;
        const SecretStore::Availability a = m_store.probe();
        m_available = a.available;
        if (!a.available && insideTestSession())
            QFAIL(qPrintable(QStringLiteral("scripts/test promises a keyring, but: ") + a.message));
    }

    void keysIgnoreUserInfoAndTrailingSlash()
    {
        QCOMPARE(SecretStore::keyFor(QUrl(QStringLiteral("https://alice:pw@Nexus.Example.com/repository/pypi/simple/"))),
                 QStringLiteral("https://nexus.example.com:443/repository/pypi/simple"));
        QCOMPARE(SecretStore::keyFor(QUrl(QStringLiteral("http://h:8080/a/b"))), QStringLiteral("http://h:8080/a/b"));
    }

    void longestPathPrefixInTheSameRealm()
    {
        if (qEnvironmentVariableIsSet("ENVDESK_EXPECT_NO_KEYCHAIN"))
            QSKIP("child run without a keychain");
        if (!m_available)
            ENVDESK_NEEDS("no Secret Service in this session (scripts/test provides one)");
        const QUrl root(QStringLiteral("https://prefix.example.com/"));
        const QUrl repo(QStringLiteral("https://prefix.example.com/repository"));
        const QUrl index(QStringLiteral("https://prefix.example.com/repository/pypi/simple/"));
        QVERIFY(m_store.write(root, {QStringLiteral("everyone"), "root-secret"}));
        QString key;
        auto found = m_store.readBestMatch(index, &key);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        QVERIFY2(found->has_value(), qPrintable(key));
        QCOMPARE((*found)->username, QStringLiteral("everyone"));
        QCOMPARE(key, QStringLiteral("https://prefix.example.com:443"));
        QVERIFY(m_store.write(repo, {QStringLiteral("repo-user"), "repo-secret"}));
        found = m_store.readBestMatch(index, &key);
        QCOMPARE((*found)->username, QStringLiteral("repo-user"));
        QCOMPARE(key, QStringLiteral("https://prefix.example.com:443/repository"));
        // Another port or scheme is another realm.
        auto other = m_store.readBestMatch(QUrl(QStringLiteral("https://prefix.example.com:8443/repository/pypi/simple")));
        QVERIFY(other && !other->has_value());
        auto plain = m_store.readBestMatch(QUrl(QStringLiteral("http://prefix.example.com/repository/pypi/simple")));
        QVERIFY(plain && !plain->has_value());
        QVERIFY(m_store.remove(root));
        QVERIFY(m_store.remove(repo));
    }

    void storeReadReplaceRemove()
    {
        if (qEnvironmentVariableIsSet("ENVDESK_EXPECT_NO_KEYCHAIN"))
            QSKIP("child run without a keychain");
        if (!m_available)
            ENVDESK_NEEDS("no Secret Service in this session (scripts/test provides one)");
        const QUrl url(QStringLiteral("https://nexus.example.com/repository/pypi/simple"));
        QVERIFY(m_store.remove(url));
        auto none = m_store.read(url);
        QVERIFY(none);
        QVERIFY(!none->has_value());

        const QByteArray secret = QStringLiteral("tök€n\nwith \"quotes\" and newlines").toUtf8();
        QVERIFY(m_store.write(url, {QStringLiteral("alice"), secret}));
        auto got = m_store.read(QUrl(QStringLiteral("https://bob:old@nexus.example.com/repository/pypi/simple/")));
        QVERIFY(got && got->has_value());
        QCOMPARE((*got)->username, QStringLiteral("alice"));
        QCOMPARE((*got)->secret, secret);

        QVERIFY(m_store.write(url, {QStringLiteral("alice"), "replaced"}));
        QCOMPARE((*m_store.read(url))->secret, QByteArray("replaced"));

        QVERIFY(m_store.remove(url));
        QVERIFY(!m_store.read(url)->has_value());
        QVERIFY(m_store.remove(url)); // removing twice is fine
    }

    void saysSoWhenThereIsNoKeychain()
    {
        if (qEnvironmentVariableIsSet("ENVDESK_EXPECT_NO_KEYCHAIN")) {
            const SecretStore::Availability a = m_store.probe();
            QVERIFY(!a.available);
            QVERIFY2(a.message.contains(QLatin1String("keychain")), qPrintable(a.message));
            auto write = m_store.write(QUrl(QStringLiteral("https://x.example.com/simple")), {QStringLiteral("u"), "s"});
            QVERIFY(!write);
            QCOMPARE(write.error().code, ErrorCode::Keychain);
            QVERIFY(write.error().hint.contains(QLatin1String("never in a file")));
            return;
        }
        // Run this same test in a child with no D-Bus session at all.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/envdesk-no-bus"));
        env.insert(QStringLiteral("ENVDESK_EXPECT_NO_KEYCHAIN"), QStringLiteral("1"));
        env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("saysSoWhenThereIsNoKeychain")});
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitCode() == 0, child.readAllStandardOutput().constData());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
