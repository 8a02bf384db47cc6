#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Atlas {

// How an item is split between the item table's columns and item.json, and put back together.
// The columns hold every field they can represent exactly; item.json keeps the rest (sources,
// and any field whose column cannot reproduce it, e.g. "tags": [] or "highlight": false). Every
// reader that needs the full interchange record (the dataset and item exporters, the detail
// pane) goes through assemble(), so --export-json round-trips exactly.
class ItemJson
{
public:
    // One item's column values, as DatasetBuilder stores them.
    struct Columns
    {
        QString id, date;
        QString dateEnd; // empty: NULL
        QString dateFirst, dateLast;
        int precision = 0;
        QString actorIds; // comma-separated
        QString category, type;
        QString titleKo, titleEn, summaryKo, summaryEn;
        QString issuerKo, issuerEn; // empty: NULL
        QString tags; // space-separated
        bool highlight = false;
        QString sectionKo, sectionEn; // empty: NULL
        QVariant reportLine; // int or null
        QString noteKo, noteEn; // empty: NULL
    };

    // The columns of an interchange record.
    static Columns columnsOf(const QJsonObject &item);
    // The fields the columns reproduce, as the record would have them.
    static QJsonObject fromColumns(const Columns &c);
    // What item.json must keep so that assemble(c, residual(item, c)) == item.
    static QJsonObject residual(const QJsonObject &item, const Columns &c);
    static QJsonObject assemble(const Columns &c, const QJsonObject &residual);

    // The SELECT list for assemble() over "item AS alias" (only columns every item table and
    // view has), and reading it back from a query positioned on a row, starting at column `first`.
    static QString selectList(const QString &alias = QStringLiteral("i"));
    static QJsonObject read(const QSqlQuery &q, int first = 0);
    static constexpr int ColumnCount = 20;
};

} // namespace Atlas
