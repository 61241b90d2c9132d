#include "requirementassist.h"

#include "cli/commandjob.h"
#include "core/pep/filename.h"
#include "core/pep/name.h"
#include "core/pep/requirement.h"
#include "core/pep/version.h"

#include <QCompleter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>
#include <QTimer>

#include <set>

namespace Envdesk::Ui {

using namespace Envdesk::Core;

namespace {

// Runs `envdesk-cli ARGS` on a worker thread and hands its stdout to `done`.
std::unique_ptr<CommandJob> runCollecting(QObject *context, const QStringList &args,
                                          std::function<void(int, const QByteArray &)> done)
{
    auto job = std::make_unique<CommandJob>(QList<QStringList>{args});
    auto text = std::make_shared<QByteArray>();
    QObject::connect(job.get(), &CommandJob::output, context, [text](const QString &line, bool isError) {
        if (!isError)
            *text += line.toUtf8() + '\n';
    });
    QObject::connect(job.get(), &CommandJob::finished, context,
                     [text, done = std::move(done)](int code) { done(code, *text); });
    job->start();
    return job;
}

std::string requirementName(const QString &text)
{
    auto parsed = Requirement::parse(text.trimmed().toStdString());
    return parsed ? normalizePackageName(parsed->name()) : std::string();
}

} // namespace

RequirementAssist::RequirementAssist(QLineEdit *edit, std::function<QStringList()> indexArgs, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_indexArgs(std::move(indexArgs))
    , m_model(new QStringListModel(this))
    , m_timer(new QTimer(this))
{
    auto *completer = new QCompleter(m_model, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    edit->setCompleter(completer);
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &RequirementAssist::fetchVersions);
    connect(edit, &QLineEdit::textChanged, this, &RequirementAssist::textChanged);
}

RequirementAssist::~RequirementAssist() = default;

void RequirementAssist::reset()
{
    m_namesAsked = false;
    m_names.clear();
    m_versionOffers.clear();
    m_versionsFor.clear();
    chooseCompletions();
}

void RequirementAssist::textChanged()
{
    fetchNames();
    chooseCompletions();
    const std::string name = requirementName(m_edit->text());
    if (!name.empty() && QString::fromStdString(name) != m_versionsFor)
        m_timer->start();
}

void RequirementAssist::fetchNames()
{
    if (m_namesAsked || m_namesJob)
        return;
    const QStringList args = m_indexArgs();
    if (args.isEmpty())
        return;
    m_namesAsked = true;
    m_namesJob = runCollecting(this,
                               QStringList{QStringLiteral("index"), QStringLiteral("list-projects"), QStringLiteral("--format"),
                                           QStringLiteral("json")} + args,
                               [this](int, const QByteArray &json) {
                                   m_namesJob.reset();
                                   m_names.clear();
                                   const QJsonArray names = QJsonDocument::fromJson(json).object().value(QLatin1String("projects")).toArray();
                                   for (const QJsonValue &v : names)
                                       m_names << v.toString();
                                   chooseCompletions();
                                   Q_EMIT namesShown(int(m_names.size()));
                               });
}

void RequirementAssist::fetchVersions()
{
    const QString name = QString::fromStdString(requirementName(m_edit->text()));
    const QStringList args = m_indexArgs();
    if (name.isEmpty() || args.isEmpty())
        return;
    if (m_versionJob) {
        m_timer->start(); // ask again when the running question is answered
        return;
    }
    m_versionsFor = name;
    m_versionJob = runCollecting(
        this,
        QStringList{QStringLiteral("index"), QStringLiteral("list-files"), name, QStringLiteral("--format"), QStringLiteral("json")}
            + args,
        [this, name](int code, const QByteArray &json) {
            m_versionJob.reset();
            std::set<Version, std::greater<>> versions;
            if (code == 0) {
                for (const QJsonValue &f : QJsonDocument::fromJson(json).object().value(QLatin1String("files")).toArray()) {
                    if (f.toObject().value(QLatin1String("yanked")).toBool())
                        continue;
                    const std::string file = f.toObject().value(QLatin1String("filename")).toString().toStdString();
                    if (auto w = WheelFilename::parse(file))
                        versions.insert(w->version);
                    else if (auto s = SdistFilename::parse(file))
                        versions.insert(s->version);
                }
            }
            m_versionOffers.clear();
            for (const Version &v : versions)
                m_versionOffers << name + QStringLiteral("==") + QString::fromStdString(v.toString());
            chooseCompletions();
            Q_EMIT versionsShown(name, int(versions.size()),
                                 versions.empty() ? QString() : QString::fromStdString(versions.begin()->toString()));
        });
}

void RequirementAssist::chooseCompletions()
{
    static const QRegularExpression bareName(QStringLiteral("^[A-Za-z0-9._-]*$"));
    QCompleter *completer = m_edit->completer();
    if (bareName.match(m_edit->text().trimmed()).hasMatch()) {
        completer->setCompletionMode(QCompleter::PopupCompletion); // names starting with what is typed
        if (m_model->stringList() != m_names)
            m_model->setStringList(m_names);
    } else {
        completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        if (m_model->stringList() != m_versionOffers)
            m_model->setStringList(m_versionOffers);
    }
}

} // namespace Envdesk::Ui
