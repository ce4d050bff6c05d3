#pragma once

#include "chart/ChartScene.h"
#include "chart/ChartTransform.h"

#include <QHash>
#include <QImage>
#include <QPainter>

#include <vector>

namespace threadline::chart {

// What a drawing of a chart highlights.
struct ChartHighlight {
    std::vector<bool> selectedNodes;      // by SceneIndex; empty: none
    std::vector<SceneIndex> selectedTies; // the ties whose links are selected
};

// Paints a chart scene: the one painting code of the chart view, its benchmark and its exports.
// Big or zoomed-out views are drawn as an overview (OverviewRaster); close views with icons,
// labels, arrows and link labels through QPainter, so a PDF or SVG painter gets vectors. Labels
// are placed largest node first and never overlap. Not thread-safe (it caches icons).
class ChartRenderer {
public:
    // Views with more ties than this in sight are drawn as an overview.
    static constexpr int kDetailTies = 6000;
    static constexpr int kDetailNodes = 3000;
    // A node of size 1 is this many chart units across (ties are about 1 unit long).
    static constexpr double kNodeWorldSize = 0.36;

    // Draws into an image of transform.viewSize (pixels), background included; only `area`
    // when given (the strip a pan uncovers).
    void render(QImage& image, const ChartScene& scene, const ChartTransform& transform,
                const ChartHighlight& highlight = {}, QRect area = {});
    // Whether render() draws this view as an overview (then a pan can draw only its new strip).
    bool isOverview(const ChartScene& scene, const ChartTransform& transform) const;
    // Draws with any painter (PDF, SVG: always in detail), the painter's device being
    // transform.viewSize pixels large.
    void paint(QPainter& painter, const ChartScene& scene, const ChartTransform& transform,
               const ChartHighlight& highlight = {});

    static QColor background() { return QColor(0xf7, 0xf8, 0xfa); }

private:
    struct Visible {
        std::vector<SceneIndex> nodes;
        std::vector<SceneIndex> ties;
    };
    // What is in view; past kDetailTies ties only that many unless `all` (a vector painter,
    // which draws every part however many).
    Visible visibleParts(const ChartScene& scene, const ChartTransform& transform,
                         bool all = false) const;
    void paintTies(QPainter& painter, const ChartScene& scene, const ChartTransform& transform,
                   const Visible& visible, const ChartHighlight& highlight);
    void paintNodes(QPainter& painter, const ChartScene& scene, const ChartTransform& transform,
                    const Visible& visible, const ChartHighlight& highlight);
    void paintLabels(QPainter& painter, const ChartScene& scene, const ChartTransform& transform,
                     const Visible& visible, const ChartHighlight& highlight);
    void paintSelection(QPainter& painter, const ChartScene& scene, const ChartTransform& transform,
                        const ChartHighlight& highlight);
    const QImage& icon(EntityKind kind, int pixels);

    QHash<int, QImage> m_icons; // by kind * 1024 + size in pixels
};

} // namespace threadline::chart
