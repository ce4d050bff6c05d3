#include "graph/BarnesHut.h"

#include <algorithm>
#include <numeric>

namespace threadline::graph {

namespace {

constexpr std::uint32_t kLeafSize = 8;
constexpr int kDeepest = 40; // coincident points stop splitting here

} // namespace

BarnesHutTree::BarnesHutTree(const std::vector<Point>& points)
    : m_points(points) {
    m_order.resize(points.size());
    std::iota(m_order.begin(), m_order.end(), 0u);
    if (points.empty())
        return;
    Point low = points.front();
    Point high = low;
    for (const Point& point : points) {
        low = {std::min(low.x, point.x), std::min(low.y, point.y)};
        high = {std::max(high.x, point.x), std::max(high.y, point.y)};
    }
    m_cells.reserve(points.size() / 2 + 16);
    build(0, std::uint32_t(points.size()), low, std::max({high.x - low.x, high.y - low.y, 1e-9}),
          0);
}

std::uint32_t BarnesHutTree::build(std::uint32_t first, std::uint32_t last, Point low, double size,
                                   int depth) {
    const auto index = std::uint32_t(m_cells.size());
    m_cells.push_back({});
    Point sum;
    for (std::uint32_t i = first; i < last; ++i) {
        sum.x += m_points[m_order[i]].x;
        sum.y += m_points[m_order[i]].y;
    }
    const double count = last - first;
    Cell cell{{sum.x / count, sum.y / count}, count, size, first, last, true};
    if (last - first > kLeafSize && depth < kDeepest) {
        // Split into quadrants: partition by x, then each half by y.
        const double half = size / 2;
        const Point middle{low.x + half, low.y + half};
        auto* begin = m_order.data() + first;
        auto* end = m_order.data() + last;
        auto* splitX =
            std::partition(begin, end, [&](std::uint32_t p) { return m_points[p].x < middle.x; });
        auto below = [&](std::uint32_t p) { return m_points[p].y < middle.y; };
        auto* splitLeft = std::partition(begin, splitX, below);
        auto* splitRight = std::partition(splitX, end, below);
        const std::uint32_t bounds[5] = {first, std::uint32_t(splitLeft - m_order.data()),
                                         std::uint32_t(splitX - m_order.data()),
                                         std::uint32_t(splitRight - m_order.data()), last};
        const Point corners[4] = {low, {low.x, middle.y}, {middle.x, low.y}, middle};
        std::uint32_t children[4] = {0, 0, 0, 0};
        for (int quadrant = 0; quadrant < 4; ++quadrant)
            if (bounds[quadrant] < bounds[quadrant + 1])
                children[quadrant] = build(bounds[quadrant], bounds[quadrant + 1],
                                           corners[quadrant], half, depth + 1);
        cell.leaf = false;
        cell.first = std::uint32_t(m_children.size());
        for (std::uint32_t child : children)
            if (child != 0)
                m_children.push_back(child);
        cell.last = std::uint32_t(m_children.size());
    }
    m_cells[index] = cell;
    return index;
}

Point BarnesHutTree::repulsion(std::size_t index, Point at, double strength, double theta) const {
    Point force;
    if (m_cells.empty())
        return force;
    std::uint32_t stack[64 * 4];
    int top = 0;
    stack[top++] = 0;
    const double theta2 = theta * theta;
    while (top > 0) {
        const Cell& cell = m_cells[stack[--top]];
        const double dx = at.x - cell.centre.x;
        const double dy = at.y - cell.centre.y;
        const double distance2 = dx * dx + dy * dy;
        if (cell.leaf) {
            for (std::uint32_t i = cell.first; i < cell.last; ++i) {
                const std::uint32_t other = m_order[i];
                if (other == index)
                    continue;
                double ox = at.x - m_points[other].x;
                double oy = at.y - m_points[other].y;
                double d2 = ox * ox + oy * oy;
                if (d2 < 1e-12) { // coincident: push apart in a fixed direction
                    ox = 1e-3 * double((index % 7) + 1);
                    oy = 1e-3 * double((other % 5) + 1);
                    d2 = ox * ox + oy * oy;
                }
                force.x += strength * ox / d2;
                force.y += strength * oy / d2;
            }
        } else if (cell.size * cell.size < theta2 * distance2) {
            force.x += strength * cell.count * dx / distance2;
            force.y += strength * cell.count * dy / distance2;
        } else {
            for (std::uint32_t child = cell.first; child < cell.last; ++child)
                stack[top++] = m_children[child];
        }
    }
    return force;
}

} // namespace threadline::graph
