#pragma once

#include "../error.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace Envdesk::Core {

/**
 * Reads single members out of a ZIP archive that may be only partly in memory: enough to take a
 * wheel's METADATA from the tail of the file fetched with HTTP range requests.
 *
 * `data` holds the bytes of the archive from `offset` on (the whole archive when offset is 0);
 * `fileSize` is the archive's full size. Bounds are checked everywhere: a lying archive gives an
 * error, never a read outside `data`.
 */
class ZipReader
{
public:
    struct Entry
    {
        std::string name;
        qint64 localHeaderOffset = 0;
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
        int method = 0; ///< 0 stored, 8 deflate
        quint32 crc32 = 0;
    };

    /** The central directory, when `data` reaches back to it; else an error saying what is needed. */
    static Expected<std::vector<Entry>> centralDirectory(const QByteArray &data, qint64 offset, qint64 fileSize,
                                                         qint64 *directoryStart = nullptr);
    /** Bytes needed (from where) to read `entry`: the local header, name, extra field and data. */
    static std::pair<qint64, qint64> span(const Entry &entry, qint64 nextOffset);
    /** The entry's content; its CRC-32 and size are checked. */
    static Expected<QByteArray> read(const QByteArray &data, qint64 offset, const Entry &entry,
                                     qint64 maxSize = 64 << 20);
};

} // namespace Envdesk::Core
