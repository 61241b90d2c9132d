#include "sourcespage.h"

#include "projectdocument.h"
#include "uiutil.h"

#include "core/pep/name.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Envdesk::Ui {

using namespace Envdesk::Core;

SourcesPage::SourcesPage(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new QStandardItemModel(0, 4, this))
{
    m_model->setHorizontalHeaderLabels({tr("Package"), tr("Source"), tr("Marker"), tr("Line")});
    auto *layout = new QVBoxLayout(this);
    m_view = makeTable(m_model, QStringLiteral("sourcesView"), this);
    m_view->setAccessibleName(tr("Package sources"));
    layout->addWidget(m_view, 1);
    auto *row = new QHBoxLayout;
    m_package = new QLineEdit(this);
    m_package->setObjectName(QStringLiteral("pinPackage"));
    m_package->setPlaceholderText(tr("package"));
    m_package->setAccessibleName(tr("Package to pin"));
    m_index = new QComboBox(this);
    m_index->setObjectName(QStringLiteral("pinIndex"));
    m_index->setAccessibleName(tr("Index to pin it to"));
    m_pin = new QPushButton(tr("&Pin to index"), this);
    m_pin->setObjectName(QStringLiteral("pinButton"));
    m_unpin = new QPushButton(tr("&Unpin"), this);
    m_unpin->setObjectName(QStringLiteral("unpinButton"));
    m_unpin->setEnabled(false);
    auto *label = new QLabel(tr("P&ackage:"), this);
    label->setBuddy(m_package);
    row->addWidget(label);
    row->addWidget(m_package, 1);
    row->addWidget(new QLabel(tr("comes only from"), this));
    row->addWidget(m_index, 1);
    row->addWidget(m_pin);
    row->addWidget(m_unpin);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sourcesStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_risk = new QLabel(this);
    m_risk->setObjectName(QStringLiteral("confusionWarning"));
    m_risk->setWordWrap(true);
    m_risk->hide();
    layout->addWidget(m_risk);

    connect(m_pin, &QPushButton::clicked, this, [this] { pin(m_package->text(), m_index->currentText()); });
    connect(m_package, &QLineEdit::returnPressed, m_pin, &QPushButton::click);
    connect(m_unpin, &QPushButton::clicked, this, &SourcesPage::unpinSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_unpin->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_document, &ProjectDocument::changed, this, &SourcesPage::refresh);
    refresh();
}

void SourcesPage::refresh()
{
    m_model->removeRows(0, m_model->rowCount());
    const QString current = m_index->currentText();
    m_index->clear();
    if (!m_document->isOpen())
        return;
    const PyProject &project = m_document->project();
    for (const IndexConfig &c : project.indexes()) {
        if (!c.name.empty())
            m_index->addItem(QString::fromStdString(c.name));
    }
    if (m_index->findText(current) >= 0)
        m_index->setCurrentText(current);
    m_pin->setEnabled(m_index->count() > 0);
    m_pin->setToolTip(m_index->count() > 0 ? QString() : tr("Add a named index first (Indexes page)"));
    for (const SourcePin &pin : project.sources()) {
        QString source;
        switch (pin.kind) {
        case SourcePin::Kind::Index:
            source = tr("index %1").arg(QString::fromStdString(pin.index));
            break;
        case SourcePin::Kind::Path:
            source = tr("path %1%2").arg(QString::fromStdString(pin.path), pin.editable ? tr(" (editable)") : QString());
            break;
        case SourcePin::Kind::Url:
            source = tr("URL %1").arg(QString::fromStdString(pin.url));
            break;
        case SourcePin::Kind::Git:
            source = tr("git %1").arg(QString::fromStdString(pin.url));
            for (const std::string *ref : {&pin.rev, &pin.tag, &pin.branch}) {
                if (!ref->empty())
                    source += QLatin1String(" @ ") + QString::fromStdString(*ref);
            }
            break;
        case SourcePin::Kind::Workspace:
            source = tr("workspace member");
            break;
        }
        m_model->appendRow({new QStandardItem(QString::fromStdString(pin.package)), new QStandardItem(source),
                            new QStandardItem(QString::fromStdString(pin.marker)),
                            new QStandardItem(QString::number(pin.line))});
    }
    setIndexesSeen(m_seen);
}

bool SourcesPage::pin(const QString &package, const QString &index)
{
    const std::string name = package.trimmed().toStdString();
    if (!isValidPackageName(name)) {
        setErrorText(m_status, tr("'%1' is not a valid package name").arg(package));
        return false;
    }
    auto done = m_document->edit(tr("Pin %1 to %2").arg(package, index), [&](PyProject &p) {
        return p.pinPackage(name, index.toStdString());
    });
    if (!done) {
        setErrorText(m_status, done.error().message, done.error().hint);
        Q_EMIT failed(done.error().message);
        return false;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("%1 now comes only from %2.").arg(package.trimmed(), index));
    m_package->clear();
    return true;
}

void SourcesPage::unpinSelected()
{
    QStringList packages;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        packages << i.data().toString();
    if (packages.isEmpty())
        return;
    auto done = m_document->edit(tr("Unpin %1").arg(packages.join(QLatin1String(", "))), [&](PyProject &p) {
        for (const QString &package : packages) {
            if (auto r = p.unpinPackage(package.toStdString()); !r)
                return r;
        }
        return Expected<void>{};
    });
    if (!done) {
        setErrorText(m_status, done.error().message, done.error().hint);
        Q_EMIT failed(done.error().message);
    }
}

void SourcesPage::setIndexesSeen(const QMap<QString, QSet<QString>> &seen)
{
    m_seen = seen;
    QSet<QString> pinned;
    if (m_document->isOpen()) {
        for (const SourcePin &pin : m_document->project().sources())
            pinned.insert(QString::fromStdString(normalizePackageName(pin.package)));
    }
    QStringList risky;
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        if (it.value().size() > 1 && !pinned.contains(it.key())) {
            QStringList indexes = it.value().values();
            indexes.sort();
            risky << tr("%1 (on %2)").arg(it.key(), indexes.join(QLatin1String(", ")));
        }
    }
    m_risk->setVisible(!risky.isEmpty());
    setErrorText(m_risk,
                 tr("Found on more than one index and not pinned: %1.").arg(risky.join(QLatin1String("; "))),
                 tr("if one of them is your private package, pin it to its index so nobody can shadow it "
                    "from another index (dependency confusion)"));
}

} // namespace Envdesk::Ui
