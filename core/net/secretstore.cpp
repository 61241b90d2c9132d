#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <functional>
#include <future>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Net)
};

constexpr int keychainTimeoutMs = 20000;

// Every keychain call runs on one thread for the whole process: libsecret binds its connection
// to the first thread's main context, and calls from other threads (after that one ended) get no
// answer. Callers on other threads wait for the result.
QThread *keychainThread()
{
    static QThread *thread = [] {
        auto *t = new QThread;
        t->setObjectName(QStringLiteral("envdesk-keychain"));
        t->start();
        qAddPostRoutine([] {
            keychainThread()->quit();
            keychainThread()->wait();
        });
        return t;
    }();
    return thread;
}

void onKeychainThread(const std::function<void()> &body)
{
    QThread *thread = keychainThread();
    if (QThread::currentThread() == thread) {
        body();
        return;
    }
    static QObject *context = [thread] {
        auto *o = new QObject;
        o->moveToThread(thread);
        return o;
    }();
    std::promise<void> done;
    QMetaObject::invokeMethod(context, [&] {
        body();
        done.set_value();
    }, Qt::QueuedConnection);
    done.get_future().wait();
}

// Runs a keychain job to completion; false when it did not finish in time.
bool runJob(QKeychain::Job *job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->start();
    if (!finished)
        loop.exec();
    return finished;
}

Error keychainError(const QString &what, QKeychain::Error code, const QString &detail)
{
    Error e;
    e.code = ErrorCode::Keychain;
    if (code == QKeychain::NoBackendAvailable || code == QKeychain::NotImplemented
        || code == QKeychain::OtherError) {
        e.message = Tr::tr("%1: no keychain is available (%2)").arg(what, detail);
        e.hint = Tr::tr(
            "envdesk keeps secrets only in the OS keychain and never in a file. On Linux, start a "
            "Secret Service (gnome-keyring or KeePassXC) in your session, or use the "
            "UV_INDEX_<NAME>_USERNAME / _PASSWORD variables or ~/.netrc instead");
    } else if (code == QKeychain::AccessDenied || code == QKeychain::AccessDeniedByUser) {
        e.message = Tr::tr("%1: the keychain refused access (%2)").arg(what, detail);
        e.hint = Tr::tr("unlock the keychain and try again");
    } else {
        e.message = Tr::tr("%1: %2").arg(what, detail);
    }
    return e;
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{}

QString SecretStore::keyFor(const QUrl &indexUrl)
{
    QUrl u = indexUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                               | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    const int defaultPort = u.scheme() == QLatin1String("https") ? 443 : 80;
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1); // "https://host/" and "https://host" are one entry
    return QStringLiteral("%1://%2:%3%4")
        .arg(u.scheme().toLower(), u.host().toLower())
        .arg(u.port(defaultPort))
        .arg(path);
}

SecretStore::Availability SecretStore::probe() const
{
    // A real round trip: QtKeychain's availability check passes as soon as the library loads.
    const QUrl probeUrl(QStringLiteral("https://envdesk-probe.invalid/")
                        + QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QByteArray token = QUuid::createUuid().toByteArray();
    if (auto written = write(probeUrl, {QStringLiteral("probe"), token}); !written)
        return {false, written.error().message + QLatin1String(". ") + written.error().hint};
    auto read = this->read(probeUrl);
    remove(probeUrl);
    if (!read)
        return {false, read.error().message};
    if (!*read || (*read)->secret != token)
        return {false, Tr::tr("the keychain did not return what was stored in it")};
    return {true, {}};
}

Expected<std::optional<Credential>> SecretStore::read(const QUrl &indexUrl) const
{
    std::optional<Expected<std::optional<Credential>>> result;
    onKeychainThread([&] { result = readHere(indexUrl); });
    return *result;
}

Expected<std::optional<Credential>> SecretStore::readHere(const QUrl &indexUrl) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(keyFor(indexUrl));
    if (!runJob(&job))
        return std::unexpected(
            keychainError(Tr::tr("reading the keychain"), QKeychain::OtherError, Tr::tr("no answer")));
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<Credential>{};
    if (job.error() != QKeychain::NoError)
        return std::unexpected(
            keychainError(Tr::tr("reading the keychain"), job.error(), job.errorString()));
    const QJsonObject entry = QJsonDocument::fromJson(job.binaryData()).object();
    Credential c;
    c.username = entry.value(QLatin1String("username")).toString();
    c.secret = entry.value(QLatin1String("secret")).toString().toUtf8();
    return std::optional<Credential>(c);
}

Expected<std::optional<Credential>> SecretStore::readBestMatch(const QUrl &url,
                                                               QString *matchedKey) const
{
    QUrl candidate = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                  | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    while (true) {
        auto entry = read(candidate);
        if (!entry || entry->has_value()) {
            if (entry && matchedKey)
                *matchedKey = keyFor(candidate);
            return entry;
        }
        QString path = candidate.path();
        if (path.isEmpty() || path == QLatin1String("/"))
            return std::optional<Credential>{};
        path.truncate(std::max<qsizetype>(0, path.lastIndexOf(QLatin1Char('/'))));
        candidate.setPath(path);
    }
}

Expected<void> SecretStore::write(const QUrl &indexUrl, const Credential &credential) const
{
    std::optional<Expected<void>> result;
    onKeychainThread([&] { result = writeHere(indexUrl, credential); });
    return *result;
}

Expected<void> SecretStore::writeHere(const QUrl &indexUrl, const Credential &credential) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(keyFor(indexUrl));
    job.setBinaryData(QJsonDocument(QJsonObject{{"username", credential.username},
                                                {"secret", QString::fromUtf8(credential.secret)}})
                          .toJson(QJsonDocument::Compact));
    if (!runJob(&job))
        return std::unexpected(
            keychainError(Tr::tr("writing to the keychain"), QKeychain::OtherError, Tr::tr("no answer")));
    if (job.error() != QKeychain::NoError)
        return std::unexpected(
            keychainError(Tr::tr("writing to the keychain"), job.error(), job.errorString()));
    return {};
}

Expected<void> SecretStore::remove(const QUrl &indexUrl) const
{
    std::optional<Expected<void>> result;
    onKeychainThread([&] { result = removeHere(indexUrl); });
    return *result;
}

Expected<void> SecretStore::removeHere(const QUrl &indexUrl) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(keyFor(indexUrl));
    if (!runJob(&job))
        return std::unexpected(keychainError(Tr::tr("removing from the keychain"),
                                             QKeychain::OtherError, Tr::tr("no answer")));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return std::unexpected(
            keychainError(Tr::tr("removing from the keychain"), job.error(), job.errorString()));
    return {};
}

} // namespace Envdesk::Core
