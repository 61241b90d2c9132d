#include "venv.h"

#include <envdesk/buildinfo.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Envdesk::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Envdesk::Core::Venv)
};

Error venvError(const QString &path, const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::Io;
    e.file = path;
    e.message = message;
    e.hint = hint;
    return e;
}

QString shellQuoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

bool writeText(const QString &path, const QString &text, bool executable = false)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = text.toUtf8();
    if (f.write(bytes) != bytes.size())
        return false;
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return true;
}

QString bashActivate(const QString &venv, const QString &prompt)
{
    return QStringLiteral(
               "# Activates this virtual environment in bash or zsh: source bin/activate (it "
               "cannot be run).\n"
               "# Written by envdesk.\n"
               "deactivate () {\n"
               "    if [ -n \"${_OLD_VIRTUAL_PATH:-}\" ]; then PATH=\"$_OLD_VIRTUAL_PATH\"; export "
               "PATH; unset _OLD_VIRTUAL_PATH; fi\n"
               "    if [ -n \"${_OLD_VIRTUAL_PYTHONHOME:-}\" ]; then "
               "PYTHONHOME=\"$_OLD_VIRTUAL_PYTHONHOME\"; export PYTHONHOME; "
               "unset _OLD_VIRTUAL_PYTHONHOME; fi\n"
               "    if [ -n \"${_OLD_VIRTUAL_PS1+set}\" ]; then PS1=\"$_OLD_VIRTUAL_PS1\"; export "
               "PS1; unset _OLD_VIRTUAL_PS1; fi\n"
               "    unset VIRTUAL_ENV VIRTUAL_ENV_PROMPT\n"
               "    hash -r 2>/dev/null\n"
               "    if [ \"${1:-}\" != \"nondestructive\" ]; then unset -f deactivate; fi\n"
               "}\n"
               "deactivate nondestructive\n"
               "VIRTUAL_ENV=%1\n"
               "export VIRTUAL_ENV\n"
               "_OLD_VIRTUAL_PATH=\"$PATH\"\n"
               "PATH=\"$VIRTUAL_ENV/bin:$PATH\"\n"
               "export PATH\n"
               "if [ -n \"${PYTHONHOME:-}\" ]; then _OLD_VIRTUAL_PYTHONHOME=\"$PYTHONHOME\"; unset "
               "PYTHONHOME; fi\n"
               "VIRTUAL_ENV_PROMPT=%2\n"
               "export VIRTUAL_ENV_PROMPT\n"
               "if [ -z \"${VIRTUAL_ENV_DISABLE_PROMPT:-}\" ]; then _OLD_VIRTUAL_PS1=\"${PS1:-}\"; "
               "PS1=\"(\"%2\") ${PS1:-}\"; export PS1; fi\n"
               "hash -r 2>/dev/null\n")
        .arg(shellQuoted(venv), shellQuoted(prompt));
}

QString fishActivate(const QString &venv, const QString &prompt)
{
    QString quoted = venv;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    QString p = prompt;
    p.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QStringLiteral("# Activates this virtual environment in fish: source bin/activate.fish\n"
                          "function deactivate -d 'Leave the virtual environment'\n"
                          "    if set -q _OLD_VIRTUAL_PATH\n"
                          "        set -gx PATH $_OLD_VIRTUAL_PATH\n"
                          "        set -e _OLD_VIRTUAL_PATH\n"
                          "    end\n"
                          "    if functions -q _old_fish_prompt\n"
                          "        functions -e fish_prompt\n"
                          "        functions -c _old_fish_prompt fish_prompt\n"
                          "        functions -e _old_fish_prompt\n"
                          "    end\n"
                          "    set -e VIRTUAL_ENV VIRTUAL_ENV_PROMPT\n"
                          "    if test \"$argv[1]\" != nondestructive\n"
                          "        functions -e deactivate\n"
                          "    end\n"
                          "end\n"
                          "deactivate nondestructive\n"
                          "set -gx VIRTUAL_ENV '%1'\n"
                          "set -gx VIRTUAL_ENV_PROMPT '%2'\n"
                          "set -gx _OLD_VIRTUAL_PATH $PATH\n"
                          "set -gx PATH \"$VIRTUAL_ENV/bin\" $PATH\n"
                          "if not set -q VIRTUAL_ENV_DISABLE_PROMPT\n"
                          "    functions -c fish_prompt _old_fish_prompt\n"
                          "    function fish_prompt\n"
                          "        printf '(%s) ' $VIRTUAL_ENV_PROMPT\n"
                          "        _old_fish_prompt\n"
                          "    end\n"
                          "end\n")
        .arg(quoted, p);
}

QString cshActivate(const QString &venv, const QString &prompt)
{
    return QStringLiteral(
               "# Activates this virtual environment in csh or tcsh: source bin/activate.csh\n"
               "alias deactivate 'test $?_OLD_VIRTUAL_PATH != 0 && setenv PATH "
               "\"$_OLD_VIRTUAL_PATH\" && unset _OLD_VIRTUAL_PATH; "
               "test $?_OLD_VIRTUAL_PROMPT != 0 && set prompt=\"$_OLD_VIRTUAL_PROMPT\" && unset "
               "_OLD_VIRTUAL_PROMPT; "
               "unsetenv VIRTUAL_ENV; unsetenv VIRTUAL_ENV_PROMPT; rehash; "
               "test \"\\!:*\" != \"nondestructive\" && unalias deactivate'\n"
               "deactivate nondestructive\n"
               "setenv VIRTUAL_ENV %1\n"
               "setenv VIRTUAL_ENV_PROMPT %2\n"
               "set _OLD_VIRTUAL_PATH=\"$PATH\"\n"
               "setenv PATH \"$VIRTUAL_ENV/bin:$PATH\"\n"
               "if ( ! $?VIRTUAL_ENV_DISABLE_PROMPT && $?prompt ) then\n"
               "    set _OLD_VIRTUAL_PROMPT=\"$prompt\"\n"
               "    set prompt = \"(\"%2\") $prompt\"\n"
               "endif\n"
               "rehash\n")
        .arg(shellQuoted(venv), shellQuoted(prompt));
}

QString powershellActivate(const QString &venv, const QString &prompt)
{
    QString v = venv;
    v.replace(QLatin1Char('\''), QLatin1String("''"));
    QString p = prompt;
    p.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("# Activates this virtual environment in PowerShell: . bin/activate.ps1\n"
                          "function global:deactivate([switch] $NonDestructive) {\n"
                          "    if (Test-Path variable:_OLD_VIRTUAL_PATH) { $env:PATH = "
                          "$variable:_OLD_VIRTUAL_PATH; "
                          "Remove-Variable '_OLD_VIRTUAL_PATH' -Scope global }\n"
                          "    if (Test-Path function:_old_virtual_prompt) { $function:prompt = "
                          "$function:_old_virtual_prompt; "
                          "Remove-Item function:\\_old_virtual_prompt }\n"
                          "    if ($env:VIRTUAL_ENV) { Remove-Item env:VIRTUAL_ENV -ErrorAction "
                          "SilentlyContinue }\n"
                          "    if ($env:VIRTUAL_ENV_PROMPT) { Remove-Item env:VIRTUAL_ENV_PROMPT "
                          "-ErrorAction SilentlyContinue }\n"
                          "    if (!$NonDestructive) { Remove-Item function:deactivate }\n"
                          "}\n"
                          "deactivate -NonDestructive\n"
                          "$env:VIRTUAL_ENV = '%1'\n"
                          "$env:VIRTUAL_ENV_PROMPT = '%2'\n"
                          "New-Variable -Scope global -Name _OLD_VIRTUAL_PATH -Value $env:PATH\n"
                          "$env:PATH = \"$env:VIRTUAL_ENV/bin\" + [System.IO.Path]::PathSeparator "
                          "+ $env:PATH\n"
                          "if (!$env:VIRTUAL_ENV_DISABLE_PROMPT) {\n"
                          "    function global:_old_virtual_prompt { '' }\n"
                          "    $function:_old_virtual_prompt = $function:prompt\n"
                          "    function global:prompt { Write-Host -NoNewline "
                          "\"($env:VIRTUAL_ENV_PROMPT) \"; _old_virtual_prompt }\n"
                          "}\n")
        .arg(v, p);
}

} // namespace

Expected<VirtualEnvironment> createVirtualEnvironment(const QString &path,
                                                      const InterpreterInfo &base,
                                                      const VenvOptions &options)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (base.isVirtualEnvironment())
        return std::unexpected(venvError(
            target, Tr::tr("%1 is itself in a virtual environment (%2)").arg(base.path, base.prefix),
            Tr::tr("create the environment from a base interpreter (envdesk-cli python list)")));
    if (base.major < 3 || (base.major == 3 && base.minor < 3))
        return std::unexpected(
            venvError(target,
                      Tr::tr("Python %1 (%2) cannot host a virtual environment: envdesk makes PEP 405 "
                         "environments, which need Python 3.3 or later")
                          .arg(QString::fromStdString(base.version), base.executable),
                      Tr::tr("pick a Python 3 interpreter (envdesk-cli python list)")));
    const QFileInfo executable(base.executable);
    if (!executable.exists())
        return std::unexpected(venvError(
            target, Tr::tr("the interpreter %1 does not exist any more").arg(base.executable)));

    // Never delete a folder that is not ours to delete.
    const QDir existing(target);
    const bool exists = QFileInfo::exists(target);
    if (exists) {
        const bool isVenv = QFileInfo::exists(existing.filePath(QStringLiteral("pyvenv.cfg")));
        const bool empty = existing.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (!QFileInfo(target).isDir())
            return std::unexpected(
                venvError(target, Tr::tr("%1 exists and is not a folder").arg(target)));
        if (!empty && !(isVenv && options.clear))
            return std::unexpected(venvError(
                target,
                isVenv ? Tr::tr("%1 is already a virtual environment").arg(target)
                       : Tr::tr("%1 is not empty and not a virtual environment; nothing was changed")
                             .arg(target),
                isVenv ? Tr::tr("use --clear to replace it") : Tr::tr("choose an empty or new folder")));
    }

    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent))
        return std::unexpected(venvError(target, Tr::tr("cannot create %1").arg(parent)));
    QTemporaryDir staging(parent + QStringLiteral("/.envdesk-venv-XXXXXX"));
    if (!staging.isValid())
        return std::unexpected(
            venvError(target, Tr::tr("cannot write in %1: %2").arg(parent, staging.errorString())));
    const QDir dir(staging.path());
    const QString prompt = options.prompt.isEmpty() ? QFileInfo(target).fileName() : options.prompt;
    const QString xy = QStringLiteral("%1.%2").arg(base.major).arg(base.minor);
    const QString libName = base.implementation == "pypy" ? QStringLiteral("pypy%1").arg(xy)
                                                          : QStringLiteral("python%1").arg(xy);
    const QString sitePackages = QStringLiteral("lib/%1/site-packages").arg(libName);

    auto fail = [&](const QString &what) {
        return std::unexpected(venvError(target, Tr::tr("cannot write %1").arg(what)));
    };
    if (!dir.mkpath(QStringLiteral("bin")) || !dir.mkpath(sitePackages)
        || !dir.mkpath(QStringLiteral("include")))
        return fail(staging.path());
    if (QT_POINTER_SIZE == 8 && base.tags.system == "Linux"
        && !QFile::link(QStringLiteral("lib"), dir.filePath(QStringLiteral("lib64"))))
        return fail(QStringLiteral("lib64"));
    // The interpreter: links to the base one (its own folder is `home`, where it finds its stdlib).
    if (!QFile::link(base.executable, dir.filePath(QStringLiteral("bin/python"))))
        return fail(QStringLiteral("bin/python"));
    for (const QString &alias :
         QStringList{QStringLiteral("python3"), QStringLiteral("python") + xy}) {
        if (!QFile::link(QStringLiteral("python"), dir.filePath(QStringLiteral("bin/") + alias)))
            return fail(QStringLiteral("bin/") + alias);
    }
    if (base.implementation == "pypy"
        && !QFile::link(QStringLiteral("python"), dir.filePath(QStringLiteral("bin/pypy3"))))
        return fail(QStringLiteral("bin/pypy3"));
    const QString implementation = base.implementation == "cpython" ? QStringLiteral("CPython")
                                   : base.implementation == "pypy"
                                       ? QStringLiteral("PyPy")
                                       : QString::fromStdString(base.implementation);
    const QString cfg
        = QStringLiteral("home = %1\nimplementation = %2\nversion_info = "
                         "%3\ninclude-system-site-packages = %4\n"
                         "prompt = %5\nenvdesk = %6\n")
              .arg(executable.absolutePath(), implementation, QString::fromStdString(base.version),
                   options.systemSitePackages ? QStringLiteral("true") : QStringLiteral("false"),
                   prompt, QLatin1String(BuildInfo::version));
    if (!writeText(dir.filePath(QStringLiteral("pyvenv.cfg")), cfg))
        return fail(QStringLiteral("pyvenv.cfg"));
    if (!writeText(dir.filePath(QStringLiteral("bin/activate")), bashActivate(target, prompt))
        || !writeText(dir.filePath(QStringLiteral("bin/activate.fish")),
                      fishActivate(target, prompt))
        || !writeText(dir.filePath(QStringLiteral("bin/activate.csh")), cshActivate(target, prompt))
        || !writeText(dir.filePath(QStringLiteral("bin/activate.ps1")),
                      powershellActivate(target, prompt)))
        return fail(QStringLiteral("the activation scripts"));
    if (!writeText(dir.filePath(QStringLiteral(".gitignore")),
                   QStringLiteral("# created by envdesk\n*\n")))
        return fail(QStringLiteral(".gitignore"));

    // Into place: the old environment (with --clear) is moved aside first, removed last.
    QString aside;
    if (exists) {
        aside = parent + QStringLiteral("/.envdesk-venv-old-")
                + QString::number(QCoreApplication::applicationPid());
        if (!existing.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (!QDir().rename(target, aside))
                return std::unexpected(venvError(target, Tr::tr("cannot replace %1").arg(target)));
        } else {
            QDir().rmdir(target);
            aside.clear();
        }
    }
    if (!QDir().rename(staging.path(), target)) {
        if (!aside.isEmpty())
            QDir().rename(aside, target);
        return std::unexpected(
            venvError(target, Tr::tr("cannot move the new environment to %1").arg(target)));
    }
    staging.setAutoRemove(false);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();

    VirtualEnvironment out;
    out.path = target;
    out.python = QDir(target).filePath(QStringLiteral("bin/python"));
    out.sitePackages = QDir(target).filePath(sitePackages);
    out.version = base.version;
    return out;
}

} // namespace Envdesk::Core
