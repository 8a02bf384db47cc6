#pragma once

#include "language.h"
#include "seriesrepository.h"

#include <QAbstractListModel>

namespace Atlas {

class ActorDirectory;

// The gallery: every chart the dataset can draw. First the comparison of the worldwide market
// forecasts, then every series, then every figure group. Each row carries what a thumbnail needs
// (a few numbers), so the gallery paints without touching the database.
class ChartCatalogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { Comparison, Series, FigureGroup };
    Q_ENUM(Kind)
    enum class Shape { Lines, Bars };

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind, as int
        IdRole, // series id, group id, or "compare:market"
        SubtitleRole, // "Statista · 2 points · USD"
        SearchTextRole, // both languages, publishers, ids: what the gallery's search matches
        ThumbnailValuesRole, // QVariantList of doubles (per line for Lines: a QVariantList of lists)
        ShapeRole, // Shape, as int
        HighlightRole, // the bar to highlight (Korea), -1 for none
    };

    explicit ChartCatalogModel(QObject *parent = nullptr);

    // Reads every series and figure group; false (and lastError) on a database error.
    bool load(const SeriesRepository &repository, const ActorDirectory *actors);
    QString lastError() const { return m_error; }
    void setLanguage(Language language);
    Language language() const { return m_language; }

    static QString comparisonId() { return QStringLiteral("compare:market"); }
    static QString comparisonTitle(); // translated
    // A worldwide money forecast of several points: what the comparison overlays.
    static bool isMarketForecast(const SeriesRecord &series);

    int rowOf(const QString &id) const;
    Kind kind(int row) const;
    QString id(int row) const;
    // What a chart of the row is made of.
    QList<SeriesRecord> seriesOf(int row) const;
    QList<FigureRecord> figuresOf(int row) const;
    QString title(int row, Language language) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        Kind kind;
        QString id;
        QList<int> series; // indexes into m_series
        QList<FigureRecord> figures;
    };
    QString subtitle(const Entry &e) const;

    QList<SeriesRecord> m_series;
    QList<Entry> m_entries;
    const ActorDirectory *m_actors = nullptr;
    Language m_language = Language::English;
    QString m_error;
};

} // namespace Atlas
