#include "pubgrub.h"
#include "pubgrub_p.h"

#include <algorithm>
#include <map>
#include <set>

// Explanations: why no solution exists, in sentences, from the solver's derivation tree.

namespace Envdesk::Core {

namespace PubGrubDetail {

// A range as people write it: "1.0.0" for one version, ">=1.0, <2.0" for an interval (the
// sentinels that make "<2.0" exclude 2.0's prereleases are not shown).
std::string rangeText(const VersionRange &range)
{
    if (range.isFull())
        return "*";
    if (range.isEmpty())
        return "(no version)";
    std::string out;
    for (const VersionRange::Interval &i : range.intervals()) {
        if (!out.empty())
            out += " || ";
        auto plain = [](const Version &v) {
            std::string t = v.toString();
            for (const char *sentinel : {".<min>", ".<max>", "+<max>"}) {
                if (auto at = t.find(sentinel); at != std::string::npos)
                    t.erase(at, std::string(sentinel).size());
            }
            return t;
        };
        if (i.lower.version && i.upper.version && plain(*i.lower.version) == plain(*i.upper.version)
            && i.lower.inclusive) {
            out += plain(*i.lower.version);
            continue;
        }
        std::string part;
        if (i.lower.version)
            part += (i.lower.inclusive || i.lower.version->isSentinel() ? ">=" : ">")
                    + plain(*i.lower.version);
        if (i.upper.version) {
            if (!part.empty())
                part += ", ";
            part += (i.upper.inclusive ? "<=" : "<") + plain(*i.upper.version);
        }
        out += part;
    }
    return out;
}

// The versions known to exist per project while an explanation is written (newest first), so
// that ranges read in terms of real versions: "1.4.0 || >=1.6.0, <=2.1.0" instead of the holes
// left by the versions ruled out one by one.
thread_local const std::map<std::string, std::vector<Version>> *t_known = nullptr;

} // namespace PubGrubDetail

using namespace PubGrubDetail;

namespace {

std::string rangeFor(const PackageId &package, const VersionRange &range)
{
    if (!t_known || range.isFull())
        return rangeText(range);
    auto it = t_known->find(package.name);
    if (it == t_known->end() || it->second.empty())
        return rangeText(range);
    const std::vector<Version> &newestFirst = it->second;
    std::vector<std::pair<const Version *, const Version *>> runs; // oldest, newest of each run
    bool inRun = false;
    for (auto v = newestFirst.rbegin(); v != newestFirst.rend(); ++v) {
        if (range.contains(*v)) {
            if (inRun)
                runs.back().second = &*v;
            else
                runs.emplace_back(&*v, &*v);
            inRun = true;
        } else {
            inRun = false;
        }
    }
    if (runs.empty())
        return rangeText(range);
    if (runs.size() == 1 && runs.front().first == &newestFirst.back()
        && runs.front().second == &newestFirst.front() && newestFirst.size() > 1)
        return rangeText(range); // every known version: the range as written says more
    std::string out;
    for (const auto &[oldest, newest] : runs) {
        if (!out.empty())
            out += " || ";
        out += oldest == newest ? oldest->toString()
                                : ">=" + oldest->toString() + ", <=" + newest->toString();
    }
    return out;
}

} // namespace

std::string Term::toString() const
{
    const std::string name = package.isRoot() ? std::string("the root") : package.toString();
    if (positive)
        return range.isFull() ? name : name + " " + rangeFor(package, range);
    return "not " + (range.isFull() ? name : name + " " + rangeFor(package, range));
}

namespace PubGrubDetail {

std::string describeTerms(const std::vector<Term> &terms)
{
    if (terms.empty())
        return "version solving failed";
    if (terms.size() == 1) {
        const Term &t = terms.front();
        if (t.package.isRoot())
            return t.positive ? "your requirements cannot be met" : "the root is required";
        return t.positive
                   ? t.package.toString() + " " + rangeFor(t.package, t.range) + " is forbidden"
                   : t.package.toString() + " " + rangeFor(t.package, t.range) + " is required";
    }
    if (terms.size() == 2) {
        const Term *pos = terms[0].positive ? &terms[0] : terms[1].positive ? &terms[1] : nullptr;
        const Term *neg = !terms[0].positive ? &terms[0] : !terms[1].positive ? &terms[1] : nullptr;
        if (pos && neg) {
            if (pos->package.isRoot())
                return "you require " + neg->package.toString() + " "
                       + rangeFor(neg->package, neg->range);
            return pos->package.toString() + " " + rangeFor(pos->package, pos->range)
                   + " depends on " + neg->package.toString() + " "
                   + rangeFor(neg->package, neg->range);
        }
        if (terms[0].positive && terms[1].positive)
            return terms[0].toString() + " is incompatible with " + terms[1].toString();
    }
    std::string out = "one of ";
    for (std::size_t i = 0; i < terms.size(); ++i)
        out += (i ? (i + 1 == terms.size() ? " or " : ", ") : "") + terms[i].negate().toString();
    return out + " must hold";
}

} // namespace PubGrubDetail

namespace {

std::string describeExternal(const Incompatibility &i)
{
    switch (i.kind) {
    case Incompatibility::Kind::Root:
        return "you asked for a resolution";
    case Incompatibility::Kind::NoVersions: {
        const Term &t = i.terms.front();
        return t.range.isFull() ? "there is no usable version of " + t.package.toString()
                                : "no version of " + t.package.toString() + " matches "
                                      + rangeFor(t.package, t.range);
    }
    case Incompatibility::Kind::Unavailable:
        return i.terms.front().package.toString() + " "
               + rangeFor(i.terms.front().package, i.terms.front().range) + " cannot be used ("
               + i.reason + ")";
    case Incompatibility::Kind::Dependency:
    case Incompatibility::Kind::Derived:
        return describeTerms(i.terms);
    }
    return {};
}

struct Explainer
{
    std::map<const Incompatibility *, int> uses;
    std::map<const Incompatibility *, int> numbers;
    std::set<const Incompatibility *> written;
    std::vector<std::string> lines;

    void count(const Incompatibility *i)
    {
        if (i->kind != Incompatibility::Kind::Derived)
            return;
        if (++uses[i] > 1)
            return;
        count(i->left.get());
        count(i->right.get());
    }

    // A cause as it appears inside a sentence: external facts in full, derived ones by their
    // conclusion (with their line number when they are used more than once).
    std::string refer(const Incompatibility *i)
    {
        if (i->kind != Incompatibility::Kind::Derived)
            return describeExternal(*i);
        write(i);
        auto n = numbers.find(i);
        return describeTerms(i->terms)
               + (n != numbers.end() ? " (" + std::to_string(n->second) + ")" : "");
    }

    bool derived(const Incompatibility *i) const
    {
        return i->kind == Incompatibility::Kind::Derived;
    }

    // Each written line: its conclusion, whether it continues the line before ("And because"),
    // and the external facts it rests on, so that "A 1.4 depends on M", "A 1.5 depends on M", ...
    // read as one sentence: "A 1.4, 1.5 and 1.6 depend on M".
    struct LineInfo
    {
        const Incompatibility *conclusion = nullptr;
        bool continuation = false;
        std::vector<const Incompatibility *> facts;
    };
    std::vector<LineInfo> info;

    // "P R depends on Q S": the depender term and the dependency term, or nullopt.
    static std::optional<std::pair<Term, Term>> dependency(const Incompatibility &i)
    {
        if (i.kind != Incompatibility::Kind::Dependency || i.terms.size() != 2
            || i.terms[0].positive == i.terms[1].positive)
            return std::nullopt;
        const Term &pos = i.terms[0].positive ? i.terms[0] : i.terms[1];
        const Term &neg = i.terms[0].positive ? i.terms[1] : i.terms[0];
        return std::make_pair(pos, neg);
    }

    // Whether every fact is "P ... depends on Q S" with one P and one Q S.
    static bool oneDependency(const std::vector<const Incompatibility *> &facts)
    {
        std::optional<std::pair<Term, Term>> first;
        for (const Incompatibility *f : facts) {
            auto d = dependency(*f);
            if (!d)
                return false;
            if (!first)
                first = d;
            else if (d->first.package != first->first.package
                     || d->second.package != first->second.package
                     || d->second.range != first->second.range)
                return false;
        }
        return first.has_value();
    }

    static std::string joinFacts(const std::vector<const Incompatibility *> &facts)
    {
        if (facts.size() > 1 && oneDependency(facts)) {
            const auto d = *dependency(*facts.front());
            VersionRange all = VersionRange::empty();
            for (const Incompatibility *f : facts)
                all = all.unionWith(dependency(*f)->first.range);
            return d.first.package.toString() + " " + rangeFor(d.first.package, all)
                   + " depends on " + d.second.package.toString() + " "
                   + rangeFor(d.second.package, d.second.range);
        }
        std::string out;
        for (std::size_t k = 0; k < facts.size(); ++k)
            out += (k == 0                  ? ""
                    : k + 1 == facts.size() ? " and "
                                            : ", ")
                   + describeExternal(*facts[k]);
        return out;
    }

    void write(const Incompatibility *i)
    {
        if (!derived(i) || written.contains(i))
            return;
        written.insert(i);
        const Incompatibility *left = i->left.get();
        const Incompatibility *right = i->right.get();
        LineInfo meta{i, false, {}};
        // A chain reads as one: the step just written is what "and because" continues from.
        auto chained = [&](const Incompatibility *inner, const Incompatibility *outer) {
            return derived(inner) && !derived(outer) && !written.contains(inner)
                   && uses[inner] <= 1;
        };
        if (chained(left, right) || chained(right, left)) {
            const Incompatibility *inner = chained(left, right) ? left : right;
            const Incompatibility *outer = inner == left ? right : left;
            write(inner);
            std::vector<const Incompatibility *> merged;
            if (!info.empty() && info.back().conclusion == inner && !info.back().facts.empty()
                && uses[inner] <= 1) {
                merged = info.back().facts;
                merged.push_back(outer);
            }
            if (!merged.empty() && oneDependency(merged)) {
                // One more version with the same dependency: extend that sentence instead.
                meta.continuation = info.back().continuation;
                meta.facts = merged;
                lines.pop_back();
                info.pop_back();
            } else {
                meta.continuation = true;
                meta.facts = {outer};
            }
        } else {
            refer(left);
            refer(right);
            if (!derived(left) && !derived(right))
                meta.facts = {left, right};
        }
        std::string line;
        if (!meta.facts.empty() && !meta.continuation
            && joinFacts(meta.facts) == describeTerms(i->terms))
            line
                = describeTerms(i->terms) + "."; // the facts say it all ("P >=1, <=2 depends on Q")
        else if (!meta.facts.empty())
            line = (meta.continuation ? "And because " : "Because ") + joinFacts(meta.facts) + ", "
                   + describeTerms(i->terms) + ".";
        else
            line = "Because " + refer(left) + " and " + refer(right) + ", "
                   + describeTerms(i->terms) + ".";
        if (uses[i] > 1) {
            numbers[i] = int(numbers.size()) + 1;
            line += " (" + std::to_string(numbers[i]) + ")";
        }
        lines.push_back(line);
        info.push_back(meta);
    }
};

} // namespace

std::string explainFailure(const Incompatibility &failure)
{
    if (failure.kind != Incompatibility::Kind::Derived)
        return describeExternal(failure);
    Explainer e;
    e.count(&failure);
    e.write(&failure);
    std::string out;
    for (const std::string &line : e.lines) {
        if (!out.empty())
            out += "\n";
        std::string l = line;
        // Sentences of the solver's own words start with a capital; a package name never changes.
        for (const char *start :
             {"you ", "your ", "no version", "one of", "there is", "the root"}) {
            if (l.starts_with(start)) {
                l[0] = char(std::toupper(static_cast<unsigned char>(l[0])));
                break;
            }
        }
        out += l;
    }
    return out;
}

} // namespace Envdesk::Core
