#include "simpleapi.h"

#include "jsonreader.h"

#include <QCoreApplication>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Index)
};

Error pageError(const QUrl &url, const QString &message)
{
    Error e;
    e.code = ErrorCode::InvalidIndexResponse;
    e.file = url.toDisplayString(QUrl::RemoveUserInfo);
    e.message = message;
    e.hint = Tr::tr("the index answered something that is not a PEP 503/691 simple page; check the "
                "index URL (it usually ends in /simple)");
    return e;
}

bool isJsonType(const QString &contentType)
{
    return contentType.startsWith(QLatin1String("application/vnd.pypi.simple.v1+json"))
           || contentType.startsWith(QLatin1String("application/json"));
}

// Splits "sha256=abc" (a URL fragment or a metadata attribute value) into its parts.
bool splitHash(const QString &text, std::string *algorithm, std::string *digest)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq + 1 >= text.size())
        return false;
    *algorithm = text.left(eq).toLower().toStdString();
    *digest = text.mid(eq + 1).toLower().toStdString();
    return true;
}

QUrl withoutFragment(QUrl url, std::map<std::string, std::string> *hashes)
{
    if (url.hasFragment()) {
        std::string algorithm;
        std::string digest;
        if (splitHash(url.fragment(), &algorithm, &digest))
            (*hashes)[algorithm] = digest;
        url.setFragment(QString());
    }
    return url;
}

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('&')) {
            out += text[i];
            continue;
        }
        const qsizetype semi = text.indexOf(QLatin1Char(';'), i);
        if (semi < 0 || semi - i > 10) {
            out += text[i];
            continue;
        }
        const QStringView name = text.mid(i + 1, semi - i - 1);
        char32_t cp = 0;
        if (name == QLatin1String("amp"))
            cp = '&';
        else if (name == QLatin1String("lt"))
            cp = '<';
        else if (name == QLatin1String("gt"))
            cp = '>';
        else if (name == QLatin1String("quot"))
            cp = '"';
        else if (name == QLatin1String("apos"))
            cp = '\'';
        else if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
            cp = char32_t(name.mid(2).toUInt(nullptr, 16));
        else if (name.startsWith(QLatin1Char('#')))
            cp = char32_t(name.mid(1).toUInt());
        if (cp == 0) {
            out += text[i];
            continue;
        }
        out += QString::fromUcs4(&cp, 1);
        i = semi;
    }
    return out;
}

struct Anchor
{
    std::map<QString, QString> attributes; // lower-case names; value-less attributes map to ""
    QString text;
};

// A tolerant scan for <a ...>text</a> and <base href>, enough for every simple index seen in the
// wild; it never fails, it only finds fewer anchors in garbage.
std::vector<Anchor> scanAnchors(const QString &html, QString *baseHref)
{
    std::vector<Anchor> anchors;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = html.indexOf(QLatin1Char('<'), pos);
        if (open < 0)
            break;
        qsizetype p = open + 1;
        qsizetype nameEnd = p;
        while (nameEnd < html.size() && html[nameEnd].isLetter())
            ++nameEnd;
        const QString tag = html.mid(p, nameEnd - p).toLower();
        if (tag != QLatin1String("a") && tag != QLatin1String("base")) {
            pos = open + 1;
            continue;
        }
        p = nameEnd;
        Anchor anchor;
        // attributes
        while (p < html.size() && html[p] != QLatin1Char('>')) {
            while (p < html.size() && (html[p].isSpace() || html[p] == QLatin1Char('/')))
                ++p;
            const qsizetype attrStart = p;
            while (p < html.size() && !html[p].isSpace() && html[p] != QLatin1Char('=')
                   && html[p] != QLatin1Char('>'))
                ++p;
            const QString name = html.mid(attrStart, p - attrStart).toLower();
            while (p < html.size() && html[p].isSpace())
                ++p;
            QString value;
            if (p < html.size() && html[p] == QLatin1Char('=')) {
                ++p;
                while (p < html.size() && html[p].isSpace())
                    ++p;
                if (p < html.size() && (html[p] == QLatin1Char('"') || html[p] == QLatin1Char('\''))) {
                    const QChar quote = html[p];
                    const qsizetype close = html.indexOf(quote, p + 1);
                    const qsizetype end = close < 0 ? html.size() : close;
                    value = html.mid(p + 1, end - p - 1);
                    p = close < 0 ? html.size() : close + 1;
                } else {
                    const qsizetype start = p;
                    while (p < html.size() && !html[p].isSpace() && html[p] != QLatin1Char('>'))
                        ++p;
                    value = html.mid(start, p - start);
                }
            }
            if (!name.isEmpty())
                anchor.attributes[name] = decodeEntities(value);
            if (name.isEmpty() && p < html.size() && html[p] != QLatin1Char('>'))
                ++p;
        }
        const qsizetype tagEnd = p;
        if (tag == QLatin1String("base")) {
            if (anchor.attributes.count(QStringLiteral("href")))
                *baseHref = anchor.attributes[QStringLiteral("href")];
            pos = tagEnd + 1;
            continue;
        }
        const qsizetype close = html.indexOf(QLatin1String("</a"), tagEnd, Qt::CaseInsensitive);
        const qsizetype textEnd = close < 0 ? html.size() : close;
        anchor.text = decodeEntities(QStringView(html).mid(tagEnd + 1, textEnd - tagEnd - 1)).trimmed();
        anchors.push_back(std::move(anchor));
        pos = textEnd;
    }
    return anchors;
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

Error malformedJson(const QUrl &url, const JsonReader &json, bool rootPage)
{
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo);
    const QString what = QCoreApplication::translate("Envdesk::Core::JsonReader", json.error());
    return pageError(url, (rootPage ? Tr::tr("the JSON root page of %1 is malformed: %2 at byte %3")
                                    : Tr::tr("the JSON page of %1 is malformed: %2 at byte %3"))
                              .arg(where, what)
                              .arg(json.errorOffset()));
}

void asciiLower(std::string *text)
{
    for (char &c : *text) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
}

// A string value, or "" for any other type (which is passed over), as a lenient reader of the
// simple API treats a field of the wrong type: as absent.
bool readStringOrEmpty(JsonReader &json, std::string *out)
{
    if (json.peek() == JsonReader::Type::String)
        return json.readString(out);
    out->clear();
    return json.passOver();
}

// An object of algorithm -> digest strings ("hashes", and core-metadata's), both lower-cased;
// members that are not strings are left out.
bool readHashes(JsonReader &json, std::map<std::string, std::string> *hashes)
{
    if (json.peek() != JsonReader::Type::Object)
        return json.passOver();
    std::string key;
    std::string digest;
    json.enterObject();
    while (json.nextMember(&key)) {
        if (json.peek() != JsonReader::Type::String) {
            if (!json.passOver())
                return false;
            continue;
        }
        if (!json.readString(&digest))
            return false;
        asciiLower(&key);
        asciiLower(&digest);
        (*hashes)[key] = digest;
    }
    return !json.failed();
}

// PEP 658/714's metadata field as written: true/false, or an object of hashes (anything else
// counts as false). Read into the file, whose hashes it replaces.
bool readMetadataField(JsonReader &json, DistributionFile *file)
{
    file->metadataHashes.clear();
    switch (json.peek()) {
    case JsonReader::Type::Object:
        file->hasMetadata = true;
        return readHashes(json, &file->metadataHashes);
    case JsonReader::Type::Bool:
        return json.readBool(&file->hasMetadata);
    default:
        file->hasMetadata = false;
        return json.passOver();
    }
}

// One entry of "files". Returns false when the JSON is malformed; *complete says whether the
// entry had the filename and url every file must have.
bool readFile(JsonReader &json, const QUrl &pageUrl, DistributionFile *file, bool *complete)
{
    *complete = false;
    if (json.peek() != JsonReader::Type::Object)
        return json.passOver();
    std::string key;
    std::string href;
    std::string text;
    bool coreMetadata = false;
    json.enterObject();
    while (json.nextMember(&key)) {
        bool ok = true;
        if (key == "filename") {
            ok = readStringOrEmpty(json, &file->filename);
        } else if (key == "url") {
            ok = readStringOrEmpty(json, &href);
        } else if (key == "hashes") {
            file->hashes.clear();
            ok = readHashes(json, &file->hashes);
        } else if (key == "requires-python") {
            ok = readStringOrEmpty(json, &file->requiresPython);
        } else if (key == "yanked") {
            // PEP 592: a reason (yanked) or a boolean.
            file->yankedReason.clear();
            if (json.peek() == JsonReader::Type::String) {
                ok = json.readString(&file->yankedReason);
                file->yanked = true;
            } else if (json.peek() == JsonReader::Type::Bool) {
                ok = json.readBool(&file->yanked);
            } else {
                file->yanked = false;
                ok = json.passOver();
            }
        } else if (key == "core-metadata") {
            // PEP 714 renamed dist-info-metadata to core-metadata; the new name wins when a file
            // has both, wherever each stands.
            coreMetadata = true;
            ok = readMetadataField(json, file);
        } else if (key == "dist-info-metadata") {
            ok = coreMetadata ? json.passOver() : readMetadataField(json, file);
        } else if (key == "size") {
            double size = 0;
            file->size.reset();
            if (json.peek() == JsonReader::Type::Number) {
                ok = json.readNumber(&size);
                if (ok && size >= 0)
                    file->size = qint64(size);
            } else {
                ok = json.passOver();
            }
        } else if (key == "upload-time") {
            ok = readStringOrEmpty(json, &text);
            file->uploadTime = parseTime(QString::fromStdString(text));
        } else {
            ok = json.passOver();
        }
        if (!ok)
            return false;
    }
    if (json.failed())
        return false;
    if (file->filename.empty() || href.empty())
        return true;
    // A hash in the URL's fragment counts unless "hashes" names the same algorithm.
    std::map<std::string, std::string> fromFragment;
    file->url = withoutFragment(pageUrl.resolved(QUrl(QString::fromStdString(href))), &fromFragment);
    for (auto &[algorithm, digest] : fromFragment)
        file->hashes.emplace(algorithm, std::move(digest));
    *complete = true;
    return true;
}

Expected<ProjectPage> parseJson(const QByteArray &body, const QUrl &pageUrl)
{
    JsonReader json(std::string_view(body.constData(), std::size_t(body.size())));
    ProjectPage page;
    page.isJson = true;
    bool sawFiles = false;
    bool incompleteFile = false;
    std::string key;
    if (json.enterObject()) {
        while (json.nextMember(&key)) {
            bool ok = true;
            if (key == "name") {
                ok = readStringOrEmpty(json, &page.name);
            } else if (key == "meta" && json.peek() == JsonReader::Type::Object) {
                json.enterObject();
                while (ok && json.nextMember(&key))
                    ok = key == "api-version" ? readStringOrEmpty(json, &page.apiVersion) : json.passOver();
            } else if (key == "files" && json.peek() == JsonReader::Type::Array) {
                sawFiles = true;
                page.files.clear();
                json.enterArray();
                while (ok && json.nextElement()) {
                    DistributionFile file;
                    bool complete = false;
                    ok = readFile(json, pageUrl, &file, &complete);
                    if (complete)
                        page.files.push_back(std::move(file));
                    else
                        incompleteFile = true;
                }
            } else if (key == "versions" && json.peek() == JsonReader::Type::Array) {
                page.versions.clear();
                std::string version;
                json.enterArray();
                while (ok && json.nextElement()) {
                    ok = readStringOrEmpty(json, &version);
                    page.versions.push_back(version);
                }
            } else {
                ok = json.passOver();
            }
            if (!ok)
                break;
        }
    }
    if (!json.finish())
        return std::unexpected(malformedJson(pageUrl, json, false));
    if (!page.apiVersion.empty() && page.apiVersion[0] != '1')
        return std::unexpected(pageError(pageUrl, Tr::tr("%1 speaks simple API version %2, which envdesk does not know")
                                                      .arg(pageUrl.toDisplayString(QUrl::RemoveUserInfo),
                                                           QString::fromStdString(page.apiVersion))));
    if (!sawFiles)
        return std::unexpected(pageError(pageUrl, Tr::tr("the JSON page of %1 has no \"files\" list")
                                                      .arg(pageUrl.toDisplayString(QUrl::RemoveUserInfo))));
    if (incompleteFile)
        return std::unexpected(pageError(pageUrl, Tr::tr("a file entry on %1 has no filename or url")
                                                      .arg(pageUrl.toDisplayString(QUrl::RemoveUserInfo))));
    return page;
}

} // namespace

QUrl DistributionFile::metadataUrl() const
{
    QUrl u = url;
    u.setPath(u.path() + QStringLiteral(".metadata"));
    return u;
}

QByteArray simpleApiAcceptHeader()
{
    return QByteArrayLiteral("application/vnd.pypi.simple.v1+json, "
                             "application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01");
}

Expected<ProjectPage> parseProjectPage(const QByteArray &body, const QString &contentType,
                                       const QUrl &pageUrl)
{
    if (isJsonType(contentType))
        return parseJson(body, pageUrl);
    if (!contentType.isEmpty() && !contentType.contains(QLatin1String("html"))
        && !contentType.startsWith(QLatin1String("text/")))
        return std::unexpected(pageError(pageUrl, Tr::tr("%1 answered with content type '%2', not a simple API page")
                                                      .arg(pageUrl.toDisplayString(QUrl::RemoveUserInfo), contentType)));
    ProjectPage page;
    const QString html = QString::fromUtf8(body);
    QString baseHref;
    const std::vector<Anchor> anchors = scanAnchors(html, &baseHref);
    const QUrl base = baseHref.isEmpty() ? pageUrl : pageUrl.resolved(QUrl(baseHref));
    const qsizetype meta = html.indexOf(QLatin1String("pypi:repository-version"));
    if (meta >= 0) {
        const qsizetype content = html.indexOf(QLatin1String("content=\""), meta);
        if (content >= 0)
            page.apiVersion = html.mid(content + 9, html.indexOf(QLatin1Char('"'), content + 9) - content - 9).toStdString();
    }
    for (const Anchor &a : anchors) {
        const auto href = a.attributes.find(QStringLiteral("href"));
        if (href == a.attributes.end() || href->second.isEmpty())
            continue;
        DistributionFile file;
        file.url = withoutFragment(base.resolved(QUrl(href->second)), &file.hashes);
        file.filename = a.text.toStdString();
        if (file.filename.empty())
            file.filename = file.url.fileName().toStdString();
        if (auto rp = a.attributes.find(QStringLiteral("data-requires-python")); rp != a.attributes.end())
            file.requiresPython = rp->second.toStdString();
        if (auto y = a.attributes.find(QStringLiteral("data-yanked")); y != a.attributes.end()) {
            file.yanked = true;
            file.yankedReason = y->second.toStdString();
        }
        for (const char *name : {"data-core-metadata", "data-dist-info-metadata"}) {
            auto m = a.attributes.find(QLatin1String(name));
            if (m == a.attributes.end())
                continue;
            std::string algorithm;
            std::string digest;
            if (m->second == QLatin1String("true") || m->second.isEmpty()) {
                file.hasMetadata = true;
            } else if (splitHash(m->second, &algorithm, &digest)) {
                file.hasMetadata = true;
                file.metadataHashes[algorithm] = digest;
            }
            break;
        }
        page.files.push_back(std::move(file));
    }
    return page;
}

Expected<std::vector<std::string>> parseRootPage(const QByteArray &body, const QString &contentType,
                                                 const QUrl &pageUrl)
{
    std::vector<std::string> names;
    if (isJsonType(contentType)) {
        JsonReader json(std::string_view(body.constData(), std::size_t(body.size())));
        std::string key;
        std::string name;
        if (json.enterObject()) {
            bool ok = true;
            while (ok && json.nextMember(&key)) {
                if (key != "projects" || json.peek() != JsonReader::Type::Array) {
                    ok = json.passOver();
                    continue;
                }
                json.enterArray();
                while (ok && json.nextElement()) {
                    if (json.peek() != JsonReader::Type::Object) {
                        ok = json.passOver();
                        continue;
                    }
                    json.enterObject();
                    name.clear();
                    while (ok && json.nextMember(&key))
                        ok = key == "name" ? readStringOrEmpty(json, &name) : json.passOver();
                    if (ok && !name.empty())
                        names.push_back(name);
                }
            }
        }
        if (!json.finish())
            return std::unexpected(malformedJson(pageUrl, json, true));
        return names;
    }
    QString baseHref;
    for (const Anchor &a : scanAnchors(QString::fromUtf8(body), &baseHref)) {
        if (!a.text.isEmpty())
            names.push_back(a.text.toStdString());
    }
    return names;
}

} // namespace Envdesk::Core
