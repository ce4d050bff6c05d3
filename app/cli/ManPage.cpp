#include "ManPage.h"

#include "Output.h"

#include <QCoreApplication>

namespace threadline::cli {

namespace {

// Text as roff shows it as written: backslashes escaped, minus signs as minus signs, and a
// line that starts with a dot or quote kept from being read as a request.
QString roffText(const QString& text) {
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.replace(QLatin1Char('\\'), QLatin1String("\\e"));
        line.replace(QLatin1Char('-'), QLatin1String("\\-"));
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QLatin1String("\\&"));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

// What `threadline-cli NAME --help` prints, less its usage line (the section heading says it).
QString commandHelp(const Command& command) {
    CapturedOutput captured;
    command.run({QStringLiteral("--help")});
    const QString help = captured.text.trimmed();
    return help.mid(help.indexOf(QLatin1Char('\n')) + 1).trimmed();
}

} // namespace

QString manPage(const std::vector<const Command*>& commands) {
    const QString version = QCoreApplication::applicationVersion();
    QString page =
        QStringLiteral(".TH THREADLINE\\-CLI 1 \"\" \"threadline-cli %1\" \"Threadline\"\n"
                       ".SH NAME\n"
                       "threadline\\-cli \\- the command line of Threadline, an offline "
                       "link\\-analysis workstation for trafficking investigations\n"
                       ".SH SYNOPSIS\n"
                       ".B threadline\\-cli\n"
                       ".I COMMAND\n"
                       "[\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n"
                       ".br\n"
                       ".B threadline\\-cli\n"
                       "\\-\\-help | \\-\\-version | help \\fICOMMAND\\fR\n"
                       ".SH DESCRIPTION\n"
                       "Creates and reads Threadline cases (SQLite files): imports seized "
                       "material, extracts and resolves identifiers, analyses and charts the "
                       "network, and prints every fact with the place in the file it came "
                       "from. Every command answers \\fB\\-\\-help\\fR with its own options.\n"
                       ".SH COMMANDS\n")
            .arg(version);
    for (const Command* command : commands) {
        page += QStringLiteral(".SS \"%1 %2\"\n")
                    .arg(roffText(QLatin1String(command->name)),
                         roffText(QLatin1String(command->synopsis)));
        page += QStringLiteral(".nf\n%1\n.fi\n").arg(roffText(commandHelp(*command)));
    }
    page += QStringLiteral(".SH EXIT STATUS\n"
                           ".TP\n.B 0\nThe command did what was asked.\n"
                           ".TP\n.B 1\nIt ran but failed, or found a problem (one line on "
                           "standard error names the file and the place).\n"
                           ".TP\n.B 2\nThe command line was wrong; the usage line is printed.\n"
                           ".SH SEE ALSO\n"
                           ".BR threadline (1)\n");
    return page;
}

} // namespace threadline::cli
