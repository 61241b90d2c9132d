#pragma once

#include "marker.h"
#include "tag.h"

#include <QString>

#include <map>
#include <string>

namespace Envdesk::Core {

/** What a Python interpreter says about itself. Value type. */
struct InterpreterInfo
{
    QString path;          ///< as given
    QString executable;    ///< sys.executable
    std::string version;   ///< "3.12.1", "3.13.0rc1"
    int major = 0;
    int minor = 0;
    int micro = 0;
    std::string releaseLevel; ///< "final", "candidate", ...
    std::string implementation; ///< sys.implementation.name ("cpython", "pypy")
    QString prefix;
    QString basePrefix;
    std::map<std::string, QString> paths; ///< sysconfig paths: purelib, platlib, scripts, include, data, stdlib
    MarkerEnvironment markers;
    TagEnvironment tags;

    bool isVirtualEnvironment() const { return prefix != basePrefix; }
    /** The tags it supports, best first (packaging's sys_tags()). */
    std::vector<Tag> supportedTags() const { return Envdesk::Core::supportedTags(tags); }
};

/**
 * Runs the interpreter at `path` (no shell; `-E -s`, so neither PYTHON* variables nor the user's
 * site-packages interfere) with a small script that works on Python 2.7 and 3.x, and reads back
 * its version, implementation, prefixes, sysconfig paths, marker environment and the facts its
 * supported tags depend on. Errors name the path and what went wrong: not found, not executable,
 * timed out, or an answer that is not the probe's.
 */
Expected<InterpreterInfo> probeInterpreter(const QString &path, int timeoutMs = 15000);

/** The probe's answer (its JSON output) read back: what probeInterpreter() does after running it. */
Expected<InterpreterInfo> interpreterFromProbeOutput(const QString &path, const QByteArray &output);

/** The probe script's JSON output for `path`, for caching; runs it as probeInterpreter() does. */
Expected<QByteArray> runInterpreterProbe(const QString &path, int timeoutMs = 15000);

} // namespace Envdesk::Core
