#pragma once

#include "../error.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Envdesk::Core {

/** A PEP 425 tag triple, lower case, e.g. cp312-cp312-manylinux_2_17_x86_64. */
struct Tag
{
    std::string interpreter;
    std::string abi;
    std::string platform;

    std::string toString() const { return interpreter + '-' + abi + '-' + platform; }
    friend bool operator==(const Tag &, const Tag &) = default;

    /** One tag, or a compressed tag set ("py2.py3-none-any") expanded in order. */
    static Expected<std::vector<Tag>> parseSet(std::string_view text);
};

struct TagHash
{
    std::size_t operator()(const Tag &t) const noexcept
    {
        return std::hash<std::string>()(t.interpreter) ^ (std::hash<std::string>()(t.abi) << 1)
               ^ (std::hash<std::string>()(t.platform) << 2);
    }
};

/**
 * The facts about an interpreter and its platform that decide which wheels it can install. A
 * probe fills it from a real interpreter; the resolver can also build one for a target it was
 * given (say, CPython 3.12 on manylinux_2_28 x86_64) without any interpreter at hand.
 */
struct TagEnvironment
{
    std::string implementation = "cpython"; ///< sys.implementation.name
    int major = 3;
    int minor = 12;
    /// config vars (absent = unknown, as sysconfig.get_config_var returns None)
    std::optional<bool> pyDebug;
    std::optional<bool> withPymalloc;
    std::optional<int> unicodeSize;
    bool hasTotalRefcount = false;     ///< hasattr(sys, "gettotalrefcount")
    bool hasDebugExtensionSuffix = false; ///< "_d.pyd" in EXTENSION_SUFFIXES
    bool maxUnicodeIsWide = true;      ///< sys.maxunicode == 0x10FFFF
    std::string extSuffix;             ///< EXT_SUFFIX, e.g. ".cpython-312-x86_64-linux-gnu.so"
    std::string pyVersionNodot;        ///< py_version_nodot config var, may be empty
    std::string system = "Linux";      ///< platform.system()
    std::string sysconfigPlatform = "linux-x86_64"; ///< sysconfig.get_platform()
    bool is32Bit = false;              ///< sys.maxsize <= 2**32
    int glibcMajor = -1;               ///< -1: not glibc
    int glibcMinor = -1;
    int muslMajor = -1;                ///< -1: not musl
    int muslMinor = -1;
    int macMajor = 0;                  ///< platform.mac_ver() version, on macOS
    int macMinor = 0;
    std::string macArch;               ///< platform.mac_ver() machine
};

/**
 * The tags the interpreter supports, most preferred first, exactly as packaging 23.0's
 * `tags.sys_tags()` yields them: cpython_tags (or generic_tags) over the platform tags
 * (manylinux per PEP 600 from the glibc version down, with the legacy aliases; musllinux; the
 * plain platform; or macOS versions and binary formats; or the Windows platform), then
 * compatible_tags (pyXY-none-platform, the interpreter's none-any, pyXY-none-any).
 */
std::vector<Tag> supportedTags(const TagEnvironment &env);

/** The platform tags alone, in order (packaging's platform_tags()). */
std::vector<std::string> platformTags(const TagEnvironment &env);

/** Ranks tags by preference for choosing the best wheel among several. */
class TagPriority
{
public:
    TagPriority() = default;
    explicit TagPriority(const std::vector<Tag> &supported);

    /** Lower is better; nullopt when the tag is not supported at all. */
    std::optional<int> rank(const Tag &tag) const;
    /** The best rank among a wheel's tags, or nullopt when none is supported. */
    std::optional<int> bestRank(const std::vector<Tag> &tags) const;
    bool isEmpty() const { return m_rank.empty(); }

private:
    std::unordered_map<Tag, int, TagHash> m_rank;
};

} // namespace Envdesk::Core
