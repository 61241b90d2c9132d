#pragma once

#include "core/jobs/projectjobs.h"
#include "core/jobs/resolvejob.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace Envdesk::Core {

/** envdesk-cli resolve [REQ...] [-r FILE] [--project DIR] [--python-version X.Y] ... */
int runResolve(const QStringList &args, QTextStream &out, QTextStream &err);

/**
 * The options every command that resolves takes (resolve, lock, install): the project, indexes,
 * target, prerelease and resolution modes, exclude-newer, binary choices, cache and -v.
 */
struct ResolveCliOptions
{
    ResolveCliOptions();
    void addTo(QCommandLineParser &parser) const;
    /**
     * A request from the parsed options (all but the requirements), the modes falling back to the
     * layered settings of the project's folder. Returns the exit code on a usage error (printed).
     */
    std::variant<ResolveRequest, int> request(const QCommandLineParser &parser,
                                              const QString &projectFile, const QString &command,
                                              QTextStream &err) const;
    /**
     * --python-platform without --python-version: sets the request's version to that of the
     * interpreter it resolves for (`pythonPath`, else python3 on PATH), as uv does. Call it once
     * the interpreter is chosen. Returns 0, or the exit code of an error (printed).
     */
    int pinPlatformVersion(const QCommandLineParser &parser, ResolveRequest &request,
                           QTextStream &err) const;
    /** With -v: every index query and resolver step to `err` as it happens. */
    void connectVerbose(const QCommandLineParser &parser, ResolveJob &job, QTextStream &err) const;
    /** The same, for a lock or a sync: what -v and -vv print, and the certificate warnings. */
    ProjectWorkObserver verboseObserver(const QCommandLineParser &parser, QTextStream &err) const;

    QCommandLineOption project, indexUrl, extra, strategy, pythonVersion, pythonPlatform, python,
        prerelease, resolution, excludeNewer, noBinary, onlyBinary, noBuild, universal, refresh, offline,
        verbose;
};

/** A request with no options given: the settings' modes, the project's indexes. */
std::variant<ResolveRequest, int> defaultResolveRequest(const QString &projectFile,
                                                        const QString &command, QTextStream &err);


/**
 * Prints the outcome's warnings; for a failure, the explanation (no solution: exit code 1) or the
 * error (exit code 2). Returns 0 when the outcome is a resolution.
 */
int reportOutcome(const ResolveOutcome &outcome, QTextStream &err);

} // namespace Envdesk::Core
