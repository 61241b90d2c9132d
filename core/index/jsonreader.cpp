#include "jsonreader.h"

#include <QtGlobal>

#include <charconv>
#include <cstdint>
#include <cstring>

namespace Envdesk::Core {

namespace {

constexpr int maxDepth = 512;


bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string *out, char32_t cp)
{
    if (cp < 0x80) {
        out->push_back(char(cp));
    } else if (cp < 0x800) {
        out->push_back(char(0xC0 | (cp >> 6)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->push_back(char(0xE0 | (cp >> 12)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (cp >> 18)));
        out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    }
}

// The length of the well-formed UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates,
// nothing above U+10FFFF), or 0.
std::size_t utf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    std::size_t n = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (std::size_t(end - p) < n || p[1] < lo || p[1] > hi)
        return 0;
    for (std::size_t i = 2; i < n; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return n;
}

} // namespace

JsonReader::JsonReader(std::string_view text)
    : m_begin(text.data()), m_p(text.data()), m_end(text.data() + text.size())
{
}

bool JsonReader::fail(const char *what)
{
    if (!m_error) {
        m_error = what;
        m_errorAt = std::size_t(m_p - m_begin);
    }
    return false;
}

void JsonReader::eatSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

JsonReader::Type JsonReader::peek()
{
    if (m_error)
        return Type::Invalid;
    eatSpace();
    if (m_p == m_end)
        return Type::Invalid;
    switch (*m_p) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    default:
        return *m_p == '-' || *m_p == '.' || isDigit(*m_p) ? Type::Number : Type::Invalid;
    }
}

bool JsonReader::enterObject()
{
    if (peek() != Type::Object)
        return fail(m_p == m_end ? QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "the text ends where an object was expected")
                                 : QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "an object was expected"));
    if (m_first.size() >= std::size_t(maxDepth))
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "objects and arrays are nested too deeply"));
    ++m_p;
    m_first.push_back(true);
    return true;
}

bool JsonReader::enterArray()
{
    if (peek() != Type::Array)
        return fail(m_p == m_end ? QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "the text ends where an array was expected")
                                 : QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "an array was expected"));
    if (m_first.size() >= std::size_t(maxDepth))
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "objects and arrays are nested too deeply"));
    ++m_p;
    m_first.push_back(true);
    return true;
}

// After '{' or '[' or a value in the container: true when another member or element follows (its
// comma consumed), false after the closing bracket (consumed) or on an error.
bool JsonReader::nextInContainer(char close)
{
    if (m_error || m_first.empty())
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a value was read outside of any object or array"));
    eatSpace();
    if (m_p == m_end)
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "the text ends inside an object or array"));
    if (*m_p == close) {
        ++m_p;
        m_first.pop_back();
        return false;
    }
    if (m_first.back()) {
        m_first.back() = false;
        return true;
    }
    if (*m_p != ',')
        return fail(close == '}' ? QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a comma or '}' was expected")
                                 : QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a comma or ']' was expected"));
    ++m_p;
    eatSpace();
    if (m_p < m_end && *m_p == close)
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a value was expected after the comma"));
    return true;
}

bool JsonReader::nextMember(std::string *key)
{
    if (!nextInContainer('}'))
        return false;
    if (peek() != Type::String)
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a member name (a string) was expected"));
    if (!readString(key))
        return false;
    eatSpace();
    if (m_p == m_end || *m_p != ':')
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a colon was expected after the member name"));
    ++m_p;
    eatSpace();
    if (m_p == m_end)
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "the text ends where a value was expected"));
    return true;
}

bool JsonReader::nextElement()
{
    return nextInContainer(']');
}

bool JsonReader::readString(std::string *out)
{
    if (peek() != Type::String)
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a string was expected"));
    out->clear();
    ++m_p;
    while (true) {
        // The plain run up to the next quote, backslash or non-ASCII byte. Control characters
        // pass unescaped, as Qt's parser lets them.
        const char *run = m_p;
        // Eight bytes at a time while none of them is a quote, a backslash or non-ASCII.
        constexpr std::uint64_t ones = 0x0101010101010101ULL;
        constexpr std::uint64_t highs = 0x8080808080808080ULL;
        while (m_end - m_p >= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, m_p, 8);
            const std::uint64_t quote = word ^ (ones * '"');
            const std::uint64_t backslash = word ^ (ones * '\\');
            const std::uint64_t found = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | word;
            if (found & highs)
                break;
            m_p += 8;
        }
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"' || c == '\\' || c >= 0x80)
                break;
            ++m_p;
        }
        out->append(run, std::size_t(m_p - run));
        if (m_p == m_end)
            return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a string is not closed"));
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            ++m_p;
            return true;
        }
        if (c >= 0x80) {
            const std::size_t n = utf8Length(reinterpret_cast<const unsigned char *>(m_p),
                                             reinterpret_cast<const unsigned char *>(m_end));
            if (n == 0)
                return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a string is not valid UTF-8"));
            out->append(m_p, n);
            m_p += n;
            continue;
        }
        // A backslash escape.
        if (m_end - m_p < 2)
            return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a string is not closed"));
        const char e = m_p[1];
        m_p += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out->push_back(e);
            continue;
        case 'b':
            out->push_back('\b');
            continue;
        case 'f':
            out->push_back('\f');
            continue;
        case 'n':
            out->push_back('\n');
            continue;
        case 'r':
            out->push_back('\r');
            continue;
        case 't':
            out->push_back('\t');
            continue;
        case 'u':
            break;
        default:
            // Not an escape RFC 8259 knows: the byte after the backslash read as the character
            // of that number (U+0000 to U+00FF), as Qt's parser (which envdesk used before) does.
            appendUtf8(out, char32_t(static_cast<unsigned char>(e)));
            continue;
        }
        const auto hex4 = [&](char32_t *value) {
            if (m_end - m_p < 4)
                return false;
            char32_t v = 0;
            for (int i = 0; i < 4; ++i) {
                const int h = hexValue(m_p[i]);
                if (h < 0)
                    return false;
                v = v * 16 + char32_t(h);
            }
            m_p += 4;
            *value = v;
            return true;
        };
        char32_t cp = 0;
        if (!hex4(&cp))
            return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a string holds an invalid \\u escape"));
        if (cp >= 0xD800 && cp <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
            // A high surrogate: with the low one after it, one character.
            const char *before = m_p;
            m_p += 2;
            char32_t low = 0;
            if (hex4(&low) && low >= 0xDC00 && low <= 0xDFFF)
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            else
                m_p = before; // read on its own next
        }
        // A surrogate left alone reads as "?", as Qt's parser followed by toUtf8() gave.
        if (cp >= 0xD800 && cp <= 0xDFFF)
            cp = U'?';
        appendUtf8(out, cp);
    }
}

bool JsonReader::readNumber(double *out)
{
    if (peek() != Type::Number)
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a number was expected"));
    // RFC 8259's grammar, with Qt's leniency kept: the digits after a decimal point may be
    // missing ("1.") and so may those before it (".5").
    const char *start = m_p;
    if (*m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0')
        ++m_p;
    else
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(start, m_p, value);
    if (end != m_p || ec != std::errc()) {
        m_p = start;
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a number is malformed or out of range"));
    }
    *out = value;
    return true;
}

bool JsonReader::expectLiteral(std::string_view literal)
{
    if (std::size_t(m_end - m_p) < literal.size()
        || std::memcmp(m_p, literal.data(), literal.size()) != 0)
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "an unknown word stands where a value was expected"));
    m_p += literal.size();
    return true;
}

bool JsonReader::readBool(bool *out)
{
    if (peek() != Type::Bool)
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "true or false was expected"));
    *out = *m_p == 't';
    return expectLiteral(*out ? "true" : "false");
}

bool JsonReader::readNull()
{
    if (peek() != Type::Null)
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "null was expected"));
    return expectLiteral("null");
}

bool JsonReader::passOver()
{
    return passOver(int(m_first.size()));
}

bool JsonReader::passOver(int depth)
{
    std::string scratch;
    double number = 0;
    bool flag = false;
    switch (peek()) {
    case Type::Object:
        if (depth >= maxDepth)
            return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "objects and arrays are nested too deeply"));
        if (!enterObject())
            return false;
        while (nextMember(&scratch)) {
            if (!passOver(depth + 1))
                return false;
        }
        return !m_error;
    case Type::Array:
        if (depth >= maxDepth)
            return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "objects and arrays are nested too deeply"));
        if (!enterArray())
            return false;
        while (nextElement()) {
            if (!passOver(depth + 1))
                return false;
        }
        return !m_error;
    case Type::String:
        return readString(&scratch);
    case Type::Number:
        return readNumber(&number);
    case Type::Bool:
        return readBool(&flag);
    case Type::Null:
        return readNull();
    case Type::Invalid:
        break;
    }
    return fail(m_p == m_end ? QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "the text ends where a value was expected")
                             : QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "a value was expected"));
}

bool JsonReader::finish()
{
    if (m_error)
        return false;
    eatSpace();
    if (m_p != m_end)
        return fail(QT_TRANSLATE_NOOP("Envdesk::Core::JsonReader", "something follows the end of the document"));
    return true;
}

} // namespace Envdesk::Core
