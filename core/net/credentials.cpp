#include "credentials.h"

#include "../project/projecttypes.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Net)
};

} // namespace

QByteArray FoundCredential::basicAuthorization() const
{
    const QByteArray pair = username.toUtf8() + ':' + secret;
    return QByteArray("Basic ") + pair.toBase64();
}

Expected<std::vector<NetrcEntry>> parseNetrc(const QByteArray &text, const QString &fileName)
{
    struct Token
    {
        QByteArray text;
        int line;
    };
    std::vector<Token> tokens;
    int line = 1;
    for (qsizetype i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            ++i;
            continue;
        }
        if (c == '#') { // comment to the end of the line
            while (i < text.size() && text[i] != '\n')
                ++i;
            continue;
        }
        QByteArray token;
        if (c == '"') {
            ++i;
            while (i < text.size() && text[i] != '"') {
                if (text[i] == '\\' && i + 1 < text.size())
                    ++i;
                token += text[i++];
            }
            ++i;
        } else {
            while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n'
                   && text[i] != '\r')
                token += text[i++];
        }
        // macdef bodies run to the next blank line; skip them.
        if (token == "macdef") {
            while (i < text.size()
                   && !(text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n')) {
                if (text[i] == '\n')
                    ++line;
                ++i;
            }
            continue;
        }
        tokens.push_back({token, line});
    }
    std::vector<NetrcEntry> entries;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const QByteArray &t = tokens[k].text;
        auto value = [&](const char *what) -> Expected<QByteArray> {
            if (k + 1 >= tokens.size()) {
                Error e;
                e.code = ErrorCode::InvalidConfig;
                e.file = fileName;
                e.line = tokens[k].line;
                e.message = Tr::tr("'%1' without a value").arg(QLatin1String(what));
                return std::unexpected(e);
            }
            return tokens[++k].text;
        };
        if (t == "machine") {
            auto name = value("machine");
            if (!name)
                return std::unexpected(name.error());
            entries.push_back({QString::fromUtf8(*name), {}, {}, tokens[k].line});
        } else if (t == "default") {
            entries.push_back({QString(), {}, {}, tokens[k].line});
        } else if (t == "login" || t == "password" || t == "account") {
            auto v = value(t.constData());
            if (!v)
                return std::unexpected(v.error());
            if (entries.empty()) {
                Error e;
                e.code = ErrorCode::InvalidConfig;
                e.file = fileName;
                e.line = tokens[k].line;
                e.message
                    = Tr::tr("'%1' before any 'machine' or 'default'").arg(QString::fromLatin1(t));
                return std::unexpected(e);
            }
            if (t == "login")
                entries.back().login = QString::fromUtf8(*v);
            else if (t == "password")
                entries.back().password = *v;
        } else {
            Error e;
            e.code = ErrorCode::InvalidConfig;
            e.file = fileName;
            e.line = tokens[k].line;
            e.message = Tr::tr("unexpected '%1'").arg(QString::fromUtf8(t.left(40)));
            e.hint = Tr::tr("a .netrc holds 'machine HOST login USER password SECRET' entries");
            return std::unexpected(e);
        }
    }
    return entries;
}

CredentialProvider::CredentialProvider()
    : CredentialProvider(Options{})
{}

CredentialProvider::CredentialProvider(Options options)
    : m_options(std::move(options))
{}

QString CredentialProvider::realmOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return QStringLiteral("%1://%2:%3")
        .arg(url.scheme().toLower(), url.host().toLower())
        .arg(url.port(defaultPort));
}

bool CredentialProvider::realmNeedsCredentials(const QUrl &url) const
{
    return m_realms.contains(realmOf(url));
}

void CredentialProvider::rememberRealmNeedsCredentials(const QUrl &url)
{
    m_realms.insert(realmOf(url));
}

std::optional<FoundCredential> CredentialProvider::find(const std::string &indexName,
                                                        const QUrl &indexUrl, bool afterChallenge)
{
    if (afterChallenge && !m_keychainProblems.isEmpty()) {
        for (const QString &problem : std::as_const(m_keychainProblems)) {
            if (!m_warnings.contains(problem))
                m_warnings << problem;
        }
        m_keychainProblems.clear();
    }
    const QString cacheKey
        = QString::fromStdString(indexName) + QLatin1Char('\n') + SecretStore::keyFor(indexUrl);
    if (auto it = m_cache.constFind(cacheKey); it != m_cache.constEnd()) {
        if (!it->expires.isValid() || it->expires > QDateTime::currentDateTimeUtc())
            return *it;
        m_cache.erase(it); // an expired token: ask again
    }
    // Nothing anywhere a moment ago: the keychain is not asked again for every request.
    if (m_misses.contains(cacheKey))
        return std::nullopt;

    FoundCredential found;
    auto complete = [&]() { return !found.username.isEmpty() && !found.secret.isEmpty(); };
    auto done = [&]() -> std::optional<FoundCredential> {
        m_cache.insert(cacheKey, found);
        return found;
    };

    // 1. In the URL.
    if (!indexUrl.userName().isEmpty()) {
        found.username = indexUrl.userName();
        found.secret = indexUrl.password().toUtf8();
        found.source = Tr::tr("the index URL");
        if (complete())
            return done();
    }
    // 2. UV_INDEX_<NAME>_USERNAME / _PASSWORD.
    if (!indexName.empty()) {
        const QString prefix
            = QString::fromStdString(IndexConfig::credentialVariablePrefix(indexName));
        const QString user = m_options.environment.value(prefix + QStringLiteral("_USERNAME"));
        const QString password = m_options.environment.value(prefix + QStringLiteral("_PASSWORD"));
        if (!user.isEmpty() && found.username.isEmpty())
            found.username = user;
        if (!password.isEmpty() && found.secret.isEmpty()) {
            found.secret = password.toUtf8();
            found.source = QLatin1Char('$') + prefix + QStringLiteral("_PASSWORD");
        }
        if (complete())
            return done();
    }
    // 3. The index's credential command (envdesk's addition; short-lived tokens).
    if (auto it = m_options.commands.find(indexName); it != m_options.commands.end()) {
        if (auto token = runCommand(indexName, it->second)) {
            if (found.username.isEmpty())
                found.username = token->username;
            found.secret = token->secret;
            found.source = token->source;
            found.expires = token->expires;
            return done();
        }
    }
    // 4. .netrc
    if (!m_netrc) {
        m_netrc.emplace();
        QString path = m_options.netrcPath;
        if (path.isEmpty())
            path = m_options.environment.value(QStringLiteral("NETRC"));
        if (path.isEmpty())
            path = QDir::home().filePath(QStringLiteral(".netrc"));
        QFile f(path);
        if (f.exists() && f.open(QIODevice::ReadOnly)) {
            auto parsed = parseNetrc(f.readAll(), path);
            if (parsed)
                *m_netrc = std::move(*parsed);
            else
                m_warnings << parsed.error().toString();
        }
        for (NetrcEntry &e : *m_netrc)
            e.machine = e.machine.toLower();
        m_netrc->shrink_to_fit();
        if (!m_netrc->empty())
            m_options.netrcPath = path;
    }
    const QString host = indexUrl.host().toLower();
    const NetrcEntry *match = nullptr;
    for (const NetrcEntry &e : *m_netrc) {
        if (e.machine == host && (found.username.isEmpty() || e.login == found.username)) {
            match = &e;
            break;
        }
    }
    if (!match) {
        for (const NetrcEntry &e : *m_netrc) {
            if (e.machine.isEmpty() && (found.username.isEmpty() || e.login == found.username)) {
                match = &e;
                break;
            }
        }
    }
    if (match && !match->password.isEmpty()) {
        if (found.username.isEmpty())
            found.username = match->login;
        found.secret = match->password;
        found.source
            = Tr::tr("%1 line %2").arg(QDir::toNativeSeparators(m_options.netrcPath)).arg(match->line);
        found.upFront = !match->machine.isEmpty();
        return done();
    }
    // 5. The keychain.
    if (m_options.useKeychain) {
        SecretStore store(m_options.keychainService);
        auto entry = store.readBestMatch(indexUrl);
        if (!entry) {
            (afterChallenge ? m_warnings : m_keychainProblems) << entry.error().message;
        } else if (entry->has_value()
                   && (found.username.isEmpty() || (*entry)->username == found.username)) {
            if (found.username.isEmpty())
                found.username = (*entry)->username;
            found.secret = (*entry)->secret;
            found.source = Tr::tr("the keychain");
            return done();
        }
    }
    if (!found.username.isEmpty() && !found.secret.isEmpty())
        return done();
    m_misses.insert(cacheKey);
    return std::nullopt;
}

std::optional<FoundCredential> CredentialProvider::runCommand(const std::string &indexName,
                                                              const CredentialCommand &command)
{
    const QString label = QString::fromStdString(indexName);
    if (command.argv.isEmpty())
        return std::nullopt;
    ++m_commandRuns;
    QProcess process;
    process.setProcessEnvironment(m_options.environment);
    process.setProgram(command.argv.first());
    process.setArguments(command.argv.mid(1));
    process.start();
    if (!process.waitForStarted(command.timeoutMs)) {
        m_warnings << Tr::tr("the credential command of index '%1' (%2) could not be started: %3")
                          .arg(label, command.argv.first(), process.errorString());
        return std::nullopt;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(command.timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        m_warnings << Tr::tr("the credential command of index '%1' (%2) did not finish within %3 s")
                          .arg(label, command.argv.first())
                          .arg(command.timeoutMs / 1000);
        return std::nullopt;
    }
    const QByteArray output = process.readAllStandardOutput().trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
        || output.isEmpty()) {
        // The first line of its error output only: it says what went wrong (expired SSO session,
        // no profile) and is not the token.
        const QString why = QString::fromUtf8(process.readAllStandardError())
                                .trimmed()
                                .section(QLatin1Char('\n'), 0, 0)
                                .left(200);
        m_warnings << Tr::tr("the credential command of index '%1' (%2) failed (exit code %3)%4")
                          .arg(label, command.argv.first())
                          .arg(process.exitCode())
                          .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why);
        return std::nullopt;
    }
    FoundCredential found;
    found.username = command.username;
    found.source = Tr::tr("the credential command of index '%1'").arg(label);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    found.expires = now.addSecs(command.lifetimeSeconds);
    if (output.startsWith('{')) {
        const QJsonObject o = QJsonDocument::fromJson(output).object();
        const QString token = o.value(QLatin1String("token"))
                                  .toString(o.value(QLatin1String("password")).toString());
        if (token.isEmpty()) {
            m_warnings << Tr::tr("the credential command of index '%1' printed JSON without a token or "
                             "password")
                              .arg(label);
            return std::nullopt;
        }
        found.secret = token.toUtf8();
        if (const QString user = o.value(QLatin1String("username")).toString(); !user.isEmpty())
            found.username = user;
        if (o.contains(QLatin1String("expires_in")))
            found.expires = now.addSecs(qint64(o.value(QLatin1String("expires_in")).toDouble()));
        else if (const QDateTime at
                 = QDateTime::fromString(o.value(QLatin1String("expires")).toString(), Qt::ISODate);
                 at.isValid())
            found.expires = at;
    } else {
        found.secret = output.split('\n').first().trimmed();
    }
    // A minute early, so a token is not sent in its last seconds.
    found.expires = found.expires.addSecs(-std::min<qint64>(60, now.secsTo(found.expires) / 2));
    return found;
}

} // namespace Envdesk::Core
