// The resolve job: runs on a worker thread, reports to the caller's thread, and stops promptly
// when cancelled, even while an index does not answer.
#include "common/faultserver.h"

#include "core/jobs/resolvejob.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Envdesk::Core;
using TestSupport::FaultAction;
using TestSupport::FaultRequest;
using TestSupport::FaultServer;

namespace {

// A tiny index: app 1.0 needs lib>=2; lib has 1.0 and 2.0 (2.0 needs helper), helper 1.0.
QMap<QByteArray, QByteArray> indexFiles()
{
    QMap<QByteArray, QByteArray> files;
    auto project
        = [&](const QByteArray &name, const QList<QPair<QByteArray, QByteArray>> &versions) {
              QByteArray page;
              for (const auto &[version, requires_] : versions) {
                  const QByteArray wheel = name + "-" + version + "-py3-none-any.whl";
                  page += "<a href=\"/files/" + wheel + "\" data-dist-info-metadata=\"true\">"
                          + wheel + "</a>\n";
                  QByteArray metadata
                      = "Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n";
                  if (!requires_.isEmpty())
                      metadata += "Requires-Dist: " + requires_ + "\n";
                  files["/files/" + wheel + ".metadata"] = metadata;
              }
              files["/simple/" + name + "/"] = page;
          };
    project("app", {{"1.0", "lib>=2"}});
    project("lib", {{"1.0", ""}, {"2.0", "helper"}});
    project("helper", {{"1.0", ""}});
    return files;
}

} // namespace

class TestResolveJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesOnAWorkerAndReportsToTheCaller()
    {
        const auto files = indexFiles();
        FaultServer server([files](const FaultRequest &r) {
            if (!files.contains(r.path))
                return FaultAction::status(404);
            return FaultAction::ok(files.value(r.path),
                                   r.path.startsWith("/simple/") ? "text/html" : "text/plain");
        });
        ResolveRequest request;
        request.requirements = {"app"};
        request.indexUrls = {server.url(QStringLiteral("/simple"))};
        request.pythonVersion = "3.12";
        ResolveJob job(request);
        QThread *caller = QThread::currentThread();
        int events = 0;
        bool eventsOnCaller = true;
        QObject::connect(&job, &ResolveJob::resolverEvent, this, [&](const ResolveEvent &) {
            ++events;
            eventsOnCaller = eventsOnCaller && QThread::currentThread() == caller;
        });
        QSignalSpy queries(&job, &ResolveJob::indexQueried);
        QSignalSpy progress(&job, &ResolveJob::progress);
        QSignalSpy finished(&job, &ResolveJob::finished);
        job.start();
        QVERIFY(finished.wait(20000));
        const auto outcome = finished.first().first().value<ResolveOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.error.toString()));
        QStringList got;
        for (const ResolvedPackage &p : outcome.packages)
            got << QString::fromStdString(p.name + "==" + p.version);
        QCOMPARE(got, (QStringList{"app==1.0", "helper==1.0", "lib==2.0"}));
        QCOMPARE(outcome.python, std::string("3.12.0"));
        QVERIFY(events >= 3);
        QVERIFY(eventsOnCaller);
        QVERIFY(queries.count() >= 3);
        QCOMPARE(progress.count(), outcome.decisions);
    }

    // PEP 691 pages with upload times: exclude-newer; no-binary / only-binary choose file kinds.
    void fileFilters()
    {
        QMap<QByteArray, QByteArray> files;
        auto file = [](const QByteArray &name, const char *uploaded) -> QByteArray {
            return "{\"filename\": \"" + name + "\", \"url\": \"/files/" + name
                   + "\", \"hashes\": {}, \"core-metadata\": true, "
                     "\"upload-time\": \""
                   + QByteArray(uploaded) + "\"}";
        };
        files["/simple/lib/"]
            = "{\"meta\": {\"api-version\": \"1.1\"}, \"name\": \"lib\", \"files\": ["
              + file("lib-1.0-py3-none-any.whl", "2020-01-01T00:00:00Z") + ", "
              + file("lib-2.0-py3-none-any.whl", "2024-06-01T00:00:00Z") + ", "
              + file("lib-2.0.tar.gz", "2024-06-01T00:00:00Z") + "]}";
        for (const char *v : {"1.0", "2.0"})
            files["/files/lib-" + QByteArray(v) + "-py3-none-any.whl.metadata"]
                = "Metadata-Version: 2.1\nName: lib\nVersion: " + QByteArray(v) + "\n";
        files["/files/lib-2.0.tar.gz.metadata"]
            = "Metadata-Version: 2.1\nName: lib\nVersion: 2.0\n";
        FaultServer server([files](const FaultRequest &r) {
            if (!files.contains(r.path))
                return FaultAction::status(404);
            return FaultAction{
                FaultAction::response(200, files.value(r.path),
                                      {{"Content-Type", r.path.startsWith("/simple/")
                                                            ? "application/vnd.pypi.simple.v1+json"
                                                            : "text/plain"}}),
                FaultAction::After::Close, 0};
        });
        auto resolve = [&](ResolveRequest request) {
            request.requirements = {"lib"};
            request.indexUrls = {server.url(QStringLiteral("/simple"))};
            request.pythonVersion = "3.12";
            ResolveJob job(request);
            QSignalSpy finished(&job, &ResolveJob::finished);
            job.start();
            if (!finished.wait(20000))
                return QStringLiteral("timeout");
            const auto o = finished.first().first().value<ResolveOutcome>();
            return o.ok ? QString::fromStdString(o.packages.front().version + " "
                                                 + o.packages.front().filename)
                        : QStringLiteral("error: ") + o.error.message;
        };
        QCOMPARE(resolve({}), QStringLiteral("2.0 lib-2.0-py3-none-any.whl"));
        ResolveRequest old;
        old.excludeNewer = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(resolve(old), QStringLiteral("1.0 lib-1.0-py3-none-any.whl"));
        ResolveRequest sdistOnly;
        sdistOnly.noBinary = {"lib"};
        QCOMPARE(resolve(sdistOnly), QStringLiteral("2.0 lib-2.0.tar.gz"));
        ResolveRequest nothing;
        nothing.noBinary = {":all:"};
        nothing.onlyBinary = {"lib"};
        QVERIFY(resolve(nothing).startsWith(QLatin1String("error: ")));
    }

    void cancelsPromptlyWhileTheIndexStalls()
    {
        FaultServer server([](const FaultRequest &) {
            FaultAction a;
            a.after = FaultAction::After::Stall; // accepts and never answers
            return a;
        });
        ResolveRequest request;
        request.requirements = {"app"};
        request.indexUrls = {server.url(QStringLiteral("/simple"))};
        request.pythonVersion = "3.12";
        ResolveJob job(request);
        QSignalSpy finished(&job, &ResolveJob::finished);
        job.start();
        QTest::qWait(300);
        QVERIFY(job.isRunning());
        QElapsedTimer clock;
        clock.start();
        job.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        const auto outcome = finished.first().first().value<ResolveOutcome>();
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.code, ErrorCode::Cancelled);
    }

    void badRequestsFailWithoutAThreadHanging()
    {
        ResolveRequest request;
        request.requirements = {"app"};
        request.pythonVersion = "3.12";
        request.platform = "amiga";
        ResolveJob job(request);
        QSignalSpy finished(&job, &ResolveJob::finished);
        job.start();
        QVERIFY(finished.wait(5000));
        const auto outcome = finished.first().first().value<ResolveOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.error.message.contains(QLatin1String("amiga")));
    }
};

QTEST_GUILESS_MAIN(TestResolveJob)
#include "tst_resolvejob.moc"
