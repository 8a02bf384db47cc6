#pragma once

#include "language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSize>
#include <QStringList>

namespace Atlas {

// The command-line contract of DATA-MODEL.md. Exit codes: 0 success, 1 failure at run time,
// 2 bad input or usage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::CommandLine)

public:
    enum ExitCode { Success = 0, RuntimeFailure = 1, BadInput = 2 };

    CommandLine();

    // Decided from the raw arguments before any QCoreApplication exists: a command that needs
    // no window must work with no display at all.
    static bool needsGui(const QStringList &arguments);
    static bool wantsScreenshot(const QStringList &arguments);
    // --lang from the raw arguments (so messages before parsing are in it), else the system's.
    static Language languageFromArguments(const QStringList &arguments);
    // Explains that the window needs a display; returns the exit code.
    static int noDisplay();

    // Parses; on a usage error prints it and returns false with *exitCode set.
    bool parse(const QStringList &arguments, int *exitCode);
    // Runs a non-GUI command (version, help, exports, build, search).
    int runCommand();

    Language language() const;
    QString databasePath() const; // --database, else the installed/base dataset
    QString userDatabasePath() const; // --user-database, else the default
    QString screenshotPath() const { return m_parser.value(m_screenshot); }
    QString screenshotView() const;
    QSize screenshotSize() const;
    bool hasLanguage() const { return m_parser.isSet(m_lang); }
    // --theme: "system", "light", "dark" or "high-contrast"; empty when not given (the saved choice).
    QString theme() const;

private:
    void setUpParser();
    int version();
    int buildDataset();
    int exportJson();
    int exportCsv();
    int exportXlsx();
    int search();
    int generateSynthetic();
    int importFile();
    int exportUserData();
    // Dataset updates (datasetupdater.h): --install-update, --make-update-bundle, --diff-datasets,
    // --restore-dataset.
    int installUpdate();
    int makeUpdateBundle();
    int diffDatasets();
    int restoreDataset();

    QCommandLineParser m_parser;
    QCommandLineOption m_lang;
    QCommandLineOption m_database;
    QCommandLineOption m_userDatabase;
    QCommandLineOption m_exportJson;
    QCommandLineOption m_exportCsv;
    QCommandLineOption m_exportXlsx;
    QCommandLineOption m_search;
    QCommandLineOption m_limit;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_view;
    QCommandLineOption m_size;
    QCommandLineOption m_theme;
    QCommandLineOption m_buildDataset;
    QCommandLineOption m_generateSynthetic;
    QCommandLineOption m_import;
    QCommandLineOption m_exportUserData;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_helpOption;
};

} // namespace Atlas
