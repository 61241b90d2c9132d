#include "build.h"
#include "build_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <map>
#include <optional>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

// Unpacking sdists: every member read and judged before anything is written, then written as
// judged. PEP 517's runner is in build.cpp.

namespace Envdesk::Core {

namespace BuildDetail {

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

QString entryName(archive_entry *entry)
{
    const char *utf8 = archive_entry_pathname_utf8(entry);
    return utf8 ? QString::fromUtf8(utf8) : QFile::decodeName(archive_entry_pathname(entry));
}

QString archiveErrorText(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : Tr::tr("unknown error");
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

} // namespace BuildDetail

using namespace BuildDetail;

namespace {

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
                return Tr::tr("a PAX header of unreasonable size");
            QByteArray records = buffer.mid(at, qsizetype(size));
            at += qsizetype(padded);
            // Records: "LENGTH key=value\n".
            qsizetype p = 0;
            while (p < records.size()) {
                const qsizetype space = records.indexOf(' ', p);
                bool ok = false;
                const qsizetype length = space > p ? records.mid(p, space - p).toLongLong(&ok) : 0;
                if (!ok || length <= space - p || p + length > records.size())
                    return Tr::tr("a malformed PAX header");
                const QByteArray record = records.mid(space + 1, length - (space - p) - 2);
                const qsizetype eq = record.indexOf('=');
                const QByteArray key = record.left(eq);
                const QByteArray value = record.mid(eq + 1);
                if (key == "size") {
                    const qint64 v = value.toLongLong(&ok);
                    if (!ok || v < 0)
                        return Tr::tr("a PAX header with an invalid size");
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
                return Tr::tr("'%1' is %2 bytes by its PAX header and %3 by its tar header")
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
            sdistError(path, Tr::tr("%1 cannot be opened as a .tar.gz or .zip file").arg(path)));
    const QString hostile = Tr::tr("a hostile or broken sdist; it was not unpacked");
    if (auto mismatch = paxSizeMismatch(path))
        return std::unexpected(sdistError(path, Tr::tr("%1 is not a consistent tar file: %2").arg(path, *mismatch),
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
                sdistError(path, Tr::tr("%1 is damaged: %2").arg(path, archiveErrorText(a.get()))));
        Member m;
        m.name = entryName(entry);
        const std::optional<QStringList> segments = safeSegments(m.name);
        if (!segments)
            return std::unexpected(sdistError(
                path,
                Tr::tr("%1 holds '%2', an absolute path or one leaving the folder it is unpacked in")
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
                    Tr::tr("%1 holds '%2', a hard link to '%3', which is not a file before it in the "
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
                path, Tr::tr("%1 holds '%2', a device, FIFO or socket").arg(path, m.name), hostile));
        }
        if (m.segments.isEmpty()) {
            if (m.type != AE_IFDIR)
                return std::unexpected(
                    sdistError(path, Tr::tr("%1 holds a file without a name").arg(path), hostile));
            m.nothingToWrite = true; // "./"
            members.push_back(std::move(m));
            continue;
        }
        if (top.isEmpty())
            top = m.segments.first();
        if (m.segments.first() != top)
            return std::unexpected(
                sdistError(path,
                           Tr::tr("%1 has more than one top-level entry ('%2' and '%3')")
                               .arg(path, top, m.segments.first()),
                           Tr::tr("an sdist holds one folder, NAME-VERSION")));
        if (m.segments.size() == 1 && m.type != AE_IFDIR)
            return std::unexpected(sdistError(
                path, Tr::tr("%1: its top-level entry '%2' is not a folder").arg(path, m.name)));
        const QString key = m.segments.join(QLatin1Char('/'));
        if (const auto seen = types.find(key); seen != types.end()) {
            if (seen->second != AE_IFDIR || m.type != AE_IFDIR)
                return std::unexpected(
                    sdistError(path, Tr::tr("%1 holds '%2' twice").arg(path, m.name), hostile));
            m.nothingToWrite = true;
        }
        types.emplace(key, m.type);
        if (m.type == AE_IFLNK)
            links.emplace(key, m.linkTarget);
        members.push_back(std::move(m));
    }
    if (top.isEmpty())
        return std::unexpected(sdistError(path, Tr::tr("%1 is empty").arg(path)));

    for (const Member &m : members) {
        // Nothing is written through a link: each parent folder must be a real folder.
        for (qsizetype n = 1; n < m.segments.size(); ++n) {
            const QString parent = m.segments.first(n).join(QLatin1Char('/'));
            if (links.contains(parent))
                return std::unexpected(sdistError(
                    path,
                    Tr::tr("%1 holds '%2', inside the symbolic link '%3'").arg(path, m.name, parent),
                    hostile));
        }
        if (m.type != AE_IFLNK)
            continue;
        const std::optional<QStringList> resolved
            = resolveLink(m.segments.first(m.segments.size() - 1), m.linkTarget, links);
        if (!resolved || resolved->isEmpty() || resolved->first() != top)
            return std::unexpected(
                sdistError(path,
                           Tr::tr("%1 holds '%2', a symbolic link to '%3', outside the source tree")
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
        return fail(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(target, reason));
    };
    if (m.type == AE_IFDIR)
        return QDir().mkpath(target) ? Expected<void>() : cannot(Tr::tr("cannot create the folder"));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return cannot(Tr::tr("cannot create its folder"));
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
                archivePath, Tr::tr("%1 unpacks to more than its limit (at '%2'): a decompression bomb, "
                                "or an sdist far larger than sdists are")
                                 .arg(archivePath, m.name)));
        if (out.write(buffer, n) != n)
            return cannot(out.errorString());
    }
    if (n < 0)
        return std::unexpected(sdistError(
            archivePath,
            Tr::tr("%1: '%2' cannot be read: %3").arg(archivePath, m.name, archiveErrorText(a))));
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
        return fail(ErrorCode::Io, Tr::tr("cannot write in %1: %2").arg(target, staging.errorString()));
    const std::vector<Member> &members = read.members;
    const Error changed = sdistError(path, Tr::tr("%1 changed while it was unpacked").arg(path));
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
                sdistError(path, Tr::tr("%1 is damaged: %2").arg(path, archiveErrorText(a.get()))));
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
        return fail(ErrorCode::Io, Tr::tr("cannot move the unpacked %1 to %2").arg(read.top, target));
    return tree;
}

} // namespace

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
            sdistError(path, Tr::tr("%1 already exists; %2 was not unpacked").arg(tree, path),
                       Tr::tr("unpack into an empty folder")));
    const bool created = !QFileInfo::exists(target);
    if (!QDir().mkpath(target))
        return fail(ErrorCode::Io, Tr::tr("cannot create %1").arg(target));
    auto unpacked = writeMembers(path, *read, target, maxBytes);
    if (!unpacked && created)
        QDir().rmdir(target);
    return unpacked;
}

} // namespace Envdesk::Core
