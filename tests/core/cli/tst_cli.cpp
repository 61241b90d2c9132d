#include <QProcess>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(ENVDESK_CLI_PATH), args);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void versionPrintsTheProjectVersion()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("envdesk-cli ")), qPrintable(r.out));
        QVERIFY(r.out.trimmed().split(QLatin1Char(' ')).last().contains(QLatin1Char('.')));
    }

    void helpListsUsageAndExitsZero()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Usage: envdesk-cli")));
        QVERIFY(r.out.contains(QLatin1String("Commands:")));
    }

    void unknownCommandIsAUsageError()
    {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("unknown command 'frobnicate'")));
        QVERIFY(r.out.isEmpty());
    }

    void noArgumentsShowsHelpAsUsageError()
    {
        const Run r = run({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains(QLatin1String("Usage: envdesk-cli")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
