#include "itemtablemodel.h"

#include "category.h"
#include "formatter.h"
#include "itemcube.h"
#include "ownrecords.h"
#include "searchengine.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <atomic>

namespace Atlas {

namespace {
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

// The base dataset's file when "item" is the base table itself (no user records unioned in
// by a TEMP VIEW): then a second connection sees the same items, and the FTS index can drive.
QString baseOnlyPath(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM temp.sqlite_master WHERE name = 'item'")) || q.next())
        return {};
    if (!q.exec(QStringLiteral("PRAGMA database_list")))
        return {};
    while (q.next()) {
        if (q.value(1).toString() == u"base")
            return q.value(2).toString();
    }
    return {};
}

// Counts on its own read-only connection, off the GUI thread, in rowid ranges so that a new
// filter stops it within one range (sql ends with "BETWEEN ? AND ?").
class CountThread : public QThread
{
public:
    static constexpr qint64 Chunk = 65536;
    QString basePath, sql;
    QVariantList values;
    qint64 maxRowid = 0;
    std::atomic<int> result { -1 };
    std::atomic<bool> cancel { false };

protected:
    void run() override
    {
        const QString name = QStringLiteral("atlas-count-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
            if (db.open()) {
                QSqlQuery q(db);
                bool ok = ::Atlas::run(q, QStringLiteral("ATTACH DATABASE ? AS base"),
                                       { QString(QStringLiteral("file:") + basePath + QStringLiteral("?mode=ro")) });
                qint64 total = 0;
                for (qint64 lo = 0; ok && !cancel && lo <= maxRowid; lo += Chunk) {
                    QVariantList v = values;
                    v << lo << lo + Chunk - 1;
                    QSqlQuery chunk(db);
                    ok = ::Atlas::run(chunk, sql, v) && chunk.next();
                    total += ok ? chunk.value(0).toLongLong() : 0;
                }
                if (ok && !cancel)
                    result = int(total);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};
} // namespace

ItemTableModel::ItemTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ItemTableModel::~ItemTableModel()
{
    for (QThread *t : std::as_const(m_countThreads)) {
        static_cast<CountThread *>(t)->cancel = true;
        t->disconnect(this);
        t->wait();
        delete t;
    }
}

void ItemTableModel::setSource(QSqlDatabase db, const ActorDirectory *actors)
{
    m_repository.setDatabase(db);
    m_actors = actors;
    m_datasetSize = -1;
    reload();
}

void ItemTableModel::setFilter(const ItemFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool hadText = !m_filter.text.trimmed().isEmpty();
    const bool hasText = !filter.text.trimmed().isEmpty();
    m_filter = filter;
    m_highlightTerms = SearchEngine::highlightTerms(filter.text);
    // A search starts in relevance order (a user's own column choice while searching stays);
    // without text there is nothing to rank, so back to newest first.
    bool sortMoved = false;
    if (hasText && !hadText && m_sortColumn != RelevanceSort) {
        m_sortColumn = RelevanceSort;
        m_sortOrder = Qt::DescendingOrder;
        sortMoved = true;
    } else if (!hasText && m_sortColumn == RelevanceSort) {
        m_sortColumn = DateColumn;
        m_sortOrder = Qt::DescendingOrder;
        sortMoved = true;
    }
    reload();
    if (sortMoved)
        emit sortChanged(m_sortColumn, m_sortOrder);
}

void ItemTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    const bool titleSorted = m_sortColumn == TitleColumn;
    if (titleSorted) {
        reload(); // the sort key changes with the language
    } else if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ItemTableModel::reload()
{
    ++m_generation;
    for (QThread *t : std::as_const(m_countThreads))
        static_cast<CountThread *>(t)->cancel = true;
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_candidates.clear();
    m_candidatesTruncated = false;
    m_candidateRowids.clear();
    m_total = 0;
    m_countPending = false;
    m_moreRows = false;
    const bool valid = m_repository.database().isValid() && m_repository.database().isOpen();
    if (valid && m_datasetSize < 0) {
        QSqlQuery q(m_repository.database());
        // The shipped dataset's size decides (user records are few).
        m_datasetSize = q.exec(QStringLiteral("SELECT max(rowid) FROM base.item")) && q.next() ? q.value(0).toLongLong() : 0;
    }
    if (valid && (m_datasetSize <= m_deferCountAbove || ItemCube::condition(m_filter))) {
        // A small dataset, or a count the dataset keeps: count first, exactly as always.
        m_total = m_repository.count(m_filter);
        if (m_total > 0)
            m_rows = page(0, m_pageSize);
    } else if (valid) {
        // The first page before the count: one row more tells whether there are more.
        m_rows = page(0, m_pageSize + 1);
        m_moreRows = m_rows.size() > m_pageSize;
        if (m_moreRows)
            m_rows.removeLast();
        m_total = int(m_rows.size());
        m_countPending = m_moreRows;
    }
    endResetModel();
    m_changing = false;
    emit totalCountChanged(m_total);
    if (m_countPending)
        startCount();
}

void ItemTableModel::startCount()
{
    const quint64 generation = m_generation;
    const QString basePath = baseOnlyPath(m_repository.database());
    if (basePath.isEmpty()) {
        // User records are unioned in on this connection only: count here, after the first paint.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                finishCount(generation, m_repository.count(m_filter));
        });
        return;
    }
    auto *thread = new CountThread;
    thread->basePath = basePath;
    thread->maxRowid = m_datasetSize;
    SearchEngine::Driver driver;
    if (SearchEngine::rankingDriver(m_filter.text, &driver)) {
        // As the ranked page does: the index drives, so a range costs what it holds.
        ItemFilter rest = m_filter;
        rest.text = driver.restQuery;
        const SqlCondition where = filterCondition(rest);
        thread->sql = QStringLiteral("SELECT COUNT(*) FROM base.item_fts f CROSS JOIN item i ON i.rowid = f.rowid "
                                     "WHERE f.item_fts MATCH ? AND %1 AND %2 AND f.rowid BETWEEN ? AND ?")
                          .arg(driver.recheck.sql, where.sql);
        thread->values << driver.match << driver.recheck.values << where.values;
    } else {
        const SqlCondition where = filterCondition(m_filter);
        thread->sql = QStringLiteral("SELECT COUNT(*) FROM item i WHERE %1 AND i.rowid BETWEEN ? AND ?").arg(where.sql);
        thread->values = where.values;
    }
    m_countThreads << thread;
    connect(thread, &QThread::finished, this, [this, thread, generation] {
        m_countThreads.removeOne(thread);
        const int count = thread->result;
        thread->deleteLater();
        if (count >= 0)
            finishCount(generation, count);
        else if (generation == m_generation) // the worker could not open the file: count here
            finishCount(generation, m_repository.count(m_filter));
    });
    thread->start(QThread::LowPriority);
}

void ItemTableModel::finishCount(quint64 generation, int count)
{
    if (generation != m_generation || !m_countPending)
        return;
    m_countPending = false;
    m_total = qMax(count, int(m_rows.size()));
    m_moreRows = false;
    emit totalCountChanged(m_total);
}

SqlCondition ItemTableModel::rankedQuery(QSqlDatabase db, const ItemFilter &filter)
{
    const int k = SearchEngine::RankedCandidates;
    const SqlCondition score = SearchEngine::score(filter.text);
    SearchEngine::Driver driver;
    QString sql;
    QVariantList values = score.values;
    if (!baseOnlyPath(db).isEmpty() && SearchEngine::rankingDriver(filter.text, &driver)) {
        // The index drives, newest rowid first, and stops after k rows that pass the rest.
        ItemFilter rest = filter;
        rest.text = driver.restQuery;
        const SqlCondition where = filterCondition(rest);
        sql = QStringLiteral("SELECT %1, (%2) AS sc FROM base.item_fts f CROSS JOIN item i ON i.rowid = f.rowid "
                             "WHERE f.item_fts MATCH ? AND %3 AND %4 ORDER BY f.rowid DESC LIMIT %5")
                  .arg(ItemRepository::rowColumns(), score.sql, driver.recheck.sql, where.sql, QString::number(k));
        values << driver.match << driver.recheck.values << where.values;
    } else {
        // Stops after k matches too, but an FTS term is looked up as a whole first.
        const SqlCondition where = filterCondition(filter);
        sql = QStringLiteral("SELECT %1, (%2) AS sc FROM item i WHERE %3 LIMIT %4")
                  .arg(ItemRepository::rowColumns(), score.sql, where.sql, QString::number(k));
        values << where.values;
    }
    // MATERIALIZED: a flattened subquery would score and sort every match before its LIMIT.
    return { QStringLiteral("WITH c AS MATERIALIZED (%1) SELECT * FROM c ORDER BY sc DESC, date_first DESC, id").arg(sql),
             values };
}

bool ItemTableModel::rankCandidates()
{
    const int k = SearchEngine::RankedCandidates;
    const SqlCondition query = rankedQuery(m_repository.database(), m_filter);
    QSqlQuery q(m_repository.database());
    if (!run(q, query.sql, query.values))
        return false;
    QStringList rowids;
    // The first page is read whole; of the rest only the rowid, in rank order, until a page
    // needs them (completeCandidates()): most searches never scroll that far.
    const int complete = m_pageSize + 1;
    while (q.next()) {
        if (m_candidates.size() < complete) {
            m_candidates << ItemRepository::readRow(q);
        } else {
            ItemRepository::Row r;
            r.rowid = q.value(0).toLongLong();
            m_candidates << r;
        }
        rowids << QString::number(m_candidates.constLast().rowid);
    }
    m_candidatesTruncated = m_candidates.size() >= k;
    m_candidateRowids = u'[' + rowids.join(u',') + u']';
    return true;
}

QList<ItemRepository::Row> ItemTableModel::page(int offset, int limit)
{
    if (sortKey() != ItemRepository::SortKey::Relevance || SearchEngine::terms(m_filter.text).isEmpty())
        return m_repository.rows(m_filter, sortKey(), m_sortOrder, offset, limit);
    if (m_candidates.isEmpty() && !rankCandidates())
        return m_repository.rows(m_filter, sortKey(), m_sortOrder, offset, limit);
    completeCandidates(offset, limit);
    QList<ItemRepository::Row> out = m_candidates.mid(offset, limit);
    if (out.size() < limit && m_candidatesTruncated) {
        // Past the ranked candidates: the other matches, newest first.
        const SqlCondition where = filterCondition(m_filter);
        QSqlQuery q(m_repository.database());
        QVariantList values = where.values;
        values << m_candidateRowids << (limit - out.size()) << qMax(0, offset - int(m_candidates.size()));
        if (run(q,
                QStringLiteral("SELECT %1 FROM item i WHERE %2 AND i.rowid NOT IN (SELECT value FROM json_each(?)) "
                               "ORDER BY i.date_first DESC, i.precision DESC, i.id DESC LIMIT ? OFFSET ?")
                    .arg(ItemRepository::rowColumns(), where.sql),
                values)) {
            while (q.next())
                out << ItemRepository::readRow(q);
        }
    }
    return out;
}

void ItemTableModel::completeCandidates(int offset, int limit)
{
    // A candidate read by rowid only has no id yet.
    QHash<qint64, qsizetype> missing;
    for (qsizetype i = qMax(0, offset); i < qMin(m_candidates.size(), qsizetype(offset) + limit); ++i) {
        if (m_candidates.at(i).id.isEmpty())
            missing.insert(m_candidates.at(i).rowid, i);
    }
    if (missing.isEmpty())
        return;
    QStringList rowids;
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        rowids << QString::number(it.key());
    QSqlQuery q(m_repository.database());
    if (!run(q,
             QStringLiteral("SELECT %1 FROM item i WHERE i.rowid IN (SELECT value FROM json_each(?))")
                 .arg(ItemRepository::rowColumns()),
             QVariantList { QString(u'[' + rowids.join(u',') + u']') }))
        return;
    while (q.next()) {
        ItemRepository::Row r = ItemRepository::readRow(q);
        const qsizetype at = missing.value(r.rowid, -1);
        if (at >= 0)
            m_candidates[at] = std::move(r);
    }
}

int ItemTableModel::rowOfId(const QString &id)
{
    if (m_changing)
        return -1;
    for (;;) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

ItemRepository::SortKey ItemTableModel::sortKey() const
{
    switch (m_sortColumn) {
    case ActorsColumn:
        return ItemRepository::SortKey::Actors;
    case CategoryColumn:
        return ItemRepository::SortKey::Category;
    case TypeColumn:
        return ItemRepository::SortKey::Type;
    case TitleColumn:
        return m_language == Language::Korean ? ItemRepository::SortKey::TitleKo : ItemRepository::SortKey::TitleEn;
    case RelevanceSort:
        return ItemRepository::SortKey::Relevance;
    default:
        return ItemRepository::SortKey::Date;
    }
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemRepository::Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return Formatter::date(row.date, m_language);
        case ActorsColumn:
            return m_actors ? m_actors->names(row.actors, m_language) : row.actors.join(QStringLiteral(", "));
        case CategoryColumn:
            return categoryNameForId(row.category);
        case TypeColumn:
            return itemTypeName(row.type);
        case TitleColumn:
            return pickText(m_language, row.titleKo, row.titleEn);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return pickText(m_language, row.titleKo, row.titleEn);
        if (index.column() == DateColumn) {
            const QString precision = Formatter::precisionName(FuzzyDate::parse(row.date).precision());
            return OwnRecords::isOwnRowid(row.rowid) ? tr("Your own record") + u'\n' + precision : precision;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == CategoryColumn)
            return categoryColorForId(row.category);
        break;
    case IdRole:
        return row.id;
    case CategoryRole:
        return row.category;
    case TypeRole:
        return row.type;
    case DateRole:
        return row.date;
    case PrecisionRole:
        return row.precision;
    case DateFirstRole:
        return row.dateFirst;
    case DateLastRole:
        return row.dateLast;
    case ActorIdsRole:
        return row.actors;
    case HighlightRole:
        return row.highlight;
    case SearchTermsRole:
        return m_highlightTerms;
    case OwnRole:
        return OwnRecords::isOwnRowid(row.rowid);
    case TitleFallbackRole: {
        bool fellBack = false;
        pickText(m_language, row.titleKo, row.titleEn, &fellBack);
        return fellBack;
    }
    }
    return {};
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ActorsColumn:
        return tr("Actors");
    case CategoryColumn:
        return tr("Category");
    case TypeColumn:
        return tr("Type");
    case TitleColumn:
        return tr("Title");
    }
    return {};
}

bool ItemTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && (m_countPending ? m_moreRows : m_rows.size() < m_total);
}

void ItemTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<ItemRepository::Row> more = page(int(m_rows.size()), m_pageSize + (m_countPending ? 1 : 0));
    if (m_countPending) {
        m_moreRows = more.size() > m_pageSize;
        if (m_moreRows)
            more.removeLast();
    }
    if (more.isEmpty()) {
        // The data shrank under us (or a query failed): stop asking.
        m_total = int(m_rows.size());
        m_moreRows = false;
        return;
    }
    // Views (and QAbstractItemModelTester) may ask for more from a rowsInserted handler.
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
    m_changing = false;
    if (m_countPending && m_total < m_rows.size()) {
        m_total = int(m_rows.size());
        emit totalCountChanged(m_total);
    }
}

void ItemTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    if (column < 0) {
        // Clearing the header's sort indicator: relevance while searching, else newest first.
        column = m_filter.text.trimmed().isEmpty() ? int(DateColumn) : RelevanceSort;
        order = Qt::DescendingOrder;
    }
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

QHash<int, QByteArray> ItemTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(CategoryRole, "category");
    names.insert(TypeRole, "type");
    names.insert(DateRole, "date");
    names.insert(PrecisionRole, "precision");
    names.insert(ActorIdsRole, "actorIds");
    names.insert(HighlightRole, "highlight");
    names.insert(SearchTermsRole, "searchTerms");
    names.insert(OwnRole, "own");
    return names;
}

} // namespace Atlas
