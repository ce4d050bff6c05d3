#pragma once

#include <QStringList>

#include <span>

namespace threadline::cli {

// A subcommand of threadline-cli. `run` gets the arguments after the command name and returns
// the process exit code.
struct Command {
    const char* name;
    const char* synopsis; // e.g. "CASE FILE..."
    const char* summary;  // one line for the command list
    int (*run)(const QStringList& arguments);
};

std::span<const Command> storeCommands();    // new, add-source, log, verify
std::span<const Command> inspectCommands();  // info, list
std::span<const Command> importCommands();   // import, search, profile
std::span<const Command> extractCommands();  // extract
std::span<const Command> resolveCommands();  // suggest, merge, split, history
std::span<const Command> graphCommands();    // analyze, path, connect, communities
std::span<const Command> layoutCommands();   // layout
std::span<const Command> chartCommands();    // chart
std::span<const Command> trainingCommands(); // mark, roles, link
std::span<const Command> scenarioCommands(); // scenario, score
std::span<const Command> timelineCommands(); // timeline
std::span<const Command> exhibitCommands();  // protect, exhibit

} // namespace threadline::cli
