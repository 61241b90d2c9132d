#pragma once

// What wheelarchive.cpp (reading and checking a wheel) and wheel.cpp (the cache of unpacked
// wheels, installing, uninstalling) share. Internal to install/.

#include "wheel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Envdesk::Core::WheelDetail {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Wheel)
};

inline Error wheelError(const QString &wheel, const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::InvalidArchive;
    e.file = wheel;
    e.message = message;
    e.hint = hint;
    return e;
}

struct EntryPoint
{
    QString name;
    QString module;
    QString attribute;
    bool gui = false;
};

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

// The RECORD form of a file's hash: "sha256=" and the digest in unpadded URL-safe base64.
QByteArray recordHash(const QByteArray &data);
// The rows of a RECORD file (CSV).
std::vector<QStringList> parseCsv(const QByteArray &text);
// A problem with a .data entry (unknown folder, a script in a subfolder or named like Python).
std::optional<Error> checkDataEntry(const QString &kind, const QString &inner,
                                    const QString &fileName, const QString &wheelPath);
// Reads and checks a whole wheel in memory (wheelarchive.cpp).
Expected<ValidatedWheel> validateWheel(const QString &wheelPath, const WheelInstallOptions &options);

} // namespace Envdesk::Core::WheelDetail
