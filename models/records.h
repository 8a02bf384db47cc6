#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Atlas {

inline constexpr char16_t FormatId[] = u"ai-policy-atlas/1";

// The dataset header of DATA-MODEL.md.
struct DatasetInfo
{
    QString id;
    QString version;
    QString published;
    QString titleKo;
    QString titleEn;
    QString publisherKo;
    QString publisherEn;
    int schemaVersion = 0;

    bool isValid() const { return !id.isEmpty(); }
};

// One dataset in the interchange format. Records are kept as the JSON objects they were read as,
// so unknown fields survive an import/export round trip (a reader ignores what it does not know,
// but must not destroy it).
struct Dataset
{
    QJsonObject header; // the "dataset" object, may be empty
    QList<QJsonObject> actors;
    QList<QJsonObject> items;
    QList<QJsonObject> series;
    QList<QJsonObject> figures;
    QList<QJsonObject> findings; // extension: chapter 8's findings (resources/data/README.md)

    int recordCount() const
    {
        return int(actors.size() + items.size() + series.size() + figures.size() + findings.size());
    }
};

// A date as precise as the report gives it: "2023", "2023-10" or "2023-10-30".
struct FuzzyDate
{
    int year = 0;
    int month = 0; // 0 = unknown
    int day = 0; // 0 = unknown

    enum Precision { Invalid = 0, Year = 1, Month = 2, Day = 3 };
    Precision precision() const { return year == 0 ? Invalid : day ? Day : month ? Month : Year; }
    bool isValid() const { return precision() != Invalid; }

    static FuzzyDate parse(const QString &text); // invalid on any error, incl. 2023-02-30
    QString toString() const;
    QString firstDay() const; // ISO date of the first day the date can mean
    QString lastDay() const; // and of the last
};

// A record's full item as the detail pane shows it.
struct ItemRecord
{
    QString id;
    FuzzyDate date;
    FuzzyDate dateEnd;
    QStringList actors;
    QString category;
    QString type;
    QString titleKo, titleEn;
    QString summaryKo, summaryEn;
    QString issuerKo, issuerEn;
    QStringList tags;
    bool highlight = false;
    QString sectionKo, sectionEn;
    int reportLine = 0;
    QString noteKo, noteEn;
    struct Source
    {
        QString citation;
        QString url;
        int footnote = 0;
    };
    QList<Source> sources;

    bool isValid() const { return !id.isEmpty(); }
};

} // namespace Atlas
