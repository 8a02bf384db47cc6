#include "itemjson.h"

#include "records.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

namespace Atlas {

namespace {
// Keys the columns produce but the record lacks: item.json lists them so assemble() drops them.
const QString kAbsent = QStringLiteral("~absent");

void putText(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}
QString joined(const QJsonValue &array, QChar separator)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out.join(separator);
}
QJsonArray split(const QString &text, QChar separator)
{
    QJsonArray out;
    for (const QString &s : text.split(separator, Qt::SkipEmptyParts))
        out.append(s);
    return out;
}
QString nullableText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}
} // namespace

ItemJson::Columns ItemJson::columnsOf(const QJsonObject &it)
{
    Columns c;
    const FuzzyDate date = FuzzyDate::parse(it.value(u"date").toString());
    const FuzzyDate end = FuzzyDate::parse(it.value(u"date_end").toString());
    c.id = it.value(u"id").toString();
    c.date = date.toString();
    c.dateEnd = end.isValid() ? end.toString() : QString();
    c.dateFirst = date.firstDay();
    c.dateLast = end.isValid() ? end.lastDay() : date.lastDay();
    c.precision = int(date.precision());
    c.actorIds = joined(it.value(u"actors"), u',');
    c.category = it.value(u"category").toString();
    c.type = it.value(u"type").toString();
    c.titleKo = it.value(u"title_ko").toString();
    c.titleEn = it.value(u"title_en").toString();
    c.summaryKo = it.value(u"summary_ko").toString();
    c.summaryEn = it.value(u"summary_en").toString();
    c.issuerKo = it.value(u"issuer_ko").toString();
    c.issuerEn = it.value(u"issuer_en").toString();
    c.tags = joined(it.value(u"tags"), u' ');
    c.highlight = it.value(u"highlight").toBool();
    const QJsonObject report = it.value(u"report").toObject();
    c.sectionKo = report.value(u"section_ko").toString();
    c.sectionEn = report.value(u"section_en").toString();
    const QJsonValue line = report.value(u"line");
    c.reportLine = line.isDouble() ? QVariant(line.toInt()) : QVariant();
    c.noteKo = it.value(u"note_ko").toString();
    c.noteEn = it.value(u"note_en").toString();
    return c;
}

QJsonObject ItemJson::fromColumns(const Columns &c)
{
    QJsonObject o;
    putText(o, QStringLiteral("id"), c.id);
    putText(o, QStringLiteral("date"), c.date);
    putText(o, QStringLiteral("date_end"), c.dateEnd);
    if (!c.actorIds.isEmpty())
        o.insert(QStringLiteral("actors"), split(c.actorIds, u','));
    putText(o, QStringLiteral("category"), c.category);
    putText(o, QStringLiteral("type"), c.type);
    putText(o, QStringLiteral("title_ko"), c.titleKo);
    putText(o, QStringLiteral("title_en"), c.titleEn);
    putText(o, QStringLiteral("summary_ko"), c.summaryKo);
    putText(o, QStringLiteral("summary_en"), c.summaryEn);
    putText(o, QStringLiteral("issuer_ko"), c.issuerKo);
    putText(o, QStringLiteral("issuer_en"), c.issuerEn);
    if (!c.tags.isEmpty())
        o.insert(QStringLiteral("tags"), split(c.tags, u' '));
    if (c.highlight)
        o.insert(QStringLiteral("highlight"), true);
    QJsonObject report;
    putText(report, QStringLiteral("section_ko"), c.sectionKo);
    putText(report, QStringLiteral("section_en"), c.sectionEn);
    if (!c.reportLine.isNull())
        report.insert(QStringLiteral("line"), c.reportLine.toInt());
    if (!report.isEmpty())
        o.insert(QStringLiteral("report"), report);
    putText(o, QStringLiteral("note_ko"), c.noteKo);
    putText(o, QStringLiteral("note_en"), c.noteEn);
    return o;
}

QJsonObject ItemJson::residual(const QJsonObject &item, const Columns &c)
{
    QJsonObject rest = item;
    QJsonArray absent;
    const QJsonObject rebuilt = fromColumns(c);
    for (auto it = rebuilt.constBegin(); it != rebuilt.constEnd(); ++it) {
        if (!item.contains(it.key()))
            absent.append(it.key());
        else if (item.value(it.key()) == it.value())
            rest.remove(it.key());
    }
    if (!absent.isEmpty())
        rest.insert(kAbsent, absent);
    return rest;
}

QJsonObject ItemJson::assemble(const Columns &c, const QJsonObject &residual)
{
    QJsonObject o = fromColumns(c);
    for (auto it = residual.constBegin(); it != residual.constEnd(); ++it) {
        if (it.key() == kAbsent) {
            for (const QJsonValue &k : it.value().toArray())
                o.remove(k.toString());
        } else {
            o.insert(it.key(), it.value());
        }
    }
    return o;
}

QString ItemJson::selectList(const QString &alias)
{
    static const char16_t *const names[] = { u"id", u"date", u"date_end", u"actor_ids", u"category", u"type",
                                             u"title_ko", u"title_en", u"summary_ko", u"summary_en", u"issuer_ko",
                                             u"issuer_en", u"tags", u"highlight", u"section_ko", u"section_en",
                                             u"report_line", u"note_ko", u"note_en", u"json" };
    static_assert(std::size(names) == ColumnCount);
    QStringList out;
    for (const char16_t *name : names)
        out << alias + u'.' + QString::fromUtf16(name);
    return out.join(QStringLiteral(", "));
}

QJsonObject ItemJson::read(const QSqlQuery &q, int first)
{
    const auto text = [&](int i) { return nullableText(q.value(first + i)); };
    Columns c;
    c.id = text(0);
    c.date = text(1);
    c.dateEnd = text(2);
    c.actorIds = text(3);
    c.category = text(4);
    c.type = text(5);
    c.titleKo = text(6);
    c.titleEn = text(7);
    c.summaryKo = text(8);
    c.summaryEn = text(9);
    c.issuerKo = text(10);
    c.issuerEn = text(11);
    c.tags = text(12);
    c.highlight = q.value(first + 13).toInt() != 0;
    c.sectionKo = text(14);
    c.sectionEn = text(15);
    const QVariant line = q.value(first + 16);
    c.reportLine = line.isNull() ? QVariant() : QVariant(line.toInt());
    c.noteKo = text(17);
    c.noteEn = text(18);
    return assemble(c, QJsonDocument::fromJson(q.value(first + 19).toString().toUtf8()).object());
}

} // namespace Atlas
