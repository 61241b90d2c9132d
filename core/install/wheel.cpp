#include "wheel.h"

#include "../pep/filename.h"
#include "../pep/name.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>
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
           + QCryptographicHash::hash(data, QCryptographicHash::Sha256)
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

} // namespace

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

Expected<InstalledWheel> installWheel(const QString &wheelPath, const InstallScheme &scheme,
                                      const WheelInstallOptions &options)
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
            && hash.toLatin1() != recordHash(it->second->data))
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

    // Where each file goes.
    struct Planned
    {
        const Entry *entry;
        QString target;
        bool script = false;
    };
    std::vector<Planned> plan;
    const QString root = purelibRoot ? scheme.purelib : scheme.platlib;
    for (const Entry &e : *entries) {
        if (e.name == distInfo + QStringLiteral("/RECORD"))
            continue;
        if (e.name.startsWith(dataDir + QLatin1Char('/'))) {
            const QString rest = e.name.mid(dataDir.size() + 1);
            const QString kind = rest.section(QLatin1Char('/'), 0, 0);
            const QString inner = rest.section(QLatin1Char('/'), 1);
            QString base;
            if (kind == QLatin1String("purelib"))
                base = scheme.purelib;
            else if (kind == QLatin1String("platlib"))
                base = scheme.platlib;
            else if (kind == QLatin1String("scripts"))
                base = scheme.scripts;
            else if (kind == QLatin1String("headers"))
                base = QDir(scheme.headers).filePath(QString::fromStdString(parsedName->name));
            else if (kind == QLatin1String("data"))
                base = scheme.data;
            else
                return std::unexpected(
                    wheelError(wheelPath, tr("%1: unknown .data folder '%2'").arg(fileName, kind)));
            if (inner.isEmpty())
                continue;
            if (kind == QLatin1String("scripts") && inner.contains(QLatin1Char('/')))
                return std::unexpected(wheelError(
                    wheelPath, tr("%1: the script '%2' is in a subfolder").arg(fileName, inner)));
            if (kind == QLatin1String("scripts") && isInterpreterName(inner))
                return std::unexpected(wheelError(
                    wheelPath, tr("%1: the script '%2' would replace the environment's interpreter")
                                   .arg(fileName, inner)));
            plan.push_back({&e, QDir(base).filePath(inner), kind == QLatin1String("scripts")});
        } else {
            plan.push_back({&e, QDir(root).filePath(e.name), false});
        }
    }

    // Write; on any failure, remove what this call wrote.
    InstalledWheel result;
    result.name = stem.left(dash).toStdString();
    result.version = stem.mid(dash + 1).toStdString();
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
    std::vector<std::pair<QString, QByteArray>> recordRows; // path relative to the root, content
    auto put = [&](const QString &target, const QByteArray &data, bool executable) -> bool {
        QDir().mkpath(QFileInfo(target).absolutePath());
        // What was there (a file of an interrupted install, or a symlink) goes first, and the new
        // file is created exclusively: a write never follows a link out of the environment. No
        // fsync per file: a killed install is undone from the sync journal, not from durability.
        if (QFileInfo(target).isSymLink() || QFileInfo::exists(target))
            QFile::remove(target);
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(data) != data.size()
            || !out.flush())
            return false;
        out.close();
        written << target;
        if (executable)
            QFile::setPermissions(target, QFile::permissions(target) | QFile::ExeOwner
                                              | QFile::ExeGroup | QFile::ExeOther);
        recordRows.emplace_back(QDir(root).relativeFilePath(target), data);
        return true;
    };
    for (const Planned &p : plan) {
        QByteArray data = p.entry->data;
        if (p.script && (data.startsWith("#!python") || data.startsWith("#!pythonw"))) {
            const qsizetype eol = data.indexOf('\n');
            data = shebang(scheme.python) + (eol < 0 ? QByteArray() : data.mid(eol + 1));
        }
        if (!put(p.target, data, p.script || p.entry->executable))
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
    for (const auto &[path, data] : recordRows)
        newRecord += csvField(path).toUtf8() + "," + recordHash(data) + ","
                     + QByteArray::number(data.size()) + "\n";
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
    for (const QStringList &row : parseCsv(record.readAll())) {
        const QString path = QDir::cleanPath(QDir(base).absoluteFilePath(row.value(0)));
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
    QDir(distInfo).removeRecursively();
    // Folders left empty, deepest first, never above site-packages' own level.
    std::vector<QString> ordered(folders.begin(), folders.end());
    std::sort(ordered.begin(), ordered.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &f : ordered) {
        QDir d(f);
        while (d.exists() && d.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
               && d.absolutePath() != base && d.absolutePath().startsWith(rootCanonical)) {
            const QString name = d.dirName();
            if (!d.cdUp() || !d.rmdir(name))
                break;
        }
    }
    if (!skipped.isEmpty())
        removed
            << tr("left alone, outside the environment: %1").arg(skipped.join(QLatin1String(", ")));
    return removed;
}

} // namespace Envdesk::Core
