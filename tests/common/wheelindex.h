#pragma once

// A simple index of real wheels for end-to-end tests: each published wheel is built by
// tests/core/install/make_wheel.py (Python's zipfile), with its PEP 658 metadata file, into
// ROOT/files and listed on ROOT/simple/NAME/index.html with its SHA-256. Serve ROOT with
// NginxServer. Also runs processes (envdesk-cli, interpreters) with a clean environment.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <optional>

namespace TestSupport {

/** Debian's python3 when there is one (it has the standard library the helpers need). */
inline QString systemPython3()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3"))
               ? QStringLiteral("/usr/bin/python3")
               : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

/** Debian's pip wheel (python3-pip-whl), or an empty string when it is not installed. */
inline QString debianPipWheel()
{
    const QStringList found = QDir(QStringLiteral("/usr/share/python-wheels"))
                                  .entryList({QStringLiteral("pip-*-py3-none-any.whl")}, QDir::Files);
    return found.isEmpty() ? QString() : QStringLiteral("/usr/share/python-wheels/") + found.constLast();
}

struct Run
{
    int code = -1;
    QString out; ///< stdout then stderr, trimmed
};

/** The caller's environment without its index, proxy and Python variables. */
inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v :
         {"PYTHONPATH", "UV_INDEX_URL", "UV_DEFAULT_INDEX", "UV_INDEX", "PIP_INDEX_URL",
          "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"})
        env.remove(QLatin1String(v));
    return env;
}

/** Runs a program in cleanEnvironment() (plus `extra`), waits up to two minutes. */
inline Run runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
                      const QString &cwd = {},
                      const QProcessEnvironment &extra = QProcessEnvironment())
{
    QProcess p;
    QProcessEnvironment env = cleanEnvironment();
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(),
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed()};
}

class WheelIndex
{
public:
    explicit WheelIndex(QString root)
        : m_root(std::move(root))
    {}

    const QString &root() const { return m_root; }

    /**
     * Builds NAME-VERSION-py3-none-any.whl with `files` ({path: text}) and `requires`
     * (Requires-Dist), `entryPoints` (entry_points.txt) and `extras` (Provides-Extra), and lists
     * it. With `wrongHash` the
     * page lists a hash the file does not have. Returns an error text, empty on success.
     */
    QString publish(const QString &name, const QString &version, const QStringList &requires_,
                    const QJsonObject &files, bool wrongHash = false,
                    const QString &entryPoints = {}, const QStringList &extras = {})
    {
        const QString filesDir = m_root + QStringLiteral("/files");
        QDir().mkpath(filesDir);
        const QJsonObject spec{{QStringLiteral("name"), name},
                               {QStringLiteral("version"), version},
                               {QStringLiteral("requires"), QJsonArray::fromStringList(requires_)},
                               {QStringLiteral("files"), files},
                               {QStringLiteral("entry_points"), entryPoints},
                               {QStringLiteral("extras"), QJsonArray::fromStringList(extras)},
                               {QStringLiteral("metadata_file"), true}};
        const Run made = runProgram(
            systemPython3(),
            {QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/install/make_wheel.py"), filesDir},
            QJsonDocument(spec).toJson());
        if (made.code != 0)
            return made.out;
        const std::optional<QByteArray> sha = sha256Of(made.out);
        const std::optional<QByteArray> metaSha = sha256Of(made.out + QStringLiteral(".metadata"));
        if (!sha || !metaSha)
            return QStringLiteral("cannot read ") + made.out;
        return list(name, QFileInfo(made.out).fileName(), wrongHash ? QByteArray(64, 'a') : *sha,
                    *metaSha);
    }

    /** Lists a wheel built elsewhere (no metadata file: clients read its METADATA themselves). */
    QString publishWheel(const QString &name, const QString &wheelPath)
    {
        QDir().mkpath(m_root + QStringLiteral("/files"));
        const QString fileName = QFileInfo(wheelPath).fileName();
        const QString target = m_root + QStringLiteral("/files/") + fileName;
        QFile::remove(target);
        if (!QFile::copy(wheelPath, target))
            return QStringLiteral("cannot copy ") + wheelPath;
        const std::optional<QByteArray> sha = sha256Of(target);
        if (!sha)
            return QStringLiteral("cannot read ") + target;
        return list(name, fileName, *sha, {});
    }

    /** A one-module package: NAME (dashes as underscores) with `VALUE = value`. */
    QString publishModule(const QString &name, const QString &version, const QString &value,
                          const QStringList &requires_ = {})
    {
        const QString module = QString(name).replace(QLatin1Char('-'), QLatin1Char('_'));
        return publish(name, version, requires_,
                       QJsonObject{{module + QStringLiteral("/__init__.py"),
                                    QStringLiteral("VALUE = %1\n").arg(value)}});
    }

private:
    static std::optional<QByteArray> sha256Of(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
    }

    // Appends the file's anchor (with its hash, and its metadata file's when there is one) to
    // simple/NAME/index.html.
    QString list(const QString &name, const QString &fileName, const QByteArray &sha,
                 const QByteArray &metadataSha)
    {
        const QString page
            = m_root + QStringLiteral("/simple/") + name + QStringLiteral("/index.html");
        QDir().mkpath(QFileInfo(page).absolutePath());
        QFile p(page);
        if (!p.open(QIODevice::Append))
            return QStringLiteral("cannot write ") + page;
        p.write("<a href=\"../../files/" + fileName.toUtf8() + "#sha256=" + sha + "\""
                + (metadataSha.isEmpty()
                       ? QByteArray()
                       : " data-dist-info-metadata=\"sha256=" + metadataSha + "\"")
                + ">" + fileName.toUtf8() + "</a>\n");
        return {};
    }

    QString m_root;
};

} // namespace TestSupport
