#pragma once

#include <QMap>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Envdesk::Ui {

class ProjectDocument;

/**
 * `[tool.uv.sources]`: which package comes from which index (and path, URL and git sources, shown
 * as they are). Pin a package to a configured index, or unpin it. After a resolve, packages that
 * more than one index offered and that are not pinned are listed: the dependency-confusion risk.
 */
class SourcesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesPage(ProjectDocument *document, QWidget *parent = nullptr);

    bool pin(const QString &package, const QString &index);
    /**
     * Makes `package` come from a folder, a file, a git repository or a URL (the second row's
     * fields): a `[tool.uv.sources]` entry, paths written relative to the project.
     */
    bool setDirectSource();
    void unpinSelected();
    /** Which indexes answered for each package in the last resolve (package -> index names). */
    void setIndexesSeen(const QMap<QString, QSet<QString>> &seen);

Q_SIGNALS:
    void failed(const QString &message);

private:
    void refresh();

    ProjectDocument *m_document;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_package = nullptr;
    QComboBox *m_index = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_unpin = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_revision = nullptr;
    QCheckBox *m_editable = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_risk = nullptr;
    QMap<QString, QSet<QString>> m_seen;
};

} // namespace Envdesk::Ui
