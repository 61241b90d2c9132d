#pragma once
// A Python project folder built by tests/common/tinybackend.py (a stdlib-only PEP 517 / PEP 660
// backend, in-tree through backend-path): what tests use as a path source, a git repository's
// content or an sdist's.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace TestSupport {

/**
 * Writes `folder` with pyproject.toml ([project] NAME, VERSION or `dynamic = ["version"]` with a
 * VERSION file, `dependencies`), the backend in _build/, and the module NAME (dashes as
 * underscores) holding `VALUE = value`. Returns an error text, empty on success.
 */
inline QString makeSourceTree(const QString &folder, const QString &name, const QString &version,
                              const QString &value, const QStringList &dependencies = {},
                              bool dynamicVersion = false)
{
    auto write = [](const QString &path, const QByteArray &text) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    const QString module = QString(name).replace(QLatin1Char('-'), QLatin1Char('_'));
    QStringList quoted;
    for (const QString &d : dependencies)
        quoted << QLatin1Char('"') + d + QLatin1Char('"');
    const QString versionLine = dynamicVersion ? QStringLiteral("dynamic = [\"version\"]")
                                               : QStringLiteral("version = \"%1\"").arg(version);
    const QByteArray project
        = QStringLiteral("[project]\nname = \"%1\"\n%2\ndependencies = [%3]\n\n"
                         "[build-system]\nrequires = []\nbuild-backend = \"tinybackend\"\n"
                         "backend-path = [\"_build\"]\n")
              .arg(name, versionLine, quoted.join(QLatin1String(", ")))
              .toUtf8();
    if (!write(folder + QStringLiteral("/pyproject.toml"), project))
        return QStringLiteral("cannot write ") + folder + QStringLiteral("/pyproject.toml");
    if (dynamicVersion && !write(folder + QStringLiteral("/VERSION"), version.toUtf8() + '\n'))
        return QStringLiteral("cannot write VERSION");
    QDir().mkpath(folder + QStringLiteral("/_build"));
    const QString backend = folder + QStringLiteral("/_build/tinybackend.py");
    if (!QFile::exists(backend)
        && !QFile::copy(QStringLiteral(ENVDESK_SOURCE_DIR "/tests/common/tinybackend.py"), backend))
        return QStringLiteral("cannot copy the backend into ") + folder;
    if (!write(folder + QLatin1Char('/') + module + QStringLiteral("/__init__.py"),
               QStringLiteral("VALUE = %1\n").arg(value).toUtf8()))
        return QStringLiteral("cannot write the module");
    return {};
}

} // namespace TestSupport
