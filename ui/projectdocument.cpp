#include "projectdocument.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QUndoCommand>
#include <QUndoStack>

namespace Envdesk::Ui {

using namespace Envdesk::Core;

/** One edit: the project before and after, swapped in by undo and redo. */
class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(ProjectDocument *doc, PyProject before, PyProject after, const QString &text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void undo() override { m_doc->setProject(m_before); }
    void redo() override
    {
        // The first redo is the edit itself, already applied by ProjectDocument::edit().
        if (m_done)
            m_doc->setProject(m_after);
        m_done = true;
    }

private:
    ProjectDocument *m_doc;
    PyProject m_before;
    PyProject m_after;
    bool m_done = false;
};

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ProjectDocument::onFileChanged);
    // An atomic save by another program replaces the file: the folder's change says so.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ProjectDocument::onFileChanged);
}

ProjectDocument::~ProjectDocument() = default;

QString ProjectDocument::directory() const
{
    return m_open ? QFileInfo(m_project.filePath()).absolutePath() : QString();
}

bool ProjectDocument::isModified() const
{
    return m_open && !m_undo->isClean();
}

Expected<void> ProjectDocument::open(const QString &path)
{
    auto project = PyProject::load(path);
    if (!project)
        return std::unexpected(project.error());
    m_diskText = project->text();
    m_open = true;
    m_undo->clear();
    m_project = std::move(*project);
    watch();
    Q_EMIT changed();
    return {};
}

Expected<void> ProjectDocument::create(PyProject project)
{
    if (auto saved = project.save(); !saved)
        return saved;
    return open(project.filePath());
}

void ProjectDocument::close()
{
    m_open = false;
    m_undo->clear();
    m_project = PyProject();
    m_diskText.clear();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    Q_EMIT changed();
}

Expected<void> ProjectDocument::edit(const QString &description,
                                     const std::function<Expected<void>(PyProject &)> &change)
{
    if (!m_open) {
        Error e;
        e.code = ErrorCode::EditFailed;
        e.message = tr("no project is open");
        return std::unexpected(e);
    }
    PyProject edited = m_project;
    if (auto done = change(edited); !done)
        return done;
    if (edited.text() == m_project.text())
        return {}; // nothing changed: no undo step
    PyProject before = m_project;
    setProject(edited);
    m_undo->push(new SnapshotCommand(this, std::move(before), std::move(edited), description));
    return {};
}

void ProjectDocument::setProject(PyProject project)
{
    project.adoptDiskState(m_project);
    m_project = std::move(project);
    Q_EMIT changed();
}

Expected<void> ProjectDocument::save()
{
    if (!m_open)
        return {};
    if (auto saved = m_project.save(); !saved)
        return saved;
    m_diskText = m_project.text();
    m_diskChangeReported = false;
    m_undo->setClean();
    watch();
    return {};
}

Expected<void> ProjectDocument::reload()
{
    if (!m_open)
        return {};
    m_diskChangeReported = false;
    return open(m_project.filePath());
}

void ProjectDocument::watch()
{
    const QString file = m_project.filePath();
    const QString dir = QFileInfo(file).absolutePath();
    if (!m_watcher->files().contains(file) && QFileInfo::exists(file))
        m_watcher->addPath(file);
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
}

void ProjectDocument::onFileChanged()
{
    if (!m_open)
        return;
    watch(); // a replaced file is a new inode: watch it again
    QFile file(m_project.filePath());
    std::string bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll().toStdString();
    else if (file.exists())
        return; // unreadable for a moment (being written): the next change tells
    if (bytes == m_diskText || m_diskChangeReported)
        return;
    m_diskChangeReported = true;
    Q_EMIT changedOnDisk();
}

} // namespace Envdesk::Ui
