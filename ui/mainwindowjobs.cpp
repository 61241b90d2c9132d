// MainWindow's work on the project through the core's jobs: Lock, Sync (plan, approval, apply),
// the environment of a new project, and how their events, failures and fixes are shown.
#include "mainwindow.h"

#include "environmentpage.h"
#include "indexespage.h"
#include "logdock.h"
#include "projectdocument.h"

#include "core/install/lockinputs.h"
#include "core/jobs/projectjobs.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Envdesk::Ui {

using namespace Envdesk::Core;

void MainWindow::logEvent(const Event &e)
{
    static const LogEntry::Level levels[] = {LogEntry::Level::Debug, LogEntry::Level::Info, LogEntry::Level::Warning,
                                             LogEntry::Level::Error};
    LogEntry entry{e.msecsSinceEpoch, levels[int(e.level)], e.message, QString::fromStdString(e.package),
                   QString::fromStdString(e.index)};
    m_logDock->model()->append(std::move(entry));
    if (e.category == Event::Category::Index && e.level == Event::Level::Warning && !e.index.empty())
        m_failedIndex = QString::fromStdString(e.index);
    if (e.waiting)
        statusBar()->showMessage(e.message);
    if (e.total > 0) {
        m_progress->setRange(0, e.total);
        m_progress->setValue(std::min(e.done, e.total));
    }
}

void MainWindow::runJob(std::unique_ptr<Job> job, const QString &what, std::function<void()> done)
{
    if (m_work || m_job)
        return;
    setBusy(true);
    statusBar()->showMessage(what);
    log(what);
    m_failedIndex.clear();
    m_work = std::move(job);
    connect(m_work.get(), &Job::event, this, &MainWindow::logEvent);
    connect(m_work.get(), &Job::finished, this, [this, done] {
        // Deleted after `done`, which reads its result; a job started by `done` waits its turn.
        std::unique_ptr<Job> finished = std::move(m_work);
        setBusy(false);
        done();
        finished.release()->deleteLater();
    });
    m_work->start();
}

void MainWindow::showJobError(const QString &title, const Error &error)
{
    if (error.code == ErrorCode::Cancelled) {
        log(LogEntry::Level::Error, tr("cancelled: %1").arg(error.message));
        statusBar()->showMessage(tr("Cancelled: %1").arg(error.message));
        return;
    }
    const bool noSolution = error.code == ErrorCode::NoSolution;
    log(LogEntry::Level::Error, noSolution ? tr("No solution:\n%1").arg(error.message) : error.toString());
    statusBar()->showMessage(noSolution ? tr("No solution: the requirements cannot all be met") : error.message);
    auto *box = new QMessageBox(QMessageBox::Warning, title,
                                noSolution ? tr("The requirements cannot all be met.") : error.message,
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("jobError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (noSolution)
        box->setInformativeText(error.message);
    else if (!error.hint.isEmpty())
        box->setInformativeText(error.hint);
    const QString index = m_failedIndex;
    const auto rowOf = [this](const QString &name) {
        const auto &indexes = m_indexesPage->listModel()->indexes();
        for (std::size_t i = 0; i < indexes.size(); ++i) {
            if (QString::fromStdString(indexes[i].name) == name)
                return int(i);
        }
        return -1;
    };
    if (error.fix == Error::Fix::TrustCa && rowOf(index) >= 0) {
        auto *trust = box->addButton(tr("Trust a CA certificate for %1…").arg(index), QMessageBox::ActionRole);
        trust->setObjectName(QStringLiteral("trustCaFix"));
        connect(trust, &QAbstractButton::clicked, this, [this, index, rowOf] {
            const QString path = QFileDialog::getOpenFileName(this, tr("The CA certificate(s) to trust for %1").arg(index),
                                                              QString(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
            if (path.isEmpty() || rowOf(index) < 0)
                return;
            m_indexesPage->selectIndex(rowOf(index));
            if (m_indexesPage->useCaBundle(path))
                showPage(IndexesPageIndex);
        });
    } else if (error.code == ErrorCode::AccessDenied && rowOf(index) >= 0) {
        auto *credentials = box->addButton(tr("Set credentials for %1…").arg(index), QMessageBox::ActionRole);
        credentials->setObjectName(QStringLiteral("credentialsFix"));
        connect(credentials, &QAbstractButton::clicked, this, [this, index, rowOf] {
            m_indexesPage->selectIndex(rowOf(index));
            showPage(IndexesPageIndex);
        });
    }
    box->open();
}

void MainWindow::startLock(bool everyEnvironment, std::function<void(int)> then)
{
    auto settings = resolveRequestForProject(m_document->filePath());
    if (!settings) {
        showJobError(tr("Lock"), settings.error());
        return then(2);
    }
    LockRequest request;
    request.projectFile = m_document->filePath();
    request.resolve = *settings;
    request.resolve.universal = everyEnvironment;
    auto job = std::make_unique<LockJob>(request);
    LockJob *lock = job.get();
    const QString dir = m_document->directory();
    runJob(std::move(job), everyEnvironment ? tr("Locking %1 for every environment…").arg(dir) : tr("Locking %1…").arg(dir),
           [this, lock, then] {
               const Expected<LockResult> &result = lock->result();
               if (!result) {
                   showJobError(tr("Lock"), result.error());
                   return then(2);
               }
               for (const QString &note : result->outcome.notes)
                   log(LogEntry::Level::Warning, note);
               if (!result->ok()) {
                   showJobError(tr("Lock"), result->outcome.error);
                   return then(result->outcome.error.code == ErrorCode::NoSolution ? 1 : 2);
               }
               const QString message
                   = tr("Locked %1 packages for Python %2 (%3) in %4 s: %5")
                         .arg(result->lock.packages.size())
                         .arg(QString::fromStdString(result->outcome.python), result->outcome.platform)
                         .arg(result->outcome.elapsedMs / 1000.0, 0, 'f', 2)
                         .arg(result->current ? tr("%1 is up to date").arg(result->lockPath) : result->lockPath);
               log(message);
               for (const QString &line : result->diff.lines())
                   log(QStringLiteral("  ") + line);
               statusBar()->showMessage(message);
               then(0);
           });
}

void MainWindow::lockProject(bool everyEnvironment)
{
    if (!m_document->isOpen() || m_work || m_job || !saveBeforeRunning())
        return;
    startLock(everyEnvironment, [this](int code) { Q_EMIT commandFinished(code); });
}

void MainWindow::openTerminal()
{
    if (!m_document->isOpen())
        return;
    const QString dir = m_document->directory();
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral(".venv/pyvenv.cfg")))) {
        statusBar()->showMessage(tr("The project has no .venv yet: sync first"));
        return;
    }
    // The command line tool beside this program (installed together), else on PATH.
    QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("envdesk-cli"));
    if (!QFileInfo(cli).isExecutable())
        cli = QStandardPaths::findExecutable(QStringLiteral("envdesk-cli"));
    QString program = qEnvironmentVariable("TERMINAL");
    for (const char *candidate : {"x-terminal-emulator", "gnome-terminal", "konsole", "xfce4-terminal", "xterm"}) {
        if (!program.isEmpty())
            break;
        program = QStandardPaths::findExecutable(QLatin1String(candidate));
    }
    if (cli.isEmpty() || program.isEmpty()) {
        const QString why = cli.isEmpty() ? tr("envdesk-cli was not found beside envdesk or on PATH")
                                          : tr("no terminal program was found: set TERMINAL, or install one");
        log(LogEntry::Level::Error, why);
        statusBar()->showMessage(why);
        return;
    }
    if (!QProcess::startDetached(cli, {QStringLiteral("run"), QStringLiteral("--project"), dir, QStringLiteral("--no-sync"),
                                       QStringLiteral("--"), program},
                                 dir)) {
        log(LogEntry::Level::Error, tr("%1 could not be started").arg(program));
        return;
    }
    statusBar()->showMessage(tr("Terminal opened in %1").arg(dir));
}

bool MainWindow::chooseGroupsAndExtras(const QString &dir)
{
    const auto inputs = LockInputs::of(m_document->project());
    if (!inputs || (inputs->groups.empty() && inputs->extras.empty()))
        return true;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("syncChoice"));
    dialog.setWindowTitle(tr("Sync"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Install these dependency groups and extras too:"), &dialog));
    const QStringList previous = m_syncChoice.value(dir);
    auto chosenBefore = [&](const char *option, const std::string &name, bool byDefault) {
        if (!m_syncChoice.contains(dir))
            return byDefault;
        for (qsizetype i = 0; i + 1 < previous.size(); ++i) {
            if (previous[i] == QLatin1String(option) && previous[i + 1] == QString::fromStdString(name))
                return true;
        }
        return false;
    };
    QList<QPair<QCheckBox *, QString>> boxes; // box, option
    auto addBoxes = [&](const QString &title, const auto &entries, const char *option, bool groups) {
        if (entries.empty())
            return;
        auto *box = new QGroupBox(title, &dialog);
        auto *column = new QVBoxLayout(box);
        for (const auto &[name, requirements] : entries) {
            const bool byDefault = groups
                                   && std::find(inputs->defaultGroups.begin(), inputs->defaultGroups.end(), name)
                                          != inputs->defaultGroups.end();
            auto *check = new QCheckBox(QString::fromStdString(name), box);
            check->setObjectName(QLatin1String(option) + QLatin1Char(':') + QString::fromStdString(name));
            check->setChecked(chosenBefore(option, name, byDefault));
            QStringList shown;
            for (const std::string &r : requirements)
                shown << QString::fromStdString(r);
            check->setToolTip(shown.join(QStringLiteral(", ")));
            column->addWidget(check);
            boxes.append({check, QLatin1String(option)});
        }
        layout->addWidget(box);
    };
    addBoxes(tr("Dependency groups"), inputs->groups, "--group", true);
    addBoxes(tr("Extras"), inputs->extras, "--extra", false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QStringList options{QStringLiteral("--no-default-groups")};
    for (const auto &[check, option] : std::as_const(boxes)) {
        if (check->isChecked())
            options << option << check->text();
    }
    m_syncChoice.insert(dir, options);
    return true;
}

void MainWindow::syncProject(bool ask)
{
    if (!m_document->isOpen() || m_work || m_job || !saveBeforeRunning())
        return;
    const QString dir = m_document->directory();
    if (ask && !chooseGroupsAndExtras(dir)) {
        log(tr("sync declined"));
        statusBar()->showMessage(tr("Nothing changed"));
        Q_EMIT commandFinished(-1);
        return;
    }
    startSync(ask, [this](int code) {
        m_environmentPage->refresh();
        Q_EMIT commandFinished(code);
    });
}

void MainWindow::startSync(bool ask, std::function<void(int)> then)
{
    const QString dir = m_document->directory();
    if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral(".venv/pyvenv.cfg"))))
        return startPlan(ask, then);
    // The environment first, with the interpreter the project's requires-python admits.
    VenvRequest request;
    request.path = QDir(dir).filePath(QStringLiteral(".venv"));
    request.projectFile = m_document->filePath();
    auto job = std::make_unique<VenvJob>(request);
    VenvJob *venv = job.get();
    runJob(std::move(job), tr("Creating the environment of %1…").arg(dir), [this, venv, ask, then] {
        if (!venv->result()) {
            showJobError(tr("Sync"), venv->result().error());
            return then(2);
        }
        QTimer::singleShot(0, this, [this, ask, then] { startPlan(ask, then); });
    });
}

void MainWindow::startPlan(bool ask, std::function<void(int)> then)
{
    const QString dir = m_document->directory();
    auto settings = resolveRequestForProject(m_document->filePath());
    if (!settings) {
        showJobError(tr("Sync"), settings.error());
        return then(2);
    }
    SyncRequest request;
    request.projectFile = m_document->filePath();
    request.resolve = *settings;
    // The groups and extras chosen (as sync's options: --no-default-groups, --group G, --extra E).
    const QStringList choice = m_syncChoice.value(dir);
    for (qsizetype i = 0; i < choice.size(); ++i) {
        if (choice[i] == QLatin1String("--no-default-groups"))
            request.choice.noDefaultGroups = true;
        else if (choice[i] == QLatin1String("--group") && i + 1 < choice.size())
            request.choice.groups.push_back(choice[++i]);
        else if (choice[i] == QLatin1String("--extra") && i + 1 < choice.size())
            request.choice.extras.push_back(choice[++i]);
    }
    auto job = std::make_unique<SyncPlanJob>(request);
    SyncPlanJob *planning = job.get();
    runJob(std::move(job), tr("Planning the sync of %1…").arg(dir), [this, planning, ask, then] {
        if (const auto &failed = planning->failedLock()) {
            for (const QString &note : failed->outcome.notes)
                log(LogEntry::Level::Warning, note);
            showJobError(tr("Sync"), failed->outcome.error);
            return then(failed->outcome.error.code == ErrorCode::NoSolution ? 1 : 2);
        }
        const Expected<SyncPlan> &plan = planning->result();
        if (!plan) {
            showJobError(tr("Sync"), plan.error());
            return then(2);
        }
        if (plan->locked) {
            log(tr("the lock is made again first: %n package(s)", nullptr, int(plan->lock.packages.size())));
            for (const QString &line : plan->locked->diff.lines())
                log(QStringLiteral("  ") + line);
        }
        QStringList changes = plan->plan.lines();
        for (const QString &line : std::as_const(changes))
            log(line);
        if (plan->isEmpty() && !(plan->locked && !plan->locked->current)) {
            statusBar()->showMessage(tr("%1 matches the lock (%n package(s))", nullptr, int(plan->plan.keep.size()))
                                         .arg(plan->venvPath));
            return then(0);
        }
        if (ask && !changes.isEmpty()) {
            QMessageBox box(QMessageBox::Question, tr("Sync"),
                            tr("%n change(s) to the environment:", nullptr, int(changes.size())),
                            QMessageBox::Apply | QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("syncPreview"));
            box.setInformativeText(changes.join(QLatin1Char('\n')));
            box.setDefaultButton(QMessageBox::Apply);
            if (box.exec() != QMessageBox::Apply) {
                log(tr("sync declined"));
                statusBar()->showMessage(tr("Nothing changed"));
                return then(-1);
            }
        }
        // Exactly the plan that was shown: queued, so that this job is gone first.
        QTimer::singleShot(0, this, [this, approved = *plan, then] { startApply(approved, then); });
    });
}

void MainWindow::startApply(const SyncPlan &plan, std::function<void(int)> then)
{
    auto job = std::make_unique<ApplyJob>(plan);
    ApplyJob *apply = job.get();
    const int steps = int(plan.plan.install.size() + plan.plan.remove.size());
    runJob(std::move(job), tr("Syncing %1…").arg(plan.venvPath), [this, apply, plan, then] {
        const Expected<QStringList> &done = apply->result();
        if (!done) {
            showJobError(tr("Sync"), done.error());
            return then(2);
        }
        for (const QString &line : *done)
            log(line);
        statusBar()->showMessage(tr("Synced %1 with %2").arg(plan.venvPath, plan.lockPath));
        then(0);
    });
    if (steps > 0) {
        m_progress->setRange(0, steps);
        m_progress->setValue(0);
    }
}

} // namespace Envdesk::Ui
