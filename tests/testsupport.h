#pragma once

// Helpers shared by the tests: a small dataset compiled into a temporary database.

#include "database.h"
#include "datasetbuilder.h"
#include "datasetreader.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace AtlasTest {

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(ATLAS_SOURCE_DIR "/") + relative;
}

inline QString miniDataDir()
{
    return sourcePath(QStringLiteral("tests/data/mini"));
}

// Compiles a folder of interchange files into dir/atlas.sqlite; returns the path or empty.
inline QString buildDatabase(const QTemporaryDir &dir, const QString &source = miniDataDir())
{
    Atlas::DatasetReader reader;
    reader.setRequireReport(true);
    reader.readPath(source);
    if (!reader.validate()) {
        qWarning() << reader.problemStrings();
        return {};
    }
    const QString out = dir.filePath(QStringLiteral("atlas.sqlite"));
    Atlas::DatasetBuilder builder;
    if (!builder.build(reader.dataset(), out)) {
        qWarning() << builder.errorString();
        return {};
    }
    return out;
}

} // namespace AtlasTest
