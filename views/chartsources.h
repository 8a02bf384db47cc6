#pragma once

#include "language.h"
#include "seriesrepository.h"

#include <QCoreApplication>

namespace Atlas {

class ActorDirectory;
struct DatasetInfo;

// The Sources tab and the source line of an export: who made each number, when, the original
// citation, where the report states it, what is reported and what was derived (and how), and the
// notes. Grapher's "Sources" tab, with the report's line numbers added.
class ChartSources
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::ChartSources)

public:
    static QString seriesHtml(const QList<SeriesRecord> &series, const DatasetInfo &dataset, Language language);
    static QString figuresHtml(const QList<FigureRecord> &figures, const ActorDirectory *actors, const DatasetInfo &dataset,
                               Language language);
    // One or two lines under an exported slide: "Source: Statista (2023-10); IDC (2023-10) · via SPRi … (report lines 831, 835)".
    static QString sourceLine(const QStringList &publishers, const QList<int> &reportLines, const DatasetInfo &dataset,
                              Language language);
    // How the derived points of a series came about, in a sentence.
    static QString derivationSummary(const SeriesRecord &series, Language language);
};

} // namespace Atlas
