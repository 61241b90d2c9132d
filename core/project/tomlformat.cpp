#include "tomldocument.h"
#include "tomldocument_p.h"

#include <algorithm>
#include <cstdio>

namespace Envdesk::Core {

namespace TomlDetail {

namespace {

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

} // namespace

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

} // namespace TomlDetail

using TomlDetail::formatKey;
using TomlDetail::formatValue;

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

} // namespace Envdesk::Core
