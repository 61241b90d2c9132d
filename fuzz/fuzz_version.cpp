// Version::parse on anything: no crash; a parsed version prints to a string that parses back to an
// equal version with the same text, and ordering agrees with equality.
#include "core/pep/version.h"

#include <cstdlib>

using Envdesk::Core::Version;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto v = Version::parse(text);
    if (!v)
        return 0;
    const std::string normal = v->toString();
    auto again = Version::parse(normal);
    if (!again || *again != *v || again->toString() != normal || again->hash() != v->hash())
        std::abort();
    if (!(v->makeMin() < *v) || !(*v < v->makeMax(true)) || (v->hasLocal() ? false : !(*v < v->makeLocalMax())))
        std::abort();
    return 0;
}
