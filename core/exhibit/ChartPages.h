#pragma once

#include "exhibit/ExhibitModel.h"

#include <QRectF>
#include <QSizeF>

#include <vector>

class QPainter;

namespace threadline::exhibit {

// One page of the chart: the whole of it, or for a big chart one tile, at a scale where its
// labels fit.
struct ChartPage {
    QString caption; // "Whole chart", "Tile B2 of 3 × 3"
    QRectF world;    // the chart units it shows
    QRectF cell;     // a tile's own part of the chart (it shows a little of its neighbours too)
};

// The whole chart first; when the whole of it is too small on the page for its labels, tiles
// of it as well, at a scale where every node is big enough to carry its label (at most
// kMostTiles; tiles with no node are left out), in reading order.
std::vector<ChartPage> chartPages(const chart::ChartScene& scene);
inline constexpr int kMostTiles = 160;

// US Letter, landscape, in points: the chart exhibit's page.
inline constexpr QSizeF kChartPageSize{792, 612};

// Paints one page of `size` units: the title block, the chart as the view draws it (the view's
// own renderer), the legend of the entity and link types shown, and the page's footer.
void paintChartPage(QPainter& painter, QSizeF size, const ExhibitModel& model,
                    const ChartPage& page, int pageNumber, int pageCount);

} // namespace threadline::exhibit
