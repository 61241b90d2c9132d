#include "tomldocument.h"
#include "tomldocument_p.h"

#include <algorithm>
#include <functional>

// The editor: TomlDocument keeps the text and the scanner's tree (tomlscanner.cpp), and every
// edit splices new bytes (tomlformat.cpp) into the places the tree records.

namespace Envdesk::Core {

using namespace TomlDetail;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Project)
};

// What a splice replaces: [begin, end) becomes `text`.
struct Splice
{
    std::size_t begin;
    std::size_t end;
    std::string text;
};

} // namespace

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
    auto scanned = scanToml(text);
    if (!scanned) {
        const ScanFailure &failure = scanned.error();
        Error error;
        error.code = ErrorCode::InvalidToml;
        error.file = fileName;
        if (failure.line == 0) {
            error.message = Tr::tr("invalid TOML: %1").arg(QString::fromStdString(failure.what));
            return std::unexpected(error);
        }
        const int line = failure.line;
        const int column = failure.column;
        error.line = line;
        error.column = column;
        const std::size_t begin = failure.lineBegin;
        const std::size_t end = std::min(text.find('\n', begin), text.size());
        QString lineText = QString::fromUtf8(text.data() + begin, qsizetype(end - begin)).trimmed();
        if (lineText.size() > 80) // a long line is shown around the place of the error
            lineText = QStringLiteral("...") + lineText.mid(std::max(0, column - 40), 80)
                       + QStringLiteral("...");
        error.message
            = Tr::tr("invalid TOML: %1 (in '%2')").arg(QString::fromStdString(failure.what), lineText);
        error.hint = Tr::tr("fix the file by hand at the line shown; nothing was changed");
        return std::unexpected(error);
    }

    auto p = std::make_shared<Private>();
    p->crlf = text.find("\r\n") != npos && text.find("\r\n") == text.find('\n') - 1;
    p->preferLiteral = scanned->literalStrings > scanned->basicStrings;
    p->tree = std::move(scanned->root);
    p->blocks = std::move(scanned->blocks);
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
        return std::unexpected(editError(p.fileName, Tr::tr("'%1' is not a table").arg(where)));
    const TomlPath missing(tablePath.begin() + std::ptrdiff_t(existing), tablePath.end());
    const std::vector<std::string> missingKeys = stringKeys(missing);
    if (missingKeys.size() != missing.size())
        return std::unexpected(editError(p.fileName, Tr::tr("no array element at '%1'").arg(where)));

    if (missing.empty()) {
        if (const Node *old = table->member(key)) {
            if (old->home != Home::Scalar && old->home != Home::InlineArray && old->home != Home::Inline)
                return std::unexpected(editError(
                    p.fileName, Tr::tr("'%1.%2' is a table of its own; envdesk replaces values only")
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
            return std::unexpected(editError(p.fileName, Tr::tr("'%1' cannot take new keys").arg(where)));
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
        return std::unexpected(editError(p.fileName, Tr::tr("'%1' cannot take new keys").arg(where)));
    }
    auto result = applySplices(*this, std::move(splices));
    if (result) {
        TomlPath full = tablePath;
        full.emplace_back(key);
        const TomlValue *written = result->at(full);
        if (!written || !written->sameData(value))
            return std::unexpected(editError(p.fileName, Tr::tr("envdesk could not set '%1' in this file's layout; nothing was written")
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
        return std::unexpected(editError(p.fileName, Tr::tr("'%1' is not a single entry envdesk can remove")
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
            return std::unexpected(editError(p.fileName, Tr::tr("no array to append to")));
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
        return std::unexpected(editError(p.fileName, Tr::tr("'%1' is not an array")
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
        return std::unexpected(editError(p.fileName, Tr::tr("no element %1 in '%2'")
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
        return std::unexpected(editError(p.fileName, Tr::tr("no element %1 or %2 in '%3'")
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
            return std::unexpected(editError(p.fileName, Tr::tr("cannot find that table in the file")));
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
                        p.fileName, Tr::tr("cannot reorder '%1': another table sits between the tables of one of its elements")
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
        return std::unexpected(editError(p.fileName, Tr::tr("no element %1 in '%2'")
                                                         .arg(index)
                                                         .arg(QString::fromStdString(tomlPathToString(arrayPath)))));
    std::vector<Splice> splices;
    if (array->home == Home::ArrayOfTables) {
        // Remove the element's block and the blocks of its sub-tables.
        auto [begin, end] = p.elementBlocks(arrayPath, index);
        if (begin == npos)
            return std::unexpected(editError(p.fileName, Tr::tr("cannot find that table in the file")));
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
        return std::unexpected(editError(p.fileName, Tr::tr("'%1' is not an array of tables")
                                                         .arg(QString::fromStdString(tomlPathToString(arrayPath)))));
    // A [[header]] names the last element of every array of tables on its way ([[tool]] then
    // [[tool.uv.index]] is tool[-1].uv.index): the new table must be where it was asked for.
    auto appended = [&](Expected<TomlDocument> result) -> Expected<TomlDocument> {
        if (!result)
            return result;
        const TomlValue *written = result->at(arrayPath);
        if (!written || !written->isArray() || written->array.empty() || !written->array.back().sameData(table))
            return std::unexpected(editError(p.fileName, Tr::tr("envdesk could not set '%1' in this file's layout; nothing was written")
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
