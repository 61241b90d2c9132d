#include "filename.h"

#include "name.h"

#include <algorithm>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Pep)
};

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::unexpected<Error> invalid(std::string_view filename, const QString &why)
{
    return fail(ErrorCode::InvalidFilename, Tr::tr("invalid distribution file name '%1': %2").arg(q(filename), why));
}

} // namespace

Expected<WheelFilename> WheelFilename::parse(std::string_view filename)
{
    if (!filename.ends_with(".whl"))
        return invalid(filename, Tr::tr("a wheel's name ends in .whl"));
    const std::string_view stem = filename.substr(0, filename.size() - 4);
    const auto dashes = std::count(stem.begin(), stem.end(), '-');
    if (dashes != 4 && dashes != 5)
        return invalid(filename, Tr::tr("expected name-version[-build]-python-abi-platform, found %1 parts").arg(dashes + 1));
    // Split at the first dashes - 2 dashes; the rest is python-abi-platform.
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (int i = 0; i < dashes - 2; ++i) {
        const std::size_t at = stem.find('-', start);
        parts.push_back(stem.substr(start, at - start));
        start = at + 1;
    }
    parts.push_back(stem.substr(start));
    const std::string_view namePart = parts[0];
    // PEP 427: the name is escaped to letters, digits, '_' and '.'; '__' never appears.
    const bool nameOk = namePart.find("__") == std::string_view::npos
                        && std::all_of(namePart.begin(), namePart.end(), [](char c) {
                               return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.';
                           });
    if (!nameOk)
        return invalid(filename, Tr::tr("the project name '%1' is not escaped as PEP 427 asks").arg(q(namePart)));
    WheelFilename w;
    w.name = normalizePackageName(namePart);
    auto version = Version::parse(parts[1]);
    if (!version)
        return invalid(filename, version.error().message);
    w.version = *version;
    if (dashes == 5) {
        const std::string_view build = parts[2];
        std::size_t digits = 0;
        while (digits < build.size() && std::isdigit(static_cast<unsigned char>(build[digits])))
            ++digits;
        if (digits == 0)
            return invalid(filename, Tr::tr("the build tag '%1' does not start with a number").arg(q(build)));
        std::uint64_t number = 0;
        for (std::size_t i = 0; i < digits; ++i) {
            if (number > (UINT64_MAX - 9) / 10)
                return invalid(filename, Tr::tr("the build number is too large"));
            number = number * 10 + std::uint64_t(build[i] - '0');
        }
        w.build = std::make_pair(number, std::string(build.substr(digits)));
    }
    auto tags = Tag::parseSet(parts.back());
    if (!tags)
        return invalid(filename, tags.error().message);
    w.tags = std::move(*tags);
    return w;
}

Expected<SdistFilename> SdistFilename::parse(std::string_view filename)
{
    std::string_view stem;
    if (filename.ends_with(".tar.gz"))
        stem = filename.substr(0, filename.size() - 7);
    else if (filename.ends_with(".zip"))
        stem = filename.substr(0, filename.size() - 4);
    else
        return invalid(filename, Tr::tr("a source distribution's name ends in .tar.gz or .zip"));
    const std::size_t dash = stem.rfind('-');
    if (dash == std::string_view::npos)
        return invalid(filename, Tr::tr("expected name-version"));
    SdistFilename s;
    s.name = normalizePackageName(stem.substr(0, dash));
    auto version = Version::parse(stem.substr(dash + 1));
    if (!version)
        return invalid(filename, version.error().message);
    s.version = *version;
    return s;
}

} // namespace Envdesk::Core
