#include "name.h"

namespace Envdesk::Core {

namespace {

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

} // namespace

std::string normalizePackageName(std::string_view name)
{
    std::string out;
    out.reserve(name.size());
    bool pendingSeparator = false;
    for (char c : name) {
        if (c == '-' || c == '_' || c == '.') {
            pendingSeparator = true;
            continue;
        }
        if (pendingSeparator) {
            out += '-';
            pendingSeparator = false;
        }
        out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    if (pendingSeparator)
        out += '-';
    return out;
}

bool isValidPackageName(std::string_view name)
{
    if (name.empty() || !isAlnum(name.front()) || !isAlnum(name.back()))
        return false;
    for (char c : name) {
        if (!isAlnum(c) && c != '-' && c != '_' && c != '.')
            return false;
    }
    return true;
}

} // namespace Envdesk::Core
