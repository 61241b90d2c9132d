#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;
struct sha256_ctx; // nettle's

namespace Envdesk::Core {

/**
 * SHA-256 through nettle, which uses the CPU's SHA instructions where it has them: 1.4 GB/s on
 * this machine against about 200 MB/s for QCryptographicHash, whose own code never does
 * (docs/workarounds.md). nettle is small and already loaded with libarchive, so using it costs
 * a process no start-up time (OpenSSL's libcrypto, as fast, cost 3 to 5 ms per run to load). Every SHA-256 envdesk computes goes through here: downloads and
 * files checked against an index's or a lock's hash, wheels' RECORD, cache entries and keys.
 *
 * The same shape as QCryptographicHash(Sha256): addData() any number of times, then result()
 * (raw 32 bytes; .toHex() for the usual spelling). Movable, not copyable; one per thread.
 */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&other) noexcept;
    Sha256 &operator=(Sha256 &&other) noexcept;
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /** Reads `device` to its end; false when reading failed. */
    bool addData(QIODevice *device);
    /** The digest (32 bytes). Further addData() calls are ignored until reset(). */
    QByteArray result();
    void reset();

    static QByteArray hash(QByteArrayView data);

private:
    sha256_ctx *m_ctx = nullptr;
    QByteArray m_result;
};

} // namespace Envdesk::Core
