#include "tomldocument_p.h"

#include <algorithm>
#include <exception>

namespace Envdesk::Core::TomlDetail {

namespace {

struct ScanError
{
    std::size_t pos;
    std::string what;
};

// Deeper nesting is refused before any recursive code sees it: each level of an array or inline
// table costs a stack frame in the parser, in the tree's destructor and in every reader of the
// value (about 7,000 levels ended the process with a stack overflow).
constexpr int maxNesting = 256;

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

} // namespace

Node::Node() = default;
Node::Node(const Node &) = default;
Node::Node(Node &&) noexcept = default;
Node &Node::operator=(const Node &) = default;
Node &Node::operator=(Node &&) noexcept = default;
Node::~Node() = default;

std::expected<ScanResult, ScanFailure> scanToml(std::string_view text)
{
    Scanner scanner(text);
    try {
        scanner.run();
    } catch (const ScanError &e) {
        const auto [line, column] = scanner.lineColumn(e.pos);
        return std::unexpected(
            ScanFailure{e.what, line, column, scanner.lineStarts[std::size_t(line - 1)]});
    } catch (const std::exception &e) {
        return std::unexpected(ScanFailure{e.what(), 0, 0, 0});
    }
    return ScanResult{std::move(scanner.root), std::move(scanner.blocks), scanner.literalStrings,
                      scanner.basicStrings};
}

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

} // namespace Envdesk::Core::TomlDetail
