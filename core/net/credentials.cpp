#include "credentials.h"

#include "../project/projecttypes.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace Envdesk::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Envdesk::Core::Net", text);
}

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
            while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r')
                token += text[i++];
        }
        // macdef bodies run to the next blank line; skip them.
        if (token == "macdef") {
            while (i < text.size() && !(text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n')) {
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
                e.message = tr("'%1' without a value").arg(QLatin1String(what));
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
                e.message = tr("'%1' before any 'machine' or 'default'").arg(QString::fromLatin1(t));
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
            e.message = tr("unexpected '%1'").arg(QString::fromUtf8(t.left(40)));
            e.hint = tr("a .netrc holds 'machine HOST login USER password SECRET' entries");
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
    return QStringLiteral("%1://%2:%3").arg(url.scheme().toLower(), url.host().toLower()).arg(url.port(defaultPort));
}

bool CredentialProvider::realmNeedsCredentials(const QUrl &url) const
{
    return m_realms.contains(realmOf(url));
}

void CredentialProvider::rememberRealmNeedsCredentials(const QUrl &url)
{
    m_realms.insert(realmOf(url));
}

std::optional<FoundCredential> CredentialProvider::find(const std::string &indexName, const QUrl &indexUrl)
{
    const QString cacheKey = QString::fromStdString(indexName) + QLatin1Char('\n') + SecretStore::keyFor(indexUrl);
    if (auto it = m_cache.constFind(cacheKey); it != m_cache.constEnd())
        return *it;

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
        found.source = tr("the index URL");
        if (complete())
            return done();
    }
    // 2. UV_INDEX_<NAME>_USERNAME / _PASSWORD.
    if (!indexName.empty()) {
        const QString prefix = QString::fromStdString(IndexConfig::credentialVariablePrefix(indexName));
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
    // 3. .netrc
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
        found.source = tr("%1 line %2").arg(QDir::toNativeSeparators(m_options.netrcPath)).arg(match->line);
        return done();
    }
    // 4. The keychain.
    if (m_options.useKeychain) {
        SecretStore store(m_options.keychainService);
        auto entry = store.read(indexUrl);
        if (!entry) {
            m_warnings << entry.error().message;
        } else if (entry->has_value() && (found.username.isEmpty() || (*entry)->username == found.username)) {
            if (found.username.isEmpty())
                found.username = (*entry)->username;
            found.secret = (*entry)->secret;
            found.source = tr("the keychain");
            return done();
        }
    }
    if (!found.username.isEmpty() && !found.secret.isEmpty())
        return done();
    return std::nullopt;
}

} // namespace Envdesk::Core
