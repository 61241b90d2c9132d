#include "environmentpage.h"

#include "projectdocument.h"
#include "uiutil.h"

#include "core/install/sync.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Envdesk::Ui {

using namespace Envdesk::Core;

namespace {

struct Snapshot
{
    QString error;
    QString python;
    QString sitePackages;
    std::vector<std::tuple<QString, QString, QString>> packages; ///< name, version, installer
};

} // namespace

EnvironmentPage::EnvironmentPage(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new QStandardItemModel(0, 3, this))
{
    m_model->setHorizontalHeaderLabels({tr("Package"), tr("Version"), tr("Installed by")});
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("environmentSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_view = makeTable(m_model, QStringLiteral("environmentView"), this);
    m_view->setAccessibleName(tr("Installed packages"));
    layout->addWidget(m_view, 1);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("environmentRefresh"));
    layout->addWidget(refreshButton, 0, Qt::AlignLeft);
    connect(refreshButton, &QPushButton::clicked, this, &EnvironmentPage::refresh);
}

void EnvironmentPage::refresh()
{
    m_model->removeRows(0, m_model->rowCount());
    if (!m_document->isOpen()) {
        m_summary->clear();
        return;
    }
    const QString venv = QDir(m_document->directory()).filePath(QStringLiteral(".venv"));
    m_summary->setText(tr("Reading %1…").arg(venv));
    const int generation = ++m_generation;
    runOffThread<Snapshot>(
        this,
        [venv]() {
            Snapshot s;
            auto info = inspectEnvironment(venv);
            if (!info) {
                s.error = info.error().message + (info.error().hint.isEmpty() ? QString()
                                                                             : QStringLiteral(" (%1)").arg(info.error().hint));
                return s;
            }
            s.python = QString::fromStdString(info->interpreter.implementation + " " + info->interpreter.version);
            s.sitePackages = info->sitePackages;
            for (const InstalledDistribution &d : installedDistributions(info->sitePackages)) {
                QFile installer(QDir(d.distInfo).filePath(QStringLiteral("INSTALLER")));
                QString by;
                if (installer.open(QIODevice::ReadOnly))
                    by = QString::fromUtf8(installer.readAll()).trimmed();
                s.packages.emplace_back(QString::fromStdString(d.name), QString::fromStdString(d.version), by);
            }
            return s;
        },
        [this, venv, generation](Snapshot s) {
            if (generation != m_generation)
                return; // a newer refresh is on its way
            if (!s.error.isEmpty()) {
                m_summary->setText(tr("No environment yet: %1. Sync creates it.").arg(s.error));
                Q_EMIT refreshed(-1);
                return;
            }
            m_summary->setText(tr("%1 at %2: %n package(s) in %3", nullptr, int(s.packages.size()))
                                   .arg(s.python, venv, s.sitePackages));
            for (const auto &[name, version, by] : s.packages)
                m_model->appendRow({new QStandardItem(name), new QStandardItem(version), new QStandardItem(by)});
            Q_EMIT refreshed(int(s.packages.size()));
        });
}

} // namespace Envdesk::Ui
