#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QStringList>

namespace Atlas {

// Reads and checks an update bundle before anything is written (DATA-MODEL.md, "Update bundle").
// A bundle is a folder (on a USB stick) holding manifest.json and atlas.sqlite; a bare atlas.sqlite
// is accepted too. The manifest:
//   { "format": "ai-policy-atlas-update/1",
//     "dataset": { "id": "spri-2023", "version": "2024.1", "schema": 2 },
//     "created": "2024-03-01T09:00:00Z",
//     "files": [ { "path": "atlas.sqlite", "sha256": "<64 hex>", "size": 2048000 } ] }
class DatasetUpdater
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::DatasetUpdater)

public:
    static constexpr const char *ManifestFormat = "ai-policy-atlas-update/1";

    struct Inspection
    {
        QString source; // what the user picked
        QString datasetPath; // the atlas.sqlite inside
        QByteArray sha256; // hex, of datasetPath
        bool hasManifest = false;
        QString created;
        DatasetInfo info; // of the new dataset
        DatasetInfo current; // of the active one (may be invalid when it is damaged)
        int order = 1; // compared with current: <0 older, 0 same, >0 newer
        QStringList problems; // "where: what", every one

        bool isValid() const { return problems.isEmpty(); }
        // Older or the same version: the GUI asks, the command line wants --force.
        bool needsConfirmation() const { return isValid() && current.isValid() && order <= 0; }
    };

    // Checks everything without writing: manifest, every checksum and size, SQLite integrity,
    // schema version, dataset id against the current one, and the version order.
    static Inspection inspect(const QString &path, const DatasetInfo &current);

    // Writes outDir/atlas.sqlite and outDir/manifest.json for the dataset file db.
    static bool makeBundle(const QString &db, const QString &outDir, QString *error);

    static QByteArray sha256Hex(const QString &path, QString *error = nullptr);
};

} // namespace Atlas
