#include "core/net/httpcache.h"
#include "core/net/sha256.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;

class TestHttpCache : public QObject
{
    Q_OBJECT

private:
    static QStringList files(const QString &dir)
    {
        QStringList out;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        return out;
    }

private Q_SLOTS:
    void storesAndLoads()
    {
        QTemporaryDir dir;
        HttpCache cache(dir.path());
        const QUrl url(QStringLiteral("https://idx.example.com/simple/demo/"));
        QVERIFY(!cache.load(url));
        HttpCache::Entry e;
        e.body = "<html>page</html>";
        e.contentType = "text/html";
        e.etag = "\"v1\"";
        e.storedAt = QDateTime::currentDateTimeUtc();
        e.maxAgeSeconds = 600;
        QVERIFY(cache.store(url, e));
        auto loaded = cache.load(url);
        QVERIFY(loaded);
        QCOMPARE(loaded->body, e.body);
        QCOMPARE(loaded->etag, e.etag);
        QVERIFY(loaded->isFresh(QDateTime::currentDateTimeUtc()));
        QVERIFY(!loaded->isFresh(QDateTime::currentDateTimeUtc().addSecs(601)));
    }

    void credentialsAreNeverPartOfTheCache()
    {
        QTemporaryDir dir;
        HttpCache cache(dir.path());
        HttpCache::Entry e;
        e.body = "x";
        e.storedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(cache.store(QUrl(QStringLiteral("https://alice:hunter2@idx.example.com/simple/a/")), e));
        QVERIFY(cache.load(QUrl(QStringLiteral("https://idx.example.com/simple/a/"))));
        for (const QString &path : files(dir.path())) {
            QVERIFY(!path.contains(QLatin1String("hunter2")) && !path.contains(QLatin1String("alice")));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY(!content.contains("hunter2"));
            QVERIFY(!content.contains("alice"));
        }
    }

    void damagedEntriesAreDroppedNotTrusted_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated") << 0;
        QTest::newRow("body changed") << 1;
        QTest::newRow("garbage") << 2;
        QTest::newRow("empty") << 3;
    }
    void damagedEntriesAreDroppedNotTrusted()
    {
        QFETCH(int, damage);
        QTemporaryDir dir;
        HttpCache cache(dir.path());
        const QUrl url(QStringLiteral("https://idx.example.com/simple/b/"));
        HttpCache::Entry e;
        e.body = QByteArray(5000, 'b');
        e.storedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(cache.store(url, e));
        const QString path = files(dir.path()).value(0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray content = f.readAll();
        if (damage == 0)
            content.chop(100);
        else if (damage == 1)
            content[content.size() - 1] = 'X';
        else if (damage == 2)
            content = "\x01\x02 not json\n";
        else
            content.clear();
        f.resize(0);
        f.seek(0);
        f.write(content);
        f.close();
        QVERIFY(!cache.load(url));
        QVERIFY(!QFile::exists(path));
    }

    void bodiesKnownByTheirHashAreKeptByIt()
    {
        QTemporaryDir dir;
        HttpCache cache(dir.path());
        const QByteArray metadata = "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n";
        const QByteArray hash = Sha256::hash(metadata).toHex();
        QVERIFY(!cache.loadByHash(hash));
        QVERIFY(cache.storeByHash(hash, metadata));
        QCOMPARE(cache.loadByHash(hash), std::optional<QByteArray>(metadata));
        // One file, named by the hash, holding the bytes as they are.
        const QStringList stored = files(dir.path());
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.first().endsWith(QStringLiteral("/sha256-v1/") + QString::fromLatin1(hash.left(2)) + QLatin1Char('/')
                                        + QString::fromLatin1(hash)));
        // Bytes that are not the hash's are not stored under it; a name that is not a hash is no name.
        QVERIFY(!cache.storeByHash(hash, metadata + "changed"));
        QVERIFY(!cache.storeByHash("../../escape", metadata));
        QVERIFY(!cache.loadByHash("../../escape"));
        QVERIFY(!cache.loadByHash(hash.toUpper()));
        QCOMPARE(files(dir.path()).size(), 1);
        // A damaged file is dropped, not trusted.
        QFile f(stored.first());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(metadata.left(10));
        f.close();
        QVERIFY(!cache.loadByHash(hash));
        QVERIFY(!QFile::exists(stored.first()));
    }

    void maxAgeFromCacheControl()
    {
        HttpResponse r;
        r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("public, max-age=600")));
        QCOMPARE(HttpCache::maxAge(r), 600);
        QCOMPARE(HttpCache::maxAge(r, "max-age=5"), 5);
        QCOMPARE(HttpCache::maxAge(r, "no-cache"), -1);
        HttpResponse none;
        QCOMPARE(HttpCache::maxAge(none), -1);
    }
};

QTEST_GUILESS_MAIN(TestHttpCache)
#include "tst_httpcache.moc"
