// threadline: the desktop application. Builds the main window and opens the case named, if any.
#include "DefaultImporters.h"
#include "Version.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

namespace {

constexpr int kExitUsage = 2; // as threadline-cli: the command line itself was wrong
constexpr const char* kUsage = "usage: threadline [--help] [--version] [CASE]";

// The command line is read before the window system is asked for: `threadline --help` and
// `--version` answer on a machine without a display, and wrong usage exits 2 with the usage line.
struct CommandLine {
    std::optional<int> exitNow; // set when the program must stop before showing a window
    QString casePath;
};

CommandLine readCommandLine(int argc, char** argv) {
    QStringList arguments;
    for (int index = 0; index < argc; ++index)
        arguments << QString::fromLocal8Bit(argv[index]);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Threadline, an offline link-analysis workstation for trafficking "
                       "investigations."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("case"), QStringLiteral("Case file to open."),
                                 QStringLiteral("[CASE]"));
    const bool parsed = parser.parse(arguments);
    if (!parsed || parser.positionalArguments().size() > 1) {
        std::fprintf(
            stderr, "threadline: %s\nusage: threadline [--help] [--version] [CASE]\n",
            qPrintable(parsed ? QStringLiteral("open one case at a time") : parser.errorText()));
        return {kExitUsage, {}};
    }
    if (parser.isSet(help)) {
        // Qt's first line names the executable from an application object not made yet.
        const QString options = parser.helpText();
        std::printf("%s\n%s", kUsage, qPrintable(options.mid(options.indexOf(u'\n') + 1)));
        return {0, {}};
    }
    if (parser.isSet(version)) {
        std::printf("threadline %s\n", threadline::kVersion);
        return {0, {}};
    }
    return {std::nullopt, parser.positionalArguments().value(0)};
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName(QStringLiteral("Threadline"));
    QCoreApplication::setApplicationName(QStringLiteral("Threadline"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(threadline::kVersion));
    const CommandLine commandLine = readCommandLine(argc, argv);
    if (commandLine.exitNow)
        return *commandLine.exitNow;

    QApplication application(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/threadline.svg")));
    const threadline::ingest::ImporterRegistry importers = threadline::app::makeDefaultImporters();
    threadline::ui::MainWindow window(importers);
    window.show();
    if (!commandLine.casePath.isEmpty())
        window.openCase(commandLine.casePath);
    return application.exec();
}
