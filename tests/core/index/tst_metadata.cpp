#include "common/requirements.h"
#include "common/faultserver.h"
#include "common/nginxserver.h"

#include "core/index/indexclient.h"
#include "core/index/zipreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;

namespace {

const QByteArray metadataText = "Metadata-Version: 2.1\nName: big\nVersion: 1.0\nRequires-Dist: six>=1.0\n\nLong description.\n";

// A real wheel made by Python's zipfile: METADATA early in the archive, then `padding` bytes of
// incompressible data so that the directory is far from the metadata member.
bool makeWheel(const QString &path, int padding)
{
    const QString script = QStringLiteral(
        "import os, sys, zipfile\n"
        "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
        "    z.writestr('big-1.0.dist-info/METADATA', sys.argv[3])\n"
        "    z.writestr('big/data.bin', os.urandom(int(sys.argv[2])), zipfile.ZIP_STORED)\n"
        "    z.writestr('big-1.0.dist-info/WHEEL', 'Wheel-Version: 1.0\\n')\n"
        "    z.writestr('big-1.0.dist-info/RECORD', '')\n");
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path, QString::number(padding), QString::fromUtf8(metadataText)});
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

Expected<QByteArray> fetch(IndexClient &client, const AttributedFile &file)
{
    std::optional<Expected<QByteArray>> result;
    client.fetchMetadata(file, [&](Expected<QByteArray> r) { result = std::move(r); });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 20000)
        QTest::qWait(5);
    return result ? *result : std::unexpected(Error{ErrorCode::Timeout, QStringLiteral("no answer")});
}

} // namespace

class TestMetadata : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void zipReaderReadsAWholeWheel()
    {
        const QString path = m_dir.filePath(QStringLiteral("small.whl"));
        QVERIFY(makeWheel(path, 1000));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        auto entries = ZipReader::centralDirectory(all, 0, all.size());
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().message));
        QCOMPARE(entries->size(), 4u);
        auto content = ZipReader::read(all, 0, entries->front());
        QVERIFY(content);
        QCOMPARE(*content, metadataText);

        // Flip a byte inside the METADATA member's compressed data: inflate or the CRC must object.
        QByteArray corrupt = all;
        const qint64 header = entries->front().localHeaderOffset;
        const qint64 begin = header + 30 + quint8(all[header + 26]) + (quint8(all[header + 27]) << 8)
                             + quint8(all[header + 28]) + (quint8(all[header + 29]) << 8);
        corrupt[begin + 3] = char(corrupt[begin + 3] ^ 0x10);
        auto damaged = ZipReader::read(corrupt, 0, entries->front());
        QVERIFY(!damaged);
        QCOMPARE(damaged.error().code, ErrorCode::InvalidArchive);
        QVERIFY(!ZipReader::centralDirectory(all.left(all.size() - 10), 0, all.size() - 10));
        QVERIFY(!ZipReader::centralDirectory("not a zip at all, definitely not", 0, 32));
    }

    void rangeRequestsReadOnlyWhatIsNeeded()
    {
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        const QString root = m_dir.filePath(QStringLiteral("www"));
        QDir().mkpath(root);
        QVERIFY(makeWheel(root + QStringLiteral("/big-1.0-py3-none-any.whl"), 3 << 20)); // 3 MiB
        TestSupport::NginxServer server({.root = root});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        HttpClient http;
        IndexClient client({}, &http);
        AttributedFile file;
        file.file.filename = "big-1.0-py3-none-any.whl";
        file.file.url = QUrl(server.baseUrl() + QStringLiteral("/big-1.0-py3-none-any.whl"));
        auto metadata = fetch(client, file);
        QVERIFY2(metadata, qPrintable(metadata ? QString() : metadata.error().toString()));
        QCOMPARE(*metadata, metadataText);
        // Two ranged requests (the tail with the directory, then the member), not the 3 MiB.
        const QString log = server.accessLog();
        QCOMPARE(log.count(QLatin1String(" 206 ")), 2);
        QCOMPARE(log.count(QLatin1String(" 200 ")), 0);
    }

    void noRangeSupportFallsBackToTheWholeFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("norange.whl"));
        QVERIFY(makeWheel(path, 200000));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray wheel = f.readAll();
        TestSupport::FaultServer server([&](const TestSupport::FaultRequest &) {
            return TestSupport::FaultAction::ok(wheel, "application/octet-stream"); // ignores Range
        });
        HttpClient http;
        IndexClient client({}, &http);
        AttributedFile file;
        file.file.filename = "big-1.0-py3-none-any.whl";
        file.file.url = QUrl(server.url(QStringLiteral("/big-1.0-py3-none-any.whl")));
        auto metadata = fetch(client, file);
        QVERIFY2(metadata, qPrintable(metadata ? QString() : metadata.error().toString()));
        QCOMPARE(*metadata, metadataText);
        QVERIFY(server.requests().first().headers.value("range").startsWith("bytes=-"));
    }

    void pep658FileIsHashChecked()
    {
        const QByteArray good = QCryptographicHash::hash(metadataText, QCryptographicHash::Sha256).toHex();
        TestSupport::FaultServer server([&](const TestSupport::FaultRequest &) {
            return TestSupport::FaultAction::ok(metadataText);
        });
        QTemporaryDir cache;
        HttpClient http;
        IndexClient client({.cacheDirectory = cache.path()}, &http);
        AttributedFile file;
        file.file.filename = "big-1.0-py3-none-any.whl";
        file.file.url = QUrl(server.url(QStringLiteral("/f/big-1.0-py3-none-any.whl")));
        file.file.hasMetadata = true;
        file.file.metadataHashes["sha256"] = good.toStdString();
        auto ok = fetch(client, file);
        QVERIFY(ok);
        QCOMPARE(*ok, metadataText);
        QCOMPARE(server.requests().last().path, QByteArray("/f/big-1.0-py3-none-any.whl.metadata"));
        auto again = fetch(client, file); // from the cache
        QVERIFY(again);
        QCOMPARE(server.requests().size(), 1);

        IndexClient fresh({}, &http);
        file.file.metadataHashes["sha256"] = std::string(64, '0');
        auto bad = fetch(fresh, file);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::HashMismatch);
        QVERIFY(bad.error().message.contains(QString::fromLatin1(good)));
    }

    void sdistWithoutMetadataNeedsABuild()
    {
        HttpClient http;
        IndexClient client({}, &http);
        AttributedFile file;
        file.file.filename = "thing-1.0.tar.gz";
        file.file.url = QUrl(QStringLiteral("http://127.0.0.1:9/thing-1.0.tar.gz"));
        auto r = fetch(client, file);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NeedsBuild);
    }
};

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
