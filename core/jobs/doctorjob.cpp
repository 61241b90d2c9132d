#include "doctorjob.h"

#include "../index/envdeskindex.h"
#include "../index/indexsetup.h"
#include "../project/pyproject.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <map>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::DoctorJob)
};

Error usageError(const QString &message)
{
    Error e;
    e.code = ErrorCode::InvalidConfig;
    e.message = message;
    return e;
}

} // namespace

Expected<DoctorReport>
testIndexConnection(const DoctorRequest &request,
                    const std::function<void(const DoctorReport::Stage &)> &stageDone)
{
    const QString &what = request.index;
    ConnectionDoctor::Target target;
    std::map<std::string, CredentialCommand> commands;
    if (what.contains(QLatin1String("://"))) {
        target.url = QUrl(what);
    } else {
        auto loaded = PyProject::load(request.projectFile);
        if (!loaded)
            return std::unexpected(loaded.error());
        bool found = false;
        for (const IndexConfig &index : loaded->indexes()) {
            if (QString::fromStdString(index.name) != what)
                continue;
            target.name = index.name;
            target.url = QUrl(QString::fromStdString(index.url));
            target.authenticate = index.authenticate;
            IndexSource source;
            source.name = index.name;
            source.url = target.url;
            if (auto applied
                = applyEnvdeskIndexSettings(*loaded, source, request.environment, &commands);
                !applied)
                return std::unexpected(applied.error());
            target.headers = source.headers;
            found = true;
        }
        if (!found)
            return std::unexpected(
                usageError(Tr::tr("%1 has no index named '%2'").arg(request.projectFile, what)));
    }
    if (!target.url.isValid() || target.url.host().isEmpty())
        return std::unexpected(
            usageError(Tr::tr("'%1' is not an index URL").arg(redactedUrl(target.url))));
    auto connection
        = connectionSettingsFor(request.projectFile, target.name, target.url, request.environment);
    if (!connection)
        return std::unexpected(connection.error());
    target.tls = connection->tls;
    target.insecureHost = connection->insecureHost;
    target.proxy = connection->proxy;
    target.proxySource = connection->proxySource;

    CredentialProvider::Options credentialOptions;
    credentialOptions.environment = request.environment;
    credentialOptions.commands = commands;
    CredentialProvider credentials(credentialOptions);
    ConnectionDoctor doctor(target, &credentials);
    if (stageDone)
        QObject::connect(&doctor, &ConnectionDoctor::stageAdded, &doctor, stageDone);
    std::optional<DoctorReport> report;
    QEventLoop loop;
    doctor.run(
        [&](DoctorReport r) {
            report = std::move(r);
            loop.quit();
        },
        request.cancel);
    if (!report)
        loop.exec();
    // Why credentials were not found (a credential command that failed, a locked keychain).
    report->warnings = credentials.warnings();
    return std::move(*report);
}

DoctorJob::DoctorJob(DoctorRequest request, QObject *parent)
    : Job(request.cancel, parent)
    , m_request(std::move(request))
    , m_result(std::unexpected(usageError(Tr::tr("The connection test has not run."))))
{
    m_request.cancel
        = m_cancel; // the job's own token: cancel() and the destructor stop this test alone
}

DoctorJob::~DoctorJob()
{
    stopAndWait();
}

Event DoctorJob::eventFor(const DoctorReport::Stage &stage, const QString &index)
{
    Event::Level level = Event::Level::Info;
    switch (stage.status) {
    case DoctorReport::Status::Ok:
        level = Event::Level::Info;
        break;
    case DoctorReport::Status::Warning:
        level = Event::Level::Warning;
        break;
    case DoctorReport::Status::Failed:
        level = Event::Level::Error;
        break;
    case DoctorReport::Status::Skipped:
        level = Event::Level::Debug;
        break;
    }
    QString text = QStringLiteral("%1: %2").arg(stage.name, stage.summary);
    if (stage.elapsedUs >= 0)
        text += QLatin1Char(' ') + Tr::tr("(%1 ms)").arg(double(stage.elapsedUs) / 1000.0, 0, 'f', 1);
    return Event::make(level, Event::Category::Doctor, text, {}, index.toStdString());
}

void DoctorJob::run()
{
    // The index as the log names it: the request's name, or the URL without credentials.
    const QString index = m_request.index.contains(QLatin1String("://"))
                              ? redactedUrl(QUrl(m_request.index))
                              : m_request.index;
    auto report = testIndexConnection(m_request, [this, index](const DoctorReport::Stage &stage) {
        emitEvent(eventFor(stage, index));
    });
    if (report && report->cancelled) {
        Error e;
        e.code = ErrorCode::Cancelled;
        e.message = Tr::tr("The connection test of %1 was cancelled.").arg(index);
        m_result = std::unexpected(e);
        return;
    }
    m_result = std::move(report);
}

} // namespace Envdesk::Core
