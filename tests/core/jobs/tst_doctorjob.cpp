// DoctorJob, as the window runs it: a project's index tested against real servers (nginx for
// TLS and basic auth, a fault server that accepts and never answers), the result a typed report
// whose fix is an enum the window picks its button from, one event per stage as it completes, and
// a hanging test that Cancel (or destroying the job) stops at once.
#include "common/certs.h"
#include "common/faultserver.h"
#include "common/nginxserver.h"
#include "common/requirements.h"

#include "core/jobs/doctorjob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;
using TestSupport::NginxServer;

namespace {

// What went wrong, for a failure message (empty when nothing did).
template<typename T>
QString errorOf(const Expected<T> &r)
{
    return r ? QString() : r.error().toString();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// The environment of a user with no certificate, proxy or credential settings.
QProcessEnvironment plainEnvironment(const QString &nowhere)
{
    QProcessEnvironment env;
    for (const char *keep : {"PATH", "HOME", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR",
                             "XDG_DATA_HOME", "XDG_CONFIG_HOME"}) {
        if (qEnvironmentVariableIsSet(keep))
            env.insert(QString::fromLatin1(keep), qEnvironmentVariable(keep));
    }
    env.insert(QStringLiteral("NETRC"), nowhere);
    return env;
}

struct Run
{
    std::unique_ptr<DoctorJob> job;
    QList<Event> events;
};

} // namespace

class TestDoctorJob : public QObject
{
    Q_OBJECT

private:
    TestSupport::TestCertificates m_certs;
    QTemporaryDir m_www;
    QTemporaryDir m_project;
    QString m_htpasswd;

    QString projectWith(const QString &url, const QByteArray &extra = {})
    {
        const QString file = m_project.filePath(QStringLiteral("pyproject.toml"));
        writeFile(file, "[project]\nname = \"p\"\nversion = \"1\"\n\n[[tool.uv.index]]\nname = "
                        "\"corp\"\nurl = \""
                            + url.toUtf8() + "\"\n" + extra);
        return file;
    }

    DoctorRequest request(const QString &projectFile, const QString &index = QStringLiteral("corp"))
    {
        DoctorRequest r;
        r.projectFile = projectFile;
        r.index = index;
        r.environment = plainEnvironment(m_project.filePath(QStringLiteral("no-netrc")));
        return r;
    }

    // Starts the job and waits for finished(), collecting its events.
    void runToEnd(Run &run, DoctorRequest r)
    {
        run.job = std::make_unique<DoctorJob>(std::move(r));
        connect(run.job.get(), &Job::event, this, [&run](const Event &e) { run.events << e; });
        run.job->start();
        // isFinished() turns true in this thread, after the events before finished() arrived.
        QTRY_VERIFY_WITH_TIMEOUT(run.job->isFinished(), 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        QVERIFY2(m_certs.make(), qPrintable(m_certs.errorText()));
        NginxServer::openToWorkers(m_www.path());
        QDir().mkpath(m_www.filePath(QStringLiteral("simple")));
        writeFile(
            m_www.filePath(QStringLiteral("simple/index.html")),
            "<html><body><a href=\"/simple/a/\">a</a><a href=\"/simple/b/\">b</a></body></html>");
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("passwd"), QStringLiteral("-apr1"), QStringLiteral("right")});
        QVERIFY(openssl.waitForFinished(10000));
        m_htpasswd = m_www.filePath(QStringLiteral("htpasswd"));
        writeFile(m_htpasswd, "alice:" + openssl.readAllStandardOutput().trimmed() + "\n");
        QFile::setPermissions(m_htpasswd, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    }

    void unauthorizedWithoutCredentialsAsksForCredentials()
    {
        NginxServer server({.root = m_www.path(), .htpasswd = m_htpasswd});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        Run run;
        runToEnd(run, request(projectWith(server.baseUrl() + QStringLiteral("/simple"))));
        const Expected<DoctorReport> &r = run.job->result();
        QVERIFY2(r.has_value(), qPrintable(errorOf(r)));
        QVERIFY(!r->ok);
        QCOMPARE(r->fixKind, DoctorReport::Fix::SetCredentials);
        QVERIFY2(r->fix.contains(QLatin1String("UV_INDEX_CORP_PASSWORD")), qPrintable(r->toText()));
        QCOMPARE(r->stage(QStringLiteral("auth"))->status, DoctorReport::Status::Failed);
        QCOMPARE(r->stage(QStringLiteral("http"))->summary, QStringLiteral("HTTP 401"));
        // The request went out and came back: the http stage has a time of its own.
        QVERIFY2(r->stage(QStringLiteral("http"))->elapsedUs > 0, qPrintable(r->toText()));

        // One event per stage, in order, as the doctor recorded them: category Doctor, the index
        // named, the failed stage at level error.
        QList<Event> stages;
        for (const Event &e : run.events) {
            if (e.category == Event::Category::Doctor)
                stages << e;
        }
        QCOMPARE(stages.size(), qsizetype(r->stages.size()));
        for (qsizetype i = 0; i < stages.size(); ++i) {
            QCOMPARE(stages[i].index, std::string("corp"));
            QVERIFY2(
                stages[i].message.startsWith(r->stages[std::size_t(i)].name + QLatin1Char(':')),
                qPrintable(stages[i].message));
        }
        const auto auth = std::find_if(stages.begin(), stages.end(), [](const Event &e) {
            return e.message.startsWith(QLatin1String("auth:"));
        });
        QVERIFY(auth != stages.end());
        QCOMPARE(auth->level, Event::Level::Error);
    }

    void unknownCaOffersToTrustTheCa()
    {
        NginxServer server({.root = m_www.path(),
                            .certificate = m_certs.path(QStringLiteral("server.crt")),
                            .key = m_certs.path(QStringLiteral("server.key"))});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        Run run;
        runToEnd(run, request(projectWith(server.baseUrl() + QStringLiteral("/simple"))));
        const Expected<DoctorReport> &r = run.job->result();
        QVERIFY2(r.has_value(), qPrintable(errorOf(r)));
        QVERIFY(!r->ok);
        QCOMPARE(r->fixKind, DoctorReport::Fix::TrustCa);
        QVERIFY2(r->fix.contains(QLatin1String("Envdesk Test Root CA")), qPrintable(r->toText()));
        QCOMPARE(r->stage(QStringLiteral("tls"))->status, DoctorReport::Status::Failed);
        QVERIFY2(r->stage(QStringLiteral("tls"))->elapsedUs > 0, qPrintable(r->toText()));
        QCOMPARE(r->stage(QStringLiteral("http"))->status, DoctorReport::Status::Skipped);
        QCOMPARE(r->stage(QStringLiteral("http"))->elapsedUs, qint64(-1)); // never reached, no time

        // With the CA trusted for this index, the same server passes and there is nothing to fix.
        Run trusted;
        runToEnd(trusted, request(projectWith(server.baseUrl() + QStringLiteral("/simple"),
                                              "\n[tool.envdesk.index.corp]\nca-bundle = \""
                                                  + m_certs.path(QStringLiteral("ca.crt")).toUtf8()
                                                  + "\"\n")));
        const Expected<DoctorReport> &ok = trusted.job->result();
        QVERIFY2(ok.has_value() && ok->ok, qPrintable(ok ? ok->toText() : ok.error().toString()));
        QCOMPARE(ok->fixKind, DoctorReport::Fix::None);
        QVERIFY(ok->fix.isEmpty());
    }

    void expiredCertificateIsNotACaProblem()
    {
        NginxServer server({.root = m_www.path(),
                            .certificate = m_certs.path(QStringLiteral("expired.crt")),
                            .key = m_certs.path(QStringLiteral("expired.key"))});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        Run run;
        runToEnd(run, request(projectWith(server.baseUrl() + QStringLiteral("/simple"),
                                          "\n[tool.envdesk.index.corp]\nca-bundle = \""
                                              + m_certs.path(QStringLiteral("ca.crt")).toUtf8()
                                              + "\"\n")));
        const Expected<DoctorReport> &r = run.job->result();
        QVERIFY2(r.has_value(), qPrintable(errorOf(r)));
        QCOMPARE(r->fixKind, DoctorReport::Fix::RenewServerCertificate);
        QVERIFY2(r->fix.contains(QLatin1String("expired")), qPrintable(r->toText()));
    }

    void aProjectWithoutThatIndexIsAnError()
    {
        Run run;
        runToEnd(run, request(projectWith(QStringLiteral("https://pypi.example.com/simple")),
                              QStringLiteral("nosuch")));
        const Expected<DoctorReport> &r = run.job->result();
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::InvalidConfig);
        QVERIFY2(r.error().message.contains(QLatin1String("no index named 'nosuch'")),
                 qPrintable(r.error().message));
    }

    // A server that accepts and never answers: Cancel ends the test within a second, and a job
    // destroyed while it hangs does not keep its owner waiting.
    void aHangingTestIsCancelledAtOnce()
    {
        TestSupport::FaultServer server([](const TestSupport::FaultRequest &) {
            return TestSupport::FaultAction{{}, TestSupport::FaultAction::After::Stall};
        });
        const QString file = projectWith(server.url(QStringLiteral("/simple")));
        DoctorJob job(request(file));
        QList<Event> events;
        connect(&job, &Job::event, this, [&events](const Event &e) { events << e; });
        job.start();
        // Connected, then waiting for an answer that does not come.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(events.begin(), events.end(),
                        [](const Event &e) { return e.message.startsWith(QLatin1String("tcp:")); }),
            5000);
        QTest::qWait(500);
        QVERIFY(!job.isFinished());
        QElapsedTimer clock;
        clock.start();
        job.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 1000);
        qInfo("cancelled after %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY(!job.result().has_value());
        QCOMPARE(job.result().error().code, ErrorCode::Cancelled);
        QVERIFY(job.result().error().message.contains(QLatin1String("corp")));

        // The request's own token stops it too; destroying the job while it hangs returns at once.
        CancelToken token;
        DoctorRequest r = request(file);
        r.cancel = token;
        auto second = std::make_unique<DoctorJob>(r);
        int secondEvents = 0;
        connect(second.get(), &Job::event, this, [&secondEvents] { ++secondEvents; });
        second->start();
        QTRY_VERIFY_WITH_TIMEOUT(secondEvents >= 3, 5000); // proxy, dns, tcp
        QTest::qWait(300);
        QVERIFY(second->isRunning());
        clock.restart();
        second.reset();
        qInfo("destroyed after %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(!token.isCancelled()); // the job stopped itself, not the caller's work
    }
};

QTEST_GUILESS_MAIN(TestDoctorJob)
#include "tst_doctorjob.moc"
