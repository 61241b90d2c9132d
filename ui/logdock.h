#pragma once

#include "logmodel.h"

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace Envdesk::Ui {

/**
 * The live log dock: the lines of a LogModel in a virtualized list, filtered by level, package,
 * index and text; follow-tail keeps the newest line in view; Copy (Ctrl+C) and Export write the
 * shown lines. When the model drops old lines it says how many.
 */
class LogDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit LogDock(QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    LogFilterModel *filter() const { return m_filter; }
    /** Writes the shown lines to `path` (atomically). */
    bool exportTo(const QString &path, QString *error = nullptr) const;
    /** The shown lines, as Copy would put them on the clipboard (all of them when none is selected). */
    QString shownText(bool selectedOnly = false) const;

private:
    void updateDropped(qint64 dropped);

    LogModel *m_model = nullptr;
    LogFilterModel *m_filter = nullptr;
    QListView *m_view = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_package = nullptr;
    QLineEdit *m_index = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_follow = nullptr;
    QLabel *m_dropped = nullptr;
};

} // namespace Envdesk::Ui
