#include "envdeskindex.h"

#include "../net/secretstore.h"
#include "../project/pyproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::IndexSettings)
};

Error settingError(const QString &message, const QString &hint)
{
    Error e;
    e.code = ErrorCode::InvalidProject;
    e.message = message;
    e.hint = hint;
    return e;
}

} // namespace

Expected<QByteArray> resolveSecretPlaceholders(const QString &text, const QString &what,
                                               const QUrl &indexUrl, const QProcessEnvironment &env)
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\$\\{(env:([A-Za-z_][A-Za-z0-9_]*)|keychain)\\}"));
    QByteArray out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last).toUtf8();
        last = m.capturedEnd();
        if (m.captured(1) == QLatin1String("keychain")) {
            auto entry = SecretStore().read(indexUrl);
            if (!entry)
                return std::unexpected(
                    settingError(Tr::tr("%1 needs the keychain: %2").arg(what, entry.error().message),
                                 entry.error().hint));
            if (!entry->has_value())
                return std::unexpected(settingError(
                    Tr::tr("%1 uses ${keychain}, but the keychain has nothing for %2")
                        .arg(what, SecretStore::keyFor(indexUrl)),
                    Tr::tr("store it: envdesk-cli auth set %1 --token (the secret is read from stdin)")
                        .arg(SecretStore::keyFor(indexUrl))));
            out += (*entry)->secret;
        } else {
            const QString name = m.captured(2);
            if (!env.contains(name))
                return std::unexpected(
                    settingError(Tr::tr("%1 uses ${env:%2}, which is not set").arg(what, name),
                                 Tr::tr("set %1 in the environment").arg(name)));
            out += env.value(name).toUtf8();
        }
    }
    out += text.mid(last).toUtf8();
    return out;
}

Expected<void> applyEnvdeskIndexSettings(const PyProject &project, IndexSource &index,
                                         const QProcessEnvironment &env,
                                         std::map<std::string, CredentialCommand> *commands)
{
    if (index.name.empty())
        return {};
    const TomlValue *all = project.envdeskSetting("index");
    const TomlValue *settings = all ? all->find(index.name) : nullptr;
    if (!settings)
        return {};
    const QString label
        = QStringLiteral("[tool.envdesk.index.%1]").arg(QString::fromStdString(index.name));
    if (const TomlValue *headers = settings->find("headers")) {
        for (const auto &[name, value] : headers->table) {
            auto resolved = resolveSecretPlaceholders(
                QString::fromStdString(value.text),
                Tr::tr("%1 header %2").arg(label, QString::fromStdString(name)), index.url, env);
            if (!resolved)
                return std::unexpected(resolved.error());
            index.headers.emplace_back(QByteArray::fromStdString(name), *resolved);
        }
    }
    if (const TomlValue *argv = settings->find("credential-command"); argv && commands) {
        CredentialCommand command;
        for (const TomlValue &word : argv->array)
            command.argv << QString::fromStdString(word.text);
        // A program given as a relative path ("scripts/token.sh") is the project's own.
        const QDir projectDir = QFileInfo(project.filePath()).absoluteDir();
        if (!command.argv.isEmpty() && command.argv.first().contains(QLatin1Char('/'))
            && QFileInfo(command.argv.first()).isRelative())
            command.argv.first() = projectDir.absoluteFilePath(command.argv.first());
        if (const TomlValue *user = settings->find("credential-username"))
            command.username = QString::fromStdString(user->text);
        if (const TomlValue *life = settings->find("credential-lifetime"))
            command.lifetimeSeconds = life->integer;
        (*commands)[index.name] = command;
    }
    return {};
}

} // namespace Envdesk::Core
