#pragma once

class QAbstractItemModel;
class QIODevice;

namespace Atlas {

// Writes a table model as CSV: UTF-8 with a BOM (so Excel opens Korean correctly), a header row
// from headerData, then every row's DisplayRole, quoted as RFC 4180 says. A chart's Table tab
// and its CSV download are the same model, so they never disagree.
class ModelCsv
{
public:
    static bool write(const QAbstractItemModel *model, QIODevice *out);
};

} // namespace Atlas
