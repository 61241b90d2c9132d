#include "core/net/sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Envdesk::Core;

// The digest every download, lock entry, RECORD line and cache entry is checked against: the
// published test vectors, and QCryptographicHash's answer for data fed in uneven pieces.
class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty") << QByteArray() << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                     << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void knownVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(Sha256::hash(input).toHex(), digest);
    }

    void piecesDeviceAndReset()
    {
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator rng(20261202);
        for (char &c : data)
            c = char(rng.bounded(256));
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);

        Sha256 pieces;
        for (qsizetype at = 0, step = 1; at < data.size(); at += step, step = step * 3 + 1)
            pieces.addData(QByteArrayView(data.constData() + at, std::min(step, data.size() - at)));
        QCOMPARE(pieces.result(), expected);
        QCOMPARE(pieces.result(), expected); // asked again: the same

        QBuffer device(&data);
        QVERIFY(device.open(QIODevice::ReadOnly));
        Sha256 fromDevice;
        QVERIFY(fromDevice.addData(&device));
        QCOMPARE(fromDevice.result(), expected);

        fromDevice.reset();
        fromDevice.addData("abc");
        QCOMPARE(fromDevice.result().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        Sha256 moved = std::move(fromDevice);
        QCOMPARE(moved.result().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
