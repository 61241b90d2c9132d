#pragma once

#include "requirement.h"
#include "version.h"

#include <QByteArray>
#include <QStringList>

#include <string>
#include <vector>

namespace Envdesk::Core {

/**
 * Core metadata (a wheel's METADATA, an sdist's PKG-INFO, a PEP 658 `.metadata` file), versions
 * 1.0 to 2.4: RFC 822-style `Field: value` lines, continuation lines, repeated fields, and the
 * body after the first blank line as the description (2.1+).
 *
 * Field names compare case-insensitively. Bytes that are not UTF-8 are replaced (U+FFFD) and
 * reported as a warning naming the line; nothing in the input can make parsing crash.
 *
 * Value type.
 */
class CoreMetadata
{
public:
    /** Errors name the file (when given), the line and the field. */
    static Expected<CoreMetadata> parse(const QByteArray &bytes, const QString &fileName = {});

    const std::string &metadataVersion() const { return m_metadataVersion; }
    const std::string &name() const { return m_name; }
    const Version &version() const { return m_version; }

    /** Every field in file order, names as written. */
    const std::vector<std::pair<std::string, std::string>> &fields() const { return m_fields; }
    /** All values of a field (case-insensitive name). */
    std::vector<std::string> values(std::string_view field) const;
    /** The first value of a field, or an empty string. */
    std::string value(std::string_view field) const;

    std::string summary() const { return value("Summary"); }
    /** The Description field, or (2.1+) the body after the headers. */
    const std::string &description() const { return m_description; }
    std::string descriptionContentType() const { return value("Description-Content-Type"); }

    /** Requires-Dist, each parsed; the first bad one is an error naming its line. */
    Expected<std::vector<Requirement>> requiresDist() const;
    /** Requires-Python, or an empty (all-admitting) set when absent. */
    Expected<SpecifierSet> requiresPython() const;
    /** Provides-Extra; normalized (PEP 685) for metadata 2.3 and later. */
    std::vector<std::string> providesExtra() const;
    /** Dynamic (2.2+): the fields a build may still fill in. */
    std::vector<std::string> dynamic() const { return values("Dynamic"); }

    const QStringList &warnings() const { return m_warnings; }

private:
    std::string m_metadataVersion;
    std::string m_name;
    Version m_version;
    std::vector<std::pair<std::string, std::string>> m_fields;
    std::vector<int> m_lines; ///< line of each field
    std::string m_description;
    QString m_fileName;
    QStringList m_warnings;
};

} // namespace Envdesk::Core
