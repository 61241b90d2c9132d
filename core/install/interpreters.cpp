#include "interpreters.h"

#include "../pep/specifier.h"

#include "../project/pyproject.h"

#include <QDir>
#include <QRegularExpression>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>

#include <algorithm>
#include <future>
#include <set>

namespace Envdesk::Core {

namespace {

struct Candidate
{
    QString path;
    QString source;
};

QString home(const QProcessEnvironment &env)
{
    return env.value(QStringLiteral("HOME"), QDir::homePath());
}

void addIfExecutable(std::vector<Candidate> &out, const QString &path, const QString &source)
{
    const QFileInfo info(path);
    if (info.isFile() && info.isExecutable())
        out.push_back({info.absoluteFilePath(), source});
}

QStringList pythonNames()
{
    QStringList names{QStringLiteral("python3")};
    for (int minor = 14; minor >= 6; --minor)
        names << QStringLiteral("python3.%1").arg(minor);
    names << QStringLiteral("python");
    return names;
}

std::vector<Candidate> candidates(const QProcessEnvironment &env)
{
    std::vector<Candidate> out;
    const QStringList names = pythonNames();
    const QString pyenvRoot = env.value(QStringLiteral("PYENV_ROOT"),
                                        QDir(home(env)).filePath(QStringLiteral(".pyenv")));
    for (const QString &dir :
         env.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        // pyenv's shims run whichever version is selected, or fail for the others; the versions
        // themselves are listed below.
        if (QDir(dir).canonicalPath() == QDir(pyenvRoot + QStringLiteral("/shims")).canonicalPath()
            || dir.endsWith(QLatin1String("/.pyenv/shims")))
            continue;
        for (const QString &name : names)
            addIfExecutable(out, QDir(dir).filePath(name), QStringLiteral("PATH"));
    }
    for (const QString &version : QDir(pyenvRoot + QStringLiteral("/versions"))
                                      .entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin
            = pyenvRoot + QStringLiteral("/versions/") + version + QStringLiteral("/bin/");
        addIfExecutable(out, bin + QStringLiteral("python3"), QStringLiteral("pyenv"));
        addIfExecutable(out, bin + QStringLiteral("python"), QStringLiteral("pyenv"));
    }
    for (const QString &dir : {QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin")}) {
        for (const QString &name : names)
            addIfExecutable(out, QDir(dir).filePath(name), dir);
    }
    const QString uvRoot
        = env.value(QStringLiteral("UV_PYTHON_INSTALL_DIR"),
                    QDir(home(env)).filePath(QStringLiteral(".local/share/uv/python")));
    for (const QString &install : QDir(uvRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        addIfExecutable(out, uvRoot + QLatin1Char('/') + install + QStringLiteral("/bin/python3"),
                        QStringLiteral("uv"));
    QStringList condaRoots;
    if (const QString prefix = env.value(QStringLiteral("CONDA_PREFIX")); !prefix.isEmpty())
        addIfExecutable(out, prefix + QStringLiteral("/bin/python"), QStringLiteral("conda"));
    for (const char *dir : {".conda", "miniconda3", "anaconda3", "mambaforge", "miniforge3"})
        condaRoots << QDir(home(env)).filePath(QLatin1String(dir));
    for (const QString &root : condaRoots) {
        addIfExecutable(out, root + QStringLiteral("/bin/python"), QStringLiteral("conda"));
        for (const QString &e :
             QDir(root + QStringLiteral("/envs")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            addIfExecutable(out,
                            root + QStringLiteral("/envs/") + e + QStringLiteral("/bin/python"),
                            QStringLiteral("conda"));
    }
#ifdef Q_OS_WIN
    // The py launcher's registry (PEP 514): HKCU and HKLM,
    // Software\Python\<company>\<tag>\InstallPath.
    for (const char *hive :
         {"HKEY_CURRENT_USER\\Software\\Python", "HKEY_LOCAL_MACHINE\\Software\\Python"}) {
        QSettings registry(QLatin1String(hive), QSettings::NativeFormat);
        for (const QString &company : registry.childGroups()) {
            registry.beginGroup(company);
            for (const QString &tag : registry.childGroups()) {
                const QString exe
                    = registry.value(tag + QStringLiteral("/InstallPath/ExecutablePath"))
                          .toString();
                if (!exe.isEmpty())
                    addIfExecutable(out, exe, QStringLiteral("py launcher"));
            }
            registry.endGroup();
        }
    }
#endif
    return out;
}

QString defaultCacheFile(const QProcessEnvironment &env)
{
    const QString xdg = env.value(QStringLiteral("XDG_CACHE_HOME"));
    const QString base = xdg.isEmpty() ? QDir(home(env)).filePath(QStringLiteral(".cache")) : xdg;
    return QDir(base).filePath(QStringLiteral("envdesk/interpreters-v1.json"));
}

// What identifies an interpreter file's state: a changed binary is probed again.
QString fingerprint(const QFileInfo &info)
{
    return QStringLiteral("%1:%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

bool isScript(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) && f.read(2) == "#!";
}

// A probe answer cache: a JSON object of key -> {stamp, probe}. Unreadable: empty.
QJsonObject readProbeCache(const QString &cacheFile)
{
    QFile in(cacheFile);
    return in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll()).object()
                                        : QJsonObject();
}

// Written whole and atomically; a failed write (a read-only folder) only costs a probe next time.
void writeProbeCache(const QString &cacheFile, const QJsonObject &cache)
{
    QDir().mkpath(QFileInfo(cacheFile).absolutePath());
    QSaveFile out(cacheFile);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(cache).toJson(QJsonDocument::Compact));
        out.commit();
    }
}

// The answer of `path`, from `cacheFile` while its entry under `key` has `stamp`; else asked
// and kept there.
Expected<InterpreterInfo> probeThroughCache(const QString &path, const QString &cacheFile,
                                            const QString &key, const QString &stamp)
{
    QJsonObject cache = readProbeCache(cacheFile);
    const QJsonObject entry = cache.value(key).toObject();
    if (entry.value(QStringLiteral("stamp")).toString() == stamp) {
        if (auto info = interpreterFromProbeOutput(
                path, entry.value(QStringLiteral("probe")).toString().toUtf8()))
            return info;
    }
    auto output = runInterpreterProbe(path);
    if (!output)
        return std::unexpected(output.error());
    auto info = interpreterFromProbeOutput(path, *output);
    if (info) {
        // Members that are no answer (an older envdesk's single-answer file) go.
        for (auto it = cache.begin(); it != cache.end();)
            it = it->isObject() ? it + 1 : cache.erase(it);
        cache.insert(key, QJsonObject{{QStringLiteral("stamp"), stamp},
                                      {QStringLiteral("probe"), QString::fromUtf8(*output)}});
        writeProbeCache(cacheFile, cache);
    }
    return info;
}

} // namespace

InterpreterDiscovery discoverInterpreters(const InterpreterDiscoveryOptions &options)
{
    InterpreterDiscovery result;
    const QString cacheFile
        = options.cacheFile.isEmpty() ? defaultCacheFile(options.environment) : options.cacheFile;
    QJsonObject cache = options.useCache ? readProbeCache(cacheFile) : QJsonObject();
    bool cacheChanged = false;

    // One probe per canonical file (symlinks and aliases collapse here).
    struct Work
    {
        Candidate candidate;
        QString canonical;
        QString stamp;
        std::optional<QByteArray> output;
        std::future<Expected<QByteArray>> running;
    };
    std::vector<Work> work;
    std::set<QString> seen;
    for (const Candidate &c : candidates(options.environment)) {
        const QFileInfo info(c.path);
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty() || !seen.insert(canonical).second)
            continue;
        Work w{c, canonical, fingerprint(QFileInfo(canonical)), {}, {}};
        const QJsonObject entry = cache.value(canonical).toObject();
        if (options.useCache && entry.value(QStringLiteral("stamp")).toString() == w.stamp) {
            w.output = entry.value(QStringLiteral("probe")).toString().toUtf8();
            ++result.fromCache;
        } else {
            const QString path = c.path;
            const int timeout = options.timeoutMs;
            w.running = std::async(std::launch::async,
                                   [path, timeout] { return runInterpreterProbe(path, timeout); });
        }
        work.push_back(std::move(w));
    }

    std::set<QString> executables;
    for (Work &w : work) {
        if (!w.output) {
            ++result.probed;
            Expected<QByteArray> answer = w.running.get();
            if (!answer) {
                result.problems << answer.error().message;
                continue;
            }
            w.output = *answer;
            cache.insert(w.canonical,
                         QJsonObject{{QStringLiteral("stamp"), w.stamp},
                                     {QStringLiteral("probe"), QString::fromUtf8(*w.output)}});
            cacheChanged = true;
        }
        auto info = interpreterFromProbeOutput(w.candidate.path, *w.output);
        if (!info) {
            result.problems << info.error().message;
            continue;
        }
        // A pyenv shim and the interpreter it runs are one interpreter.
        const QString executable = QFileInfo(info->executable).canonicalFilePath();
        if (!executables.insert(executable.isEmpty() ? w.canonical : executable).second)
            continue;
        result.interpreters.push_back({w.candidate.path, w.candidate.source, *info});
    }
    std::stable_sort(result.interpreters.begin(), result.interpreters.end(),
                     [](const FoundInterpreter &a, const FoundInterpreter &b) {
                         return std::tie(b.info.major, b.info.minor, b.info.micro)
                                < std::tie(a.info.major, a.info.minor, a.info.micro);
                     });

    if (options.useCache && cacheChanged)
        writeProbeCache(cacheFile, cache);
    return result;
}

Expected<InterpreterInfo> probeInterpreterCached(const QString &path)
{
    const QFileInfo file(path);
    const QString venv = QFileInfo(file.absolutePath()).absolutePath();
    const QFileInfo config(QDir(venv).filePath(QStringLiteral("pyvenv.cfg")));
    const QString canonical = file.canonicalFilePath();
    if (canonical.isEmpty())
        return probeInterpreter(path);
    if (config.exists()) {
        // An environment's interpreter: its answer lives in the environment.
        const QString stamp = fingerprint(QFileInfo(canonical)) + QLatin1Char('|')
                              + fingerprint(config) + QLatin1Char('|') + file.absoluteFilePath();
        return probeThroughCache(path, QDir(venv).filePath(QStringLiteral(".envdesk/probe.json")),
                                 file.absoluteFilePath(), stamp);
    }
    // A base interpreter: with discovery's answers, unless it is a script (a pyenv shim runs
    // whatever `pyenv` says today).
    if (isScript(canonical))
        return probeInterpreter(path);
    return probeThroughCache(path, defaultCacheFile(QProcessEnvironment::systemEnvironment()),
                             canonical, fingerprint(QFileInfo(canonical)));
}

Expected<InterpreterInfo> chooseInterpreter(const QString &wanted, const QString &projectFile)
{
    static const QRegularExpression versionShape(QStringLiteral("^\\d+(\\.\\d+){0,2}$"));
    if (!wanted.isEmpty() && !versionShape.match(wanted).hasMatch())
        return probeInterpreterCached(wanted);
    std::optional<SpecifierSet> requires_;
    if (!projectFile.isEmpty()) {
        if (auto loaded = PyProject::load(projectFile);
            loaded && !loaded->requiresPython().empty()) {
            if (auto spec = SpecifierSet::parse(loaded->requiresPython()))
                requires_ = *spec;
        }
    }
    const InterpreterDiscovery found = discoverInterpreters();
    for (const FoundInterpreter &i : found.interpreters) {
        // A version asked for finds every interpreter `python list` shows, Python 2 included: the
        // environment then says why it cannot be made with it, instead of "no Python 2.7 found".
        if (i.info.isVirtualEnvironment() || (wanted.isEmpty() && i.info.major < 3))
            continue;
        const std::string v = i.info.version;
        if (!wanted.isEmpty() && v != wanted.toStdString()
            && v.rfind(wanted.toStdString() + ".", 0) != 0)
            continue;
        if (requires_ && wanted.isEmpty()) {
            auto version = Version::parse(v);
            if (!version || !requires_->contains(*version, true))
                continue;
        }
        return i.info;
    }
    Error e;
    e.code = ErrorCode::InvalidConfig;
    e.message
        = wanted.isEmpty()
              ? QCoreApplication::translate("Envdesk::Core::Interpreters",
                                            "no Python interpreter found that fits "
                                            "requires-python")
              : QCoreApplication::translate("Envdesk::Core::Interpreters", "no Python %1 found")
                    .arg(wanted);
    e.hint = QCoreApplication::translate(
        "Envdesk::Core::Interpreters",
        "see envdesk-cli python list, or give --python /path/to/python");
    return std::unexpected(e);
}

} // namespace Envdesk::Core
