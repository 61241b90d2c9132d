#pragma once

#include "../error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Envdesk::Core {

/** One distribution file of a project on an index, as the simple API describes it. */
struct DistributionFile
{
    std::string filename;
    QUrl url;                                  ///< absolute, fragment removed
    std::map<std::string, std::string> hashes; ///< algorithm (lower case) -> hex digest
    std::string requiresPython;                ///< as given; empty when none
    bool yanked = false;                       ///< PEP 592
    std::string yankedReason;
    bool hasMetadata = false;                  ///< PEP 658/714: `<url>.metadata` exists
    std::map<std::string, std::string> metadataHashes;
    std::optional<qint64> size;                ///< PEP 700
    QDateTime uploadTime;                      ///< PEP 700; invalid when not given

    QUrl metadataUrl() const;
    friend bool operator==(const DistributionFile &, const DistributionFile &) = default;
};

/** A project's page on one index: its files, and the versions PEP 700 lists. */
struct ProjectPage
{
    std::string name;
    std::vector<DistributionFile> files;
    std::vector<std::string> versions; ///< PEP 700 "versions" (JSON only)
    std::string apiVersion;            ///< "1.0", "1.1", ...; empty for HTML without the meta tag
    bool isJson = false;
};

/** The content types envdesk asks an index for, best first (PEP 691 JSON, then HTML). */
QByteArray simpleApiAcceptHeader();

/**
 * Parses a project page. `contentType` picks the format (PEP 691 JSON or PEP 503 HTML; HTML is
 * read tolerantly: any anchors, entities, relative URLs, a <base href>); `pageUrl` resolves
 * relative links. Errors name the URL and what is wrong.
 */
Expected<ProjectPage> parseProjectPage(const QByteArray &body, const QString &contentType,
                                       const QUrl &pageUrl);

/** Parses the root listing (`/simple/`): the project names it lists. */
Expected<std::vector<std::string>> parseRootPage(const QByteArray &body, const QString &contentType,
                                                 const QUrl &pageUrl);

} // namespace Envdesk::Core
