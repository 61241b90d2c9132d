#pragma once

#include "projecttypes.h"

#include "../error.h"

#include <QString>

#include <string>
#include <vector>

namespace Envdesk::Core {

class PyProject;

/**
 * What an existing pip or pipenv setup says, ready to go into a pyproject.toml: indexes,
 * insecure hosts, per-package index pins, dependencies, certificates. Read from a pip.conf /
 * pip.ini, a Pipfile, or a requirements file (its options and its requirements).
 *
 * Credentials found in a URL never travel: they are stripped, and a warning names the variables
 * (or the keychain command) that should hold them. `verify_ssl = false` and trusted-host become
 * insecure hosts, with a warning, since they turn certificate checks off.
 */
struct ImportPlan
{
    enum class Format { PipConf, Pipfile, Requirements };

    Format format = Format::PipConf;
    QString file;
    std::vector<IndexConfig> indexes; ///< in priority order; at most one default
    std::vector<std::string> insecureHosts;
    std::vector<std::string> findLinks;
    std::vector<std::string> dependencies; ///< [project] dependencies
    std::vector<std::string>
        devDependencies; ///< the "dev" dependency group (Pipfile [dev-packages])
    /**
     * `[tool.uv.sources]` entries: index pins (naming the plan's index) and git, url and path
     * sources. A path is absolute here; applyImport writes it relative to the project's folder.
     */
    std::vector<SourcePin> sources;
    std::string caBundle;   ///< pip's cert: becomes each imported index's ca-bundle
    std::string clientCert; ///< pip's client-cert
    std::vector<Diagnostic> warnings;
};

/** Reads `path`, choosing the format from its name (pip.conf, pip.ini, Pipfile, *.txt, *.in). */
Expected<ImportPlan> readImport(const QString &path);
Expected<ImportPlan> readPipConf(const std::string &text, const QString &fileName);
Expected<ImportPlan> readPipfile(const std::string &text, const QString &fileName);
/** A requirements file; `-r` / `-c` includes are read relative to its folder. */
Expected<ImportPlan> readRequirements(const QString &path);

/**
 * Applies `plan` to `project` (in memory; the caller saves). Skips what the project already has
 * (an index with the same URL, a dependency on the same package) and reports what it did.
 * All or nothing: on an error the project is as it was.
 */
Expected<std::vector<QString>> applyImport(PyProject &project, const ImportPlan &plan);

} // namespace Envdesk::Core
