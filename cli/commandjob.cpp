#include "commandjob.h"

#include "cli.h"

#include <QIODevice>
#include <QTextStream>
#include <QThread>

#include <functional>

namespace Envdesk::Core {

namespace {

// A write-only device that hands over each complete line.
class LineDevice : public QIODevice
{
public:
    explicit LineDevice(std::function<void(const QString &)> line)
        : m_line(std::move(line))
    {
        open(QIODevice::WriteOnly);
    }
    ~LineDevice() override
    {
        if (!m_pending.isEmpty())
            m_line(QString::fromUtf8(m_pending));
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_pending.append(data, qsizetype(size));
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            m_line(QString::fromUtf8(m_pending.left(newline)));
            m_pending.remove(0, newline + 1);
        }
        return size;
    }

private:
    std::function<void(const QString &)> m_line;
    QByteArray m_pending;
};

} // namespace

void CommandJob::cancel()
{
    m_cancel.cancel();
}

CommandJob::CommandJob(QList<QStringList> commands, QObject *parent)
    : QObject(parent)
    , m_commands(std::move(commands))
{}

CommandJob::~CommandJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void CommandJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        int code = 0;
        for (const QStringList &command : std::as_const(m_commands)) {
            if (m_cancel.isCancelled()) {
                Q_EMIT output(tr("error: cancelled"), true);
                code = 2;
                break;
            }
            LineDevice outDevice([this](const QString &line) { Q_EMIT output(line, false); });
            LineDevice errDevice([this](const QString &line) { Q_EMIT output(line, true); });
            {
                QTextStream out(&outDevice);
                QTextStream err(&errDevice);
                code = runCli(QStringList{QStringLiteral("envdesk-cli")} + command, out, err, m_cancel);
                out.flush();
                err.flush();
            }
            if (code != 0)
                break;
        }
        Q_EMIT finished(code);
    });
    m_thread->setObjectName(QStringLiteral("envdesk-command"));
    m_thread->start();
}

bool CommandJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace Envdesk::Core
