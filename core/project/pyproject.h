#pragma once

#include "projecttypes.h"
#include "tomldocument.h"

#include <QDateTime>
#include <QString>

namespace Envdesk::Core {

/** The `[[tool.uv.index]]` (or uv.toml `[[index]]`) entries of an array of tables, in file order. */
std::vector<IndexConfig> indexesIn(const TomlValue *list);

/** Which list of requirements an edit goes to. */
struct DependencyTarget
{
    enum class Kind { Main, Extra, Group };
    Kind kind = Kind::Main;
    std::string name; ///< the extra or group name

    static DependencyTarget main() { return {}; }
    static DependencyTarget extra(std::string n) { return {Kind::Extra, std::move(n)}; }
    static DependencyTarget group(std::string n) { return {Kind::Group, std::move(n)}; }
};

/**
 * A project's pyproject.toml in the schema uv uses: `[project]`, `[dependency-groups]`,
 * `[tool.uv]` (indexes, sources, settings) and envdesk's own `[tool.envdesk]`.
 *
 * Loading validates every field envdesk reads and fails with file, line and column on the first
 * error; problems that do not stop work (unknown keys, credentials inside an index URL) become
 * warnings(). Every edit goes through TomlDocument, so it changes only the bytes of what it edits,
 * and is checked by validating the edited file before it is accepted: a rejected edit leaves the
 * project as it was. save() writes atomically and refuses to overwrite a file that changed on disk
 * since it was read.
 *
 * Value type; use from one thread at a time.
 */
class PyProject
{
public:
    PyProject() = default;

    /** Reads `path`: a pyproject.toml, or a directory that holds one. */
    static Expected<PyProject> load(const QString &path);
    /** Validates text as the content of `fileName` (nothing is read or written). */
    static Expected<PyProject> fromText(std::string text, const QString &fileName);
    /**
     * A new project for the folder `dir`, not yet written: `[project]` with `name`, version 0.1.0,
     * `requires-python` (when given) and no dependencies. save() creates pyproject.toml and
     * refuses, writing nothing, when the folder already has one.
     */
    static Expected<PyProject> newProject(const QString &dir, const std::string &name,
                                          const std::string &requiresPython);

    const TomlDocument &document() const { return m_document; }
    const std::string &text() const { return m_document.text(); }
    const QString &filePath() const { return m_filePath; }
    const std::vector<Diagnostic> &warnings() const { return m_warnings; }
    bool isModified() const { return m_modified; }

    std::string name() const;
    std::string version() const;
    std::string requiresPython() const;
    std::vector<std::string> dependencies() const;
    std::vector<std::pair<std::string, std::vector<std::string>>> optionalDependencies() const;
    /** Each group's entries: a requirement, or "include-group:NAME" for an inclusion. */
    std::vector<std::pair<std::string, std::vector<std::string>>> dependencyGroups() const;
    std::vector<IndexConfig> indexes() const;
    std::vector<SourcePin> sources() const;
    /** A key of `[tool.uv]`, or nullptr. */
    const TomlValue *uvSetting(std::string_view key) const;
    /** A key of `[tool.envdesk]`, or nullptr. */
    const TomlValue *envdeskSetting(std::string_view key) const;

    Expected<void> addDependency(const std::string &requirement,
                                 const DependencyTarget &target = DependencyTarget::main());
    /** Removes every requirement on `package` (name compared after PEP 503 normalization). */
    Expected<void> removeDependency(const std::string &package,
                                    const DependencyTarget &target = DependencyTarget::main());
    Expected<void> addIndex(const IndexConfig &index);
    Expected<void> removeIndex(const std::string &name);
    /** Moves the index at `from` (file order, as indexes() lists them) to `to`: its priority. */
    Expected<void> moveIndex(std::size_t from, std::size_t to);
    /**
     * Sets (or, given nullopt, removes) `key` of the index at `position` (file order). The edit
     * is validated like the whole file: a bad URL or a second default index is refused. A new
     * `name` is written into the `[tool.uv.sources]` pins of the old one in the same edit.
     */
    Expected<void> setIndexField(std::size_t position, const std::string &key,
                                 const std::optional<TomlValue> &value);
    /** Pins `package` to the index `indexName` in `[tool.uv.sources]`. */
    Expected<void> pinPackage(const std::string &package, const std::string &indexName);
    /**
     * Sets the source of `source.package` in `[tool.uv.sources]` (replacing one already there) as
     * uv writes it: `{ index }`, `{ git, rev | tag | branch, subdirectory }`, `{ url, subdirectory }`
     * or `{ path, editable }`, with marker, extra or group. What uv would refuse is refused here:
     * an unknown index, an editable git or URL source, more than one of rev / tag / branch.
     */
    Expected<void> setSource(const SourcePin &source);
    Expected<void> unpinPackage(const std::string &package);
    Expected<void> setUvSetting(const std::string &key, const TomlValue &value);
    Expected<void> unsetUvSetting(const std::string &key);
    Expected<void> addInsecureHost(const std::string &host);
    /** Appends `value` to the list setting `key` of `[tool.uv]` (find-links, ...) unless it is there. */
    Expected<void> appendUvListItem(const std::string &key, const std::string &value);
    /** Sets `key` of `[tool.envdesk.index.NAME]` (ca-bundle, client-cert, verify, ...). */
    Expected<void> setEnvdeskIndexSetting(const std::string &indexName, const std::string &key,
                                          const TomlValue &value);
    /** Removes `key` of `[tool.envdesk.index.NAME]` (nothing to do when it is not set). */
    Expected<void> unsetEnvdeskIndexSetting(const std::string &indexName, const std::string &key);
    /** Removes `host` from `allow-insecure-host` (nothing to do when it is not there). */
    Expected<void> removeInsecureHost(const std::string &host);
    /** Removes a user name and password embedded in the index's URL. */
    Expected<void> stripIndexCredentials(const std::string &indexName);

    /**
     * Writes the file atomically. Fails with ErrorCode::FileChanged, writing nothing, when the
     * file on disk is no longer what was read (the caller can reload).
     */
    Expected<void> save();
    /**
     * Takes what `other`, a version of this same file, knows about the file on disk: after an undo
     * or redo swaps in an older version, save() still checks against what was last written.
     */
    void adoptDiskState(const PyProject &other);

private:
    Expected<void> adopt(Expected<TomlDocument> edited);

    TomlDocument m_document;
    QString m_filePath;
    std::string m_diskText; ///< what was read from disk, to notice changes made by others
    bool m_onDisk = false;
    bool m_modified = false;
    std::vector<Diagnostic> m_warnings;
};

/**
 * A uv.toml (user-level or the project's): the settings of `[tool.uv]` at the top level, indexes
 * as `[[index]]`. Validated as pyproject.toml's `[tool.uv]` is, with file, line and column.
 * Read-only for now. Value type.
 */
class UvConfig
{
public:
    static Expected<UvConfig> load(const QString &path);
    static Expected<UvConfig> fromText(std::string text, const QString &fileName);

    const TomlDocument &document() const { return m_document; }
    const QString &filePath() const { return m_filePath; }
    const std::vector<Diagnostic> &warnings() const { return m_warnings; }
    std::vector<IndexConfig> indexes() const;
    /** A top-level setting, or nullptr. */
    const TomlValue *setting(std::string_view key) const;

private:
    TomlDocument m_document;
    QString m_filePath;
    std::vector<Diagnostic> m_warnings;
};

} // namespace Envdesk::Core
