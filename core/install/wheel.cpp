#include "wheel.h"
#include "wheel_p.h"

#include "../net/sha256.h"
#include "../pep/name.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <linux/fs.h> // FICLONE
#endif
#include <map>
#include <set>

// Installing a checked wheel (wheelarchive.cpp reads and checks it) into a scheme, through the
// cache of unpacked wheels; uninstalling a distribution.

namespace Envdesk::Core {

using namespace WheelDetail;

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')))
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray shebang(const QString &python)
{
    if (!python.contains(QLatin1Char(' ')))
        return "#!" + QFile::encodeName(python) + "\n";
    // A path with spaces cannot be a shebang: let sh find it.
    return "#!/bin/sh\n'''exec' \"" + QFile::encodeName(python) + "\" \"$0\" \"$@\"\n' '''\n";
}

constexpr char unpackedFormat[] = "envdesk-unpacked-1";

QString unpackedFolder(const QString &cacheDir, const QByteArray &sha256)
{
    return QDir(cacheDir).filePath(QString::fromLatin1(sha256.left(2)) + QLatin1Char('/')
                                   + QString::fromLatin1(sha256));
}

QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    hash.addData(&f);
    return hash.result().toHex();
}

// The unpacked copy in the cache, if there is a complete one.
std::optional<ValidatedWheel> loadUnpacked(const QString &folder)
{
    QFile manifest(QDir(folder).filePath(QStringLiteral("manifest.json")));
    if (!manifest.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
    if (m.value(QLatin1String("format")).toString() != QLatin1String(unpackedFormat))
        return std::nullopt;
    ValidatedWheel v;
    v.fileName = m.value(QLatin1String("fileName")).toString();
    v.projectName = m.value(QLatin1String("projectName")).toString();
    v.distInfo = m.value(QLatin1String("distInfo")).toString();
    v.dataDir = m.value(QLatin1String("dataDir")).toString();
    v.distName = m.value(QLatin1String("distName")).toString();
    v.version = m.value(QLatin1String("version")).toString();
    v.purelibRoot = m.value(QLatin1String("purelibRoot")).toBool();
    for (const QJsonValue &ep : m.value(QLatin1String("entryPoints")).toArray()) {
        const QJsonArray a = ep.toArray();
        v.entryPoints.push_back(
            {a.at(0).toString(), a.at(1).toString(), a.at(2).toString(), a.at(3).toBool()});
    }
    for (const QJsonValue &f : m.value(QLatin1String("files")).toArray()) {
        const QJsonArray a = f.toArray();
        v.files.push_back({a.at(0).toString(),
                           a.at(1).toString().toLatin1(),
                           qint64(a.at(2).toDouble()),
                           a.at(3).toBool(),
                           {}});
    }
    v.tree = QDir(folder).filePath(QStringLiteral("tree"));
    if (v.files.empty() || v.distInfo.isEmpty())
        return std::nullopt;
    return v;
}

#ifdef Q_OS_UNIX
// Makes `folder` and the folders above it that are missing (mode 0755, less the umask), once:
// `made` remembers what this unpack made or found.
bool makeFolders(const QByteArray &folder, std::set<QByteArray> *made)
{
    if (folder.isEmpty() || made->count(folder))
        return true;
    if (::mkdir(folder.constData(), 0755) != 0) {
        if (errno == ENOENT) {
            const qsizetype slash = folder.lastIndexOf('/');
            if (slash <= 0 || !makeFolders(folder.left(slash), made))
                return false;
            if (::mkdir(folder.constData(), 0755) != 0 && errno != EEXIST)
                return false;
        } else if (errno != EEXIST) {
            return false; // EEXIST: a file standing there makes the file's open fail instead
        }
    }
    made->insert(folder);
    return true;
}

// Writes `data` into a new file (never over an existing one, never through a link) whose
// permissions are `mode` less the umask, as any installer's files.
bool writeNewFile(const QByteArray &path, const QByteArray &data, mode_t mode)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return false;
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, std::size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            return false;
        }
        done += n;
    }
    return ::close(fd) == 0;
}
#endif

// Writes a checked wheel's files into the cache (a temporary folder renamed into place, so a
// reader sees a whole copy or none) and returns it pointing there. Failing to cache is not an
// error: the wheel is installed from memory instead.
std::optional<ValidatedWheel> unpackIntoCache(const ValidatedWheel &v, const QString &folder)
{
    const QString parent = QFileInfo(folder).absolutePath();
    QDir().mkpath(parent);
    const QString temporary = folder + QStringLiteral(".tmp-")
                              + QString::number(QCoreApplication::applicationPid())
                              + QLatin1Char('-') + QString::number(quintptr(&v), 16);
    QDir(temporary).removeRecursively();
    const QString tree = QDir(temporary).filePath(QStringLiteral("tree"));
    QJsonArray files;
#ifdef Q_OS_UNIX
    // One mkdir per folder and an open, a write and a close per file: a cold install writes
    // every file of every wheel here once, and QDir::mkpath, QFile and setPermissions cost
    // eight more system calls per file (bench/README.md).
    const QByteArray treePath = QFile::encodeName(tree);
    std::set<QByteArray> madeFolders;
#endif
    for (const ValidatedWheel::File &f : v.files) {
        // Scripts get their executable bit here: an environment's hardlink shares it.
        const bool script
            = f.executable || f.name.startsWith(v.dataDir + QStringLiteral("/scripts/"));
#ifdef Q_OS_UNIX
        const QByteArray path = treePath + '/' + QFile::encodeName(f.name);
        const bool written = makeFolders(path.left(path.lastIndexOf('/')), &madeFolders)
                             && writeNewFile(path, f.data, script ? 0755 : 0644);
#else
        const QString path = QDir(tree).filePath(f.name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        bool written = out.open(QIODevice::WriteOnly | QIODevice::NewOnly)
                       && out.write(f.data) == f.data.size() && out.flush();
        out.close();
        if (written)
            written = QFile::setPermissions(
                path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther
                          | (script ? QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther
                                    : QFile::Permissions()));
#endif
        if (!written) {
            QDir(temporary).removeRecursively();
            return std::nullopt;
        }
        files.append(QJsonArray{f.name, QString::fromLatin1(f.hash), double(f.size), f.executable});
    }
    QJsonArray entryPoints;
    for (const EntryPoint &ep : v.entryPoints)
        entryPoints.append(QJsonArray{ep.name, ep.module, ep.attribute, ep.gui});
    const QJsonObject manifest{{QStringLiteral("format"), QLatin1String(unpackedFormat)},
                               {QStringLiteral("fileName"), v.fileName},
                               {QStringLiteral("projectName"), v.projectName},
                               {QStringLiteral("distInfo"), v.distInfo},
                               {QStringLiteral("dataDir"), v.dataDir},
                               {QStringLiteral("distName"), v.distName},
                               {QStringLiteral("version"), v.version},
                               {QStringLiteral("purelibRoot"), v.purelibRoot},
                               {QStringLiteral("entryPoints"), entryPoints},
                               {QStringLiteral("files"), files}};
    QFile m(QDir(temporary).filePath(QStringLiteral("manifest.json")));
    const QByteArray text = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    if (!m.open(QIODevice::WriteOnly) || m.write(text) != text.size() || !m.flush()) {
        QDir(temporary).removeRecursively();
        return std::nullopt;
    }
    m.close();
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(folder).constData())
        != 0) {
        QDir(temporary).removeRecursively(); // another process cached it first: use theirs
    }
    return loadUnpacked(folder);
}

// Puts `source` (a file in the cache) at `target` as the link mode says: a hardlink, a reflink,
// or a copy; a hardlink or reflink the filesystem refuses becomes a copy.
bool placeFile(const QString &source, const QString &target, LinkMode mode)
{
    const QByteArray from = QFile::encodeName(source);
    const QByteArray to = QFile::encodeName(target);
#ifdef Q_OS_UNIX
    if (mode == LinkMode::Hardlink && ::link(from.constData(), to.constData()) == 0)
        return true;
#endif
#ifdef FICLONE
    if (mode == LinkMode::Clone) {
        const int in = ::open(from.constData(), O_RDONLY | O_CLOEXEC);
        if (in >= 0) {
            const int out = ::open(to.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
            const bool cloned = out >= 0 && ::ioctl(out, FICLONE, in) == 0;
            if (out >= 0) {
                struct stat st;
                if (cloned && ::fstat(in, &st) == 0)
                    ::fchmod(out, st.st_mode & 0777);
                ::close(out);
            }
            ::close(in);
            if (cloned)
                return true;
            if (out >= 0)
                ::unlink(to.constData());
        }
    }
#endif
    return QFile::copy(source, target);
}

} // namespace

std::optional<LinkMode> parseLinkMode(const QString &text)
{
    if (text == QLatin1String("hardlink"))
        return LinkMode::Hardlink;
    if (text == QLatin1String("clone"))
        return LinkMode::Clone;
    if (text == QLatin1String("copy"))
        return LinkMode::Copy;
    return std::nullopt;
}

InstallScheme InstallScheme::forVirtualEnvironment(const QString &venv, const QString &sitePackages)
{
    InstallScheme s;
    s.purelib = sitePackages;
    s.platlib = sitePackages;
    s.scripts = QDir(venv).filePath(QStringLiteral("bin"));
    s.headers = QDir(venv).filePath(QStringLiteral("include/site"));
    s.data = venv;
    s.python = QDir(venv).filePath(QStringLiteral("bin/python"));
    return s;
}

namespace {

Expected<InstalledWheel> installValidated(const ValidatedWheel &v, const QString &wheelPath,
                                          const InstallScheme &scheme,
                                          const WheelInstallOptions &options)
{
    const QString &fileName = v.fileName;
    const QString &dataDir = v.dataDir;
    const QString &distInfo = v.distInfo;
    // Where each file goes.
    struct Planned
    {
        const ValidatedWheel::File *file;
        QString target;
        bool script = false;
        QString relative; ///< as RECORD names it (relative to the root); empty: compute it
    };
    std::vector<Planned> plan;
    const QString root = v.purelibRoot ? scheme.purelib : scheme.platlib;
    for (const ValidatedWheel::File &e : v.files) {
        if (e.name.startsWith(dataDir + QLatin1Char('/'))) {
            const QString rest = e.name.mid(dataDir.size() + 1);
            const QString kind = rest.section(QLatin1Char('/'), 0, 0);
            const QString inner = rest.section(QLatin1Char('/'), 1);
            if (auto problem = checkDataEntry(kind, inner, fileName, wheelPath))
                return std::unexpected(*problem);
            QString base;
            if (kind == QLatin1String("purelib"))
                base = scheme.purelib;
            else if (kind == QLatin1String("platlib"))
                base = scheme.platlib;
            else if (kind == QLatin1String("scripts"))
                base = scheme.scripts;
            else if (kind == QLatin1String("headers"))
                base = QDir(scheme.headers).filePath(v.projectName);
            else
                base = scheme.data;
            if (inner.isEmpty())
                continue;
            plan.push_back({&e, QDir(base).filePath(inner), kind == QLatin1String("scripts"), QString()});
        } else {
            plan.push_back({&e, root + QLatin1Char('/') + e.name, false, e.name});
        }
    }
    const std::vector<EntryPoint> &entryPoints = v.entryPoints;

    // Write; on any failure, remove what this call wrote.
    InstalledWheel result;
    result.name = v.distName.toStdString();
    result.version = v.version.toStdString();
    result.distInfo = QDir(root).filePath(distInfo);
    if (options.beforeWrite) {
        QStringList paths;
        for (const Planned &p : plan)
            paths << p.target;
        for (const EntryPoint &ep : entryPoints)
            paths << QDir(scheme.scripts).filePath(ep.name);
        for (const char *name : {"INSTALLER", "REQUESTED", "direct_url.json", "RECORD"})
            paths << QDir(result.distInfo).filePath(QLatin1String(name));
        if (!options.beforeWrite(paths))
            return std::unexpected(wheelError(
                wheelPath,
                Tr::tr("%1 was not installed: its paths could not be journaled first").arg(fileName)));
    }
    QStringList written;
    auto rollback = [&](const QString &what) {
        for (const QString &f : written)
            QFile::remove(f);
        return std::unexpected(wheelError(
            wheelPath, Tr::tr("cannot write %1; nothing of %2 stays installed").arg(what, fileName)));
    };
    struct RecordRow
    {
        QString path; ///< relative to the root
        QByteArray hash;
        qint64 size;
    };
    std::vector<RecordRow> recordRows;
    std::set<QString> folders; // made already: one mkpath per folder, not per file
    auto makeFolderFor = [&](const QString &target) {
        const QString folder = target.left(target.lastIndexOf(QLatin1Char('/')));
        if (folders.insert(folder).second)
            QDir().mkpath(folder);
    };
    // What was there (a file of an interrupted install, or a symlink) goes, and the new file is
    // created exclusively: a write never follows a link out of the environment.
    auto clearTarget = [](const QString &target) {
        if (QFileInfo(target).isSymLink() || QFileInfo::exists(target))
            return QFile::remove(target);
        return false;
    };
    auto put = [&](const QString &target, const QByteArray &data, bool executable) -> bool {
        makeFolderFor(target);
        // No fsync per file: a killed install is undone from the sync journal, not from
        // durability.
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            && !(clearTarget(target) && out.open(QIODevice::WriteOnly | QIODevice::NewOnly)))
            return false;
        if (out.write(data) != data.size() || !out.flush())
            return false;
        out.close();
        written << target;
        if (executable)
            QFile::setPermissions(target, QFile::permissions(target) | QFile::ExeOwner
                                              | QFile::ExeGroup | QFile::ExeOther);
        recordRows.push_back({QDir(root).relativeFilePath(target), recordHash(data), data.size()});
        return true;
    };
    for (const Planned &p : plan) {
        if (!v.tree.isEmpty() && !p.script) {
            // From the unpacked copy: linked (or copied), its hash known from the first check.
            makeFolderFor(p.target);
            const QString source = v.tree + QLatin1Char('/') + p.file->name;
            if (!placeFile(source, p.target, options.linkMode)
                && !(clearTarget(p.target) && placeFile(source, p.target, options.linkMode)))
                return rollback(p.target);
            written << p.target;
            recordRows.push_back(
                {p.relative.isEmpty() ? QDir(root).relativeFilePath(p.target) : p.relative,
                 p.file->hash, p.file->size});
            continue;
        }
        QByteArray data = v.contentOf(*p.file);
        if (p.script && (data.startsWith("#!python") || data.startsWith("#!pythonw"))) {
            const qsizetype eol = data.indexOf('\n');
            data = shebang(scheme.python) + (eol < 0 ? QByteArray() : data.mid(eol + 1));
        }
        if (!put(p.target, data, p.script || p.file->executable))
            return rollback(p.target);
    }
    for (const EntryPoint &ep : entryPoints) {
        const QString head = ep.attribute.section(QLatin1Char('.'), 0, 0);
        const QByteArray script
            = shebang(scheme.python)
              + "# -*- coding: utf-8 -*-\n# Written by envdesk.\nimport re\nimport sys\nfrom "
              + ep.module.toUtf8() + " import " + head.toUtf8()
              + "\nif __name__ == \"__main__\":\n    sys.argv[0] = "
                "re.sub(r\"(-script\\.pyw|\\.exe)?$\", \"\", sys.argv[0])\n    sys.exit("
              + ep.attribute.toUtf8() + "())\n";
        const QString target = QDir(scheme.scripts).filePath(ep.name);
        if (!put(target, script, true))
            return rollback(target);
        result.scripts << target;
    }
    if (!put(QDir(result.distInfo).filePath(QStringLiteral("INSTALLER")), "envdesk\n", false))
        return rollback(QStringLiteral("INSTALLER"));
    if (options.requested
        && !put(QDir(result.distInfo).filePath(QStringLiteral("REQUESTED")), QByteArray(), false))
        return rollback(QStringLiteral("REQUESTED"));
    if (!options.directUrlJson.isEmpty()
        && !put(QDir(result.distInfo).filePath(QStringLiteral("direct_url.json")),
                options.directUrlJson.toUtf8(), false))
        return rollback(QStringLiteral("direct_url.json"));
    QByteArray newRecord;
    for (const RecordRow &row : recordRows)
        newRecord += csvField(row.path).toUtf8() + "," + row.hash + ","
                     + QByteArray::number(row.size) + "\n";
    newRecord += csvField(distInfo + QStringLiteral("/RECORD")).toUtf8() + ",,\n";
    const QString recordPath = QDir(result.distInfo).filePath(QStringLiteral("RECORD"));
    // RECORD last, whole or not at all (a temporary name renamed into place): with it the
    // distribution is installed.
    const QString recordTemporary = recordPath + QStringLiteral(".envdesk-tmp");
    QFile::remove(recordTemporary);
    QFile out(recordTemporary);
    const bool recordWritten = out.open(QIODevice::WriteOnly | QIODevice::NewOnly)
                               && out.write(newRecord) == newRecord.size() && out.flush();
    out.close();
    if (!recordWritten
        || std::rename(QFile::encodeName(recordTemporary).constData(),
                       QFile::encodeName(recordPath).constData())
               != 0) {
        QFile::remove(recordTemporary);
        return rollback(recordPath);
    }
    written << recordPath;
    result.files = written;
    return result;
}

} // namespace

Expected<InstalledWheel> installWheel(const QString &wheelPath, const InstallScheme &scheme,
                                      const WheelInstallOptions &options)
{
    if (options.unpackedCacheDir.isEmpty()) {
        auto validated = validateWheel(wheelPath, options);
        if (!validated)
            return std::unexpected(validated.error());
        return installValidated(*validated, wheelPath, scheme, options);
    }
    // Through the cache of unpacked wheels, keyed by the wheel's SHA-256: checked and unpacked
    // once, then linked into every environment.
    const QByteArray sha
        = options.wheelSha256.isEmpty() ? fileSha256(wheelPath) : options.wheelSha256;
    const QString folder = unpackedFolder(options.unpackedCacheDir, sha);
    if (auto cached = loadUnpacked(folder))
        return installValidated(*cached, wheelPath, scheme, options);
    auto validated = validateWheel(wheelPath, options);
    if (!validated)
        return std::unexpected(validated.error());
    if (auto unpacked = unpackIntoCache(*validated, folder))
        return installValidated(*unpacked, wheelPath, scheme, options);
    return installValidated(*validated, wheelPath, scheme, options);
}

bool isUnpackedInCache(const QString &unpackedCacheDir, const QByteArray &sha256)
{
    return !unpackedCacheDir.isEmpty() && sha256.size() == 64
           && QFileInfo::exists(QDir(unpackedFolder(unpackedCacheDir, sha256.toLower()))
                                    .filePath(QStringLiteral("manifest.json")));
}

void removeEmptyFolders(const std::set<QString> &folders,
                        const std::function<bool(const QString &)> &mayRemove)
{
    std::vector<QString> ordered(folders.begin(), folders.end());
    std::sort(ordered.begin(), ordered.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &f : ordered) {
        QDir d(f);
        while (d.exists() && d.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
               && mayRemove(d.absolutePath())) {
            const QString name = d.dirName();
            if (!d.cdUp() || !d.rmdir(name))
                break;
        }
    }
}

QString findInstalled(const QString &sitePackages, const std::string &project, std::string *version)
{
    const std::string wanted = normalizePackageName(project);
    for (const QString &entry :
         QDir(sitePackages).entryList({QStringLiteral("*.dist-info")}, QDir::Dirs)) {
        const QString stem = entry.chopped(int(qstrlen(".dist-info")));
        const qsizetype dash = stem.lastIndexOf(QLatin1Char('-'));
        if (dash <= 0 || normalizePackageName(stem.left(dash).toStdString()) != wanted)
            continue;
        if (version)
            *version = stem.mid(dash + 1).toStdString();
        return QDir(sitePackages).filePath(entry);
    }
    return {};
}

Expected<QStringList> uninstallDistribution(const QString &distInfo, const QString &root)
{
    QFile record(QDir(distInfo).filePath(QStringLiteral("RECORD")));
    if (!record.open(QIODevice::ReadOnly))
        return std::unexpected(wheelError(
            distInfo, Tr::tr("%1 has no readable RECORD; nothing was removed").arg(distInfo),
            Tr::tr("remove it by hand, or reinstall over it with --clear of the environment")));
    const QString base
        = QFileInfo(distInfo).absolutePath(); // RECORD paths are relative to site-packages
    const QString rootCanonical = QDir(root).canonicalPath();
    QStringList removed;
    QStringList skipped;
    std::set<QString> folders;
    const QString recordPath
        = QDir::cleanPath(QDir(distInfo).absoluteFilePath(QStringLiteral("RECORD")));
    for (const QStringList &row : parseCsv(record.readAll())) {
        const QString path = QDir::cleanPath(QDir(base).absoluteFilePath(row.value(0)));
        // RECORD goes last (with its folder): an uninstall stopped half way can be run again.
        if (path == recordPath)
            continue;
        const QFileInfo info(path);
        const QString canonical
            = info.exists() ? QFileInfo(info.absolutePath()).canonicalFilePath() : QString();
        // Segment-wise containment: "/venv" must not accept "/venv-other/...".
        if (canonical.isEmpty()
            || !(canonical == rootCanonical
                 || canonical.startsWith(rootCanonical + QLatin1Char('/')))) {
            if (info.exists())
                skipped << path;
            continue;
        }
        if (QFile::remove(path))
            removed << path;
        folders.insert(info.absolutePath());
        // Python's own bytecode for it, which RECORD never lists.
        if (path.endsWith(QLatin1String(".py"))) {
            const QString cache = info.absolutePath() + QStringLiteral("/__pycache__");
            for (const QString &pyc : QDir(cache).entryList(
                     {info.completeBaseName() + QStringLiteral(".*.pyc")}, QDir::Files))
                QFile::remove(cache + QLatin1Char('/') + pyc);
            folders.insert(cache);
        }
    }
    // The .dist-info folder: everything but RECORD, then RECORD, then the folders. Until RECORD
    // goes the distribution is still there to remove again.
    QDirIterator rest(distInfo, QDir::Files | QDir::Hidden | QDir::System,
                      QDirIterator::Subdirectories);
    while (rest.hasNext()) {
        const QString path = QDir::cleanPath(rest.next());
        if (path != recordPath)
            QFile::remove(path);
    }
    QFile::remove(recordPath);
    QDir(distInfo).removeRecursively();
    // Folders left empty, never above site-packages' own level.
    removeEmptyFolders(folders, [&](const QString &folder) {
        return folder != base && folder.startsWith(rootCanonical);
    });
    if (!skipped.isEmpty())
        removed
            << Tr::tr("left alone, outside the environment: %1").arg(skipped.join(QLatin1String(", ")));
    return removed;
}

} // namespace Envdesk::Core
