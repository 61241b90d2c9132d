// Dependency groups (PEP 735) and extras, locked together and installed by choice, as uv does:
// a project with a dev group, a docs group that includes it, and an extra. The lock names them
// all (PEP 751's dependency-groups, extras, default-groups) and marks each package with the
// groups and extras that need it; for each choice, envdesk-cli sync installs exactly what
// packaging 26's Pylock.select picks from the same file (../shared/tools/packaging-26; those
// comparisons skip without ../shared), and what the test itself expects.

#include "common/nginxserver.h"
#include "common/requirements.h"
#include "common/sourcetree.h"
#include "common/wheelindex.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::Run;

class TestGroups : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::NginxServer> m_server;
    QString m_project;
    QProcessEnvironment m_env;

    Run cli(const QStringList &args)
    {
        return TestSupport::runProgram(QStringLiteral(ENVDESK_CLI_PATH), args, {}, m_project,
                                       m_env);
    }

    // The distributions in .venv besides pip and the like, sorted.
    QStringList installed()
    {
        const Run r = TestSupport::runProgram(
            m_project + QStringLiteral("/.venv/bin/python"),
            {QStringLiteral("-c"),
             QStringLiteral("import importlib.metadata as m\n"
                            "print(' '.join(sorted(d.metadata['Name'] for d in m.distributions()\n"
                            "    if d.metadata['Name'] not in ('pip', 'setuptools', 'wheel'))))")});
        return r.out.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

    // What packaging 26 selects from the lock for these extras and groups (nullopt: no oracle).
    std::optional<QStringList> oracle(const QStringList &extras,
                                      const std::optional<QStringList> &groups)
    {
        const QString packaging = QStringLiteral(ENVDESK_SHARED_DIR "/tools/packaging-26");
        if (!QFileInfo::exists(packaging + QStringLiteral("/packaging/pylock.py")))
            return std::nullopt;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PYTHONPATH"), packaging);
        const Run r = TestSupport::runProgram(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import json, sys, tomllib\n"
                            "from packaging.pylock import Pylock\n"
                            "lock = Pylock.from_dict(tomllib.load(open(sys.argv[1], 'rb')))\n"
                            "groups = json.loads(sys.argv[3])\n"
                            "print(' '.join(sorted(p.name for p, _ in "
                            "lock.select(extras=json.loads(sys.argv[2]),\n"
                            "    dependency_groups=groups))))\n"),
             m_project + QStringLiteral("/pylock.toml"),
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(extras)).toJson(QJsonDocument::Compact)),
             groups ? QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(*groups)).toJson(QJsonDocument::Compact))
                    : QStringLiteral("null")},
            {}, {}, env);
        if (r.code != 0) {
            qWarning("packaging: %s", qPrintable(r.out));
            return QStringList{QStringLiteral("packaging failed")};
        }
        return r.out.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::NginxServer::openToWorkers(m_dir.path());
        if (TestSupport::NginxServer::binary().isEmpty())
            ENVDESK_NEEDS("nginx is not installed (scripts/test installs it)");
        if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
            ENVDESK_NEEDS("Debian's python3 is needed (scripts/test installs it)");
        const QString root = m_dir.filePath(QStringLiteral("index"));
        TestSupport::WheelIndex index(root);
        // alpha: the project's; beta (needs delta): dev; gamma: docs; epsilon: the extra "fast".
        for (const auto &[name, requires_] : {std::pair{"alpha", QStringList()},
                                              {"beta", QStringList{QStringLiteral("delta")}},
                                              {"delta", QStringList()},
                                              {"gamma", QStringList()},
                                              {"epsilon", QStringList()}})
            QCOMPARE(index.publishModule(QString::fromLatin1(name), QStringLiteral("1.0"),
                                         QStringLiteral("1"), requires_),
                     QString());
        m_server = std::make_unique<TestSupport::NginxServer>(
            TestSupport::NginxServer::Options{.root = root});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        m_project = m_dir.filePath(QStringLiteral("project"));
        QDir().mkpath(m_project);
        QFile pyproject(m_project + QStringLiteral("/pyproject.toml"));
        QVERIFY(pyproject.open(QIODevice::WriteOnly));
        pyproject.write(
            QStringLiteral(
                "[project]\nname = \"app\"\nversion = \"0.1\"\nrequires-python = \">=3.8\"\n"
                "dependencies = [\"alpha\"]\n\n"
                "[project.optional-dependencies]\nfast = [\"epsilon\"]\n\n"
                "[dependency-groups]\ndev = [\"beta\"]\n"
                "docs = [\"gamma\", {include-group = \"dev\"}]\n\n"
                "[[tool.uv.index]]\nname = \"local\"\nurl = \"%1/simple\"\ndefault = true\n")
                .arg(m_server->baseUrl())
                .toUtf8());
        pyproject.close();
        m_env.insert(QStringLiteral("UV_CACHE_DIR"), m_dir.filePath(QStringLiteral("cache")));
        const Run venv = cli({QStringLiteral("venv"), QStringLiteral(".venv"),
                              QStringLiteral("--python"), QStringLiteral("/usr/bin/python3")});
        QVERIFY2(venv.code == 0, qPrintable(venv.out));
    }

    void theLockNamesEveryGroupAndExtra()
    {
        const Run r = cli({QStringLiteral("lock")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QFile f(m_project + QStringLiteral("/pylock.toml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray lock = f.readAll();
        QVERIFY2(lock.contains("extras = [\"fast\"]"), lock.constData());
        QVERIFY2(lock.contains("dependency-groups = [\"dev\", \"docs\"]"), lock.constData());
        QVERIFY2(lock.contains("default-groups = [\"dev\"]"), lock.constData());
        QVERIFY2(lock.contains(
                     "marker = \"('dev' in dependency_groups or 'docs' in dependency_groups)\""),
                 lock.constData());
        QVERIFY2(lock.contains("marker = \"'docs' in dependency_groups\""), lock.constData());
        QVERIFY2(lock.contains("marker = \"'fast' in extras\""), lock.constData());
        // Locking again changes nothing; a change of a group makes the lock stale.
        QCOMPARE(cli({QStringLiteral("lock"), QStringLiteral("--check")}).code, 0);
    }

    void syncInstallsWhatIsChosen_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("extras");
        QTest::addColumn<QStringList>("groups"); // for the oracle; "default" for the lock's default
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        QTest::newRow("default: dev")
            << none << none << QStringList{QStringLiteral("default")}
            << QStringList{QStringLiteral("alpha"), QStringLiteral("beta"),
                           QStringLiteral("delta")};
        QTest::newRow("--no-dev") << QStringList{QStringLiteral("--no-dev")} << none << none
                                  << QStringList{QStringLiteral("alpha")};
        QTest::newRow("--group docs --no-default-groups")
            << QStringList{QStringLiteral("--group"), QStringLiteral("docs"),
                           QStringLiteral("--no-default-groups")}
            << none << QStringList{QStringLiteral("docs")}
            << QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("delta"),
                           QStringLiteral("gamma")};
        QTest::newRow("--extra fast --no-dev")
            << QStringList{QStringLiteral("--extra"), QStringLiteral("fast"),
                           QStringLiteral("--no-dev")}
            << QStringList{QStringLiteral("fast")} << none
            << QStringList{QStringLiteral("alpha"), QStringLiteral("epsilon")};
        QTest::newRow("--all-groups --all-extras")
            << QStringList{QStringLiteral("--all-groups"), QStringLiteral("--all-extras")}
            << QStringList{QStringLiteral("fast")}
            << QStringList{QStringLiteral("dev"), QStringLiteral("docs")}
            << QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("delta"),
                           QStringLiteral("epsilon"), QStringLiteral("gamma")};
    }

    void syncInstallsWhatIsChosen()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, extras);
        QFETCH(QStringList, groups);
        QFETCH(QStringList, expected);
        const Run r = cli(QStringList{QStringLiteral("sync")} + options);
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QCOMPARE(installed(), expected);
        const auto chosen = oracle(extras, groups == QStringList{QStringLiteral("default")}
                                               ? std::optional<QStringList>()
                                               : std::optional<QStringList>(groups));
        if (chosen)
            QCOMPARE(*chosen, expected);
    }

    // A requirements file cannot ask for groups or extras: export chooses them as sync does.
    void exportChoosesGroupsAndExtras()
    {
        Run r = cli({QStringLiteral("export"), QStringLiteral("--no-hashes")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        r.out += QLatin1Char('\n'); // the runner trims the last line's end
        QVERIFY2(r.out.contains(QLatin1String("\nbeta==1.0\n"))
                     && r.out.contains(QLatin1String("\ndelta==1.0\n"))
                     && !r.out.contains(QLatin1String("gamma"))
                     && !r.out.contains(QLatin1String("epsilon"))
                     && !r.out.contains(QLatin1String("dependency_groups")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("export"), QStringLiteral("--no-hashes"),
                 QStringLiteral("--no-dev"), QStringLiteral("--extra"), QStringLiteral("fast")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        r.out += QLatin1Char('\n');
        QVERIFY2(!r.out.contains(QLatin1String("beta"))
                     && r.out.contains(QLatin1String("\nepsilon==1.0\n"))
                     && !r.out.contains(QLatin1String(" in extras")),
                 qPrintable(r.out));
    }

    void unknownNamesAreRefused()
    {
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--group"), QStringLiteral("test")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QLatin1String("no dependency group 'test' (it has: dev, docs)")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("sync"), QStringLiteral("--extra"), QStringLiteral("slow")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QLatin1String("no extra 'slow' (it has: fast)")),
                 qPrintable(r.out));
    }

    // A project with a [build-system] is itself installed, editable (PEP 660), as uv does: its
    // module imports after a plain sync, edits show without another sync, and
    // --no-install-project leaves it out.
    void theProjectItselfIsInstalledEditable()
    {
        const QString folder = m_dir.filePath(QStringLiteral("mine"));
        QCOMPARE(TestSupport::makeSourceTree(folder, QStringLiteral("mine"), QStringLiteral("0.3"),
                                             QStringLiteral("'first'"), {QStringLiteral("alpha")}),
                 QString());
        QFile pyproject(folder + QStringLiteral("/pyproject.toml"));
        QVERIFY(pyproject.open(QIODevice::Append));
        pyproject.write(
            QStringLiteral(
                "\n[[tool.uv.index]]\nname = \"local\"\nurl = \"%1/simple\"\ndefault = true\n")
                .arg(m_server->baseUrl())
                .toUtf8());
        pyproject.close();
        auto cliIn = [&](const QStringList &args) {
            return TestSupport::runProgram(QStringLiteral(ENVDESK_CLI_PATH), args, {}, folder,
                                           m_env);
        };
        auto python = [&](const QString &code) {
            return TestSupport::runProgram(folder + QStringLiteral("/.venv/bin/python"),
                                           {QStringLiteral("-c"), code});
        };
        Run r = cliIn({QStringLiteral("venv"), QStringLiteral(".venv"), QStringLiteral("--python"),
                       QStringLiteral("/usr/bin/python3")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        r = cliIn({QStringLiteral("sync")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QFile lock(folder + QStringLiteral("/pylock.toml"));
        QVERIFY(lock.open(QIODevice::ReadOnly));
        const QByteArray text = lock.readAll();
        QVERIFY2(text.contains("name = \"mine\"") && text.contains("path = \".\"")
                     && text.contains("editable = true"),
                 text.constData());
        QCOMPARE(python(QStringLiteral("import mine, alpha; print(mine.VALUE)")).out,
                 QStringLiteral("first"));
        QFile module(folder + QStringLiteral("/mine/__init__.py"));
        QVERIFY(module.open(QIODevice::WriteOnly));
        module.write("VALUE = 'edited'\n");
        module.close();
        QCOMPARE(python(QStringLiteral("import mine; print(mine.VALUE)")).out,
                 QStringLiteral("edited"));
        r = cliIn({QStringLiteral("sync"), QStringLiteral("--no-install-project")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY(python(QStringLiteral("import mine")).code != 0);
        QCOMPARE(python(QStringLiteral("import alpha; print(alpha.VALUE)")).out,
                 QStringLiteral("1"));
    }

    // add --group locks what it adds: the package arrives (it said "up to date" before).
    void addToAGroupInstallsIt()
    {
        Run r = cli({QStringLiteral("sync")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        r = cli({QStringLiteral("add"), QStringLiteral("gamma"), QStringLiteral("--group"),
                 QStringLiteral("dev")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(installed().contains(QStringLiteral("gamma")),
                 qPrintable(r.out + installed().join(QLatin1Char(' '))));
        QFile f(m_project + QStringLiteral("/pyproject.toml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll().contains("dev = [\"beta\", \"gamma>=1.0\"]"), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestGroups)
#include "tst_groups.moc"
