#pragma once

#include "language.h"
#include "seriesrepository.h"

#include <QAbstractTableModel>

namespace Atlas {

class ActorDirectory;

// The figures of one group (DATA-MODEL.md `group`): every country's rank in one index, the
// budget lines of one programme. One row per figure. The bars of a chart are the rows in the
// group's main unit; figures in another unit (a share beside an amount) stay in the table.
class FigureGroupModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LabelColumn, // what a bar is called: the actor, or what sets the figure apart from the others
        ActorColumn,
        MetricColumn,
        PeriodColumn,
        ValueColumn, // formatted per language
        NumberColumn, // value × scale, a number
        UnitColumn,
        AsReportedColumn,
        ColumnCount
    };
    enum Role {
        ValueRole = Qt::UserRole + 1, // value × scale / mainScale(): what a bar's length is
        ActorIdRole,
        FigureIdRole,
        KoreaRole, // true for Korea (and Korean actors): the bar is highlighted
        ChartedRole, // true when the figure is in the group's main unit
        ReportLineRole,
    };

    explicit FigureGroupModel(QObject *parent = nullptr);

    void setActors(const ActorDirectory *actors) { m_actors = actors; }
    void setFigures(const QString &group, const QList<FigureRecord> &figures);
    const QList<FigureRecord> &figures() const { return m_figures; }
    QString group() const { return m_group; }
    Language language() const { return m_language; }
    void setLanguage(Language language);

    // The unit most of the group's figures are in, and its scale: bars are drawn in it.
    QString mainUnitKey() const { return m_mainKey; }
    QString mainCurrency() const;
    QString mainUnit() const;
    double mainScale() const;
    bool isRanking() const { return mainUnit() == u"rank"; }
    int chartedCount() const;
    QString title(Language language) const { return groupTitle(m_figures, language); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A group has no title of its own: it is what its metrics have in common ("Global AI Index
    // overall rank"), else the title of the item they all belong to, else the first metric.
    static QString groupTitle(const QList<FigureRecord> &figures, Language language);
    // What sets each metric apart once the common part is cut: "…by generative AI: Authors" → "Authors".
    static QStringList distinctLabels(const QStringList &metrics);
    static QString mainUnitKey(const QList<FigureRecord> &figures);

private:
    QString label(int row) const;

    const ActorDirectory *m_actors = nullptr;
    QString m_group;
    QList<FigureRecord> m_figures;
    QStringList m_labelsKo, m_labelsEn;
    bool m_actorsDistinct = false;
    QString m_mainKey;
    Language m_language = Language::English;
};

} // namespace Atlas
