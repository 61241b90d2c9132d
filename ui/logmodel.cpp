#include "logmodel.h"

#include "core/pep/name.h"

#include <QBrush>
#include <QColor>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace Envdesk::Ui {

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, [this] { flushBatch(m_batchLimit); });
    m_timer->start();
}

LogModel::~LogModel() = default;

QString LogModel::redacted(const QString &text)
{
    if (!text.contains(QLatin1Char('@')))
        return text;
    static const QRegularExpression userInfo(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.-]*://)[^/\s@]+@)"));
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1***@"));
    return out;
}

void LogModel::append(LogEntry entry)
{
    if (entry.msecsSinceEpoch == 0)
        entry.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    entry.text = redacted(entry.text);
    if (!entry.package.isEmpty())
        entry.package = QString::fromStdString(Core::normalizePackageName(entry.package.toStdString()));
    QMutexLocker lock(&m_queueMutex);
    m_queue.push_back(std::move(entry));
}

void LogModel::flush()
{
    while (flushBatch(std::numeric_limits<int>::max())) {
    }
}

bool LogModel::flushBatch(int limit)
{
    std::vector<LogEntry> batch;
    {
        QMutexLocker lock(&m_queueMutex);
        if (m_queue.empty())
            return false;
        if (int(m_queue.size()) <= limit) {
            batch.swap(m_queue);
        } else {
            batch.assign(std::make_move_iterator(m_queue.begin()),
                         std::make_move_iterator(m_queue.begin() + limit));
            m_queue.erase(m_queue.begin(), m_queue.begin() + limit);
        }
    }
    // Lines that would be dropped at once are never shown.
    std::size_t skip = 0;
    if (batch.size() > std::size_t(m_capacity)) {
        skip = batch.size() - std::size_t(m_capacity);
        m_dropped += qint64(skip);
    }
    const std::size_t incoming = batch.size() - skip;
    const std::size_t overflow = m_entries.size() + incoming > std::size_t(m_capacity)
                                     ? m_entries.size() + incoming - std::size_t(m_capacity)
                                     : 0;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + std::ptrdiff_t(overflow));
        endRemoveRows();
        m_dropped += qint64(overflow);
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    for (std::size_t i = skip; i < batch.size(); ++i)
        m_entries.push_back(std::move(batch[i]));
    endInsertRows();
    if (overflow > 0 || skip > 0)
        Q_EMIT droppedCountChanged(m_dropped);
    return true;
}

void LogModel::clear()
{
    {
        QMutexLocker lock(&m_queueMutex);
        m_queue.clear();
    }
    beginResetModel();
    m_entries.clear();
    endResetModel();
    if (m_dropped != 0) {
        m_dropped = 0;
        Q_EMIT droppedCountChanged(0);
    }
}

void LogModel::setCapacity(int lines)
{
    m_capacity = std::max(1, lines);
    m_batchLimit = std::min(20000, m_capacity);
}

QString LogModel::format(const LogEntry &entry)
{
    // The level in the window's language, padded to the longest one so that the texts line up.
    static const char *const levels[] = {QT_TR_NOOP("debug"), QT_TR_NOOP("info"), QT_TR_NOOP("warning"),
                                         QT_TR_NOOP("error")};
    qsizetype width = 0;
    for (const char *level : levels)
        width = std::max(width, tr(level).size());
    return QDateTime::fromMSecsSinceEpoch(entry.msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss.zzz"))
           + QLatin1Char(' ') + tr(levels[int(entry.level)]).leftJustified(width + 1) + entry.text;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return format(e);
    case Qt::ForegroundRole:
        if (e.level == LogEntry::Level::Error)
            return QBrush(QColor(0xd0, 0x30, 0x30));
        if (e.level == LogEntry::Level::Warning)
            return QBrush(QColor(0xc0, 0x80, 0x00));
        if (e.level == LogEntry::Level::Debug)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case LevelRole:
        return int(e.level);
    case PackageRole:
        return e.package;
    case IndexRole:
        return e.index;
    case TimeRole:
        return e.msecsSinceEpoch;
    default:
        return {};
    }
}

void LogFilterModel::setMinimumLevel(LogEntry::Level level)
{
    m_level = level;
    invalidateFilter();
}

void LogFilterModel::setPackage(const QString &package)
{
    m_package = QString::fromStdString(Core::normalizePackageName(package.trimmed().toStdString()));
    invalidateFilter();
}

void LogFilterModel::setIndexName(const QString &index)
{
    m_index = index.trimmed();
    invalidateFilter();
}

void LogFilterModel::setSearchText(const QString &text)
{
    m_search = text;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *log = static_cast<const LogModel *>(sourceModel());
    const LogEntry &e = log->entry(sourceRow);
    if (e.level < m_level)
        return false;
    if (!m_package.isEmpty() && e.package != m_package)
        return false;
    if (!m_index.isEmpty() && e.index.compare(m_index, Qt::CaseInsensitive) != 0)
        return false;
    return m_search.isEmpty() || e.text.contains(m_search, Qt::CaseInsensitive);
}

} // namespace Envdesk::Ui
