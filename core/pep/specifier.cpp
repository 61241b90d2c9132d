#include "specifier.h"

#include <algorithm>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Pep)
};

bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view strip(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string toLower(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return out;
}

std::string_view operatorText(Specifier::Operator op)
{
    switch (op) {
    case Specifier::Operator::Equal:
        return "==";
    case Specifier::Operator::NotEqual:
        return "!=";
    case Specifier::Operator::LessEqual:
        return "<=";
    case Specifier::Operator::GreaterEqual:
        return ">=";
    case Specifier::Operator::Less:
        return "<";
    case Specifier::Operator::Greater:
        return ">";
    case Specifier::Operator::Compatible:
        return "~=";
    case Specifier::Operator::ArbitraryEqual:
        return "===";
    }
    return {};
}

// packaging.utils.canonicalize_version: the normalized form, optionally without trailing ".0"s
// in the release; text that is not a version comes back unchanged.
std::string canonicalizeVersion(std::string_view text, bool stripTrailingZero)
{
    auto parsed = Version::parse(text);
    if (!parsed)
        return std::string(text);
    const Version &v = *parsed;
    std::vector<std::uint64_t> release = v.release();
    if (stripTrailingZero) {
        while (release.size() > 1 && release.back() == 0)
            release.pop_back();
    }
    return v.withRelease(release).toString();
}

// packaging's _version_split: split on dots, and split "1rc2" into "1", "rc2".
std::vector<std::string> versionSplit(std::string_view text)
{
    std::vector<std::string> result;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = text.find('.', start);
        const std::string_view item = text.substr(start, dot == std::string_view::npos
                                                             ? std::string_view::npos
                                                             : dot - start);
        std::size_t n = 0;
        while (n < item.size() && isDigit(item[n]))
            ++n;
        bool split = false;
        if (n > 0 && n < item.size()) {
            std::string_view rest = item.substr(n);
            std::size_t letters = 0;
            if (rest.starts_with("rc"))
                letters = 2;
            else if (rest[0] == 'a' || rest[0] == 'b' || rest[0] == 'c')
                letters = 1;
            if (letters > 0 && rest.size() > letters
                && std::all_of(rest.begin() + letters, rest.end(), isDigit)) {
                result.emplace_back(item.substr(0, n));
                result.emplace_back(rest);
                split = true;
            }
        }
        if (!split)
            result.emplace_back(item);
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    return result;
}

bool isAllDigits(const std::string &s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), isDigit);
}

// packaging's prefix match for "==V.*": compare the dotted parts of the candidate, padded with
// zeros, against the prefix's parts.
bool prefixMatches(const Version &prospective, std::string_view prefixText)
{
    const std::vector<std::string> spec = versionSplit(canonicalizeVersion(prefixText, false));
    std::vector<std::string> candidate = versionSplit(
        canonicalizeVersion(prospective.publicString(), true));
    const auto leadingDigits = [](const std::vector<std::string> &parts) {
        return std::size_t(std::find_if_not(parts.begin(), parts.end(), isAllDigits) - parts.begin());
    };
    const std::size_t candidateDigits = leadingDigits(candidate);
    const std::size_t specDigits = leadingDigits(spec);
    if (specDigits > candidateDigits)
        candidate.insert(candidate.begin() + std::ptrdiff_t(candidateDigits),
                         specDigits - candidateDigits, "0");
    if (candidate.size() > spec.size())
        candidate.resize(spec.size());
    return candidate == spec;
}

// The prefix "~=V" compares against: V's release without its last component, as packaging
// computes it from the text (suffix segments dropped first).
std::string compatiblePrefix(std::string_view versionText)
{
    std::vector<std::string> parts = versionSplit(versionText);
    auto isSuffix = [](const std::string &s) {
        for (std::string_view p : {"dev", "a", "b", "rc", "post"}) {
            if (s.starts_with(p))
                return true;
        }
        return false;
    };
    parts.erase(std::find_if(parts.begin(), parts.end(), isSuffix), parts.end());
    if (!parts.empty())
        parts.pop_back();
    std::string prefix;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i)
            prefix += '.';
        prefix += parts[i];
    }
    return prefix;
}

// The interval of all versions whose release starts with `prefix` (epoch 0 only; see isRangeExact).
VersionRange prefixRange(const Version &prefix)
{
    std::vector<std::uint64_t> next = prefix.release();
    next.back() += 1;
    VersionRange range = VersionRange::between(prefix.makeMin(), prefix.withRelease(next).makeMin());
    // packaging pads the candidate's leading numbers with zeros, and a candidate with an epoch has
    // none ("1!2" is one part), so an all-zero prefix such as "0.*" matches every version with a
    // non-zero epoch.
    const auto &parts = prefix.release();
    if (prefix.epoch() == 0 && std::all_of(parts.begin(), parts.end(), [](auto n) { return n == 0; }))
        range = range.unionWith(VersionRange::atLeast(Version({0}, 1).makeMin()));
    return range;
}

struct RangeResult
{
    VersionRange range;
    bool exact = true;
};

} // namespace

Expected<Specifier> Specifier::parse(std::string_view input)
{
    return parseClause(input, input, 0);
}

Expected<Specifier> Specifier::parseClause(std::string_view input, std::string_view whole,
                                           std::size_t inputOffset)
{
    const std::string_view text = strip(input);
    const std::size_t offset = inputOffset + std::size_t(text.data() - input.data());
    auto invalid = [&](std::size_t pos, const QString &why) {
        const QString clause = QString::fromUtf8(text.data(), qsizetype(text.size()));
        const QString where = whole.size() == input.size()
                                  ? QString()
                                  : Tr::tr(" in '%1'").arg(QString::fromUtf8(whole.data(),
                                                                        qsizetype(whole.size())));
        return fail(ErrorCode::InvalidSpecifier,
                    Tr::tr("invalid version specifier '%1'%2: %3 at position %4")
                        .arg(clause, where, why)
                        .arg(offset + pos + 1),
                    Tr::tr("a specifier is an operator (==, !=, <=, >=, <, >, ~=, ===) followed by a "
                       "version, e.g. '>=1.2', '~=2.0' or '==1.4.*'"),
                    int(offset + pos + 1));
    };

    Specifier spec;
    std::size_t pos = 0;
    struct Candidate
    {
        std::string_view text;
        Operator op;
    };
    static constexpr Candidate operators[] = {
        {"===", Operator::ArbitraryEqual}, {"~=", Operator::Compatible},
        {"==", Operator::Equal},           {"!=", Operator::NotEqual},
        {"<=", Operator::LessEqual},       {">=", Operator::GreaterEqual},
        {"<", Operator::Less},             {">", Operator::Greater},
    };
    bool found = false;
    for (const Candidate &candidate : operators) {
        if (text.starts_with(candidate.text)) {
            // "===" is tried by packaging's regex only after "==" failed; "==" never accepts a
            // version starting with "=", so trying "===" first gives the same answer.
            spec.m_op = candidate.op;
            pos = candidate.text.size();
            found = true;
            break;
        }
    }
    if (!found)
        return invalid(0, text.empty() ? Tr::tr("expected an operator, found nothing")
                                       : Tr::tr("expected an operator such as '>=' or '=='"));

    std::string_view versionText = strip(text.substr(pos));
    const std::size_t versionPos = versionText.empty()
                                       ? text.size()
                                       : std::size_t(versionText.data() - text.data());
    spec.m_versionText = std::string(versionText);

    if (spec.m_op == Operator::ArbitraryEqual) {
        for (std::size_t i = 0; i < versionText.size(); ++i) {
            const char c = versionText[i];
            if (isSpace(c) || c == ';' || c == ')')
                return invalid(versionPos + i, Tr::tr("unexpected '%1'").arg(QLatin1Char(c)));
        }
        if (auto v = Version::parse(versionText))
            spec.m_version = *v;
        return spec;
    }
    if (versionText.empty())
        return invalid(versionPos, Tr::tr("expected a version after the operator"));

    const bool allowsWildcard = spec.m_op == Operator::Equal || spec.m_op == Operator::NotEqual;
    if (versionText.ends_with(".*")) {
        if (!allowsWildcard)
            return invalid(versionPos + versionText.size() - 2,
                           Tr::tr("'.*' is only allowed with == and !="));
        const std::string_view prefix = versionText.substr(0, versionText.size() - 2);
        // Only a plain release may precede ".*": v? (N!)? N(.N)*
        std::size_t i = 0;
        if (i < prefix.size() && (prefix[i] == 'v' || prefix[i] == 'V'))
            ++i;
        std::size_t n = 0;
        while (i + n < prefix.size() && isDigit(prefix[i + n]))
            ++n;
        if (n > 0 && i + n < prefix.size() && prefix[i + n] == '!')
            i += n + 1;
        bool ok = i < prefix.size();
        while (ok && i < prefix.size()) {
            std::size_t digits = 0;
            while (i + digits < prefix.size() && isDigit(prefix[i + digits]))
                ++digits;
            if (digits == 0) {
                ok = false;
                break;
            }
            i += digits;
            if (i < prefix.size()) {
                if (prefix[i] != '.' || i + 1 == prefix.size()) {
                    ok = false;
                    break;
                }
                ++i;
            }
        }
        if (!ok)
            return invalid(versionPos + std::min(i, prefix.size()),
                           Tr::tr("only a release such as '1.4' may precede '.*'"));
        auto v = Version::parse(prefix);
        if (!v)
            return invalid(versionPos, Tr::tr("'%1' is not a valid version")
                                           .arg(QString::fromUtf8(prefix.data(), qsizetype(prefix.size()))));
        spec.m_version = *v;
        spec.m_wildcard = true;
        return spec;
    }

    auto v = Version::parse(versionText);
    if (!v) {
        const int column = v.error().column > 0 ? v.error().column - 1 : 0;
        return invalid(versionPos + std::size_t(column),
                       Tr::tr("'%1' is not a valid version")
                           .arg(QString::fromUtf8(versionText.data(), qsizetype(versionText.size()))));
    }
    if (v->hasLocal() && !allowsWildcard)
        return invalid(versionPos + versionText.find('+'),
                       Tr::tr("a local version label is only allowed with == and !="));
    if (spec.m_op == Operator::Compatible && v->release().size() < 2)
        return invalid(versionPos, Tr::tr("'~=' needs a version with at least two components, "
                                      "such as '~=1.4'"));
    if (spec.m_op == Operator::Compatible && v->hasLocal())
        return invalid(versionPos, Tr::tr("a local version label is not allowed with ~="));
    spec.m_version = *v;
    return spec;
}

bool Specifier::impliesPrereleases() const
{
    switch (m_op) {
    case Operator::Equal:
    case Operator::GreaterEqual:
    case Operator::LessEqual:
    case Operator::Compatible:
    case Operator::ArbitraryEqual:
        // packaging raises for "===" with a text that is not a version; we answer "no".
        return m_version && m_version->isPrerelease();
    default:
        return false;
    }
}

bool Specifier::contains(const Version &v, std::optional<bool> prereleases) const
{
    const bool allowPre = prereleases.value_or(impliesPrereleases());
    if (v.isPrerelease() && !allowPre)
        return false;
    auto equal = [&]() {
        if (m_wildcard)
            return prefixMatches(v, std::string_view(m_versionText).substr(0, m_versionText.size() - 2));
        if (!m_version->hasLocal())
            return v.publicVersion() == *m_version;
        return v == *m_version;
    };
    const Version &spec = m_version ? *m_version : v;
    switch (m_op) {
    case Operator::Equal:
        return equal();
    case Operator::NotEqual:
        return !equal();
    case Operator::LessEqual:
        return v.publicVersion() <= spec;
    case Operator::GreaterEqual:
        return v.publicVersion() >= spec;
    case Operator::Less:
        if (!(v < spec))
            return false;
        // PEP 440: "<V" excludes V's own prereleases unless V is one.
        return spec.isPrerelease() || !v.isPrerelease() || v.baseVersion() != spec.baseVersion();
    case Operator::Greater:
        if (!(v > spec))
            return false;
        // PEP 440: ">V" excludes V's post releases unless V is one, and local versions of V.
        if (!spec.isPostrelease() && v.isPostrelease() && v.baseVersion() == spec.baseVersion())
            return false;
        return !(v.hasLocal() && v.baseVersion() == spec.baseVersion());
    case Operator::Compatible:
        return v.publicVersion() >= spec && prefixMatches(v, compatiblePrefix(m_versionText));
    case Operator::ArbitraryEqual:
        return v.toString() == toLower(m_versionText);
    }
    return false;
}

namespace {

RangeResult rangeOf(const Specifier &s)
{
    using Op = Specifier::Operator;
    if (!s.version())
        return {VersionRange::empty(), true}; // "===" with a text no version prints as
    const Version &v = *s.version();
    auto equalRange = [&]() -> RangeResult {
        if (s.hasWildcard())
            return {prefixRange(v), v.epoch() == 0};
        if (v.hasLocal())
            return {VersionRange::exactly(v), true};
        return {VersionRange::atLeast(v).intersection(VersionRange::atMost(v.makeLocalMax())),
                true};
    };
    switch (s.op()) {
    case Op::Equal:
        return equalRange();
    case Op::NotEqual: {
        RangeResult r = equalRange();
        return {r.range.complement(), r.exact};
    }
    case Op::LessEqual:
        return {VersionRange::atMost(v.makeLocalMax()), true};
    case Op::GreaterEqual:
        return {VersionRange::atLeast(v), true};
    case Op::Less:
        if (v.isPrerelease())
            return {VersionRange::lowerThan(v), true};
        if (!v.isPostrelease())
            return {VersionRange::lowerThan(v.makeMin()), true};
        return {VersionRange::lowerThan(v), false};
    case Op::Greater:
        if (!v.isPrerelease() && !v.isPostrelease())
            return {VersionRange::higherThan(v.makeMax()), true};
        if (v.isPostrelease())
            return {VersionRange::higherThan(v.makeLocalMax()), false};
        return {VersionRange::higherThan(v), false};
    case Op::Compatible: {
        const std::string prefixText = compatiblePrefix(s.versionText());
        auto prefix = Version::parse(canonicalizeVersion(prefixText, false));
        if (!prefix)
            return {VersionRange::atLeast(v), false};
        // The range is exact only when packaging's text-based prefix is the release without its
        // last part: "~=0.0.c.00" keeps "c" as a release part ("0.0.c.*"), which no range models.
        std::vector<std::uint64_t> release = v.release();
        release.pop_back();
        const bool exact = prefix->epoch() == 0 && v.epoch() == 0 && !release.empty()
                           && prefix->toString() == Version(release, 0).toString();
        return {VersionRange::atLeast(v).intersection(prefixRange(*prefix)), exact};
    }
    case Op::ArbitraryEqual:
        if (v.toString() != toLower(s.versionText()))
            return {VersionRange::empty(), true};
        return {VersionRange::exactly(v), false};
    }
    return {VersionRange::empty(), false};
}

} // namespace

VersionRange Specifier::toRange() const
{
    return rangeOf(*this).range;
}

bool Specifier::isRangeExact() const
{
    return rangeOf(*this).exact;
}

std::string Specifier::toString() const
{
    return std::string(operatorText(m_op)) + m_versionText;
}

SpecifierSet::SpecifierSet(std::vector<Specifier> specifiers)
    : m_specifiers(std::move(specifiers))
{}

Expected<SpecifierSet> SpecifierSet::parse(std::string_view text)
{
    SpecifierSet set;
    std::vector<std::pair<std::string, std::string>> seen; // canonical (operator, version)
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string_view::npos)
            comma = text.size();
        const std::string_view clause = text.substr(start, comma - start);
        if (!strip(clause).empty()) {
            auto spec = Specifier::parseClause(clause, text, start);
            if (!spec)
                return std::unexpected(spec.error());
            // Like packaging's set of specifiers: clauses equal after normalization count once.
            std::pair<std::string, std::string> key{
                std::string(operatorText(spec->op())),
                canonicalizeVersion(spec->versionText(), spec->op() != Specifier::Operator::Compatible)};
            if (std::find(seen.begin(), seen.end(), key) == seen.end()) {
                seen.push_back(std::move(key));
                set.m_specifiers.push_back(std::move(*spec));
            }
        }
        start = comma + 1;
    }
    return set;
}

std::optional<bool> SpecifierSet::impliesPrereleases() const
{
    if (m_specifiers.empty())
        return std::nullopt;
    return std::any_of(m_specifiers.begin(), m_specifiers.end(),
                       [](const Specifier &s) { return s.impliesPrereleases(); });
}

bool SpecifierSet::contains(const Version &v, std::optional<bool> prereleases) const
{
    const bool allowPre = prereleases ? *prereleases : impliesPrereleases().value_or(false);
    if (v.isPrerelease() && !allowPre)
        return false;
    return std::all_of(m_specifiers.begin(), m_specifiers.end(),
                       [&](const Specifier &s) { return s.contains(v, allowPre); });
}

VersionRange SpecifierSet::toRange() const
{
    VersionRange range = VersionRange::full();
    for (const Specifier &s : m_specifiers)
        range = range.intersection(s.toRange());
    return range;
}

SpecifierSet SpecifierSet::lowerBounds() const
{
    std::vector<Specifier> kept;
    for (const Specifier &s : m_specifiers) {
        switch (s.op()) {
        case Specifier::Operator::GreaterEqual:
        case Specifier::Operator::Greater:
            kept.push_back(s);
            break;
        case Specifier::Operator::Compatible:
        case Specifier::Operator::Equal:
            if (s.version()) {
                Specifier atLeast = s;
                atLeast.m_op = Specifier::Operator::GreaterEqual;
                atLeast.m_wildcard = false;
                atLeast.m_versionText = s.version()->toString();
                kept.push_back(atLeast);
            }
            break;
        default:
            break; // <, <=, !=, ===: not a lower bound
        }
    }
    return SpecifierSet(std::move(kept));
}

std::string SpecifierSet::toString() const
{
    std::vector<std::string> parts;
    for (const Specifier &s : m_specifiers)
        parts.push_back(s.toString());
    std::sort(parts.begin(), parts.end());
    std::string out;
    for (const std::string &part : parts) {
        if (!out.empty())
            out += ',';
        out += part;
    }
    return out;
}

} // namespace Envdesk::Core
