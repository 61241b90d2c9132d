#include "coremetadata.h"

#include "name.h"

#include <QStringDecoder>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Pep)
};

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

std::string trim(std::string_view s)
{
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
        --e;
    return std::string(s.substr(b, e - b));
}

} // namespace

Expected<CoreMetadata> CoreMetadata::parse(const QByteArray &bytes, const QString &fileName)
{
    CoreMetadata meta;
    meta.m_fileName = fileName;
    auto error = [&](int line, const QString &message, const QString &hint = {}) {
        Error e;
        e.code = ErrorCode::InvalidMetadata;
        e.file = fileName;
        e.line = line;
        e.message = message;
        e.hint = hint;
        return std::unexpected(e);
    };

    // Split into lines, decoding each as UTF-8 and noting the ones that are not.
    std::vector<std::string> lines;
    {
        qsizetype start = 0;
        int number = 0;
        while (start <= bytes.size()) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            ++number;
            QByteArray raw = bytes.mid(start, end - start);
            if (raw.endsWith('\r'))
                raw.chop(1);
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = decoder.decode(raw);
            if (decoder.hasError()) {
                meta.m_warnings << Tr::tr("%1line %2 is not valid UTF-8; the bad bytes were replaced")
                                       .arg(fileName.isEmpty() ? QString() : fileName + QStringLiteral(": "))
                                       .arg(number);
                lines.push_back(text.toStdString());
            } else {
                lines.push_back(raw.toStdString());
            }
            if (end >= bytes.size())
                break;
            start = end + 1;
        }
    }

    // Headers up to the first blank line; the rest is the body.
    std::size_t i = 0;
    for (; i < lines.size(); ++i) {
        const std::string &line = lines[i];
        if (trim(line).empty())
            break;
        if (line[0] == ' ' || line[0] == '\t') {
            if (meta.m_fields.empty())
                return error(int(i) + 1, Tr::tr("line %1 continues a field, but no field came before it").arg(i + 1));
            meta.m_fields.back().second += "\n" + line;
            continue;
        }
        const std::size_t colon = line.find(':');
        if (colon == std::string::npos || colon == 0 || line.substr(0, colon).find_first_of(" \t") != std::string::npos)
            return error(int(i) + 1, Tr::tr("line %1 is not 'Field: value': '%2'").arg(i + 1).arg(QString::fromStdString(line.substr(0, 60))),
                         Tr::tr("the metadata file is damaged"));
        meta.m_fields.emplace_back(line.substr(0, colon), trim(std::string_view(line).substr(colon + 1)));
        meta.m_lines.push_back(int(i) + 1);
    }
    std::string body;
    for (std::size_t k = i + 1; k < lines.size(); ++k) {
        if (k > i + 1)
            body += '\n';
        body += lines[k];
    }

    auto required = [&](const char *field) -> Expected<std::string> {
        const std::string v = meta.value(field);
        if (v.empty())
            return error(0, Tr::tr("the metadata has no %1 field").arg(QLatin1String(field)));
        return v;
    };
    auto mv = required("Metadata-Version");
    if (!mv)
        return std::unexpected(mv.error());
    meta.m_metadataVersion = *mv;
    static const char *const known[] = {"1.0", "1.1", "1.2", "2.0", "2.1", "2.2", "2.3", "2.4"};
    if (std::find(std::begin(known), std::end(known), meta.m_metadataVersion) == std::end(known)) {
        if (meta.m_metadataVersion.starts_with("2."))
            meta.m_warnings << Tr::tr("metadata version %1 is newer than envdesk knows (2.4); reading it as 2.4")
                                   .arg(QString::fromStdString(meta.m_metadataVersion));
        else
            return error(meta.m_lines.empty() ? 0 : meta.m_lines.front(),
                         Tr::tr("metadata version %1 is not supported (envdesk reads 1.0 to 2.4)").arg(QString::fromStdString(meta.m_metadataVersion)));
    }
    auto name = required("Name");
    if (!name)
        return std::unexpected(name.error());
    meta.m_name = *name;
    auto versionText = required("Version");
    if (!versionText)
        return std::unexpected(versionText.error());
    auto version = Version::parse(*versionText);
    if (!version) {
        int line = 0;
        for (std::size_t k = 0; k < meta.m_fields.size(); ++k) {
            if (equalsNoCase(meta.m_fields[k].first, "Version"))
                line = meta.m_lines[k];
        }
        return error(line, Tr::tr("Version: %1").arg(version.error().message));
    }
    meta.m_version = *version;
    for (const std::string &d : meta.dynamic()) {
        if (equalsNoCase(d, "Name") || equalsNoCase(d, "Version") || equalsNoCase(d, "Metadata-Version"))
            return error(0, Tr::tr("'%1' cannot be Dynamic (PEP 643)").arg(QString::fromStdString(d)));
    }
    // The description: the field (with 1.x's "        |" continuation indent removed), or the body.
    std::string description = meta.value("Description");
    if (!description.empty()) {
        std::string cleaned;
        std::size_t start = 0;
        bool first = true;
        while (start <= description.size()) {
            std::size_t end = description.find('\n', start);
            std::string line = description.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!first) {
                if (line.starts_with("        |"))
                    line = line.substr(9);
                else if (line.starts_with("        "))
                    line = line.substr(8);
                else if (!line.empty() && (line[0] == ' ' || line[0] == '\t'))
                    line = line.substr(1);
                cleaned += '\n';
            }
            cleaned += line;
            first = false;
            if (end == std::string::npos)
                break;
            start = end + 1;
        }
        description = cleaned;
    }
    meta.m_description = !body.empty() ? body : description;
    return meta;
}

std::vector<std::string> CoreMetadata::values(std::string_view field) const
{
    std::vector<std::string> out;
    for (const auto &[k, v] : m_fields) {
        if (equalsNoCase(k, field))
            out.push_back(v);
    }
    return out;
}

std::string CoreMetadata::value(std::string_view field) const
{
    for (const auto &[k, v] : m_fields) {
        if (equalsNoCase(k, field))
            return v;
    }
    return {};
}

Expected<std::vector<Requirement>> CoreMetadata::requiresDist() const
{
    std::vector<Requirement> out;
    for (std::size_t k = 0; k < m_fields.size(); ++k) {
        if (!equalsNoCase(m_fields[k].first, "Requires-Dist"))
            continue;
        auto r = Requirement::parse(m_fields[k].second);
        if (!r) {
            Error e = r.error();
            e.file = m_fileName;
            e.line = m_lines[k];
            e.message = Tr::tr("Requires-Dist of %1 %2: %3")
                            .arg(QString::fromStdString(m_name), QString::fromStdString(m_version.toString()), e.message);
            return std::unexpected(e);
        }
        out.push_back(std::move(*r));
    }
    return out;
}

Expected<SpecifierSet> CoreMetadata::requiresPython() const
{
    const std::string text = value("Requires-Python");
    auto set = SpecifierSet::parse(text);
    if (!set) {
        Error e = set.error();
        e.file = m_fileName;
        e.message = Tr::tr("Requires-Python of %1 %2: %3")
                        .arg(QString::fromStdString(m_name), QString::fromStdString(m_version.toString()), e.message);
        return std::unexpected(e);
    }
    return set;
}

std::vector<std::string> CoreMetadata::providesExtra() const
{
    std::vector<std::string> extras = values("Provides-Extra");
    const bool normalize = m_metadataVersion >= "2.3" && m_metadataVersion.size() == 3;
    if (normalize) {
        for (std::string &e : extras)
            e = normalizePackageName(e);
    }
    return extras;
}

} // namespace Envdesk::Core
