#include "requirementassist.h"

#include "core/pep/name.h"
#include "core/pep/requirement.h"
#include "core/pep/version.h"

#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>
#include <QTimer>

namespace Envdesk::Ui {

using namespace Envdesk::Core;

namespace {

std::string requirementName(const QString &text)
{
    auto parsed = Requirement::parse(text.trimmed().toStdString());
    return parsed ? normalizePackageName(parsed->name()) : std::string();
}

} // namespace

RequirementAssist::RequirementAssist(QLineEdit *edit, IndexChoice indexes, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_indexes(std::move(indexes))
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
    const std::optional<IndexLookupRequest> request = m_indexes();
    if (!request)
        return;
    m_namesAsked = true;
    m_namesJob = std::make_unique<ProjectNamesJob>(*request);
    connect(m_namesJob.get(), &Job::finished, this, [this] {
        ProjectNamesJob *job = m_namesJob.release();
        job->deleteLater(); // once this slot is done: it is the sender
        m_names.clear();
        if (const auto &names = job->result()) {
            for (const std::string &n : names->names)
                m_names << QString::fromStdString(n);
        }
        chooseCompletions();
        Q_EMIT namesShown(int(m_names.size()));
    });
    m_namesJob->start();
}

void RequirementAssist::fetchVersions()
{
    const QString name = QString::fromStdString(requirementName(m_edit->text()));
    if (name.isEmpty())
        return;
    const std::optional<IndexLookupRequest> request = m_indexes();
    if (!request)
        return;
    if (m_versionJob) {
        m_timer->start(); // ask again when the running question is answered
        return;
    }
    m_versionsFor = name;
    m_versionJob = std::make_unique<ProjectFilesJob>(*request, name.toStdString());
    connect(m_versionJob.get(), &Job::finished, this, [this, name] {
        ProjectFilesJob *job = m_versionJob.release();
        job->deleteLater(); // once this slot is done: it is the sender
        std::vector<Version> versions;
        if (const auto &files = job->result())
            versions = offeredVersions(*files);
        m_versionOffers.clear();
        for (const Version &v : versions)
            m_versionOffers << name + QStringLiteral("==") + QString::fromStdString(v.toString());
        chooseCompletions();
        Q_EMIT versionsShown(
            name, int(versions.size()),
            versions.empty() ? QString() : QString::fromStdString(versions.front().toString()));
    });
    m_versionJob->start();
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
