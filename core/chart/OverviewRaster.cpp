#include "chart/OverviewRaster.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace threadline::chart {

namespace {

// Line colour of the overview: the detail view's link grey.
constexpr int kLineRed = 0x6b, kLineGreen = 0x76, kLineBlue = 0x88;
constexpr double kNodeWorldSize = 0.36; // as ChartRenderer

// Rows [top, bottom) and columns [left, right) of the image, drawn by one thread.
struct Band {
    int left = 0;
    int right = 0;
    int top = 0;
    int bottom = 0;

    int width() const { return right - left; }
};

// Adds one to every pixel the segment crosses (a DDA along its longer axis, in 16.16 fixed
// point). The segment is already clipped to the band.
void countLine(std::uint16_t* counts, const Band& band, QPointF from, QPointF to) {
    const double dx = to.x() - from.x(), dy = to.y() - from.y();
    const int steps = int(std::max(std::abs(dx), std::abs(dy))) + 1;
    constexpr double kOne = 65536;
    std::int64_t x = std::int64_t((from.x() - band.left) * kOne);
    std::int64_t y = std::int64_t((from.y() - band.top) * kOne);
    const auto stepX = std::int64_t(dx / steps * kOne), stepY = std::int64_t(dy / steps * kOne);
    const int width = band.width();
    const int lastX = width - 1, lastY = band.bottom - band.top - 1;
    for (int step = 0; step <= steps; ++step, x += stepX, y += stepY) {
        const int px = std::min(int(x >> 16), lastX), py = std::min(int(y >> 16), lastY);
        std::uint16_t& count = counts[py * width + std::max(px, 0)];
        count += count < 0xffff;
    }
}

void countTies(std::vector<std::uint16_t>& counts, const std::vector<QPointF>& screen,
               const ChartScene& scene, const Band& band) {
    const QRectF box(band.left, band.top, band.width(), band.bottom - band.top);
    for (const SceneTie& tie : scene.ties()) {
        QPointF a = screen[tie.a], b = screen[tie.b];
        if ((a.y() < band.top && b.y() < band.top) ||
            (a.y() >= band.bottom && b.y() >= band.bottom) ||
            (a.x() < band.left && b.x() < band.left) ||
            (a.x() >= band.right && b.x() >= band.right))
            continue;
        if (clipSegment(a, b, box))
            countLine(counts.data(), band, a, b);
    }
}

// Coverage of a pixel crossed by `count` lines: each line covers 30% of what is left.
std::array<int, 64> coverageTable() {
    std::array<int, 64> table{};
    for (int count = 0; count < 64; ++count)
        table[count] = int(std::lround(255 * std::min(0.92, 1 - std::pow(0.7, count))));
    return table;
}

void blendCounts(QImage& image, const std::vector<std::uint16_t>& counts, const Band& band) {
    static const std::array<int, 64> coverage = coverageTable();
    const int width = band.width();
    for (int y = band.top; y < band.bottom; ++y) {
        auto* row = reinterpret_cast<QRgb*>(image.scanLine(y)) + band.left;
        const std::uint16_t* count = counts.data() + (y - band.top) * width;
        for (int x = 0; x < width; ++x) {
            if (!count[x])
                continue;
            const int alpha = coverage[std::min<int>(count[x], 63)];
            const QRgb under = row[x];
            auto mix = [&](int over, int base) { return base + (over - base) * alpha / 255; };
            row[x] = qRgba(mix(kLineRed, qRed(under)), mix(kLineGreen, qGreen(under)),
                           mix(kLineBlue, qBlue(under)), 255);
        }
    }
}

void drawDots(QImage& image, const std::vector<QPointF>& screen, const ChartScene& scene,
              double scale, const Band& band) {
    for (SceneIndex node = 0; node < scene.nodes().size(); ++node) {
        const SceneNode& drawn = scene.nodes()[node];
        const int side = std::clamp(int(kNodeWorldSize * scale * drawn.size), 2, 6);
        const int left = int(screen[node].x()) - side / 2, top = int(screen[node].y()) - side / 2;
        if (left + side <= band.left || left >= band.right || top + side <= band.top ||
            top >= band.bottom)
            continue;
        const QRgb colour = drawn.colour ? drawn.colour : entityKindColour(drawn.kind).rgba();
        for (int y = std::max(top, band.top); y < std::min(top + side, band.bottom); ++y) {
            auto* row = reinterpret_cast<QRgb*>(image.scanLine(y));
            std::fill(row + std::max(left, band.left), row + std::min(left + side, band.right),
                      colour);
        }
    }
}

} // namespace

bool clipSegment(QPointF& from, QPointF& to, const QRectF& box) {
    double t0 = 0, t1 = 1;
    const double dx = to.x() - from.x(), dy = to.y() - from.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {from.x() - box.left(), box.right() - 1e-6 - from.x(), from.y() - box.top(),
                         box.bottom() - 1e-6 - from.y()};
    for (int side = 0; side < 4; ++side) {
        if (p[side] == 0) {
            if (q[side] < 0)
                return false;
            continue;
        }
        const double t = q[side] / p[side];
        if (p[side] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = from;
    to = start + QPointF(dx, dy) * t1;
    from = start + QPointF(dx, dy) * t0;
    return true;
}

void drawOverview(QImage& image, const ChartScene& scene, const ChartTransform& transform,
                  bool drawNodes, QRect area) {
    area = area.isNull() ? image.rect() : area.intersected(image.rect());
    if (area.isEmpty())
        return;
    image.bits(); // detach now: the bands write to the pixels from several threads
    std::vector<QPointF> screen(scene.nodes().size());
    for (std::size_t node = 0; node < screen.size(); ++node)
        screen[node] = transform.toScreen(scene.nodes()[node].position);
    const int bands = std::clamp(area.height() / 64, 1, std::max(1, QThread::idealThreadCount()));
    std::vector<Band> parts;
    for (int band = 0; band < bands; ++band)
        parts.push_back({area.left(), area.right() + 1, area.top() + area.height() * band / bands,
                         area.top() + area.height() * (band + 1) / bands});
    QtConcurrent::blockingMap(parts, [&](const Band& band) {
        // Kept by each pool thread between frames: a fresh 2 MB buffer a frame went to the
        // kernel for zeroed pages, fault by fault.
        thread_local std::vector<std::uint16_t> counts;
        counts.assign(std::size_t(band.width()) * (band.bottom - band.top), 0);
        countTies(counts, screen, scene, band);
        blendCounts(image, counts, band);
        if (drawNodes)
            drawDots(image, screen, scene, transform.scale, band);
    });
}

} // namespace threadline::chart
