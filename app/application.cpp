#include "application.h"

#include "actordirectory.h"
#include "atlascontext.h"
#include "commandline.h"
#include "database.h"
#include "datasetdamageprompt.h"
#include "datasetstore.h"
#include "mainwindow.h"
#include "platform.h"
#include "presenterwindow.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QDeadlineTimer>
#include <QMessageBox>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

namespace Atlas {

Application::Application(QObject *parent)
    : QObject(parent)
{
}

Language Application::preferredLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    return saved.isEmpty() ? systemLanguage() : languageFromCode(saved);
}

void Application::setLanguage(Language language)
{
    if (m_installed && language == m_language)
        return;
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QCoreApplication::removeTranslator(&m_appTranslator);
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    // Qt's own dialogs (qtbase_ko.qm from qt6-translations-l10n); there is no qtbase_en.
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    if (m_appTranslator.load(QStringLiteral(":/i18n/atlas_%1.qm").arg(languageCode(language))))
        QCoreApplication::installTranslator(&m_appTranslator);
    m_language = language;
    m_installed = true;
    // Written only when it changes: an unchanged key would still rewrite the whole file.
    QSettings settings;
    if (settings.value(QStringLiteral("language")).toString() != languageCode(language))
        settings.setValue(QStringLiteral("language"), languageCode(language));
    emit languageChanged(language);
}

bool FirstPaintQuitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // Once this paint has been delivered: say when (against the benchmark's launch time, on the
        // same monotonic clock), then quit.
        QTimer::singleShot(0, qApp, [] {
            bool ok = false;
            const qint64 launched = qEnvironmentVariable("ATLAS_LAUNCH_NS").toLongLong(&ok);
            if (ok)
                std::fprintf(stderr, "first-paint-ns %lld\n",
                             static_cast<long long>(QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs() - launched));
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

void Application::reportPeakMemory()
{
    if (!qEnvironmentVariableIsSet("ATLAS_PRINT_PEAK_RSS"))
        return;
    const qint64 kib = peakResidentKiB();
    if (kib >= 0)
        std::fprintf(stderr, "peak-rss-kib %lld\n", static_cast<long long>(kib));
}

int Application::run(const CommandLine &commandLine)
{
    const bool screenshot = !commandLine.screenshotPath().isEmpty();
    setLanguage(commandLine.hasLanguage() ? commandLine.language() : preferredLanguage());
    const auto fatal = [&](const QString &message) {
        std::fputs(qPrintable(message + u'\n'), stderr);
        if (!screenshot)
            QMessageBox::critical(nullptr, tr("AI Policy Atlas"), message);
        return int(CommandLine::RuntimeFailure);
    };

    // The theme before the first widget: --theme for this run only, else the saved choice.
    Theme::Mode themeMode = Theme::Mode::System;
    if (Theme::modeFromKey(commandLine.theme(), &themeMode))
        Theme::instance()->setMode(themeMode, false);
    else
        Theme::instance()->loadSettings();

    const QString appDir = QCoreApplication::applicationDirPath();
    DatasetStore store(DatasetStore::dataDirFor(commandLine.userDatabasePath()));
    QString basePath = commandLine.databasePath();
    const bool chosen = basePath != store.activePath(appDir); // --database FILE
    // A missing or damaged dataset: say so in plain words, offer to restore the bundled copy. Only
    // what start-up reads anyway is checked here; the page check runs after the first paint.
    if (const DatasetHealth health = DatasetStore::check(basePath, DatasetStore::Check::Header); !health.ok) {
        if (chosen || screenshot)
            return fatal(health.problem);
        DatasetDamagePrompt prompt(health.problem);
        if (!prompt.ask())
            return CommandLine::RuntimeFailure;
        if (!store.restoreBundled(appDir))
            return fatal(tr("The dataset could not be restored: %1").arg(store.errorString()));
        basePath = store.activePath(appDir);
        if (const DatasetHealth again = DatasetStore::check(basePath, DatasetStore::Check::Full); !again.ok)
            return fatal(again.problem);
    }

    // An installed update rebuilds the whole window on the new dataset, so every view refreshes.
    QString whatChangedSince;
    for (;;) {
        Database database;
        if (!database.open(basePath, commandLine.userDatabasePath()))
            return fatal(database.errorString());
        ActorDirectory actors;
        if (!actors.load(database.connection()))
            return fatal(tr("The dataset %1 is damaged: %2").arg(basePath, actors.errorString()));

        AtlasContext context(&database, &actors);
        context.setLanguage(m_language);
        connect(this, &Application::languageChanged, &context, &AtlasContext::setLanguage);

        MainWindow window(&context);
        connect(&window, &MainWindow::languageRequested, this, &Application::setLanguage);
        if (!database.notice().isEmpty() && !screenshot)
            QTimer::singleShot(0, &window, [&] { QMessageBox::warning(&window, tr("AI Policy Atlas"), database.notice()); });
        if (!screenshot) {
            QString installedOver;
            connect(&window, &MainWindow::datasetInstalled, this, [&](const QString &previous) {
                installedOver = previous;
                window.saveSettings();
                // Destroying this window must not end the program: a new one follows.
                QGuiApplication::setQuitOnLastWindowClosed(false);
                QCoreApplication::exit(CommandLine::Success);
            });
            window.restoreSettings();
            if (!whatChangedSince.isEmpty())
                QTimer::singleShot(0, &window, [&] { window.showWhatChanged(whatChangedSince, basePath); });
            // Benchmarks (tests/bench) measure start-up to the first painted window.
            if (qEnvironmentVariableIsSet("ATLAS_QUIT_AFTER_FIRST_PAINT"))
                window.installEventFilter(new FirstPaintQuitter(&window));
            // The page-by-page check reads the whole file, so it runs on a thread a moment after the
            // first paint; a damaged page found then gets the same prompt as at start-up.
            QString damage;
            bool restored = false;
            std::unique_ptr<QThread> checker(QThread::create([&damage, path = basePath] {
                if (const DatasetHealth health = DatasetStore::check(path, DatasetStore::Check::Quick); !health.ok)
                    damage = health.problem;
            }));
            connect(checker.get(), &QThread::finished, &window, [&] {
                if (damage.isEmpty())
                    return;
                if (chosen) { // --database FILE: nothing to restore, but say so
                    QMessageBox::warning(&window, tr("AI Policy Atlas"), damage);
                    return;
                }
                DatasetDamagePrompt prompt(damage, &window);
                if (!prompt.ask()) {
                    QCoreApplication::exit(CommandLine::RuntimeFailure);
                } else if (!store.restoreBundled(appDir)) {
                    QMessageBox::critical(&window, tr("AI Policy Atlas"),
                                          tr("The dataset could not be restored: %1").arg(store.errorString()));
                } else {
                    restored = true;
                    window.saveSettings();
                    QGuiApplication::setQuitOnLastWindowClosed(false);
                    QCoreApplication::exit(CommandLine::Success);
                }
            });
            QTimer::singleShot(1000, checker.get(), [&checker] { checker->start(QThread::LowPriority); });
            window.show();
            QGuiApplication::setQuitOnLastWindowClosed(true);
            const int code = QCoreApplication::exec();
            checker->wait();
            if (restored) {
                basePath = store.activePath(appDir);
                continue;
            }
            if (!installedOver.isEmpty()) {
                whatChangedSince = installedOver;
                basePath = store.activePath(appDir);
                continue;
            }
            reportPeakMemory();
            return code;
        }

        // --screenshot: render offscreen at the requested size, save, print the path, exit.
        window.resize(commandLine.screenshotSize());
        window.show();
        // --view presenter[:VIEW]: presenter mode, drawn at the requested size.
        const QString view = commandLine.screenshotView();
        const bool presenter = view == u"presenter" || view.startsWith(u"presenter:");
        if (!presenter && !window.showView(view)) {
            std::fputs(qPrintable(tr("Unknown view \"%1\": use map, timeline, charts, browse, countries, bookmarks, "
                                     "country:<ISO3>, item:<id>, chart:<id>, presenter or presenter:<view>.")
                                      .arg(commandLine.screenshotView())
                                  + u'\n'),
                       stderr);
            return CommandLine::BadInput;
        }
        int code = CommandLine::Success;
        QTimer::singleShot(300, &window, [&] {
            const QString path = commandLine.screenshotPath();
            const QPixmap pixmap = presenter ? QPixmap::fromImage(PresenterWindow::screenshot(
                                                   &window, &context, view, commandLine.screenshotSize()))
                                             : window.grab();
            if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !pixmap.save(path, "PNG")) {
                std::fputs(qPrintable(tr("Cannot write %1").arg(path) + u'\n'), stderr);
                code = CommandLine::RuntimeFailure;
            } else {
                std::fputs(qPrintable(QFileInfo(path).absoluteFilePath() + u'\n'), stdout);
            }
            QCoreApplication::quit();
        });
        QCoreApplication::exec();
        return code;
    }
}

} // namespace Atlas
