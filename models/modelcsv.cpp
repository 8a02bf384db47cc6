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
} // namespace

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
