#include "sourcespage.h"

#include "projectdocument.h"
#include "uiutil.h"

#include "core/pep/name.h"
#include "core/pep/requirement.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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
    // Or from somewhere that is not an index: a folder, a file, a git repository, a URL.
    auto *direct = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("sourceKind"));
    m_kind->setAccessibleName(tr("Kind of source"));
    m_kind->addItem(tr("a folder"), QStringLiteral("folder"));
    m_kind->addItem(tr("a wheel or sdist file"), QStringLiteral("file"));
    m_kind->addItem(tr("a git repository"), QStringLiteral("git"));
    m_kind->addItem(tr("a URL"), QStringLiteral("url"));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("sourceLocation"));
    m_location->setAccessibleName(tr("Where the package comes from"));
    m_location->setPlaceholderText(tr("path, or https://… / git URL"));
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setObjectName(QStringLiteral("sourceBrowse"));
    m_revision = new QLineEdit(this);
    m_revision->setObjectName(QStringLiteral("sourceRevision"));
    m_revision->setAccessibleName(tr("Git branch, tag or commit"));
    m_revision->setPlaceholderText(tr("branch, tag or commit"));
    m_editable = new QCheckBox(tr("&Editable"), this);
    m_editable->setObjectName(QStringLiteral("sourceEditable"));
    auto *set = new QPushButton(tr("&Set source"), this);
    set->setObjectName(QStringLiteral("setSourceButton"));
    auto *fromLabel = new QLabel(tr("or comes from"), this);
    direct->addWidget(fromLabel);
    direct->addWidget(m_kind);
    direct->addWidget(m_location, 2);
    direct->addWidget(browse);
    direct->addWidget(m_revision, 1);
    direct->addWidget(m_editable);
    direct->addWidget(set);
    layout->addLayout(direct);
    auto kindChanged = [this, browse] {
        const QString kind = m_kind->currentData().toString();
        m_revision->setVisible(kind == QLatin1String("git"));
        m_editable->setVisible(kind == QLatin1String("folder"));
        browse->setVisible(kind == QLatin1String("folder") || kind == QLatin1String("file"));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, kindChanged);
    kindChanged();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_document->isOpen() ? m_document->directory() : QString();
        const QString chosen = m_kind->currentData().toString() == QLatin1String("folder")
                                   ? QFileDialog::getExistingDirectory(this, tr("Source folder"), start)
                                   : QFileDialog::getOpenFileName(this, tr("Wheel or sdist"), start,
                                                                  tr("Distributions (*.whl *.tar.gz *.zip)"));
        if (!chosen.isEmpty())
            m_location->setText(chosen);
    });
    connect(set, &QPushButton::clicked, this, &SourcesPage::setDirectSource);
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

bool SourcesPage::setDirectSource()
{
    const QString package = m_package->text().trimmed();
    const std::string name = package.toStdString();
    if (!isValidPackageName(name)) {
        setErrorText(m_status, tr("'%1' is not a valid package name").arg(package));
        return false;
    }
    const QString location = m_location->text().trimmed();
    if (location.isEmpty()) {
        setErrorText(m_status, tr("Say where %1 comes from").arg(package));
        return false;
    }
    const QString kind = m_kind->currentData().toString();
    SourcePin source;
    source.package = name;
    if (kind == QLatin1String("folder") || kind == QLatin1String("file")) {
        // Written relative to the project, as uv writes paths.
        const QDir project(m_document->directory());
        const QString absolute = QDir::cleanPath(project.absoluteFilePath(location));
        if (kind == QLatin1String("folder") ? !QFileInfo(absolute).isDir() : !QFileInfo(absolute).isFile()) {
            setErrorText(m_status, kind == QLatin1String("folder") ? tr("There is no folder %1").arg(absolute)
                                                                   : tr("There is no file %1").arg(absolute));
            return false;
        }
        source.kind = SourcePin::Kind::Path;
        source.path = project.relativeFilePath(absolute).toStdString();
        source.editable = kind == QLatin1String("folder") && m_editable->isChecked();
    } else {
        const QUrl url(location);
        if (!url.isValid() || url.scheme().isEmpty()) {
            setErrorText(m_status, tr("'%1' is not a URL").arg(location));
            return false;
        }
        source.kind = kind == QLatin1String("git") ? SourcePin::Kind::Git : SourcePin::Kind::Url;
        source.url = location.startsWith(QLatin1String("git+")) ? location.mid(4).toStdString() : location.toStdString();
        source.rev = kind == QLatin1String("git") ? m_revision->text().trimmed().toStdString() : std::string();
    }
    auto done = m_document->edit(tr("Set the source of %1").arg(package),
                                 [&](PyProject &p) { return p.setSource(source); });
    if (!done) {
        setErrorText(m_status, done.error().message, done.error().hint);
        Q_EMIT failed(done.error().message);
        return false;
    }
    // uv applies sources to the packages the project declares only.
    bool declared = false;
    const PyProject &project = m_document->project();
    auto declares = [&](const std::vector<std::string> &texts) {
        for (const std::string &text : texts) {
            if (auto r = Requirement::parse(text); r && normalizePackageName(r->name()) == normalizePackageName(name))
                declared = true;
        }
    };
    declares(project.dependencies());
    for (const auto &[extra, entries] : project.optionalDependencies())
        declares(entries);
    for (const auto &[group, entries] : project.dependencyGroups())
        declares(entries);
    if (declared) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("%1 now comes from %2.").arg(package, location));
    } else {
        setErrorText(m_status, tr("%1 now comes from %2, but the project does not depend on it").arg(package, location),
                     tr("add it on the Dependencies page: sources apply to the project's own dependencies"));
    }
    m_package->clear();
    m_location->clear();
    m_revision->clear();
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
