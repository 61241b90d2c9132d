#pragma once

#include "../error.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <string>

namespace Envdesk::Core {

/** A commit of a git repository checked out in the cache. */
struct GitCheckout
{
    QString path;       ///< the working tree, read-only by convention: shared by every user of the commit
    std::string commit; ///< the full commit id the revision named
};

/**
 * Checks out `revision` (a branch, a tag, a commit id; empty: the remote's HEAD) of the git
 * repository at `url`, with the `git` program: one bare clone per repository under
 * `cacheDir`/git-v1/db (fetched again each time a branch or tag is asked for, so that it moves),
 * one working tree per commit under `cacheDir`/git-v1/checkouts (made once, in a temporary folder
 * renamed into place). git finds credentials itself (its credential helper, ssh keys); it never
 * prompts (GIT_TERMINAL_PROMPT=0), and a URL carrying a password is refused before git runs, so
 * that no secret is ever a process argument. Errors name the URL (without user info), the
 * revision and git's own last lines. `cancelled` is polled while git runs.
 */
Expected<GitCheckout> checkoutGit(const QUrl &url, const std::string &revision,
                                  const QString &cacheDir,
                                  const std::function<bool()> &cancelled = {});

} // namespace Envdesk::Core
