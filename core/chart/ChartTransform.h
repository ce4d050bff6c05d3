#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>

#include <algorithm>

namespace threadline::chart {

// Chart units to pixels and back: `centre` (chart units) is drawn in the middle of a view of
// `viewSize` pixels, `scale` pixels per chart unit. A value, so views, exports and benchmarks
// share one mapping.
struct ChartTransform {
    QPointF centre;
    double scale = 100;
    QSize viewSize{800, 600};

    static constexpr double kMinimumScale = 1e-3;
    static constexpr double kMaximumScale = 1e4;

    QPointF toScreen(QPointF world) const {
        return (world - centre) * scale + QPointF(viewSize.width() / 2.0, viewSize.height() / 2.0);
    }
    QPointF toWorld(QPointF screen) const {
        return (screen - QPointF(viewSize.width() / 2.0, viewSize.height() / 2.0)) / scale + centre;
    }
    QRectF visibleWorld() const {
        return QRectF(toWorld(QPointF(0, 0)),
                      toWorld(QPointF(viewSize.width(), viewSize.height())));
    }
    // Everything in `bounds` in view, with `margin` pixels around it.
    static ChartTransform fit(const QRectF& bounds, QSize viewSize, double margin = 48) {
        ChartTransform fitted;
        fitted.viewSize = viewSize;
        fitted.centre = bounds.center();
        const double width = std::max(bounds.width(), 1.0);
        const double height = std::max(bounds.height(), 1.0);
        fitted.scale = std::clamp(std::min((viewSize.width() - 2 * margin) / width,
                                           (viewSize.height() - 2 * margin) / height),
                                  kMinimumScale, 160.0);
        return fitted;
    }
    // Zooms by `factor`, keeping the chart point under `screen` where it is (wheel zoom).
    void zoomAbout(QPointF screen, double factor) {
        const QPointF anchor = toWorld(screen);
        scale = std::clamp(scale * factor, kMinimumScale, kMaximumScale);
        centre += anchor - toWorld(screen);
    }
    void panBy(QPointF screenDelta) { centre -= screenDelta / scale; }

    bool operator==(const ChartTransform&) const = default;
};

} // namespace threadline::chart
