#include "dependenciespage.h"

#include "projectdocument.h"
#include "requirementassist.h"
#include "uiutil.h"

#include "core/pep/name.h"
#include "core/pep/requirement.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace Envdesk::Ui {

using namespace Envdesk::Core;

namespace {

enum Roles { KindRole = Qt::UserRole + 1, TargetRole, PackageRole };

DependencyTarget targetOf(int kind, const QString &name)
{
    if (kind == 1)
        return DependencyTarget::extra(name.toStdString());
    if (kind == 2)
        return DependencyTarget::group(name.toStdString());
    return DependencyTarget::main();
}

} // namespace

DependenciesPage::DependenciesPage(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new QStandardItemModel(0, 2, this))
{
    m_model->setHorizontalHeaderLabels({tr("Requirement"), tr("Where")});
    auto *layout = new QVBoxLayout(this);
    m_view = makeTable(m_model, QStringLiteral("dependenciesView"), this);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("Requirements"));
    layout->addWidget(m_view, 1);

    auto *form = new QFormLayout;
    auto *targetRow = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("dependencyKind"));
    m_kind->addItems({tr("Dependencies"), tr("Optional (extra)"), tr("Dependency group")});
    m_kind->setAccessibleName(tr("Where the requirement goes"));
    m_targetName = new QLineEdit(this);
    m_targetName->setObjectName(QStringLiteral("dependencyTargetName"));
    m_targetName->setPlaceholderText(tr("extra or group name, e.g. dev"));
    m_targetName->setAccessibleName(tr("Extra or group name"));
    m_targetName->setEnabled(false);
    targetRow->addWidget(m_kind);
    targetRow->addWidget(m_targetName, 1);
    auto *addTo = new QLabel(tr("Add &to:"), this);
    addTo->setBuddy(m_kind);
    form->addRow(addTo, targetRow);

    auto *reqRow = new QHBoxLayout;
    m_requirement = new QLineEdit(this);
    m_requirement->setObjectName(QStringLiteral("requirementEdit"));
    m_requirement->setPlaceholderText(tr("a PEP 508 requirement, e.g. requests>=2.31; python_version >= \"3.9\""));
    m_requirement->setAccessibleName(tr("Requirement"));
    m_assist = new RequirementAssist(
        m_requirement,
        [this]() -> std::optional<IndexLookupRequest> {
            if (!m_document->isOpen())
                return std::nullopt;
            IndexLookupRequest request;
            request.projectFile = m_document->filePath();
            return request;
        },
        this);
    connect(m_assist, &RequirementAssist::namesShown, this, &DependenciesPage::namesShown);
    connect(m_assist, &RequirementAssist::versionsShown, this,
            [this](const QString &package, int count, const QString &newest) {
                if (count > 0 && m_status->styleSheet().isEmpty()
                    && m_status->text().endsWith(QLatin1Char('.')) && !m_status->text().contains(newest + QLatin1Char('.')))
                    m_status->setText(m_status->text() + QLatin1Char(' ')
                                      + tr("%n version(s) on the indexes, the newest %1.", nullptr, count).arg(newest));
                Q_EMIT versionsShown(package, count);
            });
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addDependency"));
    m_add->setEnabled(false);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeDependency"));
    m_remove->setEnabled(false);
    reqRow->addWidget(m_requirement, 1);
    reqRow->addWidget(m_add);
    reqRow->addWidget(m_remove);
    auto *reqLabel = new QLabel(tr("Re&quirement:"), this);
    reqLabel->setBuddy(m_requirement);
    form->addRow(reqLabel, reqRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("requirementStatus"));
    m_status->setWordWrap(true);
    form->addRow(QString(), m_status);
    layout->addLayout(form);
    setTabOrder(m_view, m_kind);
    setTabOrder(m_kind, m_targetName);
    setTabOrder(m_targetName, m_requirement);
    setTabOrder(m_requirement, m_add);
    setTabOrder(m_add, m_remove);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int kind) {
        m_targetName->setEnabled(kind != 0);
        validate();
    });
    connect(m_targetName, &QLineEdit::textChanged, this, &DependenciesPage::validate);
    connect(m_requirement, &QLineEdit::textChanged, this, &DependenciesPage::validate);
    connect(m_requirement, &QLineEdit::returnPressed, this, [this] { addTyped(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addTyped(); });
    connect(m_remove, &QPushButton::clicked, this, &DependenciesPage::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_view->selectionModel()->hasSelection()); });
    // Double-click or Enter on a row puts it in the editor.
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &i) { editRow(i.row()); });
    connect(m_document, &ProjectDocument::changed, this, &DependenciesPage::refresh);
    refresh();
    validate();
}

DependenciesPage::~DependenciesPage() = default;

void DependenciesPage::refresh()
{
    if (m_document->isOpen() && m_document->directory() != m_assistFor) {
        // Another project: its indexes may list other names.
        m_assistFor = m_document->directory();
        m_assist->reset();
    }
    m_model->removeRows(0, m_model->rowCount());
    m_editing.reset();
    m_add->setText(tr("&Add"));
    if (!m_document->isOpen())
        return;
    const PyProject &project = m_document->project();
    auto add = [this](const std::string &req, int kind, const QString &target, const QString &where) {
        auto *item = new QStandardItem(QString::fromStdString(req));
        item->setData(kind, KindRole);
        item->setData(target, TargetRole);
        auto parsed = Requirement::parse(req);
        item->setData(parsed ? QString::fromStdString(parsed->name()) : QString(), PackageRole);
        m_model->appendRow({item, new QStandardItem(where)});
    };
    for (const std::string &d : project.dependencies())
        add(d, 0, {}, tr("dependencies"));
    for (const auto &[extra, list] : project.optionalDependencies()) {
        const QString name = QString::fromStdString(extra);
        for (const std::string &d : list)
            add(d, 1, name, tr("extra %1").arg(name));
    }
    for (const auto &[group, list] : project.dependencyGroups()) {
        const QString name = QString::fromStdString(group);
        for (const std::string &d : list)
            add(d, 2, name, tr("group %1").arg(name));
    }
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
}

void DependenciesPage::validate()
{
    const QString text = m_requirement->text().trimmed();
    const bool needsName = m_kind->currentIndex() != 0;
    const QString target = m_targetName->text().trimmed();
    if (text.isEmpty()) {
        m_status->setText(tr("Type a requirement: a name, optionally with extras, versions and a marker."));
        m_add->setEnabled(false);
        return;
    }
    auto parsed = Requirement::parse(text.toStdString());
    if (!parsed) {
        setErrorText(m_status, tr("Not a valid requirement: %1").arg(parsed.error().message),
                     parsed.error().hint);
        m_add->setEnabled(false);
        return;
    }
    if (needsName && !isValidPackageName(target.toStdString())) {
        setErrorText(m_status, target.isEmpty() ? tr("Name the extra or group.")
                                                : tr("'%1' is not a valid extra or group name.").arg(target));
        m_add->setEnabled(false);
        return;
    }
    const QString name = QString::fromStdString(parsed->name());
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Valid requirement on %1.").arg(name));
    m_add->setEnabled(true);
}

bool DependenciesPage::addTyped()
{
    if (!m_add->isEnabled())
        return false;
    const std::string requirement = m_requirement->text().trimmed().toStdString();
    const DependencyTarget target = targetOf(m_kind->currentIndex(), m_targetName->text().trimmed());
    const auto editing = m_editing;
    auto done = m_document->edit(tr("Add %1").arg(QString::fromStdString(requirement)), [&](PyProject &p) {
        // Editing a row replaces it, even when the name changed.
        if (editing) {
            const auto &[kind, where, package] = *editing;
            if (auto r = p.removeDependency(package.toStdString(), targetOf(kind, where)); !r)
                return r;
        }
        return p.addDependency(requirement, target);
    });
    if (!done) {
        setErrorText(m_status, done.error().message, done.error().hint);
        Q_EMIT failed(done.error().message);
        return false;
    }
    m_editing.reset();
    m_add->setText(tr("&Add"));
    m_requirement->clear();
    return true;
}

void DependenciesPage::removeSelected()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    // One package listed twice in one place (with different markers) is removed once.
    std::set<std::tuple<int, QString, QString>> targets;
    for (const QModelIndex &i : rows)
        targets.emplace(i.data(KindRole).toInt(), i.data(TargetRole).toString(),
                        i.data(PackageRole).toString());
    QStringList names;
    for (const auto &t : targets)
        names << std::get<2>(t);
    auto done = m_document->edit(tr("Remove %1").arg(names.join(QLatin1String(", "))), [&](PyProject &p) {
        for (const auto &[kind, target, package] : targets) {
            if (auto r = p.removeDependency(package.toStdString(), targetOf(kind, target)); !r)
                return r;
        }
        return Expected<void>{};
    });
    if (!done) {
        setErrorText(m_status, done.error().message, done.error().hint);
        Q_EMIT failed(done.error().message);
    }
}

void DependenciesPage::editRow(int row)
{
    const QModelIndex i = m_model->index(row, 0);
    m_kind->setCurrentIndex(i.data(KindRole).toInt());
    m_targetName->setText(i.data(TargetRole).toString());
    m_requirement->setText(i.data().toString());
    m_editing = std::make_tuple(i.data(KindRole).toInt(), i.data(TargetRole).toString(),
                                i.data(PackageRole).toString());
    m_add->setText(tr("&Replace"));
    m_requirement->setFocus();
}

} // namespace Envdesk::Ui
