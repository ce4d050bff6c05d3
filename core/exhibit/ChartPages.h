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
};

// The whole chart first; past kNodesPerPage nodes, tiles of it as well, in reading order.
std::vector<ChartPage> chartPages(const chart::ChartScene& scene);
inline constexpr int kNodesPerPage = 150;

// US Letter, landscape, in points: the chart exhibit's page.
inline constexpr QSizeF kChartPageSize{792, 612};

// Paints one page of `size` units: the title block, the chart as the view draws it (the view's
// own renderer), the legend of the entity and link types shown, and the page's footer.
void paintChartPage(QPainter& painter, QSizeF size, const ExhibitModel& model,
                    const ChartPage& page, int pageNumber, int pageCount);

} // namespace threadline::exhibit
