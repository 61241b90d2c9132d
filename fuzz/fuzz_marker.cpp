// Marker::parse on anything; evaluation on a fixed environment never crashes; the printed form
// parses back to the same printed form and evaluates the same.
#include "core/pep/marker.h"

#include <cstdlib>

using namespace Envdesk::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto m = Marker::parse(text);
    if (!m)
        return 0;
    static const MarkerEnvironment env{"cpython", "3.12.1", "posix", "x86_64", "6.1.0-13-amd64", "Linux",
                                       "#1 SMP", "3.12.1", "CPython", "3.12", "linux"};
    const auto first = m->evaluate(env, "test");
    const std::string printed = m->toString();
    auto again = Marker::parse(printed);
    if (!again || again->toString() != printed)
        std::abort();
    const auto second = again->evaluate(env, "test");
    if (first.has_value() != second.has_value() || (first && *first != *second))
        std::abort();
    return 0;
}
