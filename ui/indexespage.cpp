#include "indexespage.h"

#include "projectdocument.h"
#include "uiutil.h"

#include "core/jobs/doctorjob.h"
#include "core/net/credentials.h"
#include "core/net/httpclient.h"
#include "core/net/secretstore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace Envdesk::Ui {

using namespace Envdesk::Core;

namespace {

const char *const kRowMime = "application/x-envdesk-index-row";

struct StrategyInfo
{
    const char *value;
    const char *label;
    const char *help;
};

// uv's three strategies, explained for people who have never read the dependency-confusion story.
const StrategyInfo kStrategies[] = {
    {"first-index", QT_TRANSLATE_NOOP("Envdesk::Ui::IndexesPage", "First index (safe, the default)"),
     QT_TRANSLATE_NOOP("Envdesk::Ui::IndexesPage",
                       "A package comes only from the first index, in the order above, that has it. "
                       "An attacker who publishes the same name on a later index (PyPI) is never "
                       "asked. A 401 or 403 stops the search instead of falling through.")},
    {"unsafe-first-match", QT_TRANSLATE_NOOP("Envdesk::Ui::IndexesPage", "First match (unsafe)"),
     QT_TRANSLATE_NOOP("Envdesk::Ui::IndexesPage",
                       "Every index is searched, in order, for a version that fits; the first "
                       "index with a fitting version wins. A later index can supply a package "
                       "the first one also has: pin private packages in Sources.")},
    {"unsafe-best-match", QT_TRANSLATE_NOOP("Envdesk::Ui::IndexesPage", "Best match (unsafe, like pip)"),
     QT_TRANSLATE_NOOP("Envdesk::Ui::IndexesPage",
                       "The best version from any index wins, as pip's --extra-index-url does. "
                       "Anyone who can publish a higher version of your private package's name on "
                       "any of these indexes gets it installed.")},
};

std::vector<int> parseCodes(const QString &text, bool *ok)
{
    std::vector<int> codes;
    *ok = true;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        bool isNumber = false;
        const int code = part.toInt(&isNumber);
        if (!isNumber || code < 100 || code > 599) {
            *ok = false;
            return {};
        }
        codes.push_back(code);
    }
    return codes;
}

} // namespace

IndexListModel::IndexListModel(std::function<bool(int, int)> move, QObject *parent)
    : QAbstractListModel(parent)
    , m_move(std::move(move))
{
}

void IndexListModel::setIndexes(std::vector<IndexConfig> indexes)
{
    beginResetModel();
    m_indexes = std::move(indexes);
    endResetModel();
}

int IndexListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_indexes.size());
}

QVariant IndexListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndexConfig &c = m_indexes[std::size_t(index.row())];
    const QString url = redactedUrl(QUrl(QString::fromStdString(c.url)));
    const QString name = c.name.empty() ? tr("(unnamed)") : QString::fromStdString(c.name);
    switch (role) {
    case Qt::DisplayRole: {
        QStringList roles;
        if (c.isDefault)
            roles << tr("default");
        if (c.isExplicit)
            roles << tr("explicit");
        return QStringLiteral("%1. %2%3").arg(index.row() + 1).arg(name,
                   roles.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(roles.join(QLatin1String(", "))));
    }
    case Qt::ToolTipRole:
        return url;
    case Qt::AccessibleTextRole:
        return tr("%1, priority %2, %3").arg(name).arg(index.row() + 1).arg(url);
    default:
        return {};
    }
}

Qt::ItemFlags IndexListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land between rows, never on one
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions IndexListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList IndexListModel::mimeTypes() const
{
    return {QString::fromLatin1(kRowMime)};
}

QMimeData *IndexListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kRowMime), QByteArray::number(indexes.first().row()));
    return data;
}

bool IndexListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(QString::fromLatin1(kRowMime));
}

bool IndexListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(QString::fromLatin1(kRowMime)).toInt(&ok);
    if (!ok || from < 0 || from >= rowCount())
        return false;
    const int before = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    moveRows({}, from, 1, {}, before);
    // The move is done (or refused): the view must not remove the dragged row itself.
    return false;
}

bool IndexListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // destinationChild is "insert before this row"; the edit wants the final position.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    return m_move(sourceRow, to);
}

IndexesPage::IndexesPage(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_list = new IndexListModel(
        [this](int from, int to) {
            auto done = m_document->edit(tr("Move index"), [&](PyProject &p) {
                return p.moveIndex(std::size_t(from), std::size_t(to));
            });
            if (!done) {
                setErrorText(m_status, done.error().message, done.error().hint);
                Q_EMIT failed(done.error().message);
                return false;
            }
            selectIndex(to);
            return true;
        },
        this);

    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("indexList"));
    m_view->setAccessibleName(tr("Indexes in priority order"));
    m_view->setModel(m_list);
    // DragDrop rather than InternalMove: the model makes the move itself (as an edit of the file)
    // and refuses to have the dragged row removed, which InternalMove would not let it do.
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDropIndicatorShown(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    left->addWidget(new QLabel(tr("Asked in this order (drag to reorder):"), this));
    left->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    auto *up = new QPushButton(tr("Move &up"), this);
    up->setObjectName(QStringLiteral("indexUp"));
    up->setToolTip(tr("Raise the selected index's priority (Alt+Up in the list)"));
    auto *down = new QPushButton(tr("Move &down"), this);
    down->setObjectName(QStringLiteral("indexDown"));
    down->setToolTip(tr("Lower the selected index's priority (Alt+Down in the list)"));
    auto *add = new QPushButton(tr("Add &index"), this);
    add->setObjectName(QStringLiteral("addIndex"));
    auto *remove = new QPushButton(tr("Remo&ve"), this);
    remove->setObjectName(QStringLiteral("removeIndex"));
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    left->addLayout(buttons);
    auto *strategyBox = new QGroupBox(tr("Index strategy"), this);
    auto *strategyLayout = new QVBoxLayout(strategyBox);
    m_strategy = new QComboBox(strategyBox);
    m_strategy->setObjectName(QStringLiteral("indexStrategy"));
    m_strategy->setAccessibleName(tr("Index strategy"));
    for (const StrategyInfo &s : kStrategies)
        m_strategy->addItem(tr(s.label), QString::fromLatin1(s.value));
    m_strategyHelp = new QLabel(strategyBox);
    m_strategyHelp->setObjectName(QStringLiteral("indexStrategyHelp"));
    m_strategyHelp->setWordWrap(true);
    strategyLayout->addWidget(m_strategy);
    strategyLayout->addWidget(m_strategyHelp);
    left->addWidget(strategyBox);
    layout->addLayout(left, 2);

    // The form, the credentials and the report scroll together, so a long report or a small
    // screen never squeezes the report out of sight.
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *rightWidget = new QWidget(scroll);
    auto *right = new QVBoxLayout(rightWidget);
    right->setContentsMargins(0, 0, 0, 0);
    auto *formBox = new QGroupBox(tr("Selected index"), this);
    auto *form = new QFormLayout(formBox);
    auto field = [&](QWidget *w, const QString &name, const QString &label) {
        w->setObjectName(name);
        w->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        auto *l = new QLabel(label, formBox);
        l->setBuddy(w);
        form->addRow(l, w);
    };
    m_name = new QLineEdit(formBox);
    field(m_name, QStringLiteral("indexName"), tr("&Name:"));
    m_url = new QLineEdit(formBox);
    field(m_url, QStringLiteral("indexUrl"), tr("U&RL:"));
    m_default = new QCheckBox(tr("Replaces PyPI as the default index"), formBox);
    field(m_default, QStringLiteral("indexDefault"), tr("De&fault:"));
    m_explicit = new QCheckBox(tr("Only for packages pinned to it in Sources"), formBox);
    field(m_explicit, QStringLiteral("indexExplicit"), tr("E&xplicit:"));
    m_format = new QComboBox(formBox);
    m_format->addItem(tr("Simple API (PEP 503 / 691)"), QStringLiteral("simple"));
    m_format->addItem(tr("Flat (a page or folder of files)"), QStringLiteral("flat"));
    field(m_format, QStringLiteral("indexFormat"), tr("F&ormat:"));
    m_authenticate = new QComboBox(formBox);
    m_authenticate->addItem(tr("When the index asks (auto)"), QStringLiteral("auto"));
    m_authenticate->addItem(tr("Always (fail without credentials)"), QStringLiteral("always"));
    m_authenticate->addItem(tr("Never"), QStringLiteral("never"));
    field(m_authenticate, QStringLiteral("indexAuthenticate"), tr("&Authenticate:"));
    m_ignoreCodes = new QLineEdit(formBox);
    m_ignoreCodes->setPlaceholderText(tr("e.g. 401, 403: treated like 404"));
    field(m_ignoreCodes, QStringLiteral("indexIgnoreCodes"), tr("I&gnore error codes:"));
    m_publishUrl = new QLineEdit(formBox);
    field(m_publishUrl, QStringLiteral("indexPublishUrl"), tr("&Publish URL:"));
    right->addWidget(formBox);

    auto *credBox = new QGroupBox(tr("Credentials"), this);
    auto *credLayout = new QFormLayout(credBox);
    m_credentialSource = new QLabel(credBox);
    m_credentialSource->setObjectName(QStringLiteral("credentialSource"));
    m_credentialSource->setWordWrap(true);
    credLayout->addRow(m_credentialSource);
    m_username = new QLineEdit(credBox);
    m_username->setObjectName(QStringLiteral("credentialUsername"));
    m_username->setAccessibleName(tr("User name"));
    m_secret = new QLineEdit(credBox);
    m_secret->setObjectName(QStringLiteral("credentialSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Password or token"));
    auto *userLabel = new QLabel(tr("&User:"), credBox);
    userLabel->setBuddy(m_username);
    auto *secretLabel = new QLabel(tr("Pass&word or token:"), credBox);
    secretLabel->setBuddy(m_secret);
    credLayout->addRow(userLabel, m_username);
    credLayout->addRow(secretLabel, m_secret);
    auto *credButtons = new QHBoxLayout;
    m_saveCredentials = new QPushButton(tr("&Save in keychain"), credBox);
    m_saveCredentials->setObjectName(QStringLiteral("saveCredentials"));
    m_removeCredentials = new QPushButton(tr("Remove from &keychain"), credBox);
    m_removeCredentials->setObjectName(QStringLiteral("removeCredentials"));
    m_moveCredentials = new QPushButton(tr("&Move credentials out of the URL into the keychain"), credBox);
    m_moveCredentials->setObjectName(QStringLiteral("moveCredentials"));
    credButtons->addWidget(m_saveCredentials);
    credButtons->addWidget(m_removeCredentials);
    credLayout->addRow(credButtons);
    credLayout->addRow(m_moveCredentials);
    right->addWidget(credBox);

    auto *testBox = new QGroupBox(tr("Connection"), this);
    auto *testLayout = new QVBoxLayout(testBox);
    m_test = new QPushButton(tr("&Test connection"), testBox);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_cancelTest = new QPushButton(tr("&Cancel the test"), testBox);
    m_cancelTest->setObjectName(QStringLiteral("cancelConnectionTest"));
    m_cancelTest->hide();
    m_report = new QTreeWidget(testBox);
    m_report->setObjectName(QStringLiteral("connectionReport"));
    m_report->setAccessibleName(tr("Connection test report"));
    m_report->setHeaderLabels({tr("Stage"), tr("Result"), tr("Time")});
    m_report->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_report->setMinimumHeight(200);
    m_diagnosis = new QLabel(testBox);
    m_diagnosis->setObjectName(QStringLiteral("connectionDiagnosis"));
    m_diagnosis->setWordWrap(true);
    m_diagnosis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fixes = new QHBoxLayout;
    m_fixCa = new QPushButton(tr("Trust a CA certificate for this index…"), testBox);
    m_fixCa->setObjectName(QStringLiteral("fixCaBundle"));
    m_fixCa->hide();
    m_fixCredentials = new QPushButton(tr("Set credentials…"), testBox);
    m_fixCredentials->setObjectName(QStringLiteral("fixCredentials"));
    m_fixCredentials->hide();
    m_fixMinTls = new QPushButton(tr("Allow TLS 1.0 and 1.1 for this index (weaker)"), testBox);
    m_fixMinTls->setObjectName(QStringLiteral("fixMinTls"));
    m_fixMinTls->hide();
    fixes->addWidget(m_fixCa);
    fixes->addWidget(m_fixCredentials);
    fixes->addWidget(m_fixMinTls);
    fixes->addStretch();
    auto *testButtons = new QHBoxLayout;
    testButtons->addWidget(m_test);
    testButtons->addWidget(m_cancelTest);
    testButtons->addStretch();
    testLayout->addLayout(testButtons);
    testLayout->addWidget(m_report, 1);
    testLayout->addWidget(m_diagnosis);
    testLayout->addLayout(fixes);
    right->addWidget(testBox, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("indexStatus"));
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    scroll->setWidget(rightWidget);
    layout->addWidget(scroll, 3);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) {
                m_selected = i.row();
                fillForm();
            });
    m_view->installEventFilter(this);
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(add, &QPushButton::clicked, this, [this] {
        // A new index gets a free name and a placeholder URL to edit in the form.
        std::set<std::string> names;
        for (const IndexConfig &c : m_list->indexes())
            names.insert(c.name);
        std::string name = "index";
        for (int n = 2; names.count(name); ++n)
            name = "index-" + std::to_string(n);
        IndexConfig config;
        config.name = name;
        config.url = "https://pypi.example.com/simple";
        auto done = m_document->edit(tr("Add index"), [&](PyProject &p) { return p.addIndex(config); });
        if (!done) {
            setErrorText(m_status, done.error().message, done.error().hint);
            return;
        }
        selectIndex(int(m_list->indexes().size()) - 1);
        m_url->setFocus();
        m_url->selectAll();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        const std::string name = m_list->indexes()[std::size_t(row)].name;
        auto done = m_document->edit(tr("Remove index %1").arg(QString::fromStdString(name)),
                                     [&](PyProject &p) { return p.removeIndex(name); });
        if (!done) {
            setErrorText(m_status, done.error().message, done.error().hint);
            Q_EMIT failed(done.error().message);
        }
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_name->text().trimmed();
        applyField("name", name.isEmpty() ? std::nullopt : std::optional(TomlValue::string(name.toStdString())));
    });
    connect(m_url, &QLineEdit::editingFinished, this,
            [this] { applyField("url", TomlValue::string(m_url->text().trimmed().toStdString())); });
    connect(m_default, &QCheckBox::toggled, this, [this](bool on) {
        applyField("default", on ? std::optional(TomlValue::booleanValue(true)) : std::nullopt);
    });
    connect(m_explicit, &QCheckBox::toggled, this, [this](bool on) {
        applyField("explicit", on ? std::optional(TomlValue::booleanValue(true)) : std::nullopt);
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this](int i) {
        applyField("format", i == 0 ? std::nullopt : std::optional(TomlValue::string("flat")));
    });
    connect(m_authenticate, &QComboBox::currentIndexChanged, this, [this](int i) {
        applyField("authenticate", i == 0 ? std::nullopt
                                          : std::optional(TomlValue::string(
                                                m_authenticate->itemData(i).toString().toStdString())));
    });
    connect(m_ignoreCodes, &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        const std::vector<int> codes = parseCodes(m_ignoreCodes->text(), &ok);
        if (!ok) {
            setErrorText(m_status, tr("'%1' is not a list of HTTP status codes").arg(m_ignoreCodes->text()),
                         tr("write them like 401, 403"));
            return;
        }
        std::vector<TomlValue> items;
        for (int c : codes)
            items.push_back(TomlValue::integerValue(c));
        applyField("ignore-error-codes",
                   codes.empty() ? std::nullopt : std::optional(TomlValue::arrayOf(std::move(items))));
    });
    connect(m_publishUrl, &QLineEdit::editingFinished, this, [this] {
        const QString url = m_publishUrl->text().trimmed();
        applyField("publish-url", url.isEmpty() ? std::nullopt : std::optional(TomlValue::string(url.toStdString())));
    });
    connect(m_strategy, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_strategyHelp->setText(tr(kStrategies[std::max(0, i)].help));
        if (m_filling || i < 0)
            return;
        const std::string value = kStrategies[i].value;
        auto done = m_document->edit(tr("Set the index strategy"), [&](PyProject &p) {
            return i == 0 && !p.uvSetting("index-strategy") ? Expected<void>{}
                   : i == 0                                 ? p.unsetUvSetting("index-strategy")
                                                            : p.setUvSetting("index-strategy", TomlValue::string(value));
        });
        if (!done)
            setErrorText(m_status, done.error().message, done.error().hint);
    });
    connect(m_saveCredentials, &QPushButton::clicked, this, &IndexesPage::saveCredentials);
    connect(m_removeCredentials, &QPushButton::clicked, this, &IndexesPage::removeCredentials);
    connect(m_moveCredentials, &QPushButton::clicked, this, &IndexesPage::moveUrlCredentialsToKeychain);
    connect(m_test, &QPushButton::clicked, this, &IndexesPage::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, this, &IndexesPage::cancelConnectionTest);
    connect(m_fixCa, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The CA certificate(s) to trust for this index"),
                                                          QString(), tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            useCaBundle(path);
    });
    connect(m_fixCredentials, &QPushButton::clicked, this, [this] { m_username->setFocus(); });
    connect(m_fixMinTls, &QPushButton::clicked, this, &IndexesPage::allowOldTls);
    connect(m_document, &ProjectDocument::changed, this, &IndexesPage::refresh);
    refresh();
}

IndexesPage::~IndexesPage() = default;

bool IndexesPage::eventFilter(QObject *watched, QEvent *event)
{
    // Alt+Up / Alt+Down in the list: the keyboard's way to drag an index.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int IndexesPage::selectedRow() const
{
    return m_selected >= 0 && m_selected < int(m_list->indexes().size()) ? m_selected : -1;
}

QString IndexesPage::selectedUrl() const
{
    const int row = selectedRow();
    return row < 0 ? QString() : QString::fromStdString(m_list->indexes()[std::size_t(row)].url);
}

void IndexesPage::refresh()
{
    const int keep = m_selected;
    m_list->setIndexes(m_document->isOpen() ? m_document->project().indexes() : std::vector<IndexConfig>{});
    m_filling = true;
    int strategy = 0;
    if (m_document->isOpen()) {
        if (const TomlValue *s = m_document->project().uvSetting("index-strategy")) {
            for (int i = 0; i < int(std::size(kStrategies)); ++i) {
                if (s->text == kStrategies[i].value)
                    strategy = i;
            }
        }
    }
    m_strategy->setCurrentIndex(strategy);
    m_strategyHelp->setText(tr(kStrategies[strategy].help));
    m_filling = false;
    selectIndex(std::min(keep, int(m_list->indexes().size()) - 1));
}

void IndexesPage::selectIndex(int row)
{
    if (row < 0 && !m_list->indexes().empty())
        row = 0;
    m_selected = row;
    if (row >= 0)
        m_view->setCurrentIndex(m_list->index(row));
    fillForm();
}

void IndexesPage::fillForm()
{
    const int row = selectedRow();
    m_filling = true;
    const bool has = row >= 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_url, m_default, m_explicit, m_format, m_authenticate,
                                                       m_ignoreCodes, m_publishUrl, m_username, m_secret,
                                                       m_saveCredentials, m_removeCredentials, m_test})
        w->setEnabled(has);
    IndexConfig c;
    if (has)
        c = m_list->indexes()[std::size_t(row)];
    m_name->setText(QString::fromStdString(c.name));
    m_url->setText(QString::fromStdString(c.url));
    m_default->setChecked(c.isDefault);
    m_explicit->setChecked(c.isExplicit);
    m_format->setCurrentIndex(c.format == IndexConfig::Format::Flat ? 1 : 0);
    m_authenticate->setCurrentIndex(int(c.authenticate));
    QStringList codes;
    for (int code : c.ignoreErrorCodes)
        codes << QString::number(code);
    m_ignoreCodes->setText(codes.join(QLatin1String(", ")));
    m_publishUrl->setText(QString::fromStdString(c.publishUrl));
    const QUrl url(QString::fromStdString(c.url));
    m_moveCredentials->setVisible(has && !url.userInfo().isEmpty());
    m_filling = false;
    lookUpCredentials();
}

bool IndexesPage::applyField(const std::string &key, const std::optional<TomlValue> &value)
{
    const int row = selectedRow();
    if (m_filling || row < 0)
        return false;
    auto done = m_document->edit(tr("Edit index %1").arg(QString::fromStdString(key)), [&](PyProject &p) {
        return p.setIndexField(std::size_t(row), key, value);
    });
    if (!done) {
        setErrorText(m_status, done.error().message, done.error().hint);
        Q_EMIT failed(done.error().message);
        fillForm(); // back to what the file says
        return false;
    }
    m_status->clear();
    return true;
}

bool IndexesPage::moveSelected(int delta)
{
    const int row = selectedRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= int(m_list->indexes().size()))
        return false;
    return m_list->moveRow({}, row, {}, delta > 0 ? to + 1 : to);
}

void IndexesPage::lookUpCredentials(bool force)
{
    const int row = selectedRow();
    if (row < 0) {
        m_credentialSource->setText(tr("Select an index to see its credentials."));
        m_lookedUp.clear();
        return;
    }
    const IndexConfig c = m_list->indexes()[std::size_t(row)];
    const QUrl url(QString::fromStdString(c.url));
    if (!url.userInfo().isEmpty()) {
        m_credentialSource->setText(
            tr("The credentials are written in the index URL, in pyproject.toml: anyone who reads the file "
               "reads them. Move them into the keychain."));
        m_lookedUp.clear();
        return;
    }
    // One lookup at a time (the keychain is asked from a worker thread), only for what is shown,
    // and again only when the index changed or the keychain was written.
    const QString key = QString::fromStdString(c.name) + QLatin1Char('\n') + SecretStore::keyFor(url);
    if (!isVisible() || (!force && key == m_lookedUp))
        return;
    if (m_lookupRunning) {
        m_lookupPending = true;
        return;
    }
    m_lookedUp = key;
    m_lookupRunning = true;
    m_credentialSource->setText(tr("Looking for this index's credentials…"));
    // A credential command is not run just to show where credentials come from.
    QString command;
    if (const TomlValue *all = m_document->project().envdeskSetting("index")) {
        if (const TomlValue *settings = all->find(c.name); settings && settings->find("credential-command")) {
            QStringList argv;
            for (const TomlValue &arg : settings->find("credential-command")->array)
                argv << QString::fromStdString(arg.text);
            command = argv.join(QLatin1Char(' '));
        }
    }
    runOffThread<QString>(
        this,
        [c, url, command]() -> QString {
            // uv's order: URL, UV_INDEX_<NAME>_*, the credential command, .netrc, keychain. Only
            // where they come from is shown.
            CredentialProvider provider;
            const auto found = provider.find(c.name, url);
            if (!command.isEmpty() && !(found && found->source.startsWith(QLatin1String("$UV_INDEX_"))))
                return tr("Credentials come from the credential command '%1', run when a request needs them "
                          "(its token is kept in memory only).")
                    .arg(command);
            if (!found)
                return provider.warnings().isEmpty()
                           ? tr("No credentials found (URL, %1_USERNAME / _PASSWORD, .netrc, keychain). "
                                "Requests go out without them.")
                                 .arg(QString::fromStdString(IndexConfig::credentialVariablePrefix(c.name)))
                           : tr("No credentials found; %1").arg(provider.warnings().join(QLatin1String("; ")));
            return tr("Credentials for user '%1' come from %2.").arg(found->username, found->source);
        },
        [this, key](QString text) {
            m_lookupRunning = false;
            if (key == m_lookedUp) {
                m_credentialSource->setText(text);
                Q_EMIT credentialsUpdated(text);
            }
            if (std::exchange(m_lookupPending, false))
                lookUpCredentials();
        });
}

void IndexesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    lookUpCredentials();
}

void IndexesPage::changeKeychain(std::function<Expected<void>()> change, const QString &done)
{
    runOffThread<QString>(
        this,
        [change = std::move(change)]() -> QString {
            auto changed = change();
            return changed ? QString() : changed.error().toString();
        },
        [this, done](QString error) {
            if (!error.isEmpty()) {
                setErrorText(m_status, error);
                Q_EMIT failed(error);
                return;
            }
            m_status->setStyleSheet(QString());
            m_status->setText(done);
            lookUpCredentials(true);
        });
}

void IndexesPage::saveCredentials()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    if (m_username->text().trimmed().isEmpty() || m_secret->text().isEmpty()) {
        setErrorText(m_status, tr("Give a user name and a password or token."),
                     tr("for a token without a user, uv and envdesk use the user name __token__"));
        return;
    }
    const QUrl url = QUrl(selectedUrl()).adjusted(QUrl::RemoveUserInfo);
    Credential credential{m_username->text().trimmed(), m_secret->text().toUtf8()};
    m_secret->clear(); // the secret leaves the window as soon as it is on its way
    m_status->setText(tr("Saving to the keychain…"));
    changeKeychain([url, credential] { return SecretStore().write(url, credential); },
                   tr("Saved in the keychain."));
}

void IndexesPage::removeCredentials()
{
    if (selectedRow() < 0)
        return;
    const QUrl url = QUrl(selectedUrl()).adjusted(QUrl::RemoveUserInfo);
    changeKeychain([url] { return SecretStore().remove(url); }, tr("Removed from the keychain."));
}

void IndexesPage::moveUrlCredentialsToKeychain()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QUrl url(selectedUrl());
    if (url.userInfo().isEmpty())
        return;
    const std::string name = m_list->indexes()[std::size_t(row)].name;
    const QUrl bare = url.adjusted(QUrl::RemoveUserInfo);
    Credential credential{url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded).toUtf8()};
    m_status->setText(tr("Moving the credentials into the keychain…"));
    runOffThread<QString>(
        this,
        [bare, credential]() -> QString {
            auto written = SecretStore().write(bare, credential);
            return written ? QString() : written.error().toString();
        },
        [this, name](QString error) {
            if (!error.isEmpty()) {
                // The URL keeps its credentials: nothing is lost when the keychain is missing.
                setErrorText(m_status, error, tr("the URL was left as it is"));
                Q_EMIT failed(error);
                return;
            }
            auto done = m_document->edit(tr("Move credentials into the keychain"),
                                         [&](PyProject &p) { return p.stripIndexCredentials(name); });
            if (!done) {
                setErrorText(m_status, done.error().message, done.error().hint);
                return;
            }
            m_status->setStyleSheet(QString());
            m_status->setText(tr("The credentials are in the keychain and out of the URL; save the project to "
                                 "write the file."));
            lookUpCredentials(true);
        });
}

std::string IndexesPage::setSelectedIndexTls(const QString &what, const std::string &key, const std::string &value)
{
    const int row = selectedRow();
    if (row < 0)
        return {};
    const std::string name = m_list->indexes()[std::size_t(row)].name;
    if (name.empty()) {
        setErrorText(m_status, tr("Name this index first: per-index TLS settings are kept under its name."));
        return {};
    }
    auto done = m_document->edit(what.arg(QString::fromStdString(name)), [&](PyProject &p) {
        return p.setEnvdeskIndexSetting(name, key, TomlValue::string(value));
    });
    if (!done) {
        setErrorText(m_status, done.error().message, done.error().hint);
        return {};
    }
    return name;
}

bool IndexesPage::useCaBundle(const QString &path)
{
    const std::string name = setSelectedIndexTls(tr("Trust a CA for %1"), "ca-bundle", path.toStdString());
    if (name.empty())
        return false;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("%1 now trusts the certificates in %2; save, then test again.")
                          .arg(QString::fromStdString(name), path));
    return true;
}

bool IndexesPage::allowOldTls()
{
    const std::string name = setSelectedIndexTls(tr("Allow old TLS for %1"), "min-tls", "1.0");
    if (name.empty())
        return false;
    setErrorText(m_status, tr("%1 may now use TLS 1.0 and 1.1; save, then test again.").arg(QString::fromStdString(name)),
                 tr("these versions are weak: ask the server's owners to upgrade"));
    return true;
}

void IndexesPage::testConnection()
{
    const int row = selectedRow();
    if (row < 0 || m_testJob)
        return;
    if (m_document->isModified()) {
        if (auto saved = m_document->save(); !saved) {
            setErrorText(m_status, saved.error().message, saved.error().hint);
            return;
        }
    }
    const IndexConfig c = m_list->indexes()[std::size_t(row)];
    const QString target = c.name.empty() ? QString::fromStdString(c.url) : QString::fromStdString(c.name);
    m_report->clear();
    m_diagnosis->clear();
    m_fixCa->hide();
    m_fixCredentials->hide();
    m_fixMinTls->hide();
    m_test->setEnabled(false);
    m_test->setText(tr("Testing…"));
    m_cancelTest->setEnabled(true);
    m_cancelTest->show();
    DoctorRequest request;
    request.projectFile = m_document->filePath();
    request.index = target;
    m_testJob = std::make_unique<DoctorJob>(std::move(request));
    connect(m_testJob.get(), &Job::event, this, &IndexesPage::jobEvent);
    connect(m_testJob.get(), &Job::finished, this, [this] {
        // Deleted once this slot is done (the worker has ended by then, or is about to).
        DoctorJob *job = m_testJob.release();
        job->deleteLater();
        testEnded();
        const Expected<DoctorReport> &result = job->result();
        if (result) {
            showReport(*result);
            return;
        }
        if (result.error().code == ErrorCode::Cancelled) {
            m_diagnosis->setStyleSheet(QString());
            m_diagnosis->setText(result.error().message);
            Q_EMIT logLine(result.error().message, false);
            return;
        }
        setErrorText(m_diagnosis, result.error().message, result.error().hint);
        Q_EMIT logLine(result.error().toString(), true);
        Q_EMIT connectionTested(false);
    });
    m_testJob->start();
}

void IndexesPage::cancelConnectionTest()
{
    if (!m_testJob)
        return;
    m_cancelTest->setEnabled(false);
    m_testJob->cancel(); // finished() follows within 100 ms
}

void IndexesPage::testEnded()
{
    m_test->setEnabled(selectedRow() >= 0);
    m_test->setText(tr("&Test connection"));
    m_cancelTest->hide();
}

namespace {

QString stageStatusName(DoctorReport::Status s)
{
    switch (s) {
    case DoctorReport::Status::Ok:
        return QStringLiteral("ok");
    case DoctorReport::Status::Warning:
        return QStringLiteral("warning");
    case DoctorReport::Status::Failed:
        return QStringLiteral("failed");
    case DoctorReport::Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace

void IndexesPage::showReport(const DoctorReport &report)
{
    for (const QString &w : report.warnings)
        Q_EMIT logLine(w, true);
    for (const DoctorReport::Stage &s : report.stages) {
        const QString status = stageStatusName(s.status);
        auto *item = new QTreeWidgetItem(m_report);
        item->setText(0, s.name);
        item->setText(1, s.summary);
        // The stage's own time; a stage that waited for nothing (a proxy named, an address that
        // needs no lookup, a stage not reached) has none. Under 10 ms, tenths count.
        if (s.elapsedUs < 0)
            item->setText(2, QStringLiteral("\u2014"));
        else if (s.elapsedUs < 10000)
            item->setText(2,
                          tr("%1 ms").arg(locale().toString(double(s.elapsedUs) / 1000.0, 'f', 1)));
        else
            item->setText(2, tr("%1 ms").arg(locale().toString(s.elapsedUs / 1000)));
        item->setData(2, Qt::UserRole, s.elapsedUs);
        const QColor color = s.status == DoctorReport::Status::Ok        ? QColor(0x2a, 0x9d, 0x3a)
                             : s.status == DoctorReport::Status::Warning ? QColor(0xc0, 0x80, 0x00)
                             : s.status == DoctorReport::Status::Failed  ? QColor(0xd0, 0x30, 0x30)
                                                                         : QColor(0x80, 0x80, 0x80);
        item->setForeground(0, color);
        item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(item->text(0), status));
        item->setData(0, Qt::UserRole, status);
        for (const QString &d : s.details)
            (new QTreeWidgetItem(item))->setText(1, d);
    }
    m_report->expandAll();
    m_diagnosis->setStyleSheet(report.ok ? QString() : QStringLiteral("color: #c03030"));
    m_diagnosis->setText(report.fix.isEmpty() ? report.diagnosis.toHtmlEscaped()
                                              : QStringLiteral("%1<br><b>%2</b> %3")
                                                    .arg(report.diagnosis.toHtmlEscaped(),
                                                         tr("Fix:"), report.fix.toHtmlEscaped()));
    // The fixes that are settings, as the doctor chose them.
    using Fix = DoctorReport::Fix;
    m_fixMinTls->setVisible(report.fixKind == Fix::AllowOlderTls);
    m_fixCa->setVisible(report.fixKind == Fix::TrustCa);
    m_fixCredentials->setVisible(report.fixKind == Fix::SetCredentials
                                 || report.fixKind == Fix::RenewCredentials);
    // The report is what the user asked for: bring it into view once it is laid out.
    QTimer::singleShot(0, this, [this] {
        m_scroll->ensureWidgetVisible(m_report, 0, 0);
        m_scroll->ensureWidgetVisible(m_fixCa->isVisible() ? static_cast<QWidget *>(m_fixCa) : m_diagnosis);
    });
    Q_EMIT logLine(tr("connection test of %1: %2").arg(report.index, report.diagnosis), !report.ok);
    Q_EMIT connectionTested(report.ok);
}

} // namespace Envdesk::Ui
