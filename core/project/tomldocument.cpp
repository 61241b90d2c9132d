#include "tomldocument.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <unordered_map>

namespace Envdesk::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Envdesk::Core::Project", text);
}

constexpr std::size_t npos = std::string::npos;
constexpr int noBlock = -2;

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

Node::Node() = default;
Node::Node(const Node &) = default;
Node::Node(Node &&) noexcept = default;
Node &Node::operator=(const Node &) = default;
Node &Node::operator=(Node &&) noexcept = default;
Node::~Node() = default;

struct Block
{
    TomlPath path;             // with indices for elements of arrays of tables
    bool isArray = false;
    std::size_t leadingBegin = 0; // comment lines directly above the header belong to it
    std::size_t headerBegin = 0;
    std::size_t headerEnd = 0; // after the header line
    std::size_t bodyEnd = 0;   // after the last entry line
};

struct ScanError
{
    std::size_t pos;
    std::string what;
};

// Deeper nesting is refused before any recursive code sees it: each level of an array or inline
// table costs a stack frame in the parser, in the tree's destructor and in every reader of the
// value (about 7,000 levels ended the process with a stack overflow).
constexpr int maxNesting = 256;

bool isBareKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
           || c == '-';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Where the first byte of `s` breaks UTF-8 (overlong forms, surrogates and code points above
// U+10FFFF included), or where a carriage return stands without its line feed; npos if none.
std::size_t encodingError(std::string_view s)
{
    const auto *u = reinterpret_cast<const unsigned char *>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = u[i];
        if (c < 0x80) {
            if (c == '\r' && (i + 1 >= n || u[i + 1] != '\n'))
                return i;
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((u[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (u[i + k] & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return npos;
}

// How deep arrays and inline tables nest, found without recursion: brackets are counted outside
// strings and comments. Returns where nesting first goes deeper than `limit`, or npos.
std::size_t nestingError(std::string_view s, int limit)
{
    int depth = 0;
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const char c = s[i];
        if (c == '#') {
            while (i < n && s[i] != '\n')
                ++i;
        } else if (c == '"' || c == '\'') {
            const bool multi = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
            i += multi ? 3 : 1;
            while (i < n) {
                if (c == '"' && s[i] == '\\') {
                    i += 2;
                    continue;
                }
                if (!multi && s[i] == '\n')
                    break; // unterminated: the parser says so
                if (s[i] == c && (!multi || (i + 2 < n && s[i + 1] == c && s[i + 2] == c))) {
                    i += multi ? 3 : 1;
                    while (multi && i < n && s[i] == c) // up to two quotes end the content
                        ++i;
                    break;
                }
                ++i;
            }
            continue;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return i;
        } else if (c == ']' || c == '}') {
            depth = std::max(depth - 1, 0);
        }
        ++i;
    }
    return npos;
}

// The scanner reads TOML 1.0 strictly (it is the only judge of validity: toml-test's valid
// cases must read with their values and its invalid ones must be refused), builds the data tree
// and records where every entry, value, array element and table block lives. It runs in time
// linear in the text: positions become lines through a table of line starts, and large tables
// find their keys through a hash index.
class Scanner
{
public:
    explicit Scanner(std::string_view text)
        : s(text)
    {
        lineStarts.push_back(0);
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (s[i] == '\n')
                lineStarts.push_back(i + 1);
        }
    }

    std::string_view s;
    std::size_t pos = 0;
    Node root;
    std::vector<Block> blocks;
    std::vector<std::size_t> lineStarts;
    int literalStrings = 0;
    int basicStrings = 0;

    struct LineCache
    {
        int line = 0;
        std::size_t lineStart = 0;
        std::size_t lineEnd = 0; // the next line's start
        std::size_t pos = 0;
        int column = 1;
    };
    mutable LineCache cache;

    void run()
    {
        if (const std::size_t bad = encodingError(s); bad != npos) {
            pos = bad;
            error(s[bad] == '\r' ? "carriage return without a line feed" : "invalid UTF-8");
        }
        if (const std::size_t deep = nestingError(s, maxNesting); deep != npos) {
            pos = deep;
            error("arrays or inline tables nested deeper than " + std::to_string(maxNesting)
                  + " levels");
        }
        root.home = Home::Root;
        root.block = 0;
        root.defined = true;
        blocks.push_back({});
        Node *current = &root;
        int currentBlock = 0;
        int currentDepth = 0;
        if (s.starts_with("\xEF\xBB\xBF")) // a UTF-8 byte order mark is allowed, and kept
            pos = 3;
        while (pos < s.size()) {
            const std::size_t lineBegin = pos;
            skipWs();
            if (pos >= s.size())
                break;
            const char c = s[pos];
            if (c == '#' || c == '\n' || c == '\r') {
                expectLineEnd();
                continue;
            }
            if (c == '[') {
                current = header(&currentBlock, &currentDepth);
                continue;
            }
            keyValue(lineBegin, current, currentBlock, currentDepth);
        }
        for (std::size_t i = 1; i < blocks.size(); ++i)
            blocks[i].leadingBegin = attachedCommentsStart(blocks[i].headerBegin);
    }

    // 1-based line and column (in characters) of p. Asked in text order, mostly: the column is
    // counted from the last answer when it is on the same line, so a file of one long line
    // costs no more than one of many.
    std::pair<int, int> lineColumn(std::size_t p) const
    {
        p = std::min(p, s.size());
        auto isChar = [this](std::size_t i) {
            return (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
        };
        if (cache.line == 0 || p < cache.lineStart || p >= cache.lineEnd) {
            const auto next = std::upper_bound(lineStarts.begin(), lineStarts.end(), p);
            cache.line = int(next - lineStarts.begin());
            cache.lineStart = *(next - 1);
            cache.lineEnd = next == lineStarts.end() ? s.size() + 1 : *next;
            cache.pos = cache.lineStart;
            cache.column = 1;
        }
        for (; cache.pos < p; ++cache.pos)
            cache.column += isChar(cache.pos) ? 1 : 0;
        for (; cache.pos > p; --cache.pos)
            cache.column -= isChar(cache.pos - 1) ? 1 : 0;
        return {cache.line, cache.column};
    }

private:
    [[noreturn]] void error(const std::string &what) const { throw ScanError{pos, what}; }

    char at(std::size_t p) const { return p < s.size() ? s[p] : '\0'; }

    void skipWs()
    {
        while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t'))
            ++pos;
    }

    // A comment from '#' to the end of its line (not included): TOML allows no control
    // characters in it other than tab.
    void comment()
    {
        while (pos < s.size() && s[pos] != '\n') {
            const auto c = static_cast<unsigned char>(s[pos]);
            if ((c < 0x20 && c != '\t' && !(c == '\r' && at(pos + 1) == '\n')) || c == 0x7F)
                error("control character in a comment");
            ++pos;
        }
    }

    // Skips whitespace, newlines and comments (inside arrays).
    bool skipWsNewlinesComments()
    {
        bool sawNewline = false;
        while (pos < s.size()) {
            const char c = s[pos];
            if (c == ' ' || c == '\t' || c == '\r') {
                ++pos;
            } else if (c == '\n') {
                sawNewline = true;
                ++pos;
            } else if (c == '#') {
                comment();
            } else {
                break;
            }
        }
        return sawNewline;
    }

    // After a value or header: optional whitespace and comment, then the newline or the end.
    void expectLineEnd()
    {
        skipWs();
        if (at(pos) == '#')
            comment();
        if (pos >= s.size())
            return;
        if (s[pos] == '\r' && at(pos + 1) == '\n')
            pos += 2;
        else if (s[pos] == '\n')
            ++pos;
        else
            error("expected the end of the line");
    }

    std::size_t attachedCommentsStart(std::size_t headerBegin) const
    {
        std::size_t start = headerBegin;
        while (start > 0) {
            // the line before `start`
            std::size_t prevEnd = start - 1; // the '\n' ending the previous line
            std::size_t prevBegin = prevEnd;
            while (prevBegin > 0 && s[prevBegin - 1] != '\n')
                --prevBegin;
            std::size_t p = prevBegin;
            while (p < prevEnd && (s[p] == ' ' || s[p] == '\t'))
                ++p;
            if (p < prevEnd && s[p] == '#')
                start = prevBegin;
            else
                break;
        }
        return start;
    }

    std::vector<std::string> key()
    {
        std::vector<std::string> parts;
        while (true) {
            skipWs();
            const char c = at(pos);
            if (c == '"' || c == '\'') {
                if (at(pos + 1) == c && at(pos + 2) == c)
                    error("a multi-line string cannot be a key");
                Node n;
                string(n);
                parts.push_back(n.text);
            } else {
                const std::size_t start = pos;
                while (pos < s.size() && isBareKeyChar(s[pos]))
                    ++pos;
                if (pos == start)
                    error("expected a key");
                parts.emplace_back(s.substr(start, pos - start));
            }
            if (parts.size() > std::size_t(maxNesting))
                error("a key with more than " + std::to_string(maxNesting) + " parts");
            skipWs();
            if (at(pos) != '.')
                break;
            ++pos;
        }
        return parts;
    }

    void place(Node &n, std::size_t p) const
    {
        const auto [l, c] = lineColumn(p);
        n.line = l;
        n.column = c;
    }

    // TOML 1.0 table rules, as Python's tomllib applies them: a table is defined once, by a
    // header or by dotted keys; a table that only exists because a deeper header named it
    // ([a.b] makes a) may still get its own header later, also after an array of tables below
    // it ([[a.b.c]] then [a.b]); arrays of tables take new elements only through [[...]]; inline
    // tables and arrays are closed.
    Node *header(int *currentBlock, int *currentDepth)
    {
        const std::size_t headerBegin = pos;
        const bool isArray = at(pos + 1) == '[';
        pos += isArray ? 2 : 1;
        const std::vector<std::string> parts = key();
        if (at(pos) != ']' || (isArray && at(pos + 1) != ']'))
            error(isArray ? "expected ']]'" : "expected ']'");
        pos += isArray ? 2 : 1;
        expectLineEnd();
        Block block;
        block.isArray = isArray;
        block.headerBegin = headerBegin;
        const int index = int(blocks.size());
        Node *node = &root;
        int depth = 0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const bool last = i + 1 == parts.size();
            block.path.emplace_back(parts[i]);
            Node *next = node->member(parts[i]);
            if (!next) {
                next = &node->addMember(parts[i], Node{});
                next->home = Home::Implicit;
                place(*next, headerBegin);
                if (last && isArray) {
                    next->type = TomlValue::Type::Array;
                    next->home = Home::ArrayOfTables;
                    next->defined = true;
                }
            } else if (last && isArray) {
                if (next->home != Home::ArrayOfTables) {
                    pos = headerBegin;
                    error("'" + parts[i] + "' is already defined and is not an array of tables");
                }
            } else if (last) {
                if (next->type != TomlValue::Type::Table || next->home != Home::Implicit
                    || next->dottedBlock != noBlock) {
                    pos = headerBegin;
                    error("table '" + parts[i] + "' is already defined");
                }
            } else if (next->home == Home::ArrayOfTables) {
                // [a.b] after [[a]]: a sub-table of a's last element
            } else if (next->type != TomlValue::Type::Table || next->sealed) {
                pos = headerBegin;
                error("'" + parts[i] + "' is already defined as a value");
            }
            node = next;
            ++depth;
            if (last && isArray) {
                node->items.emplace_back();
                Node &element = node->items.back();
                element.home = Home::Header;
                element.block = index;
                element.defined = true;
                place(element, headerBegin);
                block.path.emplace_back(node->items.size() - 1);
                node = &element;
                ++depth;
            } else if (last) {
                node->home = Home::Header;
                node->block = index;
                node->defined = true;
            } else if (node->type == TomlValue::Type::Array) {
                block.path.emplace_back(node->items.size() - 1);
                node = &node->items.back();
                ++depth;
            }
        }
        block.headerEnd = pos;
        block.bodyEnd = block.headerEnd;
        blocks.push_back(std::move(block));
        *currentBlock = index;
        *currentDepth = depth;
        return node;
    }

    void keyValue(std::size_t lineBegin, Node *table, int block, int depth)
    {
        const std::size_t keyBegin = pos;
        const std::vector<std::string> parts = key();
        if (at(pos) != '=')
            error("expected '=' after a key");
        ++pos;
        skipWs();
        const int valueDepth = depth + int(parts.size());
        if (valueDepth > maxNesting)
            error("tables nested deeper than " + std::to_string(maxNesting) + " levels");
        Node value = parseValue(valueDepth);
        expectLineEnd();
        const std::size_t end = pos;
        Node *target = descend(table, parts, block, keyBegin);
        value.entryBegin = lineBegin;
        value.entryEnd = end;
        value.ownLine = true;
        value.entryBlock = block;
        target->addMember(parts.back(), std::move(value));
        blocks[std::size_t(block)].bodyEnd = end;
    }

    // Walks the dotted part of a key (all but the last part), creating tables on the way, and
    // checks that the last part is new. `block` is -1 inside an inline table.
    Node *descend(Node *table, const std::vector<std::string> &parts, int block, std::size_t keyPos)
    {
        for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
            Node *next = table->member(parts[i]);
            if (!next) {
                next = &table->addMember(parts[i], Node{});
                next->home = table->home == Home::Inline ? Home::Inline : Home::Dotted;
                next->block = block;
                place(*next, keyPos);
            } else if (next->type != TomlValue::Type::Table || next->sealed) {
                pos = keyPos;
                error("'" + parts[i] + "' is already defined as a value");
            } else if (block >= 0
                       && (next->defined || (next->dottedBlock != noBlock && next->dottedBlock != block))) {
                // dotted keys cannot add to a table a header or another block defined
                pos = keyPos;
                error("table '" + parts[i] + "' is already defined");
            }
            if (block >= 0)
                next->dottedBlock = block;
            table = next;
        }
        if (table->member(parts.back())) {
            pos = keyPos;
            error("key '" + parts.back() + "' is already defined");
        }
        return table;
    }

    Node parseValue(int depth)
    {
        Node n;
        place(n, pos);
        n.begin = pos;
        const char ch = at(pos);
        if (ch == '"' || ch == '\'') {
            string(n);
        } else if (ch == '[') {
            array(n, depth);
        } else if (ch == '{') {
            inlineTable(n, depth);
        } else {
            scalar(n);
        }
        n.end = pos;
        return n;
    }

    void string(Node &n)
    {
        n.type = TomlValue::Type::String;
        n.home = Home::Scalar;
        const char quote = s[pos];
        const bool literal = quote == '\'';
        n.literalQuotes = literal;
        (literal ? literalStrings : basicStrings) += 1;
        const bool multi = at(pos + 1) == quote && at(pos + 2) == quote;
        pos += multi ? 3 : 1;
        if (multi) {
            // A newline right after the opening delimiter is not part of the string.
            if (at(pos) == '\r' && at(pos + 1) == '\n')
                pos += 2;
            else if (at(pos) == '\n')
                ++pos;
        }
        std::string out;
        while (true) {
            // Plain characters are taken as a run.
            std::size_t plain = pos;
            while (plain < s.size()) {
                const auto u = static_cast<unsigned char>(s[plain]);
                if (u == static_cast<unsigned char>(quote) || (u == '\\' && !literal)
                    || (u < 0x20 && u != '\t') || u == 0x7F)
                    break;
                ++plain;
            }
            out.append(s.data() + pos, plain - pos);
            pos = plain;
            if (pos >= s.size())
                error("unterminated string");
            const char c = s[pos];
            if (c == quote) {
                if (!multi) {
                    ++pos;
                    break;
                }
                if (at(pos + 1) == quote && at(pos + 2) == quote) {
                    // Up to two more quotes may end the content: """a""""" is 'a""'.
                    std::size_t run = 3;
                    while (run < 5 && at(pos + run) == quote)
                        ++run;
                    out.append(run - 3, quote);
                    pos += run;
                    break;
                }
                out += c;
                ++pos;
                continue;
            }
            if (c == '\\' && !literal) {
                escape(out, multi);
                continue;
            }
            if (multi && c == '\r' && at(pos + 1) == '\n') {
                out += '\n'; // TOML normalizes newlines in multi-line strings
                pos += 2;
                continue;
            }
            if (multi && c == '\n') {
                out += c;
                ++pos;
                continue;
            }
            const auto u = static_cast<unsigned char>(c);
            if (c == '\n' || c == '\r')
                error("newline in a single-line string");
            if ((u < 0x20 && c != '\t') || u == 0x7F)
                error("control character in a string");
            out += c;
            ++pos;
        }
        n.text = std::move(out);
    }

    void escape(std::string &out, bool multi)
    {
        const char e = at(pos + 1);
        pos += 2;
        switch (e) {
        case 'b': out += '\b'; return;
        case 't': out += '\t'; return;
        case 'n': out += '\n'; return;
        case 'f': out += '\f'; return;
        case 'r': out += '\r'; return;
        case '"': out += '"'; return;
        case '\\': out += '\\'; return;
        case 'u':
        case 'U': {
            const std::size_t len = e == 'u' ? 4 : 8;
            if (pos + len > s.size())
                error("bad unicode escape");
            std::uint32_t cp = 0;
            for (std::size_t i = 0; i < len; ++i) {
                const char h = s[pos + i];
                cp <<= 4;
                if (h >= '0' && h <= '9')
                    cp |= std::uint32_t(h - '0');
                else if (h >= 'a' && h <= 'f')
                    cp |= std::uint32_t(h - 'a' + 10);
                else if (h >= 'A' && h <= 'F')
                    cp |= std::uint32_t(h - 'A' + 10);
                else
                    error("bad unicode escape");
            }
            if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                error("unicode escape of something that is not a Unicode scalar value");
            pos += len;
            appendUtf8(out, cp);
            return;
        }
        default:
            break;
        }
        // A line-ending backslash in a multi-line basic string: whitespace up to the newline,
        // then every whitespace and newline up to the next other character, are dropped.
        if (multi && (e == ' ' || e == '\t' || e == '\n' || e == '\r')) {
            pos -= 1;
            while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t'))
                ++pos;
            if (at(pos) != '\n' && !(at(pos) == '\r' && at(pos + 1) == '\n'))
                error("bad escape: a backslash followed by spaces must end the line");
            while (pos < s.size()
                   && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r'))
                ++pos;
            return;
        }
        pos -= 1;
        error("bad escape");
    }

    // Digits with single underscores between them (TOML: "each underscore must be surrounded by
    // at least one digit"), as many as `digit` accepts; returns them without the underscores.
    static bool digitsWithUnderscores(std::string_view t, bool (*digit)(char), std::string *out)
    {
        if (t.empty() || !digit(t.front()) || !digit(t.back()))
            return false;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i] == '_') {
                if (!digit(t[i + 1]) || !digit(t[i - 1]))
                    return false;
            } else if (!digit(t[i])) {
                return false;
            } else {
                *out += t[i];
            }
        }
        return true;
    }

    static bool twoDigits(std::string_view t, std::size_t at, int max, int min = 0)
    {
        if (at + 2 > t.size() || !isDigit(t[at]) || !isDigit(t[at + 1]))
            return false;
        const int v = (t[at] - '0') * 10 + (t[at + 1] - '0');
        return v >= min && v <= max;
    }

    // HH:MM:SS(.fraction)? at the start of t; returns its length or 0.
    static std::size_t timeLength(std::string_view t)
    {
        if (!twoDigits(t, 0, 23) || t.size() < 8 || t[2] != ':' || !twoDigits(t, 3, 59) || t[5] != ':'
            || !twoDigits(t, 6, 60))
            return 0;
        std::size_t len = 8;
        if (len < t.size() && t[len] == '.') {
            std::size_t k = len + 1;
            while (k < t.size() && isDigit(t[k]))
                ++k;
            if (k == len + 1)
                return 0;
            len = k;
        }
        return len;
    }

    static bool isDatetime(std::string_view t)
    {
        if (t.size() >= 3 && t[2] == ':')
            return timeLength(t) == t.size();
        if (t.size() < 10 || t[4] != '-' || t[7] != '-')
            return false;
        for (std::size_t i : {0, 1, 2, 3}) {
            if (!isDigit(t[i]))
                return false;
        }
        const int year = std::stoi(std::string(t.substr(0, 4)));
        if (!twoDigits(t, 5, 12, 1))
            return false;
        const int month = (t[5] - '0') * 10 + (t[6] - '0');
        static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if (!twoDigits(t, 8, days[month - 1] + (month == 2 && leap ? 1 : 0), 1))
            return false;
        if (t.size() == 10)
            return true;
        if (t[10] != 'T' && t[10] != 't' && t[10] != ' ')
            return false;
        const std::string_view time = t.substr(11);
        const std::size_t len = timeLength(time);
        if (len == 0)
            return false;
        const std::string_view offset = time.substr(len);
        if (offset.empty() || offset == "Z" || offset == "z")
            return true;
        return offset.size() == 6 && (offset[0] == '+' || offset[0] == '-') && twoDigits(offset, 1, 23)
               && offset[3] == ':' && twoDigits(offset, 4, 59);
    }

    void scalar(Node &n)
    {
        n.home = Home::Scalar;
        const std::size_t start = pos;
        auto isEnd = [](char c) {
            return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ']'
                   || c == '}' || c == '#' || c == '\0';
        };
        while (pos < s.size() && !isEnd(s[pos]))
            ++pos;
        std::string token(s.substr(start, pos - start));
        // A local date-time may use a space between date and time: 1979-05-27 07:32:00.
        if (token.size() == 10 && token[4] == '-' && token[7] == '-' && at(pos) == ' '
            && isDigit(at(pos + 1)) && isDigit(at(pos + 2)) && at(pos + 3) == ':') {
            ++pos;
            while (pos < s.size() && !isEnd(s[pos]))
                ++pos;
            token = std::string(s.substr(start, pos - start));
        }
        pos = start; // errors point at the value
        if (token.empty())
            error("expected a value");
        if (token == "true" || token == "false") {
            n.type = TomlValue::Type::Boolean;
            n.boolean = token == "true";
        } else if (isDatetime(token)) {
            n.type = TomlValue::Type::Datetime;
            n.text = token;
        } else if (!number(token, n)) {
            error("invalid value '" + token + "'");
        }
        pos = start + token.size();
    }

    static bool number(std::string_view token, Node &n)
    {
        std::string_view t = token;
        const bool negative = !t.empty() && t[0] == '-';
        const bool sign = !t.empty() && (t[0] == '+' || t[0] == '-');
        if (sign)
            t.remove_prefix(1);
        if (t == "inf" || t == "nan") {
            n.type = TomlValue::Type::Float;
            n.text = std::string(token);
            return true;
        }
        std::string digits;
        if (t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'o' || t[1] == 'b')) {
            if (sign)
                return false;
            const int base = t[1] == 'x' ? 16 : t[1] == 'o' ? 8 : 2;
            bool (*digit)(char) = base == 16 ? [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
                                  : base == 8 ? [](char c) { return c >= '0' && c <= '7'; }
                                              : [](char c) { return c == '0' || c == '1'; };
            if (!digitsWithUnderscores(t.substr(2), digit, &digits))
                return false;
            std::uint64_t value = 0;
            for (char c : digits) {
                const int d = isDigit(c) ? c - '0' : (std::tolower(c) - 'a' + 10);
                if (value > (std::uint64_t(INT64_MAX) - std::uint64_t(d)) / std::uint64_t(base))
                    return false;
                value = value * std::uint64_t(base) + std::uint64_t(d);
            }
            n.type = TomlValue::Type::Integer;
            n.integer = std::int64_t(value);
            return true;
        }
        // Decimal: an integer part without leading zeros, then a fraction and/or an exponent.
        const std::size_t intEnd = std::min(t.find_first_of(".eE"), t.size());
        const std::string_view intPart = t.substr(0, intEnd);
        if (!digitsWithUnderscores(intPart, isDigit, &digits))
            return false;
        if (digits.size() > 1 && digits[0] == '0')
            return false;
        if (intEnd == t.size()) {
            std::uint64_t value = 0;
            const std::uint64_t limit = negative ? std::uint64_t(INT64_MAX) + 1 : std::uint64_t(INT64_MAX);
            for (char c : digits) {
                const auto d = std::uint64_t(c - '0');
                if (value > (limit - d) / 10)
                    return false;
                value = value * 10 + d;
            }
            n.type = TomlValue::Type::Integer;
            n.integer = negative ? std::int64_t(0 - value) : std::int64_t(value);
            return true;
        }
        std::string_view rest = t.substr(intEnd);
        if (rest[0] == '.') {
            const std::size_t fracEnd = std::min(rest.find_first_of("eE"), rest.size());
            if (!digitsWithUnderscores(rest.substr(1, fracEnd - 1), isDigit, &digits))
                return false;
            rest.remove_prefix(fracEnd);
        }
        if (!rest.empty()) {
            rest.remove_prefix(1); // e or E
            if (!rest.empty() && (rest[0] == '+' || rest[0] == '-'))
                rest.remove_prefix(1);
            if (!digitsWithUnderscores(rest, isDigit, &digits))
                return false;
        }
        n.type = TomlValue::Type::Float;
        n.text = std::string(token);
        return true;
    }

    void array(Node &n, int depth)
    {
        n.type = TomlValue::Type::Array;
        n.home = Home::InlineArray;
        n.sealed = true;
        ++pos; // '['
        while (true) {
            if (skipWsNewlinesComments())
                n.multiline = true;
            if (at(pos) == ']') {
                ++pos;
                return;
            }
            if (pos >= s.size())
                error("unterminated array");
            n.items.push_back(parseValue(depth + 1));
            n.trailingComma = false;
            if (skipWsNewlinesComments())
                n.multiline = true;
            if (at(pos) == ',') {
                ++pos;
                n.trailingComma = true;
                continue;
            }
            if (at(pos) == ']') {
                ++pos;
                return;
            }
            error("expected ',' or ']' in an array");
        }
    }

    // TOML 1.0: an inline table stays on one line (arrays inside it may not) and has no
    // trailing comma.
    void inlineTable(Node &n, int depth)
    {
        n.type = TomlValue::Type::Table;
        n.home = Home::Inline;
        n.sealed = true;
        ++pos; // '{'
        skipWs();
        if (at(pos) == '}') {
            ++pos;
            return;
        }
        while (true) {
            skipWs();
            const std::size_t keyBegin = pos;
            const std::vector<std::string> parts = key();
            if (at(pos) != '=')
                error("expected '=' after a key");
            ++pos;
            skipWs();
            if (depth + int(parts.size()) > maxNesting)
                error("tables nested deeper than " + std::to_string(maxNesting) + " levels");
            Node value = parseValue(depth + int(parts.size()));
            value.entryBegin = keyBegin;
            value.entryEnd = value.end;
            value.ownLine = false;
            Node *target = descend(&n, parts, -1, keyBegin);
            target->addMember(parts.back(), std::move(value));
            skipWs();
            if (at(pos) == ',') {
                ++pos;
                skipWs();
                if (at(pos) == '}')
                    error("trailing comma in an inline table");
                continue;
            }
            if (at(pos) == '}') {
                ++pos;
                return;
            }
            error(at(pos) == '\n' || at(pos) == '\r' ? "newline in an inline table"
                                                     : "expected ',' or '}' in an inline table");
        }
    }
};

// The data of a scanned tree; the strings move over (the tree keeps only the layout).
TomlValue toValue(Node &n)
{
    TomlValue v;
    v.type = n.type;
    v.text = std::move(n.text);
    v.integer = n.integer;
    v.boolean = n.boolean;
    v.line = n.line;
    v.column = n.column;
    v.array.reserve(n.items.size());
    for (Node &item : n.items)
        v.array.push_back(toValue(item));
    v.table.reserve(n.members.size());
    for (auto &[k, m] : n.members)
        v.table.emplace_back(k, toValue(m));
    return v;
}

bool isBareKey(std::string_view key)
{
    return !key.empty() && std::all_of(key.begin(), key.end(), isBareKeyChar);
}

std::string quoteBasic(std::string_view text)
{
    std::string out = "\"";
    for (unsigned char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    return out + "\"";
}

std::string formatKey(std::string_view key)
{
    return isBareKey(key) ? std::string(key) : quoteBasic(key);
}

std::string formatValue(const TomlValue &v, bool literalQuotes)
{
    switch (v.type) {
    case TomlValue::Type::String: {
        const bool canLiteral = literalQuotes && v.text.find('\'') == std::string::npos
                                && std::none_of(v.text.begin(), v.text.end(), [](unsigned char c) {
                                       return c < 0x20 || c == 0x7f;
                                   });
        return canLiteral ? "'" + v.text + "'" : quoteBasic(v.text);
    }
    case TomlValue::Type::Integer:
        return std::to_string(v.integer);
    case TomlValue::Type::Boolean:
        return v.boolean ? "true" : "false";
    case TomlValue::Type::Float:
    case TomlValue::Type::Datetime:
        return v.text;
    case TomlValue::Type::Array: {
        std::string out = "[";
        for (std::size_t i = 0; i < v.array.size(); ++i) {
            if (i)
                out += ", ";
            out += formatValue(v.array[i], literalQuotes);
        }
        return out + "]";
    }
    case TomlValue::Type::Table: {
        if (v.table.empty())
            return "{}";
        std::string out = "{ ";
        for (std::size_t i = 0; i < v.table.size(); ++i) {
            if (i)
                out += ", ";
            out += formatKey(v.table[i].first) + " = " + formatValue(v.table[i].second, literalQuotes);
        }
        return out + " }";
    }
    }
    return {};
}

std::string formatPath(const TomlPath &path)
{
    std::string out;
    for (const TomlPathItem &item : path) {
        if (const auto *key = std::get_if<std::string>(&item)) {
            if (!out.empty())
                out += '.';
            out += formatKey(*key);
        }
    }
    return out;
}

// What a splice replaces: [begin, end) becomes `text`.
struct Splice
{
    std::size_t begin;
    std::size_t end;
    std::string text;
};

} // namespace

std::string tomlInlineValue(const TomlValue &value)
{
    return formatValue(value, false);
}

std::string tomlKey(std::string_view key)
{
    return formatKey(key);
}

std::string tomlPathToString(const TomlPath &path)
{
    std::string out;
    for (const TomlPathItem &item : path) {
        if (const auto *key = std::get_if<std::string>(&item)) {
            if (!out.empty())
                out += '.';
            out += *key;
        } else {
            out += '[' + std::to_string(std::get<std::size_t>(item)) + ']';
        }
    }
    return out;
}

TomlValue::TomlValue() = default;
TomlValue::TomlValue(const TomlValue &) = default;
TomlValue::TomlValue(TomlValue &&) noexcept = default;
TomlValue &TomlValue::operator=(const TomlValue &) = default;
TomlValue &TomlValue::operator=(TomlValue &&) noexcept = default;
TomlValue::~TomlValue() = default;

TomlValue TomlValue::string(std::string s)
{
    TomlValue v;
    v.type = Type::String;
    v.text = std::move(s);
    return v;
}

TomlValue TomlValue::integerValue(std::int64_t i)
{
    TomlValue v;
    v.type = Type::Integer;
    v.integer = i;
    return v;
}

TomlValue TomlValue::booleanValue(bool b)
{
    TomlValue v;
    v.type = Type::Boolean;
    v.boolean = b;
    return v;
}

TomlValue TomlValue::arrayOf(std::vector<TomlValue> items)
{
    TomlValue v;
    v.type = Type::Array;
    v.array = std::move(items);
    return v;
}

TomlValue TomlValue::tableOf(std::vector<std::pair<std::string, TomlValue>> entries)
{
    TomlValue v;
    v.type = Type::Table;
    v.table = std::move(entries);
    return v;
}

TomlValue TomlValue::stringArray(const std::vector<std::string> &items)
{
    std::vector<TomlValue> values;
    for (const std::string &item : items)
        values.push_back(string(item));
    return arrayOf(std::move(values));
}

const TomlValue *TomlValue::find(std::string_view key) const
{
    if (type != Type::Table)
        return nullptr;
    for (const auto &[k, v] : table) {
        if (k == key)
            return &v;
    }
    return nullptr;
}

const TomlValue *TomlValue::at(const TomlPath &path) const
{
    const TomlValue *v = this;
    for (const TomlPathItem &item : path) {
        if (const auto *key = std::get_if<std::string>(&item)) {
            v = v->find(*key);
        } else {
            const std::size_t i = std::get<std::size_t>(item);
            v = (v->type == Type::Array && i < v->array.size()) ? &v->array[i] : nullptr;
        }
        if (!v)
            return nullptr;
    }
    return v;
}

const char *TomlValue::typeName(Type type)
{
    switch (type) {
    case Type::String: return "string";
    case Type::Integer: return "integer";
    case Type::Float: return "float";
    case Type::Boolean: return "boolean";
    case Type::Datetime: return "date-time";
    case Type::Array: return "array";
    case Type::Table: return "table";
    }
    return "value";
}

bool TomlValue::sameData(const TomlValue &other) const
{
    if (type != other.type || text != other.text || integer != other.integer
        || boolean != other.boolean || array.size() != other.array.size()
        || table.size() != other.table.size())
        return false;
    for (std::size_t i = 0; i < array.size(); ++i) {
        if (!array[i].sameData(other.array[i]))
            return false;
    }
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i].first != other.table[i].first || !table[i].second.sameData(other.table[i].second))
            return false;
    }
    return true;
}

struct TomlDocument::Private
{
    std::string text;
    QString fileName;
    TomlValue value;
    Node tree;
    std::vector<Block> blocks;
    bool crlf = false;
    bool preferLiteral = false;

    std::string nl() const { return crlf ? "\r\n" : "\n"; }

    const Node *node(const TomlPath &path) const
    {
        const Node *n = &tree;
        for (const TomlPathItem &item : path) {
            if (const auto *key = std::get_if<std::string>(&item)) {
                n = n->type == TomlValue::Type::Table ? n->member(*key) : nullptr;
            } else {
                const std::size_t i = std::get<std::size_t>(item);
                n = (n->type == TomlValue::Type::Array && i < n->items.size()) ? &n->items[i] : nullptr;
            }
            if (!n)
                return nullptr;
        }
        return n;
    }

    /**
     * Where element `index` of the array of tables at `arrayPath` is: from the comments above its
     * header to the end of its last sub-table. {npos, 0} when it has no block.
     */
    std::pair<std::size_t, std::size_t> elementBlocks(const TomlPath &arrayPath, std::size_t index) const
    {
        TomlPath prefix = arrayPath;
        prefix.emplace_back(index);
        std::size_t begin = npos;
        std::size_t end = 0;
        for (std::size_t i = 1; i < blocks.size(); ++i) {
            const TomlPath &bp = blocks[i].path;
            if (bp.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), bp.begin())) {
                begin = std::min(begin, blocks[i].leadingBegin);
                end = std::max(end, blocks[i].bodyEnd);
            }
        }
        return {begin, end};
    }

    std::size_t lineStart(std::size_t p) const
    {
        while (p > 0 && text[p - 1] != '\n')
            --p;
        return p;
    }

    std::size_t lineEndAfter(std::size_t p) const
    {
        while (p < text.size() && text[p] != '\n')
            ++p;
        return p < text.size() ? p + 1 : p;
    }

    std::string indentOf(std::size_t p) const
    {
        const std::size_t start = lineStart(p);
        std::size_t q = start;
        while (q < text.size() && (text[q] == ' ' || text[q] == '\t'))
            ++q;
        return text.substr(start, q - start);
    }

    bool onlySpaceBefore(std::size_t p) const
    {
        for (std::size_t q = lineStart(p); q < p; ++q) {
            if (text[q] != ' ' && text[q] != '\t')
                return false;
        }
        return true;
    }

    // The last own-line entry position inside `node` (deep), for inserting after it.
    void lastEntryEnd(const Node &n, int block, std::size_t *end) const
    {
        for (const auto &[k, m] : n.members) {
            if (m.ownLine && m.entryBlock == block && (*end == npos || m.entryEnd > *end))
                *end = m.entryEnd;
            if (m.type == TomlValue::Type::Table && m.home == Home::Dotted)
                lastEntryEnd(m, block, end);
        }
    }

    // The indentation the entries of a block use.
    std::string blockIndent(int block) const
    {
        std::string indent;
        std::size_t best = npos;
        std::function<void(const Node &)> walk = [&](const Node &n) {
            for (const auto &[k, m] : n.members) {
                if (m.ownLine && m.entryBlock == block && (best == npos || m.entryBegin > best)) {
                    best = m.entryBegin;
                    indent = indentOf(m.entryBegin);
                }
                if (m.type == TomlValue::Type::Table
                    && (m.home == Home::Dotted || m.home == Home::Header || m.home == Home::Implicit))
                    walk(m);
                for (const Node &item : m.items)
                    walk(item);
            }
        };
        walk(tree);
        return indent;
    }

    // Inserting `content` (ending in a newline) at p: at the end of a file without a final
    // newline, the newline moves to the front so the file still ends without one.
    Splice insertLines(std::size_t p, std::string content) const
    {
        if (p == text.size() && !text.empty() && text.back() != '\n') {
            const std::size_t n = nl().size();
            content = nl() + content.substr(0, content.size() - n);
        }
        return {p, p, std::move(content)};
    }

    // Where a new top-level block for `path` goes: after the last block sharing the longest
    // prefix with it, else at the end.
    std::size_t newBlockPosition(const std::vector<std::string> &path) const
    {
        std::size_t bestLength = 0;
        std::size_t position = text.size();
        for (std::size_t i = 1; i < blocks.size(); ++i) {
            std::size_t common = 0;
            std::size_t k = 0;
            for (const TomlPathItem &item : blocks[i].path) {
                const auto *key = std::get_if<std::string>(&item);
                if (!key)
                    continue;
                if (k < path.size() && path[k] == *key) {
                    ++common;
                    ++k;
                } else {
                    break;
                }
            }
            if (common > 0 && common >= bestLength) {
                bestLength = common;
                position = blocks[i].bodyEnd;
            }
        }
        return position;
    }
};

TomlDocument::TomlDocument()
{
    auto p = std::make_shared<Private>();
    p->tree.home = Home::Root;
    p->blocks.push_back({});
    d = std::move(p);
}

TomlDocument::~TomlDocument() = default;
TomlDocument::TomlDocument(const TomlDocument &) = default;
TomlDocument &TomlDocument::operator=(const TomlDocument &) = default;
TomlDocument::TomlDocument(TomlDocument &&) noexcept = default;
TomlDocument &TomlDocument::operator=(TomlDocument &&) noexcept = default;

Expected<TomlDocument> TomlDocument::parse(std::string text, const QString &fileName)
{
    // envdesk's own scanner is the judge of validity (TOML 1.0, checked against toml-test):
    // toml11 3.7 refused valid files (a [table] after an [[array.of.tables]] below it) and,
    // being recursive, crashed on deeply nested arrays (docs/workarounds.md).
    Scanner scanner(text);
    try {
        scanner.run();
    } catch (const ScanError &e) {
        Error error;
        error.code = ErrorCode::InvalidToml;
        error.file = fileName;
        const auto [line, column] = scanner.lineColumn(e.pos);
        error.line = line;
        error.column = column;
        const std::size_t begin = scanner.lineStarts[std::size_t(line - 1)];
        const std::size_t end = std::min(text.find('\n', begin), text.size());
        QString lineText = QString::fromUtf8(text.data() + begin, qsizetype(end - begin)).trimmed();
        if (lineText.size() > 80) // a long line is shown around the place of the error
            lineText = QStringLiteral("...") + lineText.mid(std::max(0, column - 40), 80)
                       + QStringLiteral("...");
        error.message = tr("invalid TOML: %1 (in '%2')").arg(QString::fromStdString(e.what), lineText);
        error.hint = tr("fix the file by hand at the line shown; nothing was changed");
        return std::unexpected(error);
    } catch (const std::exception &e) {
        Error error;
        error.code = ErrorCode::InvalidToml;
        error.file = fileName;
        error.message = tr("invalid TOML: %1").arg(QString::fromStdString(e.what()));
        return std::unexpected(error);
    }

    auto p = std::make_shared<Private>();
    p->crlf = text.find("\r\n") != npos && text.find("\r\n") == text.find('\n') - 1;
    p->preferLiteral = scanner.literalStrings > scanner.basicStrings;
    p->tree = std::move(scanner.root);
    p->blocks = std::move(scanner.blocks);
    p->value = toValue(p->tree);
    p->text = std::move(text);
    p->fileName = fileName;
    TomlDocument doc;
    doc.d = std::move(p);
    return doc;
}

const std::string &TomlDocument::text() const
{
    return d->text;
}

const QString &TomlDocument::fileName() const
{
    return d->fileName;
}

const TomlValue &TomlDocument::root() const
{
    return d->value;
}

bool TomlDocument::usesCrlf() const
{
    return d->crlf;
}

namespace {

Expected<TomlDocument> applySplices(const TomlDocument &doc, std::vector<Splice> splices)
{
    std::sort(splices.begin(), splices.end(),
              [](const Splice &a, const Splice &b) { return a.begin > b.begin; });
    std::string text = doc.text();
    bool inside = true;
    for (const Splice &s : splices) {
        // A place the layout got wrong fails the edit rather than throw out of this file.
        if (s.begin > s.end || s.end > text.size()) {
            inside = false;
            break;
        }
        text.replace(s.begin, s.end - s.begin, s.text);
    }
    auto result = inside ? TomlDocument::parse(std::move(text), doc.fileName())
                         : Expected<TomlDocument>(std::unexpected(Error{}));
    if (!result) {
        Error error = result.error();
        if (!inside) {
            error.file = doc.fileName();
            error.message = QStringLiteral("splice outside the text");
        }
        error.code = ErrorCode::EditFailed;
        error.message = QCoreApplication::translate("Envdesk::Core::Project",
                                                    "envdesk could not make this edit without "
                                                    "breaking the file (%1); nothing was written")
                            .arg(error.message);
        return std::unexpected(error);
    }
    return result;
}

Error editError(const QString &fileName, const QString &message)
{
    Error error;
    error.code = ErrorCode::EditFailed;
    error.file = fileName;
    error.message = message;
    return error;
}

std::vector<std::string> stringKeys(const TomlPath &path)
{
    std::vector<std::string> keys;
    for (const TomlPathItem &item : path) {
        if (const auto *key = std::get_if<std::string>(&item))
            keys.push_back(*key);
    }
    return keys;
}

} // namespace

Expected<TomlDocument> TomlDocument::setValue(const TomlPath &tablePath, const std::string &key,
                                              const TomlValue &value) const
{
    const Private &p = *d;
    const QString where = QString::fromStdString(tomlPathToString(tablePath));
    std::vector<Splice> splices;
    const std::string nl = p.nl();

    // Find the deepest existing table on the path.
    std::size_t existing = 0;
    const Node *table = &p.tree;
    while (existing < tablePath.size()) {
        TomlPath prefix(tablePath.begin(), tablePath.begin() + std::ptrdiff_t(existing + 1));
        const Node *next = p.node(prefix);
        if (!next)
            break;
        table = next;
        ++existing;
    }
    if (table->type != TomlValue::Type::Table)
        return std::unexpected(editError(p.fileName, tr("'%1' is not a table").arg(where)));
    const TomlPath missing(tablePath.begin() + std::ptrdiff_t(existing), tablePath.end());
    const std::vector<std::string> missingKeys = stringKeys(missing);
    if (missingKeys.size() != missing.size())
        return std::unexpected(editError(p.fileName, tr("no array element at '%1'").arg(where)));

    if (missing.empty()) {
        if (const Node *old = table->member(key)) {
            if (old->home != Home::Scalar && old->home != Home::InlineArray && old->home != Home::Inline)
                return std::unexpected(editError(
                    p.fileName, tr("'%1.%2' is a table of its own; envdesk replaces values only")
                                    .arg(where, QString::fromStdString(key))));
            splices.push_back({old->begin, old->end, formatValue(value, old->type == TomlValue::Type::String
                                                                            ? old->literalQuotes
                                                                            : p.preferLiteral)});
            return applySplices(*this, std::move(splices));
        }
    }

    // Relative key from the existing table to the new entry: missing tables become dotted parts
    // when the existing table keeps its keys inline or dotted; otherwise a new [header] block.
    std::string relative;
    for (const std::string &k : missingKeys)
        relative += formatKey(k) + '.';
    relative += formatKey(key);
    const std::string entry = relative + " = " + formatValue(value, p.preferLiteral);

    // A table defined only through sub-table headers gets a header block of its own, before the
    // first sub-table.
    auto insertIntoImplicit = [&](const TomlPath &tablePath, const std::string &entry) {
        std::size_t at = p.text.size();
        const std::vector<std::string> keys = stringKeys(tablePath);
        for (std::size_t i = 1; i < p.blocks.size(); ++i) {
            const std::vector<std::string> bk = stringKeys(p.blocks[i].path);
            if (bk.size() > keys.size() && std::equal(keys.begin(), keys.end(), bk.begin())) {
                at = p.blocks[i].leadingBegin;
                break;
            }
        }
        const std::string header = formatPath(tablePath);
        return applySplices(*this, {Splice{at, at, "[" + header + "]" + nl + entry + nl + nl}});
    };

    switch (table->home) {
    case Home::Inline: {
        // A table made by dotted keys inside an inline table ({ a.b = 1 }) has no braces of
        // its own to add to.
        if (table->begin == npos || table->end == npos)
            return std::unexpected(editError(p.fileName, tr("'%1' cannot take new keys").arg(where)));
        if (table->members.empty()) {
            splices.push_back({table->begin, table->end, "{ " + entry + " }"});
        } else {
            // After the last entry, before the spaces that lead to the closing brace.
            std::size_t at = table->end - 1;
            while (at > table->begin + 1 && (p.text[at - 1] == ' ' || p.text[at - 1] == '\t'))
                --at;
            splices.push_back({at, at, ", " + entry});
        }
        break;
    }
    case Home::Dotted: {
        std::size_t end = npos;
        p.lastEntryEnd(*table, table->block, &end);
        // The dotted prefix from the block's header to this table.
        const Block &block = p.blocks[std::size_t(table->block)];
        const std::vector<std::string> blockKeys = stringKeys(block.path);
        const std::vector<std::string> tableKeys = stringKeys(tablePath);
        std::string prefix;
        for (std::size_t i = blockKeys.size(); i < tableKeys.size() - missingKeys.size(); ++i)
            prefix += formatKey(tableKeys[i]) + '.';
        splices.push_back(p.insertLines(end, p.blockIndent(table->block) + prefix + entry + nl));
        break;
    }
    case Home::Root:
    case Home::Header:
    case Home::Implicit: {
        if (!missing.empty()) {
            // A new [table] block for the missing part.
            std::vector<std::string> full = stringKeys(tablePath);
            TomlPath headerPath = tablePath;
            std::string header;
            {
                // Keep array indices out of the header: [a.b] refers to the last element.
                header = formatPath(headerPath);
            }
            const std::size_t at = p.newBlockPosition(full);
            std::string content = "[" + header + "]" + nl + formatKey(key) + " = "
                                  + formatValue(value, p.preferLiteral) + nl;
            if (at > 0 && at <= p.text.size())
                content = nl + content;
            splices.push_back(p.insertLines(at, content));
            break;
        }
        if (table->home == Home::Implicit)
            return insertIntoImplicit(tablePath, entry);
        const int blockIndex = table->block;
        const Block &block = p.blocks[std::size_t(blockIndex)];
        std::size_t end = npos;
        p.lastEntryEnd(*table, blockIndex, &end);
        if (end == npos)
            end = block.headerEnd;
        splices.push_back(p.insertLines(end, p.blockIndent(blockIndex) + entry + nl));
        break;
    }
    default:
        return std::unexpected(editError(p.fileName, tr("'%1' cannot take new keys").arg(where)));
    }
    auto result = applySplices(*this, std::move(splices));
    if (result) {
        TomlPath full = tablePath;
        full.emplace_back(key);
        const TomlValue *written = result->at(full);
        if (!written || !written->sameData(value))
            return std::unexpected(editError(p.fileName, tr("envdesk could not set '%1' in this file's layout; nothing was written")
                                                             .arg(QString::fromStdString(tomlPathToString(full)))));
    }
    return result;
}

Expected<TomlDocument> TomlDocument::removeKey(const TomlPath &tablePath, const std::string &key) const
{
    const Private &p = *d;
    const Node *table = p.node(tablePath);
    const Node *member = table ? table->member(key) : nullptr;
    if (!member)
        return *this;
    std::vector<Splice> splices;
    if (member->ownLine) {
        splices.push_back({member->entryBegin, member->entryEnd, {}});
        // A line without a final newline at the end of the file: take the newline before it.
        if (member->entryEnd == p.text.size() && !p.text.empty() && p.text.back() != '\n'
            && member->entryBegin > 0)
            splices.back().begin = member->entryBegin - (p.crlf ? 2 : 1);
    } else if (table->home == Home::Inline && member->entryBegin != npos) {
        std::size_t index = 0;
        while (&table->members[index].second != member)
            ++index;
        if (table->members.size() == 1) {
            splices.push_back({table->begin, table->end, "{}"});
        } else if (index + 1 < table->members.size()) {
            splices.push_back({member->entryBegin, table->members[index + 1].second.entryBegin, {}});
        } else {
            // From the comma after the previous entry (which may be a dotted key's table,
            // without a place of its own).
            splices.push_back({p.text.rfind(',', member->entryBegin), member->end, {}});
        }
    } else {
        return std::unexpected(editError(p.fileName, tr("'%1' is not a single entry envdesk can remove")
                                                          .arg(QString::fromStdString(key))));
    }
    return applySplices(*this, std::move(splices));
}

Expected<TomlDocument> TomlDocument::appendToArray(const TomlPath &arrayPath,
                                                   const TomlValue &value) const
{
    const Private &p = *d;
    const Node *array = p.node(arrayPath);
    const std::string nl = p.nl();
    if (!array) {
        if (arrayPath.empty() || !std::holds_alternative<std::string>(arrayPath.back()))
            return std::unexpected(editError(p.fileName, tr("no array to append to")));
        // New arrays are written one element per line, as uv writes them.
        TomlPath parent(arrayPath.begin(), arrayPath.end() - 1);
        auto created = setValue(parent, std::get<std::string>(arrayPath.back()), TomlValue::arrayOf({}));
        if (!created)
            return created;
        const Node *fresh = created->d->node(arrayPath);
        std::string inner = nl + "    " + formatValue(value, created->d->preferLiteral) + "," + nl;
        std::vector<Splice> splices{{fresh->begin + 1, fresh->end - 1, inner}};
        return applySplices(*created, std::move(splices));
    }
    if (array->home != Home::InlineArray)
        return std::unexpected(editError(p.fileName, tr("'%1' is not an array")
                                                         .arg(QString::fromStdString(tomlPathToString(arrayPath)))));
    bool literal = p.preferLiteral;
    for (const Node &item : array->items) {
        if (item.type == TomlValue::Type::String) {
            literal = item.literalQuotes;
            break;
        }
    }
    const std::string text = formatValue(value, literal);
    std::vector<Splice> splices;
    if (array->items.empty()) {
        if (array->multiline) {
            const std::string closingIndent = p.indentOf(array->end - 1);
            splices.push_back({array->begin + 1, array->end - 1,
                               nl + closingIndent + "    " + text + "," + nl + closingIndent});
        } else {
            splices.push_back({array->begin + 1, array->end - 1, text});
        }
        return applySplices(*this, std::move(splices));
    }
    const Node &last = array->items.back();
    if (!array->multiline) {
        if (array->trailingComma) {
            const std::size_t comma = p.text.find(',', last.end);
            splices.push_back({comma + 1, comma + 1, " " + text + ","});
        } else {
            splices.push_back({last.end, last.end, ", " + text});
        }
        return applySplices(*this, std::move(splices));
    }
    const std::string indent = p.onlySpaceBefore(last.begin)
                                   ? p.text.substr(p.lineStart(last.begin), last.begin - p.lineStart(last.begin))
                                   : p.indentOf(last.begin);
    std::size_t after = array->trailingComma ? p.text.find(',', last.end) + 1 : last.end;
    const std::size_t closing = array->end - 1;
    const bool newlineBeforeClose = p.text.find('\n', after) < closing;
    const std::string comma = array->trailingComma ? "" : ",";
    if (newlineBeforeClose) {
        if (!comma.empty())
            splices.push_back({last.end, last.end, comma});
        const std::size_t lineEnd = p.lineEndAfter(after);
        splices.push_back({lineEnd, lineEnd, indent + text + (array->trailingComma ? "," : "") + nl});
    } else {
        splices.push_back({after, after, comma + nl + indent + text + (array->trailingComma ? "," : "")});
    }
    return applySplices(*this, std::move(splices));
}

Expected<TomlDocument> TomlDocument::replaceInArray(const TomlPath &arrayPath, std::size_t index,
                                                    const TomlValue &value) const
{
    const Private &p = *d;
    const Node *array = p.node(arrayPath);
    if (!array || array->home != Home::InlineArray || index >= array->items.size())
        return std::unexpected(editError(p.fileName, tr("no element %1 in '%2'")
                                                         .arg(index)
                                                         .arg(QString::fromStdString(tomlPathToString(arrayPath)))));
    const Node &item = array->items[index];
    const bool literal = item.type == TomlValue::Type::String ? item.literalQuotes : p.preferLiteral;
    return applySplices(*this, {Splice{item.begin, item.end, formatValue(value, literal)}});
}

Expected<TomlDocument> TomlDocument::moveInArray(const TomlPath &arrayPath, std::size_t from,
                                                 std::size_t to) const
{
    const Private &p = *d;
    const Node *array = p.node(arrayPath);
    if (!array || array->type != TomlValue::Type::Array || from >= array->items.size()
        || to >= array->items.size())
        return std::unexpected(editError(p.fileName, tr("no element %1 or %2 in '%3'")
                                                         .arg(from)
                                                         .arg(to)
                                                         .arg(QString::fromStdString(tomlPathToString(arrayPath)))));
    if (from == to)
        return *this;
    // Where each element's bytes are: its value (inline), or its blocks with their comments.
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    for (std::size_t k = 0; k < array->items.size(); ++k) {
        if (array->home != Home::ArrayOfTables) {
            ranges.emplace_back(array->items[k].begin, array->items[k].end);
            continue;
        }
        const auto [begin, end] = p.elementBlocks(arrayPath, k);
        if (begin == npos)
            return std::unexpected(editError(p.fileName, tr("cannot find that table in the file")));
        ranges.emplace_back(begin, end);
    }
    if (array->home == Home::ArrayOfTables) {
        // Another table between an element's blocks would move with it: refuse rather than guess.
        for (std::size_t i = 1; i < p.blocks.size(); ++i) {
            const TomlPath &bp = p.blocks[i].path;
            const bool inArray = bp.size() > arrayPath.size()
                                 && std::equal(arrayPath.begin(), arrayPath.end(), bp.begin());
            for (std::size_t k = 0; k < ranges.size() && !inArray; ++k) {
                if (p.blocks[i].headerBegin > ranges[k].first && p.blocks[i].headerBegin < ranges[k].second)
                    return std::unexpected(editError(
                        p.fileName, tr("cannot reorder '%1': another table sits between the tables of one of its elements")
                                        .arg(QString::fromStdString(tomlPathToString(arrayPath)))));
            }
        }
    }
    std::vector<std::string> texts;
    const std::string nl = p.nl();
    for (const auto &[b, e] : ranges) {
        std::string t = p.text.substr(b, e - b);
        if (array->home == Home::ArrayOfTables && (t.empty() || t.back() != '\n'))
            t += nl;
        texts.push_back(std::move(t));
    }
    std::vector<std::size_t> order(texts.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    const std::size_t moved = order[from];
    order.erase(order.begin() + std::ptrdiff_t(from));
    order.insert(order.begin() + std::ptrdiff_t(to), moved);
    std::vector<Splice> splices;
    for (std::size_t k = std::min(from, to); k <= std::max(from, to); ++k)
        splices.push_back({ranges[k].first, ranges[k].second, texts[order[k]]});
    return applySplices(*this, std::move(splices));
}

Expected<TomlDocument> TomlDocument::removeFromArray(const TomlPath &arrayPath, std::size_t index) const
{
    const Private &p = *d;
    const Node *array = p.node(arrayPath);
    if (!array || array->type != TomlValue::Type::Array || index >= array->items.size())
        return std::unexpected(editError(p.fileName, tr("no element %1 in '%2'")
                                                         .arg(index)
                                                         .arg(QString::fromStdString(tomlPathToString(arrayPath)))));
    std::vector<Splice> splices;
    if (array->home == Home::ArrayOfTables) {
        // Remove the element's block and the blocks of its sub-tables.
        auto [begin, end] = p.elementBlocks(arrayPath, index);
        if (begin == npos)
            return std::unexpected(editError(p.fileName, tr("cannot find that table in the file")));
        // Take the blank lines after it too, or else the ones before it, so no gap is left.
        std::size_t after = end;
        while (after < p.text.size()) {
            std::size_t q = after;
            while (q < p.text.size() && (p.text[q] == ' ' || p.text[q] == '\t' || p.text[q] == '\r'))
                ++q;
            if (q < p.text.size() && p.text[q] == '\n')
                after = q + 1;
            else
                break;
        }
        if (after > end && after < p.text.size()) {
            end = after;
        } else {
            while (begin > 0) {
                std::size_t prev = p.lineStart(begin - 1);
                const std::string line = p.text.substr(prev, begin - prev);
                if (line.find_first_not_of(" \t\r\n") == npos)
                    begin = prev;
                else
                    break;
            }
            if (after == p.text.size())
                end = after;
        }
        splices.push_back({begin, end, {}});
        return applySplices(*this, std::move(splices));
    }
    const Node &item = array->items[index];
    // An element alone on its line(s) goes with its line.
    if (array->multiline && p.onlySpaceBefore(item.begin)) {
        std::size_t q = item.end;
        while (q < p.text.size() && (p.text[q] == ' ' || p.text[q] == '\t'))
            ++q;
        if (q < p.text.size() && p.text[q] == ',')
            ++q;
        while (q < p.text.size() && (p.text[q] == ' ' || p.text[q] == '\t'))
            ++q;
        if (q < p.text.size() && p.text[q] == '#')
            q = p.lineEndAfter(q) - 1;
        if (q < p.text.size() && p.text[q] == '\r')
            ++q;
        if (q < p.text.size() && p.text[q] == '\n') {
            splices.push_back({p.lineStart(item.begin), q + 1, {}});
            // The last element without a trailing comma: its predecessor's comma stays as a
            // trailing comma, which TOML allows.
            return applySplices(*this, std::move(splices));
        }
    }
    if (index + 1 < array->items.size()) {
        splices.push_back({item.begin, array->items[index + 1].begin, {}});
    } else if (index > 0) {
        splices.push_back({array->items[index - 1].end, item.end, {}});
    } else {
        std::size_t end = item.end;
        if (array->trailingComma)
            end = p.text.find(',', item.end) + 1;
        splices.push_back({item.begin, end, {}});
    }
    return applySplices(*this, std::move(splices));
}

Expected<TomlDocument> TomlDocument::appendTable(const TomlPath &arrayPath, const TomlValue &table) const
{
    const Private &p = *d;
    const Node *array = p.node(arrayPath);
    const std::string nl = p.nl();
    if (array && array->home == Home::InlineArray)
        return appendToArray(arrayPath, table);
    if (array && array->home != Home::ArrayOfTables)
        return std::unexpected(editError(p.fileName, tr("'%1' is not an array of tables")
                                                         .arg(QString::fromStdString(tomlPathToString(arrayPath)))));
    // A [[header]] names the last element of every array of tables on its way ([[tool]] then
    // [[tool.uv.index]] is tool[-1].uv.index): the new table must be where it was asked for.
    auto appended = [&](Expected<TomlDocument> result) -> Expected<TomlDocument> {
        if (!result)
            return result;
        const TomlValue *written = result->at(arrayPath);
        if (!written || !written->isArray() || written->array.empty() || !written->array.back().sameData(table))
            return std::unexpected(editError(p.fileName, tr("envdesk could not set '%1' in this file's layout; nothing was written")
                                                             .arg(QString::fromStdString(tomlPathToString(arrayPath)))));
        return result;
    };
    std::string body;
    for (const auto &[k, v] : table.table)
        body += formatKey(k) + " = " + formatValue(v, p.preferLiteral) + nl;
    const std::string header = "[[" + formatPath(arrayPath) + "]]" + nl;
    if (array) {
        TomlPath last = arrayPath;
        last.emplace_back(array->items.size() - 1);
        std::size_t end = 0;
        for (std::size_t i = 1; i < p.blocks.size(); ++i) {
            const TomlPath &bp = p.blocks[i].path;
            if (bp.size() >= last.size() && std::equal(last.begin(), last.end(), bp.begin()))
                end = std::max(end, p.blocks[i].bodyEnd);
        }
        return appended(applySplices(*this, {p.insertLines(end, nl + header + body)}));
    }
    // No such array yet. When the parent keeps its keys dotted or inline, a [[header]] would
    // clash with that form: extend the form instead (key = [{ ... }]).
    const TomlPath parentPath(arrayPath.begin(), arrayPath.end() - 1);
    std::size_t existing = 0;
    const Node *parent = &p.tree;
    while (existing < parentPath.size()) {
        const Node *next = p.node(TomlPath(parentPath.begin(), parentPath.begin() + std::ptrdiff_t(existing + 1)));
        if (!next)
            break;
        parent = next;
        ++existing;
    }
    if (parent->home == Home::Dotted || parent->home == Home::Inline) {
        return setValue(parentPath, std::get<std::string>(arrayPath.back()), TomlValue::arrayOf({table}));
    }
    const std::size_t at = p.newBlockPosition(stringKeys(arrayPath));
    std::string content = header + body;
    if (at > 0)
        content = nl + content;
    return appended(applySplices(*this, {p.insertLines(at, content)}));
}

} // namespace Envdesk::Core
