#pragma once

#include <QColor>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Atlas {

// The report's four categories (첨부 1 columns), in the report's order.
enum class Category { Policy, Industry, Research, Workforce };
constexpr int CategoryCount = 4;

QString categoryId(Category c); // "policy", …
bool categoryFromId(const QString &id, Category *out);
QString categoryName(Category c); // translated: "Policy/law" / "정책/법제"
// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
QColor categoryColor(Category c);
QString categoryNameForId(const QString &id);
QColor categoryColorForId(const QString &id);

// The non-colour cue of each category, so that nothing depends on colour alone: a marker shape
// (timeline marks, legends, swatches) and the same shape as a text symbol beside labels.
enum class CategoryShape { Circle, Square, Triangle, Diamond };
CategoryShape categoryShape(Category c);
QString categorySymbol(Category c); // "●", "■", "▲", "◆"
// The marker outline filling `box` (a shape of the same visual weight for each category).
QPainterPath categoryMarker(Category c, const QRectF &box);
QPainterPath shapePath(CategoryShape shape, const QRectF &box);

// Item types of DATA-MODEL.md.
QStringList itemTypeIds();
QString itemTypeName(const QString &typeId); // translated

// Actor kinds of DATA-MODEL.md.
QStringList actorKindIds();
QString actorKindName(const QString &kindId); // translated

} // namespace Atlas
