#include "core/net/httpcache.h"

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
