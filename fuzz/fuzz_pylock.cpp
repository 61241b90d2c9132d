// PyLock::parse on anything (pylock.toml is read from repositories and from other tools): it
// either refuses with an error, or gives a lock whose text, written and read again, is the same
// lock written the same way.
#include "core/install/pylock.h"

#include <cstdlib>
#include <string>

using namespace Envdesk::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    auto lock = PyLock::parse(text, QStringLiteral("/fuzz/pylock.toml"));
    if (!lock)
        return 0;
    const std::string written = lock->toToml();
    auto again = PyLock::parse(written, QStringLiteral("/fuzz/pylock.toml"));
    if (!again || again->toToml() != written)
        std::abort();
    return 0;
}
