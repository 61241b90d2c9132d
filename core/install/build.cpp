#include "build.h"
#include "build_p.h"

#include "venv.h"

#include "../pep/filename.h"
#include "../pep/interpreterprobe.h"
#include "../pep/requirement.h"

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

#include <deque>
#include <memory>
#include <optional>
#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

// The PEP 517 runner: a build environment, the backend's hooks run in it, the result published.
// [build-system] is read in buildsystem.cpp, sdists are unpacked in sdist.cpp.

namespace Envdesk::Core {

using namespace BuildDetail;

namespace {

QString joined(const std::vector<std::string> &items)
{
    QStringList out;
    for (const std::string &item : items)
        out << qs(item);
    return out.join(QLatin1String(", "));
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
        e.message = Tr::tr("the build of %1 was cancelled").arg(source);
        return e;
    }

    // An error of the build; the backend's last lines follow the sentence, as pip shows them.
    Error error(const QString &message, const QString &hint = {}, bool withOutput = true) const
    {
        Error e;
        e.code = ErrorCode::BuildFailed;
        e.message = Tr::tr("cannot build %1: %2").arg(source, message);
        if (withOutput && !lines.empty())
            e.message += QLatin1Char('\n') + Tr::tr("last output of the backend:") + QLatin1Char('\n')
                         + tail();
        e.hint = hint;
        return e;
    }

    // The same error, said to be about this build.
    Error within(Error e) const
    {
        if (e.code != ErrorCode::Cancelled)
            e.message = Tr::tr("cannot build %1: %2").arg(source, e.message);
        return e;
    }

    QString setuptoolsHint() const
    {
        return Tr::tr("%1 declares no build-backend, so it is built with setuptools (PEP 517's "
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
                        Tr::tr("the config setting '%1' is not KEY=VALUE").arg(setting),
                        Tr::tr("write each config setting as KEY=VALUE"));
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
                b.error(Tr::tr("cannot write %1: %2").arg(requestFile, out.errorString()), {}, false));
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
            b.error(Tr::tr("cannot start %1: %2").arg(b.python, process.errorString()), {}, false));
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

    const QString what = Tr::tr("%1 of the backend %2").arg(hook, b.backend());
    if (process.exitStatus() != QProcess::NormalExit)
        return std::unexpected(b.error(Tr::tr("%1 was killed by a signal").arg(what)));
    if (process.exitCode() != 0) {
        // A module the build itself imports (setup.py importing numpy, Cython) is the usual cause.
        static const QRegularExpression missingModule(
            QStringLiteral("ModuleNotFoundError: No module named '([^']+)'"));
        QString hint;
        const auto m = missingModule.match(b.tail());
        if (m.hasMatch())
            hint = Tr::tr("the build needs the module %1, which is not in the build environment: add "
                      "the project providing it to [build-system] requires")
                       .arg(m.captured(1));
        return std::unexpected(
            b.error(Tr::tr("%1 exited with status %2").arg(what).arg(process.exitCode()), hint));
    }
    QFile in(answerFile);
    if (!in.open(QIODevice::ReadOnly))
        return std::unexpected(
            b.error(Tr::tr("%1 ended (exit status 0) without returning an answer").arg(what)));
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
                Tr::tr("the backend %1 cannot be imported (running %2)").arg(b.backend(), hook),
                b.system.legacy
                    ? b.setuptoolsHint()
                    : Tr::tr("the backend %1 is not installed in the build environment: add it to "
                         "[build-system] requires")
                          .arg(module)));
        if (!missing.isEmpty())
            return std::unexpected(b.error(
                Tr::tr("the backend %1 cannot be imported (running %2): it needs the module %3")
                    .arg(b.backend(), hook, missing),
                Tr::tr("the module %1 is not installed in the build environment: add the project "
                   "providing it to [build-system] requires")
                    .arg(missing)));
        return std::unexpected(
            b.error(Tr::tr("the backend %1 cannot be imported (running %2)").arg(b.backend(), hook)));
    }
    if (status == QLatin1String("backend-outside"))
        return std::unexpected(
            b.error(Tr::tr("the backend %1 was loaded from %2, not from its backend-path (running %3)")
                        .arg(b.backend(), answer.value(QLatin1String("origin")).toString(), hook),
                    Tr::tr("PEP 517: an in-tree backend must be found in a backend-path folder; check "
                       "build-backend and backend-path in pyproject.toml")));
    if (status == QLatin1String("object-missing"))
        return std::unexpected(
            b.error(Tr::tr("the backend %1 has no object %2 (running %3)")
                        .arg(b.backend(), answer.value(QLatin1String("object")).toString(), hook),
                    Tr::tr("check build-backend in pyproject.toml")));
    return std::unexpected(b.error(Tr::tr("%1 answered something unreadable").arg(what)));
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
            Tr::tr("its build requirements %1 cannot be installed: no installer was given")
                .arg(joined(requirements)),
            setuptoolsFallback ? b.setuptoolsHint()
                               : Tr::tr("the build runs in an isolated environment that gets only "
                                    "the backend's requirements; they must be installable"),
            false));
    auto done = b.request.provision(requirements, b.venv);
    if (!done) {
        Error e = done.error();
        if (e.code == ErrorCode::Cancelled)
            return std::unexpected(e);
        e.message = Tr::tr("cannot build %1: installing its build requirements %2 failed: %3")
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
        return std::unexpected(b.error(Tr::tr("the backend %1 answered %2 with %3, not a list of "
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
        return fail(ErrorCode::Io, Tr::tr("cannot create %1").arg(outputDir));
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
        return fail(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(target, reason));
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
        return fail(ErrorCode::Io, Tr::tr("cannot create %1").arg(outputDir));
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
            return failed(Tr::tr("cannot write in %1: %2").arg(outputDir, staging.errorString()));
        const QString copy = QDir(staging.path()).filePath(name);
        if (!copyFolder(folder, copy))
            return failed(Tr::tr("cannot copy %1 to %2").arg(folder, outputDir));
        const QString aside = QDir(staging.path()).filePath(QStringLiteral("replaced"));
        const bool replacing = QFileInfo::exists(target) || QFileInfo(target).isSymLink();
        if (replacing && !QDir().rename(target, aside))
            return failed(Tr::tr("cannot replace %1").arg(target));
        if (!QDir().rename(copy, target)) {
            if (replacing)
                QDir().rename(aside, target);
            return failed(Tr::tr("cannot move the new %1 into %2").arg(name, outputDir));
        }
    }
    return target;
}

// The wheel's .dist-info folder, unpacked into `into`: PEP 517's answer for a backend without
// prepare_metadata_for_build_wheel.
Expected<QString> unpackDistInfo(const Build &b, const QString &wheel, const QString &into)
{
    ArchiveReader a(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(a.get());
    auto damaged = [&](const QString &what) {
        Error e = b.error(Tr::tr("the wheel %1 from %2 is damaged: %3")
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
            return damaged(Tr::tr("it holds the unsafe name '%1'").arg(name));
        if (segments->size() < 2 || !segments->first().endsWith(QLatin1String(".dist-info"))
            || archive_entry_filetype(entry) == AE_IFDIR)
            continue;
        if (archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry))
            return damaged(Tr::tr("'%1' is not a regular file").arg(name));
        if (!distInfo.isEmpty() && distInfo != segments->first())
            return damaged(
                Tr::tr("it has two .dist-info folders, %1 and %2").arg(distInfo, segments->first()));
        distInfo = segments->first();
        const QString target = QDir(into).filePath(segments->join(QLatin1Char('/')));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(target, out.errorString()));
        char buffer[64 * 1024];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a.get(), buffer, sizeof buffer)) > 0) {
            if (out.write(buffer, n) != n)
                return fail(ErrorCode::Io,
                            Tr::tr("cannot write %1: %2").arg(target, out.errorString()));
        }
        if (n < 0)
            return damaged(archiveErrorText(a.get()));
    }
    if (distInfo.isEmpty())
        return damaged(Tr::tr("it has no .dist-info folder"));
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
            b.error(Tr::tr("%1 of the backend %2 answered '%3', which is not a wheel it wrote")
                        .arg(hook, b.backend(), name)));
    if (auto parsed = WheelFilename::parse(name.toStdString()); !parsed)
        return std::unexpected(b.error(Tr::tr("%1 of the backend %2 built %3: %4")
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
            b.error(Tr::tr("%1 of the backend %2 answered '%3', which is not a .dist-info folder it "
                       "wrote")
                        .arg(hook, b.backend(), name)));
    if (!QFileInfo(QDir(path).filePath(QStringLiteral("METADATA"))).isFile())
        return std::unexpected(b.error(
            Tr::tr("%1 of the backend %2 wrote %3 without METADATA").arg(hook, b.backend(), name)));
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
        return fail(ErrorCode::Io, Tr::tr("cannot create %1").arg(folder));
    auto answer = runHook(b, hook, {folder, b.configSettings, QJsonValue::Null});
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->missing)
        return std::unexpected(
            hook == QLatin1String("build_editable")
                ? b.error(Tr::tr("the backend %1 cannot build editable installs: it has no "
                             "build_editable hook (PEP 660)")
                              .arg(b.backend()),
                          Tr::tr("install the project without editable mode, or require a version of "
                             "the backend that supports PEP 660"),
                          false)
                : b.error(Tr::tr("the backend %1 has no build_wheel hook").arg(b.backend()),
                          Tr::tr("PEP 517 requires build_wheel; check build-backend in pyproject.toml"),
                          false));
    return checkedWheel(b, hook, answer->value, folder);
}

Expected<QString> prepareMetadata(Build &b)
{
    const QString hook = hookName(BuildRequest::Hook::Metadata);
    const QString folder = b.work.filePath(QStringLiteral("metadata"));
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, Tr::tr("cannot create %1").arg(folder));
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

} // namespace

Expected<BuildResult> buildSource(const BuildRequest &request)
{
    Build b(request);
    b.source = QFileInfo(request.sourceDir).absoluteFilePath();
    if (request.sourceDir.isEmpty() || request.outputDir.isEmpty() || request.basePython.isEmpty())
        return fail(ErrorCode::BuildFailed,
                    Tr::tr("a build needs a source tree, an output folder and a base interpreter"));
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
            fail(ErrorCode::Io, Tr::tr("no temporary folder: %1").arg(b.work.errorString())).error()));
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

} // namespace Envdesk::Core
