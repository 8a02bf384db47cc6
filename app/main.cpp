// AI Policy Atlas: bootstrap only. Commands that need no window run without a display;
// everything else builds the window.
#include "application.h"
#include "commandline.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>


namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AIPolicyAtlas"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("aipolicyatlas.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ai-policy-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    setIdentity();

    const bool gui = Atlas::CommandLine::needsGui(arguments);
    const bool screenshot = Atlas::CommandLine::wantsScreenshot(arguments);
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (!gui || (!display && !screenshot)) {
        // No window: a QApplication would abort without a display, so never create one here.
        QCoreApplication app(argc, argv);
        Atlas::Application translations;
        translations.setLanguage(Atlas::CommandLine::languageFromArguments(arguments));
        Atlas::CommandLine commandLine;
        int code = 0;
        if (!commandLine.parse(arguments, &code))
            return code;
        return gui ? Atlas::CommandLine::noDisplay() : commandLine.runCommand();
    }

    // A screenshot needs no display: fall back to the offscreen platform when there is none.
    if (Atlas::CommandLine::wantsScreenshot(arguments) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("AI Policy Atlas"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.aipolicyatlas.Atlas.svg")));
    Atlas::CommandLine commandLine;
    int code = 0;
    if (!commandLine.parse(arguments, &code))
        return code;
    Atlas::Application application;
    return application.run(commandLine);
}
