// threadline-cli: the command line of Threadline. Parses the command name and hands over.
#include "Commands.h"
#include "ManPage.h"
#include "Output.h"
#include "Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <array>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace threadline::cli;

namespace {

std::vector<const Command*> allCommands() {
    const std::array<std::span<const Command>, 12> groups = {
        storeCommands(),   importCommands(),   extractCommands(),  resolveCommands(),
        graphCommands(),   layoutCommands(),   chartCommands(),    timelineCommands(),
        exhibitCommands(), trainingCommands(), scenarioCommands(), inspectCommands()};
    std::vector<const Command*> commands;
    for (auto group : groups)
        for (const Command& command : group)
            commands.push_back(&command);
    return commands;
}

const Command* commandNamed(const QString& name) {
    for (const Command* command : allCommands())
        if (name == QLatin1String(command->name))
            return command;
    return nullptr;
}

constexpr const char* kUsage = "usage: threadline-cli COMMAND [ARGUMENTS] | --help | --version";

int printHelp() {
    printLine(QString::fromLatin1(kUsage) + QStringLiteral("\n\ncommands:"));
    for (const Command* command : allCommands())
        printLine(QStringLiteral("  %1 %2\n      %3")
                      .arg(QLatin1String(command->name), QLatin1String(command->synopsis),
                           QString::fromUtf8(command->summary)));
    printLine(QStringLiteral("\n`threadline-cli help COMMAND` or `threadline-cli COMMAND --help` "
                             "shows a command's options."));
    return kExitOk;
}

int unknownCommand(const QString& name) {
    printError(QStringLiteral("unknown command '%1'; run threadline-cli --help").arg(name));
    return kExitUsage;
}

// `help`, `help COMMAND`: the same as --help, and COMMAND --help.
int help(const QStringList& arguments) {
    if (arguments.isEmpty())
        return printHelp();
    const Command* command = commandNamed(arguments.front());
    return command ? command->run({QStringLiteral("--help")}) : unknownCommand(arguments.front());
}

// Without a login session (a server, CI) Qt's GUI warns on stderr that it has no runtime
// folder; a private one keeps a command's error the one line it prints.
void giveRuntimeFolder() {
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray folder =
        QFile::encodeName(QDir::tempPath()) + "/threadline-runtime-" + QByteArray::number(getuid());
    ::mkdir(folder.constData(), 0700);
    ::chmod(folder.constData(), 0700);
    qputenv("XDG_RUNTIME_DIR", folder);
}

// Commands that paint (fonts, images, SVG and PDF) need a GUI application; on a machine without
// a display they paint offscreen. The others stay a plain core application.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv) {
    bool paints =
        argc > 1 && (std::strcmp(argv[1], "timeline") == 0 || std::strcmp(argv[1], "exhibit") == 0);
    for (int index = 2; paints && index < argc; ++index) // help and version paint nothing
        paints = std::strcmp(argv[index], "--help") != 0 && std::strcmp(argv[index], "-h") != 0 &&
                 std::strcmp(argv[index], "--version") != 0;
    if (!paints)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    giveRuntimeFolder();
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv) {
    const auto application = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("threadline-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(threadline::kVersion));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "%s\n", kUsage);
        return kExitUsage;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h"))
        return printHelp();
    if (name == QLatin1String("help"))
        return help(arguments);
    if (name == QLatin1String("--version")) {
        printLine(versionLine());
        return kExitOk;
    }
    if (name == QLatin1String("manpage")) { // the build writes threadline-cli.1 with it
        std::fputs(manPage(allCommands()).toUtf8().constData(), stdout);
        return kExitOk;
    }
    const Command* command = commandNamed(name);
    return command ? command->run(arguments) : unknownCommand(name);
}
