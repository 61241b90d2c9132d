#include "simpleapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Envdesk::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Envdesk::Core::Index", text);
}

Error pageError(const QUrl &url, const QString &message)
{
    Error e;
    e.code = ErrorCode::InvalidIndexResponse;
    e.file = url.toDisplayString(QUrl::RemoveUserInfo);
    e.message = message;
    e.hint = tr("the index answered something that is not a PEP 503/691 simple page; check the "
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

Expected<ProjectPage> parseJson(const QByteArray &body, const QUrl &pageUrl)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isNull() || !doc.isObject())
        return std::unexpected(pageError(pageUrl, tr("the JSON page of %1 is malformed: %2 at byte %3")
                                                      .arg(pageUrl.toDisplayString(QUrl::RemoveUserInfo),
                                                           parseError.errorString())
                                                      .arg(parseError.offset)));
    const QJsonObject root = doc.object();
    ProjectPage page;
    page.isJson = true;
    page.name = root.value(QLatin1String("name")).toString().toStdString();
    page.apiVersion = root.value(QLatin1String("meta")).toObject().value(QLatin1String("api-version")).toString().toStdString();
    if (!page.apiVersion.empty() && page.apiVersion[0] != '1')
        return std::unexpected(pageError(pageUrl, tr("%1 speaks simple API version %2, which envdesk does not know")
                                                      .arg(pageUrl.toDisplayString(QUrl::RemoveUserInfo),
                                                           QString::fromStdString(page.apiVersion))));
    const QJsonValue files = root.value(QLatin1String("files"));
    if (!files.isArray())
        return std::unexpected(pageError(pageUrl, tr("the JSON page of %1 has no \"files\" list")
                                                      .arg(pageUrl.toDisplayString(QUrl::RemoveUserInfo))));
    for (const QJsonValue &value : files.toArray()) {
        const QJsonObject f = value.toObject();
        DistributionFile file;
        file.filename = f.value(QLatin1String("filename")).toString().toStdString();
        const QString href = f.value(QLatin1String("url")).toString();
        if (file.filename.empty() || href.isEmpty())
            return std::unexpected(pageError(pageUrl, tr("a file entry on %1 has no filename or url")
                                                          .arg(pageUrl.toDisplayString(QUrl::RemoveUserInfo))));
        file.url = withoutFragment(pageUrl.resolved(QUrl(href)), &file.hashes);
        const QJsonObject hashes = f.value(QLatin1String("hashes")).toObject();
        for (auto it = hashes.begin(); it != hashes.end(); ++it)
            file.hashes[it.key().toLower().toStdString()] = it.value().toString().toLower().toStdString();
        file.requiresPython = f.value(QLatin1String("requires-python")).toString().toStdString();
        const QJsonValue yanked = f.value(QLatin1String("yanked"));
        file.yanked = yanked.isString() || yanked.toBool();
        file.yankedReason = yanked.toString().toStdString();
        // PEP 714 renamed dist-info-metadata to core-metadata; read both.
        QJsonValue metadata = f.value(QLatin1String("core-metadata"));
        if (metadata.isUndefined())
            metadata = f.value(QLatin1String("dist-info-metadata"));
        if (metadata.isObject()) {
            file.hasMetadata = true;
            const QJsonObject mh = metadata.toObject();
            for (auto it = mh.begin(); it != mh.end(); ++it)
                file.metadataHashes[it.key().toLower().toStdString()] = it.value().toString().toLower().toStdString();
        } else {
            file.hasMetadata = metadata.toBool();
        }
        const QJsonValue size = f.value(QLatin1String("size"));
        if (size.isDouble() && size.toDouble() >= 0)
            file.size = qint64(size.toDouble());
        file.uploadTime = parseTime(f.value(QLatin1String("upload-time")).toString());
        page.files.push_back(std::move(file));
    }
    for (const QJsonValue &v : root.value(QLatin1String("versions")).toArray())
        page.versions.push_back(v.toString().toStdString());
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
        return std::unexpected(pageError(pageUrl, tr("%1 answered with content type '%2', not a simple API page")
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
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (!doc.isObject())
            return std::unexpected(pageError(pageUrl, tr("the JSON root page of %1 is malformed: %2")
                                                          .arg(pageUrl.toDisplayString(QUrl::RemoveUserInfo),
                                                               parseError.errorString())));
        for (const QJsonValue &p : doc.object().value(QLatin1String("projects")).toArray())
            names.push_back(p.toObject().value(QLatin1String("name")).toString().toStdString());
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
