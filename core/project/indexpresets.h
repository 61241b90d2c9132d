#pragma once

#include <QList>
#include <QString>

namespace Envdesk::Core {

/** A kind of index a new project can start with: the New Project wizard's and `init`'s choices. */
struct IndexPreset
{
    QString id;          ///< "pypi", "nexus", ...
    QString label;       ///< translated
    QString name;        ///< the index name suggested for pyproject.toml
    QString urlTemplate; ///< with {placeholders} to fill in; empty for PyPI
    QString credentials; ///< what to set up, in words (translated)
};

/** PyPI, Sonatype Nexus, JFrog Artifactory, Azure Artifacts, AWS CodeArtifact, Google Artifact
 * Registry, GitLab and a custom index, in that order. */
QList<IndexPreset> indexPresets();

} // namespace Envdesk::Core
