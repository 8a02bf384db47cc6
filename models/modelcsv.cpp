#include "modelcsv.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QStringList>

namespace Atlas {

namespace {
QString quoted(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString text = field;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

// Every row as its cells, the header first.
QList<QStringList> cells(const QAbstractItemModel *model)
{
    QList<QStringList> rows;
    if (!model)
        return rows;
    QStringList row;
    for (int c = 0; c < model->columnCount(); ++c)
        row << model->headerData(c, Qt::Horizontal).toString();
    rows << row;
    for (int r = 0; r < model->rowCount(); ++r) {
        row.clear();
        for (int c = 0; c < model->columnCount(); ++c)
            row << model->index(r, c).data().toString();
        rows << row;
    }
    return rows;
}
} // namespace

QString ModelCsv::tabSeparated(const QAbstractItemModel *model)
{
    QString out;
    for (QStringList row : cells(model)) {
        for (QString &cell : row) {
            cell.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
        }
        out += row.join(u'\t') + u'\n';
    }
    return out;
}

QString ModelCsv::html(const QAbstractItemModel *model)
{
    const QList<QStringList> rows = cells(model);
    QString out = QStringLiteral("<table>");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        out += QStringLiteral("<tr>");
        for (const QString &cell : rows.at(r)) {
            const QString tag = r == 0 ? QStringLiteral("th") : QStringLiteral("td");
            out += QStringLiteral("<%1>%2</%1>").arg(tag, cell.toHtmlEscaped());
        }
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

bool ModelCsv::write(const QAbstractItemModel *model, QIODevice *out)
{
    if (!model || !out || !out->isWritable())
        return false;
    QByteArray bytes("\xEF\xBB\xBF");
    QStringList fields;
    for (int c = 0; c < model->columnCount(); ++c)
        fields << quoted(model->headerData(c, Qt::Horizontal).toString());
    bytes += fields.join(u',').toUtf8() + "\r\n";
    for (int r = 0; r < model->rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < model->columnCount(); ++c)
            fields << quoted(model->index(r, c).data().toString());
        bytes += fields.join(u',').toUtf8() + "\r\n";
    }
    return out->write(bytes) == bytes.size();
}

} // namespace Atlas
