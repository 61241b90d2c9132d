#include "sha256.h"

#include <QIODevice>

#include <nettle/sha2.h>

#include <utility>

namespace Envdesk::Core {

Sha256::Sha256()
    : m_ctx(new sha256_ctx)
{
    reset();
}

Sha256::~Sha256()
{
    delete m_ctx;
}

Sha256::Sha256(Sha256 &&other) noexcept
    : m_ctx(std::exchange(other.m_ctx, nullptr))
    , m_result(std::move(other.m_result))
{}

Sha256 &Sha256::operator=(Sha256 &&other) noexcept
{
    std::swap(m_ctx, other.m_ctx);
    std::swap(m_result, other.m_result);
    return *this;
}

void Sha256::reset()
{
    m_result.clear();
    if (!m_ctx)
        m_ctx = new sha256_ctx;
    sha256_init(m_ctx);
}

void Sha256::addData(QByteArrayView data)
{
    if (m_result.isEmpty() && !data.isEmpty())
        sha256_update(m_ctx, std::size_t(data.size()), reinterpret_cast<const std::uint8_t *>(data.data()));
}

bool Sha256::addData(QIODevice *device)
{
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        addData(QByteArrayView(buffer.constData(), n));
    }
}

QByteArray Sha256::result()
{
    if (m_result.isEmpty()) {
        m_result = QByteArray(SHA256_DIGEST_SIZE, Qt::Uninitialized);
        sha256_digest(m_ctx, SHA256_DIGEST_SIZE, reinterpret_cast<std::uint8_t *>(m_result.data()));
    }
    return m_result;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

} // namespace Envdesk::Core
