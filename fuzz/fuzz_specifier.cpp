// SpecifierSet::parse on anything; for a parsed set, contains() on fixed versions, and the range
// view agreeing with contains() wherever a clause says its range is exact.
#include "core/pep/specifier.h"

#include <cstdlib>

using namespace Envdesk::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto set = SpecifierSet::parse(text);
    if (!set)
        return 0;
    static const std::vector<Version> probes = [] {
        std::vector<Version> out;
        for (const char *s : {"0", "1.0", "1.0.0", "1.0+local", "1.0.post1", "1.0a1", "1.0.dev0", "2.0rc1", "1!1.0", "10.5.3"})
            out.push_back(*Version::parse(s));
        return out;
    }();
    (void)set->toString();
    const VersionRange all = set->toRange();
    for (const Specifier &s : set->specifiers()) {
        const VersionRange r = s.toRange();
        for (const Version &v : probes) {
            (void)s.contains(v);
            if (s.isRangeExact() && r.contains(v) != s.contains(v, true))
                std::abort();
        }
        if (r.complement().complement() != r)
            std::abort();
    }
    for (const Version &v : probes)
        (void)all.contains(v), (void)set->contains(v);
    return 0;
}
