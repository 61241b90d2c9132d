#include "requirement.h"

#include "markerlexer.h"
#include "name.h"

#include <algorithm>
#include <set>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Pep)
};

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of packaging's SPECIFIER token (its specifier regex, matched unanchored) at `pos`, or 0.
class SpecifierToken
{
public:
    explicit SpecifierToken(std::string_view text)
        : s(text)
    {}

    std::size_t match(std::size_t pos) const
    {
        for (std::string_view op : {"~=", "==", "!=", "<=", ">=", "<", ">", "==="}) {
            if (s.substr(pos, op.size()) != op)
                continue;
            const std::size_t v = version(op, pos + op.size());
            if (v != npos)
                return v - pos;
        }
        return 0;
    }

private:
    static constexpr std::size_t npos = std::string_view::npos;
    std::string_view s;

    char at(std::size_t p) const { return p < s.size() ? s[p] : '\0'; }
    bool sep(std::size_t p) const { return at(p) == '-' || at(p) == '_' || at(p) == '.'; }
    bool word(std::size_t p, std::string_view w) const
    {
        if (s.size() < p + w.size())
            return false;
        for (std::size_t i = 0; i < w.size(); ++i) {
            if (lower(s[p + i]) != w[i])
                return false;
        }
        return true;
    }
    std::size_t digits(std::size_t p) const
    {
        while (isDigit(at(p)))
            ++p;
        return p;
    }
    static bool alnum(char c) { return isDigit(c) || (lower(c) >= 'a' && lower(c) <= 'z'); }

    // An optional group of the shape [-_.]? (words) [-_.]? [0-9]*; returns the new position.
    std::size_t lettered(std::size_t p, std::initializer_list<std::string_view> words, bool digitsAfter = true) const
    {
        for (int withSep = 1; withSep >= 0; --withSep) {
            if (withSep && !sep(p))
                continue;
            const std::size_t q = p + std::size_t(withSep);
            for (std::string_view w : words) {
                if (word(q, w)) {
                    std::size_t r = q + w.size();
                    if (sep(r))
                        ++r;
                    return digitsAfter ? digits(r) : r;
                }
            }
        }
        return p;
    }

    std::size_t version(std::string_view op, std::size_t p) const
    {
        while (at(p) == ' ' || (at(p) >= '\t' && at(p) <= '\r'))
            ++p;
        if (op == "===") {
            while (p < s.size() && !(s[p] == ' ' || (s[p] >= '\t' && s[p] <= '\r') || s[p] == ';' || s[p] == ')'))
                ++p;
            return p;
        }
        if (lower(at(p)) == 'v')
            ++p;
        std::size_t d = digits(p);
        if (d > p && at(d) == '!')
            p = d + 1;
        d = digits(p);
        if (d == p)
            return npos;
        p = d;
        int parts = 1;
        while (at(p) == '.' && isDigit(at(p + 1))) {
            p = digits(p + 1);
            ++parts;
        }
        const bool eq = op == "==" || op == "!=";
        if (op == "~=" && parts < 2)
            return npos;
        if (eq && at(p) == '.' && at(p + 1) == '*')
            return p + 2;
        p = lettered(p, {"alpha", "beta", "preview", "pre", "a", "b", "c", "rc"});
        if (at(p) == '-' && isDigit(at(p + 1)))
            p = digits(p + 1);
        else
            p = lettered(p, {"post", "rev", "r"});
        p = lettered(p, {"dev"});
        if (eq && at(p) == '+' && alnum(at(p + 1))) {
            ++p;
            while (alnum(at(p)))
                ++p;
            while (sep(p) && alnum(at(p + 1))) {
                ++p;
                while (alnum(at(p)))
                    ++p;
            }
        }
        return p;
    }
};

// The parts of a URL as Python's urllib.parse.urlparse splits them, for packaging's URL check.
struct UrlParts
{
    std::string scheme;
    std::string netloc;
    std::string rest; ///< path, params, query and fragment as written
};

UrlParts splitUrl(const std::string &url)
{
    UrlParts parts;
    std::string rest = url;
    const std::size_t colon = url.find(':');
    if (colon != std::string::npos && colon > 0) {
        const std::string scheme = url.substr(0, colon);
        const bool valid = std::isalpha(static_cast<unsigned char>(scheme[0]))
                           && std::all_of(scheme.begin(), scheme.end(), [](char c) {
                                  return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
                              });
        if (valid) {
            for (char c : scheme)
                parts.scheme += lower(c);
            rest = url.substr(colon + 1);
        }
    }
    if (rest.starts_with("//")) {
        const std::size_t end = rest.find_first_of("/?#", 2);
        parts.netloc = rest.substr(2, end == std::string::npos ? std::string::npos : end - 2);
        rest = end == std::string::npos ? std::string() : rest.substr(end);
    }
    parts.rest = rest;
    return parts;
}

} // namespace

Expected<Requirement> Requirement::parse(std::string_view text)
{
    MarkerLexer lex(text, "Envdesk::Core::Pep", QT_TRANSLATE_NOOP("Envdesk::Core::Pep", "invalid requirement '%1': %2 at position %3"), ErrorCode::InvalidRequirement);
    Requirement req;
    lex.skipWhitespace();
    const std::size_t nameLength = lex.identifier();
    if (!nameLength)
        return std::unexpected(lex.error(Tr::tr("expected a package name at the start")));
    req.m_name = std::string(text.substr(lex.position(), nameLength));
    lex.advance(nameLength);
    lex.skipWhitespace();

    // extras = ( '[' WS? extras_list? WS? ']' )?
    if (lex.peek() == '[') {
        const std::size_t open = lex.position();
        lex.advance(1);
        lex.skipWhitespace();
        std::set<std::string> extras;
        if (std::size_t n = lex.identifier()) {
            extras.insert(std::string(text.substr(lex.position(), n)));
            lex.advance(n);
            while (true) {
                lex.skipWhitespace();
                if (lex.identifier())
                    return std::unexpected(lex.error(Tr::tr("expected a comma between extra names")));
                if (lex.peek() != ',')
                    break;
                lex.advance(1);
                lex.skipWhitespace();
                const std::size_t e = lex.identifier();
                if (!e)
                    return std::unexpected(lex.error(Tr::tr("expected an extra name after the comma")));
                extras.insert(std::string(text.substr(lex.position(), e)));
                lex.advance(e);
            }
        }
        lex.skipWhitespace();
        if (lex.peek() != ']')
            return std::unexpected(lex.error(Tr::tr("expected ']' to close the '[' at position %1").arg(open + 1)));
        lex.advance(1);
        req.m_extras.assign(extras.begin(), extras.end());
    }
    lex.skipWhitespace();

    auto markerAfter = [&](std::size_t spanStart, const QString &after) -> Expected<void> {
        if (lex.peek() != ';')
            return std::unexpected(lex.error(Tr::tr("expected the end or a semicolon (after %1)").arg(after),
                                             lex.atEnd() ? spanStart : lex.position()));
        lex.advance(1);
        auto node = Marker::parseMarkerAt(lex);
        if (!node)
            return std::unexpected(node.error());
        req.m_marker = Marker::fromNode(std::move(*node));
        lex.skipWhitespace();
        return {};
    };

    if (lex.peek() == '@') {
        lex.advance(1);
        lex.skipWhitespace();
        const std::size_t urlStart = lex.position();
        std::size_t end = urlStart;
        while (end < text.size() && text[end] != ' ' && text[end] != '\t')
            ++end;
        if (end == urlStart)
            return std::unexpected(lex.error(Tr::tr("expected a URL after '@'")));
        req.m_url = std::string(text.substr(urlStart, end - urlStart));
        lex.seek(end);
        if (!lex.atEnd()) {
            if (!lex.skipWhitespace())
                return std::unexpected(lex.error(Tr::tr("expected whitespace after the URL")));
            if (!lex.atEnd()) {
                if (auto m = markerAfter(urlStart, Tr::tr("the URL and whitespace")); !m)
                    return std::unexpected(m.error());
            }
        }
        const UrlParts url = splitUrl(req.m_url);
        if (url.scheme == "file") {
            // packaging: a file URL must survive urlunparse(urlparse(url)) unchanged.
            std::string rest = url.rest;
            if (!rest.empty() && rest[0] != '/')
                rest = "/" + rest;
            const std::string rebuilt = "file://" + url.netloc + rest;
            if (rebuilt != req.m_url)
                return fail(ErrorCode::InvalidRequirement,
                            Tr::tr("invalid requirement '%1': '%2' is not a valid file URL (write file:///absolute/path)")
                                .arg(QString::fromUtf8(text.data(), qsizetype(text.size())), QString::fromStdString(req.m_url)),
                            {}, int(urlStart) + 1);
        } else if (url.scheme.empty() || url.netloc.empty()) {
            return fail(ErrorCode::InvalidRequirement,
                        Tr::tr("invalid requirement '%1': '%2' is not a URL with a scheme and a host")
                            .arg(QString::fromUtf8(text.data(), qsizetype(text.size())), QString::fromStdString(req.m_url)),
                        Tr::tr("a direct reference looks like 'name @ https://host/path/name-1.0-py3-none-any.whl'"),
                        int(urlStart) + 1);
        }
    } else {
        const std::size_t specStart = lex.position();
        bool parenthesized = false;
        std::size_t open = 0;
        if (lex.peek() == '(') {
            parenthesized = true;
            open = lex.position();
            lex.advance(1);
        }
        lex.skipWhitespace();
        std::string specifiers;
        const SpecifierToken token(text);
        while (const std::size_t n = token.match(lex.position())) {
            specifiers += std::string(text.substr(lex.position(), n));
            lex.advance(n);
            lex.skipWhitespace();
            if (lex.peek() != ',')
                break;
            specifiers += ',';
            lex.advance(1);
            lex.skipWhitespace();
        }
        lex.skipWhitespace();
        if (parenthesized) {
            if (lex.peek() != ')')
                return std::unexpected(lex.error(Tr::tr("expected ')' to close the '(' at position %1").arg(open + 1)));
            lex.advance(1);
        }
        auto set = SpecifierSet::parse(specifiers);
        if (!set)
            return std::unexpected(lex.error(set.error().message, specStart));
        req.m_specifiers = std::move(*set);
        lex.skipWhitespace();
        if (!lex.atEnd()) {
            if (auto m = markerAfter(specStart, specifiers.empty() ? Tr::tr("the name, with no valid version specifier")
                                                                   : Tr::tr("the version specifier"));
                !m)
                return std::unexpected(m.error());
        }
    }
    if (!lex.atEnd())
        return std::unexpected(lex.error(Tr::tr("expected the end of the requirement")));
    return req;
}

std::string Requirement::normalizedName() const
{
    return normalizePackageName(m_name);
}

std::string Requirement::toString() const
{
    std::string out = m_name;
    if (!m_extras.empty()) {
        std::vector<std::string> sorted = m_extras;
        std::sort(sorted.begin(), sorted.end());
        out += '[';
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            if (i)
                out += ',';
            out += sorted[i];
        }
        out += ']';
    }
    out += m_specifiers.toString();
    if (!m_url.empty()) {
        out += "@ " + m_url;
        if (!m_marker.isEmpty())
            out += ' ';
    }
    if (!m_marker.isEmpty())
        out += "; " + m_marker.toString();
    return out;
}

} // namespace Envdesk::Core
