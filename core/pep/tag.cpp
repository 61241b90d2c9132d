#include "tag.h"

#include <algorithm>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Pep)
};

std::string toLower(std::string s)
{
    for (char &c : s) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return s;
}

std::vector<std::string> split(std::string_view text, char sep)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(sep, start);
        parts.emplace_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos)
            break;
        start = at + 1;
    }
    return parts;
}

std::string normalizePlatform(std::string s)
{
    std::replace(s.begin(), s.end(), '.', '_');
    std::replace(s.begin(), s.end(), '-', '_');
    return s;
}

std::string interpreterShortName(const std::string &implementation)
{
    if (implementation == "python")
        return "py";
    if (implementation == "cpython")
        return "cp";
    if (implementation == "pypy")
        return "pp";
    if (implementation == "ironpython")
        return "ip";
    if (implementation == "jython")
        return "jy";
    return implementation;
}

std::string nodot(int major, int minor)
{
    return std::to_string(major) + std::to_string(minor);
}

std::vector<std::string> cpythonAbis(const TagEnvironment &env)
{
    std::vector<std::string> abis;
    const std::string version = nodot(env.major, env.minor);
    std::string debug;
    std::string pymalloc;
    std::string ucs4;
    if ((env.pyDebug && *env.pyDebug) || (!env.pyDebug && (env.hasTotalRefcount || env.hasDebugExtensionSuffix)))
        debug = "d";
    const bool before38 = env.major < 3 || (env.major == 3 && env.minor < 8);
    if (before38) {
        if (!env.withPymalloc || *env.withPymalloc)
            pymalloc = "m";
        if (env.major < 3 || (env.major == 3 && env.minor < 3)) {
            if ((env.unicodeSize && *env.unicodeSize == 4) || (!env.unicodeSize && env.maxUnicodeIsWide))
                ucs4 = "u";
        }
    } else if (!debug.empty()) {
        abis.push_back("cp" + version);
    }
    abis.insert(abis.begin(), "cp" + version + debug + pymalloc + ucs4);
    return abis;
}

std::vector<std::string> genericAbis(const TagEnvironment &env)
{
    const std::string &ext = env.extSuffix;
    if (ext.empty() || ext[0] != '.')
        return {};
    const std::vector<std::string> parts = split(ext, '.');
    if (parts.size() < 3)
        return cpythonAbis(env);
    const std::string &soabi = parts[1];
    std::string abi;
    auto join = [](const std::vector<std::string> &p, std::size_t n) {
        std::string out;
        for (std::size_t i = 0; i < std::min(n, p.size()); ++i)
            out += (i ? "-" : "") + p[i];
        return out;
    };
    const std::vector<std::string> soabiParts = split(soabi, '-');
    if (soabi.starts_with("cpython"))
        abi = "cp" + (soabiParts.size() > 1 ? soabiParts[1] : std::string());
    else if (soabi.starts_with("cp"))
        abi = split(soabi, '-')[0];
    else if (soabi.starts_with("pypy"))
        abi = join(split(soabi, '-'), 2);
    else if (soabi.starts_with("graalpy"))
        abi = join(split(soabi, '-'), 3);
    else if (!soabi.empty())
        abi = soabi;
    else
        return {};
    return {normalizePlatform(abi)};
}

std::vector<std::string> macBinaryFormats(int major, int minor, const std::string &arch)
{
    auto less = [&](int a, int b) { return major < a || (major == a && minor < b); };
    auto greater = [&](int a, int b) { return major > a || (major == a && minor > b); };
    std::vector<std::string> formats{arch};
    if (arch == "x86_64") {
        if (less(10, 4))
            return {};
        formats.insert(formats.end(), {"intel", "fat64", "fat32"});
    } else if (arch == "i386") {
        if (less(10, 4))
            return {};
        formats.insert(formats.end(), {"intel", "fat32", "fat"});
    } else if (arch == "ppc64") {
        if (greater(10, 5) || less(10, 4))
            return {};
        formats.push_back("fat64");
    } else if (arch == "ppc") {
        if (greater(10, 6))
            return {};
        formats.insert(formats.end(), {"fat32", "fat"});
    }
    if (arch == "arm64" || arch == "x86_64")
        formats.push_back("universal2");
    if (arch == "x86_64" || arch == "i386" || arch == "ppc64" || arch == "ppc" || arch == "intel")
        formats.push_back("universal");
    return formats;
}

std::vector<std::string> macPlatforms(const TagEnvironment &env)
{
    std::string arch = env.macArch;
    if (env.is32Bit)
        arch = arch.starts_with("ppc") ? "ppc" : "i386";
    const int major = env.macMajor;
    const int minor = env.macMinor;
    std::vector<std::string> out;
    auto emit = [&](int ma, int mi, const std::string &format) {
        out.push_back("macosx_" + std::to_string(ma) + "_" + std::to_string(mi) + "_" + format);
    };
    if (major == 10) {
        for (int m = minor; m >= 0; --m) {
            for (const std::string &f : macBinaryFormats(10, m, arch))
                emit(10, m, f);
        }
    }
    if (major >= 11) {
        for (int ma = major; ma > 10; --ma) {
            for (const std::string &f : macBinaryFormats(ma, 0, arch))
                emit(ma, 0, f);
        }
        if (arch == "x86_64") {
            for (int m = 16; m > 3; --m) {
                for (const std::string &f : macBinaryFormats(10, m, arch))
                    emit(10, m, f);
            }
        } else {
            for (int m = 16; m > 3; --m)
                emit(10, m, "universal2");
        }
    }
    return out;
}

std::vector<std::string> linuxPlatforms(const TagEnvironment &env)
{
    std::string linux = normalizePlatform(env.sysconfigPlatform);
    if (env.is32Bit) {
        if (linux == "linux_x86_64")
            linux = "linux_i686";
        else if (linux == "linux_aarch64")
            linux = "linux_armv7l";
    }
    const std::string arch = linux.substr(linux.find('_') + 1);
    std::vector<std::string> out;
    auto replaceLinux = [&](const std::string &with) {
        std::string s = linux;
        const std::size_t at = s.find("linux");
        if (at != std::string::npos)
            s.replace(at, 5, with);
        return s;
    };
    // PEP 600: manylinux_2_Y for every glibc 2.Y from this system's down to the oldest the
    // architecture had, with the legacy aliases at 2.17, 2.12 and 2.5.
    const bool knownAbi = arch == "x86_64" || arch == "aarch64" || arch == "ppc64" || arch == "ppc64le"
                          || arch == "s390x" || arch == "loongarch64" || arch == "i686" || arch == "armv7l";
    if (knownAbi && env.glibcMajor >= 0) {
        const int tooOldMinor = (arch == "x86_64" || arch == "i686") ? 4 : 16;
        std::vector<std::pair<int, int>> maxima{{env.glibcMajor, env.glibcMinor}};
        for (int major = env.glibcMajor - 1; major > 1; --major)
            maxima.emplace_back(major, 50);
        for (const auto &[major, maxMinor] : maxima) {
            const int minMinor = major == 2 ? tooOldMinor : -1;
            for (int minor = maxMinor; minor > minMinor; --minor) {
                out.push_back(replaceLinux("manylinux_" + std::to_string(major) + "_" + std::to_string(minor)));
                if (major == 2 && minor == 17)
                    out.push_back(replaceLinux("manylinux2014"));
                else if (major == 2 && minor == 12)
                    out.push_back(replaceLinux("manylinux2010"));
                else if (major == 2 && minor == 5)
                    out.push_back(replaceLinux("manylinux1"));
            }
        }
    }
    if (env.muslMajor >= 0) {
        for (int minor = env.muslMinor; minor >= 0; --minor)
            out.push_back("musllinux_" + std::to_string(env.muslMajor) + "_" + std::to_string(minor) + "_" + arch);
    }
    out.push_back(linux);
    return out;
}

} // namespace

Expected<std::vector<Tag>> Tag::parseSet(std::string_view text)
{
    // Views into `text` throughout: a page of 1,600 wheels parses 1,600 tag sets, and only the
    // final tags are worth an allocation.
    const std::size_t first = text.find('-');
    const std::size_t second = first == std::string_view::npos ? first : text.find('-', first + 1);
    const bool threeParts = second != std::string_view::npos
                            && text.find('-', second + 1) == std::string_view::npos;
    if (!threeParts || first == 0 || second == first + 1 || second + 1 == text.size())
        return fail(ErrorCode::InvalidTag,
                    Tr::tr("invalid tag '%1': expected interpreter-abi-platform, e.g. py3-none-any")
                        .arg(QString::fromUtf8(text.data(), qsizetype(text.size()))));
    const auto each = [](std::string_view part, auto &&visit) {
        std::size_t start = 0;
        while (true) {
            const std::size_t at = part.find('.', start);
            visit(part.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
            if (at == std::string_view::npos)
                break;
            start = at + 1;
        }
    };
    const std::string_view interpreters = text.substr(0, first);
    const std::string_view abis = text.substr(first + 1, second - first - 1);
    const std::string_view platforms = text.substr(second + 1);
    std::vector<Tag> tags;
    each(interpreters, [&](std::string_view i) {
        each(abis, [&](std::string_view a) {
            each(platforms, [&](std::string_view p) {
                tags.push_back({toLower(std::string(i)), toLower(std::string(a)), toLower(std::string(p))});
            });
        });
    });
    return tags;
}

std::vector<std::string> platformTags(const TagEnvironment &env)
{
    if (env.system == "Darwin")
        return macPlatforms(env);
    if (env.system == "Linux")
        return linuxPlatforms(env);
    return {normalizePlatform(env.sysconfigPlatform)};
}

std::vector<Tag> supportedTags(const TagEnvironment &env)
{
    std::vector<Tag> tags;
    const std::vector<std::string> platforms = platformTags(env);
    const std::string shortName = interpreterShortName(env.implementation);
    const bool abi3 = env.major > 3 || (env.major == 3 && env.minor >= 2);
    auto add = [&](const std::string &interpreter, const std::string &abi, const std::string &platform) {
        tags.push_back({toLower(interpreter), toLower(abi), toLower(platform)});
    };
    const std::string interpreterVersion = !env.pyVersionNodot.empty() ? env.pyVersionNodot : nodot(env.major, env.minor);
    if (shortName == "cp") {
        const std::string interpreter = "cp" + nodot(env.major, env.minor);
        std::vector<std::string> abis = cpythonAbis(env);
        std::erase_if(abis, [](const std::string &a) { return a == "abi3" || a == "none"; });
        for (const std::string &abi : abis) {
            for (const std::string &p : platforms)
                add(interpreter, abi, p);
        }
        if (abi3) {
            for (const std::string &p : platforms)
                add(interpreter, "abi3", p);
        }
        for (const std::string &p : platforms)
            add(interpreter, "none", p);
        if (abi3) {
            for (int minor = env.minor - 1; minor > 1; --minor) {
                for (const std::string &p : platforms)
                    add("cp" + nodot(env.major, minor), "abi3", p);
            }
        }
    } else {
        const std::string interpreter = shortName + interpreterVersion;
        std::vector<std::string> abis = genericAbis(env);
        if (std::find(abis.begin(), abis.end(), "none") == abis.end())
            abis.push_back("none");
        for (const std::string &abi : abis) {
            for (const std::string &p : platforms)
                add(interpreter, abi, p);
        }
    }
    // compatible_tags
    std::vector<std::string> range{"py" + nodot(env.major, env.minor), "py" + std::to_string(env.major)};
    for (int minor = env.minor - 1; minor >= 0; --minor)
        range.push_back("py" + nodot(env.major, minor));
    for (const std::string &v : range) {
        for (const std::string &p : platforms)
            add(v, "none", p);
    }
    if (shortName == "pp")
        add("pp3", "none", "any");
    else if (shortName == "cp")
        add("cp" + interpreterVersion, "none", "any");
    for (const std::string &v : range)
        add(v, "none", "any");
    return tags;
}

TagPriority::TagPriority(const std::vector<Tag> &supported)
{
    for (std::size_t i = 0; i < supported.size(); ++i)
        m_rank.emplace(supported[i], int(i)); // the first occurrence keeps its rank
}

std::optional<int> TagPriority::rank(const Tag &tag) const
{
    const auto it = m_rank.find(tag);
    if (it == m_rank.end())
        return std::nullopt;
    return it->second;
}

std::optional<int> TagPriority::bestRank(const std::vector<Tag> &tags) const
{
    std::optional<int> best;
    for (const Tag &t : tags) {
        if (auto r = rank(t); r && (!best || *r < *best))
            best = r;
    }
    return best;
}

} // namespace Envdesk::Core
