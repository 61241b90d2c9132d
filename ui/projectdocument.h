#pragma once

#include "core/error.h"
#include "core/project/pyproject.h"

#include <QObject>

#include <functional>

class QFileSystemWatcher;
class QUndoStack;

namespace Envdesk::Ui {

/**
 * The open project as the window edits it: a PyProject, an undo stack of edits, and a watch on
 * the file.
 *
 * Every edit runs through the project model (format-preserving, validated) and lands on the undo
 * stack as a pair of snapshots, so undo and redo give back the exact bytes. Nothing reaches the
 * disk until save(). When the file changes on disk (another editor, `uv add`, git checkout),
 * changedOnDisk() says so; reload() takes the new file and clears the undo stack.
 *
 * GUI thread only.
 */
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    /** Reads `path` (a pyproject.toml or its folder); on failure the open project stays. */
    Envdesk::Core::Expected<void> open(const QString &path);
    /** Takes a project made in memory (the New Project wizard) and writes it. */
    Envdesk::Core::Expected<void> create(Envdesk::Core::PyProject project);
    void close();

    bool isOpen() const { return m_open; }
    const Envdesk::Core::PyProject &project() const { return m_project; }
    QString filePath() const { return m_project.filePath(); }
    QString directory() const;
    QUndoStack *undoStack() const { return m_undo; }
    /** True when the project has edits that are not saved. */
    bool isModified() const;

    /**
     * Applies `change` to a copy of the project; when it succeeds the copy becomes the project and
     * the edit an undoable step called `description`. On failure nothing changes.
     */
    Envdesk::Core::Expected<void>
    edit(const QString &description,
         const std::function<Envdesk::Core::Expected<void>(Envdesk::Core::PyProject &)> &change);

    /** Writes the file (atomically; refused when it changed on disk since it was read). */
    Envdesk::Core::Expected<void> save();
    /** Reads the file again, dropping unsaved edits and the undo history. */
    Envdesk::Core::Expected<void> reload();

Q_SIGNALS:
    /** The project's content changed: an edit, undo, redo, open or reload. */
    void changed();
    void modifiedChanged(bool modified);
    /** The file on disk no longer holds what envdesk last read or wrote. */
    void changedOnDisk();

private:
    friend class SnapshotCommand;
    void setProject(Envdesk::Core::PyProject project);
    void watch();
    void onFileChanged();

    Envdesk::Core::PyProject m_project;
    bool m_open = false;
    QUndoStack *m_undo = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    std::string m_diskText; ///< the file's bytes as last read or written here
    bool m_diskChangeReported = false;
};

} // namespace Envdesk::Ui
