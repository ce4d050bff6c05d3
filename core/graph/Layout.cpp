#include "graph/LayoutInternal.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace threadline::graph {

namespace {

const std::pair<const char*, LayoutAlgorithm> kNames[] = {
    {"multilevel", LayoutAlgorithm::Multilevel},
    {"fruchterman-reingold", LayoutAlgorithm::FruchtermanReingold},
    {"kamada-kawai", LayoutAlgorithm::KamadaKawai},
    {"circular", LayoutAlgorithm::Circular},
    {"grouped", LayoutAlgorithm::GroupedByType},
    {"flow", LayoutAlgorithm::Flow},
};

// Nearest points by a uniform grid: cells about one point each, searched in growing rings.
class PointGrid {
public:
    explicit PointGrid(const std::vector<Point>& points)
        : m_points(points) {
        Point low = points.front();
        Point high = low;
        for (const Point& point : points) {
            low = {std::min(low.x, point.x), std::min(low.y, point.y)};
            high = {std::max(high.x, point.x), std::max(high.y, point.y)};
        }
        m_low = low;
        m_side = std::max(1, int(std::sqrt(double(points.size()))));
        m_cell = std::max({high.x - low.x, high.y - low.y, 1e-9}) / m_side;
        m_cells.resize(std::size_t(m_side) * std::size_t(m_side));
        for (std::uint32_t i = 0; i < points.size(); ++i)
            m_cells[cellOf(points[i])].push_back(i);
    }

    // The `k` points nearest to point `index`, other than itself.
    std::vector<std::uint32_t> nearest(std::uint32_t index, std::size_t k) const {
        std::vector<std::pair<double, std::uint32_t>> found;
        const Point at = m_points[index];
        const int cx = column(at.x);
        const int cy = row(at.y);
        for (int ring = 0; ring <= m_side; ++ring) {
            for (int y = cy - ring; y <= cy + ring; ++y)
                for (int x = cx - ring; x <= cx + ring; ++x) {
                    if (std::max(std::abs(x - cx), std::abs(y - cy)) != ring || x < 0 || y < 0 ||
                        x >= m_side || y >= m_side)
                        continue;
                    for (std::uint32_t other :
                         m_cells[std::size_t(y) * std::size_t(m_side) + std::size_t(x)])
                        if (other != index)
                            found.push_back({distance2(at, m_points[other]), other});
                }
            // Everything within `ring` cells is seen: stop once k are closer than that.
            if (found.size() >= k) {
                std::nth_element(found.begin(), found.begin() + std::ptrdiff_t(k - 1), found.end());
                if (std::sqrt(found[k - 1].first) <= ring * m_cell)
                    break;
            }
        }
        std::sort(found.begin(), found.end());
        found.resize(std::min(found.size(), k));
        std::vector<std::uint32_t> result;
        for (const auto& [distance, other] : found)
            result.push_back(other);
        return result;
    }

private:
    static double distance2(Point a, Point b) {
        return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);
    }
    int column(double x) const { return std::clamp(int((x - m_low.x) / m_cell), 0, m_side - 1); }
    int row(double y) const { return std::clamp(int((y - m_low.y) / m_cell), 0, m_side - 1); }
    std::size_t cellOf(Point p) const {
        return std::size_t(row(p.y)) * std::size_t(m_side) + std::size_t(column(p.x));
    }

    const std::vector<Point>& m_points;
    Point m_low;
    int m_side = 1;
    double m_cell = 1;
    std::vector<std::vector<std::uint32_t>> m_cells;
};

} // namespace

std::optional<LayoutAlgorithm> layoutAlgorithmNamed(const QString& name) {
    for (const auto& [text, algorithm] : kNames)
        if (name == QLatin1String(text))
            return algorithm;
    if (name == QLatin1String("fr"))
        return LayoutAlgorithm::FruchtermanReingold;
    if (name == QLatin1String("kk"))
        return LayoutAlgorithm::KamadaKawai;
    return std::nullopt;
}

QStringList layoutAlgorithmNames() {
    QStringList names;
    for (const auto& [text, algorithm] : kNames)
        names << QLatin1String(text);
    return names;
}

// A fresh force layout's pieces set side by side; with pins, the pins decide where things go.
static Result<std::vector<Point>> packedUnlessPinned(const Network& network,
                                                     const LayoutOptions& options,
                                                     Result<std::vector<Point>> positions) {
    const std::vector<bool> pinned = pinnedNodes(network, options);
    if (positions && std::none_of(pinned.begin(), pinned.end(), [](bool pin) { return pin; }))
        packComponents(network, *positions);
    return positions;
}

Result<std::vector<Point>> layoutNetwork(const Network& network, LayoutAlgorithm algorithm,
                                         const LayoutOptions& options, const Progress& progress) {
    if (network.nodeCount() == 0)
        return std::vector<Point>();
    std::vector<Point> positions;
    switch (algorithm) {
    case LayoutAlgorithm::Multilevel:
        if (hasStart(options))
            return incrementalLayout(network, options, progress);
        return packedUnlessPinned(network, options, multilevelLayout(network, options, progress));
    case LayoutAlgorithm::FruchtermanReingold:
        return packedUnlessPinned(network, options,
                                  fruchtermanReingoldLayout(network, options, progress));
    case LayoutAlgorithm::KamadaKawai:
        return kamadaKawaiLayout(network, options, progress);
    case LayoutAlgorithm::Circular:
        positions = circularLayout(network, options);
        break;
    case LayoutAlgorithm::GroupedByType:
        positions = groupedLayout(network, options);
        break;
    case LayoutAlgorithm::Flow:
        positions = flowLayout(network);
        break;
    }
    applyPins(options, positions);
    return positions;
}

std::vector<bool> pinnedNodes(const Network& network, const LayoutOptions& options) {
    std::vector<bool> pinned(network.nodeCount(), false);
    for (std::size_t node = 0; node < options.pinned.size() && node < pinned.size(); ++node)
        pinned[node] = options.pinned[node].has_value();
    return pinned;
}

void applyPins(const LayoutOptions& options, std::vector<Point>& positions) {
    for (std::size_t node = 0; node < options.pinned.size() && node < positions.size(); ++node)
        if (options.pinned[node])
            positions[node] = *options.pinned[node];
}

void alignToPins(const LayoutOptions& options, std::vector<Point>& positions) {
    Point drawn, pins;
    double count = 0;
    for (std::size_t node = 0; node < options.pinned.size() && node < positions.size(); ++node)
        if (options.pinned[node]) {
            drawn = {drawn.x + positions[node].x, drawn.y + positions[node].y};
            pins = {pins.x + options.pinned[node]->x, pins.y + options.pinned[node]->y};
            ++count;
        }
    if (count == 0)
        return;
    drawn = {drawn.x / count, drawn.y / count};
    pins = {pins.x / count, pins.y / count};
    double drawnSpread = 0, pinSpread = 0;
    for (std::size_t node = 0; node < options.pinned.size() && node < positions.size(); ++node)
        if (options.pinned[node]) {
            drawnSpread += std::hypot(positions[node].x - drawn.x, positions[node].y - drawn.y);
            pinSpread +=
                std::hypot(options.pinned[node]->x - pins.x, options.pinned[node]->y - pins.y);
        }
    const double scale = drawnSpread > 1e-9 && pinSpread > 1e-9 ? pinSpread / drawnSpread : 1.0;
    for (Point& point : positions)
        point = {pins.x + (point.x - drawn.x) * scale, pins.y + (point.y - drawn.y) * scale};
    applyPins(options, positions);
}

bool hasStart(const LayoutOptions& options) {
    return std::any_of(options.start.begin(), options.start.end(),
                       [](const std::optional<Point>& point) { return point.has_value(); });
}

std::vector<Point> startingPositions(const Network& network, const LayoutOptions& options,
                                     std::mt19937_64& random) {
    const std::size_t nodes = network.nodeCount();
    std::vector<Point> positions(nodes);
    std::vector<bool> placed(nodes, false);
    Point centre;
    double count = 0;
    for (std::size_t node = 0; node < nodes && node < options.start.size(); ++node)
        if (options.start[node]) {
            positions[node] = *options.start[node];
            placed[node] = true;
            centre = {centre.x + positions[node].x, centre.y + positions[node].y};
            ++count;
        }
    if (count > 0)
        centre = {centre.x / count, centre.y / count};
    std::uniform_real_distribution<double> jitter(-0.5, 0.5);
    const Adjacency& rows = network.adjacency();
    for (std::size_t node = 0; node < nodes; ++node) {
        if (placed[node])
            continue;
        Point sum;
        double neighbours = 0;
        for (std::uint32_t at = rows.offset[node]; at < rows.offset[node + 1]; ++at)
            if (placed[rows.neighbour[at]]) {
                sum = {sum.x + positions[rows.neighbour[at]].x,
                       sum.y + positions[rows.neighbour[at]].y};
                ++neighbours;
            }
        const Point base = neighbours > 0 ? Point{sum.x / neighbours, sum.y / neighbours} : centre;
        positions[node] = {base.x + jitter(random), base.y + jitter(random)};
    }
    applyPins(options, positions);
    return positions;
}

double neighbourhoodPreservation(const Network& network, const std::vector<Point>& positions) {
    if (positions.size() < 2)
        return 1;
    const PointGrid grid(positions);
    const Adjacency& rows = network.adjacency();
    double sum = 0;
    std::size_t counted = 0;
    std::vector<bool> isNeighbour(positions.size(), false);
    for (std::uint32_t node = 0; node < positions.size(); ++node) {
        const std::uint32_t degree = rows.degree(node);
        if (degree == 0)
            continue;
        for (std::uint32_t at = rows.offset[node]; at < rows.offset[node + 1]; ++at)
            isNeighbour[rows.neighbour[at]] = true;
        std::size_t kept = 0;
        for (std::uint32_t near : grid.nearest(node, degree))
            kept += isNeighbour[near] ? 1 : 0;
        for (std::uint32_t at = rows.offset[node]; at < rows.offset[node + 1]; ++at)
            isNeighbour[rows.neighbour[at]] = false;
        sum += double(kept) / degree;
        ++counted;
    }
    return counted == 0 ? 1 : sum / double(counted);
}

double sampledStress(const Network& network, const std::vector<Point>& positions,
                     std::size_t sources, std::uint64_t seed) {
    const Adjacency& rows = network.adjacency();
    const std::size_t nodes = network.nodeCount();
    std::mt19937_64 random(seed);
    // Pairs as (drawn / hops); the best scale s makes sum (s r - 1)^2 least: s = sum r / sum r^2.
    std::vector<double> ratios;
    std::vector<std::int32_t> hops(nodes, -1);
    std::vector<NodeIndex> queue;
    for (std::size_t sample = 0; sample < std::min(sources, nodes); ++sample) {
        const auto source =
            NodeIndex(std::uniform_int_distribution<std::size_t>(0, nodes - 1)(random));
        std::fill(hops.begin(), hops.end(), -1);
        queue.assign(1, source);
        hops[source] = 0;
        for (std::size_t head = 0; head < queue.size(); ++head)
            for (std::uint32_t at = rows.offset[queue[head]]; at < rows.offset[queue[head] + 1];
                 ++at)
                if (hops[rows.neighbour[at]] < 0) {
                    hops[rows.neighbour[at]] = hops[queue[head]] + 1;
                    queue.push_back(rows.neighbour[at]);
                }
        for (NodeIndex node : queue)
            if (node != source)
                ratios.push_back(std::hypot(positions[node].x - positions[source].x,
                                            positions[node].y - positions[source].y) /
                                 hops[node]);
    }
    double sum = 0, squares = 0;
    for (double ratio : ratios) {
        sum += ratio;
        squares += ratio * ratio;
    }
    if (ratios.empty() || squares <= 0)
        return 0;
    const double scale = sum / squares;
    double stress = 0;
    for (double ratio : ratios)
        stress += (scale * ratio - 1) * (scale * ratio - 1);
    return stress / double(ratios.size());
}

} // namespace threadline::graph
