#pragma once

#include "indexclient.h"

#include <QProcessEnvironment>

namespace Envdesk::Core {

class PyProject;

/**
 * Applies what `[tool.envdesk.index.NAME]` says beyond uv to one index: extra request headers,
 * with their placeholders resolved (`${env:VARIABLE}`, and `${keychain}`: the secret stored for the
 * index's URL with `envdesk-cli auth set`), and the credential command, added to `commands`.
 * Fails, naming the index, the header and what is missing, when a placeholder cannot be resolved.
 */
Expected<void> applyEnvdeskIndexSettings(const PyProject &project, IndexSource &index,
                                         const QProcessEnvironment &env,
                                         std::map<std::string, CredentialCommand> *commands);

/** `text` with `${env:NAME}` and `${keychain}` replaced; `what` names it in errors. */
Expected<QByteArray> resolveSecretPlaceholders(const QString &text, const QString &what,
                                               const QUrl &indexUrl,
                                               const QProcessEnvironment &env);

} // namespace Envdesk::Core
