#include "mapstyle.h"

#include "category.h"
#include "countrystatsmodel.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace Atlas {

const QColor MapStyle::NoData(0xd6, 0xd6, 0xd6);
const QColor MapStyle::Zero(0xff, 0xff, 0xff);
const QColor MapStyle::Ocean(0xe9, 0xf1, 0xf7);
const QColor MapStyle::Border(0x9a, 0xa3, 0xab);
const QColor MapStyle::EuOutline(0x1a, 0x1a, 0x1a);
const QColor MapStyle::Highlight(0xd5, 0x5e, 0x00);
const QColor MapStyle::Ink(0x22, 0x22, 0x22);

namespace {
const QColor kAllCategories(0x3b, 0x4a, 0x6b);

QColor viridis(double t)
{
    static const QColor stops[] = { QColor(0xfd, 0xe7, 0x25), QColor(0x5e, 0xc9, 0x62), QColor(0x21, 0x91, 0x8c),
                                    QColor(0x3b, 0x52, 0x8b), QColor(0x44, 0x01, 0x54) };
    t = qBound(0.0, t, 1.0) * 4;
    const int i = qMin(3, int(t));
    const double f = t - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}
} // namespace

void MapStyle::setModel(const CountryStatsModel *model)
{
    m_model = model;
    update();
}

bool MapStyle::isRank() const
{
    return m_model && m_model->measure() == CountryStatsModel::Measure::Figure && m_model->figureUnit() == u"rank";
}

void MapStyle::update()
{
    if (!m_model) {
        m_breaks = {};
        return;
    }
    if (m_model->measure() == CountryStatsModel::Measure::Figure)
        m_breaks = ClassBreaks::forValues(m_model->figureValues());
    else
        m_breaks = ClassBreaks::forCounts(m_model->scaleMaximum());
}

QBrush MapStyle::noDataHatch(const ThemeColors &colors)
{
    return QBrush(colors.mapNoDataHatch, Qt::BDiagPattern);
}

bool MapStyle::hasData(const QString &id) const
{
    return m_model && m_model->value(id).isValid();
}

QColor MapStyle::classColor(int index, const ThemeColors &colors) const
{
    const int n = m_breaks.count();
    const double t = n <= 1 ? 1.0 : double(index) / (n - 1);
    if (m_model && m_model->measure() == CountryStatsModel::Measure::Figure)
    {
        // Rank 1 is the most salient: the darkest on light ground, the brightest on dark.
        const bool best = isRank() != colors.dark;
        return viridis(best ? 1.0 - t : t);
    }
    Category category;
    const QColor base = m_model && categoryFromId(m_model->category(), &category) ? categoryColor(category) : kAllCategories;
    // One hue, from light to dark: the order reads without a key.
    const double step = n <= 1 ? 0.6 : t;
    const double lightness = colors.dark ? 0.24 + 0.52 * step : 0.90 - 0.62 * step;
    return QColor::fromHslF(base.hslHueF(), base.hslSaturationF(), float(lightness));
}

QColor MapStyle::fillFor(const QString &id, const ThemeColors &colors) const
{
    if (!m_model)
        return colors.mapNoData;
    const QVariant v = m_model->value(id);
    if (!v.isValid())
        return colors.mapNoData;
    const double value = v.toDouble();
    if (m_model->measure() == CountryStatsModel::Measure::Items && value <= 0)
        return colors.mapZero;
    const int c = m_breaks.classOf(value);
    return c < 0 ? colors.mapZero : classColor(c, colors);
}

QString MapStyle::legendTitle(Language language) const
{
    if (!m_model)
        return {};
    if (m_model->measure() == CountryStatsModel::Measure::Figure) {
        for (const QString &id : { QStringLiteral("KOR"), QStringLiteral("USA") }) {
            if (const CountryStatsRepository::Figure *f = m_model->figure(id))
                return tr("%1 (%2)").arg(pickText(language, f->metricKo, f->metricEn), f->period);
        }
        return m_model->figureValues().isEmpty() ? tr("No figures") : m_model->figureGroup();
    }
    Category category;
    if (categoryFromId(m_model->category(), &category))
        return tr("Items: %1").arg(categoryName(category));
    return tr("Items: all categories");
}

void MapStyle::paintLegend(QPainter &p, const QRectF &target, const QFont &font, Language language,
                           const LegendExtras &extras, const ThemeColors &colors) const
{
    if (!m_model)
        return;
    struct Row
    {
        enum Kind { Swatch, Line, Diamond, NoData } kind;
        QColor color;
        QString label;
        bool dashed = false;
    };
    QList<Row> rows;
    const bool figures = m_model->measure() == CountryStatsModel::Measure::Figure;
    const QLocale locale = localeFor(language);
    for (int i = 0; i < m_breaks.count(); ++i)
        rows.append({ Row::Swatch, classColor(i, colors), m_breaks.label(i, locale) });
    if (isRank() && rows.size() > 1)
        std::reverse(rows.begin(), rows.end()); // rank 1 on top
    else if (!figures)
        std::reverse(rows.begin(), rows.end()); // the most on top
    if (!figures)
        rows.append({ Row::Swatch, colors.mapZero, locale.toString(0) });
    rows.append({ Row::NoData, colors.mapNoData, tr("No data") });
    if (extras.euMembers)
        rows.append({ Row::Line, colors.mapEuOutline, tr("EU members") });
    if (!extras.highlightedName.isEmpty())
        rows.append({ Row::Line, colors.mapHighlight, tr("Members of %1").arg(extras.highlightedName) });
    if (!figures && extras.regions)
        rows.append({ Row::Diamond, colors.mapInk, tr("Region (counts towards its country)") });

    QFont titleFont = font;
    titleFont.setBold(true);
    const QFont &rowFont = font;
    const QFontMetricsF tfm(titleFont), rfm(rowFont);
    const double lineHeight = rfm.height() * 1.25;
    const double swatch = rfm.height() * 0.9;
    const QString title = legendTitle(language);
    // Small maps (a 1280×720 window) get the entries in rows; large ones one entry per line.
    const bool compact = target.height() < 700;
    const double maxRowWidth = target.width() * (compact ? 0.62 : 0.45) - 20;
    QList<QPointF> positions; // relative to the first entry
    double x = 0, y = 0, width = tfm.horizontalAdvance(title);
    for (const Row &r : std::as_const(rows)) {
        const double w = qMin(maxRowWidth, swatch * 1.2 + 8 + rfm.horizontalAdvance(r.label) + 14);
        if (x > 0 && (!compact || x + w > maxRowWidth)) {
            x = 0;
            y += lineHeight;
        }
        positions << QPointF(x, y);
        x += w;
        width = qMax(width, x);
    }
    width = qMin(width + 20, maxRowWidth + 20);
    const double height = tfm.height() * 1.4 + y + lineHeight + 12;
    const QRectF box(target.left() + 12, target.bottom() - height - 12, width, height);
    p.setPen(QPen(colors.legendBorder, colors.outlineWidth));
    p.setBrush(colors.legendBackground);
    p.drawRoundedRect(box, 6, 6);
    p.setPen(colors.mapInk);
    p.setFont(titleFont);
    p.drawText(QRectF(box.left() + 10, box.top() + 6, box.width() - 20, tfm.height() * 1.2),
               Qt::AlignLeft | Qt::AlignVCenter, tfm.elidedText(title, Qt::ElideRight, box.width() - 20));
    p.setFont(rowFont);
    const QPointF origin(box.left() + 10, box.top() + 6 + tfm.height() * 1.4);
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        const QPointF at = origin + positions.at(i);
        const double right = i + 1 < rows.size() && positions.at(i + 1).y() == positions.at(i).y()
            ? origin.x() + positions.at(i + 1).x()
            : box.right() - 4;
        const QRectF sw(at.x(), at.y() + (lineHeight - swatch) / 2, swatch * 1.2, swatch);
        switch (r.kind) {
        case Row::Swatch:
            p.setPen(QPen(colors.highContrast ? colors.mapBorder : colors.mapBorder.lighter(colors.dark ? 250 : 100), colors.outlineWidth));
            p.setBrush(r.color);
            p.drawRect(sw);
            break;
        case Row::NoData:
            p.setPen(QPen(colors.mapBorder.lighter(colors.dark && !colors.highContrast ? 250 : 100), colors.outlineWidth));
            p.setBrush(r.color);
            p.drawRect(sw);
            p.setBrush(noDataHatch(colors));
            p.drawRect(sw);
            break;
        case Row::Line:
            p.setPen(QPen(r.color, 2.5));
            p.setBrush(Qt::NoBrush);
            p.drawRect(sw.adjusted(1, 1, -1, -1));
            break;
        case Row::Diamond: {
            const QPointF c = sw.center();
            const double rr = swatch * 0.4;
            p.setPen(QPen(colors.mapHalo, 1));
            p.setBrush(r.color);
            p.drawPolygon(QPolygonF({ c + QPointF(0, -rr), c + QPointF(rr, 0), c + QPointF(0, rr), c + QPointF(-rr, 0) }));
            break;
        }
        }
        p.setPen(colors.mapInk);
        const double textWidth = right - sw.right() - 8;
        p.drawText(QRectF(sw.right() + 6, at.y(), textWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   rfm.elidedText(r.label, Qt::ElideRight, textWidth));
    }
}

} // namespace Atlas
