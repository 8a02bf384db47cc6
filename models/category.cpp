#include "category.h"

#include <QCoreApplication>

namespace Atlas {

namespace {
struct CategoryInfo
{
    const char16_t *id;
    const char *name;
    QRgb color;
};

// Okabe & Ito (2008): blue, orange, bluish green, reddish purple.
const CategoryInfo kCategories[CategoryCount] = {
    { u"policy", QT_TRANSLATE_NOOP("Atlas::Category", "Policy/law"), 0xff0072b2 },
    { u"industry", QT_TRANSLATE_NOOP("Atlas::Category", "Industry"), 0xffe69f00 },
    { u"research", QT_TRANSLATE_NOOP("Atlas::Category", "Research"), 0xff009e73 },
    { u"workforce", QT_TRANSLATE_NOOP("Atlas::Category", "Workforce/education"), 0xffcc79a7 },
};

struct NamedId
{
    const char16_t *id;
    const char *name;
};

const NamedId kTypes[] = {
    { u"law", QT_TRANSLATE_NOOP("Atlas::ItemType", "Law") },
    { u"bill", QT_TRANSLATE_NOOP("Atlas::ItemType", "Bill") },
    { u"executive_order", QT_TRANSLATE_NOOP("Atlas::ItemType", "Executive order") },
    { u"strategy", QT_TRANSLATE_NOOP("Atlas::ItemType", "Strategy") },
    { u"plan", QT_TRANSLATE_NOOP("Atlas::ItemType", "Plan") },
    { u"guideline", QT_TRANSLATE_NOOP("Atlas::ItemType", "Guideline") },
    { u"regulation", QT_TRANSLATE_NOOP("Atlas::ItemType", "Regulation") },
    { u"standard", QT_TRANSLATE_NOOP("Atlas::ItemType", "Standard") },
    { u"report", QT_TRANSLATE_NOOP("Atlas::ItemType", "Report") },
    { u"study", QT_TRANSLATE_NOOP("Atlas::ItemType", "Study") },
    { u"investment", QT_TRANSLATE_NOOP("Atlas::ItemType", "Investment") },
    { u"funding", QT_TRANSLATE_NOOP("Atlas::ItemType", "Funding") },
    { u"launch", QT_TRANSLATE_NOOP("Atlas::ItemType", "Launch") },
    { u"partnership", QT_TRANSLATE_NOOP("Atlas::ItemType", "Partnership") },
    { u"organization", QT_TRANSLATE_NOOP("Atlas::ItemType", "Organisation") },
    { u"event", QT_TRANSLATE_NOOP("Atlas::ItemType", "Event") },
    { u"program", QT_TRANSLATE_NOOP("Atlas::ItemType", "Programme") },
    { u"other", QT_TRANSLATE_NOOP("Atlas::ItemType", "Other") },
};

const NamedId kKinds[] = {
    { u"country", QT_TRANSLATE_NOOP("Atlas::ActorKind", "Country") },
    { u"union", QT_TRANSLATE_NOOP("Atlas::ActorKind", "Union") },
    { u"subnational", QT_TRANSLATE_NOOP("Atlas::ActorKind", "Sub-national") },
    { u"organization", QT_TRANSLATE_NOOP("Atlas::ActorKind", "Organisation") },
    { u"company", QT_TRANSLATE_NOOP("Atlas::ActorKind", "Company") },
    { u"institute", QT_TRANSLATE_NOOP("Atlas::ActorKind", "Institute") },
};

template<typename Table>
QStringList idsOf(const Table &table)
{
    QStringList ids;
    for (const auto &entry : table)
        ids << QString::fromUtf16(entry.id);
    return ids;
}

template<typename Table>
QString nameOf(const Table &table, const char *context, const QString &id)
{
    for (const auto &entry : table) {
        if (id == QString::fromUtf16(entry.id))
            return QCoreApplication::translate(context, entry.name);
    }
    return id;
}
} // namespace

QString categoryId(Category c)
{
    return QString::fromUtf16(kCategories[int(c)].id);
}

bool categoryFromId(const QString &id, Category *out)
{
    for (int i = 0; i < CategoryCount; ++i) {
        if (id == QString::fromUtf16(kCategories[i].id)) {
            if (out)
                *out = Category(i);
            return true;
        }
    }
    return false;
}

QString categoryName(Category c)
{
    return QCoreApplication::translate("Atlas::Category", kCategories[int(c)].name);
}

QColor categoryColor(Category c)
{
    return QColor::fromRgb(kCategories[int(c)].color);
}

QString categoryNameForId(const QString &id)
{
    Category c;
    return categoryFromId(id, &c) ? categoryName(c) : id;
}

CategoryShape categoryShape(Category c)
{
    switch (c) {
    case Category::Policy:
        return CategoryShape::Circle;
    case Category::Industry:
        return CategoryShape::Square;
    case Category::Research:
        return CategoryShape::Triangle;
    case Category::Workforce:
        return CategoryShape::Diamond;
    }
    return CategoryShape::Circle;
}

QString categorySymbol(Category c)
{
    switch (categoryShape(c)) {
    case CategoryShape::Circle:
        return QStringLiteral("\u25CF");
    case CategoryShape::Square:
        return QStringLiteral("\u25A0");
    case CategoryShape::Triangle:
        return QStringLiteral("\u25B2");
    case CategoryShape::Diamond:
        return QStringLiteral("\u25C6");
    }
    return {};
}

QPainterPath shapePath(CategoryShape shape, const QRectF &box)
{
    QPainterPath path;
    const QPointF c = box.center();
    const double w = box.width(), h = box.height();
    switch (shape) {
    case CategoryShape::Circle:
        path.addEllipse(box);
        break;
    case CategoryShape::Square: {
        // A little smaller than the box: a square looks heavier than a circle of the same width.
        const double s = 0.88;
        path.addRect(QRectF(c.x() - w * s / 2, c.y() - h * s / 2, w * s, h * s));
        break;
    }
    case CategoryShape::Triangle:
        path.moveTo(c.x(), box.top() - h * 0.06);
        path.lineTo(box.right() + w * 0.06, box.bottom());
        path.lineTo(box.left() - w * 0.06, box.bottom());
        path.closeSubpath();
        break;
    case CategoryShape::Diamond:
        path.moveTo(c.x(), box.top() - h * 0.08);
        path.lineTo(box.right() + w * 0.08, c.y());
        path.lineTo(c.x(), box.bottom() + h * 0.08);
        path.lineTo(box.left() - w * 0.08, c.y());
        path.closeSubpath();
        break;
    }
    return path;
}

QPainterPath categoryMarker(Category c, const QRectF &box)
{
    return shapePath(categoryShape(c), box);
}

QColor categoryColorForId(const QString &id)
{
    Category c;
    return categoryFromId(id, &c) ? categoryColor(c) : QColor(Qt::gray);
}

QStringList itemTypeIds()
{
    return idsOf(kTypes);
}

QString itemTypeName(const QString &typeId)
{
    return nameOf(kTypes, "Atlas::ItemType", typeId);
}

QStringList actorKindIds()
{
    return idsOf(kKinds);
}

QString actorKindName(const QString &kindId)
{
    return nameOf(kKinds, "Atlas::ActorKind", kindId);
}

} // namespace Atlas
