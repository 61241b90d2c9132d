#include "build.h"

#include "venv.h"

#include "../pep/filename.h"
#include "../pep/interpreterprobe.h"
#include "../pep/requirement.h"
#include "../project/tomldocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace Envdesk::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Envdesk::Core::Build", text);
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString joined(const std::vector<std::string> &items)
{
    QStringList out;
    for (const std::string &item : items)
        out << qs(item);
    return out.join(QLatin1String(", "));
}

// The non-empty segments of a path other than ".", so that paths compare segment by segment.
QStringList segmentsOf(const QString &path)
{
    QStringList out;
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        if (!segment.isEmpty() && segment != QLatin1String("."))
            out << segment;
    }
    return out;
}

bool startsWithSegments(const QStringList &path, const QStringList &root)
{
    if (path.size() < root.size())
        return false;
    for (qsizetype i = 0; i < root.size(); ++i) {
        if (path.at(i) != root.at(i))
            return false;
    }
    return true;
}

// ----------------------------------------------------------------------------------------------
// [build-system]

const char defaultRequirement[] = "setuptools>=40.8.0";
const char legacyBackend[] = "setuptools.build_meta:__legacy__";

Error projectError(const QString &file, int line, const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::InvalidProject;
    e.message = message;
    e.hint = hint;
    return e.at(file, line);
}

BuildSystem defaultBuildSystem()
{
    BuildSystem system;
    system.requires_ = {defaultRequirement};
    system.backend = legacyBackend;
    system.legacy = true;
    return system;
}

// ----------------------------------------------------------------------------------------------
// The hook runner: runs inside the build environment's interpreter (Python 3.6 and later,
// standard library only). Its arguments are the hook's name, the request file (backend,
// backend-path, the hook's arguments) and the answer file; stdout and stderr are the backend's.
const char runnerScript[] = R"PY(
import importlib, json, os, sys, traceback


def write(path, answer):
    part = path + ".part"
    with open(part, "w", encoding="utf-8") as f:
        json.dump(answer, f)
    os.replace(part, path)


def inside(path, roots):
    path = os.path.normcase(os.path.realpath(path))
    for root in roots:
        root = os.path.normcase(os.path.realpath(root))
        try:
            if os.path.commonpath([path, root]) == root:
                return True
        except ValueError:
            pass
    return False


def load(spec, backend_path):
    module_name, _, object_path = spec.partition(":")
    module_name = module_name.strip()
    sys.path[:0] = backend_path
    try:
        backend = importlib.import_module(module_name)
    except ImportError as e:
        missing = e.name if isinstance(e, ModuleNotFoundError) and e.name else ""
        if missing and (module_name + ".").startswith(missing + "."):
            # The backend itself is absent: the import machinery's frames say nothing more.
            sys.stderr.write("".join(traceback.format_exception_only(type(e), e)))
        else:
            traceback.print_exc()
        return None, {"status": "backend-unavailable", "missing": missing}
    if backend_path:
        top = sys.modules.get(module_name.split(".")[0])
        origin = getattr(top, "__file__", None)
        origins = [origin] if origin else list(getattr(top, "__path__", None) or [])
        if not origins or not all(inside(o, backend_path) for o in origins):
            return None, {"status": "backend-outside", "origin": ", ".join(origins)}
    for part in object_path.strip().split("."):
        if part:
            if not hasattr(backend, part):
                return None, {"status": "object-missing", "object": object_path.strip()}
            backend = getattr(backend, part)
    return backend, None


def main():
    hook_name, request_path, answer_path = sys.argv[1:4]
    with open(request_path, encoding="utf-8") as f:
        request = json.load(f)
    backend, problem = load(request["backend"], request["backend_path"])
    if problem is not None:
        write(answer_path, problem)
        return
    hook = getattr(backend, hook_name, None)
    if hook is None:
        write(answer_path, {"status": "hook-missing"})
        return
    value = hook(*request["arguments"])
    write(answer_path, {"status": "ok", "value": value})


main()
)PY";

constexpr int keptLines = 200;
constexpr int linesInErrors = 20;

struct Build
{
    explicit Build(const BuildRequest &r)
        : request(r)
    {}

    const BuildRequest &request;
    QString source;
    BuildSystem system;
    QJsonValue configSettings;
    QTemporaryDir work{QDir::tempPath() + QStringLiteral("/envdesk-build-")};
    QString venv;
    QString python;
    std::deque<QString> lines;
    int runs = 0;

    QString backend() const { return qs(system.backend); }

    bool isCancelled() const { return request.cancelled && request.cancelled(); }

    void addLine(const QString &line)
    {
        lines.push_back(line);
        while (lines.size() > std::size_t(keptLines))
            lines.pop_front();
        if (request.output)
            request.output(line);
    }

    QString tail() const
    {
        QStringList out;
        const std::size_t first = lines.size() > std::size_t(linesInErrors)
                                      ? lines.size() - std::size_t(linesInErrors)
                                      : 0;
        for (std::size_t i = first; i < lines.size(); ++i)
            out << lines[i];
        return out.join(QLatin1Char('\n'));
    }

    Error cancelledError() const
    {
        Error e;
        e.code = ErrorCode::Cancelled;
        e.message = tr("the build of %1 was cancelled").arg(source);
        return e;
    }

    // An error of the build; the backend's last lines follow the sentence, as pip shows them.
    Error error(const QString &message, const QString &hint = {}, bool withOutput = true) const
    {
        Error e;
        e.code = ErrorCode::BuildFailed;
        e.message = tr("cannot build %1: %2").arg(source, message);
        if (withOutput && !lines.empty())
            e.message += QLatin1Char('\n') + tr("last output of the backend:") + QLatin1Char('\n')
                         + tail();
        e.hint = hint;
        return e;
    }

    // The same error, said to be about this build.
    Error within(Error e) const
    {
        if (e.code != ErrorCode::Cancelled)
            e.message = tr("cannot build %1: %2").arg(source, e.message);
        return e;
    }

    QString setuptoolsHint() const
    {
        return tr("%1 declares no build-backend, so it is built with setuptools (PEP 517's "
                  "fallback): make setuptools installable from the project's indexes, or declare "
                  "[build-system] requires and build-backend in its pyproject.toml")
            .arg(source);
    }
};

Expected<QJsonValue> parseConfigSettings(const QStringList &settings)
{
    if (settings.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonObject out;
    for (const QString &setting : settings) {
        const qsizetype eq = setting.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(ErrorCode::BuildFailed,
                        tr("the config setting '%1' is not KEY=VALUE").arg(setting),
                        tr("write each config setting as KEY=VALUE"));
        const QString key = setting.left(eq);
        const QString value = setting.mid(eq + 1);
        // Repeated keys become a list, as pip passes them.
        if (!out.contains(key)) {
            out.insert(key, value);
        } else if (out.value(key).isArray()) {
            QJsonArray values = out.value(key).toArray();
            values.append(value);
            out.insert(key, values);
        } else {
            out.insert(key, QJsonArray{out.value(key), value});
        }
    }
    return QJsonValue(out);
}

QProcessEnvironment hookEnvironment(const QString &venv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE",
                             "PYTHONEXECUTABLE", "__PYVENV_LAUNCHER__"})
        env.remove(QLatin1String(name));
    // What the backend starts itself (compilers calling python, setup.py subprocesses) sees the
    // build environment, as in pip's isolated builds.
    const QString path = env.value(QStringLiteral("PATH"));
    env.insert(QStringLiteral("PATH"),
               venv + QStringLiteral("/bin")
                   + (path.isEmpty() ? QString() : QLatin1Char(':') + path));
    env.insert(QStringLiteral("VIRTUAL_ENV"), venv);
    env.insert(QStringLiteral("PYTHONNOUSERSITE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    return env;
}

void killProcessGroup(QProcess &process)
{
#ifdef Q_OS_UNIX
    // The backend runs in its own process group, so compilers and other children go with it.
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#endif
    process.kill();
    process.waitForFinished(1000);
}

struct HookAnswer
{
    bool missing = false; ///< the backend has no such hook
    QJsonValue value;
};

// Runs one hook in a fresh process of the build environment's interpreter.
Expected<HookAnswer> runHook(Build &b, const QString &hook, const QJsonArray &arguments)
{
    if (b.isCancelled())
        return std::unexpected(b.cancelledError());
    const int run = ++b.runs;
    const QString requestFile = b.work.filePath(QStringLiteral("request-%1.json").arg(run));
    const QString answerFile = b.work.filePath(QStringLiteral("answer-%1.json").arg(run));
    QJsonArray backendPath;
    for (const std::string &entry : b.system.backendPath)
        backendPath.append(QDir::cleanPath(QDir(b.source).filePath(qs(entry))));
    // config_settings may hold tokens: they go through a file only the user can read (the work
    // folder is 0700), never on the command line.
    {
        QFile out(requestFile);
        const QByteArray data
            = QJsonDocument(QJsonObject{{QStringLiteral("backend"), b.backend()},
                                        {QStringLiteral("backend_path"), backendPath},
                                        {QStringLiteral("arguments"), arguments}})
                  .toJson(QJsonDocument::Compact);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.flush())
            return std::unexpected(
                b.error(tr("cannot write %1: %2").arg(requestFile, out.errorString()), {}, false));
    }

    QProcess process;
    process.setProgram(b.python);
    process.setArguments({QStringLiteral("-I"), QStringLiteral("-u"), QStringLiteral("-c"),
                          QString::fromUtf8(runnerScript), hook, requestFile, answerFile});
    process.setWorkingDirectory(b.source);
    process.setProcessEnvironment(hookEnvironment(b.venv));
    process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] {
        ::setpgid(0, 0);
#ifdef Q_OS_LINUX
        // Should envdesk die, the build dies with it instead of running on unseen.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
    });
#endif
    process.start();
    if (!process.waitForStarted(30000))
        return std::unexpected(
            b.error(tr("cannot start %1: %2").arg(b.python, process.errorString()), {}, false));
    process.closeWriteChannel();

    QByteArray pending;
    auto drain = [&](bool all) {
        pending += process.readAll();
        qsizetype start = 0;
        for (qsizetype nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n', start)) {
            QByteArray line = pending.mid(start, nl - start);
            if (line.endsWith('\r'))
                line.chop(1);
            b.addLine(QString::fromUtf8(line));
            start = nl + 1;
        }
        pending.remove(0, start);
        if (all && !pending.isEmpty()) {
            b.addLine(QString::fromUtf8(pending));
            pending.clear();
        }
    };
    while (process.state() != QProcess::NotRunning) {
        if (b.isCancelled()) {
            killProcessGroup(process);
            drain(true);
            return std::unexpected(b.cancelledError());
        }
        QElapsedTimer waited;
        waited.start();
        // A backend that closed its output makes waitForReadyRead() return at once: wait for its
        // end instead of spinning.
        if (!process.waitForReadyRead(50) && waited.elapsed() < 40)
            process.waitForFinished(50);
        drain(false);
    }
    drain(true);

    const QString what = tr("%1 of the backend %2").arg(hook, b.backend());
    if (process.exitStatus() != QProcess::NormalExit)
        return std::unexpected(b.error(tr("%1 was killed by a signal").arg(what)));
    if (process.exitCode() != 0) {
        // A module the build itself imports (setup.py importing numpy, Cython) is the usual cause.
        static const QRegularExpression missingModule(
            QStringLiteral("ModuleNotFoundError: No module named '([^']+)'"));
        QString hint;
        const auto m = missingModule.match(b.tail());
        if (m.hasMatch())
            hint = tr("the build needs the module %1, which is not in the build environment: add "
                      "the project providing it to [build-system] requires")
                       .arg(m.captured(1));
        return std::unexpected(
            b.error(tr("%1 exited with status %2").arg(what).arg(process.exitCode()), hint));
    }
    QFile in(answerFile);
    if (!in.open(QIODevice::ReadOnly))
        return std::unexpected(
            b.error(tr("%1 ended (exit status 0) without returning an answer").arg(what)));
    const QJsonObject answer = QJsonDocument::fromJson(in.readAll()).object();
    const QString status = answer.value(QLatin1String("status")).toString();
    if (status == QLatin1String("ok"))
        return HookAnswer{false, answer.value(QLatin1String("value"))};
    if (status == QLatin1String("hook-missing"))
        return HookAnswer{true, {}};
    if (status == QLatin1String("backend-unavailable")) {
        const QString missing = answer.value(QLatin1String("missing")).toString();
        const QString module = b.backend().section(QLatin1Char(':'), 0, 0).trimmed();
        const bool itself = !missing.isEmpty()
                            && (module == missing || module.startsWith(missing + QLatin1Char('.')));
        if (itself)
            return std::unexpected(b.error(
                tr("the backend %1 cannot be imported (running %2)").arg(b.backend(), hook),
                b.system.legacy
                    ? b.setuptoolsHint()
                    : tr("the backend %1 is not installed in the build environment: add it to "
                         "[build-system] requires")
                          .arg(module)));
        if (!missing.isEmpty())
            return std::unexpected(b.error(
                tr("the backend %1 cannot be imported (running %2): it needs the module %3")
                    .arg(b.backend(), hook, missing),
                tr("the module %1 is not installed in the build environment: add the project "
                   "providing it to [build-system] requires")
                    .arg(missing)));
        return std::unexpected(
            b.error(tr("the backend %1 cannot be imported (running %2)").arg(b.backend(), hook)));
    }
    if (status == QLatin1String("backend-outside"))
        return std::unexpected(
            b.error(tr("the backend %1 was loaded from %2, not from its backend-path (running %3)")
                        .arg(b.backend(), answer.value(QLatin1String("origin")).toString(), hook),
                    tr("PEP 517: an in-tree backend must be found in a backend-path folder; check "
                       "build-backend and backend-path in pyproject.toml")));
    if (status == QLatin1String("object-missing"))
        return std::unexpected(
            b.error(tr("the backend %1 has no object %2 (running %3)")
                        .arg(b.backend(), answer.value(QLatin1String("object")).toString(), hook),
                    tr("check build-backend in pyproject.toml")));
    return std::unexpected(b.error(tr("%1 answered something unreadable").arg(what)));
}

Expected<void> provision(Build &b, const std::vector<std::string> &requirements, bool declared)
{
    if (requirements.empty())
        return {};
    if (b.isCancelled())
        return std::unexpected(b.cancelledError());
    const bool setuptoolsFallback = declared && b.system.legacy;
    if (!b.request.provision)
        return std::unexpected(b.error(
            tr("its build requirements %1 cannot be installed: no installer was given")
                .arg(joined(requirements)),
            setuptoolsFallback ? b.setuptoolsHint()
                               : tr("the build runs in an isolated environment that gets only "
                                    "the backend's requirements; they must be installable"),
            false));
    auto done = b.request.provision(requirements, b.venv);
    if (!done) {
        Error e = done.error();
        if (e.code == ErrorCode::Cancelled)
            return std::unexpected(e);
        e.message = tr("cannot build %1: installing its build requirements %2 failed: %3")
                        .arg(b.source, joined(requirements), e.message);
        if (setuptoolsFallback)
            e.hint = b.setuptoolsHint();
        return std::unexpected(e);
    }
    return {};
}

// A JSON value as text, for messages (QJsonDocument holds only arrays and objects).
QString jsonText(const QJsonValue &value)
{
    const QString text
        = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2).left(200);
}

Expected<std::vector<std::string>> requirementsFrom(Build &b, const QString &hook,
                                                    const HookAnswer &answer)
{
    if (answer.missing)
        return std::vector<std::string>{}; // PEP 517: a missing get_requires_* hook means []
    std::vector<std::string> out;
    const auto bad = [&](const QString &what) {
        return std::unexpected(b.error(tr("the backend %1 answered %2 with %3, not a list of "
                                          "PEP 508 requirements")
                                           .arg(b.backend(), hook, what),
                                       {}, false));
    };
    if (!answer.value.isArray())
        return bad(jsonText(answer.value));
    for (const QJsonValue &item : answer.value.toArray()) {
        if (!item.isString())
            return bad(jsonText(answer.value));
        const std::string text = item.toString().toStdString();
        if (auto parsed = Requirement::parse(text); !parsed)
            return bad(QLatin1Char('\'') + item.toString() + QStringLiteral("' (")
                       + parsed.error().message + QLatin1Char(')'));
        out.push_back(text);
    }
    return out;
}

// ----------------------------------------------------------------------------------------------
// Putting the result into outputDir: whole or not at all.

Expected<QString> publishFile(const Build &b, const QString &file)
{
    const QString outputDir = QFileInfo(b.request.outputDir).absoluteFilePath();
    const bool created = !QFileInfo::exists(outputDir);
    if (!QDir().mkpath(outputDir))
        return fail(ErrorCode::Io, tr("cannot create %1").arg(outputDir));
    const QString target = QDir(outputDir).filePath(QFileInfo(file).fileName());
    QFile in(file);
    QSaveFile out(target);
    bool ok = in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly);
    while (ok && !in.atEnd()) {
        const QByteArray chunk = in.read(1024 * 1024);
        ok = !chunk.isEmpty() && out.write(chunk) == chunk.size();
    }
    if (!ok || !out.commit()) {
        const QString reason = out.errorString();
        out.cancelWriting();
        if (created)
            QDir().rmdir(outputDir);
        return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(target, reason));
    }
    return target;
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        if (it.fileInfo().isDir() ? !QDir().mkpath(target) : !QFile::copy(path, target))
            return false;
    }
    return true;
}

Expected<QString> publishFolder(const Build &b, const QString &folder)
{
    const QString outputDir = QFileInfo(b.request.outputDir).absoluteFilePath();
    const bool created = !QFileInfo::exists(outputDir);
    if (!QDir().mkpath(outputDir))
        return fail(ErrorCode::Io, tr("cannot create %1").arg(outputDir));
    const QString name = QFileInfo(folder).fileName();
    const QString target = QDir(outputDir).filePath(name);
    auto failed = [&](const QString &message) {
        if (created)
            QDir(outputDir).removeRecursively();
        return fail(ErrorCode::Io, message);
    };
    {
        // Copied beside its place, then renamed in: a reader never sees half a folder.
        QTemporaryDir staging(QDir(outputDir).filePath(QStringLiteral(".envdesk-build-")));
        if (!staging.isValid())
            return failed(tr("cannot write in %1: %2").arg(outputDir, staging.errorString()));
        const QString copy = QDir(staging.path()).filePath(name);
        if (!copyFolder(folder, copy))
            return failed(tr("cannot copy %1 to %2").arg(folder, outputDir));
        const QString aside = QDir(staging.path()).filePath(QStringLiteral("replaced"));
        const bool replacing = QFileInfo::exists(target) || QFileInfo(target).isSymLink();
        if (replacing && !QDir().rename(target, aside))
            return failed(tr("cannot replace %1").arg(target));
        if (!QDir().rename(copy, target)) {
            if (replacing)
                QDir().rename(aside, target);
            return failed(tr("cannot move the new %1 into %2").arg(name, outputDir));
        }
    }
    return target;
}

using ArchiveReader = std::unique_ptr<archive, decltype(&archive_read_free)>;

QString entryName(archive_entry *entry)
{
    const char *utf8 = archive_entry_pathname_utf8(entry);
    return utf8 ? QString::fromUtf8(utf8) : QFile::decodeName(archive_entry_pathname(entry));
}

QString archiveErrorText(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : tr("unknown error");
}

// A name that is relative, has no ".." segment and no backslash or drive letter; nullopt if not.
std::optional<QStringList> safeSegments(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QChar(0)) || (name.size() >= 2 && name.at(1) == QLatin1Char(':')))
        return std::nullopt;
    const QStringList segments = segmentsOf(name);
    if (segments.contains(QLatin1String("..")))
        return std::nullopt;
    return segments;
}

// The wheel's .dist-info folder, unpacked into `into`: PEP 517's answer for a backend without
// prepare_metadata_for_build_wheel.
Expected<QString> unpackDistInfo(const Build &b, const QString &wheel, const QString &into)
{
    ArchiveReader a(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(a.get());
    auto damaged = [&](const QString &what) {
        Error e = b.error(tr("the wheel %1 from %2 is damaged: %3")
                              .arg(QFileInfo(wheel).fileName(), b.backend(), what),
                          {}, false);
        e.code = ErrorCode::InvalidArchive;
        return std::unexpected(e);
    };
    if (archive_read_open_filename(a.get(), QFile::encodeName(wheel).constData(), 64 * 1024)
        != ARCHIVE_OK)
        return damaged(archiveErrorText(a.get()));
    QString distInfo;
    archive_entry *entry = nullptr;
    while (true) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK)
            return damaged(archiveErrorText(a.get()));
        const QString name = entryName(entry);
        const std::optional<QStringList> segments = safeSegments(name);
        if (!segments)
            return damaged(tr("it holds the unsafe name '%1'").arg(name));
        if (segments->size() < 2 || !segments->first().endsWith(QLatin1String(".dist-info"))
            || archive_entry_filetype(entry) == AE_IFDIR)
            continue;
        if (archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry))
            return damaged(tr("'%1' is not a regular file").arg(name));
        if (!distInfo.isEmpty() && distInfo != segments->first())
            return damaged(
                tr("it has two .dist-info folders, %1 and %2").arg(distInfo, segments->first()));
        distInfo = segments->first();
        const QString target = QDir(into).filePath(segments->join(QLatin1Char('/')));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(target, out.errorString()));
        char buffer[64 * 1024];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a.get(), buffer, sizeof buffer)) > 0) {
            if (out.write(buffer, n) != n)
                return fail(ErrorCode::Io,
                            tr("cannot write %1: %2").arg(target, out.errorString()));
        }
        if (n < 0)
            return damaged(archiveErrorText(a.get()));
    }
    if (distInfo.isEmpty())
        return damaged(tr("it has no .dist-info folder"));
    return QDir(into).filePath(distInfo);
}

Expected<QString> checkedWheel(const Build &b, const QString &hook, const QJsonValue &value,
                               const QString &folder)
{
    const QString name = value.toString();
    if (!value.isString() || name.contains(QLatin1Char('/'))
        || !name.endsWith(QLatin1String(".whl"))
        || !QFileInfo(QDir(folder).filePath(name)).isFile())
        return std::unexpected(
            b.error(tr("%1 of the backend %2 answered '%3', which is not a wheel it wrote")
                        .arg(hook, b.backend(), name)));
    if (auto parsed = WheelFilename::parse(name.toStdString()); !parsed)
        return std::unexpected(b.error(tr("%1 of the backend %2 built %3: %4")
                                           .arg(hook, b.backend(), name, parsed.error().message)));
    return QDir(folder).filePath(name);
}

Expected<QString> checkedDistInfo(const Build &b, const QString &hook, const QString &name,
                                  const QString &folder)
{
    const QString path = QDir(folder).filePath(name);
    if (name.isEmpty() || name.contains(QLatin1Char('/'))
        || !name.endsWith(QLatin1String(".dist-info")) || !QFileInfo(path).isDir())
        return std::unexpected(
            b.error(tr("%1 of the backend %2 answered '%3', which is not a .dist-info folder it "
                       "wrote")
                        .arg(hook, b.backend(), name)));
    if (!QFileInfo(QDir(path).filePath(QStringLiteral("METADATA"))).isFile())
        return std::unexpected(b.error(
            tr("%1 of the backend %2 wrote %3 without METADATA").arg(hook, b.backend(), name)));
    return path;
}

QString hookName(BuildRequest::Hook hook)
{
    switch (hook) {
    case BuildRequest::Hook::Editable:
        return QStringLiteral("build_editable");
    case BuildRequest::Hook::Metadata:
        return QStringLiteral("prepare_metadata_for_build_wheel");
    case BuildRequest::Hook::Wheel:
        break;
    }
    return QStringLiteral("build_wheel");
}

// build_wheel or build_editable into the work folder; the wheel's path there.
Expected<QString> buildWheel(Build &b, const QString &hook)
{
    const QString folder = b.work.filePath(QStringLiteral("wheel"));
    QDir(folder).removeRecursively();
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, tr("cannot create %1").arg(folder));
    auto answer = runHook(b, hook, {folder, b.configSettings, QJsonValue::Null});
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->missing)
        return std::unexpected(
            hook == QLatin1String("build_editable")
                ? b.error(tr("the backend %1 cannot build editable installs: it has no "
                             "build_editable hook (PEP 660)")
                              .arg(b.backend()),
                          tr("install the project without editable mode, or require a version of "
                             "the backend that supports PEP 660"),
                          false)
                : b.error(tr("the backend %1 has no build_wheel hook").arg(b.backend()),
                          tr("PEP 517 requires build_wheel; check build-backend in pyproject.toml"),
                          false));
    return checkedWheel(b, hook, answer->value, folder);
}

Expected<QString> prepareMetadata(Build &b)
{
    const QString hook = hookName(BuildRequest::Hook::Metadata);
    const QString folder = b.work.filePath(QStringLiteral("metadata"));
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, tr("cannot create %1").arg(folder));
    auto answer = runHook(b, hook, {folder, b.configSettings});
    if (!answer)
        return std::unexpected(answer.error());
    if (!answer->missing)
        return checkedDistInfo(b, hook, answer->value.toString(), folder);
    auto wheel = buildWheel(b, QStringLiteral("build_wheel"));
    if (!wheel)
        return std::unexpected(wheel.error());
    const QString unpacked = b.work.filePath(QStringLiteral("metadata-from-wheel"));
    auto distInfo = unpackDistInfo(b, *wheel, unpacked);
    if (!distInfo)
        return std::unexpected(distInfo.error());
    return checkedDistInfo(b, QStringLiteral("build_wheel"), QFileInfo(*distInfo).fileName(),
                           unpacked);
}

// ----------------------------------------------------------------------------------------------
// sdists

struct Member
{
    QString name;         ///< as written in the archive
    QStringList segments; ///< normalized
    int type = 0;         ///< AE_IFREG, AE_IFDIR, AE_IFLNK
    QString linkTarget;   ///< symbolic link: its target; hard link: the member it links to
    bool hardlink = false;
    bool executable = false;
    bool nothingToWrite = false; ///< "./", or a folder listed again
};

struct Members
{
    std::vector<Member> members; ///< one per archive entry, in the archive's order
    QString top;                 ///< the single top-level folder
};

Error sdistError(const QString &archivePath, const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::InvalidArchive;
    e.file = archivePath;
    e.message = message;
    e.hint = hint;
    return e;
}

ArchiveReader openSdist(const QString &path)
{
    ArchiveReader a(archive_read_new(), archive_read_free);
    archive_read_support_filter_gzip(a.get());
    archive_read_support_filter_bzip2(a.get());
    archive_read_support_filter_xz(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 64 * 1024)
        != ARCHIVE_OK)
        return ArchiveReader(nullptr, archive_read_free);
    return a;
}

// Where a symbolic link in `folder` leads, following the archive's other links, segment by
// segment; nullopt when it climbs above the archive's root, is absolute or loops.
std::optional<QStringList> resolveLink(QStringList folder, const QString &target,
                                       const std::map<QString, QString> &links, int depth = 0)
{
    if (depth > 32 || target.startsWith(QLatin1Char('/')))
        return std::nullopt;
    for (const QString &segment : target.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (folder.isEmpty())
                return std::nullopt;
            folder.removeLast();
            continue;
        }
        folder << segment;
        const auto link = links.find(folder.join(QLatin1Char('/')));
        if (link != links.end()) {
            folder.removeLast();
            auto next = resolveLink(folder, link->second, links, depth + 1);
            if (!next)
                return std::nullopt;
            folder = *next;
        }
    }
    return folder;
}

// A tar member may say its size twice: in its ustar header and in a PAX record before it.
// libarchive believes the PAX record; a reader that ignores PAX believes the header and sees
// other members from that point on. Both must agree (unless the size is beyond what the ustar
// field can hold, 8 GiB). Walks the decompressed stream (libarchive's raw format) header by
// header; returns the first member whose sizes disagree, nullopt for agreement or a zip.
std::optional<QString> paxSizeMismatch(const QString &path)
{
    ArchiveReader a(archive_read_new(), archive_read_free);
    archive_read_support_filter_all(a.get());
    archive_read_support_format_raw(a.get());
    archive_entry *entry = nullptr;
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 64 * 1024)
            != ARCHIVE_OK
        || archive_read_next_header(a.get(), &entry) != ARCHIVE_OK)
        return std::nullopt; // the real reading says what is wrong
    QByteArray buffer;
    qsizetype at = 0;
    qint64 total = 0;
    constexpr qint64 limit = qint64(4) << 30;
    // Makes `n` bytes available at `at`; false at the end of the stream or past the limit.
    const auto need = [&](qsizetype n) {
        if (at > (1 << 20)) {
            buffer.remove(0, at);
            at = 0;
        }
        char chunk[64 * 1024];
        while (buffer.size() - at < n) {
            const la_ssize_t got = archive_read_data(a.get(), chunk, sizeof chunk);
            if (got <= 0 || (total += got) > limit)
                return false;
            buffer.append(chunk, qsizetype(got));
        }
        return true;
    };
    const auto discard = [&](qint64 n) {
        while (n > 0) {
            const qsizetype step = qsizetype(std::min<qint64>(n, 1 << 20));
            if (!need(step))
                return false;
            at += step;
            n -= step;
        }
        return true;
    };
    const auto field = [](const char *p, int length) {
        return QByteArray(p, qsizetype(qstrnlen(p, uint(length))));
    };
    std::optional<qint64> localSize;
    std::optional<qint64> globalSize;
    QByteArray paxPath;
    constexpr qint64 ustarMax = 077777777777LL;
    while (need(512)) {
        const char *h = buffer.constData() + at;
        if (std::all_of(h, h + 512, [](char c) { return c == 0; }))
            break;
        if (total <= 64 * 1024 && at == 0 && std::memcmp(h, "PK\x03\x04", 4) == 0)
            return std::nullopt; // a zip sdist: no tar headers to compare
        const char type = h[156];
        qint64 size = 0;
        if (static_cast<unsigned char>(h[124]) & 0x80) {
            size = -1; // base-256: a size the octal field cannot hold
        } else {
            bool ok = false;
            size = field(h + 124, 12).trimmed().toLongLong(&ok, 8);
            if (!ok && !field(h + 124, 12).trimmed().isEmpty())
                return std::nullopt; // not a tar stream (a zip): nothing to compare
        }
        const QByteArray name = field(h + 345, 155).isEmpty()
                                    ? field(h, 100)
                                    : field(h + 345, 155) + '/' + field(h, 100);
        at += 512;
        const qint64 padded = (std::max<qint64>(size, 0) + 511) / 512 * 512;
        if (type == 'x' || type == 'g') {
            if (size < 0 || size > (1 << 20) || !need(qsizetype(padded)))
                return tr("a PAX header of unreasonable size");
            QByteArray records = buffer.mid(at, qsizetype(size));
            at += qsizetype(padded);
            // Records: "LENGTH key=value\n".
            qsizetype p = 0;
            while (p < records.size()) {
                const qsizetype space = records.indexOf(' ', p);
                bool ok = false;
                const qsizetype length = space > p ? records.mid(p, space - p).toLongLong(&ok) : 0;
                if (!ok || length <= space - p || p + length > records.size())
                    return tr("a malformed PAX header");
                const QByteArray record = records.mid(space + 1, length - (space - p) - 2);
                const qsizetype eq = record.indexOf('=');
                const QByteArray key = record.left(eq);
                const QByteArray value = record.mid(eq + 1);
                if (key == "size") {
                    const qint64 v = value.toLongLong(&ok);
                    if (!ok || v < 0)
                        return tr("a PAX header with an invalid size");
                    (type == 'x' ? localSize : globalSize) = v;
                } else if (key == "path" && type == 'x') {
                    paxPath = value;
                }
                p += length;
            }
            continue;
        }
        if (type != 'L' && type != 'K') {
            const std::optional<qint64> said = localSize ? localSize : globalSize;
            const QByteArray member = paxPath.isEmpty() ? name : paxPath;
            if (said && *said <= ustarMax && *said != size)
                return tr("'%1' is %2 bytes by its PAX header and %3 by its tar header")
                    .arg(QString::fromUtf8(member))
                    .arg(*said)
                    .arg(size);
            localSize.reset();
            paxPath.clear();
        }
        if (!discard(padded))
            break;
    }
    return std::nullopt;
}

// Every member read and judged before anything is written.
Expected<Members> readMembers(const QString &path)
{
    ArchiveReader a = openSdist(path);
    if (!a)
        return std::unexpected(
            sdistError(path, tr("%1 cannot be opened as a .tar.gz or .zip file").arg(path)));
    const QString hostile = tr("a hostile or broken sdist; it was not unpacked");
    if (auto mismatch = paxSizeMismatch(path))
        return std::unexpected(sdistError(path, tr("%1 is not a consistent tar file: %2").arg(path, *mismatch),
                                          hostile));
    Members result;
    std::vector<Member> &members = result.members;
    QString &top = result.top;
    std::map<QString, int> types;
    std::map<QString, QString> links;
    archive_entry *entry = nullptr;
    while (true) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK)
            return std::unexpected(
                sdistError(path, tr("%1 is damaged: %2").arg(path, archiveErrorText(a.get()))));
        Member m;
        m.name = entryName(entry);
        const std::optional<QStringList> segments = safeSegments(m.name);
        if (!segments)
            return std::unexpected(sdistError(
                path,
                tr("%1 holds '%2', an absolute path or one leaving the folder it is unpacked in")
                    .arg(path, m.name),
                hostile));
        m.segments = *segments;
        m.type = int(archive_entry_filetype(entry));
        m.executable = (archive_entry_perm(entry) & 0111) != 0;
        if (const char *hardlink = archive_entry_hardlink(entry)) {
            m.hardlink = true;
            const QString target = QString::fromUtf8(hardlink);
            const std::optional<QStringList> targetSegments = safeSegments(target);
            const QString key = targetSegments ? targetSegments->join(QLatin1Char('/')) : QString();
            const auto known = types.find(key);
            if (!targetSegments || known == types.end() || known->second != AE_IFREG)
                return std::unexpected(sdistError(
                    path,
                    tr("%1 holds '%2', a hard link to '%3', which is not a file before it in the "
                       "archive")
                        .arg(path, m.name, target),
                    hostile));
            m.linkTarget = key;
            m.type = AE_IFREG;
        } else if (m.type == AE_IFLNK) {
            const char *utf8 = archive_entry_symlink_utf8(entry);
            m.linkTarget
                = utf8 ? QString::fromUtf8(utf8) : QFile::decodeName(archive_entry_symlink(entry));
        } else if (m.type != AE_IFREG && m.type != AE_IFDIR) {
            return std::unexpected(sdistError(
                path, tr("%1 holds '%2', a device, FIFO or socket").arg(path, m.name), hostile));
        }
        if (m.segments.isEmpty()) {
            if (m.type != AE_IFDIR)
                return std::unexpected(
                    sdistError(path, tr("%1 holds a file without a name").arg(path), hostile));
            m.nothingToWrite = true; // "./"
            members.push_back(std::move(m));
            continue;
        }
        if (top.isEmpty())
            top = m.segments.first();
        if (m.segments.first() != top)
            return std::unexpected(
                sdistError(path,
                           tr("%1 has more than one top-level entry ('%2' and '%3')")
                               .arg(path, top, m.segments.first()),
                           tr("an sdist holds one folder, NAME-VERSION")));
        if (m.segments.size() == 1 && m.type != AE_IFDIR)
            return std::unexpected(sdistError(
                path, tr("%1: its top-level entry '%2' is not a folder").arg(path, m.name)));
        const QString key = m.segments.join(QLatin1Char('/'));
        if (const auto seen = types.find(key); seen != types.end()) {
            if (seen->second != AE_IFDIR || m.type != AE_IFDIR)
                return std::unexpected(
                    sdistError(path, tr("%1 holds '%2' twice").arg(path, m.name), hostile));
            m.nothingToWrite = true;
        }
        types.emplace(key, m.type);
        if (m.type == AE_IFLNK)
            links.emplace(key, m.linkTarget);
        members.push_back(std::move(m));
    }
    if (top.isEmpty())
        return std::unexpected(sdistError(path, tr("%1 is empty").arg(path)));

    for (const Member &m : members) {
        // Nothing is written through a link: each parent folder must be a real folder.
        for (qsizetype n = 1; n < m.segments.size(); ++n) {
            const QString parent = m.segments.first(n).join(QLatin1Char('/'));
            if (links.contains(parent))
                return std::unexpected(sdistError(
                    path,
                    tr("%1 holds '%2', inside the symbolic link '%3'").arg(path, m.name, parent),
                    hostile));
        }
        if (m.type != AE_IFLNK)
            continue;
        const std::optional<QStringList> resolved
            = resolveLink(m.segments.first(m.segments.size() - 1), m.linkTarget, links);
        if (!resolved || resolved->isEmpty() || resolved->first() != top)
            return std::unexpected(
                sdistError(path,
                           tr("%1 holds '%2', a symbolic link to '%3', outside the source tree")
                               .arg(path, m.name, m.linkTarget),
                           hostile));
    }
    return result;
}

// `budget`: the bytes the whole archive may still unpack to, counted as they are decompressed
// (headers can lie); past it the unpacking stops, against decompression bombs.
Expected<void> writeMember(archive *a, const Member &m, const QString &root,
                           const QString &archivePath, qint64 &budget)
{
    const QString target = QDir(root).filePath(m.segments.join(QLatin1Char('/')));
    auto cannot = [&](const QString &reason) {
        return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(target, reason));
    };
    if (m.type == AE_IFDIR)
        return QDir().mkpath(target) ? Expected<void>() : cannot(tr("cannot create the folder"));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return cannot(tr("cannot create its folder"));
#ifdef Q_OS_UNIX
    if (m.type == AE_IFLNK) {
        if (::symlink(QFile::encodeName(m.linkTarget).constData(),
                      QFile::encodeName(target).constData())
            != 0)
            return cannot(QString::fromLocal8Bit(strerror(errno)));
        return {};
    }
    if (m.hardlink) {
        const QString existing = QDir(root).filePath(m.linkTarget);
        if (::link(QFile::encodeName(existing).constData(), QFile::encodeName(target).constData())
            != 0)
            return cannot(QString::fromLocal8Bit(strerror(errno)));
        return {};
    }
#endif
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return cannot(out.errorString());
    char buffer[64 * 1024];
    la_ssize_t n = 0;
    while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0) {
        budget -= n;
        if (budget < 0)
            return std::unexpected(sdistError(
                archivePath, tr("%1 unpacks to more than its limit (at '%2'): a decompression bomb, "
                                "or an sdist far larger than sdists are")
                                 .arg(archivePath, m.name)));
        if (out.write(buffer, n) != n)
            return cannot(out.errorString());
    }
    if (n < 0)
        return std::unexpected(sdistError(
            archivePath,
            tr("%1: '%2' cannot be read: %3").arg(archivePath, m.name, archiveErrorText(a))));
    if (m.executable)
        out.setPermissions(out.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return {};
}

// Unpacks beside the final place, then renames the tree in: the second reading writes what the
// first one judged, and an archive that reads differently the second time is refused.
Expected<QString> writeMembers(const QString &path, const Members &read, const QString &target,
                               qint64 maxBytes)
{
    qint64 budget = maxBytes;
    QTemporaryDir staging(QDir(target).filePath(QStringLiteral(".envdesk-unpack-")));
    if (!staging.isValid())
        return fail(ErrorCode::Io, tr("cannot write in %1: %2").arg(target, staging.errorString()));
    const std::vector<Member> &members = read.members;
    const Error changed = sdistError(path, tr("%1 changed while it was unpacked").arg(path));
    ArchiveReader a = openSdist(path);
    if (!a)
        return std::unexpected(changed);
    std::size_t next = 0;
    archive_entry *entry = nullptr;
    while (true) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK)
            return std::unexpected(
                sdistError(path, tr("%1 is damaged: %2").arg(path, archiveErrorText(a.get()))));
        if (next >= members.size() || members[next].name != entryName(entry))
            return std::unexpected(changed);
        const Member &m = members[next++];
        if (m.nothingToWrite)
            continue;
        if (auto written = writeMember(a.get(), m, staging.path(), path, budget); !written)
            return std::unexpected(written.error());
    }
    if (next != members.size())
        return std::unexpected(changed);
    const QString tree = QDir(target).filePath(read.top);
    if (!QDir().rename(QDir(staging.path()).filePath(read.top), tree))
        return fail(ErrorCode::Io, tr("cannot move the unpacked %1 to %2").arg(read.top, target));
    return tree;
}

} // namespace

Expected<BuildSystem> readBuildSystem(const QString &sourceDir)
{
    const QString source = QFileInfo(sourceDir).absoluteFilePath();
    if (!QFileInfo(source).isDir())
        return fail(ErrorCode::Io, tr("the source tree %1 is not a folder").arg(source));
    const QString file = QDir(source).filePath(QStringLiteral("pyproject.toml"));
    if (!QFileInfo::exists(file))
        return defaultBuildSystem();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = file;
        e.message = tr("cannot read %1: %2").arg(file, in.errorString());
        return std::unexpected(e);
    }
    auto document = TomlDocument::parse(in.readAll().toStdString(), file);
    if (!document)
        return std::unexpected(document.error());
    const TomlValue *table = document->root().find("build-system");
    if (!table)
        return defaultBuildSystem();
    if (!table->isTable())
        return std::unexpected(
            projectError(file, table->line,
                         tr("build-system must be a table, not a %1")
                             .arg(QLatin1String(TomlValue::typeName(table->type)))));
    const TomlValue *requires_ = table->find("requires");
    if (!requires_)
        return std::unexpected(projectError(
            file, table->line, tr("[build-system] has no requires"),
            tr("PEP 518: list what building needs, e.g. requires = [\"setuptools>=61\"], or "
               "requires = [] for none")));
    if (!requires_->isArray())
        return std::unexpected(
            projectError(file, requires_->line,
                         tr("build-system.requires must be an array of strings, not a %1")
                             .arg(QLatin1String(TomlValue::typeName(requires_->type)))));
    BuildSystem system;
    for (const TomlValue &item : requires_->array) {
        const int line = item.line > 0 ? item.line : requires_->line;
        if (!item.isString())
            return std::unexpected(
                projectError(file, line,
                             tr("build-system.requires holds a %1, not a string")
                                 .arg(QLatin1String(TomlValue::typeName(item.type)))));
        if (auto parsed = Requirement::parse(item.text); !parsed) {
            Error e = parsed.error().at(file, line);
            e.message = tr("build-system.requires: %1").arg(e.message);
            return std::unexpected(e);
        }
        system.requires_.push_back(item.text);
    }
    if (const TomlValue *backend = table->find("build-backend")) {
        // PEP 517: "module" or "module:object", each a dotted Python name.
        static const QRegularExpression objectReference(
            QStringLiteral("^\\s*[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*\\s*(:\\s*[A-Za-z_]\\w*(\\.[A-"
                           "Za-z_]\\w*)*\\s*)?$"));
        if (!backend->isString() || !objectReference.match(qs(backend->text)).hasMatch())
            return std::unexpected(projectError(
                file, backend->line,
                backend->isString() ? tr("build-backend '%1' is not a module or module:object")
                                          .arg(qs(backend->text))
                                    : tr("build-backend must be a string, not a %1")
                                          .arg(QLatin1String(TomlValue::typeName(backend->type))),
                tr("PEP 517: e.g. build-backend = \"setuptools.build_meta\"")));
        system.backend = backend->text;
    } else {
        system.backend = legacyBackend;
        system.legacy = true;
    }
    if (const TomlValue *path = table->find("backend-path")) {
        if (!path->isArray())
            return std::unexpected(
                projectError(file, path->line,
                             tr("build-system.backend-path must be an array of strings, not a %1")
                                 .arg(QLatin1String(TomlValue::typeName(path->type)))));
        const QStringList canonicalSource = segmentsOf(QFileInfo(source).canonicalFilePath());
        const QString outside = tr("PEP 517: backend-path lists folders inside the source tree, "
                                   "relative to it");
        for (const TomlValue &item : path->array) {
            const int line = item.line > 0 ? item.line : path->line;
            if (!item.isString())
                return std::unexpected(
                    projectError(file, line,
                                 tr("build-system.backend-path holds a %1, not a string")
                                     .arg(QLatin1String(TomlValue::typeName(item.type)))));
            const QString entry = qs(item.text);
            QStringList resolved;
            bool leaves = entry.isEmpty() || QDir::isAbsolutePath(entry);
            for (const QString &segment : segmentsOf(entry)) {
                if (segment != QLatin1String(".."))
                    resolved << segment;
                else if (resolved.isEmpty())
                    leaves = true;
                else
                    resolved.removeLast();
            }
            // Through symbolic links too: the folder that is really read must be in the tree.
            const QString canonical
                = QFileInfo(QDir(source).filePath(resolved.join(QLatin1Char('/'))))
                      .canonicalFilePath();
            if (!leaves && !canonical.isEmpty())
                leaves = !startsWithSegments(segmentsOf(canonical), canonicalSource);
            if (leaves)
                return std::unexpected(projectError(
                    file, line, tr("backend-path entry '%1' is outside the source tree").arg(entry),
                    outside));
            // Without build-backend, backend-path has nothing to say (pip ignores it too).
            if (!system.legacy)
                system.backendPath.push_back(item.text);
        }
    }
    return system;
}

Expected<BuildResult> buildSource(const BuildRequest &request)
{
    Build b(request);
    b.source = QFileInfo(request.sourceDir).absoluteFilePath();
    if (request.sourceDir.isEmpty() || request.outputDir.isEmpty() || request.basePython.isEmpty())
        return fail(ErrorCode::BuildFailed,
                    tr("a build needs a source tree, an output folder and a base interpreter"));
    auto system = readBuildSystem(b.source);
    if (!system)
        return std::unexpected(system.error());
    b.system = *system;
    auto settings = parseConfigSettings(request.configSettings);
    if (!settings)
        return std::unexpected(b.within(settings.error()));
    b.configSettings = *settings;
    if (!b.work.isValid())
        return std::unexpected(b.within(
            fail(ErrorCode::Io, tr("no temporary folder: %1").arg(b.work.errorString())).error()));
    if (b.isCancelled())
        return std::unexpected(b.cancelledError());

    auto base = probeInterpreter(request.basePython);
    if (!base)
        return std::unexpected(b.within(base.error()));
    auto env = createVirtualEnvironment(b.work.filePath(QStringLiteral("env")), *base);
    if (!env)
        return std::unexpected(b.within(env.error()));
    b.venv = env->path;
    b.python = env->python;

    if (auto done = provision(b, b.system.requires_, true); !done)
        return std::unexpected(done.error());
    const QString getRequires = request.hook == BuildRequest::Hook::Editable
                                    ? QStringLiteral("get_requires_for_build_editable")
                                    : QStringLiteral("get_requires_for_build_wheel");
    auto asked = runHook(b, getRequires, {b.configSettings});
    if (!asked)
        return std::unexpected(asked.error());
    auto extra = requirementsFrom(b, getRequires, *asked);
    if (!extra)
        return std::unexpected(extra.error());
    if (auto done = provision(b, *extra, false); !done)
        return std::unexpected(done.error());

    Expected<QString> published;
    if (request.hook == BuildRequest::Hook::Metadata) {
        auto distInfo = prepareMetadata(b);
        if (!distInfo)
            return std::unexpected(distInfo.error());
        published = publishFolder(b, *distInfo);
    } else {
        auto wheel = buildWheel(b, hookName(request.hook));
        if (!wheel)
            return std::unexpected(wheel.error());
        published = publishFile(b, *wheel);
    }
    if (!published)
        return std::unexpected(b.within(published.error()));
    BuildResult result;
    result.path = *published;
    for (const QString &line : b.lines)
        result.output << line;
    return result;
}

Expected<QString> unpackSdist(const QString &archivePath, const QString &targetDir, qint64 maxBytes)
{
    const QString path = QFileInfo(archivePath).absoluteFilePath();
    auto read = readMembers(path);
    if (!read)
        return std::unexpected(read.error());
    const QString target = QFileInfo(targetDir).absoluteFilePath();
    const QString tree = QDir(target).filePath(read->top);
    if (QFileInfo::exists(tree) || QFileInfo(tree).isSymLink())
        return std::unexpected(
            sdistError(path, tr("%1 already exists; %2 was not unpacked").arg(tree, path),
                       tr("unpack into an empty folder")));
    const bool created = !QFileInfo::exists(target);
    if (!QDir().mkpath(target))
        return fail(ErrorCode::Io, tr("cannot create %1").arg(target));
    auto unpacked = writeMembers(path, *read, target, maxBytes);
    if (!unpacked && created)
        QDir().rmdir(target);
    return unpacked;
}

} // namespace Envdesk::Core
