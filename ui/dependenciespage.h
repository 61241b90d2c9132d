#pragma once

#include <QWidget>

#include <memory>
#include <optional>
#include <tuple>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Envdesk::Ui {

class ProjectDocument;
class RequirementAssist;

/**
 * The project's requirements (dependencies, extras, dependency groups) in a table, and an editor:
 * a requirement checked against PEP 508 as it is typed, the versions the indexes have for it
 * (asked off the GUI thread once typing pauses), add / replace and remove. Every change is an
 * undoable edit of the ProjectDocument.
 */
class DependenciesPage : public QWidget
{
    Q_OBJECT

public:
    explicit DependenciesPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~DependenciesPage() override;

    /** Adds (or replaces) the requirement typed in the editor; false with the reason shown. */
    bool addTyped();
    /** Removes the selected requirements. */
    void removeSelected();

Q_SIGNALS:
    /** An edit was refused: the message for the status bar. */
    void failed(const QString &message);
    /** The index versions of a package arrived (for tests and the status bar). */
    void versionsShown(const QString &package, int count);
    /** The project names of the indexes' root listings arrived, for name completion. */
    void namesShown(int count);

private:
    void refresh();
    void validate();
    void editRow(int row);

    ProjectDocument *m_document;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_targetName = nullptr;
    QLineEdit *m_requirement = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    RequirementAssist *m_assist = nullptr;
    QString m_assistFor; ///< the project folder the completions were asked for
    /** The row being edited (kind, extra or group, package), replaced by the next add. */
    std::optional<std::tuple<int, QString, QString>> m_editing;
};

} // namespace Envdesk::Ui
