#include "pyproject.h"
#include "pyproject_p.h"

#include "../pep/name.h"
#include "../pep/requirement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

// Reading and editing pyproject.toml (and reading uv.toml); what is valid is checked in
// pyprojectschema.cpp.

namespace Envdesk::Core {

using namespace PyProjectDetail;

namespace {

std::vector<std::string> stringsAt(const TomlValue *v)
{
    std::vector<std::string> out;
    if (v && v->isArray()) {
        for (const TomlValue &item : v->array) {
            if (item.isString())
                out.push_back(item.text);
        }
    }
    return out;
}

} // namespace

Expected<PyProject> PyProject::fromText(std::string text, const QString &fileName)
{
    auto doc = TomlDocument::parse(std::move(text), fileName);
    if (!doc)
        return std::unexpected(doc.error());
    auto warnings = validate(*doc);
    if (!warnings)
        return std::unexpected(warnings.error());
    PyProject project;
    project.m_document = std::move(*doc);
    project.m_filePath = fileName;
    project.m_warnings = std::move(*warnings);
    return project;
}

Expected<PyProject> PyProject::newProject(const QString &dir, const std::string &name,
                                          const std::string &requiresPython)
{
    if (!isValidPackageName(name)) {
        Error e;
        e.code = ErrorCode::InvalidName;
        e.file = QDir(dir).filePath(QStringLiteral("pyproject.toml"));
        e.message = Tr::tr("'%1' is not a valid project name").arg(qs(name));
        e.hint = Tr::tr("use letters, digits, '.', '-' and '_', starting and ending with a letter or digit");
        return std::unexpected(e);
    }
    std::string text = "[project]\nname = " + tomlInlineValue(TomlValue::string(name))
                       + "\nversion = \"0.1.0\"\n";
    if (!requiresPython.empty())
        text += "requires-python = " + tomlInlineValue(TomlValue::string(requiresPython)) + "\n";
    text += "dependencies = []\n";
    return fromText(std::move(text), QDir(dir).filePath(QStringLiteral("pyproject.toml")));
}

void PyProject::adoptDiskState(const PyProject &other)
{
    m_diskText = other.m_diskText;
    m_onDisk = other.m_onDisk;
    m_modified = m_document.text() != m_diskText;
}

Expected<PyProject> PyProject::load(const QString &path)
{
    QString filePath = path;
    if (QFileInfo(path).isDir())
        filePath = QDir(path).filePath(QStringLiteral("pyproject.toml"));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = filePath;
        e.message = file.exists() ? Tr::tr("cannot read %1: %2").arg(filePath, file.errorString())
                                  : Tr::tr("there is no pyproject.toml at %1").arg(filePath);
        e.hint = file.exists() ? QString() : Tr::tr("create the project first (envdesk's New Project)");
        return std::unexpected(e);
    }
    const QByteArray bytes = file.readAll();
    auto project = fromText(bytes.toStdString(), filePath);
    if (!project)
        return project;
    project->m_diskText = bytes.toStdString();
    project->m_onDisk = true;
    return project;
}

std::string PyProject::name() const
{
    const TomlValue *v = m_document.at({std::string("project"), std::string("name")});
    return v && v->isString() ? v->text : std::string();
}

std::string PyProject::version() const
{
    const TomlValue *v = m_document.at({std::string("project"), std::string("version")});
    return v && v->isString() ? v->text : std::string();
}

std::string PyProject::requiresPython() const
{
    const TomlValue *v = m_document.at({std::string("project"), std::string("requires-python")});
    return v && v->isString() ? v->text : std::string();
}

std::vector<std::string> PyProject::dependencies() const
{
    return stringsAt(m_document.at({std::string("project"), std::string("dependencies")}));
}

std::vector<std::pair<std::string, std::vector<std::string>>> PyProject::optionalDependencies() const
{
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    if (const TomlValue *t = m_document.at({std::string("project"), std::string("optional-dependencies")})) {
        for (const auto &[k, v] : t->table)
            out.emplace_back(k, stringsAt(&v));
    }
    return out;
}

std::vector<std::pair<std::string, std::vector<std::string>>> PyProject::dependencyGroups() const
{
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    if (const TomlValue *t = m_document.at({std::string("dependency-groups")})) {
        for (const auto &[k, v] : t->table) {
            std::vector<std::string> entries;
            for (const TomlValue &item : v.array) {
                if (item.isString())
                    entries.push_back(item.text);
                else if (const TomlValue *g = item.find("include-group"))
                    entries.push_back("include-group:" + g->text);
            }
            out.emplace_back(k, std::move(entries));
        }
    }
    return out;
}

std::vector<IndexConfig> PyProject::indexes() const
{
    return indexesIn(m_document.at(uvPath({"index"})));
}

std::vector<IndexConfig> indexesIn(const TomlValue *list)
{
    std::vector<IndexConfig> out;
    if (!list || !list->isArray())
        return out;
    for (const TomlValue &t : list->array) {
        IndexConfig c;
        c.line = t.line;
        auto str = [&](const char *k) {
            const TomlValue *v = t.find(k);
            return v && v->isString() ? v->text : std::string();
        };
        auto flag = [&](const char *k) {
            const TomlValue *v = t.find(k);
            return v && v->isBoolean() && v->boolean;
        };
        c.name = str("name");
        c.url = str("url");
        c.isDefault = flag("default");
        c.isExplicit = flag("explicit");
        c.format = str("format") == "flat" ? IndexConfig::Format::Flat : IndexConfig::Format::Simple;
        const std::string auth = str("authenticate");
        c.authenticate = auth == "always"  ? IndexConfig::Authenticate::Always
                         : auth == "never" ? IndexConfig::Authenticate::Never
                                           : IndexConfig::Authenticate::Auto;
        if (const TomlValue *codes = t.find("ignore-error-codes")) {
            for (const TomlValue &code : codes->array)
                c.ignoreErrorCodes.push_back(int(code.integer));
        }
        if (const TomlValue *cc = t.find("cache-control")) {
            if (const TomlValue *api = cc->find("api"))
                c.cacheControlApi = api->text;
            if (const TomlValue *files = cc->find("files"))
                c.cacheControlFiles = files->text;
        }
        c.publishUrl = str("publish-url");
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<SourcePin> PyProject::sources() const
{
    std::vector<SourcePin> out;
    const TomlValue *table = m_document.at(uvPath({"sources"}));
    if (!table)
        return out;
    for (const auto &[package, value] : table->table) {
        std::vector<const TomlValue *> entries;
        if (value.isArray()) {
            for (const TomlValue &e : value.array)
                entries.push_back(&e);
        } else {
            entries.push_back(&value);
        }
        for (const TomlValue *e : entries) {
            SourcePin pin;
            pin.package = package;
            pin.line = e->line;
            auto str = [&](const char *k) {
                const TomlValue *v = e->find(k);
                return v && v->isString() ? v->text : std::string();
            };
            if (e->find("index")) {
                pin.kind = SourcePin::Kind::Index;
                pin.index = str("index");
            } else if (e->find("git")) {
                pin.kind = SourcePin::Kind::Git;
                pin.url = str("git");
            } else if (e->find("url")) {
                pin.kind = SourcePin::Kind::Url;
                pin.url = str("url");
            } else if (e->find("path")) {
                pin.kind = SourcePin::Kind::Path;
                pin.path = str("path");
            } else {
                pin.kind = SourcePin::Kind::Workspace;
                const TomlValue *w = e->find("workspace");
                pin.workspace = w && w->isBoolean() && w->boolean;
            }
            pin.rev = str("rev");
            pin.tag = str("tag");
            pin.branch = str("branch");
            pin.subdirectory = str("subdirectory");
            const TomlValue *editable = e->find("editable");
            pin.editable = editable && editable->isBoolean() && editable->boolean;
            pin.marker = str("marker");
            pin.extra = str("extra");
            pin.group = str("group");
            out.push_back(std::move(pin));
        }
    }
    return out;
}

const TomlValue *PyProject::uvSetting(std::string_view key) const
{
    const TomlValue *uv = m_document.at(uvPath());
    return uv ? uv->find(key) : nullptr;
}

const TomlValue *PyProject::envdeskSetting(std::string_view key) const
{
    const TomlValue *t = m_document.at({std::string("tool"), std::string("envdesk")});
    return t ? t->find(key) : nullptr;
}

Expected<void> PyProject::adopt(Expected<TomlDocument> edited)
{
    if (!edited)
        return std::unexpected(edited.error());
    auto warnings = validate(*edited);
    if (!warnings)
        return std::unexpected(warnings.error());
    m_document = std::move(*edited);
    m_warnings = std::move(*warnings);
    m_modified = true;
    return {};
}

namespace {

TomlPath dependencyArrayPath(const DependencyTarget &target)
{
    switch (target.kind) {
    case DependencyTarget::Kind::Main:
        return {std::string("project"), std::string("dependencies")};
    case DependencyTarget::Kind::Extra:
        return {std::string("project"), std::string("optional-dependencies"), target.name};
    case DependencyTarget::Kind::Group:
        return {std::string("dependency-groups"), target.name};
    }
    return {};
}

Error editError(const QString &file, const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::EditFailed;
    e.file = file;
    e.message = message;
    e.hint = hint;
    return e;
}

} // namespace

Expected<void> PyProject::addDependency(const std::string &requirement, const DependencyTarget &target)
{
    auto parsed = Requirement::parse(requirement);
    if (!parsed)
        return std::unexpected(parsed.error());
    const TomlPath arrayPath = dependencyArrayPath(target);
    // Adding a package that is already listed replaces its requirement, as `uv add` does.
    const std::string wanted = normalizePackageName(parsed->name());
    if (const TomlValue *existing = m_document.at(arrayPath)) {
        for (std::size_t i = 0; i < existing->array.size(); ++i) {
            const TomlValue &item = existing->array[i];
            if (!item.isString())
                continue;
            auto other = Requirement::parse(item.text);
            if (other && normalizePackageName(other->name()) == wanted
                && other->marker() == parsed->marker()) {
                return adopt(m_document.replaceInArray(arrayPath, i, TomlValue::string(requirement)));
            }
        }
    }
    return adopt(m_document.appendToArray(arrayPath, TomlValue::string(requirement)));
}

Expected<void> PyProject::removeDependency(const std::string &package, const DependencyTarget &target)
{
    const TomlPath arrayPath = dependencyArrayPath(target);
    const TomlValue *existing = m_document.at(arrayPath);
    const std::string wanted = normalizePackageName(package);
    TomlDocument doc = m_document;
    bool found = false;
    if (existing) {
        for (std::size_t i = existing->array.size(); i-- > 0;) {
            const TomlValue &item = existing->array[i];
            auto r = item.isString() ? Requirement::parse(item.text) : Expected<Requirement>{};
            if (item.isString() && r && normalizePackageName(r->name()) == wanted) {
                auto removed = doc.removeFromArray(arrayPath, i);
                if (!removed)
                    return std::unexpected(removed.error());
                doc = std::move(*removed);
                found = true;
            }
        }
    }
    if (!found)
        return std::unexpected(editError(m_filePath, Tr::tr("'%1' is not among the dependencies of %2")
                                                         .arg(qs(package), qs(tomlPathToString(arrayPath)))));
    return adopt(doc);
}

Expected<void> PyProject::addIndex(const IndexConfig &index)
{
    for (const IndexConfig &existing : indexes()) {
        if (!index.name.empty() && existing.name == index.name)
            return std::unexpected(editError(m_filePath, Tr::tr("an index named '%1' already exists (line %2)")
                                                             .arg(qs(index.name))
                                                             .arg(existing.line),
                                             Tr::tr("choose another name, or edit the existing index")));
    }
    std::vector<std::pair<std::string, TomlValue>> entries;
    if (!index.name.empty())
        entries.emplace_back("name", TomlValue::string(index.name));
    entries.emplace_back("url", TomlValue::string(index.url));
    if (index.isDefault)
        entries.emplace_back("default", TomlValue::booleanValue(true));
    if (index.isExplicit)
        entries.emplace_back("explicit", TomlValue::booleanValue(true));
    if (index.format == IndexConfig::Format::Flat)
        entries.emplace_back("format", TomlValue::string("flat"));
    if (index.authenticate != IndexConfig::Authenticate::Auto)
        entries.emplace_back("authenticate", TomlValue::string(index.authenticate == IndexConfig::Authenticate::Always
                                                                   ? "always" : "never"));
    if (!index.ignoreErrorCodes.empty()) {
        std::vector<TomlValue> codes;
        for (int code : index.ignoreErrorCodes)
            codes.push_back(TomlValue::integerValue(code));
        entries.emplace_back("ignore-error-codes", TomlValue::arrayOf(std::move(codes)));
    }
    if (!index.publishUrl.empty())
        entries.emplace_back("publish-url", TomlValue::string(index.publishUrl));
    return adopt(m_document.appendTable(uvPath({"index"}), TomlValue::tableOf(std::move(entries))));
}

Expected<void> PyProject::removeIndex(const std::string &name)
{
    const std::vector<IndexConfig> list = indexes();
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list[i].name != name)
            continue;
        for (const SourcePin &pin : sources()) {
            if (pin.kind == SourcePin::Kind::Index && pin.index == name)
                return std::unexpected(editError(m_filePath, Tr::tr("the index '%1' is still used by '%2' in [tool.uv.sources] (line %3)")
                                                                 .arg(qs(name), qs(pin.package))
                                                                 .arg(pin.line),
                                                 Tr::tr("unpin the package first")));
        }
        return adopt(m_document.removeFromArray(uvPath({"index"}), i));
    }
    return std::unexpected(editError(m_filePath, Tr::tr("there is no index named '%1'").arg(qs(name))));
}

Expected<void> PyProject::moveIndex(std::size_t from, std::size_t to)
{
    return adopt(m_document.moveInArray(uvPath({"index"}), from, to));
}

Expected<void> PyProject::setIndexField(std::size_t position, const std::string &key,
                                        const std::optional<TomlValue> &value)
{
    if (position >= indexes().size())
        return std::unexpected(editError(m_filePath, Tr::tr("there is no index number %1").arg(position + 1)));
    TomlPath table = uvPath({"index"});
    table.emplace_back(position);
    if (!value) {
        if (!m_document.at(table)->find(key))
            return {};
        return adopt(m_document.removeKey(table, key));
    }
    auto edited = m_document.setValue(table, key, *value);
    // A new name carries the packages pinned to the old one along, in the same edit.
    const std::string old = indexes()[position].name;
    if (key == "name" && edited && !old.empty() && value->isString() && value->text != old) {
        if (m_document.at({std::string("tool"), std::string("envdesk"), std::string("index"), old}))
            return std::unexpected(editError(m_filePath,
                                             Tr::tr("[tool.envdesk.index.%1] holds settings for '%1'; rename that "
                                                "table too, by hand, before renaming the index")
                                                 .arg(qs(old))));
        if (const TomlValue *sources = m_document.at(uvPath({"sources"}))) {
            for (const auto &[package, entry] : sources->table) {
                TomlPath at = uvPath({"sources"});
                at.emplace_back(package);
                const std::size_t count = entry.isArray() ? entry.array.size() : 1;
                for (std::size_t i = 0; i < count && edited; ++i) {
                    const TomlValue &pin = entry.isArray() ? entry.array[i] : entry;
                    const TomlValue *index = pin.find("index");
                    if (!index || index->text != old)
                        continue;
                    TomlPath where = at;
                    if (entry.isArray())
                        where.emplace_back(i);
                    edited = edited->setValue(where, "index", TomlValue::string(value->text));
                }
            }
        }
    }
    return adopt(std::move(edited));
}

Expected<void> PyProject::pinPackage(const std::string &package, const std::string &indexName)
{
    SourcePin pin;
    pin.package = package;
    pin.kind = SourcePin::Kind::Index;
    pin.index = indexName;
    return setSource(pin);
}

Expected<void> PyProject::setSource(const SourcePin &source)
{
    const QString package = qs(source.package);
    std::vector<std::pair<std::string, TomlValue>> entries;
    switch (source.kind) {
    case SourcePin::Kind::Index: {
        const std::vector<IndexConfig> list = indexes();
        if (std::none_of(list.begin(), list.end(), [&](const IndexConfig &c) { return c.name == source.index; }))
            return std::unexpected(editError(m_filePath, Tr::tr("there is no index named '%1' to pin '%2' to")
                                                             .arg(qs(source.index), package),
                                             Tr::tr("add the index first")));
        entries.emplace_back("index", TomlValue::string(source.index));
        break;
    }
    case SourcePin::Kind::Git:
        entries.emplace_back("git", TomlValue::string(source.url));
        break;
    case SourcePin::Kind::Url:
        entries.emplace_back("url", TomlValue::string(source.url));
        break;
    case SourcePin::Kind::Path:
        entries.emplace_back("path", TomlValue::string(source.path));
        break;
    case SourcePin::Kind::Workspace:
        entries.emplace_back("workspace", TomlValue::booleanValue(source.workspace));
        break;
    }
    for (const auto &[key, value] : {std::pair{"rev", &source.rev}, {"tag", &source.tag}, {"branch", &source.branch}}) {
        if (!value->empty())
            entries.emplace_back(key, TomlValue::string(*value));
    }
    // What does not belong to the kind is written too, for the validator to refuse as it would
    // refuse it in the file.
    if (!source.subdirectory.empty())
        entries.emplace_back("subdirectory", TomlValue::string(source.subdirectory));
    if (source.editable)
        entries.emplace_back("editable", TomlValue::booleanValue(true));
    for (const auto &[key, value] :
         {std::pair{"marker", &source.marker}, {"extra", &source.extra}, {"group", &source.group}}) {
        if (!value->empty())
            entries.emplace_back(key, TomlValue::string(*value));
    }
    // Keep the spelling the file already uses for this package.
    std::string key = source.package;
    if (const TomlValue *table = m_document.at(uvPath({"sources"}))) {
        for (const auto &[k, v] : table->table) {
            if (normalizePackageName(k) == normalizePackageName(source.package))
                key = k;
        }
    }
    return adopt(m_document.setValue(uvPath({"sources"}), key, TomlValue::tableOf(std::move(entries))));
}

Expected<void> PyProject::unpinPackage(const std::string &package)
{
    if (const TomlValue *table = m_document.at(uvPath({"sources"}))) {
        for (const auto &[k, v] : table->table) {
            if (normalizePackageName(k) == normalizePackageName(package))
                return adopt(m_document.removeKey(uvPath({"sources"}), k));
        }
    }
    return std::unexpected(editError(m_filePath, Tr::tr("'%1' has no source in [tool.uv.sources]").arg(qs(package))));
}

Expected<void> PyProject::setUvSetting(const std::string &key, const TomlValue &value)
{
    return adopt(m_document.setValue(uvPath(), key, value));
}

Expected<void> PyProject::unsetUvSetting(const std::string &key)
{
    return adopt(m_document.removeKey(uvPath(), key));
}

Expected<void> PyProject::addInsecureHost(const std::string &host)
{
    const TomlValue *existing = uvSetting("allow-insecure-host");
    if (existing) {
        for (const TomlValue &item : existing->array) {
            if (item.text == host)
                return {};
        }
        return adopt(m_document.appendToArray(uvPath({"allow-insecure-host"}), TomlValue::string(host)));
    }
    return adopt(m_document.setValue(uvPath(), "allow-insecure-host", TomlValue::stringArray({host})));
}

Expected<void> PyProject::appendUvListItem(const std::string &key, const std::string &value)
{
    if (const TomlValue *existing = uvSetting(key); existing && existing->isArray()) {
        for (const TomlValue &item : existing->array) {
            if (item.text == value)
                return {};
        }
        return adopt(m_document.appendToArray(uvPath({key.c_str()}), TomlValue::string(value)));
    }
    return adopt(m_document.setValue(uvPath(), key, TomlValue::stringArray({value})));
}

Expected<void> PyProject::setEnvdeskIndexSetting(const std::string &indexName, const std::string &key,
                                                 const TomlValue &value)
{
    return adopt(m_document.setValue({std::string("tool"), std::string("envdesk"), std::string("index"), indexName},
                                     key, value));
}

Expected<void> PyProject::unsetEnvdeskIndexSetting(const std::string &indexName, const std::string &key)
{
    const TomlPath table{std::string("tool"), std::string("envdesk"), std::string("index"), indexName};
    const TomlValue *settings = m_document.at(table);
    if (!settings || !settings->find(key))
        return {};
    return adopt(m_document.removeKey(table, key));
}

Expected<void> PyProject::removeInsecureHost(const std::string &host)
{
    const TomlValue *existing = uvSetting("allow-insecure-host");
    if (!existing || !existing->isArray())
        return {};
    for (std::size_t i = existing->array.size(); i-- > 0;) {
        if (existing->array[i].text == host)
            return existing->array.size() == 1 ? adopt(m_document.removeKey(uvPath(), "allow-insecure-host"))
                                               : adopt(m_document.removeFromArray(uvPath({"allow-insecure-host"}), i));
    }
    return {};
}

Expected<void> PyProject::stripIndexCredentials(const std::string &indexName)
{
    const std::vector<IndexConfig> list = indexes();
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list[i].name != indexName)
            continue;
        QUrl url(qs(list[i].url));
        if (url.userName().isEmpty() && url.password().isEmpty())
            return {};
        url.setUserInfo(QString());
        TomlPath table = uvPath({"index"});
        table.emplace_back(i);
        return adopt(m_document.setValue(table, "url", TomlValue::string(url.toString().toStdString())));
    }
    return std::unexpected(editError(m_filePath, Tr::tr("there is no index named '%1'").arg(qs(indexName))));
}

Expected<void> PyProject::save()
{
    if (m_filePath.isEmpty())
        return std::unexpected(editError(m_filePath, Tr::tr("this project has no file to save to")));
    QFile current(m_filePath);
    if (current.exists()) {
        if (!current.open(QIODevice::ReadOnly))
            return std::unexpected(editError(m_filePath, Tr::tr("cannot read %1: %2").arg(m_filePath, current.errorString())));
        const std::string onDisk = current.readAll().toStdString();
        if (!m_onDisk || onDisk != m_diskText) {
            Error e;
            e.code = ErrorCode::FileChanged;
            e.file = m_filePath;
            e.message = Tr::tr("%1 changed on disk since envdesk read it; nothing was written").arg(m_filePath);
            e.hint = Tr::tr("reload the file and make the change again");
            return std::unexpected(e);
        }
    }
    QSaveFile out(m_filePath);
    if (!out.open(QIODevice::WriteOnly)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = m_filePath;
        e.message = Tr::tr("cannot write %1: %2").arg(m_filePath, out.errorString());
        return std::unexpected(e);
    }
    const std::string &text = m_document.text();
    out.write(text.data(), qint64(text.size()));
    if (!out.commit()) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = m_filePath;
        e.message = Tr::tr("cannot write %1: %2").arg(m_filePath, out.errorString());
        return std::unexpected(e);
    }
    m_diskText = text;
    m_onDisk = true;
    m_modified = false;
    return {};
}

Expected<UvConfig> UvConfig::fromText(std::string text, const QString &fileName)
{
    auto doc = TomlDocument::parse(std::move(text), fileName);
    if (!doc)
        return std::unexpected(doc.error());
    auto warnings = validateUvToml(*doc);
    if (!warnings)
        return std::unexpected(warnings.error());
    UvConfig config;
    config.m_document = std::move(*doc);
    config.m_filePath = fileName;
    config.m_warnings = std::move(*warnings);
    return config;
}

Expected<UvConfig> UvConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = path;
        e.message = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::unexpected(e);
    }
    return fromText(file.readAll().toStdString(), path);
}

std::vector<IndexConfig> UvConfig::indexes() const
{
    return indexesIn(m_document.at({std::string("index")}));
}

const TomlValue *UvConfig::setting(std::string_view key) const
{
    return m_document.root().find(key);
}

} // namespace Envdesk::Core
