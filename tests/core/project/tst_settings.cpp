// The layered settings: every precedence rule, with the provenance a user is shown.
#include "core/project/settings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;

namespace {

const QString dataDir = QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/project/data/settings");

void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        qFatal("cannot copy %s", qPrintable(from));
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
}

QStringList indexNames(const EffectiveSettings &s)
{
    QStringList out;
    for (const EffectiveIndex &i : s.indexes)
        out << (i.config.name.empty() ? QString::fromStdString(i.config.url)
                                      : QString::fromStdString(i.config.name));
    return out;
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    QString m_userConfig;

    // A project with pyproject.toml ([tool.uv]) and, when asked, a uv.toml; a user uv.toml.
    SettingsInputs inputs(bool withUser = true, bool withUvToml = false)
    {
        QDir(m_project).removeRecursively();
        QDir().mkpath(m_project);
        copyFile(dataDir + QStringLiteral("/pyproject.toml"),
                 m_project + QStringLiteral("/pyproject.toml"));
        if (withUvToml)
            copyFile(dataDir + QStringLiteral("/uv.toml"), m_project + QStringLiteral("/uv.toml"));
        SettingsInputs in;
        in.projectDir = m_project;
        in.environment = QProcessEnvironment();
        in.environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        in.userConfigFile
            = withUser ? m_userConfig : m_dir.filePath(QStringLiteral("no-such-uv.toml"));
        return in;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("project"));
        m_userConfig = m_dir.filePath(QStringLiteral("user-uv.toml"));
        copyFile(dataDir + QStringLiteral("/user-uv.toml"), m_userConfig);
    }

    void defaultsWhenNothingIsSet()
    {
        SettingsInputs in;
        in.environment = QProcessEnvironment();
        in.environment.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent-home"));
        auto s = resolveSettings(in);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(s->find("index-strategy")->value(), std::string("first-index"));
        QCOMPARE(s->find("index-strategy")->items.front().from.layer, SettingLayer::Default);
        QCOMPARE(s->find("prerelease")->value(), std::string("if-necessary-or-explicit"));
        QCOMPARE(s->find("netrc")->value(), std::string("/nonexistent-home/.netrc"));
        QCOMPARE(s->find("cache-dir")->value(), std::string("/nonexistent-home/.cache/envdesk"));
        QVERIFY(!s->find("ssl-cert-file")->isSet());
        QCOMPARE(indexNames(*s), QStringList{QStringLiteral("https://pypi.org/simple")});
        QVERIFY(s->indexes.front().config.isDefault);
        QVERIFY(s->userConfigFile.isEmpty());
    }

    void userConfigDiscoveredThroughXdg()
    {
        SettingsInputs in;
        in.environment = QProcessEnvironment();
        const QString xdg = m_dir.filePath(QStringLiteral("xdg"));
        QDir().mkpath(xdg + QStringLiteral("/uv"));
        copyFile(m_userConfig, xdg + QStringLiteral("/uv/uv.toml"));
        in.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), xdg);
        auto s = resolveSettings(in);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(s->userConfigFile, xdg + QStringLiteral("/uv/uv.toml"));
        QCOMPARE(s->find("prerelease")->value(), std::string("allow"));
        QCOMPARE(s->find("prerelease")->items.front().from.toString(),
                 xdg + QStringLiteral("/uv/uv.toml:2"));
    }

    void projectBeatsUserWithLines()
    {
        auto s = resolveSettings(inputs());
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        const Setting *pre = s->find("prerelease");
        QCOMPARE(pre->value(), std::string("disallow"));
        QCOMPARE(pre->items.front().from.layer, SettingLayer::ProjectConfig);
        QCOMPARE(pre->items.front().from.line, 7);
        QVERIFY(pre->items.front().from.file.endsWith(QLatin1String("/pyproject.toml")));
        // What it overrides is kept, so the settings view can say why.
        QCOMPARE(pre->shadowed.size(), 2u);
        QCOMPARE(pre->shadowed[0].value, std::string("allow"));
        QCOMPARE(pre->shadowed[0].from.toString(), m_userConfig + QStringLiteral(":2"));
        QCOMPARE(pre->shadowed[1].from.layer, SettingLayer::Default);
        // A key only the user sets comes from the user's file.
        QCOMPARE(s->find("index-strategy")->value(), std::string("unsafe-best-match"));
        QCOMPARE(s->find("index-strategy")->items.front().from.line, 3);
        // The deprecated native-tls counts as system-certs.
        QCOMPARE(s->find("system-certs")->value(), std::string("true"));
        QCOMPARE(s->find("system-certs")->items.front().from.line, 9);
    }

    void listsConcatenateHighestFirst()
    {
        SettingsInputs in = inputs();
        in.environment.insert(QStringLiteral("UV_INSECURE_HOST"),
                              QStringLiteral("env1.example env2.example"));
        in.environment.insert(QStringLiteral("PIP_TRUSTED_HOST"), QStringLiteral("pip.example"));
        in.commandLine
            = {{"allow-insecure-host", "cli.example"}, {"allow-insecure-host", "project.example"}};
        auto s = resolveSettings(in);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        const Setting *hosts = s->find("allow-insecure-host");
        QStringList values, origins;
        for (const SettingItem &i : hosts->items) {
            values << QString::fromStdString(i.value);
            origins << i.from.toString();
        }
        QCOMPARE(values, (QStringList{"cli.example", "project.example", "env1.example",
                                      "env2.example", "pip.example", "user.example"}));
        QCOMPARE(origins[0], QStringLiteral("--allow-insecure-host"));
        QCOMPARE(origins[2], QStringLiteral("UV_INSECURE_HOST"));
        QCOMPARE(origins[4], QStringLiteral("PIP_TRUSTED_HOST"));
        QCOMPARE(origins[5], m_userConfig + QStringLiteral(":4"));
        // The project's own copy of project.example is the one overridden by the command line.
        QCOMPARE(hosts->shadowed.size(), 1u);
        QCOMPARE(hosts->shadowed[0].from.line, 8);
    }

    void environmentBeatsFilesAndCommandLineBeatsEnvironment()
    {
        SettingsInputs in = inputs();
        in.environment.insert(QStringLiteral("UV_PRERELEASE"), QStringLiteral("explicit"));
        in.environment.insert(QStringLiteral("UV_INDEX_STRATEGY"),
                              QStringLiteral("unsafe-first-match"));
        in.commandLine = {{"index-strategy", "first-index"}};
        auto s = resolveSettings(in);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(s->find("prerelease")->value(), std::string("explicit"));
        QCOMPARE(s->find("prerelease")->items.front().from.toString(),
                 QStringLiteral("UV_PRERELEASE"));
        QCOMPARE(s->find("index-strategy")->value(), std::string("first-index"));
        QCOMPARE(s->find("index-strategy")->items.front().from.toString(),
                 QStringLiteral("--index-strategy"));
        QCOMPARE(s->find("index-strategy")->shadowed.front().from.toString(),
                 QStringLiteral("UV_INDEX_STRATEGY"));
    }

    void pipVariablesSitBelowUvOnes()
    {
        SettingsInputs in = inputs(false);
        in.environment.insert(QStringLiteral("PIP_INDEX_URL"),
                              QStringLiteral("https://pip-mirror.example/simple"));
        in.environment.insert(QStringLiteral("PIP_EXTRA_INDEX_URL"),
                              QStringLiteral("https://pip-extra.example/simple"));
        in.environment.insert(QStringLiteral("REQUESTS_CA_BUNDLE"),
                              QStringLiteral("/etc/corp/requests.pem"));
        in.environment.insert(QStringLiteral("PIP_CLIENT_CERT"),
                              QStringLiteral("/etc/corp/me.pem"));
        auto s = resolveSettings(in);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QVERIFY(s->pipConfigRead);
        QCOMPARE(s->find("index-url")->value(), std::string("https://pip-mirror.example/simple"));
        QCOMPARE(s->find("index-url")->items.front().from.layer, SettingLayer::PipEnvironment);
        QCOMPARE(s->find("ssl-cert-file")->value(), std::string("/etc/corp/requests.pem"));
        QCOMPARE(s->find("ssl-cert-file")->items.front().from.toString(),
                 QStringLiteral("REQUESTS_CA_BUNDLE"));
        QCOMPARE(s->find("ssl-client-cert")->items.front().from.toString(),
                 QStringLiteral("PIP_CLIENT_CERT"));
        // The pip mirror is the default index, asked last; PyPI is not asked at all.
        QCOMPARE(indexNames(*s), (QStringList{"shared", "corp", "https://pip-extra.example/simple",
                                              "https://pip-mirror.example/simple"}));
        QCOMPARE(s->indexes.back().from.toString(), QStringLiteral("PIP_INDEX_URL"));

        // uv's own variables win over pip's; PIP_CERT wins over REQUESTS_CA_BUNDLE.
        in.environment.insert(QStringLiteral("UV_INDEX_URL"),
                              QStringLiteral("https://uv-mirror.example/simple"));
        in.environment.insert(QStringLiteral("PIP_CERT"), QStringLiteral("/etc/corp/pip.pem"));
        s = resolveSettings(in);
        QVERIFY(s);
        QCOMPARE(s->find("index-url")->items.front().from.toString(),
                 QStringLiteral("UV_INDEX_URL"));
        QCOMPARE(s->find("index-url")->shadowed.front().from.toString(),
                 QStringLiteral("PIP_INDEX_URL"));
        QCOMPARE(s->find("ssl-cert-file")->value(), std::string("/etc/corp/pip.pem"));
        in.environment.insert(QStringLiteral("SSL_CERT_FILE"), QStringLiteral("/etc/ssl/uv.pem"));
        s = resolveSettings(in);
        QVERIFY(s);
        QCOMPARE(s->find("ssl-cert-file")->items.front().from.toString(),
                 QStringLiteral("SSL_CERT_FILE"));

        // --no-pip-config, and [tool.envdesk] read-pip-config = false, turn pip's values off.
        in.environment.remove(QStringLiteral("UV_INDEX_URL"));
        in.readPipConfig = false;
        s = resolveSettings(in);
        QVERIFY(s);
        QVERIFY(!s->pipConfigRead);
        QCOMPARE(s->find("index-url")->items.front().from.layer, SettingLayer::Default);
        in.readPipConfig = true;
        QFile f(m_project + QStringLiteral("/pyproject.toml"));
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n[tool.envdesk]\nread-pip-config = false\n");
        f.close();
        s = resolveSettings(in);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QVERIFY(!s->pipConfigRead);
        QCOMPARE(s->find("index-url")->items.front().from.layer, SettingLayer::Default);
        QCOMPARE(s->find("ssl-cert-file")->items.front().from.toString(),
                 QStringLiteral("SSL_CERT_FILE"));
    }

    void projectUvTomlHidesToolUv()
    {
        auto s = resolveSettings(inputs(true, true));
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QVERIFY(s->toolUvIgnored);
        QVERIFY(s->projectConfigFile.endsWith(QLatin1String("/uv.toml")));
        QVERIFY(s->notes.front().message.contains(QLatin1String("[tool.uv]")));
        QVERIFY(s->notes.front().message.contains(QLatin1String("ignored")));
        // [tool.uv]'s prerelease is gone: the user's value shows through.
        QCOMPARE(s->find("prerelease")->value(), std::string("allow"));
        QCOMPARE(s->find("resolution")->value(), std::string("lowest-direct"));
        QCOMPARE(s->find("resolution")->items.front().from.line, 2);
        // The indexes come from uv.toml, then the user's file; uv.toml's default replaces PyPI.
        QCOMPARE(indexNames(*s),
                 (QStringList{"shared", "user-only", "https://user-extra.example/simple",
                              "from-uv-toml"}));
        QCOMPARE(s->indexes[0].from.file, m_userConfig);
        QVERIFY(s->toText().contains(QLatin1String("is ignored")));
    }

    void indexOrderAndShadowing()
    {
        SettingsInputs in = inputs();
        in.environment.insert(QStringLiteral("UV_INDEX"),
                              QStringLiteral("envidx=https://env.example/simple"));
        auto s = resolveSettings(in);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        // UV_INDEX first, then the project's, then the user's (its "shared" is shadowed by the
        // project's), then extra-index-url, then PyPI as the default.
        QCOMPARE(indexNames(*s),
                 (QStringList{"envidx", "shared", "corp", "user-only",
                              "https://user-extra.example/simple", "https://pypi.org/simple"}));
        QCOMPARE(s->indexes[0].from.toString(), QStringLiteral("UV_INDEX"));
        QCOMPARE(s->find("index-url")->value(), std::string("https://pypi.org/simple"));
        QCOMPARE(s->indexes[1].config.url, std::string("https://project-shared.example/simple"));
        QCOMPARE(s->indexes[1].from.line, 11);
        bool noted = false;
        for (const Diagnostic &n : s->notes)
            noted = noted || (n.message.contains(QLatin1String("'shared'")) && n.line == 7);
        QVERIFY(noted);

        // A command-line --index replaces UV_INDEX (as a flag replaces its variable in uv), and
        // --default-index replaces PyPI.
        in.commandLineIndexes = {QStringLiteral("https://cli.example/simple")};
        in.commandLineDefaultIndex = QStringLiteral("https://cli-default.example/simple");
        s = resolveSettings(in);
        QVERIFY(s);
        QCOMPARE(indexNames(*s).front(), QStringLiteral("https://cli.example/simple"));
        QVERIFY(!indexNames(*s).contains(QStringLiteral("envidx")));
        QCOMPARE(indexNames(*s).back(), QStringLiteral("https://cli-default.example/simple"));
        QCOMPARE(s->indexes.back().from.toString(), QStringLiteral("--default-index"));
        // The legacy index-url setting shows the default that takes effect, over the built-in one.
        QCOMPARE(s->find("index-url")->value(), std::string("https://cli-default.example/simple"));
        QCOMPARE(s->find("index-url")->items.front().from.toString(),
                 QStringLiteral("--default-index"));
        QCOMPARE(s->find("index-url")->shadowed.front().value,
                 std::string("https://pypi.org/simple"));

        // no-index leaves no registry index.
        in.environment.insert(QStringLiteral("UV_NO_INDEX"), QStringLiteral("1"));
        s = resolveSettings(in);
        QVERIFY(s);
        QVERIFY(s->indexes.empty());
    }

    void credentialVariablesShownButNeverTheirValues()
    {
        SettingsInputs in = inputs();
        in.environment.insert(QStringLiteral("UV_INDEX_CORP_USERNAME"), QStringLiteral("bob"));
        in.environment.insert(QStringLiteral("UV_INDEX_CORP_PASSWORD"),
                              QStringLiteral("pa55-word-xyz"));
        in.environment.insert(QStringLiteral("HTTPS_PROXY"),
                              QStringLiteral("http://proxyuser:proxy-secret@proxy.example:3128"));
        auto s = resolveSettings(in);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        const EffectiveIndex *corp = nullptr;
        for (const EffectiveIndex &i : s->indexes) {
            if (i.config.name == "corp")
                corp = &i;
        }
        QVERIFY(corp);
        QCOMPARE(corp->credentialVariables,
                 (QStringList{"UV_INDEX_CORP_USERNAME", "UV_INDEX_CORP_PASSWORD"}));
        const QString text = s->toText();
        const QString json = QString::fromUtf8(QJsonDocument(s->toJson()).toJson());
        for (const QString &shown : {text, json}) {
            QVERIFY(shown.contains(QLatin1String("UV_INDEX_CORP_PASSWORD")));
            for (const char *secret :
                 {"pa55-word-xyz", "s3cr3t-token", "alice", "proxy-secret", "proxyuser"})
                QVERIFY2(!shown.contains(QLatin1String(secret)), secret);
            QVERIFY(shown.contains(QLatin1String("https://****@corp.example/simple")));
            QVERIFY(shown.contains(QLatin1String("http://****@proxy.example:3128")));
        }
        QCOMPARE(s->find("https-proxy")->items.front().from.toString(),
                 QStringLiteral("HTTPS_PROXY"));
    }

    void badValuesNameTheirSource()
    {
        SettingsInputs in = inputs();
        in.environment.insert(QStringLiteral("UV_INDEX_STRATEGY"), QStringLiteral("fastest"));
        auto s = resolveSettings(in);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QLatin1String("UV_INDEX_STRATEGY")));
        QVERIFY(s.error().message.contains(QLatin1String("unsafe-best-match")));

        in = inputs();
        in.environment.insert(QStringLiteral("UV_OFFLINE"), QStringLiteral("maybe"));
        s = resolveSettings(in);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QLatin1String("UV_OFFLINE")));

        in = inputs();
        const QString broken = m_dir.filePath(QStringLiteral("broken-uv.toml"));
        writeFile(broken, "prerelease = \"allow\"\nindex-strategy = 3\n");
        in.userConfigFile = broken;
        s = resolveSettings(in);
        QVERIFY(!s);
        QCOMPARE(s.error().file, broken);
        QCOMPARE(s.error().line, 2);
        QVERIFY(s.error().message.contains(QLatin1String("index-strategy")));

        writeFile(broken,
                  "[[index]]\nname = \"a\"\nurl = \"https://a.example/simple\"\n[[index]]\nname = "
                  "\"a\"\nurl = \"https://b.example\"\n");
        s = resolveSettings(in);
        QVERIFY(!s);
        QCOMPARE(s.error().line, 5);
        QVERIFY(s.error().message.contains(QLatin1String("twice")));

        writeFile(broken, "prerelease = \"allow\n");
        s = resolveSettings(in);
        QVERIFY(!s);
        QCOMPARE(s.error().file, broken);
        QCOMPARE(s.error().line, 1);
    }

    // Every uv.toml of the real-world corpus reads as a settings layer, or fails naming its line.
    void realWorldUvToml()
    {
        QStringList dirs{QStringLiteral(ENVDESK_SOURCE_DIR "/tests/data/config")};
        if (QDir(QStringLiteral(ENVDESK_SHARED_DIR "/corpora/config")).exists())
            dirs << QStringLiteral(ENVDESK_SHARED_DIR "/corpora/config");
        int read = 0;
        for (const QString &dir : dirs) {
            for (const QString &name :
                 QDir(dir).entryList({QStringLiteral("*uv.toml")}, QDir::Files)) {
                SettingsInputs in;
                in.environment = QProcessEnvironment();
                in.userConfigFile = dir + QLatin1Char('/') + name;
                auto s = resolveSettings(in);
                QVERIFY2(s || s.error().line > 0,
                         qPrintable(name + QLatin1String(": ")
                                    + (s ? QString() : s.error().toString())));
                if (s) {
                    QCOMPARE(s->userConfigFile, in.userConfigFile);
                    ++read;
                }
            }
        }
        QVERIFY(read >= 1);
        qInfo("%d real-world uv.toml files read", read);
    }

    // Issue 18, as a user meets it: a pyproject.toml or uv.toml nested 7,000 deep ended
    // `envdesk-cli settings` with a segmentation fault, and [[tool.uv.index]] before [tool.uv]
    // stopped it with "table already exists".
    void commandLineReadsWhatTomlAllowsAndRefusesTheRest_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray project = "[project]\nname = \"p\"\nversion = \"0\"\ndependencies = []\n";
        const QByteArray deep = "x = " + QByteArray(7000, '[') + QByteArray(7000, ']') + "\n";
        QTest::newRow("deep pyproject.toml") << QStringLiteral("pyproject.toml") << QByteArray(project + deep) << 2
                                             << QByteArray("pyproject.toml:5:261: invalid TOML: arrays or inline tables nested deeper than 256 levels");
        QTest::newRow("deep uv.toml") << QStringLiteral("uv.toml") << QByteArray("# settings\n" + deep) << 2
                                      << QByteArray("uv.toml:2:261: invalid TOML");
        QTest::newRow("table after its arrays")
            << QStringLiteral("pyproject.toml")
            << QByteArray(project + "[[tool.uv.index]]\nname = \"corp\"\nurl = \"https://corp.example/simple\"\n"
                                    "[tool.uv]\nindex-strategy = \"unsafe-best-match\"\n")
            << 0 << QByteArray("https://corp.example/simple");
    }

    void commandLineReadsWhatTomlAllowsAndRefusesTheRest()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile pyproject(dir.filePath(QStringLiteral("pyproject.toml")));
        QVERIFY(pyproject.open(QIODevice::WriteOnly));
        pyproject.write(file == QLatin1String("pyproject.toml")
                            ? content
                            : QByteArray("[project]\nname = \"p\"\nversion = \"0\"\ndependencies = []\n"));
        pyproject.close();
        if (file != QLatin1String("pyproject.toml")) {
            QFile other(dir.filePath(file));
            QVERIFY(other.open(QIODevice::WriteOnly));
            other.write(content);
        }
        QProcess cli;
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ENVDESK_CLI_PATH), {QStringLiteral("settings"), QStringLiteral("--project"), dir.path()});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        const QByteArray output = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(output.contains(expected), output.constData());
        QCOMPARE(cli.exitCode(), exitCode);
    }

    void commandLineShowsTheSameInJson()
    {
        inputs(true, false);
        QProcess cli;
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("UV_PRERELEASE"), QStringLiteral("allow"));
        env.insert(QStringLiteral("PIP_INDEX_URL"),
                   QStringLiteral("https://pip-mirror.example/simple"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ENVDESK_CLI_PATH),
                  {QStringLiteral("settings"), QStringLiteral("--project"), m_project,
                   QStringLiteral("--user-config"), m_userConfig, QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("--index-strategy"),
                   QStringLiteral("first-index")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject root = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("prerelease"))
                     .toObject()
                     .value(QStringLiteral("source"))
                     .toObject()
                     .value(QStringLiteral("variable"))
                     .toString(),
                 QStringLiteral("UV_PRERELEASE"));
        QCOMPARE(settings.value(QStringLiteral("index-strategy"))
                     .toObject()
                     .value(QStringLiteral("source"))
                     .toObject()
                     .value(QStringLiteral("layer"))
                     .toString(),
                 QStringLiteral("command-line"));
        const QJsonArray indexes = root.value(QStringLiteral("indexes")).toArray();
        QCOMPARE(indexes.last().toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://pip-mirror.example/simple"));
        QVERIFY(root.value(QStringLiteral("pip-config-read")).toBool());

        // Text output names files with lines; a bad variable is an error on stderr, exit 2.
        env.insert(QStringLiteral("UV_RESOLUTION"), QStringLiteral("newest"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ENVDESK_CLI_PATH),
                  {QStringLiteral("settings"), QStringLiteral("--project"), m_project});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("UV_RESOLUTION"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
