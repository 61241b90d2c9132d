#pragma once

#include "projecttypes.h"

#include "../error.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>

#include <string>
#include <vector>

namespace Envdesk::Core {

/** Where a setting's value came from, lowest precedence first. */
enum class SettingLayer {
    Default,        ///< built in
    UserConfig,     ///< $XDG_CONFIG_HOME/uv/uv.toml
    ProjectConfig,  ///< the project's uv.toml, or else [tool.uv] in its pyproject.toml
    PipEnvironment, ///< PIP_*, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE (uv does not read these)
    Environment,    ///< UV_*, SSL_*, NETRC, proxies
    CommandLine,
};

/** A value's origin: a file and line, a variable, an option, or the built-in default. */
struct Provenance
{
    SettingLayer layer = SettingLayer::Default;
    QString file;     ///< UserConfig, ProjectConfig
    int line = 0;     ///< UserConfig, ProjectConfig
    QString variable; ///< Environment, PipEnvironment: the variable; CommandLine: the option

    /** "pyproject.toml:12", "UV_INDEX_URL", "--index-strategy", "default". */
    QString toString() const;
    friend bool operator==(const Provenance &, const Provenance &) = default;
};

/** One value of a setting (a list setting has several), with its origin. */
struct SettingItem
{
    std::string value;
    Provenance from;
};

/**
 * One effective setting. A scalar has one item: the one with the highest precedence; the values
 * it overrides are kept in `shadowed`, so a settings view can say why. A list's items come from
 * every layer that sets it, highest first, as uv concatenates arrays.
 */
struct Setting
{
    std::string key; ///< uv's name ("index-strategy"), or envdesk's for environment-only values
    bool isList = false;
    std::vector<SettingItem> items;
    std::vector<SettingItem> shadowed;

    bool isSet() const { return !items.empty(); }
    /** The value (first item), or "" when unset. */
    const std::string &value() const;
    bool isTrue() const { return isSet() && value() == "true"; }
};

/** An index in the order it is asked, with where it was defined. */
struct EffectiveIndex
{
    IndexConfig config;
    Provenance from;
    /** UV_INDEX_<NAME>_USERNAME / _PASSWORD that are set (names only; the values are never kept).
     */
    QStringList credentialVariables;
};

/** What resolveSettings() reads. Everything is explicit, so tests need no real home or environment.
 */
struct SettingsInputs
{
    QString projectDir; ///< empty: no project
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    /** The user-level uv.toml; empty: $XDG_CONFIG_HOME/uv/uv.toml or ~/.config/uv/uv.toml. */
    QString userConfigFile;
    /** Command-line values by uv's setting key; list settings may repeat a key. */
    std::vector<std::pair<std::string, std::string>> commandLine;
    /** The command line's --index values (URL or NAME=URL), and --default-index. */
    QStringList commandLineIndexes;
    QString commandLineDefaultIndex;
    /** false: ignore pip's variables whatever the project says (--no-pip-config). */
    bool readPipConfig = true;
};

/**
 * The effective settings of a project, layered as uv layers them (built-in defaults, user
 * uv.toml, project uv.toml or [tool.uv], environment, command line), plus pip's variables just
 * below uv's own so an existing pip setup works from the first run (`[tool.envdesk]
 * read-pip-config = false` turns that off). Every value carries its provenance.
 */
struct EffectiveSettings
{
    std::vector<Setting> settings; ///< every known key, in a fixed order, set or not
    std::vector<EffectiveIndex> indexes;
    /** Things the user should know: a [tool.uv] ignored because uv.toml exists, pip values read,
     * ... */
    std::vector<Diagnostic> notes;
    QString userConfigFile;    ///< the file read, or empty
    QString projectConfigFile; ///< uv.toml or pyproject.toml, or empty
    bool toolUvIgnored = false;
    bool pipConfigRead = false;

    const Setting *find(std::string_view key) const;
    QString toText() const;
    QJsonObject toJson() const;
};

/** Reads the files and variables `inputs` names. Fails, naming file and line, on a bad file. */
Expected<EffectiveSettings> resolveSettings(const SettingsInputs &inputs);

/** The user-level uv.toml that uv reads under `environment`. */
QString userUvConfigPath(const QProcessEnvironment &environment);

} // namespace Envdesk::Core
