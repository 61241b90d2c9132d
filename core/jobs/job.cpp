#include "job.h"

#include "../index/indexclient.h"
#include "../net/httpclient.h"
#include "../resolve/pubgrub.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <QTimer>

#include <map>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Job)
};

constexpr qint64 stallMs = 5000;

} // namespace

Event Event::make(Level level, Category category, QString message, std::string package,
                  std::string index)
{
    Event e;
    e.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    e.level = level;
    e.category = category;
    e.message = std::move(message);
    e.package = std::move(package);
    e.index = std::move(index);
    return e;
}

Event Event::of(const ResolveEvent &e)
{
    static const char *const kinds[] = {"decide", "conflict", "backtrack", "no versions", "unavailable", "fork"};
    const bool bad = e.kind == ResolveEvent::Kind::Conflict || e.kind == ResolveEvent::Kind::NoVersions;
    QString text = QLatin1String(kinds[int(e.kind)]) + QLatin1Char(' ') + QString::fromStdString(e.package);
    if (!e.version.empty())
        text += QLatin1Char(' ') + QString::fromStdString(e.version);
    if (!e.message.empty())
        text += QLatin1String(": ") + QString::fromStdString(e.message);
    return make(bad ? Level::Warning : Level::Info, Category::Resolve, text, e.package);
}

Event Event::of(const IndexQuery &q)
{
    const bool bad = q.outcome == IndexQuery::Outcome::Refused || q.outcome == IndexQuery::Outcome::Failed
                     || q.status >= 400;
    QString text = QStringLiteral("%1 -> %2%3 %4 ms")
                       .arg(q.url, q.status ? QString::number(q.status) : QStringLiteral("-"),
                            q.fromCache ? Tr::tr(" (cache)") : QString())
                       .arg(q.elapsedMs);
    if (!q.credentialSource.isEmpty())
        text += QLatin1String(" [") + Tr::tr("credentials: %1").arg(q.credentialSource) + QLatin1Char(']');
    return make(bad ? Level::Warning : Level::Debug, Category::Index, text, q.project, q.index);
}

QString Event::categoryName(Category c)
{
    switch (c) {
    case Category::General: return QStringLiteral("general");
    case Category::Resolve: return QStringLiteral("resolve");
    case Category::Index: return QStringLiteral("index");
    case Category::Download: return QStringLiteral("download");
    case Category::Build: return QStringLiteral("build");
    case Category::Install: return QStringLiteral("install");
    case Category::Lock: return QStringLiteral("lock");
    case Category::Doctor: return QStringLiteral("doctor");
    case Category::Environment: return QStringLiteral("environment");
    }
    return {};
}

Job::Job(const CancelToken &requestToken, QObject *parent)
    : QObject(parent)
    , m_cancel(requestToken.child())
{
    qRegisterMetaType<Envdesk::Core::Event>();
}

Job::~Job()
{
    stopAndWait();
}

void Job::stopAndWait()
{
    if (!m_thread)
        return;
    m_cancel.cancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void Job::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        run();
        Q_EMIT finished();
    });
    m_thread->setObjectName(QStringLiteral("envdesk-job"));
    // finished() is queued: by the time a receiver sees it the worker is done with the job.
    connect(this, &Job::finished, this, [this] { m_finished = true; });
    // Waiting is said: a request that has heard nothing for 5 s, again every 5 s.
    auto *stallWatch = new QTimer(this);
    stallWatch->setInterval(1000);
    auto reported = std::make_shared<std::map<QString, qint64>>(); // url -> seconds said
    connect(stallWatch, &QTimer::timeout, this, [this, reported] {
        for (const HttpClient::Stalled &s : HttpClient::stalledRequests(stallMs)) {
            const qint64 bucket = s.silentMs / stallMs * stallMs / 1000;
            qint64 &said = (*reported)[s.url];
            if (bucket <= said)
                continue;
            said = bucket;
            Event e = Event::make(Event::Level::Warning, Event::Category::Index,
                                  s.label.empty() ? Tr::tr("waiting for %1: no answer for %2 s").arg(s.url).arg(bucket)
                                                  : Tr::tr("waiting for index %1 (%2): no answer for %3 s")
                                                        .arg(QString::fromStdString(s.label), s.url)
                                                        .arg(bucket),
                                  {}, s.label);
            e.waiting = true;
            Q_EMIT event(e);
        }
    });
    connect(this, &Job::finished, stallWatch, &QTimer::stop);
    stallWatch->start();
    m_thread->start();
}

void Job::cancel()
{
    m_cancel.cancel();
}

bool Job::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace Envdesk::Core
