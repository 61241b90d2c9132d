#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace Envdesk::Core {

/** What kind of failure an Error describes; callers branch on this, never on the message. */
enum class ErrorCode {
    InvalidVersion,
    InvalidSpecifier,
    InvalidRequirement,
    InvalidMarker,
    InvalidName,
    InvalidFilename,
    InvalidTag,
    InvalidMetadata,
    UndefinedComparison, ///< a marker compared values that PEP 508 cannot compare
    ProbeFailed,         ///< an interpreter could not be run or answered nonsense
    InvalidToml,         ///< a TOML file does not parse
    InvalidProject,      ///< pyproject.toml parses but a value is wrong (type, reference, ...)
    EditFailed,          ///< an edit cannot be made in this file's layout
    FileChanged,         ///< the file changed on disk since it was read
    InvalidIndexResponse, ///< an index answered something that is not a simple API page
    Network,             ///< connection failed, reset, redirect loop, truncated body
    Timeout,             ///< no connection or no progress within the time allowed
    Tls,                 ///< TLS handshake or certificate verification failed
    HashMismatch,        ///< a download does not match the hash it was listed with
    Cancelled,           ///< the user or caller cancelled
    AccessDenied,        ///< an index refused us (401/403) and the rules say stop
    InvalidArchive,      ///< a wheel or sdist is damaged or hostile
    NeedsBuild,          ///< metadata is only available by building the sdist
    Keychain,            ///< the OS keychain is missing, locked or failed
    Proxy,               ///< the proxy refused, failed or wants authentication
    InvalidConfig,       ///< a configuration file other than pyproject.toml is wrong (.netrc, pip.conf)
    NoSolution,          ///< the requirements cannot all be met (the message is the explanation)
    LockOutdated,        ///< the lock does not match the project, and the caller forbade locking
    BuildFailed,         ///< a PEP 517 backend could not be run or failed to build a source tree
    Io,
};

/**
 * A failure a user can act on: a translated message, an optional hint saying what to do, and
 * where the bad input was (a file and line, or a column inside a single string).
 *
 * Value type; safe to copy across threads.
 */
struct Error
{
    ErrorCode code = ErrorCode::Io;
    QString message; ///< translated, one sentence, names the offending text
    QString hint;    ///< translated, what to do about it; may be empty
    QString file;    ///< file the input came from; empty when not from a file
    int line = 0;    ///< 1-based line in file, 0 when unknown
    int column = 0;  ///< 1-based column (character position) of the offending text, 0 when unknown
    /// A fix the window can offer as a button (the hint says it in words).
    enum class Fix { None, TrustCa } fix = Fix::None;

    /** "file:line:column: message (hint)" with the parts that are known. */
    QString toString() const;

    /** The same error, located in a file: keeps the column, sets file and line. */
    Error at(const QString &fileName, int lineNumber) const;
};

/** Result of an operation that can fail. */
template<typename T>
using Expected = std::expected<T, Error>;

/** Shorthand for returning an error from a function that returns Expected<T>. */
inline std::unexpected<Error> fail(ErrorCode code, const QString &message,
                                   const QString &hint = {}, int column = 0)
{
    return std::unexpected(Error{code, message, hint, {}, 0, column});
}

} // namespace Envdesk::Core
