#pragma once

#include "../error.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace Envdesk::Core {

/**
 * A PEP 440 version, parsed and normalized exactly as the `packaging` library does.
 *
 * Ordering follows PEP 440 (and packaging's `_cmpkey`): epoch, release with trailing zeros
 * ignored, then dev < pre < final < post, and a local label sorts after the same public version.
 *
 * Besides real versions, a Version can be a *bound sentinel* (see makeMin()/makeMax()): a point
 * just below or above every real version sharing a release prefix. Sentinels never come out of
 * parse(); VersionRange uses them to express PEP 440's exclusive-comparison rules as intervals.
 *
 * Numbers are limited to 64 bits; longer numbers are rejected with an error (packaging accepts
 * them; no published distribution uses them).
 *
 * Value type, cheap to copy, safe across threads.
 */
class Version
{
public:
    enum class PreKind : std::uint8_t { Alpha, Beta, Rc };
    using LocalSegment = std::variant<std::uint64_t, std::string>;

    /** 0 */
    Version() = default;
    /** A final release, e.g. Version({1, 2}) is 1.2. */
    explicit Version(std::vector<std::uint64_t> release, std::uint64_t epoch = 0);

    /** Parses any spelling PEP 440 accepts (`v1.0`, `1.0-1`, `1.0.ALPHA2`, surrounding space). */
    static Expected<Version> parse(std::string_view text);

    std::uint64_t epoch() const { return m_epoch; }
    const std::vector<std::uint64_t> &release() const { return m_release; }
    std::optional<std::pair<PreKind, std::uint64_t>> pre() const;
    std::optional<std::uint64_t> post() const;
    std::optional<std::uint64_t> dev() const;
    const std::vector<LocalSegment> &local() const { return m_local; }

    bool isPrerelease() const { return m_hasDev || m_hasPre; } ///< dev or pre (PEP 440)
    bool isPostrelease() const { return m_hasPost; }
    bool isDevrelease() const { return m_hasDev; }
    bool hasLocal() const { return !m_local.empty(); }
    bool isSentinel() const { return m_sentinel != Sentinel::None; }

    /** Without the local label. */
    Version publicVersion() const;
    /** Epoch and release only ("base_version"). */
    Version baseVersion() const;
    /** The same version with a new release segment (epoch, suffixes and local kept). */
    Version withRelease(std::vector<std::uint64_t> release) const;

    /** Normalized form, as `str(packaging.version.Version(...))`. */
    std::string toString() const;
    /** The public part of toString(). */
    std::string publicString() const;

    /**
     * Sentinel below every real version whose epoch and release equal this one's (trailing zeros
     * ignored), including its dev and pre releases: `< makeMin(1.0)` is "older than anything 1.0".
     */
    Version makeMin() const;
    /**
     * Sentinel above every real version that has this one's epoch, release, pre and dev segments,
     * whatever its post and local parts: `> 1.0.makeMax()` excludes 1.0.post1 and 1.0+local.
     * When `wholeRelease` is true the sentinel is above every version with this release.
     */
    Version makeMax(bool wholeRelease = false) const;
    /** Sentinel just above this version's local variants (`==1.0` covers [1.0, 1.0.localMax]). */
    Version makeLocalMax() const;

    std::strong_ordering operator<=>(const Version &other) const;
    bool operator==(const Version &other) const { return (*this <=> other) == 0; }

    std::size_t hash() const;

private:
    enum class Sentinel : std::uint8_t { None, Min, Max, MaxRelease, LocalMax };

    std::vector<std::uint64_t> m_release{0};
    std::vector<LocalSegment> m_local;
    std::uint64_t m_epoch = 0;
    std::uint64_t m_pre = 0;
    std::uint64_t m_post = 0;
    std::uint64_t m_dev = 0;
    PreKind m_preKind = PreKind::Alpha;
    bool m_hasPre = false;
    bool m_hasPost = false;
    bool m_hasDev = false;
    Sentinel m_sentinel = Sentinel::None;
};

} // namespace Envdesk::Core

template<>
struct std::hash<Envdesk::Core::Version>
{
    std::size_t operator()(const Envdesk::Core::Version &v) const noexcept { return v.hash(); }
};
