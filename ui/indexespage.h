#pragma once

#include "core/project/tomldocument.h"
#include "core/project/projecttypes.h"

#include <QAbstractListModel>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QScrollArea;
class QTreeWidget;

namespace Envdesk::Core {
class DoctorJob;
struct DoctorReport;
struct Event;
}

namespace Envdesk::Ui {

class ProjectDocument;

/**
 * The project's `[[tool.uv.index]]` entries in priority order. Rows can be dragged to a new place;
 * a drop asks `move(from, to)` to make the edit and the list follows the project file, so the
 * order shown is always the order in the file.
 */
class IndexListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit IndexListModel(std::function<bool(int from, int to)> move, QObject *parent = nullptr);

    void setIndexes(std::vector<Envdesk::Core::IndexConfig> indexes);
    const std::vector<Envdesk::Core::IndexConfig> &indexes() const { return m_indexes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

private:
    std::vector<Envdesk::Core::IndexConfig> m_indexes;
    std::function<bool(int, int)> m_move;
};

/**
 * The Indexes page: the ordered list (drag, or Alt+Up / Alt+Down, to change priority), a form
 * for every field of the selected index, the index strategy with what each one means, the
 * credential panel (where this index's credentials come from; set or remove them in the OS
 * keychain; move credentials out of the URL) and Test connection, which runs the connection
 * doctor off the GUI thread (a DoctorJob, which Cancel stops) and shows its staged report with
 * the time of each stage and the button of the fix the doctor chose.
 */
class IndexesPage : public QWidget
{
    Q_OBJECT

public:
    explicit IndexesPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~IndexesPage() override;

    IndexListModel *listModel() const { return m_list; }
    /** Selects the index at `row` and fills the form. */
    void selectIndex(int row);
    /** Moves the selected index by `delta` places. */
    bool moveSelected(int delta);
    /** Runs the connection doctor on the selected index. */
    void testConnection();
    /** Stops the connection test that runs; the page is ready for the next one within 100 ms. */
    void cancelConnectionTest();
    bool isTestingConnection() const { return m_testJob != nullptr; }
    /** Stores the typed user name and secret in the keychain for the selected index. */
    void saveCredentials();
    void removeCredentials();
    /** Stores the URL's user name and password in the keychain and removes them from the URL. */
    void moveUrlCredentialsToKeychain();
    /** Makes the selected index trust the CA certificates in `path` (a fix the report offers). */
    bool useCaBundle(const QString &path);
    /** Lets the selected index use TLS 1.0 and 1.1 (a fix the report offers for old servers). */
    bool allowOldTls();

Q_SIGNALS:
    void failed(const QString &message);
    /** The connection test ended; `ok` as the doctor judged. */
    void connectionTested(bool ok);
    /** A keychain change or lookup for the selected index finished. */
    void credentialsUpdated(const QString &summary);
    void logLine(const QString &line, bool isError);
    /** What the connection test does, stage by stage, for the live log. */
    void jobEvent(const Envdesk::Core::Event &event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void fillForm();
    bool applyField(const std::string &key, const std::optional<Envdesk::Core::TomlValue> &value);
    void showReport(const Envdesk::Core::DoctorReport &report);
    void testEnded();
    void lookUpCredentials(bool force = false);
    /** Sets `key` of the selected index's `[tool.envdesk.index.NAME]` as an edit called `what`
     * (with %1 for the name); the index's name, or empty with the reason shown. */
    std::string setSelectedIndexTls(const QString &what, const std::string &key, const std::string &value);
    /** Runs a keychain change off the GUI thread, then shows `done` or the error. */
    void changeKeychain(std::function<Envdesk::Core::Expected<void>()> change, const QString &done);
    int selectedRow() const;
    QString selectedUrl() const;

    ProjectDocument *m_document;
    IndexListModel *m_list = nullptr;
    QListView *m_view = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QCheckBox *m_default = nullptr;
    QCheckBox *m_explicit = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_authenticate = nullptr;
    QLineEdit *m_ignoreCodes = nullptr;
    QLineEdit *m_publishUrl = nullptr;
    QComboBox *m_strategy = nullptr;
    QLabel *m_strategyHelp = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_credentialSource = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_saveCredentials = nullptr;
    QPushButton *m_removeCredentials = nullptr;
    QPushButton *m_moveCredentials = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_cancelTest = nullptr;
    QScrollArea *m_scroll = nullptr;
    QTreeWidget *m_report = nullptr;
    QLabel *m_diagnosis = nullptr;
    QPushButton *m_fixCa = nullptr;
    QPushButton *m_fixCredentials = nullptr;
    QPushButton *m_fixMinTls = nullptr;
    bool m_filling = false;
    QString m_lookedUp; ///< the index whose credentials are shown (name and keychain key)
    bool m_lookupRunning = false;
    bool m_lookupPending = false;
    int m_selected = -1;
    std::unique_ptr<Envdesk::Core::DoctorJob> m_testJob; ///< its destructor cancels and waits
};

} // namespace Envdesk::Ui
