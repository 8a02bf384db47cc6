#pragma once

#include "actordirectory.h"
#include "countrystatsrepository.h"
#include "itemfilter.h"

#include <QAbstractTableModel>
#include <QVariant>

namespace Atlas {

// What the map shades: one row per country, union and organisation of the dataset, with its item
// counts per category after the shared filter (and an optional cut-off month), or its value in a
// figure group (an index rank or score). Rows never change while a dataset is open; refreshing
// only changes data, so views keep their selection.
class CountryStatsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TotalColumn, PolicyColumn, IndustryColumn, ResearchColumn, WorkforceColumn,
                  FigureColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        ValueRole, // the measure the map shades (a count or a figure); invalid = no data
        MemberCountRole,
    };
    Q_ENUM(Role)
    enum class Measure { Items, Figure };

    explicit CountryStatsModel(QObject *parent = nullptr);

    void setDatabase(QSqlDatabase db);
    void setDirectory(const ActorDirectory *directory);
    void setLanguage(Language language);
    Language language() const { return m_language; }

    void setFilter(const ItemFilter &filter);
    ItemFilter filter() const { return m_filter; }
    // The last day counted ("2023-05-31"); empty = no cut-off. With cumulative off, only items
    // that overlap the cut-off month count.
    void setCutoff(const QString &lastDay, bool cumulative = true);
    QString cutoff() const { return m_cutoff; }
    // Empty = all four categories.
    void setCategory(const QString &categoryId);
    QString category() const { return m_category; }
    void setCompaniesAtHome(bool on);
    bool companiesAtHome() const { return m_companiesAtHome; }
    void setMeasure(Measure measure, const QString &figureGroup = {});
    Measure measure() const { return m_measure; }
    QString figureGroup() const { return m_figureGroup; }
    QString figureUnit() const { return m_figureUnit; }

    // Runs the queries again (the setters do, too).
    void refresh();

    int rowOfId(const QString &id) const;
    QString idAt(int row) const;
    // The shaded value for an actor; invalid where there is no data.
    QVariant value(const QString &id) const;
    int itemCount(const QString &id) const; // in the chosen category, after filter and cut-off
    // The largest count over the whole time range (no cut-off), so a legend keeps its classes
    // while the time slider plays.
    int scaleMaximum() const { return m_scaleMaximum; }
    QList<double> figureValues() const;
    QHash<QString, int> subnationalCounts() const { return m_subnational; }
    // The effective filter (the shared filter, the category and the cut-off).
    ItemFilter effectiveFilter() const;
    QList<CountryStatsRepository::TopItem> topItems(const QString &id, int limit = 3) const;
    const CountryStatsRepository::Figure *figure(const QString &id) const;
    // Plain values the view needs around the map.
    QList<CountryStatsRepository::FigureGroup> figureGroups() const { return m_repository.figureGroups(); }
    std::pair<QString, QString> dateRange() const { return m_repository.dateRange(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refreshed();

private:
    int countOf(const CountryStatsRepository::CategoryCounts &c) const;
    void rebuildRows();

    CountryStatsRepository m_repository;
    const ActorDirectory *m_directory = nullptr;
    Language m_language = Language::English;
    ItemFilter m_filter;
    QString m_cutoff;
    bool m_cumulative = true;
    QString m_category;
    bool m_companiesAtHome = false;
    Measure m_measure = Measure::Items;
    QString m_figureGroup;
    QString m_figureUnit;

    QStringList m_ids;
    QHash<QString, int> m_rows;
    QHash<QString, CountryStatsRepository::CategoryCounts> m_counts;
    QHash<QString, CountryStatsRepository::Figure> m_figures;
    QHash<QString, int> m_subnational;
    int m_scaleMaximum = 0;
};

} // namespace Atlas
