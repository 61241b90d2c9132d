#pragma once

#include <QWidget>

#include <memory>
#include <optional>
#include <tuple>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QStringListModel;
class QTableView;
class QTimer;

namespace Envdesk::Core {
class CommandJob;
}

namespace Envdesk::Ui {

class ProjectDocument;

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
    void fetchVersions();
    void fetchNames();
    /** Completes names while a bare name is typed, versions once the name is followed by more. */
    void chooseCompletions();
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
    QStringListModel *m_versions = nullptr;
    QStringList m_versionOffers;
    QStringList m_names;
    bool m_namesAsked = false;
    QString m_namesFor; ///< the project folder the names were asked for
    std::unique_ptr<Envdesk::Core::CommandJob> m_namesJob;
    QTimer *m_versionTimer = nullptr;
    QString m_versionsFor;
    /** The row being edited (kind, extra or group, package), replaced by the next add. */
    std::optional<std::tuple<int, QString, QString>> m_editing;
    std::unique_ptr<Envdesk::Core::CommandJob> m_versionJob;
};

} // namespace Envdesk::Ui
