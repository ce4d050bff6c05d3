#pragma once

// Shared by the layout algorithms in core/graph; not part of the graph API.

#include "graph/Layout.h"

#include <random>

namespace threadline::graph {

Result<std::vector<Point>> multilevelLayout(const Network& network, const LayoutOptions& options,
                                            const Progress& progress);
Result<std::vector<Point>> incrementalLayout(const Network& network, const LayoutOptions& options,
                                             const Progress& progress);
Result<std::vector<Point>> fruchtermanReingoldLayout(const Network& network,
                                                     const LayoutOptions& options,
                                                     const Progress& progress);
Result<std::vector<Point>> kamadaKawaiLayout(const Network& network, const LayoutOptions& options,
                                             const Progress& progress);
std::vector<Point> circularLayout(const Network& network, const LayoutOptions& options);
std::vector<Point> groupedLayout(const Network& network, const LayoutOptions& options);
std::vector<Point> flowLayout(const Network& network);

// Per node, whether options pin it.
std::vector<bool> pinnedNodes(const Network& network, const LayoutOptions& options);
// Puts pinned nodes at their pins.
void applyPins(const LayoutOptions& options, std::vector<Point>& positions);
// Moves and scales the whole drawing so its pinned nodes land as near their pins as one
// translation and scale allow, then puts them exactly there.
void alignToPins(const LayoutOptions& options, std::vector<Point>& positions);
// Where an incremental layout starts: placed nodes where they are, new ones at the middle of
// their placed neighbours (or at random near the drawing) plus a little jitter.
std::vector<Point> startingPositions(const Network& network, const LayoutOptions& options,
                                     std::mt19937_64& random);
bool hasStart(const LayoutOptions& options);
// Sets the connected pieces of a drawing side by side in rows, biggest first, each piece drawn
// as it was (only moved).
void packComponents(const Network& network, std::vector<Point>& positions);

} // namespace threadline::graph
