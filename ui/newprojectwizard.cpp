#include "newprojectwizard.h"

#include "requirementassist.h"
#include "uiutil.h"

#include "core/pep/name.h"
#include "core/pep/requirement.h"
#include "core/pep/specifier.h"
#include "core/project/importer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace Envdesk::Ui {

using namespace Envdesk::Core;

NewProjectWizard::NewProjectWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("newProjectWizard"));
    setWindowTitle(tr("New Project"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    // The folder and the name.
    auto *location = new QWizardPage(this);
    location->setTitle(tr("Where the project lives"));
    location->setSubTitle(tr("envdesk writes pyproject.toml into this folder; it makes the folder when needed."));
    auto *locationForm = new QFormLayout(location);
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(location);
    m_folder->setObjectName(QStringLiteral("wizardFolder"));
    m_folder->setAccessibleName(tr("Project folder"));
    auto *browse = new QPushButton(tr("&Browse…"), location);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder:"), location);
    folderLabel->setBuddy(m_folder);
    locationForm->addRow(folderLabel, folderRow);
    m_name = new QLineEdit(location);
    m_name->setObjectName(QStringLiteral("wizardName"));
    m_name->setAccessibleName(tr("Project name"));
    auto *nameLabel = new QLabel(tr("&Name:"), location);
    nameLabel->setBuddy(m_name);
    locationForm->addRow(nameLabel, m_name);
    m_error = new QLabel(location);
    m_error->setObjectName(QStringLiteral("wizardError"));
    m_error->setWordWrap(true);
    locationForm->addRow(m_error);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Project folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_folder, &QLineEdit::textChanged, this, [this](const QString &folder) {
        // The folder's name is the project's, until the user types one.
        if (!m_name->isModified())
            m_name->setText(QFileInfo(folder).fileName());
    });
    setPage(LocationPage, location);

    // The interpreter and requires-python.
    auto *python = new QWizardPage(this);
    python->setTitle(tr("Python"));
    python->setSubTitle(tr("The interpreter for the project's environment, from the ones on this machine."));
    auto *pythonLayout = new QVBoxLayout(python);
    m_interpreters = new QTreeWidget(python);
    m_interpreters->setObjectName(QStringLiteral("wizardInterpreters"));
    m_interpreters->setAccessibleName(tr("Python interpreters"));
    m_interpreters->setHeaderLabels({tr("Version"), tr("Implementation"), tr("Path"), tr("Found in")});
    m_interpreters->setRootIsDecorated(false);
    m_interpreters->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    pythonLayout->addWidget(m_interpreters, 1);
    auto *rpForm = new QFormLayout;
    m_requiresPython = new QLineEdit(python);
    m_requiresPython->setObjectName(QStringLiteral("wizardRequiresPython"));
    m_requiresPython->setAccessibleName(tr("Requires Python"));
    auto *rpLabel = new QLabel(tr("&Requires Python:"), python);
    rpLabel->setBuddy(m_requiresPython);
    rpForm->addRow(rpLabel, m_requiresPython);
    pythonLayout->addLayout(rpForm);
    connect(m_interpreters, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        // ">=3.12" for a 3.12 interpreter, unless the user wrote something else.
        const QStringList parts = item->text(0).split(QLatin1Char('.'));
        if (parts.size() >= 2 && !m_requiresPython->isModified())
            m_requiresPython->setText(QStringLiteral(">=%1.%2").arg(parts[0], parts[1]));
    });
    setPage(InterpreterPage, python);

    // The index.
    auto *index = new QWizardPage(this);
    index->setTitle(tr("Package index"));
    index->setSubTitle(tr("Where packages come from. A private index becomes the default index, in place of PyPI."));
    auto *indexForm = new QFormLayout(index);
    m_preset = new QComboBox(index);
    m_preset->setObjectName(QStringLiteral("wizardPreset"));
    m_preset->setAccessibleName(tr("Kind of index"));
    for (const IndexPreset &p : indexPresets())
        m_preset->addItem(p.label, p.id);
    auto *presetLabel = new QLabel(tr("&Kind:"), index);
    presetLabel->setBuddy(m_preset);
    indexForm->addRow(presetLabel, m_preset);
    m_indexName = new QLineEdit(index);
    m_indexName->setObjectName(QStringLiteral("wizardIndexName"));
    m_indexName->setAccessibleName(tr("Index name"));
    auto *indexNameLabel = new QLabel(tr("N&ame:"), index);
    indexNameLabel->setBuddy(m_indexName);
    indexForm->addRow(indexNameLabel, m_indexName);
    m_indexUrl = new QLineEdit(index);
    m_indexUrl->setObjectName(QStringLiteral("wizardIndexUrl"));
    m_indexUrl->setAccessibleName(tr("Index URL"));
    auto *urlLabel = new QLabel(tr("&URL:"), index);
    urlLabel->setBuddy(m_indexUrl);
    indexForm->addRow(urlLabel, m_indexUrl);
    m_credentials = new QLabel(index);
    m_credentials->setObjectName(QStringLiteral("wizardCredentials"));
    m_credentials->setWordWrap(true);
    indexForm->addRow(tr("Credentials:"), m_credentials);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &NewProjectWizard::presetChosen);
    setPage(IndexPage, index);

    // The first dependencies.
    auto *deps = new QWizardPage(this);
    deps->setTitle(tr("First dependencies"));
    deps->setSubTitle(tr("One requirement per line (PEP 508), e.g. requests>=2.31. You can add more later."));
    auto *depsLayout = new QVBoxLayout(deps);
    // A line with completion from the chosen index (names, then versions), added to the list below.
    auto *addRow = new QHBoxLayout;
    m_dependencyEdit = new QLineEdit(deps);
    m_dependencyEdit->setObjectName(QStringLiteral("wizardDependencyEdit"));
    m_dependencyEdit->setAccessibleName(tr("Requirement to add"));
    m_dependencyEdit->setPlaceholderText(tr("type a name: the index's projects and versions are offered"));
    auto *addDependency = new QPushButton(tr("&Add"), deps);
    addDependency->setObjectName(QStringLiteral("wizardAddDependency"));
    addRow->addWidget(m_dependencyEdit, 1);
    addRow->addWidget(addDependency);
    depsLayout->addLayout(addRow);
    m_dependencies = new QPlainTextEdit(deps);
    m_dependencies->setObjectName(QStringLiteral("wizardDependencies"));
    m_dependencies->setAccessibleName(tr("First dependencies"));
    m_dependencies->setTabChangesFocus(true);
    depsLayout->addWidget(m_dependencies, 1);
    m_assist = new RequirementAssist(
        m_dependencyEdit,
        [this]() -> std::optional<IndexLookupRequest> {
            // The index the project will use: the preset's URL once it is filled in, or PyPI.
            const bool pypi = m_preset->currentData().toString() == QLatin1String("pypi");
            const QString url = pypi ? QStringLiteral("https://pypi.org/simple") : m_indexUrl->text().trimmed();
            if (url.contains(QLatin1Char('{')) || QUrl(url).host().isEmpty())
                return std::nullopt;
            // The folder has no pyproject.toml yet: only this index is asked, with the folder's
            // settings for it.
            IndexLookupRequest request;
            request.indexUrls = {url};
            const QString folder = m_folder->text().trimmed();
            if (!folder.isEmpty())
                request.projectFile = QDir(folder).filePath(QStringLiteral("pyproject.toml"));
            return request;
        },
        this);
    connect(m_assist, &RequirementAssist::namesShown, this, &NewProjectWizard::namesShown);
    auto add = [this] {
        const QString text = m_dependencyEdit->text().trimmed();
        if (text.isEmpty())
            return;
        if (auto r = Requirement::parse(text.toStdString()); !r) {
            setErrorText(m_dependencyStatus, tr("Not a valid requirement: %1").arg(r.error().message), r.error().hint);
            return;
        }
        m_dependencies->appendPlainText(text);
        m_dependencyEdit->clear();
    };
    connect(addDependency, &QPushButton::clicked, this, add);
    connect(m_dependencyEdit, &QLineEdit::returnPressed, this, add);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == DependenciesPage)
            m_assist->reset(); // the index may have changed
    });
    m_dependencyStatus = new QLabel(deps);
    m_dependencyStatus->setObjectName(QStringLiteral("wizardDependencyStatus"));
    m_dependencyStatus->setWordWrap(true);
    depsLayout->addWidget(m_dependencyStatus);
    // Or start from what the project used before: its Pipfile, requirements file or pip.conf.
    auto *importRow = new QHBoxLayout;
    auto *importLabel = new QLabel(tr("&Start from:"), deps);
    m_importFile = new QLineEdit(deps);
    m_importFile->setObjectName(QStringLiteral("wizardImportFile"));
    m_importFile->setPlaceholderText(tr("a Pipfile, requirements.txt or pip.conf (optional)"));
    importLabel->setBuddy(m_importFile);
    auto *browseImport = new QPushButton(tr("Bro&wse…"), deps);
    importRow->addWidget(importLabel);
    importRow->addWidget(m_importFile, 1);
    importRow->addWidget(browseImport);
    depsLayout->addLayout(importRow);
    auto previewImport = [this] {
        const QString file = m_importFile->text().trimmed();
        if (file.isEmpty()) {
            m_dependencyStatus->clear();
            return;
        }
        auto plan = readImport(file);
        if (!plan) {
            setErrorText(m_dependencyStatus, plan.error().toString());
            return;
        }
        m_dependencyStatus->setStyleSheet(QString());
        m_dependencyStatus->setText(
            tr("%1: %2 index(es), %3 dependencies, %4 source(s), %5 warning(s); imported when the project is created")
                .arg(QFileInfo(file).fileName())
                .arg(plan->indexes.size())
                .arg(plan->dependencies.size() + plan->devDependencies.size())
                .arg(plan->sources.size())
                .arg(plan->warnings.size()));
    };
    connect(m_importFile, &QLineEdit::editingFinished, this, previewImport);
    connect(browseImport, &QPushButton::clicked, this, [this, previewImport] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Start from"), m_folder->text().trimmed(),
            tr("Pipfile, requirements, pip.conf (Pipfile *.txt *.in pip.conf pip.ini);;All files (*)"));
        if (file.isEmpty())
            return;
        m_importFile->setText(file);
        previewImport();
    });
    m_syncNow = new QCheckBox(tr("&Lock and sync the dependencies now (watch the log)"), deps);
    m_syncNow->setObjectName(QStringLiteral("wizardSyncNow"));
    m_syncNow->setChecked(true);
    depsLayout->addWidget(m_syncNow);
    connect(m_dependencies, &QPlainTextEdit::textChanged, this, [this] {
        int line = 0;
        for (const QString &text : m_dependencies->toPlainText().split(QLatin1Char('\n'))) {
            ++line;
            if (text.trimmed().isEmpty())
                continue;
            if (auto r = Requirement::parse(text.trimmed().toStdString()); !r) {
                setErrorText(m_dependencyStatus, tr("Line %1: %2").arg(line).arg(r.error().message), r.error().hint);
                return;
            }
        }
        m_dependencyStatus->setStyleSheet(QString());
        m_dependencyStatus->clear();
    });
    setPage(DependenciesPage, deps);

    presetChosen(0);
    discover();
}

void NewProjectWizard::presetChosen(int row)
{
    const QList<IndexPreset> presets = indexPresets();
    if (row < 0 || row >= presets.size())
        return;
    const IndexPreset &p = presets[row];
    const bool pypi = p.id == QLatin1String("pypi");
    m_indexName->setEnabled(!pypi);
    m_indexUrl->setEnabled(!pypi);
    m_indexName->setText(p.name);
    m_indexUrl->setText(p.urlTemplate);
    m_credentials->setText(p.credentials);
    if (!pypi) {
        // Select the first placeholder, ready to be typed over.
        const int at = p.urlTemplate.indexOf(QLatin1Char('{'));
        if (at >= 0)
            m_indexUrl->setSelection(at, p.urlTemplate.indexOf(QLatin1Char('}'), at) - at + 1);
    }
}

void NewProjectWizard::discover()
{
    auto *waiting = new QTreeWidgetItem(m_interpreters, {tr("Looking for Python interpreters…")});
    waiting->setFlags(Qt::NoItemFlags);
    runOffThread<InterpreterDiscovery>(
        this, [] { return discoverInterpreters(); },
        [this](InterpreterDiscovery found) {
            m_interpreters->clear();
            for (const FoundInterpreter &i : found.interpreters) {
                auto *item = new QTreeWidgetItem(
                    m_interpreters, {QString::fromStdString(i.info.version), QString::fromStdString(i.info.implementation),
                                     i.path, i.source});
                item->setData(0, Qt::UserRole, i.path);
            }
            for (const QString &p : found.problems)
                Q_EMIT logLine(tr("interpreter skipped: %1").arg(p));
            if (found.interpreters.empty()) {
                auto *none = new QTreeWidgetItem(m_interpreters, {tr("No Python found: install python3, then try again.")});
                none->setFlags(Qt::NoItemFlags);
            } else {
                m_interpreters->setCurrentItem(m_interpreters->topLevelItem(0));
            }
            Q_EMIT interpretersFound(int(found.interpreters.size()));
        });
}

QString NewProjectWizard::interpreterPath() const
{
    const QTreeWidgetItem *item = m_interpreters->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

Expected<PyProject> NewProjectWizard::buildProject(QStringList *notes) const
{
    const QString folder = QDir::cleanPath(m_folder->text().trimmed());
    auto project = PyProject::newProject(folder, m_name->text().trimmed().toStdString(),
                                         m_requiresPython->text().trimmed().toStdString());
    if (!project)
        return project;
    if (m_preset->currentData().toString() != QLatin1String("pypi")) {
        const QString url = m_indexUrl->text().trimmed();
        if (url.contains(QLatin1Char('{')) || !QUrl(url).isValid() || QUrl(url).host().isEmpty()) {
            Error e;
            e.code = ErrorCode::InvalidProject;
            e.message = tr("'%1' is not a complete index URL").arg(url);
            e.hint = tr("replace every {placeholder} with your organization's value");
            return std::unexpected(e);
        }
        IndexConfig index;
        index.name = m_indexName->text().trimmed().toStdString();
        index.url = url.toStdString();
        index.isDefault = true;
        if (auto added = project->addIndex(index); !added)
            return std::unexpected(added.error());
    }
    int line = 0;
    for (const QString &text : m_dependencies->toPlainText().split(QLatin1Char('\n'))) {
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        if (auto added = project->addDependency(text.trimmed().toStdString()); !added) {
            Error e = added.error();
            e.message = tr("dependency on line %1: %2").arg(line).arg(e.message);
            return std::unexpected(e);
        }
    }
    if (const QString file = m_importFile->text().trimmed(); !file.isEmpty()) {
        auto plan = readImport(file);
        if (!plan)
            return std::unexpected(plan.error());
        auto done = applyImport(*project, *plan);
        if (!done)
            return std::unexpected(done.error());
        if (notes) {
            for (const Diagnostic &warning : plan->warnings)
                notes->append(tr("%1:%2: %3").arg(QFileInfo(warning.file).fileName()).arg(warning.line).arg(warning.message));
            for (const QString &line : *done)
                notes->append(line);
        }
    }
    return project;
}

bool NewProjectWizard::validateCurrentPage()
{
    m_error->clear();
    switch (currentId()) {
    case LocationPage: {
        const QString folder = m_folder->text().trimmed();
        if (folder.isEmpty() || QDir::isRelativePath(folder)) {
            setErrorText(m_error, tr("Choose a folder (a full path)."));
            return false;
        }
        if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("pyproject.toml")))) {
            setErrorText(m_error, tr("%1 already has a pyproject.toml.").arg(folder),
                         tr("open it with Open Project instead, or choose another folder"));
            return false;
        }
        if (!isValidPackageName(m_name->text().trimmed().toStdString())) {
            setErrorText(m_error, tr("'%1' is not a valid project name.").arg(m_name->text().trimmed()),
                         tr("use letters, digits, '.', '-' and '_', starting and ending with a letter or digit"));
            return false;
        }
        return true;
    }
    case InterpreterPage: {
        const QString rp = m_requiresPython->text().trimmed();
        if (!rp.isEmpty()) {
            if (auto s = SpecifierSet::parse(rp.toStdString()); !s) {
                setErrorText(m_error, tr("requires-python: %1").arg(s.error().message));
                showError(this, tr("New Project"), s.error());
                return false;
            }
        }
        return true;
    }
    case IndexPage:
    case DependenciesPage: {
        auto built = buildProject();
        if (!built && (currentId() == DependenciesPage || built.error().code == ErrorCode::InvalidProject)) {
            showError(this, tr("New Project"), built.error());
            return false;
        }
        return true;
    }
    default:
        return true;
    }
}

void NewProjectWizard::accept()
{
    QStringList notes;
    auto project = buildProject(&notes);
    if (!project) {
        showError(this, tr("New Project"), project.error());
        return;
    }
    const QString folder = QFileInfo(project->filePath()).absolutePath();
    if (!QDir().mkpath(folder)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = folder;
        e.message = tr("cannot make the folder %1").arg(folder);
        showError(this, tr("New Project"), e);
        return;
    }
    if (auto saved = project->save(); !saved) {
        showError(this, tr("New Project"), saved.error());
        return;
    }
    for (const QString &note : notes)
        Q_EMIT logLine(note);
    Q_EMIT logLine(tr("created %1").arg(project->filePath()));
    QWizard::accept();
    Q_EMIT projectCreated(project->filePath(), interpreterPath(), m_syncNow->isChecked());
}

} // namespace Envdesk::Ui
