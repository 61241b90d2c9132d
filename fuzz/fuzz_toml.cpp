// TomlDocument::parse on anything, then the edits envdesk makes. A document keeps its text byte
// for byte and reads the same when parsed again; an edit either fails (the document unchanged)
// or gives a document that holds the edited value and the same data everywhere else.
#include "core/project/tomldocument.h"

#include <cstdlib>

using namespace Envdesk::Core;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// The root's members other than `key`, unchanged between `before` and `after`.
void othersUnchanged(const TomlValue &before, const TomlValue &after, const std::string &key)
{
    for (const auto &[k, v] : before.table) {
        if (k == key)
            continue;
        const TomlValue *same = after.find(k);
        check(same && same->sameData(v));
    }
}

// The first array in `value` (depth-first) that holds plain values, with its path.
bool findArray(const TomlValue &value, TomlPath &path)
{
    for (const auto &[k, v] : value.table) {
        path.emplace_back(k);
        if (v.isArray() && (v.array.empty() || !v.array.front().isTable()))
            return true;
        if (v.isTable() && findArray(v, path))
            return true;
        path.pop_back();
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    auto doc = TomlDocument::parse(text, QStringLiteral("fuzz.toml"));
    if (!doc) {
        check(doc.error().code == ErrorCode::InvalidToml && doc.error().line >= 1);
        return 0;
    }
    check(doc->text() == text);
    const auto again = TomlDocument::parse(doc->text());
    check(again && again->root().sameData(doc->root()));

    const TomlValue &root = doc->root();
    // Setting a new top-level key, and replacing the first one.
    const TomlValue value = TomlValue::stringArray({"fuzz", "it's"});
    if (auto set = doc->setValue({}, "fuzz-key", value)) {
        check(set->at({std::string("fuzz-key")})
              && set->at({std::string("fuzz-key")})->sameData(value));
        othersUnchanged(root, set->root(), "fuzz-key");
    }
    if (!root.table.empty()) {
        const std::string &first = root.table.front().first;
        if (auto removed = doc->removeKey({}, first)) {
            check(!removed->root().find(first));
            othersUnchanged(root, removed->root(), first);
        }
        // A key in the first table, as `index-strategy` in [tool.uv].
        if (root.table.front().second.isTable()) {
            const TomlPath table{first};
            if (auto set = doc->setValue(table, "k", TomlValue::integerValue(7))) {
                const TomlValue *k = set->at({first, std::string("k")});
                check(k && k->isInteger() && k->integer == 7);
                othersUnchanged(root, set->root(), first);
            }
        }
    }
    // An array: append, replace, remove and move elements.
    TomlPath arrayPath;
    if (findArray(root, arrayPath)) {
        const TomlValue *array = doc->at(arrayPath);
        const std::size_t n = array->array.size();
        const std::string top = std::get<std::string>(arrayPath.front());
        if (auto appended = doc->appendToArray(arrayPath, TomlValue::string("new"))) {
            const TomlValue *a = appended->at(arrayPath);
            check(a && a->array.size() == n + 1
                  && a->array.back().sameData(TomlValue::string("new")));
            othersUnchanged(root, appended->root(), top);
        }
        if (n > 0) {
            if (auto removed = doc->removeFromArray(arrayPath, 0)) {
                const TomlValue *a = removed->at(arrayPath);
                check(a && a->array.size() == n - 1);
                othersUnchanged(root, removed->root(), top);
            }
            if (auto replaced = doc->replaceInArray(arrayPath, n - 1, TomlValue::integerValue(1))) {
                const TomlValue *a = replaced->at(arrayPath);
                check(a && a->array.size() == n && a->array.back().isInteger());
            }
        }
        if (n > 1) {
            if (auto moved = doc->moveInArray(arrayPath, 0, n - 1)) {
                const TomlValue *a = moved->at(arrayPath);
                check(a && a->array.size() == n && a->array.back().sameData(array->array.front()));
                othersUnchanged(root, moved->root(), top);
            }
        }
    }
    // An array of tables, as [[tool.uv.index]].
    const TomlPath tables{std::string("tool"), std::string("uv"), std::string("index")};
    const TomlValue *indexes = doc->at(tables);
    const std::size_t count = indexes && indexes->isArray() ? indexes->array.size() : 0;
    const TomlValue entry = TomlValue::tableOf({{"name", TomlValue::string("n")}});
    if (auto appended = doc->appendTable(tables, entry)) {
        const TomlValue *a = appended->at(tables);
        check(a && a->array.size() == count + 1 && a->array.back().sameData(entry));
        othersUnchanged(root, appended->root(), "tool");
    }
    if (count > 1) {
        if (auto moved = doc->moveInArray(tables, count - 1, 0)) {
            const TomlValue *a = moved->at(tables);
            check(a && a->array.size() == count
                  && a->array.front().sameData(indexes->array.back()));
        }
    }
    return 0;
}
