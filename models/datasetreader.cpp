#include "datasetreader.h"

#include "category.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QtMath>

namespace Atlas {

namespace {
const QRegularExpression &slugRe()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(?:-[a-z0-9]+)*$"));
    return re;
}
const QRegularExpression &actorIdRe()
{
    static const QRegularExpression re(QStringLiteral("^(?:[A-Z]{3}-[A-Z0-9_]+|[A-Z0-9_]+)$"));
    return re;
}
const QRegularExpression &periodRe()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?$"));
    return re;
}
const QStringList &units()
{
    static const QStringList list = { QStringLiteral("percent"), QStringLiteral("count"), QStringLiteral("score"),
                                      QStringLiteral("rank") };
    return list;
}
QString quoted(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString() + u'"';
    if (v.isUndefined())
        return QStringLiteral("(missing)");
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}
} // namespace

QString DatasetReader::Problem::toString() const
{
    const QString where = path.isEmpty() ? QStringLiteral("$") : path;
    return file.isEmpty() ? QStringLiteral("%1: %2").arg(where, message)
                          : QStringLiteral("%1: %2: %3").arg(file, where, message);
}

QStringList DatasetReader::problemStrings() const
{
    QStringList out;
    for (const Problem &p : m_problems)
        out << p.toString();
    return out;
}

void DatasetReader::addProblem(const QString &file, const QString &path, const QString &message)
{
    m_problems.append({ file, path, message });
}

bool DatasetReader::readPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        m_multiFile = true;
        QStringList files;
        QDirIterator it(path, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        if (files.isEmpty()) {
            addProblem(path, {}, tr("the folder holds no .json files"));
            return false;
        }
        bool ok = true;
        const QDir base(path);
        for (const QString &f : std::as_const(files)) {
            QFile file(f);
            if (!file.open(QIODevice::ReadOnly)) {
                addProblem(base.relativeFilePath(f), {}, tr("cannot be read: %1").arg(file.errorString()));
                ok = false;
                continue;
            }
            if (file.size() > MaxFileSize) {
                addProblem(base.relativeFilePath(f), {}, tr("is larger than %1 MB").arg(MaxFileSize >> 20));
                ok = false;
                continue;
            }
            ok = readData(file.readAll(), base.relativeFilePath(f)) && ok;
        }
        return ok;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addProblem({}, {}, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > MaxFileSize) {
        addProblem({}, {}, tr("%1 is larger than %2 MB").arg(path).arg(MaxFileSize >> 20));
        return false;
    }
    return readData(file.readAll(), {});
}

bool DatasetReader::readData(const QByteArray &data, const QString &label)
{
    if (data.startsWith("version https://git-lfs.github.com/spec/")) {
        addProblem(label, {}, tr("is a Git LFS pointer, not the data itself; fetch the file with git lfs first"));
        return false;
    }
    if (data.size() > MaxFileSize) {
        addProblem(label, {}, tr("is larger than %1 MB").arg(MaxFileSize >> 20));
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        // Report a line number: users edit these files by hand.
        const int line = int(data.left(error.offset).count('\n')) + 1;
        addProblem(label, {}, tr("not valid JSON at line %1: %2").arg(line).arg(error.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        addProblem(label, {}, tr("the document must be a JSON object"));
        return false;
    }
    const QJsonObject root = doc.object();
    const QString format = root.value(u"format").toString();
    if (format != QString::fromUtf16(FormatId)) {
        addProblem(label, QStringLiteral("format"),
                   tr("%1 is not a supported format (expected \"%2\")")
                       .arg(quoted(root.value(u"format")), QString::fromUtf16(FormatId)));
        return false;
    }
    if (root.contains(u"dataset")) {
        if (!root.value(u"dataset").isObject())
            addProblem(label, QStringLiteral("dataset"), tr("must be an object"));
        else if (m_dataset.header.isEmpty())
            m_dataset.header = root.value(u"dataset").toObject();
        else
            addProblem(label, QStringLiteral("dataset"), tr("a second dataset header; only one file may have one"));
    }
    struct ListSpec
    {
        const char16_t *key;
        QList<QJsonObject> *list;
        QStringList *files;
        QList<int> *index;
    };
    const ListSpec specs[] = {
        { u"actors", &m_dataset.actors, &m_actorFiles, &m_actorIndex },
        { u"items", &m_dataset.items, &m_itemFiles, &m_itemIndex },
        { u"series", &m_dataset.series, &m_seriesFiles, &m_seriesIndex },
        { u"figures", &m_dataset.figures, &m_figureFiles, &m_figureIndex },
        { u"findings", &m_dataset.findings, &m_findingFiles, &m_findingIndex },
    };
    bool ok = true;
    for (const ListSpec &spec : specs) {
        const QString key = QString::fromUtf16(spec.key);
        if (!root.contains(key))
            continue;
        if (!root.value(key).isArray()) {
            addProblem(label, key, tr("must be a list"));
            ok = false;
            continue;
        }
        const QJsonArray array = root.value(key).toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                addProblem(label, QStringLiteral("%1[%2]").arg(key).arg(i), tr("must be an object"));
                ok = false;
                continue;
            }
            spec.list->append(array.at(i).toObject());
            spec.files->append(label);
            spec.index->append(i);
        }
    }
    return ok;
}

void DatasetReader::requireText(const QJsonObject &o, const QString &key, const QString &file, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        addProblem(file, path + u'.' + key, tr("is required and must be non-empty text"));
}

void DatasetReader::checkActorRef(const QString &id, const QString &file, const QString &path)
{
    if (!m_knownActors.contains(id))
        addProblem(file, path, tr("\"%1\" is not a known actor").arg(id));
}

void DatasetReader::validateSources(const QJsonObject &o, const QString &file, const QString &path)
{
    if (!o.contains(u"sources"))
        return;
    if (!o.value(u"sources").isArray()) {
        addProblem(file, path + u".sources", tr("must be a list"));
        return;
    }
    const QJsonArray sources = o.value(u"sources").toArray();
    for (int i = 0; i < sources.size(); ++i) {
        const QString p = QStringLiteral("%1.sources[%2]").arg(path).arg(i);
        if (!sources.at(i).isObject()) {
            addProblem(file, p, tr("must be an object"));
            continue;
        }
        requireText(sources.at(i).toObject(), QStringLiteral("citation"), file, p);
    }
}

void DatasetReader::validateReport(const QJsonObject &o, const QString &file, const QString &path, bool required)
{
    const QJsonValue report = o.value(u"report");
    if (report.isUndefined() || report.isNull()) {
        if (required)
            addProblem(file, path + u".report", tr("is required for records taken from the report"));
        return;
    }
    if (!report.isObject()) {
        addProblem(file, path + u".report", tr("must be an object or null"));
        return;
    }
    const QJsonValue line = report.toObject().value(u"line");
    if (!line.isDouble() || line.toDouble() < 1 || line.toDouble() != std::floor(line.toDouble()))
        addProblem(file, path + u".report.line", tr("%1 is not a line number").arg(quoted(line)));
}

void DatasetReader::validateQuantity(const QJsonObject &o, const QString &file, const QString &path)
{
    if (o.contains(u"currency")) {
        static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
        if (!iso.match(o.value(u"currency").toString()).hasMatch())
            addProblem(file, path + u".currency",
                       tr("%1 is not an ISO 4217 currency code").arg(quoted(o.value(u"currency"))));
        const double scale = o.value(u"scale").toDouble(-1);
        const double exponent = scale > 0 ? std::log10(scale) : -1;
        if (scale <= 0 || std::abs(exponent - std::round(exponent)) > 1e-9)
            addProblem(file, path + u".scale", tr("%1 is not a power of ten").arg(quoted(o.value(u"scale"))));
    } else if (!units().contains(o.value(u"unit").toString())) {
        addProblem(file, path + u".unit",
                   tr("%1: give currency and scale, or a unit (%2)")
                       .arg(quoted(o.value(u"unit")), units().join(QStringLiteral(", "))));
    }
}

void DatasetReader::validateActor(const QJsonObject &o, const QString &file, const QString &path)
{
    const QString id = o.value(u"id").toString();
    if (!actorIdRe().match(id).hasMatch())
        addProblem(file, path + u".id", tr("%1 is not a valid actor id").arg(quoted(o.value(u"id"))));
    if (!actorKindIds().contains(o.value(u"kind").toString()))
        addProblem(file, path + u".kind", tr("%1 is not an actor kind").arg(quoted(o.value(u"kind"))));
    requireText(o, QStringLiteral("name_ko"), file, path);
    requireText(o, QStringLiteral("name_en"), file, path);
    if (o.contains(u"country"))
        checkActorRef(o.value(u"country").toString(), file, path + u".country");
    if (o.contains(u"parent"))
        checkActorRef(o.value(u"parent").toString(), file, path + u".parent");
    if (o.contains(u"members") && !o.value(u"members").isArray())
        addProblem(file, path + u".members", tr("must be a list"));
}

void DatasetReader::validateItem(const QJsonObject &o, const QString &file, const QString &path)
{
    if (!slugRe().match(o.value(u"id").toString()).hasMatch())
        addProblem(file, path + u".id", tr("%1 is not a lower-case slug").arg(quoted(o.value(u"id"))));
    if (!FuzzyDate::parse(o.value(u"date").toString()).isValid())
        addProblem(file, path + u".date", tr("%1 is not a date").arg(quoted(o.value(u"date"))));
    if (o.contains(u"date_end") && !FuzzyDate::parse(o.value(u"date_end").toString()).isValid())
        addProblem(file, path + u".date_end", tr("%1 is not a date").arg(quoted(o.value(u"date_end"))));
    Category category;
    if (!categoryFromId(o.value(u"category").toString(), &category))
        addProblem(file, path + u".category", tr("%1 is not a category").arg(quoted(o.value(u"category"))));
    if (!itemTypeIds().contains(o.value(u"type").toString()))
        addProblem(file, path + u".type", tr("%1 is not an item type").arg(quoted(o.value(u"type"))));
    for (const char16_t *key : { u"title_ko", u"title_en", u"summary_ko", u"summary_en" })
        requireText(o, QString::fromUtf16(key), file, path);
    const QJsonArray actors = o.value(u"actors").toArray();
    if (actors.isEmpty())
        addProblem(file, path + u".actors", tr("needs at least one actor"));
    for (int i = 0; i < actors.size(); ++i)
        checkActorRef(actors.at(i).toString(), file, QStringLiteral("%1.actors[%2]").arg(path).arg(i));
    const QJsonArray tags = o.value(u"tags").toArray();
    for (int i = 0; i < tags.size(); ++i) {
        if (!slugRe().match(tags.at(i).toString()).hasMatch())
            addProblem(file, QStringLiteral("%1.tags[%2]").arg(path).arg(i),
                       tr("%1 is not a kebab-case tag").arg(quoted(tags.at(i))));
    }
    validateSources(o, file, path);
    validateReport(o, file, path, m_requireReport);
}

void DatasetReader::validateSeries(const QJsonObject &o, const QString &file, const QString &path)
{
    for (const char16_t *key : { u"id", u"publisher", u"title_ko", u"title_en" })
        requireText(o, QString::fromUtf16(key), file, path);
    const QString scope = o.value(u"scope").toString();
    if (scope != u"WORLD")
        checkActorRef(scope, file, path + u".scope");
    validateQuantity(o, file, path);
    const QJsonArray points = o.value(u"points").toArray();
    if (points.isEmpty())
        addProblem(file, path + u".points", tr("needs at least one point"));
    for (int i = 0; i < points.size(); ++i) {
        const QString p = QStringLiteral("%1.points[%2]").arg(path).arg(i);
        const QJsonObject pt = points.at(i).toObject();
        if (!periodRe().match(pt.value(u"period").toString()).hasMatch())
            addProblem(file, p + u".period", tr("%1 is not a period").arg(quoted(pt.value(u"period"))));
        if (!pt.value(u"value").isDouble())
            addProblem(file, p + u".value", tr("%1 is not a number").arg(quoted(pt.value(u"value"))));
        const QString basis = pt.value(u"basis").toString();
        if (basis != u"reported" && basis != u"derived")
            addProblem(file, p + u".basis", tr("%1 must be \"reported\" or \"derived\"").arg(quoted(pt.value(u"basis"))));
    }
    validateSources(o, file, path);
    validateReport(o, file, path, m_requireReport);
}

void DatasetReader::validateFigure(const QJsonObject &o, const QString &file, const QString &path)
{
    for (const char16_t *key : { u"id", u"metric_ko", u"metric_en" })
        requireText(o, QString::fromUtf16(key), file, path);
    const QString actor = o.value(u"actor").toString();
    if (actor != u"WORLD")
        checkActorRef(actor, file, path + u".actor");
    if (!periodRe().match(o.value(u"period").toString()).hasMatch())
        addProblem(file, path + u".period", tr("%1 is not a period").arg(quoted(o.value(u"period"))));
    if (!o.value(u"value").isDouble())
        addProblem(file, path + u".value", tr("%1 is not a number").arg(quoted(o.value(u"value"))));
    validateQuantity(o, file, path);
    validateSources(o, file, path);
    validateReport(o, file, path, m_requireReport);
}

void DatasetReader::validateFinding(const QJsonObject &o, const QString &file, const QString &path)
{
    for (const char16_t *key : { u"id", u"title_ko", u"title_en", u"text_ko", u"text_en" })
        requireText(o, QString::fromUtf16(key), file, path);
    if (!o.value(u"order").isDouble())
        addProblem(file, path + u".order", tr("must be a number"));
}

bool DatasetReader::validate(const QSet<QString> &knownActorIds)
{
    m_knownActors = knownActorIds;
    for (const QJsonObject &a : std::as_const(m_dataset.actors))
        m_knownActors.insert(a.value(u"id").toString());

    struct Pass
    {
        const char16_t *key;
        const QList<QJsonObject> *list;
        const QStringList *files;
        const QList<int> *index;
        void (DatasetReader::*check)(const QJsonObject &, const QString &, const QString &);
    };
    const Pass passes[] = {
        { u"actors", &m_dataset.actors, &m_actorFiles, &m_actorIndex, &DatasetReader::validateActor },
        { u"items", &m_dataset.items, &m_itemFiles, &m_itemIndex, &DatasetReader::validateItem },
        { u"series", &m_dataset.series, &m_seriesFiles, &m_seriesIndex, &DatasetReader::validateSeries },
        { u"figures", &m_dataset.figures, &m_figureFiles, &m_figureIndex, &DatasetReader::validateFigure },
        { u"findings", &m_dataset.findings, &m_findingFiles, &m_findingIndex, &DatasetReader::validateFinding },
    };
    for (const Pass &pass : passes) {
        QHash<QString, QString> seen; // id -> where
        for (int i = 0; i < pass.list->size(); ++i) {
            const QJsonObject &o = pass.list->at(i);
            const QString file = pass.files->at(i);
            const QString path = QStringLiteral("%1[%2]").arg(QString::fromUtf16(pass.key)).arg(pass.index->at(i));
            (this->*pass.check)(o, file, path);
            const QString id = o.value(u"id").toString();
            if (id.isEmpty())
                continue;
            const QString where = file.isEmpty() ? path : file + u": " + path;
            if (seen.contains(id))
                addProblem(file, path + u".id", tr("duplicate id \"%1\" (first at %2)").arg(id, seen.value(id)));
            else
                seen.insert(id, where);
        }
    }
    // Figures may point at an item.
    QSet<QString> itemIds;
    for (const QJsonObject &it : std::as_const(m_dataset.items))
        itemIds.insert(it.value(u"id").toString());
    for (int i = 0; i < m_dataset.figures.size(); ++i) {
        const QString item = m_dataset.figures.at(i).value(u"item").toString();
        if (!item.isEmpty() && !itemIds.contains(item))
            addProblem(m_figureFiles.at(i), QStringLiteral("figures[%1].item").arg(m_figureIndex.at(i)),
                       tr("\"%1\" is not a known item").arg(item));
    }
    return m_problems.isEmpty();
}

} // namespace Atlas
