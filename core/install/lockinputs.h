#pragma once

#include "../error.h"
#include "pylock.h"

#include <QString>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace Envdesk::Core {

class PyProject;

/**
 * What a project's lock is made from: its dependencies, every dependency group (PEP 735, with
 * include-group expanded, and uv's `dev-dependencies` as the `dev` group) and every extra
 * (`[project.optional-dependencies]`), resolved together as uv does, so that one lock serves any
 * choice of groups and extras.
 */
struct LockInputs
{
    std::vector<std::string> requirements; ///< for the resolver: all of them, as written
    /// `[tool.envdesk] requested`: the dependencies as written, then each group's and extra's
    /// with its PEP 751 marker added (`pytest ; 'dev' in dependency_groups`), so that a change
    /// of any group or extra makes the lock stale.
    std::vector<std::string> requested;
    std::vector<std::pair<std::string, std::vector<std::string>>> groups; ///< normalized names
    std::vector<std::pair<std::string, std::vector<std::string>>> extras; ///< normalized names
    std::vector<std::string> defaultGroups; ///< [tool.uv] default-groups (default: dev) that exist
    /// The project itself, installed editable by sync (PEP 660), when it is a package in uv's
    /// sense: `[tool.uv] package = true`, or a `[build-system]` unless `package = false`; and it
    /// has a static version. Its `directory` path is relative to the lock's folder.
    std::optional<LockedPackage> self;

    /** The project's inputs; an include-group cycle is an error naming the groups. */
    static Expected<LockInputs> of(const PyProject &project, const QString &lockFolder = {});

    /**
     * Gives the lock its PEP 751 keys (extras, dependency-groups, default-groups) and each
     * package not needed by the dependencies themselves a marker that says which groups or extras
     * need it (`'dev' in dependency_groups or 'docs' in extras`), and-ed with its own, so any
     * PEP 751 installer selects the same packages for the same choice.
     */
    void mark(PyLock &lock) const;

    /**
     * For a marker mark() wrote (`COND` or `(OWN) and COND`, COND naming groups and extras):
     * nullopt when `groups` and `extras` do not select it, else OWN (possibly empty). A marker of
     * another form comes back as it is.
     */
    static std::optional<std::string> selected(const std::string &marker, const std::vector<std::string> &groups,
                                               const std::vector<std::string> &extras);
};

} // namespace Envdesk::Core
