#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QMutex>
#include <QSortFilterProxyModel>

#include <deque>
#include <vector>

class QTimer;

namespace Envdesk::Ui {

/** One line of the live log: what the core reported, when, about which package and index. */
struct LogEntry
{
    enum class Level { Debug, Info, Warning, Error };
    qint64 msecsSinceEpoch = 0;
    Level level = Level::Info;
    QString text;
    QString package; ///< normalized name, or empty
    QString index;   ///< index name, or empty
};

/**
 * The live log's lines. Producers on any thread call append(); the lines wait in a queue and reach
 * the model in batches on the GUI thread (every 50 ms, at most `batchLimit` per batch), so a flood
 * of events never stalls the window. Past `capacity` lines the oldest are dropped, and
 * droppedCount() says how many.
 *
 * User information in URLs (`https://user:token@host`) is replaced by `***` before a line is
 * stored, so no credential can be shown, copied or exported.
 */
class LogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { LevelRole = Qt::UserRole + 1, PackageRole, IndexRole, TimeRole };

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    /** Thread-safe. */
    void append(LogEntry entry);
    /** Moves the queued lines into the model now (the timer does it otherwise). */
    void flush();
    void clear();

    void setCapacity(int lines);
    int capacity() const { return m_capacity; }
    qint64 droppedCount() const { return m_dropped; }
    const LogEntry &entry(int row) const { return m_entries[std::size_t(row)]; }

    /** "HH:mm:ss.zzz LEVEL text": how a line is shown, copied and exported. */
    static QString format(const LogEntry &entry);
    /** `text` with the user information of every URL in it replaced by `***`. */
    static QString redacted(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void droppedCountChanged(qint64 dropped);

private:
    /** Moves at most `limit` queued lines into the model; false when none were queued. */
    bool flushBatch(int limit);

    std::deque<LogEntry> m_entries;
    mutable QMutex m_queueMutex;
    std::vector<LogEntry> m_queue;
    QTimer *m_timer = nullptr;
    int m_capacity = 200000;
    int m_batchLimit = 20000;
    qint64 m_dropped = 0;
};

/** The log as the dock shows it: lines at or above a level, about a package or index, matching a text. */
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMinimumLevel(LogEntry::Level level);
    void setPackage(const QString &package);
    void setIndexName(const QString &index);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogEntry::Level m_level = LogEntry::Level::Debug;
    QString m_package;
    QString m_index;
    QString m_search;
};

} // namespace Envdesk::Ui
