#pragma once

// What the fuzzer and tst_fuzzregressions feed the dataset reader, shared so a crash input found
// by one replays exactly in the other.
//
// One input is one or more documents separated by a line "--8<--": that reaches what only happens
// across files (a second dataset header, duplicate ids in two files, actor references resolved in
// another file).

#include "datasetreader.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace AtlasFuzz {

struct Outcome
{
    bool valid = false;
    QStringList problems;
    qsizetype records = 0;
    // A clean result or a clean error: valid exactly when there is no problem, and every problem
    // says something.
    bool consistent() const
    {
        if (valid != problems.isEmpty())
            return false;
        for (const QString &p : problems) {
            if (p.trimmed().isEmpty())
                return false;
        }
        return true;
    }
};

inline QList<QByteArray> splitDocuments(const QByteArray &input)
{
    static const QByteArray separator("\n--8<--\n");
    QList<QByteArray> documents;
    qsizetype from = 0;
    for (qsizetype at = input.indexOf(separator); at >= 0; at = input.indexOf(separator, from)) {
        documents << input.mid(from, at - from);
        from = at + separator.size();
    }
    documents << input.mid(from);
    return documents;
}

inline Outcome feedReader(const QByteArray &input)
{
    const QList<QByteArray> documents = splitDocuments(input);
    Atlas::DatasetReader reader;
    reader.setRequireReport(input.size() % 2 == 1); // both ways, decided by the input itself
    int n = 0;
    for (const QByteArray &doc : documents)
        reader.readData(doc, documents.size() > 1 ? QStringLiteral("file%1.json").arg(++n) : QString());
    Outcome out;
    out.valid = reader.validate({ QStringLiteral("KOR"), QStringLiteral("USA") });
    out.problems = reader.problemStrings();
    const Atlas::Dataset &d = reader.dataset();
    out.records = d.actors.size() + d.items.size() + d.series.size() + d.figures.size() + d.findings.size();
    return out;
}

} // namespace AtlasFuzz
