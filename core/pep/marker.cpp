#include "marker.h"

#include "markerlexer.h"
#include "markernode.h"
#include "name.h"
#include "specifier.h"
#include "version.h"

#include <cctype>
#include <cstdint>

namespace Envdesk::Core {

namespace {

void appendUtf8(std::string &out, std::uint32_t code)
{
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6));
        out += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += char(0xE0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xF0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3F));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    }
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Pep)
};

} // namespace


namespace {

using Node = Marker::Node;

// Recursive descent over packaging 23.0's marker grammar:
//   marker      = marker_atom (BOOLOP marker_atom)*
//   marker_atom = WS? '(' WS? marker WS? ')' WS? | WS? marker_item WS?
//   marker_item = WS? marker_var WS? marker_op WS? marker_var WS?
class MarkerParser
{
public:
    explicit MarkerParser(MarkerLexer &lexer)
        : m_lex(lexer)
    {}

    Expected<std::shared_ptr<Node>> marker()
    {
        auto node = std::make_shared<Node>();
        auto first = atom();
        if (!first)
            return std::unexpected(first.error());
        node->elements.push_back(std::move(*first));
        while (true) {
            const std::size_t word = m_lex.boolOp();
            if (word == 0)
                break;
            const bool isAnd = m_lex.text().substr(m_lex.position(), word) == "and";
            m_lex.advance(word);
            node->elements.push_back({isAnd ? Node::Element::Kind::And : Node::Element::Kind::Or, {}, {}});
            auto next = atom();
            if (!next)
                return std::unexpected(next.error());
            node->elements.push_back(std::move(*next));
        }
        return node;
    }

private:
    Expected<Node::Element> atom()
    {
        m_lex.skipWhitespace();
        if (m_lex.peek() == '(') {
            const std::size_t open = m_lex.position();
            m_lex.advance(1);
            m_lex.skipWhitespace();
            auto inner = marker();
            if (!inner)
                return std::unexpected(inner.error());
            m_lex.skipWhitespace();
            if (m_lex.peek() != ')')
                return std::unexpected(m_lex.error(Tr::tr("expected ')' to close the '(' at position %1").arg(open + 1)));
            m_lex.advance(1);
            m_lex.skipWhitespace();
            Node::Element e;
            e.kind = Node::Element::Kind::Group;
            e.group = std::move(*inner);
            return e;
        }
        auto it = item();
        if (!it)
            return std::unexpected(it.error());
        m_lex.skipWhitespace();
        Node::Element e;
        e.item = std::move(*it);
        return e;
    }

    Expected<Node::Operand> operand()
    {
        if (const std::size_t n = m_lex.variable()) {
            std::string name(m_lex.text().substr(m_lex.position(), n));
            m_lex.advance(n);
            for (char &c : name) {
                if (c == '.')
                    c = '_';
            }
            if (name == "python_implementation")
                name = "platform_python_implementation";
            return Node::Operand{true, name};
        }
        if (const std::size_t n = m_lex.quotedString()) {
            // packaging reads the quoted text with Python's ast.literal_eval, so backslash
            // escapes inside are interpreted.
            const std::string_view quoted = m_lex.text().substr(m_lex.position() + 1, n - 2);
            std::string value;
            for (std::size_t i = 0; i < quoted.size(); ++i) {
                if (quoted[i] != '\\' || i + 1 >= quoted.size()) {
                    value += quoted[i];
                    continue;
                }
                const char e = quoted[++i];
                switch (e) {
                case 'n': value += '\n'; break;
                case 't': value += '\t'; break;
                case 'r': value += '\r'; break;
                case 'a': value += '\a'; break;
                case 'b': value += '\b'; break;
                case 'f': value += '\f'; break;
                case 'v': value += '\v'; break;
                case '\\': value += '\\'; break;
                case '\'': value += '\''; break;
                case '"': value += '"'; break;
                case '\n': break;
                case 'x':
                case 'u':
                case 'U': {
                    const std::size_t digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    std::uint32_t code = 0;
                    std::size_t k = 0;
                    for (; k < digits && i + 1 + k < quoted.size() && std::isxdigit(static_cast<unsigned char>(quoted[i + 1 + k])); ++k)
                        code = code * 16 + std::uint32_t(std::stoi(std::string(1, quoted[i + 1 + k]), nullptr, 16));
                    if (k != digits || code > 0x10FFFF || (code >= 0xD800 && code < 0xE000))
                        return std::unexpected(m_lex.error(Tr::tr("invalid \\%1 escape in a quoted string").arg(QLatin1Char(e))));
                    appendUtf8(value, code);
                    i += digits;
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        std::uint32_t code = std::uint32_t(e - '0');
                        for (int k = 0; k < 2 && i + 1 < quoted.size() && quoted[i + 1] >= '0' && quoted[i + 1] <= '7'; ++k)
                            code = code * 8 + std::uint32_t(quoted[++i] - '0');
                        appendUtf8(value, code);
                    } else {
                        value += '\\';
                        value += e;
                    }
                }
            }
            m_lex.advance(n);
            return Node::Operand{false, value};
        }
        return std::unexpected(m_lex.error(Tr::tr("expected a marker variable or quoted string")));
    }

    Expected<Node::Item> item()
    {
        m_lex.skipWhitespace();
        auto lhs = operand();
        if (!lhs)
            return std::unexpected(lhs.error());
        m_lex.skipWhitespace();
        std::string op;
        if (const std::size_t n = m_lex.word("in")) {
            m_lex.advance(n);
            op = "in";
        } else if (const std::size_t n = m_lex.word("not")) {
            m_lex.advance(n);
            if (!m_lex.skipWhitespace())
                return std::unexpected(m_lex.error(Tr::tr("expected whitespace after 'not'")));
            const std::size_t in = m_lex.word("in");
            if (!in)
                return std::unexpected(m_lex.error(Tr::tr("expected 'in' after 'not'")));
            m_lex.advance(in);
            op = "not in";
        } else if (const std::size_t n = m_lex.comparison()) {
            op = std::string(m_lex.text().substr(m_lex.position(), n));
            m_lex.advance(n);
        } else {
            return std::unexpected(m_lex.error(Tr::tr("expected a marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in")));
        }
        m_lex.skipWhitespace();
        auto rhs = operand();
        if (!rhs)
            return std::unexpected(rhs.error());
        m_lex.skipWhitespace();
        return Node::Item{std::move(*lhs), std::move(op), std::move(*rhs)};
    }

    MarkerLexer &m_lex;
};

// packaging normalizes the value compared with `extra` in the first item only (when stored).
void normalizeFirstExtra(Node &node)
{
    if (node.elements.empty() || node.elements.front().kind != Node::Element::Kind::Item)
        return;
    // The other side becomes a normalized value even when it was a variable (packaging does so).
    Node::Item &item = node.elements.front().item;
    if (item.lhs.isVariable && item.lhs.text == "extra")
        item.rhs = {false, normalizePackageName(item.rhs.text)};
    else if (item.rhs.isVariable && item.rhs.text == "extra")
        item.lhs = {false, normalizePackageName(item.lhs.text)};
}

// Python's escapes for what a quoted string cannot hold as it is: backslashes and control
// characters (the parser reads them back, as packaging's ast.literal_eval does).
std::string escapeValue(const std::string &text, char quote)
{
    std::string out;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\\')
            out += "\\\\";
        else if (c == quote)
            out += quote == '"' ? "\\x22" : "\\x27"; // the lexer, as packaging's, ends a string at its quote
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\r')
            out += "\\r";
        else if (u < 0x20 || u == 0x7f) {
            static const char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else
            out += c;
    }
    return out;
}

std::string formatOperand(const Node::Operand &o)
{
    if (o.isVariable)
        return o.text;
    // packaging always writes double quotes, which breaks a value holding one; envdesk then
    // uses single quotes so the text parses back.
    // packaging writes the value between double quotes as it is; envdesk does the same unless
    // that would not parse back to the same value: then single quotes when the value holds a
    // double quote, and escapes for backslashes and control characters.
    const bool hasDouble = o.text.find('"') != std::string::npos;
    const char quote = hasDouble && o.text.find('\'') == std::string::npos ? '\'' : '"';
    return quote + escapeValue(o.text, quote) + quote;
}

std::string formatItem(const Node::Item &item)
{
    return formatOperand(item.lhs) + " " + item.op + " " + formatOperand(item.rhs);
}

// packaging's _format_marker: nested lists get parentheses, except a list holding one element.
std::string format(const Node &node, bool first)
{
    if (node.elements.size() == 1) {
        const Node::Element &only = node.elements.front();
        if (only.kind == Node::Element::Kind::Group)
            return format(*only.group, true);
        if (only.kind == Node::Element::Kind::Item)
            return formatItem(only.item);
    }
    std::string out;
    for (std::size_t i = 0; i < node.elements.size(); ++i) {
        const Node::Element &e = node.elements[i];
        if (i)
            out += ' ';
        switch (e.kind) {
        case Node::Element::Kind::Item:
            out += formatItem(e.item);
            break;
        case Node::Element::Kind::And:
            out += "and";
            break;
        case Node::Element::Kind::Or:
            out += "or";
            break;
        case Node::Element::Kind::Group:
            out += format(*e.group, false);
            break;
        }
    }
    return first ? out : "(" + out + ")";
}

} // namespace

Expected<bool> evaluateMarkerItem(const Marker::Node::Item &item, const MarkerEnvironment &env, std::string_view extra)
{
    // PEP 751: `extras` and `dependency_groups` are sets, asked with "'name' in extras".
    for (const auto &[side, other] : {std::pair{&item.rhs, &item.lhs}, std::pair{&item.lhs, &item.rhs}}) {
        if (!side->isVariable || (side->text != "extras" && side->text != "dependency_groups"))
            continue;
        if (side != &item.rhs || other->isVariable || (item.op != "in" && item.op != "not in"))
            return fail(ErrorCode::UndefinedComparison,
                        Tr::tr("'%1' is a set: ask it with 'NAME' in %1 or 'NAME' not in %1")
                            .arg(QString::fromStdString(side->text)));
        const std::vector<std::string> &set = side->text == "extras" ? env.extras : env.dependencyGroups;
        const std::string name = normalizePackageName(other->text);
        const bool found = std::any_of(set.begin(), set.end(),
                                       [&](const std::string &s) { return normalizePackageName(s) == name; });
        return item.op == "in" ? found : !found;
    }
    auto lookup = [&](const std::string &name) -> Expected<std::string> {
        if (name == "extra")
            return std::string(extra);
        if (auto v = env.value(name))
            return *v;
        return fail(ErrorCode::UndefinedComparison,
                    Tr::tr("'%1' is not a marker variable").arg(QString::fromStdString(name)));
    };
    std::string key;
    std::string lhs;
    std::string rhs;
    if (item.lhs.isVariable) {
        key = item.lhs.text;
        auto v = lookup(key);
        if (!v)
            return std::unexpected(v.error());
        lhs = *v;
        rhs = item.rhs.text; // a variable on the right is compared by its name, as packaging does
    } else {
        lhs = item.lhs.text;
        key = item.rhs.text;
        auto v = lookup(key);
        if (!v)
            return std::unexpected(v.error());
        rhs = *v;
    }
    if (key == "extra") {
        lhs = normalizePackageName(lhs);
        rhs = normalizePackageName(rhs);
    }
    // PEP 508: compare as versions when "op rhs" is a valid specifier, else as strings.
    if (auto spec = Specifier::parse(item.op + rhs)) {
        auto version = Version::parse(lhs);
        if (!version)
            return fail(ErrorCode::InvalidVersion,
                        Tr::tr("cannot compare '%1' %2 '%3': '%1' is not a version")
                            .arg(QString::fromStdString(lhs), QString::fromStdString(item.op), QString::fromStdString(rhs)));
        return spec->contains(*version, true);
    }
    const std::string &op = item.op;
    if (op == "in")
        return rhs.find(lhs) != std::string::npos;
    if (op == "not in")
        return rhs.find(lhs) == std::string::npos;
    if (op == "<")
        return lhs < rhs;
    if (op == "<=")
        return lhs <= rhs;
    if (op == "==")
        return lhs == rhs;
    if (op == "!=")
        return lhs != rhs;
    if (op == ">=")
        return lhs >= rhs;
    if (op == ">")
        return lhs > rhs;
    return fail(ErrorCode::UndefinedComparison,
                Tr::tr("'%1' cannot compare '%2' and '%3', which are not versions")
                    .arg(QString::fromStdString(op), QString::fromStdString(lhs), QString::fromStdString(rhs)));
}

namespace {

Expected<bool> evaluateNode(const Node &node, const MarkerEnvironment &env, std::string_view extra)
{
    // Like packaging: every item is evaluated (errors surface even when the answer is known),
    // "or" starts a new group, the result is any(all(group)).
    std::vector<std::vector<bool>> groups(1);
    for (const Node::Element &e : node.elements) {
        switch (e.kind) {
        case Node::Element::Kind::Item: {
            auto r = evaluateMarkerItem(e.item, env, extra);
            if (!r)
                return r;
            groups.back().push_back(*r);
            break;
        }
        case Node::Element::Kind::Group: {
            auto r = evaluateNode(*e.group, env, extra);
            if (!r)
                return r;
            groups.back().push_back(*r);
            break;
        }
        case Node::Element::Kind::Or:
            groups.emplace_back();
            break;
        case Node::Element::Kind::And:
            break;
        }
    }
    for (const auto &group : groups) {
        if (std::all_of(group.begin(), group.end(), [](bool b) { return b; }))
            return true;
    }
    return false;
}

} // namespace

std::optional<std::string> MarkerEnvironment::value(std::string_view variable) const
{
    if (variable == "implementation_name")
        return implementationName;
    if (variable == "implementation_version")
        return implementationVersion;
    if (variable == "os_name")
        return osName;
    if (variable == "platform_machine")
        return platformMachine;
    if (variable == "platform_release")
        return platformRelease;
    if (variable == "platform_system")
        return platformSystem;
    if (variable == "platform_version")
        return platformVersion;
    if (variable == "python_full_version")
        return pythonFullVersion;
    if (variable == "platform_python_implementation")
        return platformPythonImplementation;
    if (variable == "python_version")
        return pythonVersion;
    if (variable == "sys_platform")
        return sysPlatform;
    return std::nullopt;
}

Marker::Marker() = default;

Expected<Marker> Marker::parse(std::string_view text)
{
    MarkerLexer lexer(text, "Envdesk::Core::Pep", QT_TRANSLATE_NOOP("Envdesk::Core::Pep", "invalid marker '%1': %2 at position %3"), ErrorCode::InvalidMarker);
    auto node = parseMarkerAt(lexer);
    if (!node)
        return std::unexpected(node.error());
    lexer.skipWhitespace();
    // packaging ignores what follows a complete marker; envdesk says so instead of guessing.
    if (!lexer.atEnd())
        return std::unexpected(lexer.error(Tr::tr("unexpected text after the marker")));
    return fromNode(std::move(*node));
}

Expected<std::shared_ptr<Marker::Node>> Marker::parseMarkerAt(MarkerLexer &lexer)
{
    MarkerParser parser(lexer);
    return parser.marker();
}

Marker Marker::fromNode(std::shared_ptr<Node> node)
{
    normalizeFirstExtra(*node);
    Marker m;
    m.m_root = std::move(node);
    return m;
}

bool Marker::isEmpty() const
{
    return !m_root;
}

Expected<bool> Marker::evaluate(const MarkerEnvironment &env, std::string_view extra) const
{
    if (!m_root)
        return true;
    return evaluateNode(*m_root, env, extra);
}

std::string Marker::toString() const
{
    return m_root ? format(*m_root, true) : std::string();
}

} // namespace Envdesk::Core
