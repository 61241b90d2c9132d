#pragma once

#include "../error.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace Envdesk::Core {

/** A step in a path into a TOML document: a key, or an index into an array. */
using TomlPathItem = std::variant<std::string, std::size_t>;
using TomlPath = std::vector<TomlPathItem>;

struct TomlValue;

/**
 * A value as TOML text on one line: strings in double quotes with TOML's escapes, tables inline,
 * datetimes and floats as their text. For files envdesk writes whole (pylock.toml).
 */
std::string tomlInlineValue(const TomlValue &value);
/** A key, bare when TOML allows it, quoted otherwise. */
std::string tomlKey(std::string_view key);

/** "tool.uv.index[2].url", for messages. */
std::string tomlPathToString(const TomlPath &path);

/**
 * A TOML value as read from a document, with the 1-based line it starts on. Tables keep their
 * keys in file order.
 */
struct TomlValue
{
    enum class Type : std::uint8_t { String, Integer, Float, Boolean, Datetime, Array, Table };

    Type type = Type::Table;
    std::string text;          ///< String: the decoded string; Float and Datetime: as written
    std::int64_t integer = 0;  ///< Integer
    bool boolean = false;      ///< Boolean
    std::vector<TomlValue> array;
    std::vector<std::pair<std::string, TomlValue>> table;
    int line = 0;   ///< where the value starts in the file (0 for values made in code)
    int column = 0;

    // Out of line: clang with libstdc++ 12 cannot instantiate the members of
    // std::vector<std::pair<std::string, TomlValue>> while TomlValue is still incomplete.
    TomlValue();
    TomlValue(const TomlValue &);
    TomlValue(TomlValue &&) noexcept;
    TomlValue &operator=(const TomlValue &);
    TomlValue &operator=(TomlValue &&) noexcept;
    ~TomlValue();

    static TomlValue string(std::string s);
    static TomlValue integerValue(std::int64_t i);
    static TomlValue booleanValue(bool b);
    static TomlValue arrayOf(std::vector<TomlValue> items);
    static TomlValue tableOf(std::vector<std::pair<std::string, TomlValue>> entries);
    static TomlValue stringArray(const std::vector<std::string> &items);

    bool isString() const { return type == Type::String; }
    bool isTable() const { return type == Type::Table; }
    bool isArray() const { return type == Type::Array; }
    bool isBoolean() const { return type == Type::Boolean; }
    bool isInteger() const { return type == Type::Integer; }

    /** The member `key` of a table, or nullptr. */
    const TomlValue *find(std::string_view key) const;
    /** The value at `path` below this one, or nullptr. */
    const TomlValue *at(const TomlPath &path) const;

    /** Type name as TOML calls it ("string", "array", "table", ...), for messages. */
    static const char *typeName(Type type);

    /** Compares data only (not positions). */
    bool sameData(const TomlValue &other) const;
};

/**
 * A TOML file that edits without losing a byte: the original text is kept, and every edit splices
 * only the bytes of what it changes, in the file's own style (indentation, quotes, one-per-line or
 * inline arrays, line endings, final newline or not). Comments, blank lines, key order and the rest
 * of the file stay as they were.
 *
 * Parsing is envdesk's own strict TOML 1.0 reader (exact line and column for errors); the layout
 * (where each key, value, table and array element lives) comes from envdesk's own lossless
 * scanner. Every edit re-parses its result, so an edit can never produce invalid TOML: it fails
 * with an error instead, and the document it was called on is unchanged.
 *
 * Value type; copies share only immutable data; safe to use from one thread at a time.
 */
class TomlDocument
{
public:
    TomlDocument();
    ~TomlDocument();
    TomlDocument(const TomlDocument &);
    TomlDocument &operator=(const TomlDocument &);
    TomlDocument(TomlDocument &&) noexcept;
    TomlDocument &operator=(TomlDocument &&) noexcept;

    /** Parses `text` (UTF-8). Errors carry `fileName`, line and column and the offending text. */
    static Expected<TomlDocument> parse(std::string text, const QString &fileName = {});

    const std::string &text() const;
    const QString &fileName() const;
    const TomlValue &root() const;
    const TomlValue *at(const TomlPath &path) const { return root().at(path); }
    bool usesCrlf() const;

    /** Sets `key` in the table at `table` (created if missing), replacing only the old value's bytes. */
    Expected<TomlDocument> setValue(const TomlPath &table, const std::string &key,
                                    const TomlValue &value) const;
    /** Removes `key` (and its line, when it has one to itself) from the table at `table`. */
    Expected<TomlDocument> removeKey(const TomlPath &table, const std::string &key) const;
    /** Appends to the array at `array` (created as `key = [value]` if missing). */
    Expected<TomlDocument> appendToArray(const TomlPath &array, const TomlValue &value) const;
    /** Replaces element `index` of the inline array at `array`, keeping its quote style. */
    Expected<TomlDocument> replaceInArray(const TomlPath &array, std::size_t index,
                                          const TomlValue &value) const;
    /** Removes element `index` of the array at `array` (inline array or array of tables). */
    Expected<TomlDocument> removeFromArray(const TomlPath &array, std::size_t index) const;
    /**
     * Moves element `from` of the array at `array` to position `to`, the elements between shifting
     * by one. Each element keeps its own bytes (comments and sub-tables of a `[[...]]` block go
     * with it); the spacing between elements stays where it was.
     */
    Expected<TomlDocument> moveInArray(const TomlPath &array, std::size_t from, std::size_t to) const;
    /**
     * Appends a table to the array of tables at `array`: a new `[[a.b]]` block after the last one,
     * or an inline table when the file keeps that array inline (`index = [{...}]`) or defines its
     * parent with dotted keys.
     */
    Expected<TomlDocument> appendTable(const TomlPath &array, const TomlValue &table) const;

    class Layout; ///< implementation detail

private:
    struct Private;
    // Never changed once parsed: copies share it (a copy of a 10 MB document costs nothing).
    std::shared_ptr<const Private> d;
};

} // namespace Envdesk::Core
