#include "wheel.h"
#include "wheel_p.h"

#include "../index/zipreader.h"
#include "../net/sha256.h"
#include "../pep/filename.h"
#include "../pep/name.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>

#include <map>
#include <memory>
#include <set>

// Reading a wheel and checking all of it (names, RECORD, hashes, entry points, .data folders)
// before anything is written; wheel.cpp caches and installs what passed.

namespace Envdesk::Core {

namespace WheelDetail {

QByteArray recordHash(const QByteArray &data)
{
    return "sha256="
           + Sha256::hash(data)
                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
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

} // namespace WheelDetail

using namespace WheelDetail;

namespace {

struct Entry
{
    QString name;
    QByteArray data;
    bool executable = false;
};

// A name inside the archive that may be written under a folder: relative, no "..", no tricks.
std::optional<QString> unsafeName(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("an empty entry name");
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QLatin1Char('\0')) || (name.size() >= 2 && name.at(1) == QLatin1Char(':')))
        return Tr::tr("an absolute or Windows path '%1'").arg(name);
    for (const QString &segment : name.split(QLatin1Char('/'))) {
        if (segment == QLatin1String(".."))
            return Tr::tr("a path leaving the target '%1'").arg(name);
    }
    return std::nullopt;
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
        return Tr::tr("it cannot be read again");
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
            return Tr::tr("the central directory puts '%1' where no local "
                                               "header is")
                .arg(name);
        const quint16 nameLength = little16(header + 26);
        if (e.localHeaderOffset + 30 + nameLength > data.size()
            || std::string_view(header + 30, nameLength) != e.name)
            return Tr::tr("the local header of '%1' names another file than "
                                               "the central directory does")
                .arg(name);
        if (!name.endsWith(QLatin1Char('/')))
            listed.insert(name);
    }
    if (listed != seen)
        return Tr::tr("its local headers and its central directory list "
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
            wheelError(path, Tr::tr("%1 cannot be opened as a zip file: %2")
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
                wheelError(path, Tr::tr("%1 is damaged: %2")
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
                Tr::tr("%1 holds '%2', which is not a regular file (a link or a device)")
                    .arg(path, name),
                Tr::tr("wheels hold plain files only; this one was not made by a wheel builder")));
        if (auto problem = unsafeName(name))
            return std::unexpected(wheelError(path, Tr::tr("%1 holds %2").arg(path, *problem)));
        if (!names.insert(name).second)
            return std::unexpected(wheelError(path, Tr::tr("%1 holds '%2' twice").arg(path, name)));
        if (!folded.insert(name.toLower()).second)
            return std::unexpected(wheelError(
                path, Tr::tr("%1 holds two entries that differ only in case ('%2')").arg(path, name)));
        const qint64 size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        if (size > options.maxEntryBytes)
            return std::unexpected(wheelError(
                path,
                Tr::tr("%1: '%2' unpacks to %3 bytes, over the limit").arg(path, name).arg(size)));
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
                    path, Tr::tr("%1: '%2' cannot be read: %3")
                              .arg(path, name, QString::fromUtf8(archive_error_string(a.get())))));
            e.data.append(buffer, qsizetype(n));
            total += n;
            if (qint64(e.data.size()) > options.maxEntryBytes || total > options.maxTotalBytes)
                return std::unexpected(
                    wheelError(path,
                               Tr::tr("%1 unpacks to more than the limit (%2 bytes); not installed")
                                   .arg(path)
                                   .arg(options.maxTotalBytes),
                               Tr::tr("a zip bomb, or a wheel far larger than any real one")));
        }
        if (size >= 0 && qint64(e.data.size()) != size)
            return std::unexpected(wheelError(path, Tr::tr("%1: '%2' is %3 bytes, its header says %4")
                                                        .arg(path, name)
                                                        .arg(e.data.size())
                                                        .arg(size)));
        entries.push_back(std::move(e));
    }
    if (auto mismatch = centralDirectoryMismatch(path, names))
        return std::unexpected(wheelError(
            path, Tr::tr("%1 is not a consistent zip file: %2").arg(path, *mismatch),
            Tr::tr("a zip whose central directory and local headers disagree shows different files "
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
                wheel, Tr::tr("entry_points.txt: '%1' is not NAME = module:function").arg(line)));
        const QString name = line.left(eq).trimmed();
        const auto m = target.match(line.mid(eq + 1).trimmed());
        if (!m.hasMatch())
            return std::unexpected(wheelError(
                wheel, Tr::tr("entry_points.txt: '%1' does not name module:function").arg(line)));
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
            || name == QLatin1String(".") || name == QLatin1String("..")
            || name.startsWith(QLatin1Char('.')))
            return std::unexpected(
                wheelError(wheel, Tr::tr("the entry point '%1' is not a plain file name").arg(name)));
        if (isInterpreterName(name))
            return std::unexpected(wheelError(
                wheel,
                Tr::tr("the entry point '%1' would replace the environment's interpreter").arg(name),
                Tr::tr("a wheel may not install a script named like Python itself")));
        out.push_back(
            {name, m.captured(1), m.captured(2), section == QLatin1String("gui_scripts")});
    }
    return out;
}

} // namespace

void pinTimeZoneForArchives()
{
#ifdef Q_OS_UNIX
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
#endif
}

namespace WheelDetail {

// A .data entry's folder and name: a known folder, scripts as plain names that do not replace
// the interpreter. Checked when a wheel is validated and again when it is planned.
std::optional<Error> checkDataEntry(const QString &kind, const QString &inner,
                                    const QString &fileName, const QString &wheelPath)
{
    static const QStringList kinds{QStringLiteral("purelib"), QStringLiteral("platlib"),
                                   QStringLiteral("scripts"), QStringLiteral("headers"),
                                   QStringLiteral("data")};
    if (!kinds.contains(kind))
        return wheelError(wheelPath, Tr::tr("%1: unknown .data folder '%2'").arg(fileName, kind));
    if (kind == QLatin1String("scripts") && inner.contains(QLatin1Char('/')))
        return wheelError(wheelPath,
                          Tr::tr("%1: the script '%2' is in a subfolder").arg(fileName, inner));
    if (kind == QLatin1String("scripts") && isInterpreterName(inner))
        return wheelError(wheelPath,
                          Tr::tr("%1: the script '%2' would replace the environment's interpreter")
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
                Tr::tr("%1 holds two .dist-info folders (%2, %3)").arg(fileName, distInfo, top)));
        distInfo = top;
    }
    if (distInfo.isEmpty())
        return std::unexpected(
            wheelError(wheelPath, Tr::tr("%1 has no .dist-info folder").arg(fileName)));
    const QString stem = distInfo.chopped(int(qstrlen(".dist-info")));
    const qsizetype dash = stem.lastIndexOf(QLatin1Char('-'));
    auto infoVersion = Version::parse(stem.mid(dash + 1).toStdString());
    if (dash <= 0 || normalizePackageName(stem.left(dash).toStdString()) != parsedName->name
        || !infoVersion || *infoVersion != parsedName->version)
        return std::unexpected(
            wheelError(wheelPath, Tr::tr("%1 holds %2, which is not the package its file name says")
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
            wheelPath, Tr::tr("%1 lacks %2/%3")
                           .arg(fileName, distInfo,
                                wheelFile ? QStringLiteral("RECORD") : QStringLiteral("WHEEL"))));
    static const QRegularExpression wheelVersion(
        QStringLiteral("^Wheel-Version:\\s*(\\d+)\\.(\\d+)"), QRegularExpression::MultilineOption);
    const auto wv = wheelVersion.match(QString::fromUtf8(wheelFile->data));
    if (!wv.hasMatch() || wv.captured(1) != QLatin1String("1"))
        return std::unexpected(wheelError(
            wheelPath,
            Tr::tr("%1 is a Wheel-Version this installer does not know (%2)")
                .arg(fileName, wv.hasMatch() ? wv.captured(1) + QLatin1Char('.') + wv.captured(2)
                                             : Tr::tr("none"))));
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
                Tr::tr("%1: RECORD lists '%2', which the archive does not hold").arg(fileName, name)));
        const QString hash = row.value(1);
        if (!hash.startsWith(QLatin1String("sha256=")) && !hash.startsWith(QLatin1String("sha384="))
            && !hash.startsWith(QLatin1String("sha512=")))
            return std::unexpected(wheelError(
                wheelPath,
                Tr::tr("%1: RECORD gives '%2' no usable hash ('%3')").arg(fileName, name, hash)));
        if (hash.startsWith(QLatin1String("sha256="))
            && hash.toLatin1() != (computed[name] = recordHash(it->second->data)))
            return std::unexpected(wheelError(
                wheelPath, Tr::tr("%1: '%2' does not match its hash in RECORD").arg(fileName, name),
                Tr::tr("the wheel was changed after it was built; do not install it")));
        if (!row.value(2).isEmpty() && row.value(2).toLongLong() != it->second->data.size())
            return std::unexpected(wheelError(
                wheelPath, Tr::tr("%1: '%2' does not have the size RECORD gives").arg(fileName, name)));
    }
    for (const Entry &e : *entries) {
        if (!listed.count(e.name) && !e.name.endsWith(QLatin1String("/RECORD.jws"))
            && !e.name.endsWith(QLatin1String("/RECORD.p7s")))
            return std::unexpected(
                wheelError(wheelPath, Tr::tr("%1: '%2' is not listed in RECORD").arg(fileName, e.name),
                           Tr::tr("every file of a wheel is listed in RECORD with its hash")));
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

} // namespace WheelDetail

} // namespace Envdesk::Core
