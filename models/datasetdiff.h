#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Atlas {

// One record that differs between two base datasets.
struct DatasetChange
{
    enum Kind { Item, Figure, Series, Actor, KindCount };
    enum Change { Added, Changed, Removed, ChangeCount };

    Kind kind = Item;
    Change change = Added;
    QString id;
    QString titleKo; // from the newer dataset, or the older one for a removed record
    QString titleEn;
    QString date; // items: date; figures: period
    QStringList fields; // Changed: the interchange fields that differ (title_en, summary_ko, points, …)
};

// "What changed": compares two base datasets record by record. Both are ATTACHed read-only to a
// private in-memory connection; records are matched by id and compared on their stored JSON, so
// every interchange field counts, and the changed ones are named.
class DatasetDiff
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::DatasetDiff)

public:
    bool compare(const QString &oldPath, const QString &newPath);

    const QList<DatasetChange> &changes() const { return m_changes; }
    DatasetInfo oldInfo() const { return m_oldInfo; }
    DatasetInfo newInfo() const { return m_newInfo; }
    QString errorString() const { return m_error; }

    int count(DatasetChange::Kind kind, DatasetChange::Change change) const;

    // One line per change: change, kind, id, date, changed fields (comma-separated), title.
    QByteArray toTsv(bool korean) const;

    static QString kindKey(DatasetChange::Kind kind); // "item", "figure", "series", "actor"
    static QString changeKey(DatasetChange::Change change); // "added", "changed", "removed"

private:
    QString m_error;
    QList<DatasetChange> m_changes;
    DatasetInfo m_oldInfo;
    DatasetInfo m_newInfo;
};

} // namespace Atlas
