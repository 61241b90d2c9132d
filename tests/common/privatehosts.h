#pragma once

// Test host names that resolve to 127.0.0.1 for this test process alone: the test runs itself
// again inside a private mount namespace (unshare -m as root, unshare -rm as a user) where a
// hosts file of its own is bind-mounted over /etc/hosts. Everything the test starts in there
// (nginx, tinyproxy, curl, python3) and envdesk's own look-ups see the same names; the machine's
// /etc/hosts is never touched.

#include <QByteArray>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace TestSupport {

namespace PrivateHosts {

inline const char *marker()
{
    return "ENVDESK_TEST_PRIVATE_HOSTS";
}

/** True inside the namespace this test made (the names resolve). */
inline bool active()
{
    return qEnvironmentVariableIsSet(marker());
}

/** Why the names do not resolve here; empty inside the namespace. */
/**
 * Whether the kernel itself refused an unprivileged user a namespace (Ubuntu's AppArmor
 * restriction): the one case that no package scripts/test installs can change. As root (CI),
 * and for a missing unshare, the names must resolve.
 */
inline bool refusedByTheKernel()
{
    return !active() && geteuid() != 0
           && qEnvironmentVariable("ENVDESK_TEST_PRIVATE_HOSTS_WHY").contains(QLatin1String("namespace"));
}

inline QString whyNot()
{
    return active() ? QString()
                    : qEnvironmentVariable("ENVDESK_TEST_PRIVATE_HOSTS_WHY",
                                           QStringLiteral("not tried"));
}

/**
 * Runs the test again inside a private mount namespace where `names` resolve to 127.0.0.1; does
 * not return when that works. When it cannot (no unshare, namespaces not allowed), it returns
 * and the test goes on without the names (whyNot() says why).
 */
inline void enter(int argc, char **argv, const QStringList &names)
{
    if (active())
        return;
    auto giveUp = [](const char *why) { qputenv("ENVDESK_TEST_PRIVATE_HOSTS_WHY", why); };
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        return giveUp("no unshare command (util-linux)");
    QByteArray hosts;
    {
        QFile original(QStringLiteral("/etc/hosts"));
        if (original.open(QIODevice::ReadOnly))
            hosts = original.readAll();
    }
    if (!hosts.endsWith('\n'))
        hosts += '\n';
    hosts += "127.0.0.1 " + names.join(QLatin1Char(' ')).toUtf8() + '\n';
    // A file the namespace mounts and then removes: nothing is left behind.
    char path[] = "/tmp/envdesk-test-hosts-XXXXXX";
    const int fd = mkstemp(path);
    if (fd < 0 || write(fd, hosts.constData(), size_t(hosts.size())) != hosts.size()) {
        if (fd >= 0)
            close(fd);
        return giveUp("cannot write a hosts file in /tmp");
    }
    fchmod(fd, 0644);
    close(fd);
    const QByteArray flags = geteuid() == 0 ? "-m" : "-rm";
    const QByteArray script = "mount --bind \"$0\" /etc/hosts && rm -f \"$0\" && exec \"$@\"";
    // A trial first: exec cannot come back to say it failed.
    const QByteArray trial = "unshare " + flags + " sh -c 'mount --bind \"$0\" /etc/hosts' " + path
                             + " >/dev/null 2>&1";
    if (std::system(trial.constData()) != 0) {
        unlink(path);
        return giveUp("this machine allows no private mount namespace (unshare -m or -rm)");
    }
    qputenv(marker(), "1");
    QByteArray unshareLocal = unshare.toLocal8Bit();
    std::vector<char *> args{
        unshareLocal.data(),      const_cast<char *>(flags.constData()),  const_cast<char *>("sh"),
        const_cast<char *>("-c"), const_cast<char *>(script.constData()), path};
    // This very program, wherever it was started from.
    char self[4096] = {};
    if (readlink("/proc/self/exe", self, sizeof self - 1) <= 0) {
        unlink(path);
        return giveUp("cannot read /proc/self/exe");
    }
    args.push_back(self);
    for (int i = 1; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execv(unshareLocal.constData(), args.data());
    qunsetenv(marker());
    unlink(path);
    giveUp("exec of unshare failed");
}

} // namespace PrivateHosts

} // namespace TestSupport
