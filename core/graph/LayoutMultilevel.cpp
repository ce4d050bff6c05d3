// A multilevel spring-electrical layout (Hu 2005, the model behind graphviz sfdp): coarsen the
// network by merging neighbours, lay out the coarsest, then spread each level's positions to
// the next finer one and refine with Barnes-Hut repulsion.
#include "graph/BarnesHut.h"
#include "graph/LayoutInternal.h"
#include "util/Parallel.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <random>

namespace threadline::graph {

namespace {

constexpr double kRepulsion = 0.2; // Hu's C: repulsion relative to attraction
constexpr double kTheta = 1.0;     // Barnes-Hut opening angle
constexpr std::size_t kCoarsest = 50;
// Refinement rounds per level. Each level starts from a good drawing of the coarser one, so
// few are needed: on a 10k-node network, 100 and 60 gave the same stress as these.
constexpr int kLevelIterations = 30;
constexpr int kFinestIterations = 40;

// One level: a weighted graph in compressed rows, whose nodes group the finer level's nodes.
struct Level {
    std::vector<std::uint32_t> offset;
    std::vector<std::uint32_t> neighbour;
    std::vector<std::uint32_t> parent; // per node of the finer level: its node here
    std::vector<bool> keepAlone;       // pinned nodes are never merged
    std::size_t size() const { return offset.size() - 1; }
};

Level finestLevel(const Network& network, const std::vector<bool>& pinned) {
    const Adjacency& rows = network.adjacency();
    return {rows.offset, rows.neighbour, {}, pinned};
}

// Each node joins an unmatched neighbour (the one with fewest ties, so hubs do not swallow
// everything), or failing that the group of any neighbour. Pinned nodes stay alone.
Level coarser(const Level& fine, std::mt19937_64& random) {
    const std::size_t nodes = fine.size();
    constexpr std::uint32_t kNone = ~0u;
    std::vector<std::uint32_t> group(nodes, kNone);
    std::vector<std::uint32_t> order(nodes);
    std::iota(order.begin(), order.end(), 0u);
    std::shuffle(order.begin(), order.end(), random);
    std::uint32_t groups = 0;
    auto degree = [&](std::uint32_t node) { return fine.offset[node + 1] - fine.offset[node]; };
    for (std::uint32_t node : order) {
        if (group[node] != kNone || fine.keepAlone[node])
            continue;
        std::uint32_t best = kNone;
        for (std::uint32_t at = fine.offset[node]; at < fine.offset[node + 1]; ++at) {
            const std::uint32_t other = fine.neighbour[at];
            if (group[other] == kNone && !fine.keepAlone[other] && other != node &&
                (best == kNone || degree(other) < degree(best)))
                best = other;
        }
        if (best != kNone) {
            group[node] = group[best] = groups++;
        }
    }
    for (std::uint32_t node : order) {
        if (group[node] != kNone)
            continue;
        for (std::uint32_t at = fine.offset[node]; at < fine.offset[node + 1]; ++at)
            if (const std::uint32_t other = fine.neighbour[at];
                group[other] != kNone && !fine.keepAlone[other] && !fine.keepAlone[node]) {
                group[node] = group[other];
                break;
            }
        if (group[node] == kNone)
            group[node] = groups++;
    }
    Level level{{0}, {}, group, std::vector<bool>(groups, false)};
    std::vector<std::vector<std::uint32_t>> members(groups);
    for (std::uint32_t node = 0; node < nodes; ++node) {
        members[group[node]].push_back(node);
        if (fine.keepAlone[node])
            level.keepAlone[group[node]] = true;
    }
    std::vector<std::uint32_t> seen(groups, kNone);
    for (std::uint32_t g = 0; g < groups; ++g) {
        for (std::uint32_t node : members[g])
            for (std::uint32_t at = fine.offset[node]; at < fine.offset[node + 1]; ++at) {
                const std::uint32_t other = group[fine.neighbour[at]];
                if (other != g && seen[other] != g) {
                    seen[other] = g;
                    level.neighbour.push_back(other);
                }
            }
        level.offset.push_back(std::uint32_t(level.neighbour.size()));
    }
    return level;
}

// Spring-electrical forces with an adaptive step (Hu 2005, algorithm 1).
class Refiner {
public:
    // `fixed`: nodes that must not move (pinned); empty: none.
    Refiner(const Level& level, std::vector<Point>& positions, std::vector<bool> fixed = {})
        : m_level(level)
        , m_at(positions)
        , m_fixed(fixed.empty() ? std::vector<bool>(positions.size(), false) : std::move(fixed)) {}

    void run(int mostIterations, double step) {
        double energy = std::numeric_limits<double>::infinity();
        int progress = 0;
        std::vector<Point> force(m_at.size());
        for (int iteration = 0; iteration < mostIterations; ++iteration) {
            computeForces(force);
            double moved = 0;
            double newEnergy = 0;
            for (std::size_t node = 0; node < m_at.size(); ++node) {
                const double length = std::hypot(force[node].x, force[node].y);
                newEnergy += length * length;
                if (m_fixed[node] || length <= 0)
                    continue;
                m_at[node].x += step * force[node].x / length;
                m_at[node].y += step * force[node].y / length;
                moved += step;
            }
            // Lengthen the step while energy keeps falling, shorten it when it rises.
            if (newEnergy < energy) {
                if (++progress >= 5) {
                    progress = 0;
                    step /= 0.9;
                }
            } else {
                progress = 0;
                step *= 0.9;
            }
            energy = newEnergy;
            if (moved < 0.005 * double(m_at.size()))
                break;
        }
    }

private:
    void computeForces(std::vector<Point>& force) const {
        const BarnesHutTree tree(m_at);
        runInRanges(m_at.size(), 2048, [&](std::size_t, std::size_t first, std::size_t last) {
            for (std::size_t node = first; node < last; ++node) {
                Point f = tree.repulsion(node, m_at[node], kRepulsion, kTheta);
                for (std::uint32_t at = m_level.offset[node]; at < m_level.offset[node + 1]; ++at) {
                    const Point& other = m_at[m_level.neighbour[at]];
                    const double dx = other.x - m_at[node].x;
                    const double dy = other.y - m_at[node].y;
                    const double distance = std::hypot(dx, dy); // attraction d^2 / K, K = 1
                    f.x += dx * distance;
                    f.y += dy * distance;
                }
                force[node] = f;
            }
        });
    }

    const Level& m_level;
    std::vector<Point>& m_at;
    std::vector<bool> m_fixed;
};

std::vector<Point> randomPositions(std::size_t count, std::mt19937_64& random) {
    std::uniform_real_distribution<double> coordinate(0, std::sqrt(double(count)));
    std::vector<Point> positions(count);
    for (Point& point : positions)
        point = {coordinate(random), coordinate(random)};
    return positions;
}

// The finer level's positions: each node at its group's in `coarse`, jittered; the drawing
// grows so that the area per node stays the same.
std::vector<Point> prolonged(const Level& coarse, const std::vector<Point>& positions,
                             std::mt19937_64& random) {
    const double grow = std::sqrt(double(coarse.parent.size()) / double(coarse.size()));
    std::uniform_real_distribution<double> jitter(-0.1, 0.1);
    std::vector<Point> finer(coarse.parent.size());
    for (std::size_t node = 0; node < finer.size(); ++node)
        finer[node] = {positions[coarse.parent[node]].x * grow + jitter(random),
                       positions[coarse.parent[node]].y * grow + jitter(random)};
    return finer;
}

// Puts the leaves of each node (neighbours with no other tie: the ads of a phone) on a ring
// around it, evenly spaced and far enough apart not to overlap. A force layout pushes a hub's
// leaves all the same way (away from the rest of the network), so twenty ads of a phone drew
// as a narrow cone.
void spreadLeaves(const Level& level, std::vector<Point>& positions,
                  const std::vector<bool>& pinned) {
    constexpr double kLeafSpacing = 0.5; // chart units along the ring; a node is 0.36 across
    const auto degree = [&](std::uint32_t node) {
        return level.offset[node + 1] - level.offset[node];
    };
    for (std::uint32_t hub = 0; hub < level.size(); ++hub) {
        std::vector<std::uint32_t> leaves;
        for (std::uint32_t at = level.offset[hub]; at < level.offset[hub + 1]; ++at)
            if (const std::uint32_t other = level.neighbour[at];
                degree(other) == 1 && !(other < pinned.size() && pinned[other]))
                leaves.push_back(other);
        if (leaves.size() < 3)
            continue;
        const Point centre = positions[hub];
        // Keep the ring's start where the leaves were, so the drawing keeps its orientation.
        double sumX = 0, sumY = 0;
        for (std::uint32_t leaf : leaves) {
            sumX += positions[leaf].x - centre.x;
            sumY += positions[leaf].y - centre.y;
        }
        const double start = std::atan2(sumY, sumX);
        const double radius =
            std::max(1.0, double(leaves.size()) * kLeafSpacing / (2 * std::numbers::pi));
        for (std::size_t index = 0; index < leaves.size(); ++index) {
            const double angle =
                start + 2 * std::numbers::pi * double(index) / double(leaves.size());
            positions[leaves[index]] = {centre.x + radius * std::cos(angle),
                                        centre.y + radius * std::sin(angle)};
        }
    }
}

} // namespace

Result<std::vector<Point>> multilevelLayout(const Network& network, const LayoutOptions& options,
                                            const Progress& progress) {
    std::mt19937_64 random(options.seed);
    const std::vector<bool> pinned = pinnedNodes(network, options);
    std::vector<Level> levels{finestLevel(network, pinned)};
    while (levels.back().size() > kCoarsest) {
        Level next = coarser(levels.back(), random);
        if (next.size() > levels.back().size() * 9 / 10)
            break; // little left to merge (many pinned or isolated nodes)
        levels.push_back(std::move(next));
    }
    std::vector<Point> positions = randomPositions(levels.back().size(), random);
    const bool single = levels.size() == 1;
    if (single)
        alignToPins(options, positions);
    Refiner(levels.back(), positions, single ? pinned : std::vector<bool>{})
        .run(500, std::sqrt(double(positions.size())) / 4);
    for (std::size_t level = levels.size() - 1; level > 0; --level) {
        if (progress && !progress(std::int64_t(levels.size() - level), std::int64_t(levels.size())))
            return cancelled();
        positions = prolonged(levels[level], positions, random);
        const bool finest = level == 1;
        if (finest)
            alignToPins(options, positions);
        Refiner(levels[level - 1], positions, finest ? pinned : std::vector<bool>{})
            .run(finest ? kFinestIterations : kLevelIterations, 1.0);
    }
    // After the last refinement: before it, the forces folded the rings back into cones.
    spreadLeaves(levels[0], positions, pinned);
    return positions;
}

Result<std::vector<Point>> incrementalLayout(const Network& network, const LayoutOptions& options,
                                             const Progress&) {
    // Placed nodes start where they are; new ones at the middle of their placed neighbours.
    // A short refinement with a small step settles the new ones without redrawing the chart.
    std::mt19937_64 random(options.seed);
    std::vector<Point> positions = startingPositions(network, options, random);
    const std::vector<bool> pinned = pinnedNodes(network, options);
    const Level level = finestLevel(network, pinned);
    Refiner(level, positions, pinned).run(100, 0.5);
    return positions;
}

} // namespace threadline::graph
