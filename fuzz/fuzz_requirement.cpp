// Requirement::parse on anything; a parsed requirement prints to text that parses back to the
// same printed form.
#include "core/pep/requirement.h"

#include <cstdlib>

using namespace Envdesk::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto r = Requirement::parse(text);
    if (!r)
        return 0;
    const std::string printed = r->toString();
    auto again = Requirement::parse(printed);
    if (!again || again->toString() != printed)
        std::abort();
    return 0;
}
