#include "importer.h"

#include "pyproject.h"
#include "tomldocument.h"

#include "../pep/filename.h"
#include "../pep/name.h"
#include "../pep/requirement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <optional>
#include <set>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Import)
};
// lupdate reads `std::string f(...)` at namespace level as a member of a class std, where it cannot
// find Tr: the messages of such functions name their context themselves.

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

Error importError(const QString &file, int line, const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::InvalidConfig;
    e.file = file;
    e.line = line;
    e.message = message;
    e.hint = hint;
    return e;
}

Expected<QByteArray> readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = path;
        e.message = f.exists() ? Tr::tr("cannot read %1: %2").arg(path, f.errorString())
                               : Tr::tr("there is no file %1").arg(path);
        return std::unexpected(e);
    }
    return f.readAll();
}

bool isPyPI(const std::string &url)
{
    const QUrl u(qs(url));
    const QString host = u.host().toLower();
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return (host == QLatin1String("pypi.org") || host == QLatin1String("pypi.python.org"))
           && path == QLatin1String("/simple");
}

std::string trimmedUrl(std::string url)
{
    while (url.size() > 1 && url.back() == '/')
        url.pop_back();
    return url;
}

// A name uv accepts ([A-Za-z0-9._-]), made from `wanted` or else from the URL's host.
std::string indexName(const std::string &wanted, const std::string &url)
{
    std::string base = wanted;
    if (base.empty())
        base = QUrl(qs(url)).host().toStdString();
    if (base.empty())
        base = "index";
    for (char &c : base) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
              || c == '_' || c == '-'))
            c = '-';
    }
    return base;
}

// ---- git, url and path sources -----------------------------------------------------------------

// Credentials in a source URL are never written: git's credential helper or ~/.netrc supply them.
std::string sourceUrlWithoutCredentials(const std::string &url, const std::string &package,
                                        ImportPlan &plan, int line)
{
    QUrl u(qs(url));
    // An ssh user name ("ssh://git@host/...") is not a secret.
    if (!u.isValid()
        || (u.password().isEmpty()
            && (u.userName().isEmpty() || u.scheme() == QLatin1String("ssh"))))
        return url;
    u.setUserInfo(QString());
    plan.warnings.push_back(
        {QCoreApplication::translate("Envdesk::Core::Import", "the URL of '%1' holds credentials; they were not copied into pyproject.toml")
             .arg(qs(package)),
         QCoreApplication::translate("Envdesk::Core::Import", "let git's credential helper or ~/.netrc supply them for %1").arg(u.host()), plan.file,
         line});
    return u.toString().toStdString();
}

// A repository as uv's `git` key takes it: without pip's "git+" prefix, and an scp-like
// "git@host:owner/repo.git" written as the ssh:// URL it stands for.
std::string gitRepository(std::string url, const std::string &package, ImportPlan &plan, int line)
{
    if (url.starts_with("git+"))
        url.erase(0, 4);
    static const QRegularExpression scpLike(QStringLiteral("^([\\w.-]+@)?([\\w.-]+):(?!//)(.+)$"));
    if (const auto m = scpLike.match(qs(url)); m.hasMatch() && !url.starts_with("file:"))
        url = QStringLiteral("ssh://%1%2/%3").arg(m.captured(1), m.captured(2), m.captured(3)).toStdString();
    return sourceUrlWithoutCredentials(url, package, plan, line);
}

// `path` (or a file: URL) made absolute against the folder of the file being imported.
QString absolutePath(const QString &importedFile, QString path)
{
    if (path.startsWith(QLatin1String("file:")))
        path = QUrl(path).toLocalFile();
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return QDir::cleanPath(QFileInfo(importedFile).absoluteDir().absoluteFilePath(path));
}

bool isArchive(const QString &path)
{
    for (const char *suffix : {".whl", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip"}) {
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The distribution a wheel or sdist file name names, or "".
std::string nameFromFileName(const QString &pathOrUrl)
{
    const QString file = pathOrUrl.section(QLatin1Char('/'), -1);
    if (auto w = WheelFilename::parse(file.toStdString()))
        return w->name;
    if (auto sdist = SdistFilename::parse(file.toStdString()))
        return sdist->name;
    return {};
}

// The project name a source folder declares: pyproject.toml's [project] name, setup.cfg's
// [metadata] name, or a literal name= in setup.py; "" when it says none.
std::string nameFromFolder(const QString &dir)
{
    if (auto text = readBytes(dir + QStringLiteral("/pyproject.toml"))) {
        if (auto doc = TomlDocument::parse(text->toStdString())) {
            const TomlValue *name = doc->at({std::string("project"), std::string("name")});
            if (name && name->isString() && !name->text.empty())
                return name->text;
        }
    }
    if (auto text = readBytes(dir + QStringLiteral("/setup.cfg"))) {
        bool metadata = false;
        for (const QString &raw : QString::fromUtf8(*text).split(QLatin1Char('\n'))) {
            const QString line = raw.trimmed();
            if (line.startsWith(QLatin1Char('[')))
                metadata = line == QLatin1String("[metadata]");
            else if (metadata && line.section(QLatin1Char('='), 0, 0).trimmed() == QLatin1String("name"))
                return line.section(QLatin1Char('='), 1).trimmed().toStdString();
        }
    }
    if (auto text = readBytes(dir + QStringLiteral("/setup.py"))) {
        static const QRegularExpression literal(QStringLiteral("\\bname\\s*=\\s*['\"]([A-Za-z0-9._-]+)['\"]"));
        if (const auto m = literal.match(QString::fromUtf8(*text)); m.hasMatch())
            return m.captured(1).toStdString();
    }
    return {};
}

// The source of a local path: a folder (editable when asked) or a distribution file.
SourcePin pathSource(const std::string &package, const QString &absolute, bool editable,
                     ImportPlan &plan, int line)
{
    SourcePin source;
    source.package = package;
    source.kind = SourcePin::Kind::Path;
    source.path = absolute.toStdString();
    if (editable && isArchive(absolute)) {
        plan.warnings.push_back(
            {Tr::tr("'%1' is a distribution file, which cannot be installed editable; it was imported "
                "as a plain path source")
                 .arg(qs(package)),
             {}, plan.file, line});
        editable = false;
    }
    source.editable = editable;
    if (!QFileInfo::exists(absolute))
        plan.warnings.push_back({Tr::tr("'%1' comes from %2, which does not exist").arg(qs(package), absolute),
                                 Tr::tr("check the path before you lock"), plan.file, line});
    return source;
}

void warnEditableGit(ImportPlan &plan, const std::string &package, int line)
{
    plan.warnings.push_back(
        {Tr::tr("'%1' is an editable git checkout; uv installs a git source as a normal package, so "
            "editable was dropped")
             .arg(qs(package)),
         Tr::tr("to edit it, clone the repository and make it a path source with editable = true"),
         plan.file, line});
}

void warnOtherVcs(ImportPlan &plan, const std::string &package, const QString &vcs, int line)
{
    plan.warnings.push_back(
        {Tr::tr("'%1' comes from a %2 repository; [tool.uv.sources] takes git, url and path sources "
            "only, so it was not imported")
             .arg(qs(package), vcs),
         Tr::tr("publish it to one of your indexes, or point a url or path source at a built "
            "distribution"),
         plan.file, line});
}

// Takes user name and password out of `url`, warning where they were and where they belong.
std::string withoutCredentials(const std::string &url, const std::string &name, ImportPlan &plan,
                               int line)
{
    QUrl u(qs(url));
    if (!u.isValid() || (u.userName().isEmpty() && u.password().isEmpty()))
        return url;
    u.setUserInfo(QString());
    const QString prefix = qs(IndexConfig::credentialVariablePrefix(name));
    plan.warnings.push_back(
        {QCoreApplication::translate("Envdesk::Core::Import", "the URL of the index '%1' holds credentials; they were not copied into pyproject.toml")
             .arg(qs(name)),
         QCoreApplication::translate("Envdesk::Core::Import",
                                     "store them in the keychain with 'envdesk-cli auth set %1', or set %2_USERNAME and "
                                     "%2_PASSWORD")
             .arg(qs(name), prefix),
         plan.file, line});
    return u.toString().toStdString();
}

std::string hostOf(const std::string &url)
{
    return QUrl(qs(url)).host().toStdString();
}

void warnInsecure(ImportPlan &plan, const std::string &host, int line, const QString &why)
{
    plan.warnings.push_back(
        {Tr::tr("%1: certificates of %2 will not be checked (allow-insecure-host)").arg(why, qs(host)),
         Tr::tr("prefer trusting the host's CA: [tool.envdesk.index.NAME] ca-bundle"), plan.file,
         line});
}

// ---- pip.conf / pip.ini --------------------------------------------------------------------

struct IniValue
{
    std::string value;
    int line = 0;
};

} // namespace

Expected<ImportPlan> readPipConf(const std::string &text, const QString &fileName)
{
    ImportPlan plan;
    plan.format = ImportPlan::Format::PipConf;
    plan.file = fileName;
    // section -> key -> value; continuation lines (indented) extend the previous value.
    std::map<std::string, std::map<std::string, IniValue>> sections;
    std::string section;
    std::string lastKey;
    int lineNo = 0;
    const QStringList lines = qs(text).split(QLatin1Char('\n'));
    for (QString line : lines) {
        ++lineNo;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))
            || trimmed.startsWith(QLatin1Char(';')))
            continue;
        if (line.at(0).isSpace() && !lastKey.empty()) {
            std::string &v = sections[section][lastKey].value;
            v += (v.empty() ? "" : "\n") + trimmed.toStdString();
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('['))) {
            if (!trimmed.endsWith(QLatin1Char(']')))
                return std::unexpected(importError(fileName, lineNo,
                                                   Tr::tr("'%1' is not a section header").arg(trimmed),
                                                   Tr::tr("a section looks like [global]")));
            section = trimmed.mid(1, trimmed.size() - 2).trimmed().toStdString();
            lastKey.clear();
            continue;
        }
        const qsizetype sep = trimmed.indexOf(QRegularExpression(QStringLiteral("[=:]")));
        if (sep <= 0)
            return std::unexpected(
                importError(fileName, lineNo, Tr::tr("'%1' is not KEY = VALUE").arg(trimmed),
                            Tr::tr("each line of pip's configuration is a [section], KEY = VALUE, or "
                               "an indented continuation")));
        if (section.empty())
            return std::unexpected(importError(fileName, lineNo,
                                               Tr::tr("'%1' comes before any [section]").arg(trimmed),
                                               Tr::tr("put it under [global]")));
        // pip accepts index_url as well as index-url, and a leading "--".
        QString key = trimmed.left(sep).trimmed().toLower();
        if (key.startsWith(QLatin1String("--")))
            key = key.mid(2);
        key.replace(QLatin1Char('_'), QLatin1Char('-'));
        lastKey = key.toStdString();
        sections[section][lastKey] = {trimmed.mid(sep + 1).trimmed().toStdString(), lineNo};
    }
    // What `pip install` sees: [global], then [install] over it.
    std::map<std::string, IniValue> effective = sections["global"];
    for (const auto &[k, v] : sections["install"])
        effective[k] = v;
    auto words = [](const std::string &value) {
        std::vector<std::string> out;
        for (const QString &w :
             qs(value).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            out.push_back(w.toStdString());
        return out;
    };
    for (const auto &[key, v] : effective) {
        if (key == "index-url") {
            if (isPyPI(v.value))
                continue; // uv's own default
            IndexConfig c;
            c.name = indexName({}, v.value);
            c.url = withoutCredentials(v.value, c.name, plan, v.line);
            c.isDefault = true;
            plan.indexes.insert(plan.indexes.begin(), c);
        } else if (key == "extra-index-url") {
            for (const std::string &url : words(v.value)) {
                IndexConfig c;
                c.name = indexName({}, url);
                c.url = withoutCredentials(url, c.name, plan, v.line);
                plan.indexes.push_back(c);
            }
        } else if (key == "trusted-host") {
            for (const std::string &host : words(v.value)) {
                plan.insecureHosts.push_back(host);
                warnInsecure(plan, host, v.line, Tr::tr("trusted-host"));
            }
        } else if (key == "find-links") {
            for (const std::string &link : words(v.value))
                plan.findLinks.push_back(link);
        } else if (key == "cert") {
            plan.caBundle = v.value;
        } else if (key == "client-cert") {
            plan.clientCert = v.value;
        } else {
            plan.warnings.push_back(
                {Tr::tr("'%1' is not imported (envdesk takes indexes, trusted hosts, find-links and "
                    "certificates from pip's configuration)")
                     .arg(qs(key)),
                 {},
                 fileName,
                 v.line});
        }
    }
    return plan;
}

// ---- Pipfile ---------------------------------------------------------------------------------

namespace {

// One [packages] entry as a PEP 508 requirement, or an empty string with a warning. `source`
// gets the entry's index pin (naming the Pipfile's source) or its git, file or path source.
std::string pipfileRequirement(const std::string &name, const TomlValue &spec, ImportPlan &plan,
                               std::optional<SourcePin> *source)
{
    auto versionText = [](std::string v) {
        if (v == "*" || v.empty())
            return std::string();
        if (!v.empty() && (std::isdigit(static_cast<unsigned char>(v[0]))))
            return "==" + v;
        return v;
    };
    if (spec.isString())
        return name + versionText(spec.text);
    if (!spec.isTable()) {
        plan.warnings.push_back(
            {QCoreApplication::translate("Envdesk::Core::Import", "'%1' is neither a version string nor a table; not imported").arg(qs(name)),
             {},
             plan.file,
             spec.line});
        return {};
    }
    for (const auto &[key, vcs] : {std::pair{"hg", "Mercurial"}, {"svn", "Subversion"}, {"bzr", "Bazaar"}}) {
        if (spec.find(key)) {
            warnOtherVcs(plan, name, QLatin1String(vcs), spec.line);
            return {};
        }
    }
    auto text = [&](const char *key) {
        const TomlValue *v = spec.find(key);
        return v && v->isString() ? v->text : std::string();
    };
    const TomlValue *editableValue = spec.find("editable");
    const bool editable = editableValue && editableValue->isBoolean() && editableValue->boolean;
    if (const std::string git = text("git"); !git.empty()) {
        SourcePin pin;
        pin.package = name;
        pin.kind = SourcePin::Kind::Git;
        pin.url = gitRepository(git, name, plan, spec.line);
        pin.rev = text("ref"); // pipenv's ref is a branch, a tag or a commit: uv's rev takes each
        pin.subdirectory = text("subdirectory");
        if (editable)
            warnEditableGit(plan, name, spec.line);
        *source = pin;
    } else if (const std::string file = text("file"); !file.empty()) {
        if (file.starts_with("http://") || file.starts_with("https://")) {
            SourcePin pin;
            pin.package = name;
            pin.kind = SourcePin::Kind::Url;
            pin.url = sourceUrlWithoutCredentials(file, name, plan, spec.line);
            *source = pin;
        } else {
            *source = pathSource(name, absolutePath(plan.file, qs(file)), editable, plan, spec.line);
        }
    } else if (const std::string path = text("path"); !path.empty()) {
        *source = pathSource(name, absolutePath(plan.file, qs(path)), editable, plan, spec.line);
    } else if (const std::string index = text("index"); !index.empty()) {
        SourcePin pin;
        pin.package = name;
        pin.kind = SourcePin::Kind::Index;
        pin.index = index;
        *source = pin;
    }
    std::string out = name;
    if (const TomlValue *extras = spec.find("extras");
        extras && extras->isArray() && !extras->array.empty()) {
        out += '[';
        for (std::size_t i = 0; i < extras->array.size(); ++i)
            out += (i ? "," : "") + extras->array[i].text;
        out += ']';
    }
    if (const TomlValue *v = spec.find("version"); v && v->isString())
        out += versionText(v->text);
    std::vector<std::string> markers;
    if (const TomlValue *m = spec.find("markers"); m && m->isString())
        markers.push_back(m->text);
    for (const char *var :
         {"os_name", "sys_platform", "platform_machine", "platform_system", "python_version",
          "python_full_version", "implementation_name", "platform_python_implementation"}) {
        if (const TomlValue *m = spec.find(var); m && m->isString())
            markers.push_back(std::string(var) + " " + m->text);
    }
    if (!markers.empty()) {
        std::string joined;
        for (std::size_t i = 0; i < markers.size(); ++i)
            joined += (i ? ") and (" : "") + markers[i];
        out += markers.size() > 1 ? "; (" + joined + ")" : "; " + joined;
    }
    return out;
}

} // namespace

Expected<ImportPlan> readPipfile(const std::string &text, const QString &fileName)
{
    auto doc = TomlDocument::parse(text, fileName);
    if (!doc)
        return std::unexpected(doc.error());
    ImportPlan plan;
    plan.format = ImportPlan::Format::Pipfile;
    plan.file = fileName;
    std::map<std::string, std::string> sourceNames; // Pipfile's name -> the index name imported
    if (const TomlValue *sources = doc->at({std::string("source")})) {
        if (!sources->isArray())
            return std::unexpected(
                importError(fileName, sources->line, Tr::tr("[[source]] must be an array of tables")));
        bool first = true;
        for (const TomlValue &s : sources->array) {
            const TomlValue *url = s.find("url");
            const TomlValue *name = s.find("name");
            if (!url || !url->isString())
                return std::unexpected(importError(fileName, s.line, Tr::tr("a [[source]] has no url"),
                                                   Tr::tr("add url = \"https://host/simple\"")));
            const std::string wanted = name && name->isString() ? name->text : std::string();
            const bool primary = first;
            first = false;
            if (primary && isPyPI(url->text)) {
                sourceNames[wanted] = {}; // uv's default; nothing to add
                continue;
            }
            IndexConfig c;
            c.name = indexName(wanted, url->text);
            c.url = withoutCredentials(url->text, c.name, plan, url->line);
            if (c.url.find("${") != std::string::npos)
                plan.warnings.push_back(
                    {Tr::tr("the URL of '%1' uses environment variables (%2), which uv does not expand")
                         .arg(qs(c.name), qs(c.url)),
                     Tr::tr("write the URL out and keep secrets in the keychain"), fileName,
                     url->line});
            // pipenv asks the first source for every package and the others only for the
            // packages that name them: in uv's terms, a default index and explicit ones.
            c.isDefault = primary;
            c.isExplicit = !primary;
            c.line = s.line;
            sourceNames[wanted] = c.name;
            if (const TomlValue *verify = s.find("verify_ssl");
                verify && verify->isBoolean() && !verify->boolean) {
                const std::string host = hostOf(c.url);
                if (!host.empty()) {
                    plan.insecureHosts.push_back(host);
                    warnInsecure(plan, host, verify->line, Tr::tr("verify_ssl = false"));
                }
            }
            plan.indexes.push_back(c);
        }
    }
    for (const auto &[table, target] :
         {std::pair{"packages", &plan.dependencies}, {"dev-packages", &plan.devDependencies}}) {
        const TomlValue *packages = doc->at({std::string(table)});
        if (!packages)
            continue;
        if (!packages->isTable())
            return std::unexpected(importError(
                fileName, packages->line, Tr::tr("[%1] must be a table").arg(QLatin1String(table))));
        for (const auto &[name, spec] : packages->table) {
            std::optional<SourcePin> source;
            const std::string requirement = pipfileRequirement(name, spec, plan, &source);
            if (requirement.empty())
                continue;
            if (auto parsed = Requirement::parse(requirement); !parsed)
                return std::unexpected(
                    importError(fileName, spec.line,
                                Tr::tr("'%1' in [%2] does not make a valid requirement: %3")
                                    .arg(qs(name), QLatin1String(table), parsed.error().message)));
            target->push_back(requirement);
            if (source && source->kind == SourcePin::Kind::Index) {
                const auto it = sourceNames.find(source->index);
                if (it == sourceNames.end())
                    return std::unexpected(importError(
                        fileName, spec.line,
                        Tr::tr("'%1' names the source '%2', which the Pipfile does not define")
                            .arg(qs(name), qs(source->index))));
                if (it->second.empty())
                    continue; // the PyPI source: uv's default, no pin needed
                source->index = it->second;
            }
            if (source)
                plan.sources.push_back(*source);
        }
    }
    if (const TomlValue *requires_ = doc->at({std::string("requires")})) {
        for (const auto &[k, v] : requires_->table) {
            plan.warnings.push_back(
                {Tr::tr("[requires] %1 = \"%2\" is not imported").arg(qs(k), qs(v.text)),
                 Tr::tr("set requires-python in [project], e.g. \">=%1\"").arg(qs(v.text)), fileName,
                 v.line});
        }
    }
    return plan;
}

// ---- requirements files ------------------------------------------------------------------------

namespace {

// A requirements-file entry that is a path or URL rather than a requirement, as pip takes them:
// "-e ./dir", "./dist/x-1.0-py3-none-any.whl", "git+https://host/repo@v1#egg=x",
// "https://host/x-1.0.tar.gz". The package's name comes from #egg=, the file name, or the
// folder's pyproject.toml / setup.cfg / setup.py. Adds the dependency and its source to `plan`,
// or warns and adds nothing.
void importDirectReference(QString entry, bool editable, ImportPlan &plan, const QString &file,
                           int line)
{
    QString marker;
    if (const qsizetype semicolon = entry.indexOf(QRegularExpression(QStringLiteral("\\s;")));
        semicolon > 0) {
        marker = entry.mid(semicolon).trimmed().mid(1).trimmed();
        entry = entry.left(semicolon).trimmed();
    }
    QString egg, subdirectory;
    if (const qsizetype hash = entry.indexOf(QLatin1Char('#')); hash >= 0) {
        for (const QString &part : entry.mid(hash + 1).split(QLatin1Char('&'))) {
            if (part.startsWith(QLatin1String("egg=")))
                egg = part.mid(4);
            else if (part.startsWith(QLatin1String("subdirectory=")))
                subdirectory = part.mid(13);
        }
        entry = entry.left(hash);
    }
    const QString scheme = entry.section(QLatin1Char(':'), 0, 0).toLower();
    for (const auto &[prefix, vcs] : {std::pair{"hg+", "Mercurial"}, {"svn+", "Subversion"}, {"bzr+", "Bazaar"}}) {
        if (scheme.startsWith(QLatin1String(prefix))) {
            warnOtherVcs(plan, egg.isEmpty() ? entry.toStdString() : egg.toStdString(),
                         QLatin1String(vcs), line);
            return;
        }
    }
    SourcePin source;
    std::string name;
    const bool git = scheme.startsWith(QLatin1String("git+"));
    const bool remote = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    QString local;
    if (git) {
        // pip's git+URL@REF: the ref follows the last @ of the path.
        QUrl url(entry.mid(4));
        QString path = url.path();
        if (const qsizetype at = path.lastIndexOf(QLatin1Char('@')); at > 0) {
            source.rev = path.mid(at + 1).toStdString();
            url.setPath(path.left(at));
        }
        name = egg.toStdString();
        source.kind = SourcePin::Kind::Git;
        source.url = gitRepository(url.toString().toStdString(), name.empty() ? entry.toStdString() : name,
                                   plan, line);
        source.subdirectory = subdirectory.toStdString();
        if (editable && !name.empty())
            warnEditableGit(plan, name, line);
    } else if (remote) {
        name = egg.isEmpty() ? nameFromFileName(entry) : egg.toStdString();
        source.kind = SourcePin::Kind::Url;
        source.url = sourceUrlWithoutCredentials(entry.toStdString(), name.empty() ? entry.toStdString() : name,
                                                 plan, line);
        source.subdirectory = subdirectory.toStdString();
    } else {
        local = absolutePath(file, entry);
        if (!QFileInfo::exists(local) && !isArchive(local)) {
            plan.warnings.push_back({Tr::tr("there is no folder %1 (from '%2'); not imported").arg(local, entry),
                                     Tr::tr("paths are read relative to the requirements file's folder"),
                                     file, line});
            return;
        }
        name = !egg.isEmpty()          ? egg.toStdString()
               : QFileInfo(local).isDir() ? nameFromFolder(local)
                                        : nameFromFileName(local);
    }
    // #egg= may carry extras: "name[extra]".
    std::string extras;
    if (const auto bracket = name.find('['); bracket != std::string::npos) {
        extras = name.substr(bracket);
        name.erase(bracket);
    }
    if (name.empty() || !Requirement::parse(name)) {
        plan.warnings.push_back(
            {Tr::tr("cannot tell which package '%1' is without building it; not imported").arg(entry),
             git || remote ? Tr::tr("write it as 'NAME @ %1' or add #egg=NAME").arg(entry)
                           : Tr::tr("give the folder a pyproject.toml with [project] name, or add #egg=NAME"),
             file, line});
        return;
    }
    if (!local.isEmpty())
        source = pathSource(name, local, editable, plan, line);
    source.package = name;
    plan.dependencies.push_back(name + extras + (marker.isEmpty() ? std::string() : "; " + marker.toStdString()));
    plan.sources.push_back(source);
}

Expected<void> readRequirementsInto(const QString &path, ImportPlan &plan, std::set<QString> &seen,
                                    int depth)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    if (!seen.insert(canonical).second)
        return {};
    if (depth > 20)
        return std::unexpected(
            importError(path, 0, Tr::tr("requirements files include each other too deeply")));
    auto bytes = readBytes(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    const QDir dir = QFileInfo(path).absoluteDir();
    const QStringList raw = QString::fromUtf8(*bytes).split(QLatin1Char('\n'));
    for (int i = 0; i < raw.size(); ++i) {
        const int lineNo = i + 1;
        QString line = raw[i];
        // Backslash continuations join lines.
        while (line.endsWith(QLatin1Char('\\')) && i + 1 < raw.size()) {
            line.chop(1);
            line += raw[++i];
        }
        line.remove(QRegularExpression(QStringLiteral("(^|\\s)#.*$")));
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('-'))) {
            // An option: "-i URL", "--index-url URL", "--index-url=URL".
            QString option = line.section(QRegularExpression(QStringLiteral("[\\s=]")), 0, 0);
            QString value = line.mid(option.size()).trimmed();
            if (value.startsWith(QLatin1Char('=')))
                value = value.mid(1).trimmed();
            const std::string v = value.toStdString();
            if (option == QLatin1String("-i") || option == QLatin1String("--index-url")) {
                std::erase_if(plan.indexes, [](const IndexConfig &c) { return c.isDefault; });
                if (!isPyPI(v)) {
                    IndexConfig c;
                    c.name = indexName({}, v);
                    c.url = withoutCredentials(v, c.name, plan, lineNo);
                    c.isDefault = true;
                    plan.indexes.insert(plan.indexes.begin(), c);
                }
            } else if (option == QLatin1String("--extra-index-url")) {
                IndexConfig c;
                c.name = indexName({}, v);
                c.url = withoutCredentials(v, c.name, plan, lineNo);
                plan.indexes.push_back(c);
            } else if (option == QLatin1String("-f") || option == QLatin1String("--find-links")) {
                plan.findLinks.push_back(v);
            } else if (option == QLatin1String("--trusted-host")) {
                plan.insecureHosts.push_back(v);
                warnInsecure(plan, v, lineNo, Tr::tr("--trusted-host"));
            } else if (option == QLatin1String("-r") || option == QLatin1String("--requirement")) {
                if (auto r = readRequirementsInto(dir.filePath(value), plan, seen, depth + 1); !r)
                    return r;
            } else if (option == QLatin1String("-e") || option == QLatin1String("--editable")) {
                importDirectReference(value, true, plan, path, lineNo);
            } else {
                plan.warnings.push_back(
                    {Tr::tr("the option '%1' is not imported").arg(option), {}, path, lineNo});
            }
            continue;
        }
        // Per-requirement options (--hash=...) are not part of the requirement.
        QString requirement = line;
        const qsizetype opt
            = requirement.indexOf(QRegularExpression(QStringLiteral("\\s--?[a-z]")));
        if (opt > 0)
            requirement = requirement.left(opt).trimmed();
        auto parsed = Requirement::parse(requirement.toStdString());
        if (!parsed) {
            if (requirement.contains(QLatin1Char('/')) || requirement.startsWith(QLatin1Char('.'))
                || isArchive(requirement)) {
                importDirectReference(requirement, false, plan, path, lineNo);
                continue;
            }
            return std::unexpected(importError(path, lineNo,
                                               Tr::tr("'%1' is not a valid requirement: %2")
                                                   .arg(requirement, parsed.error().message)));
        }
        plan.dependencies.push_back(requirement.toStdString());
    }
    return {};
}

} // namespace

Expected<ImportPlan> readRequirements(const QString &path)
{
    ImportPlan plan;
    plan.format = ImportPlan::Format::Requirements;
    plan.file = path;
    std::set<QString> seen;
    if (auto r = readRequirementsInto(path, plan, seen, 0); !r)
        return std::unexpected(r.error());
    return plan;
}

Expected<ImportPlan> readImport(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (name.endsWith(QLatin1String(".txt")) || name.endsWith(QLatin1String(".in")))
        return readRequirements(path);
    auto bytes = readBytes(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (name.startsWith(QLatin1String("Pipfile")) && !name.endsWith(QLatin1String(".lock")))
        return readPipfile(bytes->toStdString(), path);
    if (name.endsWith(QLatin1String(".conf")) || name.endsWith(QLatin1String(".ini")))
        return readPipConf(bytes->toStdString(), path);
    Error e;
    e.code = ErrorCode::InvalidConfig;
    e.file = path;
    e.message = Tr::tr("cannot tell what %1 is").arg(path);
    e.hint = Tr::tr("import reads pip.conf / pip.ini, Pipfile and requirements files (*.txt, *.in)");
    return std::unexpected(e);
}

Expected<std::vector<QString>> applyImport(PyProject &target, const ImportPlan &plan)
{
    PyProject project = target; // all or nothing
    std::vector<QString> done;
    std::map<std::string, std::string> renamed; // plan's index name -> the name in the project
    std::vector<std::string> addedIndexes;
    const std::vector<IndexConfig> existing = project.indexes();
    const bool hasDefault = std::any_of(existing.begin(), existing.end(),
                                        [](const IndexConfig &c) { return c.isDefault; });
    for (IndexConfig index : plan.indexes) {
        auto same = std::find_if(existing.begin(), existing.end(), [&](const IndexConfig &c) {
            return trimmedUrl(c.url) == trimmedUrl(index.url);
        });
        if (same != existing.end()) {
            renamed[index.name] = same->name;
            done.push_back(
                Tr::tr("index %1 is already there as '%2'").arg(qs(index.url), qs(same->name)));
            continue;
        }
        const std::string wanted = index.name;
        std::string name = wanted;
        auto taken = [&](const std::string &n) {
            const auto list = project.indexes();
            return std::any_of(list.begin(), list.end(),
                               [&](const IndexConfig &c) { return c.name == n; });
        };
        for (int n = 2; taken(name); ++n)
            name = wanted + "-" + std::to_string(n);
        index.name = name;
        if (index.isDefault && hasDefault) {
            index.isDefault = false;
            done.push_back(
                Tr::tr("the project already has a default index: '%1' was added as an ordinary index")
                    .arg(qs(name)));
        }
        if (auto r = project.addIndex(index); !r)
            return std::unexpected(r.error());
        renamed[wanted] = name;
        addedIndexes.push_back(name);
        done.push_back(Tr::tr("added the index '%1' (%2)%3")
                           .arg(qs(name), qs(index.url),
                                index.isDefault    ? Tr::tr(", the default")
                                : index.isExplicit ? Tr::tr(", explicit")
                                                   : QString()));
    }
    for (const std::string &host : plan.insecureHosts) {
        if (auto r = project.addInsecureHost(host); !r)
            return std::unexpected(r.error());
        done.push_back(Tr::tr("added the insecure host %1").arg(qs(host)));
    }
    for (const std::string &link : plan.findLinks) {
        if (auto r = project.appendUvListItem("find-links", link); !r)
            return std::unexpected(r.error());
        done.push_back(Tr::tr("added find-links %1").arg(qs(link)));
    }
    for (const auto &[key, value] :
         {std::pair{"ca-bundle", &plan.caBundle}, {"client-cert", &plan.clientCert}}) {
        if (value->empty())
            continue;
        if (addedIndexes.empty()) {
            done.push_back(
                Tr::tr("pip's %1 = %2 was not applied: no index was imported to attach it to; set "
                   "SSL_CERT_FILE or [tool.envdesk.index.NAME] %1")
                    .arg(QLatin1String(key), qs(*value)));
            continue;
        }
        for (const std::string &name : addedIndexes) {
            if (auto r = project.setEnvdeskIndexSetting(name, key, TomlValue::string(*value)); !r)
                return std::unexpected(r.error());
            done.push_back(
                Tr::tr("set %1 = %2 for the index '%3'").arg(QLatin1String(key), qs(*value), qs(name)));
        }
    }
    // A path source that is the project's own folder would make it depend on itself.
    const QDir projectDir = QFileInfo(project.filePath()).absoluteDir();
    std::set<std::string> itself;
    for (const SourcePin &source : plan.sources) {
        if (source.kind == SourcePin::Kind::Path
            && QDir::cleanPath(qs(source.path)) == QDir::cleanPath(projectDir.absolutePath())) {
            itself.insert(normalizePackageName(source.package));
            done.push_back(Tr::tr("%1 (%2) is this project itself; it was not added as a dependency")
                               .arg(qs(source.package), qs(source.path)));
        }
    }
    auto present = [](const std::vector<std::string> &list, const std::string &package) {
        return std::any_of(list.begin(), list.end(), [&](const std::string &text) {
            auto r = Requirement::parse(text);
            return r && normalizePackageName(r->name()) == normalizePackageName(package);
        });
    };
    for (const auto &[list, target] : {std::pair{&plan.dependencies, DependencyTarget::main()},
                                       {&plan.devDependencies, DependencyTarget::group("dev")}}) {
        for (const std::string &requirement : *list) {
            const std::string package = Requirement::parse(requirement)->name();
            if (itself.contains(normalizePackageName(package)))
                continue;
            std::vector<std::string> current;
            if (target.kind == DependencyTarget::Kind::Main) {
                current = project.dependencies();
            } else {
                for (const auto &[group, entries] : project.dependencyGroups()) {
                    if (group == "dev")
                        current = entries;
                }
            }
            if (present(current, package)) {
                done.push_back(Tr::tr("%1 is already a dependency; kept as it is").arg(qs(package)));
                continue;
            }
            if (auto r = project.addDependency(requirement, target); !r)
                return std::unexpected(r.error());
            done.push_back(target.kind == DependencyTarget::Kind::Main
                               ? Tr::tr("added the dependency %1").arg(qs(requirement))
                               : Tr::tr("added %1 to the dev group").arg(qs(requirement)));
        }
    }
    for (SourcePin source : plan.sources) {
        if (itself.contains(normalizePackageName(source.package)))
            continue;
        const auto already = project.sources();
        if (std::any_of(already.begin(), already.end(), [&](const SourcePin &p) {
                return normalizePackageName(p.package) == normalizePackageName(source.package);
            })) {
            done.push_back(Tr::tr("%1 already has a source; kept as it is").arg(qs(source.package)));
            continue;
        }
        QString where;
        switch (source.kind) {
        case SourcePin::Kind::Index:
            if (const auto it = renamed.find(source.index); it != renamed.end())
                source.index = it->second;
            where = Tr::tr("the index '%1'").arg(qs(source.index));
            break;
        case SourcePin::Kind::Git:
            where = Tr::tr("the git repository %1").arg(qs(source.url))
                    + (source.rev.empty() ? QString() : Tr::tr(" at %1").arg(qs(source.rev)));
            break;
        case SourcePin::Kind::Url:
            where = qs(source.url);
            break;
        case SourcePin::Kind::Path:
            source.path = projectDir.relativeFilePath(qs(source.path)).toStdString();
            where = qs(source.path) + (source.editable ? Tr::tr(" (editable)") : QString());
            break;
        case SourcePin::Kind::Workspace:
            break;
        }
        if (auto r = project.setSource(source); !r)
            return std::unexpected(r.error());
        done.push_back(Tr::tr("%1 comes from %2").arg(qs(source.package), where));
    }
    target = std::move(project);
    return done;
}

} // namespace Envdesk::Core
