#include "wheel.h"
#include "../index/zipreader.h"
#include "../net/sha256.h"

#include "../pep/filename.h"
#include "../pep/name.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>

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
#include <memory>
#include <set>

namespace Envdesk::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Envdesk::Core::Wheel", text);
}

Error wheelError(const QString &wheel, const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::InvalidArchive;
    e.file = wheel;
    e.message = message;
    e.hint = hint;
    return e;
}

struct Entry
{
    QString name;
    QByteArray data;
    bool executable = false;
};

QByteArray recordHash(const QByteArray &data)
{
    return "sha256="
           + Sha256::hash(data)
                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A name inside the archive that may be written under a folder: relative, no "..", no tricks.
std::optional<QString> unsafeName(const QString &name)
{
    if (name.isEmpty())
        return tr("an empty entry name");
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QLatin1Char('\0')) || (name.size() >= 2 && name.at(1) == QLatin1Char(':')))
        return tr("an absolute or Windows path '%1'").arg(name);
    for (const QString &segment : name.split(QLatin1Char('/'))) {
        if (segment == QLatin1String(".."))
            return tr("a path leaving the target '%1'").arg(name);
    }
    return std::nullopt;
}

// RECORD is CSV: path,hash,size (paths with commas are quoted).
std::vector<QStringList> parseCsv(const QByteArray &text)
{
    std::vector<QStringList> rows;
    for (const QByteArray &rawLine : text.split('\n')) {
        QString line = QString::fromUtf8(rawLine);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QStringList fields;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < line.size()
                    && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                fields << field;
                field.clear();
            } else {
                field += c;
            }
        }
        fields << field;
        rows.push_back(fields);
    }
    return rows;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')))
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

quint16 little16(const char *p)
{
    return quint16(quint8(p[0]) | quint8(p[1]) << 8);
}

// A zip holds each member's name twice: in the central directory at its end (what Python's
// zipfile and pip read) and in the local header before the data (what a streaming reader, and
// libarchive, read). An archive whose two disagree shows one set of files to one tool and
// another to the next; it is refused. `seen` are the names libarchive gave.
std::optional<QString> centralDirectoryMismatch(const QString &path, const std::set<QString> &seen)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("it cannot be read again");
    const qint64 size = f.size();
    const uchar *mapped = size > 0 ? f.map(0, size) : nullptr;
    const QByteArray data = mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size)
                                   : f.readAll();
    auto entries = ZipReader::centralDirectory(data, 0, size);
    if (!entries)
        return entries.error().message;
    std::set<QString> listed;
    for (const ZipReader::Entry &e : *entries) {
        const QString name = QString::fromStdString(e.name);
        const char *header = data.constData() + e.localHeaderOffset;
        if (e.localHeaderOffset < 0 || e.localHeaderOffset + 30 > data.size()
            || little16(header) != 0x4b50 || little16(header + 2) != 0x0403)
            return tr("the central directory puts '%1' where no local "
                                               "header is")
                .arg(name);
        const quint16 nameLength = little16(header + 26);
        if (e.localHeaderOffset + 30 + nameLength > data.size()
            || std::string_view(header + 30, nameLength) != e.name)
            return tr("the local header of '%1' names another file than "
                                               "the central directory does")
                .arg(name);
        if (!name.endsWith(QLatin1Char('/')))
            listed.insert(name);
    }
    if (listed != seen)
        return tr("its local headers and its central directory list "
                                           "different files");
    return std::nullopt;
}

Expected<std::vector<Entry>> readArchive(const QString &path, const WheelInstallOptions &options)
{
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 64 * 1024)
        != ARCHIVE_OK)
        return std::unexpected(
            wheelError(path, tr("%1 cannot be opened as a zip file: %2")
                                 .arg(path, QString::fromUtf8(archive_error_string(a.get())))));
    std::vector<Entry> entries;
    std::set<QString> names;
    std::set<QString> folded;
    qint64 total = 0;
    archive_entry *entry = nullptr;
    while (true) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK)
            return std::unexpected(
                wheelError(path, tr("%1 is damaged: %2")
                                     .arg(path, QString::fromUtf8(archive_error_string(a.get())))));
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(entry)
                                                   ? archive_entry_pathname_utf8(entry)
                                                   : archive_entry_pathname(entry));
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR)
            continue;
        if (type != AE_IFREG || archive_entry_hardlink(entry))
            return std::unexpected(wheelError(
                path,
                tr("%1 holds '%2', which is not a regular file (a link or a device)")
                    .arg(path, name),
                tr("wheels hold plain files only; this one was not made by a wheel builder")));
        if (auto problem = unsafeName(name))
            return std::unexpected(wheelError(path, tr("%1 holds %2").arg(path, *problem)));
        if (!names.insert(name).second)
            return std::unexpected(wheelError(path, tr("%1 holds '%2' twice").arg(path, name)));
        if (!folded.insert(name.toLower()).second)
            return std::unexpected(wheelError(
                path, tr("%1 holds two entries that differ only in case ('%2')").arg(path, name)));
        const qint64 size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        if (size > options.maxEntryBytes)
            return std::unexpected(wheelError(
                path,
                tr("%1: '%2' unpacks to %3 bytes, over the limit").arg(path, name).arg(size)));
        Entry e;
        e.name = name;
        e.executable = (archive_entry_perm(entry) & 0111) != 0;
        char buffer[64 * 1024];
        while (true) {
            const la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
            if (n == 0)
                break;
            if (n < 0)
                return std::unexpected(wheelError(
                    path, tr("%1: '%2' cannot be read: %3")
                              .arg(path, name, QString::fromUtf8(archive_error_string(a.get())))));
            e.data.append(buffer, qsizetype(n));
            total += n;
            if (qint64(e.data.size()) > options.maxEntryBytes || total > options.maxTotalBytes)
                return std::unexpected(
                    wheelError(path,
                               tr("%1 unpacks to more than the limit (%2 bytes); not installed")
                                   .arg(path)
                                   .arg(options.maxTotalBytes),
                               tr("a zip bomb, or a wheel far larger than any real one")));
        }
        if (size >= 0 && qint64(e.data.size()) != size)
            return std::unexpected(wheelError(path, tr("%1: '%2' is %3 bytes, its header says %4")
                                                        .arg(path, name)
                                                        .arg(e.data.size())
                                                        .arg(size)));
        entries.push_back(std::move(e));
    }
    if (auto mismatch = centralDirectoryMismatch(path, names))
        return std::unexpected(wheelError(
            path, tr("%1 is not a consistent zip file: %2").arg(path, *mismatch),
            tr("a zip whose central directory and local headers disagree shows different files "
               "to different tools; no wheel builder makes one")));
    return entries;
}

bool isInterpreterName(const QString &name)
{
    static const QRegularExpression python(
        QStringLiteral("^(python|pypy)(\\d+(\\.\\d+)?)?(w)?(\\.exe)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return python.match(name).hasMatch();
}

struct EntryPoint
{
    QString name;
    QString module;
    QString attribute;
    bool gui = false;
};

Expected<std::vector<EntryPoint>> parseEntryPoints(const QByteArray &text, const QString &wheel)
{
    std::vector<EntryPoint> out;
    QString section;
    static const QRegularExpression target(
        QStringLiteral("^([A-Za-z_][\\w.]*)\\s*:\\s*([A-Za-z_][\\w.]*)\\s*(\\[.*\\])?$"));
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        if (section != QLatin1String("console_scripts") && section != QLatin1String("gui_scripts"))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::unexpected(wheelError(
                wheel, tr("entry_points.txt: '%1' is not NAME = module:function").arg(line)));
        const QString name = line.left(eq).trimmed();
        const auto m = target.match(line.mid(eq + 1).trimmed());
        if (!m.hasMatch())
            return std::unexpected(wheelError(
                wheel, tr("entry_points.txt: '%1' does not name module:function").arg(line)));
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
            || name == QLatin1String(".") || name == QLatin1String("..")
            || name.startsWith(QLatin1Char('.')))
            return std::unexpected(
                wheelError(wheel, tr("the entry point '%1' is not a plain file name").arg(name)));
        if (isInterpreterName(name))
            return std::unexpected(wheelError(
                wheel,
                tr("the entry point '%1' would replace the environment's interpreter").arg(name),
                tr("a wheel may not install a script named like Python itself")));
        out.push_back(
            {name, m.captured(1), m.captured(2), section == QLatin1String("gui_scripts")});
    }
    return out;
}

QByteArray shebang(const QString &python)
{
    if (!python.contains(QLatin1Char(' ')))
        return "#!" + QFile::encodeName(python) + "\n";
    // A path with spaces cannot be a shebang: let sh find it.
    return "#!/bin/sh\n'''exec' \"" + QFile::encodeName(python) + "\" \"$0\" \"$@\"\n' '''\n";
}

// A wheel that passed every check: its files with their RECORD hashes, and where they are (in
// memory, or in an unpacked copy in the cache).
struct ValidatedWheel
{
    struct File
    {
        QString name;    ///< entry name
        QByteArray hash; ///< "sha256=..." as RECORD writes it
        qint64 size = 0;
        bool executable = false;
        QByteArray data; ///< empty when the file is in `tree`
    };
    QString fileName;
    QString projectName; ///< normalized
    QString distInfo;
    QString dataDir;
    QString distName; ///< as the .dist-info folder spells it
    QString version;
    bool purelibRoot = true;
    std::vector<EntryPoint> entryPoints;
    std::vector<File> files; ///< every entry but RECORD
    QString tree;            ///< the unpacked copy's folder, or empty

    QByteArray contentOf(const File &f) const
    {
        if (tree.isEmpty())
            return f.data;
        QFile in(QDir(tree).filePath(f.name));
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }
};

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

void pinTimeZoneForArchives()
{
#ifdef Q_OS_UNIX
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
#endif
}

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

// A .data entry's folder and name: a known folder, scripts as plain names that do not replace
// the interpreter. Checked when a wheel is validated and again when it is planned.
std::optional<Error> checkDataEntry(const QString &kind, const QString &inner,
                                    const QString &fileName, const QString &wheelPath)
{
    static const QStringList kinds{QStringLiteral("purelib"), QStringLiteral("platlib"),
                                   QStringLiteral("scripts"), QStringLiteral("headers"),
                                   QStringLiteral("data")};
    if (!kinds.contains(kind))
        return wheelError(wheelPath, tr("%1: unknown .data folder '%2'").arg(fileName, kind));
    if (kind == QLatin1String("scripts") && inner.contains(QLatin1Char('/')))
        return wheelError(wheelPath,
                          tr("%1: the script '%2' is in a subfolder").arg(fileName, inner));
    if (kind == QLatin1String("scripts") && isInterpreterName(inner))
        return wheelError(wheelPath,
                          tr("%1: the script '%2' would replace the environment's interpreter")
                              .arg(fileName, inner));
    return std::nullopt;
}

// Reads and checks a whole wheel in memory (see installWheel's contract).
Expected<ValidatedWheel> validateWheel(const QString &wheelPath, const WheelInstallOptions &options)
{
    const QString fileName = QFileInfo(wheelPath).fileName();
    auto parsedName = WheelFilename::parse(fileName.toStdString());
    if (!parsedName)
        return std::unexpected(wheelError(wheelPath, parsedName.error().message));
    auto entries = readArchive(wheelPath, options);
    if (!entries)
        return std::unexpected(entries.error());

    // The one .dist-info folder, named as the file is.
    QString distInfo;
    for (const Entry &e : *entries) {
        const QString top = e.name.section(QLatin1Char('/'), 0, 0);
        if (!top.endsWith(QLatin1String(".dist-info")) || !e.name.contains(QLatin1Char('/')))
            continue;
        if (!distInfo.isEmpty() && distInfo != top)
            return std::unexpected(wheelError(
                wheelPath,
                tr("%1 holds two .dist-info folders (%2, %3)").arg(fileName, distInfo, top)));
        distInfo = top;
    }
    if (distInfo.isEmpty())
        return std::unexpected(
            wheelError(wheelPath, tr("%1 has no .dist-info folder").arg(fileName)));
    const QString stem = distInfo.chopped(int(qstrlen(".dist-info")));
    const qsizetype dash = stem.lastIndexOf(QLatin1Char('-'));
    auto infoVersion = Version::parse(stem.mid(dash + 1).toStdString());
    if (dash <= 0 || normalizePackageName(stem.left(dash).toStdString()) != parsedName->name
        || !infoVersion || *infoVersion != parsedName->version)
        return std::unexpected(
            wheelError(wheelPath, tr("%1 holds %2, which is not the package its file name says")
                                      .arg(fileName, distInfo)));
    const QString dataDir = stem + QStringLiteral(".data");

    std::map<QString, const Entry *> byName;
    for (const Entry &e : *entries)
        byName[e.name] = &e;
    const Entry *wheelFile = byName.count(distInfo + QStringLiteral("/WHEEL"))
                                 ? byName[distInfo + QStringLiteral("/WHEEL")]
                                 : nullptr;
    const Entry *record = byName.count(distInfo + QStringLiteral("/RECORD"))
                              ? byName[distInfo + QStringLiteral("/RECORD")]
                              : nullptr;
    if (!wheelFile || !record)
        return std::unexpected(wheelError(
            wheelPath, tr("%1 lacks %2/%3")
                           .arg(fileName, distInfo,
                                wheelFile ? QStringLiteral("RECORD") : QStringLiteral("WHEEL"))));
    static const QRegularExpression wheelVersion(
        QStringLiteral("^Wheel-Version:\\s*(\\d+)\\.(\\d+)"), QRegularExpression::MultilineOption);
    const auto wv = wheelVersion.match(QString::fromUtf8(wheelFile->data));
    if (!wv.hasMatch() || wv.captured(1) != QLatin1String("1"))
        return std::unexpected(wheelError(
            wheelPath,
            tr("%1 is a Wheel-Version this installer does not know (%2)")
                .arg(fileName, wv.hasMatch() ? wv.captured(1) + QLatin1Char('.') + wv.captured(2)
                                             : tr("none"))));
    const bool purelibRoot
        = QString::fromUtf8(wheelFile->data)
              .contains(QRegularExpression(QStringLiteral("^Root-Is-Purelib:\\s*true"),
                                           QRegularExpression::MultilineOption
                                               | QRegularExpression::CaseInsensitiveOption));

    // RECORD: every file, with its real hash and size.
    std::set<QString> listed;
    std::map<QString, QByteArray> computed; // "sha256=..." of each entry checked
    for (const QStringList &row : parseCsv(record->data)) {
        const QString name = row.value(0);
        listed.insert(name);
        if (name == distInfo + QStringLiteral("/RECORD")
            || name.endsWith(QLatin1String("/RECORD.jws"))
            || name.endsWith(QLatin1String("/RECORD.p7s")))
            continue;
        auto it = byName.find(name);
        if (it == byName.end())
            return std::unexpected(wheelError(
                wheelPath,
                tr("%1: RECORD lists '%2', which the archive does not hold").arg(fileName, name)));
        const QString hash = row.value(1);
        if (!hash.startsWith(QLatin1String("sha256=")) && !hash.startsWith(QLatin1String("sha384="))
            && !hash.startsWith(QLatin1String("sha512=")))
            return std::unexpected(wheelError(
                wheelPath,
                tr("%1: RECORD gives '%2' no usable hash ('%3')").arg(fileName, name, hash)));
        if (hash.startsWith(QLatin1String("sha256="))
            && hash.toLatin1() != (computed[name] = recordHash(it->second->data)))
            return std::unexpected(wheelError(
                wheelPath, tr("%1: '%2' does not match its hash in RECORD").arg(fileName, name),
                tr("the wheel was changed after it was built; do not install it")));
        if (!row.value(2).isEmpty() && row.value(2).toLongLong() != it->second->data.size())
            return std::unexpected(wheelError(
                wheelPath, tr("%1: '%2' does not have the size RECORD gives").arg(fileName, name)));
    }
    for (const Entry &e : *entries) {
        if (!listed.count(e.name) && !e.name.endsWith(QLatin1String("/RECORD.jws"))
            && !e.name.endsWith(QLatin1String("/RECORD.p7s")))
            return std::unexpected(
                wheelError(wheelPath, tr("%1: '%2' is not listed in RECORD").arg(fileName, e.name),
                           tr("every file of a wheel is listed in RECORD with its hash")));
    }
    std::vector<EntryPoint> entryPoints;
    if (auto it = byName.find(distInfo + QStringLiteral("/entry_points.txt")); it != byName.end()) {
        auto parsed = parseEntryPoints(it->second->data, wheelPath);
        if (!parsed)
            return std::unexpected(parsed.error());
        entryPoints = std::move(*parsed);
    }

    // The .data folders, checked here too (before anything is unpacked into the cache), as
    // installValidated() checks them again when it plans.
    for (const Entry &e : *entries) {
        if (!e.name.startsWith(dataDir + QLatin1Char('/')))
            continue;
        const QString rest = e.name.mid(dataDir.size() + 1);
        if (auto problem = checkDataEntry(rest.section(QLatin1Char('/'), 0, 0),
                                          rest.section(QLatin1Char('/'), 1), fileName, wheelPath))
            return std::unexpected(*problem);
    }

    ValidatedWheel v;
    v.fileName = fileName;
    v.projectName = QString::fromStdString(parsedName->name);
    v.distInfo = distInfo;
    v.dataDir = dataDir;
    v.distName = stem.left(dash);
    v.version = stem.mid(dash + 1);
    v.purelibRoot = purelibRoot;
    v.entryPoints = std::move(entryPoints);
    for (Entry &e : *entries) {
        if (e.name == distInfo + QStringLiteral("/RECORD"))
            continue;
        ValidatedWheel::File f;
        f.name = e.name;
        auto known = computed.find(e.name);
        f.hash = known != computed.end() ? known->second : recordHash(e.data);
        f.size = e.data.size();
        f.executable = e.executable;
        f.data = std::move(e.data);
        v.files.push_back(std::move(f));
    }
    return v;
}

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
                tr("%1 was not installed: its paths could not be journaled first").arg(fileName)));
    }
    QStringList written;
    auto rollback = [&](const QString &what) {
        for (const QString &f : written)
            QFile::remove(f);
        return std::unexpected(wheelError(
            wheelPath, tr("cannot write %1; nothing of %2 stays installed").arg(what, fileName)));
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
            distInfo, tr("%1 has no readable RECORD; nothing was removed").arg(distInfo),
            tr("remove it by hand, or reinstall over it with --clear of the environment")));
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
            << tr("left alone, outside the environment: %1").arg(skipped.join(QLatin1String(", ")));
    return removed;
}

} // namespace Envdesk::Core
