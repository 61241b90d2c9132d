#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace Envdesk::Core {

/**
 * A pull reader for JSON (RFC 8259) over UTF-8 bytes. The simple API's JSON pages are read with
 * it value by value, straight into the structures envdesk keeps, and whatever a page holds that
 * envdesk does not need is checked and passed over: no document is built, no string is copied
 * twice. (A page of 1,600 files spent most of its parse time in building and querying a
 * QJsonDocument; see bench/README.md.)
 *
 * Every call returns false once the input proved malformed; error() then says what is wrong
 * (an English text marked for translation in the "Envdesk::Core::JsonReader" context) and
 * errorOffset() at which byte. Strings are checked for valid UTF-8 and `\u` escapes decoded
 * (surrogate pairs joined); nesting deeper than 512 is refused. Where Qt's parser (which read
 * these pages before) is more lenient than RFC 8259, so is this one, so that no index that worked
 * stops working: a backslash before a byte that starts no escape stands for the character of that
 * byte's number ("\g" reads as "g", a backslash and byte 0xAD as U+00AD), control characters may
 * stand unescaped in strings, a number may leave out the digits on either side of its decimal
 * point ("1.", ".5"), and a surrogate escape without its other half reads as "?" (what Qt's string
 * of it gave in UTF-8).
 */
class JsonReader
{
public:
    enum class Type { Object, Array, String, Number, Bool, Null, Invalid };

    explicit JsonReader(std::string_view text);

    /** The type of the value at the cursor; Invalid at the end or before anything else. */
    Type peek();
    /** Consumes '{'. Then call nextMember until it returns false. */
    bool enterObject();
    /** The next member's key, its ':' consumed: read or pass over its value next. False after '}'. */
    bool nextMember(std::string *key);
    /** Consumes '['. Then call nextElement until it returns false. */
    bool enterArray();
    /** True when another element follows: read or pass over it next. False after ']'. */
    bool nextElement();

    bool readString(std::string *out);
    bool readNumber(double *out);
    bool readBool(bool *out);
    bool readNull();
    /** Checks and passes over one value of any type. */
    bool passOver();
    /** True when only whitespace is left (the document is complete); an error otherwise. */
    bool finish();

    bool failed() const { return m_error != nullptr; }
    const char *error() const { return m_error; }
    std::size_t errorOffset() const { return m_errorAt; }

private:
    bool fail(const char *what);
    void eatSpace();
    bool expectLiteral(std::string_view literal);
    bool passOver(int depth);
    bool nextInContainer(char close);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const char *m_error = nullptr;
    std::size_t m_errorAt = 0;
    std::vector<bool> m_first; ///< per open container: nothing read from it so far
};

} // namespace Envdesk::Core
