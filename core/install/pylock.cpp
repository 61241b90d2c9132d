#include "pylock.h"

#include "../pep/filename.h"
#include "../pep/name.h"
#include "../pep/specifier.h"
#include "../pep/version.h"
#include "../project/tomldocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Lock)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string str(const std::string &s)
{
    return tomlInlineValue(TomlValue::string(s));
}

QUrl withoutUserInfo(QUrl url)
{
    url.setUserInfo(QString());
    return url;
}

std::string timeText(const QDateTime &t)
{
    // A TOML offset date-time, in UTC with microseconds when there are any.
    return t.toUTC().toString(t.time().msec() ? Qt::ISODateWithMs : Qt::ISODate).toStdString();
}

std::string fileTable(const LockedFile &f)
{
    std::string out
        = "{ name = " + str(f.name)
          + (f.path.isEmpty()
                 ? ", url = "
                       + str(withoutUserInfo(f.url).toString(QUrl::FullyEncoded).toStdString())
                 : ", path = " + str(f.path.toStdString()));
    if (f.size)
        out += ", size = " + std::to_string(*f.size);
    if (f.uploadTime.isValid())
        out += ", upload-time = " + timeText(f.uploadTime);
    out += ", hashes = { ";
    bool first = true;
    for (const auto &[algorithm, digest] : f.hashes) {
        out += (first ? "" : ", ") + tomlKey(algorithm) + " = " + str(digest);
        first = false;
    }
    return out + " } }";
}

std::string stringArray(const std::vector<std::string> &items)
{
    return tomlInlineValue(TomlValue::stringArray(items));
}

bool byNameThenVersion(const LockedPackage &a, const LockedPackage &b)
{
    if (a.name != b.name)
        return a.name < b.name;
    auto va = Version::parse(a.version), vb = Version::parse(b.version);
    if (va && vb && *va != *vb)
        return *va < *vb;
    return a.marker < b.marker;
}

// Reading: errors located in the file, naming the key.
struct Reader
{
    QString fileName;

    std::unexpected<Error> error(const TomlValue *at, const QString &message,
                                 const QString &hint = {}) const
    {
        Error e;
        e.code = ErrorCode::InvalidConfig;
        e.message = message;
        e.hint = hint.isEmpty() ? Tr::tr("write the lock again with envdesk-cli lock") : hint;
        e.file = fileName;
        e.line = at ? at->line : 0;
        return std::unexpected(e);
    }

    Expected<std::string> string(const TomlValue &table, const char *key, bool required,
                                 const QString &where) const
    {
        const TomlValue *v = table.find(key);
        if (!v) {
            if (required)
                return error(&table, Tr::tr("%1 has no %2").arg(where, QLatin1String(key)));
            return std::string();
        }
        if (!v->isString())
            return error(v, Tr::tr("%1: %2 must be a string, not %3")
                                .arg(where, QLatin1String(key),
                                     QLatin1String(TomlValue::typeName(v->type))));
        return v->text;
    }

    Expected<std::vector<std::string>> strings(const TomlValue &table, const char *key,
                                               const QString &where) const
    {
        std::vector<std::string> out;
        const TomlValue *v = table.find(key);
        if (!v)
            return out;
        if (!v->isArray())
            return error(v,
                         Tr::tr("%1: %2 must be an array of strings").arg(where, QLatin1String(key)));
        for (const TomlValue &item : v->array) {
            if (!item.isString())
                return error(
                    &item, Tr::tr("%1: %2 must be an array of strings").arg(where, QLatin1String(key)));
            out.push_back(item.text);
        }
        return out;
    }

    Expected<QUrl> url(const TomlValue &at, const std::string &text, const QString &where) const
    {
        const QUrl url(qs(text), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return error(&at, Tr::tr("%1: %2 is not a URL").arg(where, qs(text)));
        if (!url.userInfo().isEmpty())
            return error(
                &at,
                Tr::tr("%1: the URL carries credentials, which a lock file must never hold").arg(where),
                Tr::tr("remove them from the file (and change the password: it was written "
                   "down); envdesk takes credentials from the keychain"));
        return url;
    }

    Expected<LockedFile> file(const TomlValue &v, const QString &where) const
    {
        if (!v.isTable())
            return error(&v, Tr::tr("%1 must be a table").arg(where));
        LockedFile f;
        auto name = string(v, "name", false, where);
        auto url = string(v, "url", false, where);
        auto path = string(v, "path", false, where);
        for (const auto *e : {&name, &url, &path})
            if (!*e)
                return std::unexpected(e->error());
        if (url->empty() && path->empty())
            return error(&v, Tr::tr("%1 has neither url nor path").arg(where));
        if (!url->empty()) {
            auto parsed = this->url(*v.find("url"), *url, where);
            if (!parsed)
                return std::unexpected(parsed.error());
            f.url = *parsed;
        } else {
            // PEP 751: a path is relative to the lock file's folder unless it is absolute.
            f.path = qs(*path);
            f.url = QUrl::fromLocalFile(
                QDir::cleanPath(QFileInfo(fileName).absoluteDir().absoluteFilePath(f.path)));
        }
        f.name = name->empty() ? f.url.fileName().toStdString() : *name;
        if (const TomlValue *size = v.find("size")) {
            if (!size->isInteger() || size->integer < 0)
                return error(size, Tr::tr("%1: size must be a non-negative integer").arg(where));
            f.size = size->integer;
        }
        if (const TomlValue *t = v.find("upload-time")) {
            QString text = qs(t->text);
            text.replace(QLatin1Char(' '), QLatin1Char('T'));
            f.uploadTime = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (t->type != TomlValue::Type::Datetime || !f.uploadTime.isValid())
                return error(t, Tr::tr("%1: upload-time must be a TOML date-time").arg(where));
        }
        const TomlValue *hashes = v.find("hashes");
        if (!hashes || !hashes->isTable() || hashes->table.empty())
            return error(
                hashes ? hashes : &v,
                Tr::tr("%1 has no hashes: a locked file must say what it must hash to").arg(where));
        for (const auto &[algorithm, digest] : hashes->table) {
            if (!digest.isString() || digest.text.empty())
                return error(&digest, Tr::tr("%1: hash %2 must be a string").arg(where, qs(algorithm)));
            f.hashes[algorithm] = digest.text;
        }
        return f;
    }
};

} // namespace

std::string environmentMarker(const MarkerEnvironment &env)
{
    std::vector<std::string> parts;
    auto add = [&](const char *variable, const std::string &value) {
        if (!value.empty())
            parts.push_back(std::string(variable) + " == '" + value + "'");
    };
    add("sys_platform", env.sysPlatform);
    add("platform_machine", env.platformMachine);
    add("implementation_name", env.implementationName);
    add("python_version", env.pythonVersion);
    std::string out;
    for (const std::string &p : parts)
        out += (out.empty() ? "" : " and ") + p;
    return out;
}

std::string PyLock::toToml() const
{
    std::string out = "# Written by envdesk (envdesk-cli lock). PEP 751: any installer that reads "
                      "pylock.toml can use it.\n";
    out += "lock-version = \"1.0\"\n";
    if (!environments.empty())
        out += "environments = " + stringArray(environments) + "\n";
    if (!requiresPython.empty())
        out += "requires-python = " + str(requiresPython) + "\n";
    if (!extras.empty())
        out += "extras = " + stringArray(extras) + "\n";
    if (!dependencyGroups.empty())
        out += "dependency-groups = " + stringArray(dependencyGroups) + "\n";
    if (!defaultGroups.empty())
        out += "default-groups = " + stringArray(defaultGroups) + "\n";
    out += "created-by = " + str(createdBy) + "\n";

    std::vector<LockedPackage> sorted = packages;
    std::sort(sorted.begin(), sorted.end(), byNameThenVersion);
    for (LockedPackage &p : sorted) {
        out += "\n[[packages]]\n";
        out += "name = " + str(p.name) + "\n";
        out += "version = " + str(p.version) + "\n";
        if (!p.marker.empty())
            out += "marker = " + str(p.marker) + "\n";
        if (!p.requiresPython.empty())
            out += "requires-python = " + str(p.requiresPython) + "\n";
        if (!p.index.isEmpty())
            out += "index = "
                   + str(withoutUserInfo(p.index).toString(QUrl::FullyEncoded).toStdString())
                   + "\n";
        std::vector<std::string> deps = p.dependencies;
        std::sort(deps.begin(), deps.end());
        deps.erase(std::unique(deps.begin(), deps.end()), deps.end());
        if (!deps.empty()) {
            out += "dependencies = [";
            for (std::size_t i = 0; i < deps.size(); ++i)
                out += (i ? ", " : "") + std::string("{ name = ") + str(deps[i]) + " }";
            out += "]\n";
        }
        if (p.vcs)
            out += "vcs = { type = \"git\", url = "
                   + str(withoutUserInfo(p.vcs->url).toString(QUrl::FullyEncoded).toStdString())
                   + (p.vcs->requestedRevision.empty() ? "" : ", requested-revision = " + str(p.vcs->requestedRevision))
                   + ", commit-id = " + str(p.vcs->commitId)
                   + (p.vcs->subdirectory.empty() ? "" : ", subdirectory = " + str(p.vcs->subdirectory)) + " }\n";
        if (p.directory)
            out += "directory = { path = " + str(p.directory->path.toStdString())
                   + (p.directory->editable ? ", editable = true" : "") + " }\n";
        if (p.archive) {
            // PEP 751's archive table has no name: the file is named by its path or URL.
            std::string table = fileTable(*p.archive);
            table.replace(0, table.find(", ") + 2, "{ ");
            out += "archive = " + table + "\n";
        }
        if (p.sdist)
            out += "sdist = " + fileTable(*p.sdist) + "\n";
        std::sort(p.wheels.begin(), p.wheels.end(),
                  [](const LockedFile &a, const LockedFile &b) { return a.name < b.name; });
        if (!p.wheels.empty()) {
            out += "wheels = [\n";
            for (const LockedFile &w : p.wheels)
                out += "    " + fileTable(w) + ",\n";
            out += "]\n";
        }
    }
    if (!requested.empty() || universal) {
        out += "\n[tool.envdesk]\n";
        if (!requested.empty())
            out += "requested = " + stringArray(requested) + "\n";
        if (universal)
            out += "universal = true\n";
    }
    return out;
}

Expected<PyLock> PyLock::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.code = ErrorCode::Io;
        e.message = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        e.hint = Tr::tr("write one with envdesk-cli lock");
        return std::unexpected(e);
    }
    return parse(file.readAll().toStdString(), path);
}

Expected<PyLock> PyLock::parse(const std::string &text, const QString &fileName)
{
    auto doc = TomlDocument::parse(text, fileName);
    if (!doc)
        return std::unexpected(doc.error());
    const Reader r{fileName};
    const TomlValue &root = doc->root();
    const QString top = Tr::tr("the lock file");
    auto lockVersion = r.string(root, "lock-version", true, top);
    if (!lockVersion)
        return std::unexpected(lockVersion.error());
    if (!lockVersion->starts_with("1."))
        return r.error(
            root.find("lock-version"),
            Tr::tr("lock-version %1 is not one envdesk reads (it reads 1.x)").arg(qs(*lockVersion)),
            Tr::tr("lock again with this version of envdesk, or upgrade envdesk"));
    PyLock lock;
    auto environments = r.strings(root, "environments", top);
    auto requiresPython = r.string(root, "requires-python", false, top);
    auto extras = r.strings(root, "extras", top);
    auto groups = r.strings(root, "dependency-groups", top);
    auto defaults = r.strings(root, "default-groups", top);
    auto createdBy = r.string(root, "created-by", true, top);
    for (const auto *e : {&environments, &extras, &groups, &defaults})
        if (!*e)
            return std::unexpected(e->error());
    if (!requiresPython)
        return std::unexpected(requiresPython.error());
    if (!createdBy)
        return std::unexpected(createdBy.error());
    for (const std::string &m : *environments) {
        if (auto parsed = Marker::parse(m); !parsed)
            return r.error(
                root.find("environments"),
                Tr::tr("environments: %1 is not a marker: %2").arg(qs(m), parsed.error().message));
    }
    lock.environments = *environments;
    lock.requiresPython = *requiresPython;
    lock.extras = *extras;
    lock.dependencyGroups = *groups;
    lock.defaultGroups = *defaults;
    lock.createdBy = *createdBy;
    if (const TomlValue *tool = root.at({std::string("tool"), std::string("envdesk")})) {
        auto requested = r.strings(*tool, "requested", Tr::tr("[tool.envdesk]"));
        if (!requested)
            return std::unexpected(requested.error());
        lock.requested = *requested;
        if (const TomlValue *universal = tool->find("universal")) {
            if (!universal->isBoolean())
                return r.error(universal, Tr::tr("[tool.envdesk] universal is true or false"));
            lock.universal = universal->boolean;
        }
    }

    const TomlValue *packages = root.find("packages");
    if (packages && !packages->isArray())
        return r.error(packages, Tr::tr("packages must be an array of tables"));
    for (std::size_t i = 0; packages && i < packages->array.size(); ++i) {
        const TomlValue &v = packages->array[i];
        const QString where = Tr::tr("packages[%1]").arg(i);
        if (!v.isTable())
            return r.error(&v, Tr::tr("%1 must be a table").arg(where));
        LockedPackage p;
        auto name = r.string(v, "name", true, where);
        if (!name)
            return std::unexpected(name.error());
        p.name = normalizePackageName(*name);
        const QString named = Tr::tr("package %1").arg(qs(*name));
        auto version = r.string(v, "version", false, named);
        auto marker = r.string(v, "marker", false, named);
        auto rp = r.string(v, "requires-python", false, named);
        auto index = r.string(v, "index", false, named);
        for (const auto *e : {&version, &marker, &rp, &index})
            if (!*e)
                return std::unexpected(e->error());
        if (version->empty() || !Version::parse(*version))
            return r.error(&v, Tr::tr("%1 has no valid version (envdesk installs only packages "
                                  "locked to a version)")
                                   .arg(named));
        if (!marker->empty() && !Marker::parse(*marker))
            return r.error(v.find("marker"), Tr::tr("%1: %2 is not a marker").arg(named, qs(*marker)));
        if (!rp->empty() && !SpecifierSet::parse(*rp))
            return r.error(
                v.find("requires-python"),
                Tr::tr("%1: requires-python %2 is not a version specifier").arg(named, qs(*rp)));
        p.version = *version;
        p.marker = *marker;
        p.requiresPython = *rp;
        if (!index->empty()) {
            auto url = r.url(*v.find("index"), *index, named);
            if (!url)
                return std::unexpected(url.error());
            p.index = *url;
        }
        if (const TomlValue *deps = v.find("dependencies"); deps && deps->isArray()) {
            for (const TomlValue &d : deps->array) {
                if (const TomlValue *n = d.find("name"); n && n->isString())
                    p.dependencies.push_back(normalizePackageName(n->text));
            }
        }
        if (const TomlValue *vcs = v.find("vcs")) {
            const QString where = Tr::tr("%1: vcs").arg(named);
            if (!vcs->isTable())
                return r.error(vcs, Tr::tr("%1 must be a table").arg(where));
            auto type = r.string(*vcs, "type", true, where);
            auto url = r.string(*vcs, "url", true, where);
            auto requested = r.string(*vcs, "requested-revision", false, where);
            auto commit = r.string(*vcs, "commit-id", true, where);
            auto subdirectory = r.string(*vcs, "subdirectory", false, where);
            for (const auto *e : {&type, &url, &requested, &commit, &subdirectory})
                if (!*e)
                    return std::unexpected(e->error());
            if (*type != "git")
                return r.error(vcs->find("type"),
                               Tr::tr("%1 is a %2 checkout; envdesk checks out git repositories only")
                                   .arg(where, qs(*type)));
            auto parsed = r.url(*vcs->find("url"), *url, where);
            if (!parsed)
                return std::unexpected(parsed.error());
            p.vcs = LockedPackage::Vcs{*parsed, *requested, *commit, *subdirectory};
        }
        if (const TomlValue *dir = v.find("directory")) {
            auto path = dir->isTable() ? r.string(*dir, "path", true, Tr::tr("%1: directory").arg(named))
                                       : Expected<std::string>(r.error(dir, Tr::tr("%1: directory must be a table").arg(named)));
            if (!path)
                return std::unexpected(path.error());
            LockedPackage::Directory d;
            d.path = qs(*path);
            d.absolute = QDir::cleanPath(QFileInfo(fileName).absoluteDir().absoluteFilePath(d.path));
            if (const TomlValue *editable = dir->find("editable")) {
                if (!editable->isBoolean())
                    return r.error(editable, Tr::tr("%1: directory.editable must be true or false").arg(named));
                d.editable = editable->boolean;
            }
            p.directory = d;
        }
        if (const TomlValue *archive = v.find("archive")) {
            auto f = r.file(*archive, Tr::tr("%1: archive").arg(named));
            if (!f)
                return std::unexpected(f.error());
            p.archive = *f;
        }
        if (const TomlValue *sdist = v.find("sdist")) {
            auto f = r.file(*sdist, Tr::tr("%1: sdist").arg(named));
            if (!f)
                return std::unexpected(f.error());
            p.sdist = *f;
        }
        if (const TomlValue *wheels = v.find("wheels")) {
            if (!wheels->isArray())
                return r.error(wheels, Tr::tr("%1: wheels must be an array of tables").arg(named));
            for (std::size_t w = 0; w < wheels->array.size(); ++w) {
                auto f = r.file(wheels->array[w], Tr::tr("%1: wheels[%2]").arg(named).arg(w));
                if (!f)
                    return std::unexpected(f.error());
                if (!WheelFilename::parse(f->name))
                    return r.error(&wheels->array[w],
                                   Tr::tr("%1: %2 is not a wheel's file name").arg(named, qs(f->name)));
                p.wheels.push_back(*f);
            }
        }
        if (!p.sdist && p.wheels.empty() && !p.directory && !p.archive && !p.vcs)
            return r.error(&v, Tr::tr("%1 has no wheels, sdist, directory, archive or vcs").arg(named));
        lock.packages.push_back(std::move(p));
    }
    return lock;
}

Expected<void> PyLock::write(const QString &path) const
{
    QSaveFile file(path);
    const std::string text = toToml();
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
        Error e;
        e.code = ErrorCode::Io;
        e.message = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        e.hint = Tr::tr("check the folder's permissions and free space; the previous lock, if any, "
                    "is unchanged");
        return std::unexpected(e);
    }
    return {};
}

Expected<void> PyLock::checkEnvironment(const MarkerEnvironment &env, const QString &lockPath) const
{
    const QString hint = Tr::tr("lock for this environment: envdesk-cli lock --python %1")
                             .arg(qs(env.pythonFullVersion));
    if (!requiresPython.empty()) {
        auto spec = SpecifierSet::parse(requiresPython);
        auto version = Version::parse(env.pythonFullVersion);
        if (spec && version && !spec->contains(*version, true)) {
            Error e;
            e.code = ErrorCode::InvalidConfig;
            e.file = lockPath;
            e.message = Tr::tr("%1 is for Python %2; this environment has Python %3")
                            .arg(lockPath, qs(requiresPython), qs(env.pythonFullVersion));
            e.hint = hint;
            return std::unexpected(e);
        }
    }
    if (environments.empty())
        return {};
    for (const std::string &text : environments) {
        auto marker = Marker::parse(text);
        auto applies = marker ? marker->evaluate(env) : Expected<bool>(false);
        if (applies && *applies)
            return {};
    }
    QStringList listed;
    for (const std::string &text : environments)
        listed << qs(text);
    Error e;
    e.code = ErrorCode::InvalidConfig;
    e.file = lockPath;
    e.message = Tr::tr("%1 was written for other environments (%2); this one is %3")
                    .arg(lockPath, listed.join(QLatin1String("; ")), qs(environmentMarker(env)));
    e.hint = hint;
    return std::unexpected(e);
}

const LockedPackage *PyLock::find(const std::string &name) const
{
    const std::string normalized = normalizePackageName(name);
    for (const LockedPackage &p : packages) {
        if (p.name == normalized)
            return &p;
    }
    return nullptr;
}

QStringList LockDiff::lines() const
{
    const auto where = [](const Change &c) {
        return c.marker.empty() ? QString() : QStringLiteral(" ; ") + qs(c.marker);
    };
    QStringList out;
    for (const Change &c : added)
        out << QStringLiteral("+ %1 %2").arg(qs(c.name), qs(c.to)) + where(c);
    for (const Change &c : removed)
        out << QStringLiteral("- %1 %2").arg(qs(c.name), qs(c.from)) + where(c);
    for (const Change &c : upgraded)
        out << QStringLiteral("\u2191 %1 %2 -> %3").arg(qs(c.name), qs(c.from), qs(c.to)) + where(c);
    for (const Change &c : downgraded)
        out << QStringLiteral("\u2193 %1 %2 -> %3").arg(qs(c.name), qs(c.from), qs(c.to)) + where(c);
    return out;
}

LockDiff diffLocks(const PyLock &before, const PyLock &after)
{
    // Entries by name: (version, marker). A package locked once on both sides is compared by
    // version whatever its marker; one locked more than once (a universal lock) entry by entry,
    // matched by marker.
    using Entries = std::vector<std::pair<std::string, std::string>>;
    const auto byName = [](const PyLock &lock) {
        std::map<std::string, Entries> out;
        for (const LockedPackage &p : lock.packages)
            out[p.name].emplace_back(p.version, p.marker);
        return out;
    };
    const auto a = byName(before), b = byName(after);
    LockDiff diff;
    const auto compare = [&diff](const std::string &name, const std::string &from, const std::string &to,
                                 const std::string &marker) {
        auto f = Version::parse(from), t = Version::parse(to);
        if (f && t && *f < *t)
            diff.upgraded.push_back({name, from, to, marker});
        else if (f && t && *t < *f)
            diff.downgraded.push_back({name, from, to, marker});
    };
    for (const auto &[name, now] : b) {
        const auto was = a.find(name);
        if (was == a.end()) {
            for (const auto &[version, marker] : now)
                diff.added.push_back({name, {}, version, marker});
            continue;
        }
        if (now.size() == 1 && was->second.size() == 1) {
            compare(name, was->second.front().first, now.front().first, now.front().second);
            continue;
        }
        for (const auto &[version, marker] : now) {
            const auto same = std::find_if(was->second.begin(), was->second.end(),
                                           [&](const auto &e) { return e.second == marker; });
            if (same == was->second.end())
                diff.added.push_back({name, {}, version, marker});
            else
                compare(name, same->first, version, marker);
        }
        for (const auto &[version, marker] : was->second) {
            if (std::none_of(now.begin(), now.end(), [&](const auto &e) { return e.second == marker; }))
                diff.removed.push_back({name, version, {}, marker});
        }
    }
    for (const auto &[name, was] : a) {
        if (b.contains(name))
            continue;
        for (const auto &[version, marker] : was)
            diff.removed.push_back({name, version, {}, marker});
    }
    return diff;
}

std::optional<LockedFile> bestWheel(const LockedPackage &package, const TagPriority &priority)
{
    std::optional<LockedFile> best;
    int bestRank = 0;
    for (const LockedFile &w : package.wheels) {
        auto parsed = WheelFilename::parse(w.name);
        if (!parsed)
            continue;
        auto rank = priority.bestRank(parsed->tags);
        if (rank && (!best || *rank < bestRank)) {
            best = w;
            bestRank = *rank;
        }
    }
    return best;
}

} // namespace Envdesk::Core
