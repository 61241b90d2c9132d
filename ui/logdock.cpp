#include "logdock.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Envdesk::Ui {

LogDock::LogDock(QWidget *parent)
    : QDockWidget(tr("Log"), parent)
    , m_model(new LogModel(this))
    , m_filter(new LogFilterModel(this))
{
    setObjectName(QStringLiteral("logDock"));
    m_filter->setSourceModel(m_model);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 2, 4, 4);
    auto *bar = new QHBoxLayout;
    m_level = new QComboBox(body);
    m_level->setObjectName(QStringLiteral("logLevel"));
    m_level->addItems({tr("All levels"), tr("Info and above"), tr("Warnings and errors"), tr("Errors only")});
    m_level->setCurrentIndex(0);
    m_level->setAccessibleName(tr("Minimum level"));
    m_package = new QLineEdit(body);
    m_package->setObjectName(QStringLiteral("logPackage"));
    m_package->setPlaceholderText(tr("Package"));
    m_package->setAccessibleName(tr("Show lines about this package"));
    m_package->setClearButtonEnabled(true);
    m_index = new QLineEdit(body);
    m_index->setObjectName(QStringLiteral("logIndex"));
    m_index->setPlaceholderText(tr("Index"));
    m_index->setAccessibleName(tr("Show lines about this index"));
    m_index->setClearButtonEnabled(true);
    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_follow = new QCheckBox(tr("&Follow"), body);
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_follow->setToolTip(tr("Keep the newest line in view"));
    m_follow->setChecked(true);
    auto *copy = new QPushButton(tr("&Copy"), body);
    copy->setObjectName(QStringLiteral("logCopy"));
    copy->setToolTip(tr("Copy the selected lines, or all shown lines when none is selected"));
    auto *exportButton = new QPushButton(tr("&Export…"), body);
    exportButton->setObjectName(QStringLiteral("logExport"));
    auto *clear = new QPushButton(tr("C&lear"), body);
    clear->setObjectName(QStringLiteral("logClear"));
    bar->addWidget(m_level);
    bar->addWidget(m_package);
    bar->addWidget(m_index);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_follow);
    bar->addWidget(copy);
    bar->addWidget(exportButton);
    bar->addWidget(clear);
    layout->addLayout(bar);

    m_view = new QListView(body);
    m_view->setObjectName(QStringLiteral("log"));
    m_view->setAccessibleName(tr("Log lines"));
    m_view->setModel(m_filter);
    m_view->setUniformItemSizes(true); // what keeps a million lines cheap to lay out
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(2000);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_view, 1);
    m_dropped = new QLabel(body);
    m_dropped->setObjectName(QStringLiteral("logDropped"));
    m_dropped->hide();
    layout->addWidget(m_dropped);
    setWidget(body);

    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_filter->setMinimumLevel(LogEntry::Level(i)); });
    connect(m_package, &QLineEdit::textChanged, m_filter, &LogFilterModel::setPackage);
    connect(m_index, &QLineEdit::textChanged, m_filter, &LogFilterModel::setIndexName);
    connect(m_search, &QLineEdit::textChanged, m_filter, &LogFilterModel::setSearchText);
    // Following: whenever the list grows (also while it is laid out in batches), show its end.
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_follow->isChecked())
            m_view->verticalScrollBar()->setValue(max);
    });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });
    // Scrolling up to read stops following; back at the bottom, it follows again.
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_follow->setChecked(bar->sliderPosition() >= bar->maximum());
    });
    connect(m_model, &LogModel::droppedCountChanged, this, &LogDock::updateDropped);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(shownText(m_view->selectionModel()->hasSelection()));
    });
    auto *copyShortcut = new QAction(m_view);
    copyShortcut->setShortcut(QKeySequence::Copy);
    copyShortcut->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyShortcut);
    connect(copyShortcut, &QAction::triggered, copy, &QPushButton::click);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the log"),
                                                          QStringLiteral("envdesk.log"),
                                                          tr("Log files (*.log *.txt)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, &error))
            QMessageBox::warning(this, tr("Export the log"), error);
    });
    connect(clear, &QPushButton::clicked, m_model, &LogModel::clear);
}

void LogDock::updateDropped(qint64 dropped)
{
    m_dropped->setVisible(dropped > 0);
    m_dropped->setText(tr("%1 older lines were dropped: the log keeps the newest %2.")
                           .arg(dropped)
                           .arg(m_model->capacity()));
}

QString LogDock::shownText(bool selectedOnly) const
{
    QStringList lines;
    if (selectedOnly) {
        QModelIndexList rows = m_view->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        for (const QModelIndex &i : rows)
            lines << i.data().toString();
    } else {
        lines.reserve(m_filter->rowCount());
        for (int r = 0; r < m_filter->rowCount(); ++r)
            lines << m_filter->index(r, 0).data().toString();
    }
    return lines.join(QLatin1Char('\n'));
}

bool LogDock::exportTo(const QString &path, QString *error) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        out.write(m_filter->index(r, 0).data().toString().toUtf8());
        out.write("\n");
    }
    if (!out.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace Envdesk::Ui
