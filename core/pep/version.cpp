#include "version.h"

#include <algorithm>
#include <charconv>
#include <functional>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Pep)
};

// Python's str.strip() and the regex's \s: ASCII whitespace plus the C0 separators 0x1c-0x1f.
bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isAlnum(char c)
{
    return isDigit(c) || (lower(c) >= 'a' && lower(c) <= 'z');
}

bool isSeparator(char c)
{
    return c == '-' || c == '_' || c == '.';
}

bool startsWithNoCase(std::string_view text, std::size_t pos, std::string_view word)
{
    if (text.size() - pos < word.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (lower(text[pos + i]) != word[i])
            return false;
    }
    return true;
}

std::size_t digitsAt(std::string_view text, std::size_t pos)
{
    std::size_t end = pos;
    while (end < text.size() && isDigit(text[end]))
        ++end;
    return end - pos;
}

// Parses an ASCII digit run; false on overflow of 64 bits.
bool toNumber(std::string_view digits, std::uint64_t *out)
{
    const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), *out);
    return result.ec == std::errc() && result.ptr == digits.data() + digits.size();
}

// The regex packaging matches versions with is small but relies on backtracking: an optional
// group that consumed a separator may have to give it back. The matcher below walks the same
// alternatives in the regex's own order (optional groups tried present first, alternations left
// to right), so the first complete match it finds is the one Python's `re` finds.
struct Parse
{
    std::string_view text;
    std::size_t preLetterPos = 0, preLetterLen = 0;
    std::string_view preNumber;
    bool hasPre = false;
    bool hasPost = false;
    std::string_view postNumber;
    bool hasDev = false;
    std::string_view devNumber;
    std::string_view local;
    std::size_t furthest = 0; // for the error message: how far any attempt got

    void reach(std::size_t pos) { furthest = std::max(furthest, pos); }

    bool matchEnd(std::size_t pos)
    {
        reach(pos);
        return pos == text.size();
    }

    bool matchLocal(std::size_t pos)
    {
        reach(pos);
        if (pos < text.size() && text[pos] == '+') {
            std::size_t p = pos + 1;
            std::size_t start = p;
            bool ok = p < text.size() && isAlnum(text[p]);
            while (ok) {
                while (p < text.size() && isAlnum(text[p]))
                    ++p;
                if (p + 1 < text.size() && isSeparator(text[p]) && isAlnum(text[p + 1]))
                    ++p;
                else
                    break;
            }
            if (ok) {
                reach(p);
                if (matchEnd(p)) {
                    local = text.substr(start, p - start);
                    return true;
                }
            }
        }
        local = {};
        return matchEnd(pos);
    }

    bool matchDev(std::size_t pos)
    {
        reach(pos);
        for (int sep = 1; sep >= 0; --sep) {
            if (sep && !(pos < text.size() && isSeparator(text[pos])))
                continue;
            std::size_t p = pos + sep;
            if (!startsWithNoCase(text, p, "dev"))
                continue;
            p += 3;
            for (int sep2 = 1; sep2 >= 0; --sep2) {
                if (sep2 && !(p < text.size() && isSeparator(text[p])))
                    continue;
                const std::size_t q = p + sep2;
                const std::size_t n = digitsAt(text, q);
                hasDev = true;
                devNumber = text.substr(q, n);
                if (matchLocal(q + n))
                    return true;
                if (n > 0) { // the optional number left out
                    devNumber = {};
                    if (matchLocal(q))
                        return true;
                }
            }
        }
        hasDev = false;
        devNumber = {};
        return matchLocal(pos);
    }

    bool matchPost(std::size_t pos)
    {
        reach(pos);
        // First alternative: implicit post release, "-N".
        if (pos < text.size() && text[pos] == '-') {
            const std::size_t n = digitsAt(text, pos + 1);
            if (n > 0) {
                hasPost = true;
                postNumber = text.substr(pos + 1, n);
                if (matchDev(pos + 1 + n))
                    return true;
            }
        }
        // Second alternative: [-_.]? (post|rev|r) [-_.]? N?
        for (int sep = 1; sep >= 0; --sep) {
            if (sep && !(pos < text.size() && isSeparator(text[pos])))
                continue;
            const std::size_t p0 = pos + sep;
            for (std::string_view word : {"post", "rev", "r"}) {
                if (!startsWithNoCase(text, p0, word))
                    continue;
                const std::size_t p = p0 + word.size();
                for (int sep2 = 1; sep2 >= 0; --sep2) {
                    if (sep2 && !(p < text.size() && isSeparator(text[p])))
                        continue;
                    const std::size_t q = p + sep2;
                    const std::size_t n = digitsAt(text, q);
                    hasPost = true;
                    postNumber = text.substr(q, n);
                    if (matchDev(q + n))
                        return true;
                    if (n > 0) {
                        postNumber = {};
                        if (matchDev(q))
                            return true;
                    }
                }
            }
        }
        hasPost = false;
        postNumber = {};
        return matchDev(pos);
    }

    bool matchPre(std::size_t pos)
    {
        reach(pos);
        for (int sep = 1; sep >= 0; --sep) {
            if (sep && !(pos < text.size() && isSeparator(text[pos])))
                continue;
            const std::size_t p0 = pos + sep;
            for (std::string_view word : {"a", "b", "c", "rc", "alpha", "beta", "pre", "preview"}) {
                if (!startsWithNoCase(text, p0, word))
                    continue;
                const std::size_t p = p0 + word.size();
                for (int sep2 = 1; sep2 >= 0; --sep2) {
                    if (sep2 && !(p < text.size() && isSeparator(text[p])))
                        continue;
                    const std::size_t q = p + sep2;
                    const std::size_t n = digitsAt(text, q);
                    hasPre = true;
                    preLetterPos = p0;
                    preLetterLen = word.size();
                    preNumber = text.substr(q, n);
                    if (matchPost(q + n))
                        return true;
                    if (n > 0) {
                        preNumber = {};
                        if (matchPost(q))
                            return true;
                    }
                }
            }
        }
        hasPre = false;
        preNumber = {};
        return matchPost(pos);
    }
};

Version::PreKind preKindOf(std::string_view letter)
{
    if (letter == "a" || letter == "alpha")
        return Version::PreKind::Alpha;
    if (letter == "b" || letter == "beta")
        return Version::PreKind::Beta;
    return Version::PreKind::Rc; // c, rc, pre, preview
}

// Three-way comparison helper for the stages of the ordering key. A stage value is a rank
// (-2: below everything, -1: "negative infinity", 0: a finite value, 1: "infinity", 2: above
// everything) and, for rank 0, a number pair.
struct StageKey
{
    int rank = 0;
    std::uint64_t major = 0;
    std::uint64_t minor = 0;
    auto operator<=>(const StageKey &) const = default;
};

std::vector<std::uint64_t> strippedRelease(const std::vector<std::uint64_t> &release)
{
    std::vector<std::uint64_t> result = release;
    while (!result.empty() && result.back() == 0)
        result.pop_back();
    return result;
}

} // namespace

Version::Version(std::vector<std::uint64_t> release, std::uint64_t epoch)
    : m_release(release.empty() ? std::vector<std::uint64_t>{0} : std::move(release))
    , m_epoch(epoch)
{}

Expected<Version> Version::parse(std::string_view input)
{
    const QString shown = QString::fromUtf8(input.data(), qsizetype(input.size()));
    std::size_t begin = 0;
    std::size_t end = input.size();
    while (begin < end && isSpace(input[begin]))
        ++begin;
    while (end > begin && isSpace(input[end - 1]))
        --end;
    const std::string_view text = input.substr(begin, end - begin);
    auto invalid = [&](std::size_t pos, const QString &what) {
        const std::size_t at = std::min(pos, text.size());
        const std::string_view rest = text.substr(at);
        const QString detail = rest.empty()
                                   ? Tr::tr("unexpected end")
                                   : Tr::tr("unexpected '%1'").arg(
                                         QString::fromUtf8(rest.data(), qsizetype(rest.size())));
        return fail(ErrorCode::InvalidVersion,
                    Tr::tr("invalid version '%1': %2 at position %3%4")
                        .arg(shown, detail)
                        .arg(begin + at + 1)
                        .arg(what.isEmpty() ? QString() : QLatin1String(" (") + what + QLatin1Char(')')),
                    Tr::tr("a version looks like 1.2.3, 2.0rc1, 1.0.post2 or 1!2.0+local.7 (PEP 440)"),
                    int(begin + at + 1));
    };
    if (text.empty())
        return invalid(0, {});

    std::size_t pos = 0;
    if (lower(text[0]) == 'v')
        ++pos;

    Version v;
    // Epoch: digits followed by '!'.
    std::size_t n = digitsAt(text, pos);
    if (n > 0 && pos + n < text.size() && text[pos + n] == '!') {
        if (!toNumber(text.substr(pos, n), &v.m_epoch))
            return invalid(pos, Tr::tr("number too large"));
        pos += n + 1;
        n = digitsAt(text, pos);
    }
    if (n == 0)
        return invalid(pos, Tr::tr("expected a release number"));
    v.m_release.clear();
    while (true) {
        std::uint64_t number = 0;
        if (!toNumber(text.substr(pos, n), &number))
            return invalid(pos, Tr::tr("number too large"));
        v.m_release.push_back(number);
        pos += n;
        if (pos + 1 < text.size() && text[pos] == '.' && isDigit(text[pos + 1])) {
            ++pos;
            n = digitsAt(text, pos);
            continue;
        }
        break;
    }

    Parse parse;
    parse.text = text;
    if (!parse.matchPre(pos))
        return invalid(parse.furthest, {});

    auto number = [&](std::string_view digits, std::uint64_t *out) {
        *out = 0;
        return digits.empty() || toNumber(digits, out);
    };
    if (parse.hasPre) {
        std::string letter;
        for (std::size_t i = 0; i < parse.preLetterLen; ++i)
            letter += lower(text[parse.preLetterPos + i]);
        v.m_hasPre = true;
        v.m_preKind = preKindOf(letter);
        if (!number(parse.preNumber, &v.m_pre))
            return invalid(std::size_t(parse.preNumber.data() - text.data()), Tr::tr("number too large"));
    }
    if (parse.hasPost) {
        v.m_hasPost = true;
        if (!number(parse.postNumber, &v.m_post))
            return invalid(std::size_t(parse.postNumber.data() - text.data()), Tr::tr("number too large"));
    }
    if (parse.hasDev) {
        v.m_hasDev = true;
        if (!number(parse.devNumber, &v.m_dev))
            return invalid(std::size_t(parse.devNumber.data() - text.data()), Tr::tr("number too large"));
    }
    if (!parse.local.empty()) {
        std::size_t start = 0;
        const std::string_view local = parse.local;
        while (start <= local.size()) {
            std::size_t stop = start;
            while (stop < local.size() && !isSeparator(local[stop]))
                ++stop;
            const std::string_view part = local.substr(start, stop - start);
            if (digitsAt(part, 0) == part.size()) {
                std::uint64_t value = 0;
                if (!toNumber(part, &value))
                    return invalid(std::size_t(part.data() - text.data()), Tr::tr("number too large"));
                v.m_local.emplace_back(value);
            } else {
                std::string segment;
                for (char c : part)
                    segment += lower(c);
                v.m_local.emplace_back(std::move(segment));
            }
            start = stop + 1;
        }
    }
    return v;
}

std::optional<std::pair<Version::PreKind, std::uint64_t>> Version::pre() const
{
    if (!m_hasPre)
        return std::nullopt;
    return std::make_pair(m_preKind, m_pre);
}

std::optional<std::uint64_t> Version::post() const
{
    return m_hasPost ? std::optional(m_post) : std::nullopt;
}

std::optional<std::uint64_t> Version::dev() const
{
    return m_hasDev ? std::optional(m_dev) : std::nullopt;
}

Version Version::publicVersion() const
{
    Version v = *this;
    v.m_local.clear();
    return v;
}

Version Version::baseVersion() const
{
    return Version(m_release, m_epoch);
}

Version Version::withRelease(std::vector<std::uint64_t> release) const
{
    Version v = *this;
    v.m_release = release.empty() ? std::vector<std::uint64_t>{0} : std::move(release);
    return v;
}

std::string Version::publicString() const
{
    std::string out;
    if (m_epoch != 0)
        out += std::to_string(m_epoch) + '!';
    for (std::size_t i = 0; i < m_release.size(); ++i) {
        if (i)
            out += '.';
        out += std::to_string(m_release[i]);
    }
    if (m_hasPre) {
        out += m_preKind == PreKind::Alpha ? "a" : m_preKind == PreKind::Beta ? "b" : "rc";
        out += std::to_string(m_pre);
    }
    if (m_hasPost)
        out += ".post" + std::to_string(m_post);
    if (m_hasDev)
        out += ".dev" + std::to_string(m_dev);
    switch (m_sentinel) {
    case Sentinel::None:
        break;
    case Sentinel::Min:
        out += ".<min>";
        break;
    case Sentinel::Max:
        out += ".<max>";
        break;
    case Sentinel::MaxRelease:
        out += ".<max-release>";
        break;
    case Sentinel::LocalMax:
        out += "+<max>";
        break;
    }
    return out;
}

std::string Version::toString() const
{
    std::string out = publicString();
    for (std::size_t i = 0; i < m_local.size(); ++i) {
        out += i ? '.' : '+';
        if (const auto *number = std::get_if<std::uint64_t>(&m_local[i]))
            out += std::to_string(*number);
        else
            out += std::get<std::string>(m_local[i]);
    }
    return out;
}

Version Version::makeMin() const
{
    Version v = baseVersion();
    v.m_sentinel = Sentinel::Min;
    return v;
}

Version Version::makeMax(bool wholeRelease) const
{
    Version v = publicVersion();
    v.m_hasPost = false;
    v.m_post = 0;
    v.m_sentinel = wholeRelease ? Sentinel::MaxRelease : Sentinel::Max;
    return v;
}

Version Version::makeLocalMax() const
{
    Version v = publicVersion();
    v.m_sentinel = Sentinel::LocalMax;
    return v;
}

std::strong_ordering Version::operator<=>(const Version &other) const
{
    if (auto c = m_epoch <=> other.m_epoch; c != 0)
        return c;
    // PEP 440: release segments compare with trailing zeros ignored (1.0 == 1.0.0).
    {
        std::size_t a = m_release.size();
        std::size_t b = other.m_release.size();
        while (a > 0 && m_release[a - 1] == 0)
            --a;
        while (b > 0 && other.m_release[b - 1] == 0)
            --b;
        const std::size_t common = std::min(a, b);
        for (std::size_t i = 0; i < common; ++i) {
            if (auto c = m_release[i] <=> other.m_release[i]; c != 0)
                return c;
        }
        if (auto c = a <=> b; c != 0)
            return c;
    }
    // dev-only releases sort before pre-releases; finals after them. Min/MaxRelease sentinels
    // sit below/above the whole release.
    auto preKey = [](const Version &v) {
        if (v.m_sentinel == Sentinel::Min)
            return StageKey{-2};
        if (v.m_sentinel == Sentinel::MaxRelease)
            return StageKey{2};
        if (!v.m_hasPre && !v.m_hasPost && v.m_hasDev)
            return StageKey{-1};
        if (!v.m_hasPre)
            return StageKey{1};
        return StageKey{0, std::uint64_t(v.m_preKind), v.m_pre};
    };
    if (auto c = preKey(*this) <=> preKey(other); c != 0)
        return c;
    if (m_sentinel == Sentinel::Min || m_sentinel == Sentinel::MaxRelease)
        return std::strong_ordering::equal; // both the same sentinel of the same release
    auto postKey = [](const Version &v) {
        if (v.m_sentinel == Sentinel::Max)
            return StageKey{2};
        return v.m_hasPost ? StageKey{0, v.m_post} : StageKey{-1};
    };
    if (auto c = postKey(*this) <=> postKey(other); c != 0)
        return c;
    if (m_sentinel == Sentinel::Max)
        return std::strong_ordering::equal;
    auto devKey = [](const Version &v) { return v.m_hasDev ? StageKey{0, v.m_dev} : StageKey{1}; };
    if (auto c = devKey(*this) <=> devKey(other); c != 0)
        return c;
    // Local labels: none sorts first; then segment by segment, strings before numbers, strings
    // lexicographically, numbers numerically; a shorter label that is a prefix sorts first.
    const bool thisMax = m_sentinel == Sentinel::LocalMax;
    const bool otherMax = other.m_sentinel == Sentinel::LocalMax;
    if (thisMax || otherMax)
        return thisMax == otherMax ? std::strong_ordering::equal
                                   : (thisMax ? std::strong_ordering::greater
                                              : std::strong_ordering::less);
    if (m_local.empty() || other.m_local.empty())
        return !m_local.empty() <=> !other.m_local.empty();
    const std::size_t common = std::min(m_local.size(), other.m_local.size());
    for (std::size_t i = 0; i < common; ++i) {
        const auto *na = std::get_if<std::uint64_t>(&m_local[i]);
        const auto *nb = std::get_if<std::uint64_t>(&other.m_local[i]);
        if (na && nb) {
            if (auto c = *na <=> *nb; c != 0)
                return c;
        } else if (!na && !nb) {
            const int c = std::get<std::string>(m_local[i]).compare(std::get<std::string>(other.m_local[i]));
            if (c != 0)
                return c < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
        } else {
            return na ? std::strong_ordering::greater : std::strong_ordering::less;
        }
    }
    return m_local.size() <=> other.m_local.size();
}

std::size_t Version::hash() const
{
    // Must agree with operator==: hash the ordering key, release without trailing zeros.
    std::size_t h = std::hash<std::uint64_t>()(m_epoch);
    auto mix = [&h](std::size_t value) { h ^= value + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    for (std::uint64_t part : strippedRelease(m_release))
        mix(std::hash<std::uint64_t>()(part));
    mix(std::size_t(m_sentinel));
    mix(m_hasPre ? (std::size_t(m_preKind) + 1) * 1000003 + m_pre : 0);
    mix(m_hasPost ? m_post + 1 : 0);
    if (m_sentinel != Sentinel::Max) // Max ignores dev in comparisons
        mix(m_hasDev ? m_dev + 1 : 0);
    for (const LocalSegment &segment : m_local) {
        if (const auto *number = std::get_if<std::uint64_t>(&segment))
            mix(std::hash<std::uint64_t>()(*number));
        else
            mix(std::hash<std::string>()(std::get<std::string>(segment)));
    }
    return h;
}

} // namespace Envdesk::Core
