#include "ownrecordlistmodel.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

namespace {
struct KindInfo
{
    OwnRecordListModel::Kind kind;
    const char16_t *stored; // user_record.kind
    const char16_t *titleKo; // the record's own title field, per DATA-MODEL.md
    const char16_t *titleEn;
};
constexpr KindInfo kKinds[] = {
    { OwnRecordListModel::Kind::Item, u"item", u"title_ko", u"title_en" },
    { OwnRecordListModel::Kind::Figure, u"figure", u"metric_ko", u"metric_en" },
    { OwnRecordListModel::Kind::Actor, u"actor", u"name_ko", u"name_en" },
    { OwnRecordListModel::Kind::Series, u"series", u"title_ko", u"title_en" },
};

const KindInfo *infoOf(OwnRecordListModel::Kind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind)
            return &info;
    }
    return nullptr;
}

const QString kForm = QStringLiteral("form");
} // namespace

OwnRecordListModel::OwnRecordListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(UserDataNotifier::instance(), &UserDataNotifier::changed, this,
            [this](const QString &connectionName, UserDataNotifier::Change change) {
                onUserDataChanged(connectionName, change);
            });
}

void OwnRecordListModel::setDatabase(QSqlDatabase db)
{
    m_db = db;
    reload();
}

void OwnRecordListModel::setLanguage(Language language)
{
    m_language = language;
    // Kind and origin names are translated too: repaint every row even when the language is the same.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void OwnRecordListModel::setKindFilter(Kind kind)
{
    if (kind == m_filter)
        return;
    m_filter = kind;
    reload();
}

void OwnRecordListModel::onUserDataChanged(const QString &connectionName, UserDataNotifier::Change change)
{
    // Notes and bookmarks do not change this list; an import may add or replace any record.
    if (change == UserDataNotifier::Change::Import && m_db.isValid() && connectionName == m_db.connectionName())
        reload();
}

bool OwnRecordListModel::reload()
{
    m_error.clear();
    QList<Row> rows;
    int total = 0;
    if (m_db.isValid() && m_db.isOpen()) {
        QSqlQuery count(m_db);
        if (count.exec(QStringLiteral("SELECT COUNT(*) FROM main.user_record")) && count.next())
            total = count.value(0).toInt();
        else
            m_error = count.lastError().text();

        const KindInfo *only = infoOf(m_filter);
        QSqlQuery q(m_db);
        const bool prepared = q.prepare(QStringLiteral("SELECT kind, id, json, origin, modified FROM main.user_record "
                                                       "WHERE ? = 'all' OR kind = ? ORDER BY modified DESC, kind, id"));
        const QString kind = only ? QString::fromUtf16(only->stored) : QStringLiteral("all");
        q.addBindValue(kind);
        q.addBindValue(kind);
        if (!prepared || !q.exec())
            m_error = q.lastError().text();
        while (q.isActive() && q.next()) {
            Row r;
            r.kind = q.value(0).toString();
            r.id = q.value(1).toString();
            const QJsonObject o = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            const KindInfo *info = infoOf(kindOf(r.kind));
            if (!info)
                continue; // a kind this version does not know (from a newer installation)
            r.titleKo = o.value(QString::fromUtf16(info->titleKo)).toString();
            r.titleEn = o.value(QString::fromUtf16(info->titleEn)).toString();
            if (r.kind == u"figure")
                r.detail = QStringList{ o.value(u"actor").toString(), o.value(u"period").toString() }.join(u' ').trimmed();
            else if (r.kind == u"item")
                r.detail = o.value(u"date").toString();
            r.origin = q.value(3).toString();
            r.modifiedIso = q.value(4).toString();
            r.modified = QDateTime::fromString(r.modifiedIso, Qt::ISODate);
            rows.append(r);
        }
    }
    beginResetModel();
    m_rows = rows;
    m_total = total;
    endResetModel();
    return m_error.isEmpty();
}

int OwnRecordListModel::rowOf(const QString &kind, const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).kind == kind && m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

OwnRecordListModel::Kind OwnRecordListModel::kindOf(const QString &recordKind)
{
    for (const KindInfo &info : kKinds) {
        if (recordKind == info.stored)
            return info.kind;
    }
    return Kind::All;
}

QString OwnRecordListModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::All:
        return tr("All");
    case Kind::Item:
        return tr("Item");
    case Kind::Figure:
        return tr("Figure");
    case Kind::Actor:
        //: A country, organisation, company or institute the user added
        return tr("Actor");
    case Kind::Series:
        return tr("Series");
    }
    return {};
}

QString OwnRecordListModel::originLabel(const QString &origin)
{
    if (origin.isEmpty() || origin == kForm)
        //: Where an own record came from: typed into the record form
        return tr("Form");
    //: Where an own record came from: %1 is the imported file's name
    return tr("Imported (%1)").arg(QFileInfo(origin).fileName());
}

QString OwnRecordListModel::title(const Row &r) const
{
    const QString t = pickText(m_language, r.titleKo, r.titleEn);
    return t.isEmpty() ? r.id : t;
}

int OwnRecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OwnRecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OwnRecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case KindColumn:
            return kindName(kindOf(r.kind));
        case TitleColumn:
            return r.detail.isEmpty() || role == SortRole ? title(r) : QStringLiteral("%1 · %2").arg(title(r), r.detail);
        case IdColumn:
            return r.id;
        case OriginColumn:
            return originLabel(r.origin);
        case ModifiedColumn:
            if (role == SortRole)
                return r.modifiedIso;
            return r.modified.isValid()
                ? QLocale().toString(r.modified.toLocalTime(), QLocale::ShortFormat)
                : r.modifiedIso;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OriginColumn && r.origin != kForm)
            return r.origin; // the whole path of the imported file
        return title(r);
    case RecordKindRole:
        return r.kind;
    case RecordIdRole:
        return r.id;
    case KindFilterRole:
        return int(kindOf(r.kind));
    case OriginRole:
        return r.origin;
    default:
        return {};
    }
}

QVariant OwnRecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case IdColumn:
        //: Column header: the record's identifier
        return tr("ID");
    case OriginColumn:
        //: Column header: whether the record was typed into the form or imported
        return tr("Origin");
    case ModifiedColumn:
        //: Column header: when the record last changed
        return tr("Modified");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Atlas
