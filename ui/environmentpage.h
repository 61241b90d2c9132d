#pragma once

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace Envdesk::Ui {

class ProjectDocument;

/**
 * The project's `.venv`: its interpreter and every installed distribution (name, version, the
 * tool that installed it), read off the GUI thread when the page is shown or refreshed.
 */
class EnvironmentPage : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentPage(ProjectDocument *document, QWidget *parent = nullptr);

    void refresh();

Q_SIGNALS:
    void refreshed(int packages);

private:
    ProjectDocument *m_document;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    int m_generation = 0;
};

} // namespace Envdesk::Ui
