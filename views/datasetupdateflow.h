#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Atlas {

class AtlasContext;
class WhatChangedDialog;

// The window's side of dataset updates: File › Install dataset update… (pick, check, confirm,
// install) and Help › What changed in the dataset. The checks and files are DatasetUpdater's and
// DatasetStore's (atlas_core); this only asks and tells.
class DatasetUpdateFlow
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::DatasetUpdateFlow)

public:
    // Asks for a bundle, checks it, confirms, installs. Returns the dataset the new one replaced (to
    // compare with), or an empty string when nothing was installed.
    static QString installUpdate(QWidget *parent, AtlasContext *context, const QString &preselected = {});
    // Installs after the checks; used by installUpdate() and the tests (confirm=false skips questions).
    static QString installChecked(QWidget *parent, AtlasContext *context, const QString &path, bool confirm);

    // The dataset to compare the active one with: the one an update replaced, else the bundled one.
    static QString comparisonBase(AtlasContext *context);
    // Builds the dialog (not shown) comparing oldPath with newPath (empty: comparisonBase and the
    // active dataset). Null, after telling the user why, when there is nothing to compare.
    static WhatChangedDialog *whatChanged(QWidget *parent, AtlasContext *context, QString oldPath = {},
                                          QString newPath = {});
};

} // namespace Atlas
