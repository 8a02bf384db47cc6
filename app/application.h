#pragma once

#include "language.h"

#include <QObject>
#include <QTranslator>

namespace Atlas {

class CommandLine;

// Owns the translators and switches the UI language at run time: installing a translator sends
// QEvent::LanguageChange to every widget, which retranslates itself.
// Quits the application after the first paint of the watched window (start-up benchmark).
class FirstPaintQuitter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(QObject *parent = nullptr);

    Language language() const { return m_language; }
    // The language from the settings, else the system's.
    static Language preferredLanguage();

    // Opens the dataset and shows the main window (or renders it to --screenshot). Returns the
    // process exit code.
    int run(const CommandLine &commandLine);

public slots:
    void setLanguage(Atlas::Language language);

signals:
    void languageChanged(Atlas::Language language);

private:
    static void reportPeakMemory();

    Language m_language = Language::English;
    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
    bool m_installed = false;
};

} // namespace Atlas
