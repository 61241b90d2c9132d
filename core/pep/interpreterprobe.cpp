#include "interpreterprobe.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Pep)
};

// Runs inside the interpreter being probed: Python 2.7 and 3.x, standard library only. It
// reports raw facts; envdesk computes tags and the rest itself.
const char probeScript[] = R"PY(
import json, os, platform, sys, sysconfig
def cv(name):
    try:
        return sysconfig.get_config_var(name)
    except Exception:
        return None
vi = sys.version_info
impl = getattr(sys, "implementation", None)
if impl is not None:
    name = impl.name
    iv = impl.version
    ivs = "%d.%d.%d" % (iv[0], iv[1], iv[2])
    if iv[3] != "final":
        ivs += iv[3][0] + str(iv[4])
else:
    name = platform.python_implementation().lower()
    ivs = "0"
try:
    from importlib.machinery import EXTENSION_SUFFIXES
except ImportError:
    EXTENSION_SUFFIXES = []
glibc = None
try:
    glibc = os.confstr("CS_GNU_LIBC_VERSION")
except (AttributeError, OSError, ValueError):
    pass
paths = {}
try:
    for k, v in sysconfig.get_paths().items():
        paths[k] = v
except Exception:
    pass
ext = cv("EXT_SUFFIX")
if ext is None:
    ext = cv("SO")
mac = platform.mac_ver()
out = {
    "probe": "envdesk-1",
    "version": [vi[0], vi[1], vi[2], vi[3], vi[4]],
    "implementation": name,
    "executable": sys.executable,
    "prefix": sys.prefix,
    "base_prefix": getattr(sys, "base_prefix", getattr(sys, "real_prefix", sys.prefix)),
    "paths": paths,
    "markers": {
        "implementation_name": name,
        "implementation_version": ivs,
        "os_name": os.name,
        "platform_machine": platform.machine(),
        "platform_release": platform.release(),
        "platform_system": platform.system(),
        "platform_version": platform.version(),
        "python_full_version": platform.python_version(),
        "platform_python_implementation": platform.python_implementation(),
        "python_version": ".".join(platform.python_version_tuple()[:2]),
        "sys_platform": sys.platform,
    },
    "tags": {
        "Py_DEBUG": cv("Py_DEBUG"),
        "WITH_PYMALLOC": cv("WITH_PYMALLOC"),
        "Py_UNICODE_SIZE": cv("Py_UNICODE_SIZE"),
        "EXT_SUFFIX": ext,
        "py_version_nodot": cv("py_version_nodot"),
        "has_refcount": hasattr(sys, "gettotalrefcount"),
        "ext_d": "_d.pyd" in EXTENSION_SUFFIXES,
        "maxunicode_wide": sys.maxunicode == 0x10FFFF,
        "system": platform.system(),
        "sysconfig_platform": sysconfig.get_platform(),
        "is32": sys.maxsize <= 2 ** 32,
        "glibc": glibc,
        "mac_version": mac[0],
        "mac_arch": mac[2],
    },
}
sys.stdout.write(json.dumps(out))
)PY";

Error probeError(const QString &path, const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::ProbeFailed;
    e.file = path;
    e.message = message;
    e.hint = hint;
    return e;
}

std::optional<bool> optionalBool(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (v.isBool())
        return v.toBool();
    return v.toInt() != 0;
}

} // namespace

Expected<InterpreterInfo> probeInterpreter(const QString &path, int timeoutMs)
{
    auto output = runInterpreterProbe(path, timeoutMs);
    if (!output)
        return std::unexpected(output.error());
    return interpreterFromProbeOutput(path, *output);
}

Expected<QByteArray> runInterpreterProbe(const QString &path, int timeoutMs)
{
    QString program = path;
    if (!path.contains(QLatin1Char('/'))) {
        program = QStandardPaths::findExecutable(path);
        if (program.isEmpty())
            return std::unexpected(
                probeError(path, Tr::tr("there is no '%1' on PATH").arg(path),
                           Tr::tr("install Python, or give the interpreter's full path")));
    }
    const QFileInfo info(program);
    if (!info.exists())
        return std::unexpected(probeError(path, Tr::tr("%1 does not exist").arg(program)));
    if (!info.isExecutable() || info.isDir())
        return std::unexpected(
            probeError(path, Tr::tr("%1 is not an executable program").arg(program)));
    QProcess process;
    process.start(program, {QStringLiteral("-E"), QStringLiteral("-s"), QStringLiteral("-c"),
                            QString::fromUtf8(probeScript)});
    if (!process.waitForStarted(timeoutMs))
        return std::unexpected(probeError(
            path, Tr::tr("%1 could not be started: %2").arg(program, process.errorString())));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return std::unexpected(probeError(
            path, Tr::tr("%1 did not answer within %2 seconds").arg(program).arg(timeoutMs / 1000),
            Tr::tr("the interpreter hangs at start; check its site-packages or startup files")));
    }
    const QByteArray output = process.readAllStandardOutput();
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::unexpected(probeError(
            path,
            Tr::tr("%1 failed (exit code %2)%3")
                .arg(program)
                .arg(process.exitCode())
                .arg(errors.isEmpty() ? QString() : QStringLiteral(": ") + errors.right(300))));
    return output;
}

Expected<InterpreterInfo> interpreterFromProbeOutput(const QString &path, const QByteArray &output)
{
    const QString program = path;
    const QJsonObject o = QJsonDocument::fromJson(output).object();
    if (o.value(QLatin1String("probe")).toString() != QLatin1String("envdesk-1"))
        return std::unexpected(
            probeError(path, Tr::tr("%1 did not answer like a Python interpreter (it printed '%2')")
                                 .arg(program, QString::fromUtf8(output.left(80)).trimmed())));
    InterpreterInfo result;
    result.path = path;
    const QJsonArray v = o.value(QLatin1String("version")).toArray();
    result.major = v.at(0).toInt();
    result.minor = v.at(1).toInt();
    result.micro = v.at(2).toInt();
    result.releaseLevel = v.at(3).toString().toStdString();
    result.implementation = o.value(QLatin1String("implementation")).toString().toStdString();
    result.executable = o.value(QLatin1String("executable")).toString();
    result.prefix = o.value(QLatin1String("prefix")).toString();
    result.basePrefix = o.value(QLatin1String("base_prefix")).toString();
    const QJsonObject paths = o.value(QLatin1String("paths")).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it)
        result.paths[it.key().toStdString()] = it.value().toString();
    const QJsonObject m = o.value(QLatin1String("markers")).toObject();
    auto s = [&m](const char *k) { return m.value(QLatin1String(k)).toString().toStdString(); };
    result.markers = {s("implementation_name"),
                      s("implementation_version"),
                      s("os_name"),
                      s("platform_machine"),
                      s("platform_release"),
                      s("platform_system"),
                      s("platform_version"),
                      s("python_full_version"),
                      s("platform_python_implementation"),
                      s("python_version"),
                      s("sys_platform"),
                      {}, // extras and dependency groups: a lock's choice, not the interpreter's
                      {}};
    result.version = result.markers.pythonFullVersion;
    const QJsonObject t = o.value(QLatin1String("tags")).toObject();
    TagEnvironment &te = result.tags;
    te.implementation = result.implementation;
    te.major = result.major;
    te.minor = result.minor;
    te.pyDebug = optionalBool(t.value(QLatin1String("Py_DEBUG")));
    te.withPymalloc = optionalBool(t.value(QLatin1String("WITH_PYMALLOC")));
    if (t.value(QLatin1String("Py_UNICODE_SIZE")).isDouble())
        te.unicodeSize = t.value(QLatin1String("Py_UNICODE_SIZE")).toInt();
    te.hasTotalRefcount = t.value(QLatin1String("has_refcount")).toBool();
    te.hasDebugExtensionSuffix = t.value(QLatin1String("ext_d")).toBool();
    te.maxUnicodeIsWide = t.value(QLatin1String("maxunicode_wide")).toBool();
    te.extSuffix = t.value(QLatin1String("EXT_SUFFIX")).toString().toStdString();
    const QJsonValue nodot = t.value(QLatin1String("py_version_nodot"));
    te.pyVersionNodot = nodot.isString()   ? nodot.toString().toStdString()
                        : nodot.isDouble() ? std::to_string(nodot.toInt())
                                           : std::string();
    te.system = t.value(QLatin1String("system")).toString().toStdString();
    te.sysconfigPlatform = t.value(QLatin1String("sysconfig_platform")).toString().toStdString();
    te.is32Bit = t.value(QLatin1String("is32")).toBool();
    const QString glibc = t.value(QLatin1String("glibc")).toString(); // "glibc 2.36"
    if (glibc.startsWith(QLatin1String("glibc "))) {
        const QStringList parts = glibc.mid(6).split(QLatin1Char('.'));
        bool ok1 = false;
        bool ok2 = false;
        const int major = parts.value(0).toInt(&ok1);
        const int minor = parts.value(1).toInt(&ok2);
        if (ok1 && ok2) {
            te.glibcMajor = major;
            te.glibcMinor = minor;
        }
    }
    const QStringList mac
        = t.value(QLatin1String("mac_version")).toString().split(QLatin1Char('.'));
    if (mac.size() >= 2) {
        te.macMajor = mac[0].toInt();
        te.macMinor = mac[1].toInt();
    }
    te.macArch = t.value(QLatin1String("mac_arch")).toString().toStdString();
    return result;
}

} // namespace Envdesk::Core
