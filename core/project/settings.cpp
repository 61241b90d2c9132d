#include "settings.h"

#include "pyproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>
#include <set>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Settings)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

enum class Kind { Text, Flag, Choice, List };

// One setting envdesk layers: its uv key, how it is read from each layer, and its default.
struct Spec
{
    const char *key;
    Kind kind;
    bool fromConfig;                       ///< uv.toml / [tool.uv] may set it
    std::vector<const char *> uvVariables; ///< in order of precedence
    std::vector<const char *> pipVariables;
    char separator = ' '; ///< how a list variable separates its items
    std::vector<const char *> choices = {};
    const char *configAlias = nullptr; ///< a deprecated key with the same meaning
};

const std::vector<Spec> &specs()
{
    static const std::vector<Spec> table = {
        {"index-url", Kind::Text, true, {"UV_INDEX_URL"}, {"PIP_INDEX_URL"}},
        {"extra-index-url", Kind::List, true, {"UV_EXTRA_INDEX_URL"}, {"PIP_EXTRA_INDEX_URL"}},
        {"find-links", Kind::List, true, {"UV_FIND_LINKS"}, {"PIP_FIND_LINKS"}, ','},
        {"no-index", Kind::Flag, true, {"UV_NO_INDEX"}, {"PIP_NO_INDEX"}},
        {"index-strategy",
         Kind::Choice,
         true,
         {"UV_INDEX_STRATEGY"},
         {},
         ' ',
         {"first-index", "first-match", "unsafe-first-match", "unsafe-any-match",
          "unsafe-best-match"}},
        {"allow-insecure-host", Kind::List, true, {"UV_INSECURE_HOST"}, {"PIP_TRUSTED_HOST"}},
        {"keyring-provider",
         Kind::Choice,
         true,
         {"UV_KEYRING_PROVIDER"},
         {},
         ' ',
         {"disabled", "subprocess"}},
        {"prerelease",
         Kind::Choice,
         true,
         {"UV_PRERELEASE"},
         {"PIP_PRE"},
         ' ',
         {"disallow", "allow", "if-necessary", "explicit", "if-necessary-or-explicit"}},
        {"resolution",
         Kind::Choice,
         true,
         {"UV_RESOLUTION"},
         {},
         ' ',
         {"highest", "lowest", "lowest-direct"}},
        {"exclude-newer", Kind::Text, true, {"UV_EXCLUDE_NEWER"}, {}},
        {"link-mode",
         Kind::Choice,
         true,
         {"UV_LINK_MODE"},
         {},
         ' ',
         {"clone", "copy", "hardlink", "symlink"}},
        {"system-certs",
         Kind::Flag,
         true,
         {"UV_SYSTEM_CERTS", "UV_NATIVE_TLS"},
         {},
         ' ',
         {},
         "native-tls"},
        {"offline", Kind::Flag, true, {"UV_OFFLINE"}, {}},
        {"compile-bytecode", Kind::Flag, true, {"UV_COMPILE_BYTECODE"}, {}},
        {"cache-dir", Kind::Text, true, {"UV_CACHE_DIR"}, {"PIP_CACHE_DIR"}},
        {"http-proxy", Kind::Text, true, {"HTTP_PROXY", "http_proxy"}, {"PIP_PROXY"}},
        {"https-proxy", Kind::Text, true, {"HTTPS_PROXY", "https_proxy"}, {"PIP_PROXY"}},
        {"no-proxy", Kind::List, true, {"NO_PROXY", "no_proxy"}, {}, ','},
        {"ssl-cert-file",
         Kind::Text,
         false,
         {"SSL_CERT_FILE"},
         {"PIP_CERT", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"}},
        {"ssl-cert-dir", Kind::Text, false, {"SSL_CERT_DIR"}, {}},
        {"ssl-client-cert", Kind::Text, false, {"SSL_CLIENT_CERT"}, {"PIP_CLIENT_CERT"}},
        {"netrc", Kind::Text, false, {"NETRC"}, {}},
        {"environments", Kind::List, true, {}, {}},
        {"required-environments", Kind::List, true, {}, {}},
        {"constraint-dependencies", Kind::List, true, {"UV_CONSTRAINT"}, {"PIP_CONSTRAINT"}},
        {"override-dependencies", Kind::List, true, {"UV_OVERRIDE"}, {}},
    };
    return table;
}

std::string defaultValue(const std::string &key, const QProcessEnvironment &env)
{
    if (key == "index-url")
        return "https://pypi.org/simple";
    if (key == "index-strategy")
        return "first-index";
    if (key == "keyring-provider")
        return "disabled";
    if (key == "prerelease")
        return "if-necessary-or-explicit";
    if (key == "resolution")
        return "highest";
    if (key == "link-mode")
        return "hardlink";
    if (key == "no-index" || key == "system-certs" || key == "offline" || key == "compile-bytecode")
        return "false";
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    if (key == "cache-dir") {
        const QString xdg = env.value(QStringLiteral("XDG_CACHE_HOME"));
        return (xdg.isEmpty() ? QDir(home).filePath(QStringLiteral(".cache/envdesk"))
                              : QDir(xdg).filePath(QStringLiteral("envdesk")))
            .toStdString();
    }
    if (key == "netrc")
        return QDir(home).filePath(QStringLiteral(".netrc")).toStdString();
    return {};
}

Error variableError(const QString &variable, const QString &value, const QString &message,
                    const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::InvalidConfig;
    e.message = Tr::tr("%1='%2': %3").arg(variable, value, message);
    e.hint = hint.isEmpty() ? Tr::tr("fix or unset %1").arg(variable) : hint;
    return e;
}

std::optional<std::string> parseFlag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes")
        || t == QLatin1String("on") || t == QLatin1String("y") || t == QLatin1String("t"))
        return "true";
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no")
        || t == QLatin1String("off") || t == QLatin1String("n") || t == QLatin1String("f"))
        return "false";
    return std::nullopt;
}

// A value given as text (variable or option) checked and normalised for its spec.
Expected<std::vector<std::string>> parseText(const Spec &spec, const QString &name,
                                             const QString &text, bool pip)
{
    std::vector<std::string> out;
    if (spec.kind == Kind::List) {
        const QStringList parts
            = text.split(QChar(spec.separator == ',' ? u',' : u' '), Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            // pip and uv both accept whitespace as well as the separator.
            for (const QString &q :
                 p.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
                out.push_back(q.toStdString());
        }
        return out;
    }
    if (spec.kind == Kind::Flag) {
        auto f = parseFlag(text);
        if (!f)
            return std::unexpected(
                variableError(name, text, Tr::tr("not a yes/no value"),
                              Tr::tr("use true or false (1 / 0, yes / no also work)")));
        out.push_back(*f);
        return out;
    }
    if (pip && std::string_view(spec.key) == "prerelease") {
        // PIP_PRE is a flag: "yes" means allow prereleases.
        auto f = parseFlag(text);
        if (!f)
            return std::unexpected(variableError(name, text, Tr::tr("not a yes/no value")));
        if (*f == "true")
            out.push_back("allow");
        return out;
    }
    const std::string value = text.trimmed().toStdString();
    if (spec.kind == Kind::Choice
        && std::none_of(spec.choices.begin(), spec.choices.end(),
                        [&](const char *c) { return value == c; })) {
        QStringList names;
        for (const char *c : spec.choices)
            names << QLatin1String(c);
        return std::unexpected(
            variableError(name, text, Tr::tr("not one of: %1").arg(names.join(QLatin1String(", ")))));
    }
    if (!value.empty())
        out.push_back(value);
    return out;
}

// The values of one setting in one uv.toml or [tool.uv] table.
std::vector<SettingItem> configItems(const Spec &spec, const TomlValue *table, SettingLayer layer,
                                     const QString &file)
{
    std::vector<SettingItem> out;
    if (!table || !spec.fromConfig)
        return out;
    for (const char *key : {spec.key, spec.configAlias}) {
        if (!key)
            continue;
        const TomlValue *v = table->find(key);
        if (!v)
            continue;
        auto item = [&](const TomlValue &value, std::string text) {
            out.push_back({std::move(text), {layer, file, value.line, {}}});
        };
        if (v->isArray()) {
            for (const TomlValue &e : v->array) {
                if (e.isString())
                    item(e, e.text);
            }
        } else if (v->isBoolean()) {
            item(*v, v->boolean ? "true" : "false");
        } else if (v->isString()) {
            item(*v, v->text);
        }
        if (!out.empty())
            break; // the alias only counts when the key itself is absent
    }
    return out;
}

// "NAME=URL" or "URL", as uv's --index takes it.
IndexConfig indexFromArgument(const QString &text)
{
    IndexConfig c;
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq > 0 && !text.left(eq).contains(QLatin1Char(':'))) {
        c.name = text.left(eq).toStdString();
        c.url = text.mid(eq + 1).toStdString();
    } else {
        c.url = text.toStdString();
    }
    return c;
}

QString redact(const std::string &value)
{
    QString text = qs(value);
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return text;
    const qsizetype slash = text.indexOf(QLatin1Char('/'), scheme + 3);
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'), slash < 0 ? -1 : slash);
    if (at > scheme)
        text.replace(scheme + 3, at - scheme - 3, QLatin1String("****"));
    return text;
}

QString layerName(SettingLayer layer)
{
    switch (layer) {
    case SettingLayer::Default:
        return QStringLiteral("default");
    case SettingLayer::UserConfig:
        return QStringLiteral("user-config");
    case SettingLayer::ProjectConfig:
        return QStringLiteral("project-config");
    case SettingLayer::PipEnvironment:
        return QStringLiteral("pip-environment");
    case SettingLayer::Environment:
        return QStringLiteral("environment");
    case SettingLayer::CommandLine:
        return QStringLiteral("command-line");
    }
    return {};
}

QJsonObject provenanceJson(const Provenance &p)
{
    QJsonObject o{{QStringLiteral("layer"), layerName(p.layer)}};
    if (!p.file.isEmpty())
        o.insert(QStringLiteral("file"), p.file);
    if (p.line > 0)
        o.insert(QStringLiteral("line"), p.line);
    if (!p.variable.isEmpty())
        o.insert(QStringLiteral("variable"), p.variable);
    return o;
}

} // namespace

QString Provenance::toString() const
{
    switch (layer) {
    case SettingLayer::Default:
        return Tr::tr("default");
    case SettingLayer::UserConfig:
    case SettingLayer::ProjectConfig:
        return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
    case SettingLayer::PipEnvironment:
    case SettingLayer::Environment:
    case SettingLayer::CommandLine:
        return variable;
    }
    return {};
}

const std::string &Setting::value() const
{
    static const std::string empty;
    return items.empty() ? empty : items.front().value;
}

const Setting *EffectiveSettings::find(std::string_view key) const
{
    for (const Setting &s : settings) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QString userUvConfigPath(const QProcessEnvironment &environment)
{
    const QString xdg = environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (!xdg.isEmpty())
        return QDir(xdg).filePath(QStringLiteral("uv/uv.toml"));
    const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
    return QDir(home).filePath(QStringLiteral(".config/uv/uv.toml"));
}

Expected<EffectiveSettings> resolveSettings(const SettingsInputs &in)
{
    EffectiveSettings result;
    const QProcessEnvironment &env = in.environment;

    // The files: the user's uv.toml, then the project's uv.toml or else its [tool.uv].
    std::optional<UvConfig> userConfig;
    const QString userPath
        = in.userConfigFile.isEmpty() ? userUvConfigPath(env) : in.userConfigFile;
    if (QFileInfo(userPath).isFile()) {
        auto loaded = UvConfig::load(userPath);
        if (!loaded)
            return std::unexpected(loaded.error());
        userConfig = std::move(*loaded);
        result.userConfigFile = userPath;
    }
    std::optional<PyProject> project;
    std::optional<UvConfig> projectUvToml;
    if (!in.projectDir.isEmpty()) {
        const QDir dir(in.projectDir);
        const QString pyprojectPath = dir.filePath(QStringLiteral("pyproject.toml"));
        const QString uvTomlPath = dir.filePath(QStringLiteral("uv.toml"));
        if (QFileInfo(pyprojectPath).isFile()) {
            auto loaded = PyProject::load(pyprojectPath);
            if (!loaded)
                return std::unexpected(loaded.error());
            project = std::move(*loaded);
        }
        if (QFileInfo(uvTomlPath).isFile()) {
            auto loaded = UvConfig::load(uvTomlPath);
            if (!loaded)
                return std::unexpected(loaded.error());
            projectUvToml = std::move(*loaded);
            result.projectConfigFile = uvTomlPath;
            if (project && project->document().at({std::string("tool"), std::string("uv")})) {
                result.toolUvIgnored = true;
                result.notes.push_back(
                    {Tr::tr("%1 exists, so [tool.uv] in %2 is ignored, as uv ignores it")
                         .arg(uvTomlPath, pyprojectPath),
                     Tr::tr("keep the settings in one of the two files"), pyprojectPath, 0});
            }
        } else if (project) {
            result.projectConfigFile = pyprojectPath;
        }
    }
    // The files' own warnings (unknown keys, credentials in a URL) belong in the same view.
    for (const std::vector<Diagnostic> *w :
         {userConfig ? &userConfig->warnings() : nullptr, project ? &project->warnings() : nullptr,
          projectUvToml ? &projectUvToml->warnings() : nullptr}) {
        if (w)
            result.notes.insert(result.notes.end(), w->begin(), w->end());
    }
    const TomlValue *projectTable = nullptr;
    QString projectFile;
    std::vector<IndexConfig> projectIndexes;
    if (projectUvToml) {
        projectTable = &projectUvToml->document().root();
        projectFile = projectUvToml->filePath();
        projectIndexes = projectUvToml->indexes();
    } else if (project) {
        projectTable = project->document().at({std::string("tool"), std::string("uv")});
        projectFile = project->filePath();
        projectIndexes = project->indexes();
    }
    const TomlValue *userTable = userConfig ? &userConfig->document().root() : nullptr;

    bool readPip = in.readPipConfig;
    if (project) {
        if (const TomlValue *v = project->envdeskSetting("read-pip-config");
            v && v->isBoolean() && !v->boolean)
            readPip = false;
    }

    // Every setting, layer by layer, highest first.
    for (const Spec &spec : specs()) {
        std::vector<SettingItem> candidates; // highest precedence first
        for (const auto &[key, value] : in.commandLine) {
            if (key != spec.key)
                continue;
            auto parsed = parseText(spec, QStringLiteral("--%1").arg(QLatin1String(spec.key)),
                                    qs(value), false);
            if (!parsed)
                return std::unexpected(parsed.error());
            for (std::string &v : *parsed)
                candidates.push_back({std::move(v),
                                      {SettingLayer::CommandLine,
                                       {},
                                       0,
                                       QStringLiteral("--%1").arg(QLatin1String(spec.key))}});
        }
        auto fromVariables
            = [&](const std::vector<const char *> &names, SettingLayer layer) -> Expected<void> {
            for (const char *name : names) {
                const QString variable = QLatin1String(name);
                if (!env.contains(variable) || env.value(variable).isEmpty())
                    continue;
                auto parsed = parseText(spec, variable, env.value(variable),
                                        layer == SettingLayer::PipEnvironment);
                if (!parsed)
                    return std::unexpected(parsed.error());
                for (std::string &v : *parsed)
                    candidates.push_back({std::move(v), {layer, {}, 0, variable}});
                if (spec.kind != Kind::List || layer == SettingLayer::Environment)
                    break; // the first variable set wins (HTTPS_PROXY before https_proxy)
            }
            return {};
        };
        if (auto r = fromVariables(spec.uvVariables, SettingLayer::Environment); !r)
            return std::unexpected(r.error());
        if (readPip) {
            const std::size_t before = candidates.size();
            if (auto r = fromVariables(spec.pipVariables, SettingLayer::PipEnvironment); !r)
                return std::unexpected(r.error());
            if (candidates.size() > before)
                result.pipConfigRead = true;
        }
        for (SettingItem &item :
             configItems(spec, projectTable, SettingLayer::ProjectConfig, projectFile))
            candidates.push_back(std::move(item));
        for (SettingItem &item :
             configItems(spec, userTable, SettingLayer::UserConfig, result.userConfigFile))
            candidates.push_back(std::move(item));

        Setting setting;
        setting.key = spec.key;
        setting.isList = spec.kind == Kind::List;
        if (setting.isList) {
            std::set<std::string> seen;
            for (SettingItem &item : candidates) {
                if (seen.insert(item.value).second)
                    setting.items.push_back(std::move(item));
                else
                    setting.shadowed.push_back(std::move(item));
            }
        } else {
            const std::string fallback = defaultValue(spec.key, env);
            if (!fallback.empty())
                candidates.push_back({fallback, {}});
            if (!candidates.empty()) {
                setting.items.push_back(std::move(candidates.front()));
                for (std::size_t i = 1; i < candidates.size(); ++i)
                    setting.shadowed.push_back(std::move(candidates[i]));
            }
        }
        result.settings.push_back(std::move(setting));
    }
    if (result.pipConfigRead)
        result.notes.push_back({Tr::tr("pip's settings (PIP_*, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE) are "
                                   "read below uv's own; "
                                   "uv itself ignores them"),
                                Tr::tr("set [tool.envdesk] read-pip-config = false to ignore them"),
                                {},
                                0});

    // Indexes in the order uv asks them: --index (or UV_INDEX), --default-index (or
    // UV_DEFAULT_INDEX), the project's, the user's, then extra-index-url, then index-url.
    std::vector<EffectiveIndex> all;
    if (!in.commandLineIndexes.isEmpty()) {
        for (const QString &arg : in.commandLineIndexes)
            all.push_back({indexFromArgument(arg),
                           {SettingLayer::CommandLine, {}, 0, QStringLiteral("--index")},
                           {}});
    } else if (const QString v = env.value(QStringLiteral("UV_INDEX")); !v.isEmpty()) {
        for (const QString &arg : v.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            all.push_back({indexFromArgument(arg),
                           {SettingLayer::Environment, {}, 0, QStringLiteral("UV_INDEX")},
                           {}});
    }
    std::optional<EffectiveIndex> defaultIndex;
    if (!in.commandLineDefaultIndex.isEmpty()) {
        defaultIndex
            = EffectiveIndex{indexFromArgument(in.commandLineDefaultIndex),
                             {SettingLayer::CommandLine, {}, 0, QStringLiteral("--default-index")},
                             {}};
    } else if (const QString v = env.value(QStringLiteral("UV_DEFAULT_INDEX")); !v.isEmpty()) {
        defaultIndex
            = EffectiveIndex{indexFromArgument(v),
                             {SettingLayer::Environment, {}, 0, QStringLiteral("UV_DEFAULT_INDEX")},
                             {}};
    }
    if (defaultIndex) {
        defaultIndex->config.isDefault = true;
        all.push_back(*defaultIndex);
    }
    for (const IndexConfig &c : projectIndexes)
        all.push_back({c, {SettingLayer::ProjectConfig, projectFile, c.line, {}}, {}});
    if (userConfig) {
        for (const IndexConfig &c : userConfig->indexes())
            all.push_back({c, {SettingLayer::UserConfig, result.userConfigFile, c.line, {}}, {}});
    }
    for (const SettingItem &item : result.find("extra-index-url")->items) {
        IndexConfig c;
        c.url = item.value;
        all.push_back({c, item.from, {}});
    }
    if (const Setting *indexUrl = result.find("index-url"); indexUrl->isSet()) {
        IndexConfig c;
        c.url = indexUrl->value();
        c.isDefault = true;
        all.push_back({c, indexUrl->items.front().from, {}});
    }

    // First occurrence of a name or a URL wins; the first default is the default, asked last.
    std::set<std::string> names, urls;
    std::optional<EffectiveIndex> chosenDefault;
    for (EffectiveIndex &index : all) {
        const std::string url = index.config.url;
        std::string trimmed = url;
        while (trimmed.size() > 1 && trimmed.back() == '/')
            trimmed.pop_back();
        if (!index.config.name.empty() && !names.insert(index.config.name).second) {
            result.notes.push_back({Tr::tr("the index '%1' from %2 is shadowed by an index of the same "
                                       "name defined above it")
                                        .arg(qs(index.config.name), index.from.toString()),
                                    {},
                                    index.from.file,
                                    index.from.line});
            continue;
        }
        if (!urls.insert(trimmed).second)
            continue;
        if (index.config.isDefault) {
            if (chosenDefault) {
                if (index.from.layer != SettingLayer::Default)
                    result.notes.push_back(
                        {Tr::tr("the default index %1 from %2 is overridden by %3 from %4")
                             .arg(redact(url), index.from.toString(),
                                  redact(chosenDefault->config.url),
                                  chosenDefault->from.toString()),
                         {},
                         index.from.file,
                         index.from.line});
                continue;
            }
            chosenDefault = index;
            continue;
        }
        result.indexes.push_back(std::move(index));
    }
    if (chosenDefault) {
        // The legacy index-url shows the default that takes effect: a [[tool.uv.index]] with
        // default = true replaces PyPI, and the built-in value is kept as what it overrides.
        auto indexUrl = std::find_if(result.settings.begin(), result.settings.end(),
                                     [](const Setting &s) { return s.key == "index-url"; });
        if (indexUrl != result.settings.end() && indexUrl->isSet()
            && indexUrl->items.front().from.layer == SettingLayer::Default
            && chosenDefault->from.layer != SettingLayer::Default) {
            indexUrl->shadowed.insert(indexUrl->shadowed.begin(), indexUrl->items.front());
            indexUrl->items.front() = SettingItem{chosenDefault->config.url, chosenDefault->from};
        }
        result.indexes.push_back(std::move(*chosenDefault));
    }
    if (result.find("no-index")->isTrue()) {
        std::erase_if(result.indexes, [](const EffectiveIndex &i) {
            return i.config.format != IndexConfig::Format::Flat;
        });
        result.notes.push_back(
            {Tr::tr("no-index is set (%1): only find-links and flat indexes are used")
                 .arg(result.find("no-index")->items.front().from.toString()),
             {},
             {},
             0});
    }
    // The environment's non-empty UV_INDEX_* variables, found once: a lookup per index in
    // QProcessEnvironment cost more than reading a file with thousands of indexes.
    QSet<QString> indexVariables;
    for (const QString &variable : env.keys()) {
        if (variable.startsWith(QLatin1String("UV_INDEX_")) && !env.value(variable).isEmpty())
            indexVariables.insert(variable);
    }
    for (EffectiveIndex &index : result.indexes) {
        if (index.config.name.empty() || indexVariables.isEmpty())
            continue;
        const QString prefix = qs(IndexConfig::credentialVariablePrefix(index.config.name));
        for (const char *suffix : {"_USERNAME", "_PASSWORD"}) {
            const QString variable = prefix + QLatin1String(suffix);
            if (indexVariables.contains(variable))
                index.credentialVariables << variable;
        }
    }
    return result;
}

QString EffectiveSettings::toText() const
{
    QString out;
    out += Tr::tr("Configuration files (lowest precedence first):") + QLatin1Char('\n');
    out += QStringLiteral("  user:    %1\n")
               .arg(userConfigFile.isEmpty() ? Tr::tr("(none)") : userConfigFile);
    out += QStringLiteral("  project: %1%2\n")
               .arg(projectConfigFile.isEmpty() ? Tr::tr("(none)") : projectConfigFile,
                    projectConfigFile.endsWith(QLatin1String("pyproject.toml"))
                        ? QStringLiteral(" [tool.uv]")
                        : QString());
    if (!notes.empty()) {
        out += QLatin1Char('\n') + Tr::tr("Notes:") + QLatin1Char('\n');
        for (const Diagnostic &n : notes) {
            out += n.file.isEmpty() ? QStringLiteral("  - %1\n").arg(n.message)
                   : n.line > 0
                       ? QStringLiteral("  - %1:%2: %3\n").arg(n.file).arg(n.line).arg(n.message)
                       : QStringLiteral("  - %1: %2\n").arg(n.file, n.message);
            if (!n.hint.isEmpty())
                out += QStringLiteral("    %1\n").arg(n.hint);
        }
    }
    out += QLatin1Char('\n') + Tr::tr("Indexes, in the order they are asked:") + QLatin1Char('\n');
    if (indexes.empty())
        out += QStringLiteral("  %1\n").arg(Tr::tr("(none)"));
    int n = 0;
    for (const EffectiveIndex &i : indexes) {
        QStringList flags;
        if (i.config.isDefault)
            flags << QStringLiteral("default");
        if (i.config.isExplicit)
            flags << QStringLiteral("explicit");
        if (i.config.format == IndexConfig::Format::Flat)
            flags << QStringLiteral("flat");
        out += QStringLiteral("  %1. %2%3%4  (%5)\n")
                   .arg(++n)
                   .arg(i.config.name.empty() ? QString() : qs(i.config.name) + QLatin1String("  "),
                        redact(i.config.url),
                        flags.isEmpty()
                            ? QString()
                            : QStringLiteral("  [%1]").arg(flags.join(QLatin1String(", "))),
                        i.from.toString());
        if (!i.credentialVariables.isEmpty())
            out += QStringLiteral("     %1\n")
                       .arg(Tr::tr("credentials from %1")
                                .arg(i.credentialVariables.join(QLatin1String(", "))));
    }
    out += QLatin1Char('\n') + Tr::tr("Settings:") + QLatin1Char('\n');
    for (const Setting &s : settings) {
        const QString key = QStringLiteral("  %1").arg(qs(s.key), -26);
        if (!s.isSet()) {
            out += key + Tr::tr("(not set)") + QLatin1Char('\n');
            continue;
        }
        if (s.isList) {
            QStringList parts;
            for (const SettingItem &item : s.items)
                parts << QStringLiteral("%1 (%2)").arg(redact(item.value), item.from.toString());
            out += key + parts.join(QLatin1String(", ")) + QLatin1Char('\n');
            continue;
        }
        out += key
               + QStringLiteral("%1  (%2)\n")
                     .arg(redact(s.value()), s.items.front().from.toString());
        for (const SettingItem &item : s.shadowed) {
            if (item.from.layer == SettingLayer::Default)
                continue;
            out += QString(28, QLatin1Char(' '))
                   + Tr::tr("overrides %1 (%2)").arg(redact(item.value), item.from.toString())
                   + QLatin1Char('\n');
        }
    }
    return out;
}

QJsonObject EffectiveSettings::toJson() const
{
    QJsonArray indexArray;
    for (const EffectiveIndex &i : indexes) {
        QJsonObject o{{QStringLiteral("url"), redact(i.config.url)},
                      {QStringLiteral("default"), i.config.isDefault},
                      {QStringLiteral("explicit"), i.config.isExplicit},
                      {QStringLiteral("format"), i.config.format == IndexConfig::Format::Flat
                                                     ? QStringLiteral("flat")
                                                     : QStringLiteral("simple")},
                      {QStringLiteral("source"), provenanceJson(i.from)},
                      {QStringLiteral("credential-variables"),
                       QJsonArray::fromStringList(i.credentialVariables)}};
        if (!i.config.name.empty())
            o.insert(QStringLiteral("name"), qs(i.config.name));
        indexArray.append(o);
    }
    QJsonObject settingsObject;
    for (const Setting &s : settings) {
        QJsonObject o;
        auto itemJson = [](const SettingItem &item) {
            return QJsonObject{{QStringLiteral("value"), redact(item.value)},
                               {QStringLiteral("source"), provenanceJson(item.from)}};
        };
        if (s.isList) {
            QJsonArray items;
            for (const SettingItem &item : s.items)
                items.append(itemJson(item));
            o.insert(QStringLiteral("items"), items);
        } else if (s.isSet()) {
            o = itemJson(s.items.front());
        } else {
            o.insert(QStringLiteral("value"), QJsonValue::Null);
        }
        QJsonArray shadowed;
        for (const SettingItem &item : s.shadowed)
            shadowed.append(itemJson(item));
        if (!shadowed.isEmpty())
            o.insert(QStringLiteral("overrides"), shadowed);
        settingsObject.insert(qs(s.key), o);
    }
    QJsonArray notesArray;
    for (const Diagnostic &n : notes)
        notesArray.append(n.message);
    return {{QStringLiteral("user-config"), userConfigFile},
            {QStringLiteral("project-config"), projectConfigFile},
            {QStringLiteral("tool-uv-ignored"), toolUvIgnored},
            {QStringLiteral("pip-config-read"), pipConfigRead},
            {QStringLiteral("notes"), notesArray},
            {QStringLiteral("indexes"), indexArray},
            {QStringLiteral("settings"), settingsObject}};
}

} // namespace Envdesk::Core
