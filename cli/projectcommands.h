#pragma once

#include "core/error.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Envdesk::Core {

class PyProject;

/**
 * Parses `args` (the words after the command) with `parser`, which gets a --help option; on a bad
 * option prints the problem and sets *exitCode to 2, on --help prints the help and sets it to 0;
 * returns whether the command should go on.
 */
bool cliParse(QCommandLineParser &parser, const QString &command, const QStringList &args,
              QTextStream &out, QTextStream &err, int *exitCode);
/**
 * Why `--project given` names no project: it does not exist, or is a symbolic link that leads
 * nowhere (a loop); empty when it exists. Never a reason to fall back to another folder.
 */
QString missingProject(const QString &given);
/** Prints "error: ..." with the error's file, line, hint; returns the exit code 2. */
int cliReport(const Error &error, QTextStream &err);

/** --project DIR, as every project command takes it. */
QCommandLineOption projectOption();
/** --compile-bytecode, as install and sync take it. */
QCommandLineOption compileBytecodeOption();
/** Writes each line to `stream` as it comes (progress from the core). */
std::function<void(const QString &)> cliLines(QTextStream &stream);
/** Prints the project's warnings as "warning: FILE:LINE: ...". */
void cliPrintWarnings(const PyProject &project, QTextStream &err);

/** The pyproject.toml `given` names (a file or a folder), or the nearest one upwards from here. */
QString findProjectFile(const QString &given);

/** envdesk-cli add REQ... [--optional EXTRA | --group G] [--index NAME] [--frozen] [--project DIR]
 */
int runAdd(const QStringList &args, QTextStream &out, QTextStream &err);
/** envdesk-cli remove PKG... [--optional EXTRA | --group G] [--frozen] [--project DIR] */
int runRemove(const QStringList &args, QTextStream &out, QTextStream &err);
/** envdesk-cli index add|remove ... */
int runIndex(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Envdesk::Core
