#pragma once

#include "../error.h"

#include <string_view>

namespace Envdesk::Core {

/**
 * The token matchers of PEP 508 (as packaging 23.0's tokenizer defines them), over one string:
 * used by the marker and requirement parsers. Positions in errors are 1-based characters of the
 * whole string.
 */
class MarkerLexer
{
public:
    MarkerLexer(std::string_view text, const char *context, const char *messageFormat, ErrorCode code)
        : m_text(text)
        , m_context(context)
        , m_format(messageFormat)
        , m_code(code)
    {}

    std::string_view text() const { return m_text; }
    std::size_t position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void advance(std::size_t n) { m_pos += n; }
    void seek(std::size_t p) { m_pos = p; }

    /** [ \t]+ */
    bool skipWhitespace()
    {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t'))
            ++m_pos;
        return m_pos > start;
    }

    static bool isWordChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    bool boundaryAt(std::size_t p) const
    {
        const bool before = p > 0 && isWordChar(m_text[p - 1]);
        const bool after = p < m_text.size() && isWordChar(m_text[p]);
        return before != after;
    }

    /** \bWORD\b at the current position: its length, or 0. */
    std::size_t word(std::string_view w) const
    {
        if (m_text.substr(m_pos, w.size()) != w || !boundaryAt(m_pos) || !boundaryAt(m_pos + w.size()))
            return 0;
        return w.size();
    }

    std::size_t boolOp() const
    {
        if (std::size_t n = word("or"))
            return n;
        return word("and");
    }

    /** (===|==|~=|!=|<=|>=|<|>) */
    std::size_t comparison() const
    {
        for (std::string_view op : {"===", "==", "~=", "!=", "<=", ">=", "<", ">"}) {
            if (m_text.substr(m_pos, op.size()) == op)
                return op.size();
        }
        return 0;
    }

    /** '[^']*' or "[^"]*" */
    std::size_t quotedString() const
    {
        const char q = peek();
        if (q != '\'' && q != '"')
            return 0;
        const std::size_t close = m_text.find(q, m_pos + 1);
        return close == std::string_view::npos ? 0 : close - m_pos + 1;
    }

    /** One of the marker variable names (with the legacy dotted spellings), as a whole word. */
    std::size_t variable() const
    {
        if (!boundaryAt(m_pos) || !isWordChar(peek()))
            return 0;
        static constexpr std::string_view names[] = {
            "python_version", "python_full_version", "os.name", "os_name", "sys.platform", "sys_platform",
            "platform_release", "platform_system", "platform.version", "platform_version", "platform.machine",
            "platform_machine", "platform.python_implementation", "platform_python_implementation",
            "python_implementation", "implementation_name", "implementation_version",
            // PEP 751: sets, in lock files only ("'dev' in dependency_groups").
            "extras", "dependency_groups", "extra"};
        for (std::string_view n : names) {
            if (m_text.substr(m_pos, n.size()) == n && boundaryAt(m_pos + n.size()))
                return n.size();
        }
        return 0;
    }

    /** \b[a-zA-Z0-9][a-zA-Z0-9._-]*\b */
    std::size_t identifier() const
    {
        if (!boundaryAt(m_pos))
            return 0;
        auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
        if (!alnum(peek()))
            return 0;
        std::size_t end = m_pos + 1;
        while (end < m_text.size() && (alnum(m_text[end]) || m_text[end] == '.' || m_text[end] == '_' || m_text[end] == '-'))
            ++end;
        // The final \b gives back trailing '.' and '-' (and '_' only when a word char follows).
        while (end > m_pos + 1 && !boundaryAt(end))
            --end;
        return end - m_pos;
    }

    Error error(const QString &why, std::size_t at = std::string_view::npos) const
    {
        const std::size_t p = at == std::string_view::npos ? m_pos : at;
        Error e;
        e.code = m_code;
        e.column = int(p) + 1;
        const std::string_view rest = m_text.substr(std::min(p, m_text.size()));
        const QString found = rest.empty() ? QCoreApplication::translate(m_context, QT_TRANSLATE_NOOP("Envdesk::Core::Pep", "the end"))
                                           : QStringLiteral("'%1'").arg(QString::fromUtf8(rest.data(), qsizetype(std::min<std::size_t>(rest.size(), 30))));
        e.message = QCoreApplication::translate(m_context, m_format)
                        .arg(QString::fromUtf8(m_text.data(), qsizetype(m_text.size())),
                             QCoreApplication::translate(m_context, QT_TRANSLATE_NOOP("Envdesk::Core::Pep", "%1, found %2")).arg(why, found))
                        .arg(p + 1);
        return e;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    const char *m_context;
    const char *m_format;
    ErrorCode m_code;
};

} // namespace Envdesk::Core
