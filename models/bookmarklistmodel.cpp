#include "bookmarklistmodel.h"

#include "actordirectory.h"
#include "category.h"
#include "userdatastore.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

namespace {
const QString kItem = QStringLiteral("item");
const QString kActor = QStringLiteral("actor");
const QString kSeries = QStringLiteral("series");
const QString kGroup = QStringLiteral("group");
} // namespace

BookmarkListModel::BookmarkListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(UserDataNotifier::instance(), &UserDataNotifier::changed, this, &BookmarkListModel::onUserDataChanged);
}

void BookmarkListModel::setSource(QSqlDatabase db, const ActorDirectory *actors, const ChartCatalogModel *charts)
{
    m_db = db;
    m_actors = actors;
    m_charts = charts;
    reload();
}

void BookmarkListModel::setLanguage(Language language)
{
    m_language = language;
    // Kind names are translated too: repaint every row even when the record language is the same.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void BookmarkListModel::setKindFilter(Kind kind)
{
    if (kind == m_filter)
        return;
    m_filter = kind;
    reload();
}

void BookmarkListModel::onUserDataChanged(const QString &connectionName, UserDataNotifier::Change change,
                                          const QString &kind, const QString &id)
{
    if (!m_db.isValid() || connectionName != m_db.connectionName())
        return;
    if (change != UserDataNotifier::Change::Note) {
        reload();
        return;
    }
    // A note is saved while the user types: update its row in place, so the list keeps its
    // selection and scroll position.
    const int row = rowOf(kind, id);
    if (row < 0)
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT text FROM main.note WHERE target_kind = ? AND target_id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    m_rows[row].note = q.exec() && q.next() ? q.value(0).toString() : QString();
    emit dataChanged(index(row, NoteColumn), index(row, NoteColumn));
}

bool BookmarkListModel::reload()
{
    m_error.clear();
    QList<Row> rows;
    int total = 0;
    if (m_db.isValid() && m_db.isOpen()) {
        QSqlQuery q(m_db);
        // The note comes along: a bookmark's note is what the list is for.
        if (!q.exec(QStringLiteral("SELECT b.target_kind, b.target_id, b.created, n.text FROM main.bookmark b "
                                   "LEFT JOIN main.note n ON n.target_kind = b.target_kind AND n.target_id = b.target_id "
                                   "ORDER BY b.created DESC, b.target_kind, b.target_id"))) {
            m_error = q.lastError().text();
        }
        // One lookup per bookmark: there are tens, and `item` may be a view over two schemas.
        QSqlQuery item(m_db);
        QSqlQuery series(m_db);
        const bool itemOk = item.prepare(QStringLiteral("SELECT title_ko, title_en, date, category FROM item WHERE id = ?"));
        const bool seriesOk = series.prepare(QStringLiteral("SELECT title_ko, title_en FROM series WHERE id = ?"));
        while (q.isActive() && q.next()) {
            Row r;
            r.kind = q.value(0).toString();
            r.id = q.value(1).toString();
            r.created = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
            r.note = q.value(3).toString();
            const Kind kind = kindOf(r.kind);
            if (kind == Kind::All)
                continue; // a kind this version does not show (from a newer installation's export)
            ++total;
            if (m_filter != Kind::All && kind != m_filter)
                continue;
            if (r.kind == kItem) {
                item.addBindValue(r.id);
                if (itemOk && item.exec() && item.next()) {
                    r.titleKo = item.value(0).toString();
                    r.titleEn = item.value(1).toString();
                    r.date = item.value(2).toString();
                    r.category = item.value(3).toString();
                } else {
                    r.missing = true;
                }
                item.finish();
            } else if (r.kind == kActor) {
                const ActorDirectory::Actor *a = m_actors ? m_actors->actor(r.id) : nullptr;
                r.missing = m_actors && !a;
                if (a)
                    r.actorKind = a->kind;
            } else if (r.kind == kSeries && r.id != ChartCatalogModel::comparisonId()) {
                series.addBindValue(r.id);
                if (seriesOk && series.exec() && series.next()) {
                    r.titleKo = series.value(0).toString();
                    r.titleEn = series.value(1).toString();
                } else {
                    r.missing = true;
                }
                series.finish();
            } else if (m_charts) {
                r.missing = m_charts->rowOf(r.id) < 0;
            }
            rows.append(r);
        }
    }
    beginResetModel();
    m_rows = rows;
    m_total = total;
    endResetModel();
    return m_error.isEmpty();
}

int BookmarkListModel::rowOf(const QString &targetKind, const QString &targetId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).kind == targetKind && m_rows.at(i).id == targetId)
            return i;
    }
    return -1;
}

bool BookmarkListModel::removeBookmark(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_db.isValid())
        return false;
    // Copies: the store announces the change, and this list reloads before the call returns.
    const QString kind = m_rows.at(row).kind;
    const QString id = m_rows.at(row).id;
    UserDataStore store(m_db);
    if (!store.setBookmarked(kind, id, false)) {
        m_error = store.errorString();
        return false;
    }
    return true;
}

QString BookmarkListModel::chartTargetKind(ChartCatalogModel::Kind kind)
{
    // The comparison overlays several series: it is kept as a group, like the figure groups.
    return kind == ChartCatalogModel::Kind::Series ? kSeries : kGroup;
}

BookmarkListModel::Kind BookmarkListModel::kindOf(const QString &targetKind)
{
    if (targetKind == kItem)
        return Kind::Item;
    if (targetKind == kActor)
        return Kind::Actor;
    if (targetKind == kSeries || targetKind == kGroup)
        return Kind::Chart;
    return Kind::All;
}

QString BookmarkListModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::All:
        return tr("All");
    case Kind::Item:
        return tr("Item");
    case Kind::Actor:
        return tr("Country or organisation");
    case Kind::Chart:
        return tr("Chart");
    }
    return {};
}

QString BookmarkListModel::excerpt(const QString &note, int maxChars)
{
    QString text = note.simplified(); // one line in a list
    if (text.size() > maxChars) {
        text.truncate(maxChars - 1);
        // Do not cut a surrogate pair in half.
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1);
        text = text.trimmed() + u'…';
    }
    return text;
}

QString BookmarkListModel::title(const Row &r) const
{
    QString t;
    if (r.kind == kActor) {
        t = m_actors ? m_actors->name(r.id, m_language) : r.id;
    } else if (r.kind == kItem || (r.kind == kSeries && !r.titleEn.isEmpty())) {
        t = pickText(m_language, r.titleKo, r.titleEn);
    } else if (m_charts) {
        const int row = m_charts->rowOf(r.id);
        t = row >= 0 ? m_charts->title(row, m_language) : QString();
    }
    if (t.isEmpty())
        t = r.id;
    return r.missing ? tr("%1 (no longer in the dataset)").arg(t) : t;
}

QString BookmarkListModel::kindLabel(const Row &r) const
{
    if (r.kind == kActor && !r.actorKind.isEmpty())
        return actorKindName(r.actorKind);
    return kindName(kindOf(r.kind));
}

int BookmarkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BookmarkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookmarkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case KindColumn:
            return kindLabel(r);
        case TitleColumn:
            return title(r);
        case NoteColumn:
            return excerpt(r.note);
        case CreatedColumn:
            return r.created.isValid() ? QLocale().toString(r.created.toLocalTime().date(), QLocale::ShortFormat)
                                       : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn && !r.note.isEmpty())
            return r.note;
        return title(r);
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && r.kind == kItem && !r.category.isEmpty())
            return categoryColorForId(r.category);
        return {};
    case Qt::ForegroundRole:
        if (r.missing)
            return QColor(Qt::gray);
        return {};
    case TargetKindRole:
        return r.kind;
    case TargetIdRole:
        return r.id;
    case KindFilterRole:
        return int(kindOf(r.kind));
    case NoteRole:
        return r.note;
    case MissingRole:
        return r.missing;
    default:
        return {};
    }
}

QVariant BookmarkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case NoteColumn:
        return tr("Your note");
    case CreatedColumn:
        //: Column header: when the bookmark was made
        return tr("Added");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Atlas
