#pragma once

#include "core/project/indexpresets.h"

#include "core/install/interpreters.h"
#include "core/project/pyproject.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace Envdesk::Ui {

class RequirementAssist;

/** A kind of package index and how to reach it: the URL template and what credentials it needs. */
// The presets: core/project/indexpresets.h (shared with envdesk-cli init).

/**
 * New Project: the folder and name, a Python interpreter from the ones on this machine (found off
 * the GUI thread), requires-python, the package index (from a preset), the first dependencies
 * (each checked as typed), and whether to make the environment and sync now. Finishing writes a
 * uv-compatible pyproject.toml (refusing to replace one) and emits projectCreated().
 */
class NewProjectWizard : public QWizard
{
    Q_OBJECT

public:
    enum { LocationPage, InterpreterPage, IndexPage, DependenciesPage };

    explicit NewProjectWizard(QWidget *parent = nullptr);

    /**
     * The pyproject.toml the answers make (also for tests): nothing is written. With a file to
     * start from (a Pipfile, requirements file or pip.conf), its indexes, sources and dependencies
     * are imported into it; `notes` gets the import's warnings and what it did.
     */
    Envdesk::Core::Expected<Envdesk::Core::PyProject> buildProject(QStringList *notes = nullptr) const;
    /** The chosen interpreter's path (empty when none was found). */
    QString interpreterPath() const;

Q_SIGNALS:
    /** The project file was written; its environment is to be made with `python` (the chosen
     * interpreter) and, when `syncNow`, its dependencies locked and synced. */
    void projectCreated(const QString &file, const QString &python, bool syncNow);
    void interpretersFound(int count);
    /** The chosen index's project names arrived, for completion. */
    void namesShown(int count);
    void logLine(const QString &line);

protected:
    bool validateCurrentPage() override;
    void accept() override;

private:
    void discover();
    void presetChosen(int row);

    QLineEdit *m_folder = nullptr;
    QLineEdit *m_name = nullptr;
    QTreeWidget *m_interpreters = nullptr;
    QLineEdit *m_requiresPython = nullptr;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_indexName = nullptr;
    QLineEdit *m_indexUrl = nullptr;
    QLabel *m_credentials = nullptr;
    QLineEdit *m_dependencyEdit = nullptr;
    RequirementAssist *m_assist = nullptr;
    QPlainTextEdit *m_dependencies = nullptr;
    QLabel *m_dependencyStatus = nullptr;
    QCheckBox *m_syncNow = nullptr;
    QLineEdit *m_importFile = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Envdesk::Ui
