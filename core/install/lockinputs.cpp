#include "lockinputs.h"

#include "../pep/name.h"
#include "../pep/requirement.h"
#include "../project/pyproject.h"
#include "../project/tomldocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <regex>
#include <functional>
#include <map>
#include <set>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Install)
};

// "req ; (its marker) and 'name' in VARIABLE"
std::string withSetMarker(const std::string &text, const std::string &name, const char *variable)
{
    const std::string condition = "'" + name + "' in " + variable;
    auto r = Requirement::parse(text);
    if (!r)
        return text;
    const std::string own = r->hasMarker() ? r->marker().toString() : std::string();
    r->setMarker(Marker());
    return r->toString() + " ; " + (own.empty() ? condition : "(" + own + ") and " + condition);
}

} // namespace

Expected<LockInputs> LockInputs::of(const PyProject &project, const QString &lockFolder)
{
    LockInputs in;
    {
        const TomlValue *package = project.uvSetting("package");
        const bool isPackage
            = package && package->isBoolean()
                  ? package->boolean
                  : project.document().at({std::string("build-system")}) != nullptr;
        if (isPackage && !project.name().empty() && !project.version().empty()) {
            LockedPackage self;
            self.name = normalizePackageName(project.name());
            self.version = project.version();
            for (const std::string &d : project.dependencies()) {
                if (auto r = Requirement::parse(d))
                    self.dependencies.push_back(normalizePackageName(r->name()));
            }
            LockedPackage::Directory directory;
            const QString folder = QFileInfo(project.filePath()).absolutePath();
            directory.absolute = folder;
            const QString relative
                = lockFolder.isEmpty() ? QString() : QDir(lockFolder).relativeFilePath(folder);
            directory.path = relative.isEmpty() ? QStringLiteral(".") : relative;
            directory.editable = true;
            self.directory = directory;
            in.self = self;
        }
    }
    const std::string self = normalizePackageName(project.name());
    // Requirements on the project itself (`app[test]` in an extra) are the project's own extras,
    // already listed: not something to fetch from an index.
    auto isSelf = [&](const std::string &text) {
        auto r = Requirement::parse(text);
        return r && !self.empty() && normalizePackageName(r->name()) == self;
    };
    auto add = [&](const std::string &text) {
        if (!isSelf(text)
            && std::find(in.requirements.begin(), in.requirements.end(), text)
                   == in.requirements.end())
            in.requirements.push_back(text);
    };
    for (const std::string &d : project.dependencies()) {
        add(d);
        in.requested.push_back(d);
    }

    std::map<std::string, std::vector<std::string>> raw;
    for (const auto &[group, entries] : project.dependencyGroups())
        raw[normalizePackageName(group)] = entries;
    if (const TomlValue *dev = project.uvSetting("dev-dependencies")) {
        for (const TomlValue &item : dev->array) {
            if (item.isString())
                raw["dev"].push_back(item.text);
        }
    }
    // include-group, expanded depth first; a cycle is refused.
    std::function<Expected<std::vector<std::string>>(const std::string &,
                                                     std::vector<std::string> &)>
        expand;
    expand = [&](const std::string &group,
                 std::vector<std::string> &path) -> Expected<std::vector<std::string>> {
        if (std::find(path.begin(), path.end(), group) != path.end()) {
            Error e;
            e.code = ErrorCode::InvalidProject;
            e.file = project.filePath();
            QStringList names;
            for (const std::string &p : path)
                names << QString::fromStdString(p);
            names << QString::fromStdString(group);
            e.message = Tr::tr("[dependency-groups] include each other in a circle: %1")
                            .arg(names.join(QStringLiteral(" -> ")));
            e.hint = Tr::tr("remove one include-group of the circle");
            return std::unexpected(e);
        }
        path.push_back(group);
        std::vector<std::string> out;
        for (const std::string &entry : raw[group]) {
            if (entry.starts_with("include-group:")) {
                auto included = expand(normalizePackageName(entry.substr(14)), path);
                if (!included)
                    return included;
                out.insert(out.end(), included->begin(), included->end());
            } else {
                out.push_back(entry);
            }
        }
        path.pop_back();
        return out;
    };
    for (const auto &[group, entries] : raw) {
        std::vector<std::string> path;
        auto expanded = expand(group, path);
        if (!expanded)
            return std::unexpected(expanded.error());
        for (const std::string &text : *expanded) {
            add(text);
            in.requested.push_back(withSetMarker(text, group, "dependency_groups"));
        }
        in.groups.emplace_back(group, std::move(*expanded));
    }
    for (const auto &[extra, entries] : project.optionalDependencies()) {
        const std::string name = normalizePackageName(extra);
        for (const std::string &text : entries) {
            add(text);
            in.requested.push_back(withSetMarker(text, name, "extras"));
        }
        in.extras.emplace_back(name, entries);
    }

    // uv's default-groups: ["dev"] unless [tool.uv] says otherwise ("all": every group).
    std::vector<std::string> defaults{"dev"};
    if (const TomlValue *configured = project.uvSetting("default-groups")) {
        defaults.clear();
        if (configured->isString() && configured->text == "all") {
            for (const auto &[g, e] : in.groups)
                defaults.push_back(g);
        }
        for (const TomlValue &item : configured->array) {
            if (item.isString())
                defaults.push_back(normalizePackageName(item.text));
        }
    }
    for (const std::string &g : defaults) {
        if (raw.contains(g)
            && std::find(in.defaultGroups.begin(), in.defaultGroups.end(), g)
                   == in.defaultGroups.end())
            in.defaultGroups.push_back(g);
    }
    return in;
}

void LockInputs::mark(PyLock &lock) const
{
    if (self
        && std::none_of(lock.packages.begin(), lock.packages.end(),
                        [&](const LockedPackage &p) { return p.name == self->name; })) {
        lock.packages.push_back(*self); // toToml() sorts
    }
    for (const auto &[g, e] : groups)
        lock.dependencyGroups.push_back(g);
    for (const auto &[x, e] : extras)
        lock.extras.push_back(x);
    lock.defaultGroups = defaultGroups;
    if (groups.empty() && extras.empty())
        return;

    // Who needs what: follow the lock's dependencies from each set of roots.
    std::map<std::string, std::vector<const LockedPackage *>> byName;
    for (const LockedPackage &p : lock.packages)
        byName[p.name].push_back(&p);
    auto reach = [&](const std::vector<std::string> &roots) {
        std::set<std::string> seen;
        std::vector<std::string> pending;
        for (const std::string &text : roots) {
            if (auto r = Requirement::parse(text))
                pending.push_back(normalizePackageName(r->name()));
        }
        while (!pending.empty()) {
            const std::string name = pending.back();
            pending.pop_back();
            if (!byName.contains(name) || !seen.insert(name).second)
                continue;
            for (const LockedPackage *p : byName[name]) {
                for (const std::string &d : p->dependencies)
                    pending.push_back(normalizePackageName(d));
            }
        }
        return seen;
    };
    std::vector<std::string> mainRoots;
    for (const std::string &r : requested) {
        if (r.find(" in dependency_groups") == std::string::npos
            && r.find(" in extras") == std::string::npos)
            mainRoots.push_back(r);
    }
    const std::set<std::string> needed = reach(mainRoots);
    std::map<std::string, std::vector<std::string>> conditions; // package -> "'x' in ..."
    for (const auto &[g, entries] : groups) {
        for (const std::string &name : reach(entries))
            conditions[name].push_back("'" + g + "' in dependency_groups");
    }
    for (const auto &[x, entries] : extras) {
        for (const std::string &name : reach(entries))
            conditions[name].push_back("'" + x + "' in extras");
    }
    for (LockedPackage &p : lock.packages) {
        if (needed.contains(p.name))
            continue;
        const auto c = conditions.find(p.name);
        if (c == conditions.end())
            continue; // not reached at all: the lock keeps it as the resolver said
        std::string condition;
        for (const std::string &part : c->second)
            condition += (condition.empty() ? "" : " or ") + part;
        if (c->second.size() > 1)
            condition = "(" + condition + ")";
        p.marker = p.marker.empty() ? condition : "(" + p.marker + ") and " + condition;
    }
}

std::optional<std::string> LockInputs::selected(const std::string &marker,
                                                const std::vector<std::string> &groups,
                                                const std::vector<std::string> &extras)
{
    // COND is "'x' in dependency_groups", "'y' in extras", or such terms joined by " or " in
    // parentheses; it always ends the marker.
    static const std::regex term("'([^']+)' in (dependency_groups|extras)");
    static const std::regex condition(
        "^(?:(.*) and )?(\\((?:'[^']+' in (?:dependency_groups|extras)(?: or )?)+\\)|'[^']+' in "
        "(?:dependency_groups|extras))$");
    std::smatch whole;
    if (!std::regex_match(marker, whole, condition))
        return marker;
    std::string own = whole[1].str();
    if (own.size() >= 2 && own.front() == '(' && own.back() == ')')
        own = own.substr(1, own.size() - 2);
    const std::string cond = whole[2].str();
    bool chosen = false;
    for (auto it = std::sregex_iterator(cond.begin(), cond.end(), term);
         it != std::sregex_iterator(); ++it) {
        const std::string name = normalizePackageName((*it)[1].str());
        const auto &set = (*it)[2].str() == "extras" ? extras : groups;
        chosen = chosen || std::find(set.begin(), set.end(), name) != set.end();
    }
    if (!chosen)
        return std::nullopt;
    return own;
}

} // namespace Envdesk::Core
