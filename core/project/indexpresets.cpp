#include "indexpresets.h"

#include <QCoreApplication>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Project)
};

} // namespace

QList<IndexPreset> indexPresets()
{
    return {
        {QStringLiteral("pypi"), Tr::tr("PyPI (the public index)"), {}, {}, Tr::tr("No credentials.")},
        {QStringLiteral("nexus"), Tr::tr("Sonatype Nexus"), QStringLiteral("nexus"),
         QStringLiteral("https://{host}/repository/{repository}/simple"),
         Tr::tr("A Nexus user and password, or a user token (its name code and pass code).")},
        {QStringLiteral("artifactory"), Tr::tr("JFrog Artifactory"), QStringLiteral("artifactory"),
         QStringLiteral("https://{host}/artifactory/api/pypi/{repository}/simple"),
         Tr::tr("Your user name and an identity token (or API key) from your Artifactory profile.")},
        {QStringLiteral("azure"), Tr::tr("Azure Artifacts"), QStringLiteral("azure"),
         QStringLiteral(
             "https://pkgs.dev.azure.com/{organization}/{project}/_packaging/{feed}/pypi/simple/"),
         Tr::tr("A personal access token with Packaging (read) scope; any user name works.")},
        {QStringLiteral("codeartifact"), Tr::tr("AWS CodeArtifact"), QStringLiteral("codeartifact"),
         QStringLiteral("https://{domain}-{account}.d.codeartifact.{region}.amazonaws.com/pypi/"
                        "{repository}/simple/"),
         Tr::tr("User 'aws' and a token from 'aws codeartifact get-authorization-token' (it expires "
            "after 12 hours: set it as the index's credential command).")},
        {QStringLiteral("google"), Tr::tr("Google Artifact Registry"), QStringLiteral("google"),
         QStringLiteral("https://{region}-python.pkg.dev/{project}/{repository}/simple/"),
         Tr::tr("User 'oauth2accesstoken' and a token from 'gcloud auth print-access-token' (short-"
            "lived: set it as the index's credential command).")},
        {QStringLiteral("gitlab"), Tr::tr("GitLab package registry"), QStringLiteral("gitlab"),
         QStringLiteral("https://{host}/api/v4/projects/{project-id}/packages/pypi/simple"),
         Tr::tr("A deploy token or personal access token (read_package_registry); the user name is "
            "the token's name, or __token__.")},
        {QStringLiteral("custom"), Tr::tr("Another index"), QStringLiteral("private"),
         QStringLiteral("https://"),
         Tr::tr("Whatever the index asks for; set it on the Indexes page.")},
    };
}

} // namespace Envdesk::Core
