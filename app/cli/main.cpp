// threadline-cli: the command line of Threadline. Parses the command name and hands over.
#include "Commands.h"
#include "Output.h"
#include "Version.h"

#include <QCoreApplication>

#include <array>

using namespace threadline::cli;

namespace {

std::array<std::span<const Command>, 10> commandGroups() {
    return {storeCommands(),    importCommands(), extractCommands(), resolveCommands(),
            graphCommands(),    layoutCommands(), chartCommands(),   trainingCommands(),
            scenarioCommands(), inspectCommands()};
}

int printUsage() {
    printLine(QStringLiteral("usage: threadline-cli COMMAND [ARGUMENTS]\n\ncommands:"));
    for (auto group : commandGroups())
        for (const Command& command : group)
            printLine(QStringLiteral("  %1 %2\n      %3")
                          .arg(QLatin1String(command.name), QLatin1String(command.synopsis),
                               QString::fromUtf8(command.summary)));
    return kExitUsage;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("threadline-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(threadline::kVersion));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.front() == QLatin1String("--help"))
        return printUsage();
    if (arguments.front() == QLatin1String("--version")) {
        printLine(QStringLiteral("threadline-cli %1").arg(QCoreApplication::applicationVersion()));
        return kExitOk;
    }
    const QString name = arguments.takeFirst();
    for (auto group : commandGroups())
        for (const Command& command : group)
            if (name == QLatin1String(command.name))
                return command.run(arguments);
    printError(QStringLiteral("unknown command '%1'; run threadline-cli --help").arg(name));
    return kExitUsage;
}
