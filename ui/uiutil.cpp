#include "uiutil.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTableView>

namespace Envdesk::Ui {

QTableView *makeTable(QStandardItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->setTabKeyNavigation(false); // Tab leaves the table for the next control
    return view;
}

void setErrorText(QLabel *label, const QString &message, const QString &hint)
{
    label->setStyleSheet(QStringLiteral("color: #c03030"));
    label->setText(hint.isEmpty() ? message.toHtmlEscaped()
                                  : QStringLiteral("%1<br><i>%2</i>")
                                        .arg(message.toHtmlEscaped(), hint.toHtmlEscaped()));
}

void showError(QWidget *parent, const QString &title, const Envdesk::Core::Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.setInformativeText(error.hint);
    if (!error.file.isEmpty())
        box.setDetailedText(error.toString());
    box.exec();
}

} // namespace Envdesk::Ui
