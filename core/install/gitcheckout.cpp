#include "gitcheckout.h"
#include "../net/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Git)
};

Error gitError(const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::Network;
    e.message = message;
    e.hint = hint;
    return e;
}

struct GitRun
{
    int code = -1;
    QString output; ///< stdout and stderr, trimmed
    bool cancelled = false;
};

// Runs git with `args` (no secrets among them), never prompting, polling `cancelled`.
GitRun git(const QStringList &args, const QString &cwd, const std::function<bool()> &cancelled)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(QStringLiteral("git"), args);
    GitRun run;
    if (!p.waitForStarted(10000)) {
        run.output = p.errorString();
        return run;
    }
    while (!p.waitForFinished(50)) {
        if (cancelled && cancelled()) {
            p.kill();
            p.waitForFinished(2000);
            run.cancelled = true;
            return run;
        }
    }
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.output = QString::fromUtf8(p.readAll()).trimmed();
    return run;
}

QString lastLines(const QString &text, int count = 5)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(QLatin1Char('\n'));
}

} // namespace

Expected<GitCheckout> checkoutGit(const QUrl &url, const std::string &revision,
                                  const QString &cacheDir, const std::function<bool()> &cancelled)
{
    const QString shown = url.toString(QUrl::RemoveUserInfo);
    const QString rev = QString::fromStdString(revision);
    if (!url.password().isEmpty())
        return std::unexpected(gitError(
            Tr::tr("the git URL %1 carries a password, which envdesk never passes to a program").arg(shown),
            Tr::tr("remove it from the URL and let git's credential helper hold it (git config "
               "credential.helper)")));
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        return std::unexpected(gitError(Tr::tr("%1 is a git source, and git is not installed").arg(shown),
                                        Tr::tr("install git (apt install git)")));
    if (cacheDir.isEmpty())
        return std::unexpected(gitError(Tr::tr("there is no cache folder to check %1 out into").arg(shown)));
    const QString key = QString::fromLatin1(
        Sha256::hash(url.toString(QUrl::FullyEncoded).toUtf8())
            .toHex()
            .left(16));
    const QString root = cacheDir + QStringLiteral("/git-v1");
    const QString db = root + QStringLiteral("/db/") + key;
    const QString urlText = url.toString(QUrl::FullyEncoded);
    auto failed = [&](const GitRun &run, const QString &what) -> Error {
        if (run.cancelled) {
            Error e;
            e.code = ErrorCode::Cancelled;
            e.message = Tr::tr("cancelled while git was %1").arg(what);
            return e;
        }
        return gitError(Tr::tr("git failed %1 for %2%3: %4")
                            .arg(what, shown,
                                 rev.isEmpty() ? QString() : QStringLiteral(" @ ") + rev,
                                 lastLines(run.output)),
                        Tr::tr("check the URL and the revision; git takes credentials from its "
                           "credential helper or ssh keys, and envdesk does not let it prompt"));
    };
    // The repository, cloned once and fetched again for a branch or tag.
    const bool isCommit = QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(rev).hasMatch();
    if (!QFileInfo::exists(db + QStringLiteral("/HEAD"))) {
        QDir().mkpath(root + QStringLiteral("/db"));
        QTemporaryDir staging(root + QStringLiteral("/db/.clone-"));
        const GitRun clone = git({QStringLiteral("clone"), QStringLiteral("--bare"), QStringLiteral("--quiet"),
                                  QStringLiteral("--"), urlText, staging.path() + QStringLiteral("/repo")},
                                 {}, cancelled);
        if (clone.code != 0)
            return std::unexpected(failed(clone, Tr::tr("cloning")));
        if (!QDir().rename(staging.path() + QStringLiteral("/repo"), db) && !QFileInfo::exists(db + QStringLiteral("/HEAD")))
            return std::unexpected(gitError(Tr::tr("cannot move the clone of %1 into %2").arg(shown, db)));
    } else if (!isCommit || git({QStringLiteral("cat-file"), QStringLiteral("-e"), rev + QStringLiteral("^{commit}")}, db, {}).code != 0) {
        const GitRun fetch = git({QStringLiteral("fetch"), QStringLiteral("--quiet"), QStringLiteral("--prune"),
                                  QStringLiteral("--tags"), QStringLiteral("--force"), QStringLiteral("--"), urlText,
                                  QStringLiteral("+refs/heads/*:refs/heads/*"), QStringLiteral("+HEAD:refs/envdesk/HEAD")},
                                 db, cancelled);
        if (fetch.code != 0)
            return std::unexpected(failed(fetch, Tr::tr("fetching")));
    }
    const GitRun parsed = git({QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("--quiet"),
                               (rev.isEmpty() ? QStringLiteral("HEAD") : rev) + QStringLiteral("^{commit}")},
                              db, {});
    if (parsed.code != 0)
        return std::unexpected(gitError(Tr::tr("%1 has no branch, tag or commit named %2").arg(shown, rev),
                                        Tr::tr("check rev, tag or branch in [tool.uv.sources]")));
    GitCheckout out;
    out.commit = parsed.output.trimmed().toStdString();
    // The working tree of that commit, made once.
    out.path = root + QStringLiteral("/checkouts/") + key + QLatin1Char('/') + QString::fromStdString(out.commit);
    if (QFileInfo::exists(out.path + QStringLiteral("/.git")))
        return out;
    QDir().mkpath(QFileInfo(out.path).absolutePath());
    QTemporaryDir staging(QFileInfo(out.path).absolutePath() + QStringLiteral("/.checkout-"));
    const QString tree = staging.path() + QStringLiteral("/tree");
    GitRun made = git({QStringLiteral("clone"), QStringLiteral("--quiet"), QStringLiteral("--shared"),
                       QStringLiteral("--no-checkout"), QStringLiteral("--"), db, tree},
                      {}, cancelled);
    if (made.code == 0)
        made = git({QStringLiteral("checkout"), QStringLiteral("--quiet"), QStringLiteral("--detach"),
                    QString::fromStdString(out.commit)},
                   tree, cancelled);
    if (made.code != 0)
        return std::unexpected(failed(made, Tr::tr("checking out")));
    if (!QDir().rename(tree, out.path) && !QFileInfo::exists(out.path + QStringLiteral("/.git")))
        return std::unexpected(gitError(Tr::tr("cannot move the checkout of %1 into %2").arg(shown, out.path)));
    return out;
}

} // namespace Envdesk::Core
