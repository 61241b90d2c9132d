#pragma once

#include "../error.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Envdesk::Core {

/**
 * The values PEP 508 environment markers are evaluated against, as packaging's
 * `default_environment()` reports them for one interpreter.
 */
struct MarkerEnvironment
{
    std::string implementationName;           ///< implementation_name, e.g. "cpython"
    std::string implementationVersion;        ///< implementation_version, e.g. "3.12.1"
    std::string osName;                       ///< os_name, e.g. "posix"
    std::string platformMachine;              ///< platform_machine, e.g. "x86_64"
    std::string platformRelease;              ///< platform_release, e.g. "6.1.0-13-amd64"
    std::string platformSystem;               ///< platform_system, e.g. "Linux"
    std::string platformVersion;              ///< platform_version
    std::string pythonFullVersion;            ///< python_full_version, e.g. "3.12.1"
    std::string platformPythonImplementation; ///< platform_python_implementation, e.g. "CPython"
    std::string pythonVersion;                ///< python_version, e.g. "3.12"
    std::string sysPlatform;                  ///< sys_platform, e.g. "linux"
    /// PEP 751's set-valued variables, for a lock's markers: the extras and dependency groups an
    /// installer was asked for (normalized names); `'x' in extras` is false when x is not here.
    std::vector<std::string> extras;
    std::vector<std::string> dependencyGroups;

    /** The value of a canonical marker variable name ("python_version"), or nullopt if unknown. */
    std::optional<std::string> value(std::string_view variable) const;

    friend bool operator==(const MarkerEnvironment &, const MarkerEnvironment &) = default;
};

/**
 * A PEP 508 environment marker expression (`python_version < "3.11" and extra == "test"`),
 * parsed and evaluated exactly as packaging's `Marker`: version comparisons through PEP 440
 * specifiers when both sides parse, string comparisons otherwise, `extra` values compared after
 * PEP 503 name normalization, the legacy variable spellings (`os.name`, `python_implementation`)
 * accepted and normalized.
 *
 * Value type (immutable, shared tree), safe across threads.
 */
class Marker
{
public:
    Marker(); ///< the empty marker, which is always true
    static Expected<Marker> parse(std::string_view text);

    bool isEmpty() const;

    /**
     * Evaluates against `env`. `extra` is the value of the `extra` variable (packaging uses ""
     * when none is given). Fails with ErrorCode::UndefinedComparison where packaging raises
     * UndefinedComparison (e.g. `"a" ~= "b"`), and with InvalidVersion where packaging raises it.
     */
    Expected<bool> evaluate(const MarkerEnvironment &env, std::string_view extra = {}) const;

    /** Normalized spelling, as `str(packaging.markers.Marker(...))`. */
    std::string toString() const;

    friend bool operator==(const Marker &a, const Marker &b) { return a.toString() == b.toString(); }

    struct Node; ///< implementation detail: the parsed expression tree

private:
    friend class Requirement;
    friend class MarkerSet;
    // For the requirement parser: a marker that starts at the lexer's position and may be
    // followed by more text.
    static Expected<std::shared_ptr<Node>> parseMarkerAt(class MarkerLexer &lexer);
    static Marker fromNode(std::shared_ptr<Node> node);

    std::shared_ptr<const Node> m_root;
};

} // namespace Envdesk::Core
