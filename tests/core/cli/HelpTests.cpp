// The command line as users expect of it: help and version everywhere, usage errors exit 2.
#include "CliRunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

using threadline::testing::ProcessResult;
using threadline::testing::runProgram;
using namespace threadline::testing::cli;

namespace {

// The command names `threadline-cli --help` lists, one per "  name synopsis" line.
QStringList listedCommands() {
    const ProcessResult help = cli({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    QStringList names;
    static const QRegularExpression line(QStringLiteral("^  ([a-z-]+) "),
                                         QRegularExpression::MultilineOption);
    for (auto match = line.globalMatch(help.standardOutput); match.hasNext();)
        names << match.next().captured(1);
    return names;
}

} // namespace

TEST_CASE("every command answers --help and help COMMAND with its own usage and options",
          "[cli][help]") {
    const QStringList commands = listedCommands();
    CHECK(commands.size() >= 25);
    CHECK(commands.contains(QStringLiteral("import")));
    CHECK(commands.contains(QStringLiteral("evidence")));
    for (const QString& command : commands) {
        INFO(command.toStdString());
        const ProcessResult help = cli({command, QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.standardOutput.startsWith(QStringLiteral("usage: threadline-cli ") + command +
                                             QLatin1Char(' ')));
        CHECK(help.standardOutput.contains(QStringLiteral("--help")));
        CHECK(help.standardError.isEmpty());
        CHECK(cli({QStringLiteral("help"), command}).standardOutput == help.standardOutput);
        CHECK(cli({command, QStringLiteral("-h")}).exitCode == 0);
    }
    // Each lists its own options, not another's.
    CHECK(cli({QStringLiteral("import"), QStringLiteral("--help")})
              .standardOutput.contains(QStringLiteral("--custodian")));
    CHECK_FALSE(cli({QStringLiteral("info"), QStringLiteral("--help")})
                    .standardOutput.contains(QStringLiteral("--custodian")));
}

TEST_CASE("the version is printed by both programs and by every command", "[cli][help]") {
    const ProcessResult version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.standardOutput.trimmed().startsWith(QStringLiteral("threadline-cli ")));
    const ProcessResult commandVersion =
        cli({QStringLiteral("verify"), QStringLiteral("--version")});
    CHECK(commandVersion.exitCode == 0);
    CHECK(commandVersion.standardOutput == version.standardOutput);
    // The desktop program answers without a display: it reads its command line first.
    const ProcessResult desktop =
        runProgram(QStringLiteral(THREADLINE_DESKTOP), {QStringLiteral("--version")});
    CHECK(desktop.exitCode == 0);
    CHECK(desktop.standardOutput.trimmed() ==
          QStringLiteral("threadline ") + version.standardOutput.trimmed().section(u' ', 1));
    const ProcessResult desktopHelp =
        runProgram(QStringLiteral(THREADLINE_DESKTOP), {QStringLiteral("--help")});
    CHECK(desktopHelp.exitCode == 0);
    CHECK(desktopHelp.standardOutput.startsWith(QStringLiteral("usage: threadline ")));
}

TEST_CASE("wrong usage exits 2 with the usage line on standard error", "[cli][help]") {
    const ProcessResult nothing = cli({});
    CHECK(nothing.exitCode == 2);
    CHECK(nothing.standardError.startsWith(QStringLiteral("usage: threadline-cli")));
    const ProcessResult unknownOption = cli({QStringLiteral("info"), QStringLiteral("--bogus")});
    CHECK(unknownOption.exitCode == 2);
    CHECK(unknownOption.standardError.contains(QStringLiteral("'bogus'")));
    CHECK(unknownOption.standardError.contains(QStringLiteral("usage: threadline-cli info CASE")));
    const ProcessResult missing = cli({QStringLiteral("evidence")});
    CHECK(missing.exitCode == 2);
    CHECK(
        missing.standardError.contains(QStringLiteral("usage: threadline-cli evidence CASE ITEM")));
    CHECK(cli({QStringLiteral("help"), QStringLiteral("frobnicate")}).exitCode == 2);
    const ProcessResult desktop =
        runProgram(QStringLiteral(THREADLINE_DESKTOP), {QStringLiteral("--bogus")});
    CHECK(desktop.exitCode == 2);
    CHECK(desktop.standardError.contains(QStringLiteral("usage: threadline ")));
}

TEST_CASE("the manual page is made of every command's help and reads as roff", "[cli][help]") {
    QFile page(QStringLiteral(THREADLINE_MANPAGE));
    REQUIRE(page.open(QIODevice::ReadOnly));
    const QString roff = QString::fromUtf8(page.readAll());
    CHECK(roff.startsWith(QStringLiteral(".TH THREADLINE\\-CLI 1")));
    for (const QString& command : listedCommands()) {
        INFO(command.toStdString());
        QString heading = command;
        CHECK(roff.contains(QStringLiteral(".SS \"") + heading.replace(u'-', QLatin1String("\\-")) +
                            QLatin1Char(' ')));
    }
    CHECK(roff.contains(QStringLiteral("\\-\\-custodian <NAME>")));
    // Only requests start with a dot: text that did was escaped.
    for (const QString& line : roff.split(u'\n'))
        if (line.startsWith(u'.'))
            CHECK(QRegularExpression(QStringLiteral("^\\.(TH|SH|SS|B|I|BR|br|nf|fi|TP|PP) ?"))
                      .match(line)
                      .hasMatch());
    // groff, where installed, reads it without a warning.
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        return;
    const ProcessResult formatted =
        runProgram(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                           QStringLiteral("-z"), QStringLiteral(THREADLINE_MANPAGE)});
    CHECK(formatted.exitCode == 0);
    CHECK(formatted.standardError.isEmpty());
}
