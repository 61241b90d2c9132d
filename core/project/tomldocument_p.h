#pragma once

// The parts of TomlDocument that its three files share (not installed, not for other modules):
// the scanner's tree (tomlscanner.cpp reads the text into it; tomldocument.cpp edits through the
// places it records) and the formatting of keys and values (tomlformat.cpp).

#include "tomldocument.h"

#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Envdesk::Core::TomlDetail {

inline constexpr std::size_t npos = std::string::npos;
inline constexpr int noBlock = -2;

enum class Home : std::uint8_t {
    Root,         // the document
    Header,       // [a.b] or one element of [[a.b]]
    Implicit,     // exists only because a sub-table header names it
    Dotted,       // created by dotted keys (a.b = 1) inside a block
    Inline,       // { ... }
    InlineArray,  // [ ... ]
    ArrayOfTables,
    Scalar,
};

// One node of the scanned document: the data and where it lives in the text.
struct Node
{
    TomlValue::Type type = TomlValue::Type::Table;
    std::string text;
    std::int64_t integer = 0;
    bool boolean = false;
    bool literalQuotes = false; // a string written with single quotes
    std::vector<Node> items;
    std::vector<std::pair<std::string, Node>> members;
    int line = 0;
    int column = 0;

    Home home = Home::Scalar;
    int block = -1;               // Header: its block; Dotted: the block holding its keys
    std::size_t begin = npos;     // value text
    std::size_t end = npos;
    bool trailingComma = false;   // inline arrays and tables
    bool multiline = false;       // inline arrays

    // As a member of a table: the entry's place. Own-line entries span the whole line(s).
    std::size_t entryBegin = npos; // start of line (own line) or of the key (inline table)
    std::size_t entryEnd = npos;   // after the newline (own line) or after the value (inline)
    bool ownLine = false;
    int entryBlock = -1;

    // Out of line, as TomlValue's (clang and the vector of pairs of an incomplete type).
    Node();
    Node(const Node &);
    Node(Node &&) noexcept;
    Node &operator=(const Node &);
    Node &operator=(Node &&) noexcept;
    ~Node();

    // TOML's rules on defining tables (Scanner::header and Scanner::descend).
    bool sealed = false;        // an inline table or array: nothing can be added to it later
    bool defined = false;       // defined by a [header] (or an array of tables)
    int dottedBlock = noBlock;  // the block whose dotted keys went through this table

    // Large tables find their keys through a hash index (member index by key), so reading a
    // table with n keys costs O(n), not O(n^2).
    std::unordered_map<std::string, std::size_t> index;

    Node *member(std::string_view key)
    {
        if (!index.empty()) {
            const auto it = index.find(std::string(key));
            return it == index.end() ? nullptr : &members[it->second].second;
        }
        for (auto &[k, v] : members) {
            if (k == key)
                return &v;
        }
        return nullptr;
    }
    Node &addMember(const std::string &key, Node value)
    {
        members.emplace_back(key, std::move(value));
        if (!index.empty()) {
            index.emplace(key, members.size() - 1);
        } else if (members.size() > 16) {
            for (std::size_t i = 0; i < members.size(); ++i)
                index.emplace(members[i].first, i);
        }
        return members.back().second;
    }
    const Node *member(std::string_view key) const
    {
        return const_cast<Node *>(this)->member(key);
    }
};


struct Block
{
    TomlPath path;             // with indices for elements of arrays of tables
    bool isArray = false;
    std::size_t leadingBegin = 0; // comment lines directly above the header belong to it
    std::size_t headerBegin = 0;
    std::size_t headerEnd = 0; // after the header line
    std::size_t bodyEnd = 0;   // after the last entry line
};

inline bool isBareKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
           || c == '-';
}

// What the scanner hands over: the tree, its table blocks, and which quotes the file prefers.
struct ScanResult
{
    Node root;
    std::vector<Block> blocks;
    int literalStrings = 0;
    int basicStrings = 0;
};

// Why the text is not TOML, in English, and where (line 0: an exception from below, no place).
struct ScanFailure
{
    std::string what;
    int line = 0;
    int column = 0;
    std::size_t lineBegin = 0; // where the line of the error starts in the text
};

// Reads `text` as TOML 1.0 strictly (tomlscanner.cpp); the result keeps no view of `text`.
std::expected<ScanResult, ScanFailure> scanToml(std::string_view text);
TomlValue toValue(Node &n);

// tomlformat.cpp
std::string formatKey(std::string_view key);
std::string formatValue(const TomlValue &v, bool literalQuotes);
std::string formatPath(const TomlPath &path);

} // namespace Envdesk::Core::TomlDetail
