#pragma once

// Runs one of the test suite's Python oracle scripts under Debian's /usr/bin/python3 (the
// interpreter python3-packaging belongs to, not whatever `python3` comes first on PATH), feeding it
// one JSON document per line and reading one JSON document per line back.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <optional>

namespace TestSupport {

/** Debian's interpreter with the packaging library, or an empty string when it is missing. */
inline QString packagingPython()
{
    const QString candidate = qEnvironmentVariable("ENVDESK_ORACLE_PYTHON",
                                                   QStringLiteral("/usr/bin/python3"));
    QProcess probe;
    probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import packaging.version")});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit
        || probe.exitCode() != 0)
        return {};
    return candidate;
}

/**
 * Runs `python script` with `requests` (one JSON value each) on stdin; returns the answers, one
 * per request, or nullopt with `error` set when the oracle failed or answered a different number.
 */
inline std::optional<QJsonArray> askOracle(const QString &python, const QString &script,
                                           const QJsonArray &requests, QString *error,
                                           const QStringList &extraArgs = {},
                                           const QProcessEnvironment &env
                                           = QProcessEnvironment::systemEnvironment())
{
    QByteArray input;
    for (const QJsonValue &request : requests) {
        input += QJsonDocument(QJsonArray{request}).toJson(QJsonDocument::Compact);
        input += '\n';
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(python, QStringList{script} + extraArgs);
    if (!process.waitForStarted(30000)) {
        *error = QStringLiteral("could not start %1").arg(python);
        return std::nullopt;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        *error = QStringLiteral("oracle failed: %1").arg(QString::fromUtf8(process.readAllStandardError()));
        return std::nullopt;
    }
    QJsonArray answers;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        answers.append(QJsonDocument::fromJson(line).array().at(0));
    }
    if (answers.size() != requests.size()) {
        *error = QStringLiteral("oracle answered %1 of %2 requests").arg(answers.size()).arg(requests.size());
        return std::nullopt;
    }
    return answers;
}

} // namespace TestSupport
