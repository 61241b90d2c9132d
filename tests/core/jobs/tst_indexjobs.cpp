// The index look-up jobs the window's name and version completion runs: project names from the
// root listings of a project's indexes, one project's files and the versions they offer (yanked
// ones left out, newest first), events for each index request, and Cancel on an index that hangs.
#include "common/faultserver.h"
#include "common/nginxserver.h"
#include "common/requirements.h"

#include "core/jobs/indexjobs.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

const QByteArray kHash = "#sha256=" + QByteArray(64, 'a');

} // namespace

class TestIndexJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_www;
    QTemporaryDir m_project;
    QTemporaryDir m_cache;

    IndexLookupRequest requestFor(const QString &url, const QString &second = {})
    {
        QByteArray text = "[project]\nname = \"p\"\nversion = \"1\"\n\n[[tool.uv.index]]\nname = "
                          "\"local\"\nurl = \""
                          + url.toUtf8() + "\"\ndefault = true\n";
        if (!second.isEmpty())
            text += "\n[[tool.uv.index]]\nname = \"other\"\nurl = \"" + second.toUtf8() + "\"\n";
        const QString file = m_project.filePath(QStringLiteral("pyproject.toml"));
        writeFile(file, text);
        IndexLookupRequest r;
        r.projectFile = file;
        r.cacheDirectory = m_cache.path();
        r.refresh = true;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        NginxServer::openToWorkers(m_www.path());
        writeFile(m_www.filePath(QStringLiteral("simple/index.html")),
                  "<a href=\"/simple/zeta/\">zeta</a><a href=\"/simple/demo/\">demo</a>"
                  "<a href=\"/simple/alpha/\">alpha</a>\n");
        writeFile(m_www.filePath(QStringLiteral("simple/demo/index.html")),
                  "<a href=\"/f/demo-1.0-py3-none-any.whl" + kHash
                      + "\">demo-1.0-py3-none-any.whl</a>\n"
                        "<a href=\"/f/demo-2.0.tar.gz"
                      + kHash
                      + "\">demo-2.0.tar.gz</a>\n"
                        "<a href=\"/f/demo-2.0-py3-none-any.whl"
                      + kHash
                      + "\">demo-2.0-py3-none-any.whl</a>\n"
                        "<a href=\"/f/demo-3.0-py3-none-any.whl"
                      + kHash + "\" data-yanked=\"broken\">demo-3.0-py3-none-any.whl</a>\n");
        for (const char *dir : {"simple", "simple/demo"})
            NginxServer::openToWorkers(m_www.filePath(QLatin1String(dir)));
    }

    void namesFromEveryIndexOneIndexFailing()
    {
        NginxServer server({.root = m_www.path()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        // The second index is not there at all: a warning, and the first one's names still come.
        ProjectNamesJob job(requestFor(server.baseUrl() + QStringLiteral("/simple"),
                                       server.baseUrl() + QStringLiteral("/missing")));
        QList<Event> events;
        connect(&job, &Job::event, this, [&events](const Event &e) { events << e; });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 30000);
        const Expected<ProjectNames> &r = job.result();
        QVERIFY2(r.has_value(), qPrintable(errorOf(r)));
        QCOMPARE(r->names, (std::vector<std::string>{"alpha", "demo", "zeta"}));
        QCOMPARE(r->indexesAsked, 2);
        QCOMPARE(r->indexesFailed, 1);
        // An event for each index, naming it; the missing one's is a warning with the URL.
        QMap<QString, Event> byIndex;
        for (const Event &e : events) {
            QCOMPARE(e.category, Event::Category::Index);
            byIndex.insert(QString::fromStdString(e.index), e);
        }
        QCOMPARE(byIndex.keys(), (QStringList{QStringLiteral("local"), QStringLiteral("other")}));
        QCOMPARE(byIndex[QStringLiteral("other")].level, Event::Level::Warning);
        QVERIFY2(byIndex[QStringLiteral("other")].message.contains(QLatin1String("/missing")),
                 qPrintable(byIndex[QStringLiteral("other")].message));
        QVERIFY(byIndex[QStringLiteral("local")].level != Event::Level::Warning);
        QVERIFY2(
            byIndex[QStringLiteral("local")].message.contains(QLatin1String("lists 3 project")),
            qPrintable(byIndex[QStringLiteral("local")].message));
    }

    void versionsNewestFirstWithoutYanked()
    {
        NginxServer server({.root = m_www.path()});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        ProjectFilesJob job(requestFor(server.baseUrl() + QStringLiteral("/simple")), "Demo");
        QList<Event> events;
        connect(&job, &Job::event, this, [&events](const Event &e) { events << e; });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 30000);
        const Expected<ProjectFiles> &r = job.result();
        QVERIFY2(r.has_value(), qPrintable(errorOf(r)));
        QCOMPARE(r->files.size(), std::size_t(4));
        QStringList versions;
        for (const Version &v : offeredVersions(*r))
            versions << QString::fromStdString(v.toString());
        QCOMPARE(versions, (QStringList{QStringLiteral("2.0"), QStringLiteral("1.0")}));
        QVERIFY(std::any_of(events.begin(), events.end(), [](const Event &e) {
            return e.category == Event::Category::Index && e.index == "local"
                   && e.package == "demo";
        }));

        // A project no index has: no files, no error.
        ProjectFilesJob missing(requestFor(server.baseUrl() + QStringLiteral("/simple")),
                                "nothing-here");
        missing.start();
        QTRY_VERIFY_WITH_TIMEOUT(missing.isFinished(), 30000);
        QVERIFY2(missing.result().has_value(), qPrintable(errorOf(missing.result())));
        QVERIFY(missing.result()->files.empty());
    }

    void cancelOnAHangingIndex()
    {
        TestSupport::FaultServer server([](const TestSupport::FaultRequest &) {
            return TestSupport::FaultAction{{}, TestSupport::FaultAction::After::Stall};
        });
        ProjectFilesJob job(requestFor(server.url(QStringLiteral("/simple"))), "demo");
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() == 1, 5000);
        QTest::qWait(300);
        QVERIFY(!job.isFinished());
        QElapsedTimer clock;
        clock.start();
        job.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 1000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!job.result().has_value());
        QCOMPARE(job.result().error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestIndexJobs)
#include "tst_indexjobs.moc"
