#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QSet>

namespace Atlas {

// Reads the interchange format (DATA-MODEL.md) from one file or a folder of files, and validates
// it. Every problem is reported with the JSON path that has it, e.g.
//   items[12].date: "2023-13-01" is not a date
// and reading never stops at the first problem, so a user can fix a file in one pass.
class DatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::DatasetReader)

public:
    struct Problem
    {
        QString file; // empty when reading a single file
        QString path; // JSON path, "$" for the document
        QString message;
        QString toString() const;
    };

    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    // Reads `path`: a .json file, or every *.json below a folder (sorted, so builds are stable).
    // Returns false if any file could not be parsed; the others are still read.
    bool readPath(const QString &path);
    // Parses one document; `label` names it in problems (may be empty).
    bool readData(const QByteArray &data, const QString &label = {});

    // Checks the records read so far against the rules and against each other: required fields,
    // enums, dates, unique ids, and actor references (also against `knownActorIds`, for imports
    // into an existing database). Returns true if there are no problems at all.
    bool validate(const QSet<QString> &knownActorIds = {});

    // Records taken from the report must cite it (report.line); the base dataset build asks for this.
    void setRequireReport(bool require) { m_requireReport = require; }

    const Dataset &dataset() const { return m_dataset; }
    const QList<Problem> &problems() const { return m_problems; }
    QStringList problemStrings() const;

private:
    void addProblem(const QString &file, const QString &path, const QString &message);
    void validateActor(const QJsonObject &o, const QString &file, const QString &path);
    void validateItem(const QJsonObject &o, const QString &file, const QString &path);
    void validateSeries(const QJsonObject &o, const QString &file, const QString &path);
    void validateFigure(const QJsonObject &o, const QString &file, const QString &path);
    void validateFinding(const QJsonObject &o, const QString &file, const QString &path);
    void validateSources(const QJsonObject &o, const QString &file, const QString &path);
    void validateReport(const QJsonObject &o, const QString &file, const QString &path, bool required);
    void validateQuantity(const QJsonObject &o, const QString &file, const QString &path);
    void requireText(const QJsonObject &o, const QString &key, const QString &file, const QString &path);
    void checkActorRef(const QString &id, const QString &file, const QString &path);

    Dataset m_dataset;
    // Where each record came from, for messages: parallel to the lists in m_dataset.
    QStringList m_actorFiles, m_itemFiles, m_seriesFiles, m_figureFiles, m_findingFiles;
    QList<int> m_actorIndex, m_itemIndex, m_seriesIndex, m_figureIndex, m_findingIndex;
    QSet<QString> m_knownActors;
    QList<Problem> m_problems;
    bool m_multiFile = false;
    bool m_requireReport = false;
};

} // namespace Atlas
