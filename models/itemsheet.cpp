#include "itemsheet.h"

#include "category.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Atlas {

ItemSheet::ItemSheet(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ItemSheet::read(const ItemFilter &filter, Language language, QStandardItemModel *model,
                     QList<XlsxSourceRow> *sources)
{
    model->clear();
    model->setColumnCount(ColumnCount);
    model->setHorizontalHeaderLabels({ tr("ID"), tr("Date"), tr("Actors"), tr("Category"), tr("Type"), tr("Title"),
                                       tr("Summary"), tr("Report line"), tr("Sources") });
    const SqlCondition where = filterCondition(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool ko = language == Language::Korean;
    if (!q.prepare(QStringLiteral("SELECT i.id, i.date, i.actor_ids, i.category, i.type, %1, %2, i.report_line, "
                                  "(SELECT group_concat(s.citation, ' | ') FROM source s "
                                  " WHERE s.owner_kind = 'item' AND s.owner_id = i.id) "
                                  "FROM item i WHERE %3 ORDER BY i.date_first, i.id")
                       .arg(ko ? QStringLiteral("i.title_ko") : QStringLiteral("i.title_en"),
                            ko ? QStringLiteral("i.summary_ko") : QStringLiteral("i.summary_en"), where.sql))) {
        m_error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        QList<QStandardItem *> row;
        for (int c = 0; c < ColumnCount; ++c) {
            auto *cell = new QStandardItem;
            QVariant value = q.value(c);
            if (c == ActorsColumn)
                value = value.toString().split(u',', Qt::SkipEmptyParts).join(QStringLiteral(", "));
            else if (c == CategoryColumn)
                value = categoryNameForId(value.toString());
            else if (c == ReportLineColumn)
                value = value.isNull() ? QVariant() : QVariant(value.toInt());
            else
                value = value.toString();
            cell->setData(value, Qt::DisplayRole);
            row << cell;
        }
        model->appendRow(row);
        if (sources) {
            XlsxSourceRow s;
            s.title = q.value(TitleColumn).toString();
            s.reportLine = q.value(ReportLineColumn).toInt();
            s.citation = q.value(SourcesColumn).toString();
            sources->append(s);
        }
    }
    if (q.lastError().isValid()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool ItemSheet::writeXlsx(const QString &file, const ItemFilter &filter, Language language, const QString &title,
                          const QString &subtitle, const QString &sourceLine)
{
    QStandardItemModel model;
    XlsxDocument document;
    if (!read(filter, language, &model, &document.sources))
        return false;
    document.title = title;
    document.subtitle = subtitle;
    document.sourceLine = sourceLine;
    document.model = &model;
    return XlsxExporter::write(file, document, &m_error);
}

} // namespace Atlas
