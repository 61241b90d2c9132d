#pragma once

#include <QString>

#include <optional>
#include <string_view>
#include <string>
#include <vector>

namespace Envdesk::Core {

/** A warning about a project file: not fatal, shown to the user with where it comes from. */
struct Diagnostic
{
    QString message;
    QString hint;
    QString file;
    int line = 0;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

/** One `[[tool.uv.index]]` entry, as uv reads it. */
struct IndexConfig
{
    enum class Format { Simple, Flat };
    enum class Authenticate { Auto, Always, Never };

    std::string name; ///< may be empty for unnamed indexes
    std::string url;
    bool isDefault = false;
    bool isExplicit = false;
    Format format = Format::Simple;
    Authenticate authenticate = Authenticate::Auto;
    std::vector<int> ignoreErrorCodes;
    std::string cacheControlApi;
    std::string cacheControlFiles;
    std::string publishUrl;
    int line = 0; ///< where its table starts, 0 when not from a file

    /**
     * "UV_INDEX_<NAME>": uv's prefix of this index's credential variables (`_USERNAME`,
     * `_PASSWORD`): the name upper-cased, every character that is not ASCII alphanumeric
     * replaced by '_'.
     */
    static std::string credentialVariablePrefix(std::string_view name)
    {
        std::string out = "UV_INDEX_";
        for (char c : name) {
            if (c >= 'a' && c <= 'z')
                out += char(c - 'a' + 'A');
            else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                out += c;
            else
                out += '_';
        }
        return out;
    }

    friend bool operator==(const IndexConfig &, const IndexConfig &) = default;
};

/** One source for a package in `[tool.uv.sources]` (a package may have several, with markers). */
struct SourcePin
{
    enum class Kind { Index, Path, Url, Git, Workspace };

    std::string package; ///< as written in the file
    Kind kind = Kind::Index;
    std::string index;   ///< Kind::Index
    std::string path;    ///< Kind::Path
    std::string url;     ///< Kind::Url, Kind::Git (the repository)
    std::string rev, tag, branch, subdirectory; ///< Kind::Git
    bool editable = false;
    bool workspace = false;
    std::string marker;
    std::string extra;
    std::string group;
    int line = 0;

    friend bool operator==(const SourcePin &, const SourcePin &) = default;
};

} // namespace Envdesk::Core
