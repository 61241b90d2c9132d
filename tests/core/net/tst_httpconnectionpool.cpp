#include "common/faultserver.h"

#include "core/net/httpconnectionpool.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Envdesk::Core;
using TestSupport::FaultAction;
using TestSupport::FaultRequest;
using TestSupport::FaultServer;

namespace {

// A listener on [::1]:port that never accepts, its queue full: a connection to it is neither
// accepted nor refused (the kernel drops the SYN), as an address that swallows packets is.
class SilentAddress
{
public:
    explicit SilentAddress(quint16 port)
    {
        m_listener = ::socket(AF_INET6, SOCK_STREAM, 0);
        sockaddr_in6 address{};
        address.sin6_family = AF_INET6;
        address.sin6_addr = in6addr_loopback;
        address.sin6_port = htons(port);
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listener, 0) != 0)
            return;
        for (int i = 0; i < 3; ++i) {
            const int filler = ::socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK, 0);
            ::connect(filler, reinterpret_cast<sockaddr *>(&address), sizeof address);
            m_fillers.push_back(filler);
        }
        QTest::qWait(100);
        m_ready = true;
    }
    ~SilentAddress()
    {
        for (int fd : m_fillers)
            ::close(fd);
        if (m_listener >= 0)
            ::close(m_listener);
    }
    bool isReady() const { return m_ready; }

private:
    int m_listener = -1;
    std::vector<int> m_fillers;
    bool m_ready = false;
};

struct Outcome
{
    bool done = false;
    QByteArray body;
    HttpExchangeEnd end;
};

void run(HttpConnectionPool &pool, const QUrl &url, Outcome &out, int connectTimeoutMs = 5000)
{
    HttpConnectionPool::Request request;
    request.url = url;
    request.connectTimeoutMs = connectTimeoutMs;
    request.readTimeoutMs = 5000;
    pool.start(
        request,
        [&out](int, QByteArrayView chunk) {
            out.body.append(chunk);
            return true;
        },
        [&out](const HttpExchangeEnd &end) {
            out.end = end;
            out.done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 15000);
}

// "dual.test" has an IPv6 and an IPv4 address, in that order, both on the loopback.
void dualStack(HttpConnectionPool &pool)
{
    pool.setResolver([](const QString &host, auto answer) {
        QCOMPARE(host, QStringLiteral("dual.test"));
        answer({QHostAddress(QStringLiteral("::1")), QHostAddress(QStringLiteral("127.0.0.1"))}, QString());
    });
}

} // namespace

class TestHttpConnectionPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFirstAddressToAnswerWins_data()
    {
        QTest::addColumn<bool>("swallows");
        QTest::addColumn<int>("withinMs");
        // The IPv6 address never answers: the IPv4 one joins the race after 250 ms and wins.
        QTest::newRow("IPv6 swallows packets") << true << 2000;
        // Nothing listens on [::1] at that port: refused, and IPv4 is tried at once.
        QTest::newRow("IPv6 refuses") << false << 240;
    }
    void theFirstAddressToAnswerWins()
    {
        QFETCH(bool, swallows);
        QFETCH(int, withinMs);
        FaultServer server([](const FaultRequest &) { return FaultAction::keepAlive("over IPv4"); });
        std::optional<SilentAddress> silent;
        if (swallows) {
            silent.emplace(server.port());
            QVERIFY2(silent->isReady(), "cannot listen on [::1] with the test server's port");
        }
        HttpConnectionPool pool(4);
        dualStack(pool);
        QElapsedTimer clock;
        clock.start();
        Outcome out;
        run(pool, QUrl(QStringLiteral("http://dual.test:%1/x").arg(server.port())), out);
        QCOMPARE(out.end.error, QNetworkReply::NoError);
        QCOMPARE(out.body, QByteArray("over IPv4"));
        QVERIFY2(clock.elapsed() < withinMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(server.requests().first().headers.value("host"), "dual.test:" + QByteArray::number(server.port()));
    }

    void whenEveryAddressFailsTheLastErrorIsReported()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        HttpConnectionPool pool(4);
        dualStack(pool);
        Outcome out;
        run(pool, QUrl(QStringLiteral("http://dual.test:%1/x").arg(port)), out);
        QCOMPARE(out.end.error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(out.end.status, 0);
        QCOMPARE(pool.openConnections(), 0);
    }

    void anUnknownHostSaysSo()
    {
        HttpConnectionPool pool(4);
        pool.setResolver([](const QString &, auto answer) { answer({}, QString()); });
        Outcome out;
        run(pool, QUrl(QStringLiteral("http://nowhere.test/x")), out);
        QCOMPARE(out.end.error, QNetworkReply::HostNotFoundError);
        QVERIFY2(out.end.errorString.contains(QLatin1String("nowhere.test")), qPrintable(out.end.errorString));
    }

    void everyAddressSilentIsATimeout()
    {
        FaultServer server([](const FaultRequest &) { return FaultAction::keepAlive("x"); });
        SilentAddress silent(server.port());
        QVERIFY(silent.isReady());
        HttpConnectionPool pool(4);
        pool.setResolver([](const QString &, auto answer) { answer({QHostAddress(QStringLiteral("::1"))}, QString()); });
        QElapsedTimer clock;
        clock.start();
        Outcome out;
        run(pool, QUrl(QStringLiteral("http://dual.test:%1/x").arg(server.port())), out, 600);
        QCOMPARE(out.end.error, QNetworkReply::TimeoutError);
        QVERIFY(out.end.timedOut);
        QVERIFY2(clock.elapsed() >= 550 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestHttpConnectionPool)
#include "tst_httpconnectionpool.moc"
