// Installing wheels into an environment envdesk made: a real wheel works (import, console
// script, data script, data files, importlib.metadata sees it); hostile ones are refused before
// anything is written.
#include "common/requirements.h"
#include "core/install/venv.h"
#include "core/install/wheel.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Envdesk::Core;

namespace {

QString python3()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3"))
               ? QStringLiteral("/usr/bin/python3")
               : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QString run(const QString &program, const QStringList &args, int *code = nullptr,
            const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PYTHONPATH"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    if (code)
        *code = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

QStringList tree(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        // Name, size and time: a file changed in place shows too.
        out << path + QLatin1Char(' ') + QString::number(info.size()) + QLatin1Char(' ')
                   + QString::number(info.lastModified().toMSecsSinceEpoch());
    }
    out.sort();
    return out;
}

} // namespace

class TestWheel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<VirtualEnvironment> m_env;

    QString makeWheel(const QJsonObject &spec)
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("wheels")));
        int code = -1;
        const QString out
            = run(python3(),
                  {QStringLiteral(ENVDESK_SOURCE_DIR "/tests/core/install/make_wheel.py"),
                   m_dir.filePath(QStringLiteral("wheels"))},
                  &code, QJsonDocument(spec).toJson());
        if (code != 0)
            qFatal("make_wheel.py failed: %s", qPrintable(out));
        return out;
    }

    QJsonObject demo(const QString &version = QStringLiteral("1.2.0"))
    {
        return QJsonObject{
            {QStringLiteral("name"), QStringLiteral("demo-pkg")},
            {QStringLiteral("version"), version},
            {QStringLiteral("files"),
             QJsonObject{
                 {QStringLiteral("demo_pkg/__init__.py"),
                  QStringLiteral("VALUE = 42\ndef main():\n    print('demo says', VALUE)\n")},
                 {QStringLiteral("demo_pkg-%1.data/scripts/demo-tool").arg(version),
                  QStringLiteral("#!python\nimport demo_pkg\nprint('tool', demo_pkg.VALUE)\n")},
                 {QStringLiteral("demo_pkg-%1.data/data/share/demo/readme.txt").arg(version),
                  QStringLiteral("hello")}}},
            {QStringLiteral("entry_points"),
             QStringLiteral("[console_scripts]\ndemo = demo_pkg:main\n")}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (python3().isEmpty())
            ENVDESK_NEEDS("no python3 here");
        auto base = probeInterpreter(python3());
        QVERIFY2(base, qPrintable(base ? QString() : base.error().toString()));
        auto env = createVirtualEnvironment(m_dir.filePath(QStringLiteral("env")), *base);
        QVERIFY2(env, qPrintable(env ? QString() : env.error().toString()));
        m_env = *env;
    }

    void installsARealWheel()
    {
        const QString wheel = makeWheel(demo());
        const InstallScheme scheme
            = InstallScheme::forVirtualEnvironment(m_env->path, m_env->sitePackages);
        auto installed = installWheel(wheel, scheme);
        QVERIFY2(installed, qPrintable(installed ? QString() : installed.error().toString()));
        int code = -1;
        QCOMPARE(
            run(m_env->python,
                {QStringLiteral("-c"), QStringLiteral("import demo_pkg; print(demo_pkg.VALUE)")},
                &code),
            QStringLiteral("42"));
        QCOMPARE(run(m_env->path + QStringLiteral("/bin/demo"), {}, &code),
                 QStringLiteral("demo says 42"));
        QCOMPARE(code, 0);
        QCOMPARE(run(m_env->path + QStringLiteral("/bin/demo-tool"), {}, &code),
                 QStringLiteral("tool 42"));
        QVERIFY(QFile::exists(m_env->path + QStringLiteral("/share/demo/readme.txt")));
        // What Python's own tools see: the distribution, its installer, every file in RECORD.
        const QString meta = run(
            m_env->python,
            {QStringLiteral("-c"),
             QStringLiteral("import importlib.metadata as m, os; d = m.distribution('demo-pkg'); "
                            "print(d.version, d.read_text('INSTALLER').strip(), "
                            "all(os.path.exists(d.locate_file(f)) for f in d.files), "
                            "d.read_text('REQUESTED') is not None)")},
            &code);
        QVERIFY2(code == 0, qPrintable(meta));
        QCOMPARE(meta, QStringLiteral("1.2.0 envdesk True True"));
        QFile record(installed->distInfo + QStringLiteral("/RECORD"));
        QVERIFY(record.open(QIODevice::ReadOnly));
        QVERIFY(record.readAll().contains("../../../bin/demo,sha256="));
    }

    void hostileWheelsWriteNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("path traversal") << "traversal"
                                        << "leaving the target";
        QTest::newRow("absolute path") << "absolute"
                                       << "absolute";
        QTest::newRow("symlink") << "symlink"
                                 << "not a regular file";
        QTest::newRow("changed after build") << "tamper"
                                             << "does not match its hash";
        QTest::newRow("not in RECORD") << "omit"
                                       << "not listed in RECORD";
        QTest::newRow("entry point named python3") << "python-entry"
                                                   << "replace the environment's interpreter";
        QTest::newRow("data script named python") << "python-script"
                                                  << "replace the environment's interpreter";
        QTest::newRow("second dist-info") << "wrong-name"
                                          << "two .dist-info folders";
        QTest::newRow("duplicate name") << "duplicate"
                                        << "twice";
        QTest::newRow("names differing in case") << "case-twins"
                                                 << "differ only in case";
        QTest::newRow("bad CRC-32") << "crc"
                                    << "cannot be read";
        QTest::newRow("local header disagrees with the central directory") << "local-name"
                                                                           << "central directory";
        QTest::newRow("entry point name with a path") << "entry-path"
                                                      << "plain file name";
    }
    void hostileWheelsWriteNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QJsonObject spec = demo(QStringLiteral("9.0"));
        QJsonObject files = spec.value(QStringLiteral("files")).toObject();
        if (kind == QLatin1String("traversal"))
            spec.insert(QStringLiteral("extra"),
                        QJsonArray{QJsonObject{{QStringLiteral("name"),
                                                QStringLiteral("demo_pkg/../../../../evil.txt")},
                                               {QStringLiteral("text"), QStringLiteral("x")}}});
        else if (kind == QLatin1String("absolute"))
            spec.insert(QStringLiteral("extra"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("name"), QStringLiteral("/tmp/envdesk-evil.txt")},
                            {QStringLiteral("text"), QStringLiteral("x")}}});
        else if (kind == QLatin1String("symlink"))
            spec.insert(
                QStringLiteral("extra"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("demo_pkg/passwd")},
                                       {QStringLiteral("text"), QStringLiteral("/etc/passwd")},
                                       {QStringLiteral("symlink"), true}}});
        else if (kind == QLatin1String("tamper"))
            spec.insert(QStringLiteral("tamper"),
                        QJsonArray{QStringLiteral("demo_pkg/__init__.py")});
        else if (kind == QLatin1String("omit"))
            spec.insert(QStringLiteral("omit_from_record"),
                        QJsonArray{QStringLiteral("demo_pkg/__init__.py")});
        else if (kind == QLatin1String("python-entry"))
            spec.insert(QStringLiteral("entry_points"),
                        QStringLiteral("[console_scripts]\npython3 = demo_pkg:main\n"));
        else if (kind == QLatin1String("python-script")) {
            files.insert(QStringLiteral("demo_pkg-9.0.data/scripts/python"),
                         QStringLiteral("#!python\nprint('gotcha')\n"));
            spec.insert(QStringLiteral("files"), files);
        } else if (kind == QLatin1String("duplicate") || kind == QLatin1String("case-twins")) {
            spec.insert(QStringLiteral("extra"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("name"), kind == QLatin1String("duplicate")
                                                         ? QStringLiteral("demo_pkg/__init__.py")
                                                         : QStringLiteral("demo_pkg/__INIT__.py")},
                            {QStringLiteral("text"), QStringLiteral("VALUE = 666\n")}}});
        } else if (kind == QLatin1String("crc") || kind == QLatin1String("local-name")) {
            spec.insert(QStringLiteral("corrupt"),
                        QJsonObject{{QStringLiteral("path"), QStringLiteral("demo_pkg/__init__.py")},
                                    {QStringLiteral("how"), kind}});
        } else if (kind == QLatin1String("entry-path")) {
            spec.insert(QStringLiteral("entry_points"),
                        QStringLiteral("[console_scripts]\n../../evil = demo_pkg:main\n"));
        } else if (kind == QLatin1String("wrong-name")) {
            files.insert(QStringLiteral("other-1.0.dist-info/METADATA"),
                         QStringLiteral("Name: other\n"));
            spec.insert(QStringLiteral("files"), files);
        }
        const QString wheel = makeWheel(spec);
        // Everything under the test's folder (the environment, the wheels, the unpacked cache),
        // before: after both attempts nothing anywhere in it may have changed.
        const QStringList before = tree(m_dir.path());
        auto installed = installWheel(
            wheel, InstallScheme::forVirtualEnvironment(m_env->path, m_env->sitePackages));
        QVERIFY(!installed);
        QCOMPARE(installed.error().code, ErrorCode::InvalidArchive);
        QVERIFY2(installed.error().message.contains(message),
                 qPrintable(installed.error().message));
        // Through the cache of unpacked wheels too: refused before anything is unpacked there.
        WheelInstallOptions cached;
        cached.unpackedCacheDir = m_dir.filePath(QStringLiteral("cache/wheels-v1"));
        installed = installWheel(
            wheel, InstallScheme::forVirtualEnvironment(m_env->path, m_env->sitePackages), cached);
        QVERIFY(!installed);
        QVERIFY2(installed.error().message.contains(message),
                 qPrintable(installed.error().message));
        QCOMPARE(tree(m_dir.path()), before);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/envdesk-evil.txt")));
    }

    void zipBombsAreStopped()
    {
        QJsonObject spec = demo(QStringLiteral("3.0"));
        QJsonObject files = spec.value(QStringLiteral("files")).toObject();
        files.insert(QStringLiteral("demo_pkg/big.txt"), QString(200000, QLatin1Char('a')));
        spec.insert(QStringLiteral("files"), files);
        const QString wheel = makeWheel(spec);
        WheelInstallOptions limits;
        limits.maxTotalBytes = 100000;
        const QStringList before = tree(m_env->path);
        auto installed = installWheel(
            wheel, InstallScheme::forVirtualEnvironment(m_env->path, m_env->sitePackages), limits);
        QVERIFY(!installed);
        QVERIFY2(installed.error().message.contains(QLatin1String("more than the limit")),
                 qPrintable(installed.error().message));
        QCOMPARE(tree(m_env->path), before);
    }
};

QTEST_GUILESS_MAIN(TestWheel)
#include "tst_wheel.moc"
