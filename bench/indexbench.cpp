// Fetches the simple page of every project in a list and the metadata file of every file on
// those pages, through envdesk's IndexClient (cache, concurrency limit, retries), and prints
// {"requests": N, "seconds": S} on stdout. Driven by bench/index-fetch.sh; never run by ctest.
//
// The work is spread over worker threads (--threads, default: one per core), each with its own
// HttpClient and IndexClient, as the resolver's prefetcher does: an HttpClient belongs to one
// thread, and on loopback the work per response (parsing, cache entries) is CPU-bound.
// --managers counts QNetworkAccessManagers per thread, which only HTTPS and proxied requests use.
#include "core/index/indexclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMutex>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Envdesk::Core;

namespace {

struct Shared
{
    QUrl base;
    QString cache;
    QString caFile; ///< --ca: trust this PEM bundle (an HTTPS index with a certificate of its own)
    std::atomic<int> requests{0};
    std::atomic<int> failures{0};
    std::atomic<int> projectsWithFiles{0};
    QMutex urlsLock;
    QFile *urlsOut = nullptr;

    void writeUrl(const QByteArray &line)
    {
        if (!urlsOut)
            return;
        QMutexLocker lock(&urlsLock);
        urlsOut->write(line + '\n');
    }
};

// One worker: fetches `projects` and their metadata with its own clients, in its own thread.
void fetchAll(const QStringList &projects, Shared &shared, int inFlight, int managers)
{
    IndexSource index;
    index.name = "bench";
    index.url = shared.base;
    index.isDefault = true;
    HttpClient http(nullptr, managers, inFlight);
    IndexClientOptions options{.indexes = {index}, .cacheDirectory = shared.cache};
    if (!shared.caFile.isEmpty()) {
        options.connection = [&shared](const std::string &, const QUrl &) -> Expected<std::pair<TlsProfile, QUrl>> {
            TlsProfile tls;
            tls.caFiles = {shared.caFile};
            return std::pair{tls, QUrl()};
        };
    }
    IndexClient client(options, &http);
    QEventLoop loop;
    int pending = 0;
    auto finishOne = [&] {
        if (--pending == 0)
            loop.quit();
    };
    for (const QString &project : projects) {
        ++pending;
        client.projectFiles(project.toStdString(), [&, project](Expected<ProjectFiles> files) {
            ++shared.requests;
            if (!files) {
                ++shared.failures;
                std::fprintf(stderr, "%s\n", qPrintable(files.error().toString()));
                finishOne();
                return;
            }
            if (!files->files.empty())
                ++shared.projectsWithFiles;
            shared.writeUrl(QString(shared.base.toString() + QLatin1Char('/') + project + QLatin1Char('/')).toUtf8());
            for (const AttributedFile &f : files->files) {
                if (!f.file.hasMetadata)
                    continue;
                ++pending;
                shared.writeUrl(f.file.metadataUrl().toEncoded());
                client.fetchMetadata(f, [&](Expected<QByteArray> m) {
                    ++shared.requests;
                    if (!m) {
                        ++shared.failures;
                        std::fprintf(stderr, "%s\n", qPrintable(m.error().toString()));
                    }
                    finishOne();
                });
            }
            finishOne();
        });
    }
    if (pending > 0)
        loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: indexbench INDEX_URL PROJECTS_FILE CACHE_DIR [--urls-out FILE] [--threads N] [--managers M] [--ca PEM]\n");
        return 2;
    }
    QFile list(args[2]);
    if (!list.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args[2]));
        return 2;
    }
    QStringList projects;
    while (!list.atEnd()) {
        const QString line = QString::fromUtf8(list.readLine()).trimmed();
        if (!line.isEmpty())
            projects << line;
    }
    Shared shared;
    shared.base = QUrl(args[1]);
    shared.cache = args[3] == QLatin1String("-") ? QString() : args[3];
    QFile urlsOut;
    int threads = QThread::idealThreadCount();
    int managers = 8; // QNetworkAccessManagers per thread (HTTPS, proxies): Qt 6.4 opens at most 6 HTTP/1.1 connections each
    for (int i = 4; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--urls-out")) {
            urlsOut.setFileName(args[i + 1]);
            if (urlsOut.open(QIODevice::WriteOnly))
                shared.urlsOut = &urlsOut;
        } else if (args[i] == QLatin1String("--managers")) {
            managers = std::max(1, args[i + 1].toInt());
        } else if (args[i] == QLatin1String("--ca")) {
            shared.caFile = args[i + 1];
        } else if (args[i] == QLatin1String("--threads")) {
            threads = std::max(1, args[i + 1].toInt());
        }
    }
    // 50 requests in flight in all, as curl --parallel-max 50.
    const int inFlight = std::max(1, 50 / threads);

    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        QStringList share;
        for (qsizetype i = t; i < projects.size(); i += threads)
            share << projects[i];
        workers.emplace_back(QThread::create([share, &shared, inFlight, managers] { fetchAll(share, shared, inFlight, managers); }));
        workers.back()->start();
    }
    for (auto &w : workers)
        w->wait();
    if (shared.projectsWithFiles == 0 && !projects.isEmpty()) {
        // A bench that fetched nothing but 404s or empty pages measures nothing: say so.
        std::fprintf(stderr, "no project had any file: is the index served (permissions, port)?\n");
        ++shared.failures;
    }
    std::printf("{\"requests\": %d, \"seconds\": %.3f, \"failures\": %d, \"threads\": %d}\n", shared.requests.load(),
                clock.elapsed() / 1000.0, shared.failures.load(), threads);
    return shared.failures ? 1 : 0;
}
