#pragma once

#include "itemfilter.h"
#include "records.h"

#include <QSqlDatabase>

namespace Atlas {

// Reads items from the open dataset. Views get plain values from here, never a query.
class ItemRepository
{
public:
    enum class SortKey { Date, Actors, Category, Type, TitleKo, TitleEn };

    struct Row
    {
        qint64 rowid = 0;
        QString id;
        QString date;
        int precision = 0;
        QString dateFirst, dateLast;
        QStringList actors;
        QString category;
        QString type;
        QString titleKo, titleEn;
        bool highlight = false;
    };

    explicit ItemRepository(QSqlDatabase db = {});
    void setDatabase(QSqlDatabase db) { m_db = db; }
    QSqlDatabase database() const { return m_db; }

    int count(const ItemFilter &filter) const;
    QList<Row> rows(const ItemFilter &filter, SortKey key, Qt::SortOrder order, int offset, int limit) const;
    ItemRecord item(const QString &id) const;
    // The item's record exactly as the interchange format has it.
    QJsonObject itemJson(const QString &id) const;
    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace Atlas
