// Fetches the simple page of every project in a list and the metadata file of every file on
// those pages, through envdesk's IndexClient (cache, concurrency limit, retries), and prints
// {"requests": N, "seconds": S} on stdout. Driven by bench/index-fetch.sh; never run by ctest.

#include "core/index/indexclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Envdesk::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: indexbench INDEX_URL PROJECTS_FILE CACHE_DIR [--urls-out FILE]\n");
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
    QFile urlsOut(args.size() > 5 && args[4] == QLatin1String("--urls-out") ? args[5] : QString());
    if (!urlsOut.fileName().isEmpty())
        urlsOut.open(QIODevice::WriteOnly);

    IndexSource index;
    index.name = "bench";
    index.url = QUrl(args[1]);
    index.isDefault = true;
    HttpClient http(nullptr, 8, 50);
    IndexClient client({.indexes = {index}, .cacheDirectory = args[3] == QLatin1String("-") ? QString() : args[3]}, &http);
    int requests = 0;
    int pending = 0;
    int failures = 0;
    QElapsedTimer clock;
    clock.start();
    auto finishOne = [&] {
        if (--pending == 0)
            app.quit();
    };
    for (const QString &project : projects) {
        ++pending;
        client.projectFiles(project.toStdString(), [&, project](Expected<ProjectFiles> files) {
            ++requests;
            if (!files) {
                ++failures;
                std::fprintf(stderr, "%s\n", qPrintable(files.error().toString()));
                finishOne();
                return;
            }
            if (urlsOut.isOpen())
                urlsOut.write(QString(args[1] + QLatin1Char('/') + project + QStringLiteral("/\n")).toUtf8());
            for (const AttributedFile &f : files->files) {
                if (!f.file.hasMetadata)
                    continue;
                ++pending;
                if (urlsOut.isOpen())
                    urlsOut.write(f.file.metadataUrl().toEncoded() + '\n');
                client.fetchMetadata(f, [&](Expected<QByteArray> m) {
                    ++requests;
                    if (!m) {
                        ++failures;
                        std::fprintf(stderr, "%s\n", qPrintable(m.error().toString()));
                    }
                    finishOne();
                });
            }
            finishOne();
        });
    }
    if (pending > 0)
        app.exec();
    std::printf("{\"requests\": %d, \"seconds\": %.3f, \"failures\": %d}\n", requests, clock.elapsed() / 1000.0, failures);
    return failures ? 1 : 0;
}
