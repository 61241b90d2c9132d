#pragma once

#include "marker.h"
#include "specifier.h"

#include <string>
#include <string_view>
#include <vector>

namespace Envdesk::Core {

/**
 * A PEP 508 dependency specification: `name[extra1,extra2] (>=1.0,<2) ; python_version < "3.11"`
 * or `name @ https://host/file.whl ; sys_platform == "linux"`, parsed as packaging's `Requirement`.
 *
 * Value type, safe across threads.
 */
class Requirement
{
public:
    static Expected<Requirement> parse(std::string_view text);

    /** The name as written. */
    const std::string &name() const { return m_name; }
    /** PEP 503 normalized name. */
    std::string normalizedName() const;
    /** Extras as written, sorted as packaging sorts them in str(). */
    const std::vector<std::string> &extras() const { return m_extras; }
    const SpecifierSet &specifiers() const { return m_specifiers; }
    /** The URL of a direct reference (`name @ url`), empty if none. */
    const std::string &url() const { return m_url; }
    const Marker &marker() const { return m_marker; }
    bool hasMarker() const { return !m_marker.isEmpty(); }

    /** As `str(packaging.requirements.Requirement(...))`. */
    std::string toString() const;

    friend bool operator==(const Requirement &, const Requirement &) = default;

    // Setters for building requirements in code (e.g. the resolver adding extras).
    void setName(std::string name) { m_name = std::move(name); }
    void setExtras(std::vector<std::string> extras) { m_extras = std::move(extras); }
    void setSpecifiers(SpecifierSet specifiers) { m_specifiers = std::move(specifiers); }
    void setUrl(std::string url) { m_url = std::move(url); }
    void setMarker(Marker marker) { m_marker = std::move(marker); }

private:
    std::string m_name;
    std::vector<std::string> m_extras;
    SpecifierSet m_specifiers;
    std::string m_url;
    Marker m_marker;
};

} // namespace Envdesk::Core
