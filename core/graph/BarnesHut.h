#pragma once

#include "graph/Layout.h"

#include <vector>

namespace threadline::graph {

// A quadtree over points that sums the repulsion a point feels from all others in about
// O(log n), treating far cells as one mass at their centre (Barnes and Hut, 1986).
class BarnesHutTree {
public:
    explicit BarnesHutTree(const std::vector<Point>& points);

    // The repulsion on point `index` (at `at`): sum over others of strength * (at - other) /
    // distance^2, i.e. a force of strength / distance pushing away.
    Point repulsion(std::size_t index, Point at, double strength, double theta) const;

private:
    struct Cell {
        Point centre; // centre of mass
        double count = 0;
        double size = 0;         // side length
        std::uint32_t first = 0; // leaf: range of m_order; inner: first child cell
        std::uint32_t last = 0;
        bool leaf = true;
    };

    std::uint32_t build(std::uint32_t first, std::uint32_t last, Point low, double size, int depth);

    const std::vector<Point>& m_points;
    std::vector<std::uint32_t> m_order; // point indices, grouped by cell
    std::vector<Cell> m_cells;
    std::vector<std::uint32_t> m_children; // inner cells' children, by cell index
};

} // namespace threadline::graph
