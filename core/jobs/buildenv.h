#pragma once

#include "../cancel.h"
#include "../error.h"
#include "../resolve/directsource.h"

#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace Envdesk::Core {

/**
 * What PEP 517 builds need from the rest of envdesk: `requirements` resolved from the project's
 * indexes (`projectFile`, which may be empty: then the user's settings and PyPI's default) for the
 * interpreter of the build environment at `venvPath`, and installed into it. Wheels only: a build
 * requirement is not itself built from source. Runs in the calling thread (a resolve job of its
 * own, waited for); `progress` gets one line per step.
 */
Expected<void> installBuildRequirements(const std::vector<std::string> &requirements,
                                        const QString &venvPath, const QString &projectFile,
                                        const std::function<void(const QString &)> &progress = {},
                                        const CancelToken &cancel = {});

/** The base interpreter the virtual environment at `venvPath` was made from; empty when unknown. */
QString baseInterpreterOf(const QString &venvPath);

/**
 * The metadata of a folder or sdist that only its build backend can tell: its
 * prepare_metadata_for_build_wheel hook (or a built wheel's) run in an isolated environment made
 * from `basePython`, the build requirements installed with installBuildRequirements.
 */
Expected<DirectPackage> builtMetadata(const DirectSource &source, const QString &basePython,
                                      const QString &projectFile,
                                      const std::function<void(const QString &)> &output,
                                      const CancelToken &cancel);

} // namespace Envdesk::Core
