#include "zipreader.h"

#include <zlib.h>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Index)
};

Error zipError(const QString &message)
{
    Error e;
    e.code = ErrorCode::InvalidArchive;
    e.message = message;
    return e;
}

quint16 u16(const char *p)
{
    return quint16(quint8(p[0]) | (quint8(p[1]) << 8));
}

quint32 u32(const char *p)
{
    return quint32(quint8(p[0])) | (quint32(quint8(p[1])) << 8) | (quint32(quint8(p[2])) << 16)
           | (quint32(quint8(p[3])) << 24);
}

quint64 u64(const char *p)
{
    return quint64(u32(p)) | (quint64(u32(p + 4)) << 32);
}

} // namespace

Expected<std::vector<ZipReader::Entry>> ZipReader::centralDirectory(const QByteArray &data, qint64 offset,
                                                                    qint64 fileSize, qint64 *directoryStart)
{
    // End of central directory: 22 bytes plus a comment of up to 64 KiB, at the very end.
    if (data.size() < 22 || offset + data.size() != fileSize)
        return std::unexpected(zipError(Tr::tr("not a ZIP archive: the end of the file is missing")));
    qsizetype eocd = -1;
    for (qsizetype i = data.size() - 22; i >= 0 && i >= data.size() - 22 - 65535; --i) {
        if (u32(data.constData() + i) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return std::unexpected(zipError(Tr::tr("not a ZIP archive: no end-of-central-directory record")));
    const char *e = data.constData() + eocd;
    quint64 entries = u16(e + 10);
    quint64 cdSize = u32(e + 12);
    quint64 cdOffset = u32(e + 16);
    // ZIP64: the locator sits right before the EOCD record.
    if ((cdOffset == 0xFFFFFFFF || cdSize == 0xFFFFFFFF || entries == 0xFFFF) && eocd >= 20
        && u32(e - 20) == 0x07064b50) {
        const qint64 zip64At = qint64(u64(e - 20 + 8)) - offset;
        if (zip64At < 0 || zip64At + 56 > data.size() || u32(data.constData() + zip64At) != 0x06064b50)
            return std::unexpected(zipError(Tr::tr("damaged ZIP64 directory")));
        const char *z = data.constData() + zip64At;
        entries = u64(z + 32);
        cdSize = u64(z + 40);
        cdOffset = u64(z + 48);
    }
    if (cdOffset + cdSize > quint64(fileSize))
        return std::unexpected(zipError(Tr::tr("the ZIP directory points outside the file")));
    if (directoryStart)
        *directoryStart = qint64(cdOffset);
    const qint64 start = qint64(cdOffset) - offset;
    if (start < 0)
        return std::unexpected(zipError(Tr::tr("need more of the file: the directory starts at byte %1").arg(cdOffset)));
    std::vector<Entry> out;
    qint64 p = start;
    for (quint64 i = 0; i < entries; ++i) {
        if (p + 46 > data.size() || u32(data.constData() + p) != 0x02014b50)
            return std::unexpected(zipError(Tr::tr("damaged ZIP directory entry %1").arg(i)));
        const char *c = data.constData() + p;
        Entry entry;
        entry.method = u16(c + 10);
        entry.crc32 = u32(c + 16);
        entry.compressedSize = u32(c + 20);
        entry.uncompressedSize = u32(c + 24);
        const int nameLength = u16(c + 28);
        const int extraLength = u16(c + 30);
        const int commentLength = u16(c + 32);
        entry.localHeaderOffset = u32(c + 42);
        if (p + 46 + nameLength + extraLength + commentLength > data.size())
            return std::unexpected(zipError(Tr::tr("damaged ZIP directory entry %1").arg(i)));
        entry.name.assign(c + 46, std::size_t(nameLength));
        // ZIP64 extra field: the sizes and offset that did not fit.
        const char *x = c + 46 + nameLength;
        for (int k = 0; k + 4 <= extraLength;) {
            const int id = u16(x + k);
            const int len = u16(x + k + 2);
            if (k + 4 + len > extraLength)
                break;
            if (id == 0x0001) {
                int q = k + 4;
                auto take = [&](qint64 *field) {
                    if (*field == 0xFFFFFFFF && q + 8 <= k + 4 + len) {
                        *field = qint64(u64(x + q));
                        q += 8;
                    }
                };
                take(&entry.uncompressedSize);
                take(&entry.compressedSize);
                take(&entry.localHeaderOffset);
            }
            k += 4 + len;
        }
        out.push_back(std::move(entry));
        p += 46 + nameLength + extraLength + commentLength;
    }
    return out;
}

std::pair<qint64, qint64> ZipReader::span(const Entry &entry, qint64 nextOffset)
{
    return {entry.localHeaderOffset, nextOffset};
}

Expected<QByteArray> ZipReader::read(const QByteArray &data, qint64 offset, const Entry &entry, qint64 maxSize)
{
    const qint64 at = entry.localHeaderOffset - offset;
    if (at < 0 || at + 30 > data.size() || u32(data.constData() + at) != 0x04034b50)
        return std::unexpected(zipError(Tr::tr("the local header of %1 is not where the directory says")
                                            .arg(QString::fromStdString(entry.name))));
    const char *h = data.constData() + at;
    const qint64 begin = at + 30 + u16(h + 26) + u16(h + 28);
    if (begin + entry.compressedSize > data.size())
        return std::unexpected(zipError(Tr::tr("%1 is cut short").arg(QString::fromStdString(entry.name))));
    if (entry.uncompressedSize > maxSize)
        return std::unexpected(zipError(Tr::tr("%1 is larger than %2 bytes").arg(QString::fromStdString(entry.name)).arg(maxSize)));
    QByteArray out;
    if (entry.method == 0) {
        out = data.mid(begin, entry.compressedSize);
    } else if (entry.method == 8) {
        out.resize(entry.uncompressedSize);
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return std::unexpected(zipError(Tr::tr("cannot start decompression")));
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData() + begin));
        z.avail_in = uInt(entry.compressedSize);
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        const int rc = inflate(&z, Z_FINISH);
        const qint64 produced = qint64(z.total_out);
        inflateEnd(&z);
        if (rc != Z_STREAM_END || produced != entry.uncompressedSize)
            return std::unexpected(zipError(Tr::tr("%1 does not decompress to its stated size").arg(QString::fromStdString(entry.name))));
    } else {
        return std::unexpected(zipError(Tr::tr("%1 uses compression method %2, which wheels do not use")
                                            .arg(QString::fromStdString(entry.name))
                                            .arg(entry.method)));
    }
    const quint32 crc = quint32(::crc32(0, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size())));
    if (crc != entry.crc32)
        return std::unexpected(zipError(Tr::tr("%1 fails its CRC-32 check").arg(QString::fromStdString(entry.name))));
    return out;
}

} // namespace Envdesk::Core
