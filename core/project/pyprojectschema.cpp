#include "pyproject.h"
#include "pyproject_p.h"

#include "../pep/marker.h"
#include "../pep/name.h"
#include "../pep/requirement.h"
#include "../pep/specifier.h"
#include "../pep/version.h"

#include <QUrl>

#include <algorithm>
#include <set>

// Validation of pyproject.toml and uv.toml in the schema uv uses, plus [tool.envdesk]: what
// PyProject and UvConfig check on loading and after every edit (pyproject.cpp).

namespace Envdesk::Core::PyProjectDetail {

namespace {

const std::set<std::string> &knownIndexKeys()
{
    static const std::set<std::string> keys = {"name", "url", "default", "explicit", "format",
                                               "authenticate", "ignore-error-codes",
                                               "cache-control", "publish-url", "hash-algorithm",
                                               "exclude-newer"};
    return keys;
}

// [tool.uv] keys uv knows (its settings reference); anything else is kept and warned about.
const std::set<std::string> &knownUvKeys()
{
    static const std::set<std::string> keys = {
        "add-bounds", "allow-insecure-host", "build-backend", "build-constraint-dependencies",
        "cache-dir", "cache-keys", "check-url", "compile-bytecode", "concurrent-builds",
        "concurrent-downloads", "concurrent-installs", "config-settings",
        "config-settings-package", "conflicts", "constraint-dependencies", "default-groups",
        "dependency-groups", "dependency-metadata", "dev-dependencies", "environments",
        "exclude-dependencies", "exclude-newer", "exclude-newer-package", "extra-build-dependencies",
        "extra-build-variables", "extra-index-url", "find-links", "fork-strategy", "http-proxy",
        "https-proxy", "index", "index-strategy", "index-url", "keyring-provider", "link-mode",
        "managed", "native-tls", "no-binary", "no-binary-package", "no-build",
        "no-build-isolation", "no-build-isolation-package", "no-build-package", "no-cache",
        "no-index", "no-proxy", "no-sources", "offline", "override-dependencies", "package",
        "pip", "prerelease", "preview", "preview-features", "publish-url", "pypy-install-mirror",
        "python-downloads", "python-downloads-json-url", "python-install-mirror",
        "python-preference", "reinstall", "reinstall-package", "required-environments",
        "required-version", "resolution", "sources", "system-certs", "torch-backend",
        "trusted-publishing", "upgrade", "upgrade-package", "workspace"};
    return keys;
}

const std::set<std::string> &knownEnvdeskIndexKeys()
{
    static const std::set<std::string> keys = {"ca-bundle", "client-cert", "client-key", "verify",
                                               "min-tls", "proxy", "headers",
                                               "credential-command", "credential-username",
                                               "credential-lifetime"};
    return keys;
}

TomlPath withKey(TomlPath path, const char *key)
{
    path.emplace_back(std::string(key));
    return path;
}

// Where uv's settings live: `[tool.uv]` of a pyproject.toml, or the top level of a uv.toml.
struct UvTables
{
    TomlPath base;
    QString settings; ///< "[tool.uv]" or "uv.toml"
    QString index;    ///< "[[tool.uv.index]]" or "[[index]]"
    static UvTables pyproject() { return {uvPath(), QStringLiteral("[tool.uv]"), QStringLiteral("[[tool.uv.index]]")}; }
    static UvTables uvToml() { return {{}, QStringLiteral("uv.toml"), QStringLiteral("[[index]]")}; }
};

// Collects the findings of one validation pass. Errors stop at the first; warnings accumulate.
class Validator
{
public:
    Validator(const TomlDocument &doc)
        : m_doc(doc)
    {}

    std::optional<Error> error;
    std::vector<Diagnostic> warnings;

    void fail(const TomlValue *at, const QString &message, const QString &hint = {})
    {
        if (error)
            return;
        Error e;
        e.code = ErrorCode::InvalidProject;
        e.file = m_doc.fileName();
        e.line = at ? at->line : 0;
        e.column = at ? at->column : 0;
        e.message = message;
        e.hint = hint;
        error = e;
    }

    void warn(const TomlValue *at, const QString &message, const QString &hint = {})
    {
        warnings.push_back({message, hint, m_doc.fileName(), at ? at->line : 0});
    }

    bool expect(const TomlValue *v, TomlValue::Type type, const QString &what)
    {
        if (!v)
            return false;
        if (v->type != type) {
            fail(v, Tr::tr("%1 must be a %2, not a %3")
                        .arg(what, QLatin1String(TomlValue::typeName(type)),
                             QLatin1String(TomlValue::typeName(v->type))));
            return false;
        }
        return true;
    }

    bool expectStringArray(const TomlValue *v, const QString &what)
    {
        if (!expect(v, TomlValue::Type::Array, what))
            return false;
        for (const TomlValue &item : v->array) {
            if (!item.isString()) {
                fail(&item, Tr::tr("%1 must hold strings, not a %2")
                                .arg(what, QLatin1String(TomlValue::typeName(item.type))));
                return false;
            }
        }
        return true;
    }

    void expectOneOf(const TomlValue *v, const QString &what, std::initializer_list<const char *> choices)
    {
        if (!expect(v, TomlValue::Type::String, what))
            return;
        QStringList names;
        for (const char *c : choices) {
            if (v->text == c)
                return;
            names << QLatin1String(c);
        }
        fail(v, Tr::tr("%1 is '%2', which is not one of: %3")
                    .arg(what, qs(v->text), names.join(QLatin1String(", "))));
    }

    void requirements(const TomlValue *v, const QString &what)
    {
        if (!expectStringArray(v, what))
            return;
        for (const TomlValue &item : v->array) {
            auto r = Requirement::parse(item.text);
            if (!r) {
                fail(&item, Tr::tr("%1: '%2' is not a valid requirement: %3")
                                .arg(what, qs(item.text), r.error().message),
                     Tr::tr("a requirement looks like 'requests>=2.31' or 'numpy; python_version >= \"3.10\"'"));
                return;
            }
        }
    }

    void unknownKeys(const TomlValue *table, const std::set<std::string> &known, const QString &where)
    {
        if (!table || !table->isTable())
            return;
        for (const auto &[key, value] : table->table) {
            if (!known.contains(key))
                warn(&value, Tr::tr("unknown key '%1' in %2 (kept as it is)").arg(qs(key), where));
        }
    }

private:
    const TomlDocument &m_doc;
};

bool isValidIndexName(const std::string &name)
{
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
               || c == '_' || c == '-';
    });
}

// A URL or a local path (uv accepts both for an index).
std::optional<QString> urlProblem(const std::string &text)
{
    if (text.empty())
        return Tr::tr("the URL is empty");
    if (text.find_first_of(" \t\r\n") != std::string::npos)
        return Tr::tr("a URL cannot contain spaces");
    const QUrl url(qs(text), QUrl::StrictMode);
    if (text.find("://") == std::string::npos)
        return std::nullopt; // a local path
    if (!url.isValid())
        return url.errorString();
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")
        && scheme != QLatin1String("file"))
        return Tr::tr("unsupported scheme '%1' (use https://, http:// or file://)").arg(scheme);
    if (scheme != QLatin1String("file") && url.host().isEmpty())
        return Tr::tr("the URL has no host");
    return std::nullopt;
}

bool hasUserInfo(const std::string &text)
{
    const QUrl url(qs(text));
    return url.isValid() && (!url.userName().isEmpty() || !url.password().isEmpty());
}

void validateProject(Validator &v, const TomlDocument &doc)
{
    const TomlValue *project = doc.at({std::string("project")});
    if (project && v.expect(project, TomlValue::Type::Table, Tr::tr("[project]"))) {
        if (const TomlValue *name = project->find("name");
            name && v.expect(name, TomlValue::Type::String, Tr::tr("[project] name"))
            && !isValidPackageName(name->text))
            v.fail(name, Tr::tr("[project] name '%1' is not a valid package name").arg(qs(name->text)),
                   Tr::tr("use letters, digits, '.', '-' and '_', starting and ending with a letter or digit"));
        if (const TomlValue *version = project->find("version");
            version && v.expect(version, TomlValue::Type::String, Tr::tr("[project] version"))) {
            if (auto parsed = Version::parse(version->text); !parsed)
                v.fail(version, Tr::tr("[project] version: %1").arg(parsed.error().message));
        }
        if (const TomlValue *rp = project->find("requires-python");
            rp && v.expect(rp, TomlValue::Type::String, Tr::tr("[project] requires-python"))) {
            if (auto parsed = SpecifierSet::parse(rp->text); !parsed)
                v.fail(rp, Tr::tr("[project] requires-python: %1").arg(parsed.error().message));
        }
        v.requirements(project->find("dependencies"), Tr::tr("[project] dependencies"));
        if (const TomlValue *optional = project->find("optional-dependencies");
            optional && v.expect(optional, TomlValue::Type::Table, Tr::tr("[project.optional-dependencies]"))) {
            for (const auto &[extra, list] : optional->table)
                v.requirements(&list, Tr::tr("[project.optional-dependencies] %1").arg(qs(extra)));
        }
    }
    if (const TomlValue *groups = doc.at({std::string("dependency-groups")});
        groups && v.expect(groups, TomlValue::Type::Table, Tr::tr("[dependency-groups]"))) {
        for (const auto &[group, list] : groups->table) {
            const QString what = Tr::tr("[dependency-groups] %1").arg(qs(group));
            if (!v.expect(&list, TomlValue::Type::Array, what))
                continue;
            for (const TomlValue &item : list.array) {
                if (item.isString()) {
                    if (auto r = Requirement::parse(item.text); !r)
                        v.fail(&item, Tr::tr("%1: '%2' is not a valid requirement: %3")
                                          .arg(what, qs(item.text), r.error().message));
                } else if (item.isTable() && item.find("include-group")
                           && item.find("include-group")->isString()) {
                    if (!groups->find(item.find("include-group")->text))
                        v.fail(&item, Tr::tr("%1 includes the group '%2', which does not exist")
                                          .arg(what, qs(item.find("include-group")->text)));
                } else {
                    v.fail(&item, Tr::tr("%1 must hold requirement strings or { include-group = \"name\" }")
                                      .arg(what));
                }
            }
        }
    }
}

void validateIndexes(Validator &v, const TomlDocument &doc, std::set<std::string> *names,
                     const UvTables &where = UvTables::pyproject())
{
    const TomlValue *indexes = doc.at(withKey(where.base, "index"));
    if (!indexes || !v.expect(indexes, TomlValue::Type::Array, where.index))
        return;
    const TomlValue *firstDefault = nullptr;
    for (const TomlValue &index : indexes->array) {
        if (!v.expect(&index, TomlValue::Type::Table, Tr::tr("each %1 entry").arg(where.index)))
            return;
        const TomlValue *name = index.find("name");
        const QString label = name && name->isString() ? Tr::tr("index '%1'").arg(qs(name->text))
                                                       : Tr::tr("an unnamed index");
        if (name && v.expect(name, TomlValue::Type::String, Tr::tr("the index name"))) {
            if (!isValidIndexName(name->text))
                v.fail(name, Tr::tr("index name '%1' may only contain ASCII letters, digits, '.', '_' and '-'")
                                 .arg(qs(name->text)));
            else if (!names->insert(name->text).second)
                v.fail(name, Tr::tr("index name '%1' is used twice").arg(qs(name->text)),
                       Tr::tr("give each %1 a name of its own").arg(where.index));
        }
        const TomlValue *url = index.find("url");
        if (!url) {
            v.fail(&index, Tr::tr("%1 has no url").arg(label), Tr::tr("add url = \"https://host/simple\""));
        } else if (v.expect(url, TomlValue::Type::String, Tr::tr("the url of %1").arg(label))) {
            if (auto problem = urlProblem(url->text))
                v.fail(url, Tr::tr("the url '%1' of %2 is not valid: %3").arg(qs(url->text), label, *problem));
            else if (hasUserInfo(url->text))
                v.warn(url, Tr::tr("%1 has credentials in its URL, which end up in version control").arg(label),
                       Tr::tr("move them to the keychain (envdesk-cli auth migrate) or to "
                          "%1_USERNAME / %1_PASSWORD")
                           .arg(name && name->isString()
                                    ? qs(IndexConfig::credentialVariablePrefix(name->text))
                                    : QStringLiteral("UV_INDEX_<NAME>")));
        }
        for (const char *flag : {"default", "explicit"}) {
            if (const TomlValue *f = index.find(flag))
                v.expect(f, TomlValue::Type::Boolean, Tr::tr("'%1' of %2").arg(QLatin1String(flag), label));
        }
        if (const TomlValue *e = index.find("explicit"); e && e->boolean && !name)
            v.fail(e, Tr::tr("an index with explicit = true needs a name"),
                   Tr::tr("add name = \"...\" so that [tool.uv.sources] can refer to it"));
        if (const TomlValue *d = index.find("default"); d && d->isBoolean() && d->boolean) {
            if (firstDefault)
                v.fail(d, Tr::tr("%1 is marked default = true, but an index above (line %2) already is")
                              .arg(label)
                              .arg(firstDefault->line),
                       Tr::tr("only one index can replace PyPI as the default"));
            firstDefault = d;
        }
        if (const TomlValue *f = index.find("format"))
            v.expectOneOf(f, Tr::tr("the format of %1").arg(label), {"simple", "flat"});
        if (const TomlValue *a = index.find("authenticate"))
            v.expectOneOf(a, Tr::tr("'authenticate' of %1").arg(label), {"auto", "always", "never"});
        if (const TomlValue *codes = index.find("ignore-error-codes");
            codes && v.expect(codes, TomlValue::Type::Array, Tr::tr("'ignore-error-codes' of %1").arg(label))) {
            for (const TomlValue &code : codes->array) {
                if (!code.isInteger() || code.integer < 100 || code.integer > 599)
                    v.fail(&code, Tr::tr("'ignore-error-codes' of %1 must hold HTTP status codes (100 to 599)").arg(label));
            }
        }
        if (const TomlValue *cc = index.find("cache-control");
            cc && v.expect(cc, TomlValue::Type::Table, Tr::tr("'cache-control' of %1").arg(label))) {
            for (const auto &[k, val] : cc->table) {
                if (k != "api" && k != "files")
                    v.warn(&val, Tr::tr("unknown key '%1' in the cache-control of %2").arg(qs(k), label));
                else
                    v.expect(&val, TomlValue::Type::String, Tr::tr("cache-control.%1 of %2").arg(qs(k), label));
            }
        }
        if (const TomlValue *p = index.find("publish-url"))
            v.expect(p, TomlValue::Type::String, Tr::tr("'publish-url' of %1").arg(label));
        v.unknownKeys(&index, knownIndexKeys(), label);
    }
}

void validateSources(Validator &v, const TomlDocument &doc, const std::set<std::string> &indexNames)
{
    const TomlValue *sources = doc.at({std::string("tool"), std::string("uv"), std::string("sources")});
    if (!sources || !v.expect(sources, TomlValue::Type::Table, Tr::tr("[tool.uv.sources]")))
        return;
    for (const auto &[package, value] : sources->table) {
        const QString what = Tr::tr("the source of '%1'").arg(qs(package));
        std::vector<const TomlValue *> entries;
        if (value.isArray()) {
            for (const TomlValue &e : value.array)
                entries.push_back(&e);
        } else {
            entries.push_back(&value);
        }
        for (const TomlValue *entry : entries) {
            if (!v.expect(entry, TomlValue::Type::Table, what))
                return;
            int kinds = 0;
            for (const char *k : {"index", "path", "url", "git", "workspace"})
                kinds += entry->find(k) != nullptr;
            if (kinds != 1) {
                v.fail(entry, Tr::tr("%1 must have exactly one of index, path, url, git or workspace").arg(what));
                return;
            }
            if (const TomlValue *index = entry->find("index");
                index && v.expect(index, TomlValue::Type::String, Tr::tr("%1: index").arg(what))
                && !indexNames.contains(index->text))
                v.fail(index, Tr::tr("%1 names the index '%2', which is not defined in this file")
                                  .arg(what, qs(index->text)),
                       Tr::tr("add a [[tool.uv.index]] with name = \"%1\", or fix the name").arg(qs(index->text)));
            if (const TomlValue *git = entry->find("git")) {
                int refs = 0;
                for (const char *k : {"rev", "tag", "branch"})
                    refs += entry->find(k) != nullptr;
                if (refs > 1)
                    v.fail(git, Tr::tr("%1: use only one of rev, tag and branch").arg(what));
            }
            if (const TomlValue *marker = entry->find("marker");
                marker && v.expect(marker, TomlValue::Type::String, Tr::tr("%1: marker").arg(what))) {
                if (auto m = Marker::parse(marker->text); !m)
                    v.fail(marker, Tr::tr("%1: %2").arg(what, m.error().message));
            }
            if (entry->find("extra") && entry->find("group"))
                v.fail(entry, Tr::tr("%1 cannot name both an extra and a group").arg(what));
            const bool git = entry->find("git"), url = entry->find("url");
            for (const char *k : {"rev", "tag", "branch"}) {
                if (const TomlValue *ref = entry->find(k); ref && !git)
                    v.fail(ref, Tr::tr("%1: %2 belongs to a git source").arg(what, QLatin1String(k)));
            }
            if (const TomlValue *sub = entry->find("subdirectory"); sub && !git && !url)
                v.fail(sub, Tr::tr("%1: subdirectory belongs to a git or url source").arg(what));
            if (const TomlValue *editable = entry->find("editable");
                editable && !entry->find("path") && !entry->find("workspace"))
                v.fail(editable, Tr::tr("%1: only a path or workspace source can be editable").arg(what),
                       Tr::tr("clone the repository and use a path source with editable = true"));
        }
    }
}

void validateUvSettings(Validator &v, const TomlDocument &doc, const UvTables &where = UvTables::pyproject())
{
    const TomlValue *uv = doc.at(where.base);
    if (!uv || !v.expect(uv, TomlValue::Type::Table, where.settings))
        return;
    v.unknownKeys(uv, knownUvKeys(), where.settings);
    if (const TomlValue *s = uv->find("index-strategy"))
        v.expectOneOf(s, Tr::tr("index-strategy"), {"first-index", "first-match", "unsafe-first-match",
                                                "unsafe-any-match", "unsafe-best-match"});
    if (const TomlValue *s = uv->find("keyring-provider"))
        v.expectOneOf(s, Tr::tr("keyring-provider"), {"disabled", "subprocess"});
    if (const TomlValue *s = uv->find("prerelease"))
        v.expectOneOf(s, Tr::tr("prerelease"), {"disallow", "allow", "if-necessary", "explicit",
                                            "if-necessary-or-explicit"});
    if (const TomlValue *s = uv->find("resolution"))
        v.expectOneOf(s, Tr::tr("resolution"), {"highest", "lowest", "lowest-direct"});
    if (const TomlValue *s = uv->find("link-mode"))
        v.expectOneOf(s, Tr::tr("link-mode"), {"clone", "copy", "hardlink", "symlink"});
    for (const char *flag : {"native-tls", "system-certs", "no-index", "offline", "no-cache",
                             "compile-bytecode", "managed", "package"}) {
        if (const TomlValue *f = uv->find(flag))
            v.expect(f, TomlValue::Type::Boolean, QLatin1String(flag));
    }
    for (const char *text : {"index-url", "cache-dir", "exclude-newer"}) {
        if (const TomlValue *t = uv->find(text))
            v.expect(t, TomlValue::Type::String, QLatin1String(text));
    }
    if (const TomlValue *u = uv->find("index-url"); u && u->isString()) {
        if (auto problem = urlProblem(u->text))
            v.fail(u, Tr::tr("index-url '%1' is not valid: %2").arg(qs(u->text), *problem));
    }
    for (const char *list : {"allow-insecure-host", "extra-index-url", "find-links", "no-proxy"}) {
        if (const TomlValue *l = uv->find(list))
            v.expectStringArray(l, QLatin1String(list));
    }
    if (const TomlValue *l = uv->find("extra-index-url"); l && l->isArray()) {
        for (const TomlValue &u : l->array) {
            if (auto problem = u.isString() ? urlProblem(u.text) : std::nullopt)
                v.fail(&u, Tr::tr("extra-index-url '%1' is not valid: %2").arg(qs(u.text), *problem));
        }
    }
    for (const char *list : {"environments", "required-environments"}) {
        if (const TomlValue *l = uv->find(list); l && v.expectStringArray(l, QLatin1String(list))) {
            for (const TomlValue &m : l->array) {
                if (auto parsed = Marker::parse(m.text); !parsed)
                    v.fail(&m, Tr::tr("%1: %2").arg(QLatin1String(list), parsed.error().message));
            }
        }
    }
    for (const char *list : {"constraint-dependencies", "override-dependencies",
                             "build-constraint-dependencies", "dev-dependencies"}) {
        if (const TomlValue *l = uv->find(list))
            v.requirements(l, QLatin1String(list));
    }
}

void validateEnvdesk(Validator &v, const TomlDocument &doc, const std::set<std::string> &indexNames)
{
    const TomlValue *envdesk = doc.at({std::string("tool"), std::string("envdesk")});
    if (!envdesk || !v.expect(envdesk, TomlValue::Type::Table, Tr::tr("[tool.envdesk]")))
        return;
    for (const auto &[key, value] : envdesk->table) {
        if (key == "read-pip-config") {
            v.expect(&value, TomlValue::Type::Boolean, Tr::tr("[tool.envdesk] read-pip-config"));
        } else if (key == "index") {
            if (!v.expect(&value, TomlValue::Type::Table, Tr::tr("[tool.envdesk.index]")))
                continue;
            for (const auto &[name, settings] : value.table) {
                const QString what = Tr::tr("[tool.envdesk.index.%1]").arg(qs(name));
                if (!v.expect(&settings, TomlValue::Type::Table, what))
                    continue;
                if (!indexNames.contains(name))
                    v.warn(&settings, Tr::tr("%1 is for an index that this file does not define").arg(what));
                v.unknownKeys(&settings, knownEnvdeskIndexKeys(), what);
                for (const char *text : {"ca-bundle", "client-cert", "client-key", "proxy"}) {
                    if (const TomlValue *t = settings.find(text))
                        v.expect(t, TomlValue::Type::String, Tr::tr("%1 %2").arg(what, QLatin1String(text)));
                }
                if (const TomlValue *verify = settings.find("verify"))
                    v.expect(verify, TomlValue::Type::Boolean, Tr::tr("%1 verify").arg(what));
                if (const TomlValue *minTls = settings.find("min-tls"))
                    v.expectOneOf(minTls, Tr::tr("%1 min-tls").arg(what), {"1.0", "1.1", "1.2", "1.3"});
                if (const TomlValue *headers = settings.find("headers");
                    headers && v.expect(headers, TomlValue::Type::Table, Tr::tr("%1 headers").arg(what))) {
                    for (const auto &[h, hv] : headers->table) {
                        if (!v.expect(&hv, TomlValue::Type::String, Tr::tr("%1 header %2").arg(what, qs(h))))
                            continue;
                        const QString lower = qs(h).toLower();
                        if ((lower == QLatin1String("authorization") || lower.contains(QLatin1String("token"))
                             || lower.contains(QLatin1String("key")))
                            && hv.text.find("${") == std::string::npos)
                            v.warn(&hv, Tr::tr("%1 header %2 holds its value in the file, which ends up in version control")
                                            .arg(what, qs(h)),
                                   Tr::tr("write \"${keychain}\" (the index's keychain secret, set with envdesk-cli auth set) "
                                      "or \"${env:VARIABLE}\" in its place"));
                    }
                }
                if (const TomlValue *command = settings.find("credential-command");
                    command && v.expectStringArray(command, Tr::tr("%1 credential-command").arg(what)) && command->array.empty())
                    v.fail(command, Tr::tr("%1 credential-command is empty").arg(what),
                           Tr::tr("give the program and its arguments, e.g. [\"aws\", \"codeartifact\", ...]"));
                if (const TomlValue *user = settings.find("credential-username"))
                    v.expect(user, TomlValue::Type::String, Tr::tr("%1 credential-username").arg(what));
                if (const TomlValue *life = settings.find("credential-lifetime");
                    life && v.expect(life, TomlValue::Type::Integer, Tr::tr("%1 credential-lifetime").arg(what)) && life->integer < 0)
                    v.fail(life, Tr::tr("%1 credential-lifetime must be a number of seconds, 0 or more").arg(what));
            }
        } else {
            v.warn(&value, Tr::tr("unknown key '%1' in [tool.envdesk] (kept as it is)").arg(qs(key)));
        }
    }
}

} // namespace

Expected<std::vector<Diagnostic>> validate(const TomlDocument &doc)
{
    Validator v(doc);
    std::set<std::string> indexNames;
    validateProject(v, doc);
    validateIndexes(v, doc, &indexNames);
    validateSources(v, doc, indexNames);
    validateUvSettings(v, doc);
    validateEnvdesk(v, doc, indexNames);
    if (v.error)
        return std::unexpected(*v.error);
    return v.warnings;
}

Expected<std::vector<Diagnostic>> validateUvToml(const TomlDocument &doc)
{
    Validator v(doc);
    std::set<std::string> names;
    validateIndexes(v, doc, &names, UvTables::uvToml());
    validateUvSettings(v, doc, UvTables::uvToml());
    if (v.error)
        return std::unexpected(*v.error);
    return std::move(v.warnings);
}

} // namespace Envdesk::Core::PyProjectDetail
