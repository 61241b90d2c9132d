#pragma once

#include <string>
#include <string_view>

namespace Envdesk::Core {

/** PEP 503 normalization: lower case, runs of '-', '_' and '.' become one '-'. */
std::string normalizePackageName(std::string_view name);

/**
 * PEP 508's rule for a distribution name: ASCII letters and digits, with '.', '-' and '_' inside;
 * it starts and ends with a letter or digit.
 */
bool isValidPackageName(std::string_view name);

} // namespace Envdesk::Core
