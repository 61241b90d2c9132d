#pragma once

#include "tag.h"
#include "version.h"

#include <optional>
#include <string>

namespace Envdesk::Core {

/** A wheel file name (PEP 427): name-version[-build]-python-abi-platform.whl */
struct WheelFilename
{
    std::string name;              ///< PEP 503 normalized
    Version version;
    std::optional<std::pair<std::uint64_t, std::string>> build; ///< build tag: number, then the rest
    std::vector<Tag> tags;         ///< the compressed tag set, expanded

    /** As packaging.utils.parse_wheel_filename. Errors name the file and the part that is wrong. */
    static Expected<WheelFilename> parse(std::string_view filename);
};

/** An sdist file name: name-version.tar.gz or .zip, split at the last dash. */
struct SdistFilename
{
    std::string name; ///< PEP 503 normalized
    Version version;

    /** As packaging.utils.parse_sdist_filename. */
    static Expected<SdistFilename> parse(std::string_view filename);
};

} // namespace Envdesk::Core
