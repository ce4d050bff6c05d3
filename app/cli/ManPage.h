#pragma once

#include "Commands.h"

#include <QString>

#include <vector>

namespace threadline::cli {

// threadline-cli(1) in roff, made of the help each command prints for --help: the manual can
// never say other than the program does. The build writes it and `cmake --install` installs it.
QString manPage(const std::vector<const Command*>& commands);

} // namespace threadline::cli
