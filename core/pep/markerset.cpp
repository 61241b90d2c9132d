#include "markerset.h"

#include "markernode.h"
#include "specifier.h"

#include <algorithm>
#include <functional>
#include <optional>

namespace Envdesk::Core {

namespace {

using Domain = MarkerSet::Domain;
using Box = MarkerSet::Box;
using Item = Marker::Node::Item;

constexpr const char *pythonKey = "python_full_version";
constexpr char opaqueMark = '\x01'; // opaque keys: mark lhs mark op mark rhs

const std::set<std::string> &stringVariables()
{
    static const std::set<std::string> names{"implementation_name", "implementation_version", "os_name",
                                             "platform_machine", "platform_release", "platform_system",
                                             "platform_version", "platform_python_implementation",
                                             "sys_platform"};
    return names;
}

Domain versionDomain(VersionRange range)
{
    Domain d;
    d.isVersion = true;
    d.versions = std::move(range);
    return d;
}

Domain stringDomain(std::set<std::string> values, bool negated)
{
    Domain d;
    d.values = std::move(values);
    d.negated = negated;
    return d;
}

std::set<std::string> setMinus(const std::set<std::string> &a, const std::set<std::string> &b)
{
    std::set<std::string> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
}

std::set<std::string> setAnd(const std::set<std::string> &a, const std::set<std::string> &b)
{
    std::set<std::string> out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
}

std::set<std::string> setOr(const std::set<std::string> &a, const std::set<std::string> &b)
{
    std::set<std::string> out = a;
    out.insert(b.begin(), b.end());
    return out;
}

Domain domainAnd(const Domain &a, const Domain &b)
{
    if (a.isVersion)
        return versionDomain(a.versions.intersection(b.versions));
    if (!a.negated && !b.negated)
        return stringDomain(setAnd(a.values, b.values), false);
    if (!a.negated)
        return stringDomain(setMinus(a.values, b.values), false);
    if (!b.negated)
        return stringDomain(setMinus(b.values, a.values), false);
    return stringDomain(setOr(a.values, b.values), true);
}

Domain domainNot(const Domain &a)
{
    if (a.isVersion)
        return versionDomain(a.versions.complement());
    return stringDomain(a.values, !a.negated);
}

Domain domainOr(const Domain &a, const Domain &b)
{
    return domainNot(domainAnd(domainNot(a), domainNot(b)));
}

bool domainSubset(const Domain &a, const Domain &b)
{
    return domainAnd(a, domainNot(b)).isEmpty();
}

// The box where both hold; nullopt when that is empty.
std::optional<Box> boxAnd(const Box &a, const Box &b)
{
    Box out = a;
    for (const auto &[key, domain] : b) {
        auto it = out.find(key);
        if (it == out.end()) {
            out.emplace(key, domain);
            continue;
        }
        it->second = domainAnd(it->second, domain);
        if (it->second.isEmpty())
            return std::nullopt;
    }
    return out;
}

// Every environment of `a` is in `b`.
bool boxSubset(const Box &a, const Box &b)
{
    for (const auto &[key, domain] : b) {
        const auto it = a.find(key);
        if (it == a.end() || !domainSubset(it->second, domain))
            return false;
    }
    return true;
}

Version bumped(std::vector<std::uint64_t> release)
{
    if (release.empty())
        release.push_back(0);
    ++release.back();
    return Version(std::move(release));
}

// The full Python versions one specifier clause admits; nullopt for `===`.
std::optional<VersionRange> pythonRange(const Specifier &s)
{
    if (!s.version() || s.op() == Specifier::Operator::ArbitraryEqual)
        return std::nullopt;
    const Version &v = *s.version();
    switch (s.op()) {
    case Specifier::Operator::Equal:
    case Specifier::Operator::NotEqual: {
        VersionRange eq = s.hasWildcard() ? VersionRange::between(v, bumped(v.release()))
                                          : VersionRange::exactly(v);
        return s.op() == Specifier::Operator::Equal ? eq : eq.complement();
    }
    case Specifier::Operator::LessEqual:
        return VersionRange::atMost(v);
    case Specifier::Operator::GreaterEqual:
        return VersionRange::atLeast(v);
    case Specifier::Operator::Less:
        return VersionRange::lowerThan(v);
    case Specifier::Operator::Greater:
        return VersionRange::higherThan(v);
    case Specifier::Operator::Compatible: {
        std::vector<std::uint64_t> prefix = v.release();
        if (prefix.size() > 1)
            prefix.pop_back();
        return VersionRange::atLeast(v).intersection(VersionRange::lowerThan(bumped(prefix)));
    }
    case Specifier::Operator::ArbitraryEqual:
        break;
    }
    return std::nullopt;
}

// python_version is "X.Y": the full versions whose X.Y meets `spec`, minor by minor. The minors
// tile the line (2.9 reaches up to 3.0, 3.60 to infinity), so the answer is exact for every
// Python there is.
VersionRange pythonVersionRange(const std::function<bool(const Version &)> &holds)
{
    std::vector<Version> minors;
    for (std::uint64_t m = 0; m <= 9; ++m)
        minors.push_back(Version({2, m}));
    for (std::uint64_t m = 0; m <= 60; ++m)
        minors.push_back(Version({3, m}));
    minors.push_back(Version({4, 0}));
    VersionRange out;
    for (std::size_t i = 0; i < minors.size(); ++i) {
        if (!holds(minors[i]))
            continue;
        VersionRange cell = i + 1 < minors.size() ? VersionRange::lowerThan(minors[i + 1]) : VersionRange::full();
        if (i > 0)
            cell = cell.intersection(VersionRange::atLeast(minors[i]));
        out = out.unionWith(cell);
    }
    return out;
}

std::string flipped(const std::string &op)
{
    if (op == "<")
        return ">";
    if (op == "<=")
        return ">=";
    if (op == ">")
        return "<";
    if (op == ">=")
        return "<=";
    if (op == "==" || op == "!=")
        return op;
    return {};
}

std::string negatedOp(const std::string &op)
{
    static const std::map<std::string, std::string> negation{
        {"==", "!="}, {"!=", "=="}, {"<", ">="}, {">=", "<"}, {">", "<="}, {"<=", ">"},
        {"in", "not in"}, {"not in", "in"}, {"===", "!="}, {"~=", "<"}};
    const auto it = negation.find(op);
    return it == negation.end() ? op : it->second;
}

// A value between single quotes, as uv writes markers (double quotes when it holds one).
std::string quoted(const std::string &value)
{
    const char quote = value.find('\'') == std::string::npos ? '\'' : '"';
    return quote + value + quote;
}

std::string operandText(const Marker::Node::Operand &o)
{
    return o.isVariable ? o.text : quoted(o.text);
}

} // namespace

MarkerSet::MarkerSet() = default;

MarkerSet::MarkerSet(std::vector<Box> boxes)
    : m_boxes(std::move(boxes))
{
    simplify();
}

MarkerSet MarkerSet::all()
{
    return MarkerSet(std::vector<Box>{Box{}});
}

MarkerSet MarkerSet::python(const VersionRange &range)
{
    if (range.isEmpty())
        return none();
    if (range.isFull())
        return all();
    return MarkerSet(std::vector<Box>{Box{{pythonKey, versionDomain(range)}}});
}

std::optional<VersionRange> MarkerSet::pythonRangeOf(std::string_view requiresPython)
{
    auto spec = SpecifierSet::parse(requiresPython);
    if (!spec)
        return std::nullopt;
    VersionRange out = VersionRange::full();
    for (const Specifier &s : spec->specifiers()) {
        auto r = pythonRange(s);
        if (!r)
            return std::nullopt;
        out = out.intersection(*r);
    }
    return out;
}

namespace {

MarkerSet fromNode(const Marker::Node &node, std::string_view extra);
MarkerSet fromItem(const Marker::Node::Item &item, std::string_view extra);

MarkerSet opaqueItem(const Marker::Node::Item &item)
{
    const std::string key = std::string(1, opaqueMark) + operandText(item.lhs) + opaqueMark + item.op + opaqueMark
                            + operandText(item.rhs);
    return MarkerSet(std::vector<Box>{Box{{key, stringDomain({"true"}, false)}}});
}

MarkerSet fromNode(const Marker::Node &node, std::string_view extra)
{
    // As evaluation does: "or" starts a new group, the result is any(all(group)).
    MarkerSet result = MarkerSet::none();
    MarkerSet group = MarkerSet::all();
    for (const Marker::Node::Element &e : node.elements) {
        switch (e.kind) {
        case Marker::Node::Element::Kind::Item:
            group = group.intersect(fromItem(e.item, extra));
            break;
        case Marker::Node::Element::Kind::Group:
            group = group.intersect(fromNode(*e.group, extra));
            break;
        case Marker::Node::Element::Kind::Or:
            result = result.unite(group);
            group = MarkerSet::all();
            break;
        case Marker::Node::Element::Kind::And:
            break;
        }
    }
    return result.unite(group);
}

MarkerSet fromItem(const Marker::Node::Item &item, std::string_view extra)
{
    const bool lhsVar = item.lhs.isVariable;
    const bool rhsVar = item.rhs.isVariable;
    // No environment variable in it (two strings, or the extra): true or false here and now.
    if (lhsVar && rhsVar) {
        // packaging compares the left variable's value with the right one's name.
        Marker::Node::Item named = item;
        named.rhs.isVariable = false;
        return fromItem(named, extra);
    }
    if (lhsVar == rhsVar || (lhsVar && item.lhs.text == "extra") || (rhsVar && item.rhs.text == "extra")) {
        auto r = evaluateMarkerItem(item, MarkerEnvironment{}, extra);
        return r && *r ? MarkerSet::all() : MarkerSet::none();
    }
    // The variable on the left: `"3.8" < python_version` is `python_version > "3.8"`.
    const std::string variable = lhsVar ? item.lhs.text : item.rhs.text;
    const std::string value = lhsVar ? item.rhs.text : item.lhs.text;
    const std::string op = lhsVar ? item.op : flipped(item.op);
    if (variable == "python_version") {
        // Minor by minor, each asked exactly as evaluation asks it.
        if (lhsVar) {
            auto spec = Specifier::parse(item.op + value);
            if (!spec || spec->op() == Specifier::Operator::ArbitraryEqual)
                return opaqueItem(item);
            return MarkerSet::python(pythonVersionRange([&](const Version &minor) { return spec->contains(minor, true); }));
        }
        auto literal = Version::parse(value);
        if (!literal || item.op == "===" || !Specifier::parse(item.op + "3.0"))
            return opaqueItem(item);
        return MarkerSet::python(pythonVersionRange([&](const Version &minor) {
            return Specifier::parse(item.op + minor.toString())->contains(*literal, true);
        }));
    }
    if (variable == "python_full_version") {
        auto spec = op.empty() ? Expected<Specifier>(std::unexpected(Error{})) : Specifier::parse(op + value);
        // Reversed, `"3.9.0b1" < python_full_version` is not quite `> "3.9.0b1"` (PEP 440's rules
        // for prereleases and post releases of the bound): such a one stays a condition.
        if (!spec || spec->op() == Specifier::Operator::ArbitraryEqual
            || (!lhsVar && (!spec->version() || spec->version()->isPrerelease() || spec->version()->isPostrelease()
                            || spec->version()->toString().find('+') != std::string::npos)))
            return opaqueItem(item);
        if (auto range = pythonRange(*spec))
            return MarkerSet::python(*range);
        return opaqueItem(item);
    }
    // ~= is >= and < of its prefix bumped, which (unlike ~=) have opposites.
    if (lhsVar && item.op == "~=") {
        if (auto spec = Specifier::parse("~=" + value); spec && spec->version()) {
            std::vector<std::uint64_t> prefix = spec->version()->release();
            if (prefix.size() > 1)
                prefix.pop_back();
            Marker::Node::Item lower = item, upper = item;
            lower.op = ">=";
            upper.op = "<";
            upper.rhs.text = bumped(prefix).toString();
            return opaqueItem(lower).intersect(opaqueItem(upper));
        }
    }
    // A string compared for (in)equality, unless it reads as a version (then PEP 508 compares
    // versions: "5.10" == "5.10.0").
    if (stringVariables().contains(variable) && (op == "==" || op == "!=") && !Specifier::parse(op + value))
        return MarkerSet(std::vector<Box>{Box{{variable, stringDomain({value}, op == "!=")}}});
    return opaqueItem(item);
}

} // namespace

MarkerSet MarkerSet::of(const Marker &marker, std::string_view extra)
{
    return marker.m_root ? fromNode(*marker.m_root, extra) : all();
}

MarkerSet MarkerSet::intersect(const MarkerSet &other) const
{
    std::vector<Box> out;
    for (const Box &a : m_boxes) {
        for (const Box &b : other.m_boxes) {
            if (auto both = boxAnd(a, b))
                out.push_back(std::move(*both));
        }
    }
    return MarkerSet(std::move(out));
}

MarkerSet MarkerSet::unite(const MarkerSet &other) const
{
    std::vector<Box> out = m_boxes;
    out.insert(out.end(), other.m_boxes.begin(), other.m_boxes.end());
    return MarkerSet(std::move(out));
}

MarkerSet MarkerSet::complement() const
{
    // not (A or B) = not A and not B; not (x in X and y in Y) = x not in X or y not in Y.
    MarkerSet result = all();
    for (const Box &box : m_boxes) {
        std::vector<Box> negated;
        for (const auto &[key, domain] : box)
            negated.push_back(Box{{key, domainNot(domain)}});
        result = result.intersect(MarkerSet(std::move(negated)));
        if (result.isEmpty())
            break;
    }
    return result;
}

bool MarkerSet::isAll() const
{
    return complement().isEmpty();
}

VersionRange MarkerSet::pythonVersions() const
{
    VersionRange out;
    for (const Box &box : m_boxes) {
        const auto it = box.find(pythonKey);
        out = out.unionWith(it == box.end() ? VersionRange::full() : it->second.versions);
    }
    return out;
}

void MarkerSet::simplify()
{
    // Full domains say nothing; an empty one empties its box.
    std::vector<Box> boxes;
    for (Box &box : m_boxes) {
        bool empty = false;
        for (auto it = box.begin(); it != box.end();) {
            empty = empty || it->second.isEmpty();
            it = it->second.isFull() ? box.erase(it) : std::next(it);
        }
        if (!empty)
            boxes.push_back(std::move(box));
    }
    bool changed = true;
    while (changed) {
        changed = false;
        for (std::size_t i = 0; i < boxes.size() && !changed; ++i) {
            for (std::size_t j = 0; j < boxes.size() && !changed; ++j) {
                if (i == j)
                    continue;
                // A box inside another adds nothing.
                if (boxSubset(boxes[i], boxes[j])) {
                    boxes.erase(boxes.begin() + std::ptrdiff_t(i));
                    changed = true;
                    break;
                }
                // Two boxes alike but in one variable are one box: x in A or x in B.
                if (boxes[i].size() != boxes[j].size())
                    continue;
                std::string differing;
                int differences = 0;
                for (const auto &[key, domain] : boxes[i]) {
                    const auto other = boxes[j].find(key);
                    if (other == boxes[j].end()) {
                        differences = 2;
                        break;
                    }
                    if (!(other->second == domain)) {
                        ++differences;
                        differing = key;
                    }
                }
                if (differences != 1)
                    continue;
                Box merged = boxes[i];
                merged[differing] = domainOr(boxes[i].at(differing), boxes[j].at(differing));
                if (merged[differing].isFull())
                    merged.erase(differing);
                boxes[std::min(i, j)] = std::move(merged);
                boxes.erase(boxes.begin() + std::ptrdiff_t(std::max(i, j)));
                changed = true;
            }
        }
    }
    m_boxes = std::move(boxes);
}

namespace {

bool isMinorVersion(const Version &v)
{
    return v.release().size() == 2 && v.toString() == std::to_string(v.release()[0]) + "." + std::to_string(v.release()[1]);
}

// One interval of Python versions, bounds equal to the universe's left out.
std::vector<std::string> pythonClauses(const VersionRange::Interval &interval, const VersionRange &universe)
{
    std::vector<std::string> out;
    const auto &u = universe.intervals();
    const bool lowerIsUniverse = !u.empty() && interval.lower == u.front().lower;
    const bool upperIsUniverse = !u.empty() && interval.upper == u.back().upper;
    const auto &lo = interval.lower;
    const auto &hi = interval.upper;
    if (lo.version && hi.version && lo.inclusive && hi.inclusive && *lo.version == *hi.version)
        return {"python_full_version == " + quoted(lo.version->toString())};
    if (lo.version && hi.version && lo.inclusive && !hi.inclusive && isMinorVersion(*lo.version)
        && isMinorVersion(*hi.version) && lo.version->release()[0] == hi.version->release()[0]
        && lo.version->release()[1] + 1 == hi.version->release()[1] && !lowerIsUniverse && !upperIsUniverse)
        return {"python_version == " + quoted(lo.version->toString())};
    if (lo.version && !lowerIsUniverse) {
        if (!lo.inclusive)
            out.push_back("python_full_version > " + quoted(lo.version->toString()));
        else if (isMinorVersion(*lo.version))
            out.push_back("python_version >= " + quoted(lo.version->toString()));
        else
            out.push_back("python_full_version >= " + quoted(lo.version->toString()));
    }
    if (hi.version && !upperIsUniverse) {
        if (hi.inclusive)
            out.push_back("python_full_version <= " + quoted(hi.version->toString()));
        else if (isMinorVersion(*hi.version))
            out.push_back("python_version < " + quoted(hi.version->toString()));
        else
            out.push_back("python_full_version < " + quoted(hi.version->toString()));
    }
    return out;
}

std::string joined(const std::vector<std::string> &parts, const std::string &separator)
{
    std::string out;
    for (const std::string &p : parts)
        out += (out.empty() ? "" : separator) + p;
    return out;
}

} // namespace

std::string MarkerSet::toString(const VersionRange &pythonUniverse) const
{
    const MarkerSet within = intersect(python(pythonUniverse));
    if (within.intersect(python(pythonUniverse).complement()).isEmpty()
        && python(pythonUniverse).intersect(within.complement()).isEmpty())
        return {};
    std::vector<std::string> boxes;
    for (const Box &box : within.m_boxes) {
        std::vector<std::pair<std::vector<std::string>, std::string>> clauses; // parts, separator
        std::vector<std::string> opaque;
        for (const auto &[key, domain] : box) {
            std::vector<std::string> parts;
            std::string separator = " or ";
            if (domain.isVersion) {
                const VersionRange range = domain.versions;
                if (range == pythonUniverse || pythonUniverse.isSubsetOf(range))
                    continue;
                for (const VersionRange::Interval &interval : range.intervals()) {
                    const auto clauses = pythonClauses(interval, pythonUniverse);
                    if (!clauses.empty())
                        parts.push_back(clauses.size() > 1 && range.intervals().size() > 1
                                            ? "(" + joined(clauses, " and ") + ")"
                                            : joined(clauses, " and "));
                }
            } else if (key.front() == opaqueMark) {
                const auto a = key.find(opaqueMark, 1);
                const auto b = key.find(opaqueMark, a + 1);
                const std::string op = key.substr(a + 1, b - a - 1);
                opaque.push_back(key.substr(1, a - 1) + " " + (domain.negated ? negatedOp(op) : op) + " "
                                 + key.substr(b + 1));
                continue;
            } else {
                for (const std::string &value : domain.values)
                    parts.push_back(key + (domain.negated ? " != " : " == ") + quoted(value));
                if (domain.negated)
                    separator = " and ";
            }
            if (!parts.empty())
                clauses.emplace_back(std::move(parts), separator);
        }
        std::vector<std::string> conjuncts;
        for (const auto &[parts, separator] : clauses) {
            const bool group = parts.size() > 1 && separator == " or " && clauses.size() + opaque.size() > 1;
            conjuncts.push_back(group ? "(" + joined(parts, separator) + ")" : joined(parts, separator));
        }
        conjuncts.insert(conjuncts.end(), opaque.begin(), opaque.end());
        if (conjuncts.empty())
            return {};
        const bool group = conjuncts.size() > 1 && within.m_boxes.size() > 1;
        boxes.push_back(group ? "(" + joined(conjuncts, " and ") + ")" : joined(conjuncts, " and "));
    }
    std::sort(boxes.begin(), boxes.end());
    return joined(boxes, " or ");
}

} // namespace Envdesk::Core
